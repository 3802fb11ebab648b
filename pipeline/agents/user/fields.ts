/**
 * The speaker of any argument, by its schema: numbers (numbers.ts), strings by kind
 * (strings.ts), flags (flags.ts), and objects and lists said as people say them: an address in
 * one run ("shipped to 4 Rue X, Lyon 69001, FR"), a person by name and contact, a point as its
 * coordinates, counts as "2 adults and 1 child", options folded into the request itself, and any
 * other object as its fields' own clauses ("with a trigger of type numeric threshold, above 80").
 * Worked out once per API and field path (WeakMap per API).
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import { coordinateOf } from '../../../core/derive/codes.js';
import { unitOfWord } from '../../../core/derive/units.js';
import { kindOf, siblingsOf, snake } from '../../values/kinds.js';
import type { Schema } from '../../values/schema.js';
import { TOOL_PHRASES, type ParamPhrase } from '../phrases.js';
import type { Pick } from '../text.js';
import { saidAlone, shownValue, type Derivation } from './derivations.js';
import { flagSpeaker } from './flags.js';
import { intentOf } from './intent.js';
import { numberSpeaker } from './numbers.js';
import { labelOf, RANK, sayString, speaker, type Speaker } from './speaker.js';
import { stringSpeaker } from './strings.js';
import { article, counted, listOf, singularOf, withArticle } from './words.js';

type Obj = Record<string, unknown>;
const cache = new WeakMap<ApiSpec, Map<string, Speaker>>();

/** Objects whose fields are options of the request itself. */
export const FLATTEN = /^(options|filters?|criteria|settings|params|parameters|config|configuration|preferences|search_options|query_options|extras|advanced)$/;
const FORMAT_KINDS: Readonly<Record<string, string>> = { date: 'date', 'date-time': 'date-time', email: 'email', uri: 'url', url: 'url', ipv4: 'ip', ipv6: 'ipv6' };
const COUNTS = /^(adults|children|kids|infants|seniors|students|guests|people|rooms|pets|youths|travellers|travelers)$/;
const ADDRESSEE = /^(name|full_name|first_name|last_name|company|phone|email|recipient|recipient_name|attention)$/;
const ADDRESS_PARTS = ['street', 'street1', 'street2', 'address_line1', 'address_line2', 'line1', 'line2', 'unit', 'apartment', 'city', 'state', 'region', 'province', 'postal_code', 'zip', 'zip_code', 'postcode', 'country', 'country_code'];

/** The speaker of `key` (under `parent`, '' at the top) of `api`, whose schema is `schema` among `siblings`. */
export function speakerOf(api: ApiSpec, key: string, schema: Schema | undefined, parent: string, siblings: ReadonlySet<string>): Speaker {
  let m = cache.get(api);
  if (!m) cache.set(api, (m = new Map()));
  const path = parent === '' ? key : `${parent}.${key}`;
  let s = m.get(path);
  if (!s) {
    s = build(api, key, schema ?? {}, parent, siblings);
    if (m.size < 2000) m.set(path, s);
  }
  return s;
}

function build(api: ApiSpec, key: string, schema: Schema, parent: string, siblings: ReadonlySet<string>): Speaker {
  const own = parent === '' ? TOOL_PHRASES[api.name]?.params?.[key] : undefined;
  return own === undefined ? byKind(api, key, schema, parent, siblings) : handWritten(own, byKind(api, key, schema, parent, siblings), schema);
}

/** A built-in tool's own phrasing of a parameter (phrases.ts), over what its kind would say; its templates carry any unit. */
function handWritten(ph: ParamPhrase, base: Speaker, schema: Schema): Speaker {
  if (typeof ph === 'function') return speaker(base.rank, ['{v}'], (v) => ph(v));
  const items = (schema.items ?? {}) as Schema;
  const enumerated = Array.isArray(schema.enum) || Array.isArray(items.enum);
  const one = (x: unknown): string => (typeof x === 'string' ? sayString(x, enumerated) : String(x));
  if (Array.isArray(ph)) return { ...base, tpl: ph as readonly string[], value: (v) => (Array.isArray(v) ? listOf(v.map(one)) : one(v)), after: undefined };
  const b = ph as { yes: readonly string[]; no: readonly string[] };
  return { ...base, yes: b.yes, no: b.no };
}

