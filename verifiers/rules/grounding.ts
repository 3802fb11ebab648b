/**
 * grounding.value: every argument value of a call is stated before the call, in the system
 * prompt, a user message or an earlier tool result (assistant text does not count: a value
 * the assistant said first is still its own invention), or is the parameter's default.
 *
 * Comparison after normalisation: case, punctuation and spacing are ignored; a string may be
 * found as a phrase or as all of its words in any order (a long free text by most of its
 * words); an enum value by a word or word stem ("Celsius" implies `celsius`, "metres" `meters`
 * is not assumed); numbers as numbers ("1,000", "5%" for 0.05, "2 million"), dates as dates
 * across formats ("March 3, 2024", "3/3/2024" and "2024-03-03"; never by a year, a month and
 * a day said apart). Booleans and null are never checked: the wording carries them.
 *
 * Implied values: checked with its plan, a record grounds a value the user does not state
 * ("next Friday", "Tokyo" for HND, "Apple" for AAPL, "five", "the first one") only through the
 * derivation the plan records for it, recomputed (grounding-implied.ts); a recorded derivation
 * the user said that gives another value is rejected. Without the item's plan, derivations in
 * the plan a published record carries are read the same way, and the rule also reads the
 * implications it always has (third-party data): "five", "weekly", "tomorrow" from a stated
 * date, an abbreviation of a word said ("EUR" for "euros"), a currency, US state or time zone
 * by a word of its name.
 *
 * Every regular expression is compiled once, at load; a record's context is normalised once,
 * message by message, as the walk goes.
 */
import type { RuleContext } from './context.js';
import { textOf } from './context.js';
import { normalise } from './normalise.js';
import { datesIn, Grounds, round } from './grounding-grounds.js';
import { ImpliedValues } from './grounding-implied.js';

type Schema = Record<string, unknown>;

const ISO_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
const WHOLE_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Unit abbreviations and the words that state them. */
const UNIT_WORDS = new Map<string, readonly string[]>(Object.entries({
  cm: ['centimet'], mm: ['millimet'], m: ['meter', 'metre'], km: ['kilomet'], mi: ['mile'], ft: ['feet', 'foot'], in: ['inch'], yd: ['yard'],
  kg: ['kilogram', 'kilo'], g: ['gram'], lb: ['pound', 'lbs'], lbs: ['pound'], oz: ['ounce'], l: ['liter', 'litre'], ml: ['millilit'],
  s: ['second'], sec: ['second'], min: ['minute'], h: ['hour'], hr: ['hour'], c: ['celsius', 'centigrade'], f: ['fahrenheit'], k: ['kelvin'],
  kmh: ['km h', 'kilometers per hour', 'kph'], mph: ['miles per hour'],
}));
/** Currency codes and the words that name them. */
const CURRENCY_WORDS = new Map<string, readonly string[]>(Object.entries({
  usd: ['dollar', 'us'], eur: ['euro'], gbp: ['pound', 'sterling', 'british'], jpy: ['yen', 'japan'], cad: ['canadian', 'canada'], aud: ['australian', 'australia'],
  chf: ['swiss', 'franc'], cny: ['yuan', 'renminbi', 'chinese'], inr: ['rupee', 'indian'], mxn: ['peso', 'mexican'], brl: ['real', 'brazilian'],
  krw: ['won', 'korean'], sek: ['swedish', 'krona'], nok: ['norwegian', 'krone'], rub: ['ruble', 'rouble'], nzd: ['zealand'], hkd: ['hong kong'], sgd: ['singapore'],
}));
/** US state codes and names. */
const US_STATES = new Map<string, string>(Object.entries({
  al: 'alabama', ak: 'alaska', az: 'arizona', ar: 'arkansas', ca: 'california', co: 'colorado', ct: 'connecticut', de: 'delaware', fl: 'florida', ga: 'georgia',
  hi: 'hawaii', id: 'idaho', il: 'illinois', in: 'indiana', ia: 'iowa', ks: 'kansas', ky: 'kentucky', la: 'louisiana', me: 'maine', md: 'maryland',
  ma: 'massachusetts', mi: 'michigan', mn: 'minnesota', ms: 'mississippi', mo: 'missouri', mt: 'montana', ne: 'nebraska', nv: 'nevada', nh: 'new hampshire',
  nj: 'new jersey', nm: 'new mexico', ny: 'new york', nc: 'north carolina', nd: 'north dakota', oh: 'ohio', ok: 'oklahoma', or: 'oregon', pa: 'pennsylvania',
  ri: 'rhode island', sc: 'south carolina', sd: 'south dakota', tn: 'tennessee', tx: 'texas', ut: 'utah', vt: 'vermont', va: 'virginia', wa: 'washington',
  wv: 'west virginia', wi: 'wisconsin', wy: 'wyoming', dc: 'district of columbia',
}));
const STATE_CODES = new Map([...US_STATES].map(([k, v]) => [v, k]));
const TIMEZONE = /^[A-Za-z]+\/([A-Za-z_]+)$/;
const STOPWORDS = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'your', 'you', 'are', 'was', 'will', 'have', 'has', 'not', 'but', 'all', 'can', 'our', 'its', 'into', 'about', 'please']);

