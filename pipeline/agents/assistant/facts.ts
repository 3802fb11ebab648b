/**
 * The facts of a result object, each a field read by meaning: what it is (a status, an amount
 * of money, a measure with its unit, a count, a date, a yes/no, a name...), its value in words
 * and how much a reader wants it (a status before a price before a timestamp). Fields nobody
 * reads out are left out: secrets, links, coordinates, paging, raw hashes, long free text. The
 * role of a key is decided once per key name (memoised); per call only the values are worded.
 */
import { isIdLike, tokens } from '../tool/names.js';
import { article, bareDate, isIsoDate, isMoneyKey, joinAnd, labelOf, plural, sayDate, sayLabelValue, sayMoney, sayNumber, singularOf, type Today } from './words.js';

export type Role = 'status' | 'money' | 'change' | 'measure' | 'rating' | 'count' | 'name' | 'label' | 'text' | 'date' | 'stamp' | 'bool' | 'list' | 'group' | 'id' | 'items';

export interface Fact {
  readonly key: string;
  readonly role: Role;
  /** The key in words, without its unit ("nightly rate", "share"). */
  readonly label: string;
  /** The value in words ("$435.07", "pending", "on June 10", "74%"). */
  readonly value: string;
  /** The number behind a numeric fact, to rank items and compare answers. */
  readonly num?: number;
  /** How much a reader wants it; higher first. */
  readonly rank: number;
  /** A status that reads after "is" ("pending", "in transit"); else it is said with its label. */
  readonly adjective?: boolean;
}

/** What an answer's facts are read against: the dialogue's today and the money's currency. */
export interface FactScene {
  readonly today: Today;
  /** The currency of the object (its own currency field, else the enclosing one's, else the call's). */
  readonly currency?: string;
  /** The object states a price: a bare change beside it is money too ("down $4.90"). */
  readonly priced?: boolean;
}

/** A sibling unit field's value as it is written after a number. */
const UNIT_WORDS: Readonly<Record<string, string>> = { C: '°C', F: '°F', celsius: '°C', fahrenheit: '°F', percent: '%', pct: '%' };

type KeyRole = Role | 'skip' | 'currency' | 'unit' | 'number';

const SKIP = /(^|_)(secret|password|passcode|token|api_key|apikey|private_key|otp|pin|cvv|cvc|signature|nonce|etag|session|url|urls|uri|link|links|href|permalink|image|images|thumbnail|avatar|icon|logo|photo|photos|lat|lng|lon|latitude|longitude|coordinates|coords|geometry|bbox|polygon|cursor|next_cursor|prev_cursor|page|page_size|per_page|total_pages|has_more|offset|next_page|next_page_token|request_id|trace_id|api_version|object|etag|sequence|raw|html|markdown|base64|checksum|hash|sha1|sha256|md5|fingerprint|embedding|vector|snapshot_id|revision)$/;
const STATUS = /(^|_)(status|state|condition|conditions|verdict|outcome|decision|availability|stage|phase|health|workflow_state|market_state|result|severity|risk|risk_level|level|summary_label)$/;
const NAME = /(^|_)(name|title|display_name|headline|full_name|username|handle|label)$/;
const STAMP = /^(created|updated|modified|generated|as_of|last_updated|timestamp|fetched|retrieved|recorded|synced|indexed|last_modified|metadata_modified|last_seen|last_checked|checked|requested|processed)(_at|_on|_time|_date)?$/;
const TIMED = /(^|_)(depart|departure|departs|arrive|arrival|arrives|start|starts|end|ends|time|scheduled|slot|pickup|dropoff|appointment|kickoff|confirmed_time|eta|begin|until|deadline|due|opens|closes|check_in|check_out|sunrise|sunset)(_|$)/;
const COUNT = /(^|_)(count|counts|total|num|number_of|results|hits|matches|items|entries|records)(_|$)|^(total|n)_/;
/** Counts whose name also says money ("total_results" has "total"): counted, not priced. */
const COUNT_FIRST = /(^|_)(count|counts|num|number_of|results|hits|matches|items|entries|records|rows|documents|reviews|votes|views|nights|guests|seats|rooms)(_|$)|^total$/;
const CHANGE = /(^|_)(change|delta|diff|difference)(_|$)/;
const RATING = /(^|_)(rating|ratings|stars|score|grade_points)$/;
const YEARISH = /(^|_)(year|years|season|vintage|founded|since|born|model_year|fiscal_year)$/;
const PAYLOAD = /(^|_)(translat\w*|answer|definition|transcript|verdict|recommendation|advice|explanation|forecast|message|text|summary|description)$/;
const PARTICIPLE = /(ed|able|ible)$|^(sent|paid|built|made|done|held|set|shown|taken|given|written|run|won|lost|read|seen|known|open|active|available|enabled|late|valid|live|online|offline|due|free|public|private|verified|default|primary|current|read|sent|paid|done|complete|final|new|unread|pending|visible|hidden|blocked|locked|muted|ok|success|successful|up)$/;