function byKind(api: ApiSpec, key: string, schema: Schema, parent: string, siblings: ReadonlySet<string>, many = false): Speaker {
  const k = snake(key);
  const type = schema.type;
  if (type === 'boolean') return flagSpeaker(k, parent !== '');
  if (type === 'integer' || type === 'number') return numberSpeaker(k, parent !== '');
  if (type === 'object' || (schema.properties && type === undefined)) return objectSpeaker(api, key, schema, parent);
  if (type === 'array') {
    const items = (schema.items ?? {}) as Schema;
    if (items.type === 'object') return listSpeaker(api, key, items, parent);
    const inner = byKind(api, singularOf(key), items, parent, siblings, true);
    return speaker(inner.rank, inner.tpl, (v, pick) => (Array.isArray(v) ? listOf(v.map((x) => inner.value(x, pick))) : inner.value(v, pick)));
  }
  const found = kindOf(key, parent.split('.').pop() ?? '', schema, api, siblings);
  // A format says what a field is when its name does not ("start" holding a date, "recipient" an email).
  const byFormat = typeof schema.format === 'string' ? FORMAT_KINDS[schema.format] : undefined;
  const fk = byFormat && found.kind !== byFormat && (found.kind === 'term' || byFormat.startsWith('date')) ? { ...found, kind: byFormat } : found;
  const enumerated = Array.isArray(schema.enum);
  return stringSpeaker(k, fk, enumerated, labelOf(parent.split('.').pop() ?? ''), subjectOf(api), many);
}

/** What the tool is about, for a bare "id" or "code": "get_movie_details" -> "movie". */
const subjectOf = (api: ApiSpec): string => singularOf(intentOf(api).topic).replace(/ (detail|details|info|information|data|status|summary|report|profile|record)$/, '');

const propsOf = (schema: Schema): Record<string, Schema> => (schema.properties ?? {}) as Record<string, Schema>;

/** Pairs of fields said as one clause: [first key pattern, second key pattern, templates over {a} and {b}]. */
const PAIRS: readonly (readonly [RegExp, RegExp, readonly string[]])[] = [
  [/^(lat|latitude)$/, /^(lon|lng|long|longitude)$/, ['at {a}, {b}', 'around {a}, {b}', 'near {a}, {b}', 'at coordinates {a}, {b}']],
  [/^(first_name|given_name|firstname)$/, /^(last_name|surname|family_name|lastname)$/, ['for {a} {b}', 'under the name {a} {b}', 'named {a} {b}']],
  [/^make$/, /^model$/, ['for a {a} {b}', 'on a {a} {b}', 'for my {a} {b}']],
];
type Pair = readonly [string, string, readonly string[]];
const pairCache = new WeakMap<Schema, readonly Pair[]>();

/** The fields of an object schema said in pairs, worked out once per schema. */
export function pairsIn(schema: Schema): readonly Pair[] {
  let p = pairCache.get(schema);
  if (!p) {
    const keys = Object.keys(propsOf(schema));
    const found: Pair[] = [];
    for (const [ra, rb, tpl] of PAIRS) {
      const a = keys.find((k) => ra.test(snake(k)));
      const b = keys.find((k) => rb.test(snake(k)));
      if (a && b) found.push([a, b, tpl]);
    }
    pairCache.set(schema, (p = found));
  }
  return p;
}

/** A point said by the city it is the centre of. */
const CENTRE = ['in {c}', 'for {c}', 'in central {c}', 'for the centre of {c}', 'in downtown {c}'];
export const centreClause = (city: string, pick: Pick): string => pick(CENTRE).replace('{c}', () => city);

/** The clause a pair of coordinates is said by when the plan has both implied by the same words (a city's centre, "the same spot"). */
export function pointSaid(da: Derivation | undefined, db: Derivation | undefined, pick: Pick): string | undefined {
  if (!da || !db || da.kind !== db.kind || da.said !== db.said) return undefined;
  return da.kind === 'city-coordinates' ? centreClause(da.said, pick) : da.kind === 'previous-turn' ? `at ${da.said}` : undefined;
}

export const pairClause = (tpl: readonly string[], a: unknown, b: unknown, pick: Pick): string => pick(tpl).replace('{a}', () => String(a)).replace('{b}', () => String(b));

/**
 * Every field of an object value said by its own speaker, in rank order; `implied`: the words the
 * plan has the user say for some fields (a nested derivation's parts), said in their clauses.
 */