export { normalise, datesIn, Grounds };

const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));
}

/** Why a value is not grounded, or undefined when it is. */
export function ungrounded(value: unknown, schema: Schema | undefined, g: Grounds, path: string, depth = 0): string | undefined {
  if (value === null || typeof value === 'boolean' || depth > 8) return undefined;
  if (schema && 'default' in schema && sameJson(schema.default, value)) return undefined;
  if (schema && 'const' in schema && sameJson(schema.const, value)) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `${path} = ${value}`;
    const v = round(value);
    if (g.numbers.has(v) || g.numbers.has(round(value * 100)) || g.numbers.has(round(value / 100)) || g.numbers.has(round(-value))) return undefined;
    if (Number.isInteger(value) && (value === 0 || value === 1)) return undefined; // "a", "no", "none"
    if (schema && Array.isArray(schema.enum) && schema.enum.length <= 2) return undefined;
    return `${path} = ${value}`;
  }
  if (typeof value === 'string') {
    return groundedString(value, schema, g) ? undefined : `${path} = ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  }
  if (Array.isArray(value)) {
    const items = schema && typeof schema.items === 'object' && !Array.isArray(schema.items) ? (schema.items as Schema) : undefined;
    for (let i = 0; i < value.length; i++) {
      const why = ungrounded(value[i], items, g, `${path}/${i}`, depth + 1);
      if (why) return why;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const props = schema && typeof schema.properties === 'object' ? (schema.properties as Record<string, Schema>) : undefined;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const why = ungrounded(v, props?.[k], g, `${path}/${k}`, depth + 1);
      if (why) return why;
    }
  }
  return undefined;
}

function groundedString(value: string, schema: Schema | undefined, g: Grounds): boolean {
  const iso = ISO_VALUE.exec(value);
  if (iso && (g.dates.has(`${iso[1]}-${iso[2]}-${iso[3]}`) || g.hasRelativeDate(`${iso[1]}-${iso[2]}-${iso[3]}`))) {
    if (value.length <= 10) return true;
    // A date-time: the date is grounded; its time part must be too (or be midnight).
    const rest = normalise(value.slice(10));
    // normalise() parts "T09:00Z" as "t 09 00 z".
    if (rest === '' || /^(t )?00 00( 00)?( z| 000 z)?$/.test(rest) || g.hasPhrase(rest)) return true;
    const hm = /^(?:t )?(\d{2}) (\d{2})/.exec(rest);
    if (hm && (g.numbers.has(+hm[1]) || g.numbers.has(+hm[1] - 12) || g.numbers.has(+hm[1] + 12))) return true;
  }
  // A date is stated as a date: "2025-06-01" is not grounded by a 2025, a 6 and a 1 said apart.
  if (WHOLE_DATE.test(value)) return false;
  // A date written another way ("07-20-2022", "Jan.28,2021", "04-2022").
  if (/\d{4}/.test(value) && value.length <= 24) {
    for (const d of datesIn(value)) if (g.dates.has(d)) return true;
    const my = MONTH_YEAR.exec(value.trim());
    if (my && g.dates.has(`${my[2]}-${my[1].padStart(2, '0')}`)) return true;
  }
  const n = normalise(value);
  if (n === '') return true;
  if (g.hasPhrase(n)) return true;
  const words = n.split(' ');
  let found = 0;
  let content = 0;
  let contentFound = 0;
  for (const w of words) {
    const has = g.hasToken(w) || (/^\d+(\.\d+)?$/.test(w) && g.numbers.has(round(Number(w))));
    if (has) found++;
    if (w.length >= 3 && !STOPWORDS.has(w)) {
      content++;
      if (has) contentFound++;
    }
  }
  if (found === words.length) return true;
  // "Boston, MA", "New York, NY": the place is stated, the state's code is implied.
  if (found > 0 && !/\d/.test(n) && words.every((w) => w.length <= 2 || g.hasToken(w))) return true;
  // An abbreviation of a word said in full ("EUR" for "euros", "Jan" for "January"); with the
  // plan known, only through a derivation ("LIS" is not stated by "Lisbon": it is implied).
  if (g.implied && words.length === 1 && n.length >= 3 && !/^\d+$/.test(n) && g.hasPrefix(n)) return true;
  // A long free text (a message body, a description) may be paraphrased: most of its words.
  if (content >= 4 && contentFound / content >= 0.7) return true;
  if (words.length === 1 && g.hasSharedStem(n)) return true;
  // A unit by its name ("km" for "kilometers"); codes only implied need a derivation when the plan is known.
  const unit = UNIT_WORDS.get(n.replace(/ /g, ''));
  if (unit && unit.some((u) => g.hasPhrase(u) || g.hasPrefix(u))) return true;
  if (g.implied && impliedCode(value, n, g)) return true;
  // An enum choice the request implies: one of its words, or a word stem.
  if (schema && Array.isArray(schema.enum) && schema.enum.includes(value)) {
    for (const w of words) if (g.hasToken(w) || g.hasStem(w)) return true;
  }
  return false;
}

/** A code the words of a request imply without a recorded derivation: a currency by a word of its name or country, a US state by name, a time zone by its city. */
function impliedCode(value: string, n: string, g: Grounds): boolean {
  const cur = CURRENCY_WORDS.get(n);
  if (cur && cur.some((u) => g.hasToken(u) || g.hasPrefix(u))) return true;
  const state = US_STATES.get(n) ?? STATE_CODES.get(n);
  if (state && g.hasPhrase(state)) return true;
  const tz = TIMEZONE.exec(value);
  return tz !== null && g.hasPhrase(normalise(tz[1]));
}

const toolGroundsCache = new WeakMap<object, Grounds>();

/** What a tool's documentation states: its description and every description and enum in its parameters. */
function toolGrounds(tool: { description: string; parameters: Record<string, unknown> }): Grounds {
  let g = toolGroundsCache.get(tool);
  if (g) return g;
  g = new Grounds();
  g.add(tool.description ?? '');
  const walk = (s: unknown, depth: number): void => {
    if (s === null || typeof s !== 'object' || depth > 6) return;
    const o = s as Record<string, unknown>;
    if (typeof o.description === 'string') g!.add(o.description);
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object') walk(v, depth + 1);
  };
  walk(tool.parameters, 0);
  toolGroundsCache.set(tool, g);
  return g;
}

/** A schema's subschema for a top-level property. */
function propSchema(params: unknown, key: string): Schema | undefined {
  if (params === null || typeof params !== 'object') return undefined;
  const props = (params as Schema).properties;
  return props && typeof props === 'object' ? ((props as Record<string, Schema>)[key] ?? undefined) : undefined;
}

export function checkGrounding(ctx: RuleContext): void {
  if (ctx.calls.length === 0) return;
  // With the plan known, a value the user only implies is grounded by its recorded derivation alone.
  const g = new Grounds({ implied: ctx.plan === undefined });
  const implied = ImpliedValues.of(ctx);
  let next = 0; // next message to add to the grounds
  for (const c of ctx.calls) {
    for (; next < c.message; next++) {
      const m = ctx.messages[next];
      if (m.role === 'system' || m.role === 'user' || m.role === 'tool') g.add(textOf(m), ctx.normalised(next));
      implied?.add(next);
    }
    if (!c.args || !c.tool) continue;
    for (const [k, v] of Object.entries(c.args)) {
      const schema = propSchema(c.tool.parameters, k);
      if (!schema) continue; // unknown parameter: args.unknown says so
      const j = implied?.judge(c, k, v, schema);
      if (j && 'fault' in j) ctx.add('grounding.value', `${c.name}: ${k} = ${JSON.stringify(v)} does not follow from what the user said: ${j.fault}`, { message: c.message, call: c.call });
      if (j) continue;
      let why = ungrounded(v, schema, g, k);
      // A value the tool's own documentation states ("default is 9.81", "'all' for every region").
      if (why) why = ungrounded(v, schema, toolGrounds(c.tool), k);
      // With a plan, a follow-up's value kept from an earlier turn needs no saying again.
      if (why && implied?.carriedOver(c, k, v)) why = undefined;
      if (why) ctx.add('grounding.value', `${c.name}: ${why} is stated nowhere before the call`, { message: c.message, call: c.call });
    }
  }
}