/** Statuses said otherwise after "is". */
const STATUS_WORDS: Readonly<Record<string, string>> = { succeeded: 'successful', success: 'successful', failure: 'failed', ok: 'OK', done: 'done', error: 'in error' };
/** Statuses that read after "is": participles, -ing forms, adjectives, "in transit", "on time". */
const ADJECTIVE = /^((\w+(ed|ing|ful|ive|ible|able))|pending|open|closed|late|early|available|unavailable|live|online|offline|due|overdue|valid|invalid|ok|healthy|unhealthy|down|up|idle|busy|full|empty|new|draft|final|paid|unpaid|lost|sent|done|clear|stable|critical|high|low|moderate|severe|normal|elevated|safe|unsafe|malicious|suspicious|harmless|clean|ready|due soon|(in|on|out|not|under|at|off) [\w -]+)$/;

const roles = new Map<string, KeyRole>();

/** What a key holds, from its name and the JSON type of its value (memoised per name and type). */
function roleOf(key: string, v: unknown): KeyRole {
  const type = Array.isArray(v) ? (v.length > 0 && v[0] !== null && typeof v[0] === 'object' ? 'items' : 'array') : v === null ? 'null' : typeof v;
  const memo = `${key}\u0000${type}`;
  let r = roles.get(memo);
  if (r !== undefined) return r;
  const k = tokens(key).join('_');
  if (type === 'null' || type === 'undefined') r = 'skip';
  else if (SKIP.test(k)) r = 'skip';
  else if (/(^|_)(currency|currency_code)$/.test(k) && type === 'string') r = 'currency';
  else if (/^(unit|units|uom|unit_of_measure)$/.test(k) && type === 'string') r = 'unit';
  else if (type === 'items') r = 'items';
  else if (type === 'array') r = 'list';
  else if (type === 'object') r = 'group';
  else if (type === 'boolean') r = 'bool';
  else if (type === 'number') r = YEARISH.test(k) ? 'label' : 'number';
  else if (isIdLike(key) || /(^|_)(mbid|guid|gtin|ean|upc|isrc|asin|slug)$/.test(k)) r = 'id';
  else if (STAMP.test(k)) r = 'stamp';
  else if (STATUS.test(k)) r = 'status';
  else if (NAME.test(k)) r = 'name';
  else r = 'label';
  if (roles.size < 50_000) roles.set(memo, r);
  return r;
}

const RANK: Readonly<Record<Role, number>> = {
  status: 90, money: 80, change: 74, measure: 70, rating: 68, count: 62, group: 52, name: 50, label: 56, list: 40, date: 46, text: 20, bool: 30, stamp: 8, id: 5, items: 60,
};