export function fieldClauses(api: ApiSpec, o: Obj, schema: Schema, path: string, pick: Pick, implied?: Readonly<Record<string, Derivation>>): string[] {
  const props = propsOf(schema);
  const sib = siblingsOf(schema);
  const parts: { rank: number; text: string }[] = [];
  let paired: Set<string> | undefined;
  for (const [a, b, tpl] of pairsIn(schema)) {
    if (!(a in o) || !(b in o)) continue;
    // A point whose coordinates a copy already shows as one city's words ("Lyon", "Lyon"): the city.
    const shown = typeof o[a] === 'string' && o[a] === o[b] && coordinateOf(a) !== undefined ? centreClause(o[a] as string, pick) : undefined;
    parts.push({ rank: RANK.place, text: pointSaid(implied?.[a], implied?.[b], pick) ?? shown ?? pairClause(tpl, o[a], o[b], pick) });
    (paired ??= new Set()).add(a).add(b);
  }
  for (const f of Object.keys(o)) {
    if (paired?.has(f)) continue;
    const sp = speakerOf(api, f, props[f], path, sib);
    const v = o[f];
    // Options grouped in an object are said as details of their own.
    const d = implied?.[f];
    if (sp.flatten && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const text of fieldClauses(api, v as Obj, props[f] ?? {}, `${path}.${f}`, pick, d?.parts)) parts.push({ rank: RANK.option, text });
    } else parts.push({ rank: sp.rank, text: d?.kind === 'nested' ? sayWith(sp, shownValue(v, d), undefined, pick) : sayWith(sp, v, d?.said, pick, d?.kind) });
  }
  return parts.sort((a, b) => a.rank - b.rank).map((p) => p.text);
}

const GAME_CLAUSES = ['in {g}', 'for {g}', 'in {g}'];

/**
 * One clause: the speaker's template around the value as said, or around `said`, the words the
 * plan has the user use instead (`kind`: how they imply it). A spelled-out number keeps its unit
 * ("three nights"); a relative date drops the "on" of a calendar date ("next Friday").
 */
/** The unit word a template puts right after the value ("covering {v} km"). */
/** Short words that are unit ids too ("in" for inches), read as words here. */
const NOT_UNIT = /^(in|at|on|to|of|or|by|as|and|for|from|a|an)$/i;
const UNIT_AFTER = /\{v\}\s+([A-Za-z°][A-Za-z°/]*)/;

/** `t` without its unit after the value when the words said end in a unit of their own ("113 miles", not "113 miles km"). */
function unitOnce(t: string, phrase: string): string {
  const m = UNIT_AFTER.exec(t);
  if (!m || NOT_UNIT.test(m[1]) || unitOfWord(m[1]) === undefined) return t;
  const last = /([A-Za-z°][A-Za-z°/]*)\W*$/.exec(phrase)?.[1];
  return last !== undefined && !NOT_UNIT.test(last) && unitOfWord(last) !== undefined ? t.replace(UNIT_AFTER, '{v}') : t;
}

/** The word a template puts right after the value ("for the {v} home"), and the article right before it. */
const NOUN_AFTER = /\{v\} ([A-Za-z]+)\b/;
const THE_BEFORE = /\bthe (?=\{v\}|\{av\})/i;

/**
 * `t` without the words the value says already: a name that ends in the template's noun ("Personal
 * home" in "for the {v} home", "kitchen-chat" in "{v} chat") keeps one, and words that begin
 * with "the" ("the National Basketball Association") take no second one.
 */
export function nounOnce(t: string, phrase: string): string {
  let out = t;
  const m = NOUN_AFTER.exec(out);
  const last = /([A-Za-z]+)\W*$/.exec(phrase)?.[1];
  if (m && last !== undefined && (last.toLowerCase() === m[1].toLowerCase() || last.toLowerCase() === `${m[1].toLowerCase()}s`)) out = out.replace(NOUN_AFTER, '{v}');
  if (/^the /i.test(phrase)) out = out.replace(THE_BEFORE, '');
  return out;
}