function numberFact(key: string, n: number, scene: FactScene, unit: string | undefined, siblings: number): Fact {
  const k = tokens(key).join('_');
  const lab = labelOf(key);
  // "388.20 ARS a person", not "price per person 388.20 ARS": "per" is said once, as "a".
  const each = lab.per ? ` ${article(lab.per)} ${lab.per}` : '';
  const base = { key, label: lab.head ?? lab.words, num: n };
  if (/(^|_)(year|years|season|vintage|founded|built|born)(_|$)/.test(k) && Number.isInteger(n) && n > 1000 && n < 2200) return { ...base, role: 'label', value: String(n), rank: RANK.label };
  if (COUNT_FIRST.test(k) && Number.isInteger(n) && !lab.unit && !lab.per) return { ...base, role: 'count', value: sayNumber(n, 0), rank: RANK.count - (siblings > 0 ? 0 : 10) };
  if (isMoneyKey(key) && !/(^|_)(percent|pct|rate_percent|ratio)$/.test(k) && !lab.unit && !unit) {
    return { ...base, role: 'money', value: `${sayMoney(n, lab.currency ?? scene.currency)}${each}`, rank: RANK.money };
  }
  const u0 = lab.unit || (unit ? (unit === '%' ? '%' : ` ${unit}`) : '');
  // "1 miles" is "1 mile".
  const u = Math.abs(n) === 1 && /^ [a-z]+s$/.test(u0) ? u0.slice(0, -1) : u0;
  // Small numbers keep their precision (an exchange rate of 0.7481 is not 0.75).
  const digits = Math.abs(n) < 10 ? 4 : 2;
  const value = `${CHANGE.test(k) && !u && scene.priced && scene.currency ? sayMoney(Math.abs(n), scene.currency) : `${sayNumber(Math.abs(n), digits)}${u}`}${each}`;
  if (CHANGE.test(k)) return { ...base, role: 'change', value: n === 0 ? `unchanged${u === '%' ? ' (0%)' : ''}` : `${n < 0 ? 'down' : 'up'} ${value}`, rank: RANK.change };
  const signed = `${n < 0 ? '-' : ''}${value}`;
  if (RATING.test(k)) return { ...base, role: 'rating', value: signed, rank: RANK.rating };
  const last = lab.words.split(' ').pop() ?? '';
  const pluralNoun = /[^s]s$/.test(last) && singularOf(last) !== last && !/(ss|us|is)$/.test(last);
  if ((COUNT.test(k) || pluralNoun) && Number.isInteger(n) && n >= 0 && !u && !lab.per) return { ...base, role: 'count', value: sayNumber(n, 0), rank: RANK.count - (siblings > 0 ? 0 : 10) };
  return { ...base, role: 'measure', value: signed, rank: RANK.measure };
}

/** How a yes/no field reads: "late", "score changed", "posted to student", or a thing it has ("free cancellation"). */
type BoolShape = 'one' | 'last' | 'first' | 'noun';
function boolShape(label: string): BoolShape {
  const words = label.split(' ');
  if (words.length === 1) return PARTICIPLE.test(words[0]) ? 'one' : 'noun';
  if (PARTICIPLE.test(words[words.length - 1])) return 'last';
  return PARTICIPLE.test(words[0]) ? 'first' : 'noun';
}

/** A yes/no field as a noun phrase: "late" / "not late", "score not changed", "with free cancellation" / "without free cancellation". */
function boolWords(label: string, v: boolean): string {
  switch (boolShape(label)) {
    case 'one':
    case 'first':
      return v ? label : `not ${label}`;
    case 'last': {
      const i = label.lastIndexOf(' ');
      return v ? label : `${label.slice(0, i)} not ${label.slice(i + 1)}`;
    }
    default:
      return v ? `with ${label}` : `without ${label}`;
  }
}

/** A yes/no field as a clause: "it is late", "the score was changed", "it was not posted to student", "it has free cancellation". */
function boolClause(f: Fact, subject: string): string {
  const yes = f.num === 1;
  switch (boolShape(f.label)) {
    case 'one':
      return `${subject} is ${yes ? '' : 'not '}${f.label}`;
    case 'first':
      return `${subject} was ${yes ? '' : 'not '}${f.label}`;
    case 'last': {
      const i = f.label.lastIndexOf(' ');
      return `the ${f.label.slice(0, i)} was ${yes ? '' : 'not '}${f.label.slice(i + 1)}`;
    }
    default:
      return `${subject} has ${yes ? '' : 'no '}${f.label}`;
  }
}

/** One field as a fact, or undefined when nobody would read it out. */
export function factOf(key: string, v: unknown, scene: FactScene, unit?: string): Fact | undefined {
  const role = roleOf(key, v);
  if (role === 'skip' || role === 'currency' || role === 'unit') return undefined;
  if (role === 'items') {
    const n = (v as unknown[]).length;
    const words = labelOf(key).words;
    const last = words.split(' ').pop() ?? '';
    if (!/s$/.test(last) || singularOf(last) === last) return undefined;
    return { key, role, label: words, value: `${sayNumber(n, 0)} ${n === 1 ? singularOf(words) : words}`, num: n, rank: 44 };
  }
  const label = labelOf(key).words;
  switch (role) {
    case 'number':
      return numberFact(key, v as number, scene, unit, 1);
    case 'bool':
      // ok: true says nothing beyond the answer itself; ok: false is said.
      if (/^(ok|success|succeeded|successful)$/.test(tokens(key).join('_'))) return v ? undefined : { key, role: 'status', label: 'outcome', value: 'unsuccessful', rank: RANK.status, adjective: true };
      return { key, role, label, value: boolWords(label, v as boolean), num: v ? 1 : 0, rank: RANK.bool };
    case 'label':
      if (typeof v === 'number') return { key, role, label, value: String(v), num: v, rank: RANK.label };
      break;
    case 'list':
      return listFact(key, label, v as unknown[], scene);
    case 'group':
      return groupFact(key, label, v as Record<string, unknown>, scene);
    default:
      break;
  }
  const s = String(v).trim();
  if (s === '') return undefined;
  if (isIsoDate(s)) {
    const stamp = role === 'stamp' || STAMP.test(tokens(key).join('_'));
    const when = sayDate(s, scene.today, !stamp && TIMED.test(tokens(key).join('_')));
    return when === undefined ? undefined : { key, role: stamp ? 'stamp' : 'date', label, value: when, rank: stamp ? RANK.stamp : RANK.date };
  }
  if (role === 'id') return s.length > 40 ? undefined : { key, role, label, value: s, rank: RANK.id };
  const long = s.length > 90 || (s.length > 40 && !/\s/.test(s));
  if (long) return undefined;
  if (role === 'status' && s.length <= 40) {
    const value = STATUS_WORDS[s.toLowerCase()] ?? sayLabelValue(s);
    // The entity's own status leads; a side state (market_state, severity) comes after the numbers.
    const main = /^(status|state|\w+_status)$/.test(tokens(key).join('_'));
    return { key, role, label, value, rank: main ? RANK.status : 60, adjective: ADJECTIVE.test(value.toLowerCase()) };
  }
  if (role === 'name') return { key, role, label, value: s, rank: RANK.name };
  const isText = /\s/.test(s) && (s.length > 30 || s.split(/\s+/).length >= 4);
  if (isText) return { key, role: 'text', label, value: `“${s.replace(/[.\s]+$/, '')}”`, rank: PAYLOAD.test(tokens(key).join('_')) ? 66 : RANK.text };
  return { key, role: 'label', label, value: sayLabelValue(s), rank: RANK.label };
}

/** "due date" -> "due", "submitted at" -> "submitted": a date's label reads before the date. */
const dateLabel = (label: string): string => label.replace(/ (date|at|on|time|datetime)$/i, '') || label;
/** A label that ends in a preposition reads straight before the date: "valid until 20 March". */
const BEFORE_DATE = / (until|by|from|since|to|after|before|through|till)$/;

function listFact(key: string, label: string, v: readonly unknown[], scene: FactScene): Fact | undefined {
  const items = v.filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => (typeof x === 'number' ? sayNumber(x) : sayLabelValue(x)));
  if (items.length === 0) return undefined;
  if (items.some((x) => x.length > 60)) return undefined;
  void scene;
  const shown = items.length > 4 ? [...items.slice(0, 3), `${items.length - 3} more`] : items;
  return { key, role: 'list', label, value: joinAnd(shown), num: items.length, rank: RANK.list };
}

/** A nested object: up to three of its facts; counts read as "32 malicious, 25 suspicious". */
function groupFact(key: string, label: string, o: Readonly<Record<string, unknown>>, scene: FactScene): Fact | undefined {
  const inner = factsOf(o, scene).filter((f) => f.role !== 'group' && f.role !== 'id' && f.role !== 'stamp');
  if (inner.length === 0) return undefined;
  const allCounts = inner.every((f) => f.num !== undefined && Number.isInteger(f.num) && f.role !== 'money' && !/%|°/.test(f.value));
  const parts = inner.slice(0, 3).map((f) => (allCounts ? `${f.value} ${f.label}` : phrase(f)));
  return { key, role: 'group', label, value: joinAnd(parts), rank: RANK.group + Math.min(10, inner[0].rank / 10) };
}