export function sayWith(sp: Speaker, v: unknown, said: string | undefined, pick: Pick, kind = ''): string {
  // A flag's phrase carries its value: the plan's words when it records them (flag-words), else one of the speaker's.
  if (sp.yes && typeof v === 'boolean') return said ?? pick(v ? sp.yes : (sp.no as readonly string[]));
  // A store app by its game: the game's name is the clause ("in Dota 2", not "for app Dota 2").
  if (kind === 'game-app' && said !== undefined) return pick(GAME_CLAUSES).replace('{g}', () => said);
  const phrase = said === undefined ? sp.value(v, pick) : /spelled/.test(kind) && sp.after && typeof v === 'number' ? `${said}${sp.after(v)}` : said;
  // A sort order said by its name stands alone ("cheapest first", not "sorted by cheapest first"), and so do a clause ("by car") and the user's own things ("to me").
  if (sp.tpl.length === 0 || saidAlone(kind, phrase)) return phrase;
  const t = nounOnce(unitOnce(/relative/.test(kind) ? pick(sp.tpl).replace(/\b(on|dated|at) (?=\{v\})/, '') : pick(sp.tpl), phrase), phrase);
  // Words that bring their own article ("a new build", "the Senate") take none more.
  const av = /^(a|an|the) /i.test(phrase) ? '{v}' : `${article(phrase)} {v}`;
  return (t.includes('{av}') ? t.replace('{av}', av) : t).replace('{v}', () => phrase);
}

function objectSpeaker(api: ApiSpec, key: string, schema: Schema, parent: string): Speaker {
  const k = snake(key);
  const props = propsOf(schema);
  const names = Object.keys(props).map(snake);
  const path = parent === '' ? key : `${parent}.${key}`;
  if (FLATTEN.test(k)) return speaker(RANK.option, [], () => '', { flatten: true });
  if (names.some((n) => /^(street|street1|address_line1|line1|city)$/.test(n)) && names.every((n) => ADDRESS_PARTS.includes(n) || ADDRESSEE.test(n))) {
    const tpl = /ship|deliver/.test(k) ? ['shipped to {v}', 'delivered to {v}', 'to {v}'] : /bill/.test(k) ? ['billed to {v}'] : /pickup|from|origin|sender/.test(k) ? ['picked up from {v}', 'from {v}'] : /to|destination|recipient/.test(k) ? ['to {v}', 'going to {v}'] : ['at {v}', 'for {v}'];
    return speaker(RANK.place, tpl, (v) => addressOf(v as Obj));
  }
  const lat = names.find((n) => /^(lat|latitude)$/.test(n));
  const lon = names.find((n) => /^(lon|lng|long|longitude)$/.test(n));
  if (lat && lon && names.length <= 3) {
    const tpl = /near|center|centre|around/.test(k) ? ['near {v}', 'around {v}'] : /origin|from|start/.test(k) ? ['from {v}', 'starting at {v}'] : /dest|to|end/.test(k) ? ['to {v}', 'ending at {v}'] : ['at {v}', 'around {v}', 'near {v}'];
    return speaker(RANK.place, tpl, (v, pick) => {
      const o = v as Obj;
      const rest = Object.keys(o).filter((f) => snake(f) !== lat && snake(f) !== lon);
      const extra = rest.length > 0 ? ` ${fieldClauses(api, pick2(o, rest), schema, path, pick).join(', ')}` : '';
      const a = o[Object.keys(o).find((f) => snake(f) === lat) as string];
      const b = o[Object.keys(o).find((f) => snake(f) === lon) as string];
      // Both said by one city (the plan's words for its centre stand in the copy): the city, once.
      if (typeof a === 'string' && a === b) return `${pick(['central ', 'the centre of ', ''])}${a}${extra}`;
      return `${a}, ${b}${extra}`;
    });
  }
  // Counts of people or things: "for 2 adults and 1 child".
  if (names.length > 0 && Object.values(props).every((p) => p.type === 'integer') && names.every((n) => COUNTS.test(n))) {
    return speaker(RANK.people, ['for {v}', 'with {v}'], (v) => listOf(Object.keys(v as Obj).map((f) => { const n = (v as Obj)[f]; return counted(typeof n === 'string' ? n : Number(n), labelOf(f)); })));
  }
  if (names.length === 3 && ['r', 'g', 'b'].every((c) => names.includes(c))) {
    return speaker(RANK.option, ['in RGB {v}', 'to the colour {v}'], (v) => ['r', 'g', 'b'].map((c) => (v as Obj)[Object.keys(v as Obj).find((f) => snake(f) === c) as string]).join(', '));
  }
  const lo = names.find((n) => /^(start|min|from|low|lower|minimum)$/.test(n));
  const hi = names.find((n) => /^(end|max|to|high|upper|maximum)$/.test(n));
  if (lo && hi && names.length === 2 && props[Object.keys(props)[0]].type !== 'string') {
    const label = labelOf(key);
    return speaker(RANK.amount, [`with the ${label} {v}`, `for ${withArticle(label)} {v}`], (v) => {
      const o = v as Obj;
      const f = Object.keys(o);
      const a = f.find((x) => snake(x) === lo);
      const b = f.find((x) => snake(x) === hi);
      return a && b ? `from ${o[a]} to ${o[b]}` : a ? `from ${o[a]} up` : b ? `up to ${o[b]}` : '';
    });
  }
  const dates = Object.values(props).filter((p) => p.format === 'date' || p.format === 'date-time').length;
  if (dates > 0 && dates === names.length) return speaker(RANK.date, ['{v}'], (v, pick) => fieldClauses(api, v as Obj, schema, path, pick).join(' '));
  if (names.length === 4 && names.every((n) => /(lat|lon|lng|north|south|east|west)/.test(n))) {
    return speaker(RANK.place, ['inside the box {v}', 'within the area {v}'], (v) => {
      const o = v as Obj;
      const val = (re: RegExp): unknown => o[Object.keys(o).find((f) => re.test(snake(f))) as string];
      return `${val(/min_lat|south/)}, ${val(/min_lo|west/)} to ${val(/max_lat|north/)}, ${val(/max_lo|east/)}`;
    });
  }
  if (/^(changes|updates|patch|fields|set|new_values|update)$/.test(k)) {
    return speaker(RANK.what, ['changing {v}', 'with {v}', 'updating {v}'], (v, pick) => listOf(Object.keys(v as Obj).map((f, i) => changeOf(api, f, (v as Obj)[f], props[f], path, pick, i > 0))));
  }
  const label = labelOf(key);
  // An object named by what to do ("notify", "remind") is said as done ("notifying ..."), not as a thing ("for the notify").
  const act = ACTS[label];
  const tpl = act ? act : names.every((n) => /(name|email|phone|first|last|mobile)/.test(n)) ? ['for {v}', 'with {v}'] : [`with ${withArticle(label)} {v}`, `for the ${label}, {v}`, `for the ${label}: {v}`];
  return speaker(RANK.option, tpl, (v, pick) => objectOf(api, v as Obj, schema, path, pick));
}