/** Every fact of an object, most wanted first (ties in the object's order). */
export function factsOf(o: Readonly<Record<string, unknown>>, scene: FactScene, skip?: ReadonlySet<string>): Fact[] {
  let currency = scene.currency;
  let unit: string | undefined;
  for (const k in o) {
    const r = roleOf(k, o[k]);
    if (r === 'currency' && typeof o[k] === 'string' && /^[A-Z]{3}$/.test(o[k] as string)) currency = o[k] as string;
    else if (r === 'unit' && typeof o[k] === 'string') unit = UNIT_WORDS[o[k] as string] ?? (o[k] as string);
  }
  let priced = false;
  for (const k in o) if (typeof o[k] === 'number' && isMoneyKey(k)) priced = true;
  const inner: FactScene = currency === scene.currency && priced === (scene.priced ?? false) ? scene : { ...scene, currency, priced };
  const out: Fact[] = [];
  for (const k in o) {
    if (skip?.has(k)) continue;
    const f = factOf(k, o[k], inner, unit);
    if (f) out.push(f);
  }
  // "up $1.63" and "up 4%" are one fact: "up $1.63 (4%)".
  const ch = out.findIndex((f) => f.role === 'change' && !f.value.endsWith('%'));
  const pc = out.findIndex((f) => f.role === 'change' && f.value.endsWith('%'));
  if (ch >= 0 && pc >= 0) {
    const pct = out[pc].value.replace(/^(up|down) /, '');
    out[ch] = { ...out[ch], value: out[ch].value.startsWith('unchanged') ? out[ch].value : `${out[ch].value} (${pct})` };
    out.splice(pc, 1);
  }
  // A stable sort: equal ranks keep the object's order.
  return out.map((f, i) => [f, i] as const).sort((a, b) => b[0].rank - a[0].rank || a[1] - b[1]).map(([f]) => f);
}

/** A fact as a noun phrase: "nightly rate $435.07", "down 4.90", "late", "120 reviews", "due on June 3". */
export function phrase(f: Fact): string {
  switch (f.role) {
    case 'change':
    case 'bool':
    case 'items':
      return f.value;
    case 'status':
      return f.adjective ? f.value : `${f.label} ${f.value}`;
    case 'count':
      return countPhrase(f);
    case 'date':
    case 'stamp':
      return BEFORE_DATE.test(f.label) ? `${f.label} ${bareDate(f.value)}` : `${dateLabel(f.label)} ${f.value}`;
    case 'list':
    case 'group':
      return `${f.label}: ${f.value}`;
    case 'rating':
      return /^stars?$/.test(f.label) ? `${f.value} stars` : `${f.label} ${f.value}`;
    default:
      return `${f.label} ${f.value}`;
  }
}

/** "review count 120" -> "120 reviews"; "total results 22,000" -> "22,000 results in total". */
function countPhrase(f: Fact): string {
  const words = f.label.split(' ');
  const rest = words.filter((w) => !/^(count|counts|total|num|number|of)$/.test(w));
  if (rest.length === 0) return `${f.value} in total`;
  const noun = rest.join(' ');
  const n = f.num ?? 0;
  if (/ed$/.test(noun)) return `${f.value} ${noun}`;
  const one = singularOf(noun);
  const many = one === noun ? plural(noun) : noun;
  return `${f.value} ${n === 1 ? one : many}${words[0] === 'total' ? ' in total' : ''}`;
}

/** A fact as a clause: "the nightly rate is $435.07", "it is pending", "it is down 4.90". */
export function clause(f: Fact, subject = 'it'): string {
  switch (f.role) {
    case 'status':
      return f.adjective ? `${subject} is ${f.value}` : `the ${f.label} is ${f.value}`;
    case 'change':
      return `${subject} is ${f.value}`;
    case 'bool':
      return boolClause(f, subject);
    case 'count': {
      const p = countPhrase(f);
      if (/ed$/.test(p)) return `${f.value} ${f.num === 1 ? 'was' : 'were'} ${p.slice(f.value.length + 1)}`;
      return `there ${f.num === 1 ? 'is' : 'are'} ${p}`;
    }
    case 'items':
      return `there ${f.num === 1 ? 'is' : 'are'} ${f.value}`;
    case 'date':
    case 'stamp': {
      const short = dateLabel(f.label);
      if (BEFORE_DATE.test(f.label)) return `${subject} is ${f.label} ${bareDate(f.value)}`;
      if (/^(expires|ends|starts|begins|opens|closes|departs|arrives|renews|runs|lasts|leaves|lands)$/.test(short)) return `${subject} ${short} ${f.value}`;
      return PARTICIPLE.test(short) && !short.includes(' ') ? `${subject} was ${short} ${f.value}` : `the ${f.label} is ${bareDate(f.value)}`;
    }
    case 'list':
    case 'group':
      return `the ${f.label} ${/s$/.test(f.label) ? 'are' : 'is'} ${f.value}`;
    default:
      return `the ${f.label} is ${f.value}`;
  }
}