/** Objects named by a verb, said as the act. */
const ACTS: Readonly<Record<string, readonly string[]>> = {
  notify: ['notifying {v}', 'letting {v} know'],
  alert: ['alerting {v}'],
  remind: ['reminding {v}'],
  escalate: ['escalating to {v}'],
  forward: ['forwarding to {v}'],
  contact: ['contacting {v}'],
  send: ['sending it to {v}'],
  'send to': ['sending it to {v}'],
  'notify on': ['notifying on {v}'],
};

function pick2(o: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const f of keys) out[f] = o[f];
  return out;
}

/** An address in one run: who it is for, then the address in address order. */
function addressOf(o: Obj): string {
  const keys = Object.keys(o);
  const who = keys.filter((f) => ADDRESSEE.test(snake(f)) && !/phone|email/.test(f)).map((f) => String(o[f]));
  const where = keys.filter((f) => ADDRESS_PARTS.includes(snake(f))).sort((a, b) => ADDRESS_PARTS.indexOf(snake(a)) - ADDRESS_PARTS.indexOf(snake(b)));
  return [who.join(' '), ...where.map((f) => String(o[f]))].filter((x) => x !== '').join(', ');
}

/** A person or other object: a name first, then the other fields as clauses. */
function objectOf(api: ApiSpec, o: Obj, schema: Schema, path: string, pick: Pick): string {
  const keys = Object.keys(o);
  const first = keys.find((f) => /^(first_?name|given_?name)$/i.test(f));
  const last = keys.find((f) => /^(last_?name|surname|family_?name)$/i.test(f));
  const full = keys.find((f) => /^(full_?name|name|display_?name|contact_?name)$/i.test(f));
  const mail = keys.find((f) => /^(email|email_address)$/i.test(f));
  const pk = keys.find((f) => /^(key|name|variable|field)$/i.test(f));
  const pv = keys.find((f) => /^value$/i.test(f));
  if (keys.length === 2 && pk && pv) return `${o[pv]} as ${o[pk]}`;
  const naming = keys.find((f) => /^(title|label|category|slot|term|value|url)$/i.test(f) && typeof o[f] === 'string');
  let name = full ? String(o[full]) : first && last ? `${o[first]} ${o[last]}` : naming ? String(o[naming]).replace(/_/g, ' ') : '';
  const used = new Set([full, first && last ? first : undefined, first && last ? last : undefined, naming && !full && !(first && last) ? naming : undefined]);
  if (mail && name !== '') {
    name = `${name} at ${o[mail]}`;
    used.add(mail);
  } else if (mail) {
    name = String(o[mail]);
    used.add(mail);
  }
  const rest = keys.filter((f) => !used.has(f));
  const clauses = rest.length > 0 ? fieldClauses(api, pick2(o, rest), schema, path, pick) : [];
  if (name === '') return clauses.join(', ');
  return clauses.length === 0 ? name : `${name}, ${listOf(clauses)}`;
}

/** A field of an update: "the title to Q3 sync", then "Brisbane as the new location" (not a list of "the <field> to"). */
function changeOf(api: ApiSpec, f: string, v: unknown, schema: Schema | undefined, path: string, pick: Pick, more: boolean): string {
  const sp = speakerOf(api, f, schema, path, NO_SIBLINGS);
  if (typeof v === 'boolean') return sayWith(sp, v, undefined, pick);
  return more ? `${sp.value(v, pick)} as the new ${labelOf(f)}` : `the ${labelOf(f)} to ${sp.value(v, pick)}`;
}
const NO_SIBLINGS: ReadonlySet<string> = new Set();

/** A list of objects: each said by its fields, all in one list. */
function listSpeaker(api: ApiSpec, key: string, items: Schema, parent: string): Speaker {
  const k = snake(key);
  const path = parent === '' ? key : `${parent}.${key}`;
  const names = Object.keys(propsOf(items)).map(snake);
  const qty = names.find((n) => /^(quantity|qty|count)$/.test(n));
  const point = names.length <= 3 && names.some((n) => /^(lat|latitude)$/.test(n)) && names.some((n) => /^(lon|lng|long|longitude)$/.test(n));
  const label = labelOf(key);
  const tpl = point ? ['along {v}', 'through the points {v}', 'covering {v}']
    : /signer/.test(k) ? ['to be signed by {v}', 'for {v} to sign'] : /recipient/.test(k) ? ['to {v}']
    : /participant|attendee|interviewer|invitee|guest/.test(k) ? ['with {v}', 'inviting {v}'] : /reminder/.test(k) ? ['reminding me {v}', 'with a reminder {v}']
    : qty ? ['with {v}', 'for {v}'] : [`with these ${label}: {v}`, `including these ${label}: {v}`];
  // A counted item is a noun phrase: "2 x line item A2", not "2 x for line item A2".
  const bare = (s: string): string => s.replace(/^(for|on|of|with|at|in|from) /, '');
  return speaker(RANK.option, tpl, (v, pick) => {
    if (!Array.isArray(v)) return String(v);
    const one = (o: Obj): string => {
      if (point) {
        const f = Object.keys(o);
        const la = f.find((x) => /^(lat|latitude)$/.test(snake(x))) as string;
        const lo = f.find((x) => /^(lon|lng|long|longitude)$/.test(snake(x))) as string;
        const rest = f.filter((x) => x !== la && x !== lo);
        // A point said by its city (the plan's words in the copy for both coordinates): the city.
        const at = typeof o[la] === 'string' && o[la] === o[lo] ? String(o[la]) : `(${o[la]}, ${o[lo]})`;
        return `${at}${rest.length > 0 ? ` ${fieldClauses(api, pick2(o, rest), items, path, pick).join(' ')}` : ''}`;
      }
      if (qty && names.length >= 2) {
        const qk = Object.keys(o).find((f) => snake(f) === qty) as string;
        const rest = Object.keys(o).filter((f) => f !== qk);
        return `${o[qk]} x ${bare(objectOf(api, pick2(o, rest), items, path, pick))}`;
      }
      return objectOf(api, o, items, path, pick);
    };
    const parts = v.map((x) => (x && typeof x === 'object' ? one(x as Obj) : String(x)));
    return !point && parts.some((p) => p.includes(',')) && parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}` : listOf(parts);
  });
}
