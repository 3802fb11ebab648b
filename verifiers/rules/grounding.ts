/**
 * grounding.value: every argument value of a call is stated before the call, in the system
 * prompt, a user message or an earlier tool result (assistant text does not count: a value
 * the assistant said first is still its own invention), or is the parameter's default.
 *
 * Comparison after normalisation: case, punctuation and spacing are ignored; a string may be
 * found as a phrase or as all of its words in any order (a long free text by most of its
 * words); an enum value by a word or word stem ("Celsius" implies `celsius`, "metres" `meters`
 * is not assumed); numbers as numbers ("1,000", "5%" for 0.05, "five"), dates across formats
 * ("March 3, 2024", "3/3/2024" and "2024-03-03"; "today"/"tomorrow" from a date in the
 * context). Booleans and null are never checked: the wording carries them.
 *
 * Every regular expression is compiled once, at load; a record's context is normalised once,
 * message by message, as the walk goes.
 */
import type { RuleContext } from './context.js';
import { textOf } from './context.js';
import { normalise } from './normalise.js';

type Schema = Record<string, unknown>;

const NUMBER = /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d*\.?\d+(?:e-?\d+)?/gi;
const ISO_DATE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g;
const MDY_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;
const MONTH_FIRST = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})\b/gi;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*,?\s*(\d{4})\b/gi;
const MONTH_ONLY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/gi;
const PM_HOUR = /\b(\d{1,2})(?::\d{2})?\s*p\.?m\b/gi;
const ISO_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
const SCIENTIFIC = /(-?\d+(?:\.\d+)?)\s*(?:x|×|\*)\s*10\s*(?:\^|\*\*)\s*\(?\s*([-−]?\d+)/gi;
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WORD_NUMBERS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1_000_000,
  billion: 1_000_000_000, dozen: 12, half: 0.5, quarter: 0.25, once: 1, twice: 2, thrice: 3, single: 1, double: 2, triple: 3,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, pair: 2, couple: 2,
}));
const RELATIVE_DAYS = new Map<string, number>(Object.entries({ today: 0, tonight: 0, now: 0, tomorrow: 1, yesterday: -1 }));
const MAGNITUDE = /(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|k)\b/gi;
const MAGNITUDES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
/** Quantities words imply: "a week" (7 days), "monthly" (12 a year), "a month" (30 days)... */
const IMPLIED_NUMBERS = new Map<string, readonly number[]>(Object.entries({
  week: [7], weeks: [7], weekly: [52, 7], fortnight: [14], month: [30, 12], months: [30], monthly: [12], quarterly: [4], quarter: [3, 4],
  year: [365, 12], annually: [1], annual: [1], yearly: [1], daily: [365, 1], hour: [60], minute: [60], decade: [10], century: [100],
}));
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

export { normalise };

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** ISO dates (YYYY-MM-DD) a text states, in any of the formats read. */
export function datesIn(raw: string): string[] {
  const out: (string | undefined)[] = [];
  for (const m of raw.matchAll(ISO_DATE)) out.push(isoOf(+m[1], +m[2], +m[3]));
  for (const m of raw.matchAll(MDY_DATE)) out.push(isoOf(+m[3], +m[1], +m[2]), isoOf(+m[3], +m[2], +m[1]));
  for (const m of raw.matchAll(MONTH_FIRST)) out.push(isoOf(+m[3], MONTHS[m[1].toLowerCase()], +m[2]));
  for (const m of raw.matchAll(DAY_FIRST)) out.push(isoOf(+m[3], MONTHS[m[2].toLowerCase()], +m[1]));
  // A month of a year ("April 2022") as YYYY-MM.
  for (const m of raw.matchAll(MONTH_ONLY)) out.push(`${m[2]}-${pad(MONTHS[m[1].toLowerCase()])}`);
  return out.filter((d): d is string => d !== undefined);
}

const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;

/**
 * What has been said so far, normalised for look-ups. Texts are only stored when added; each
 * view of them (the normalised text, the word set, the numbers, the dates) is built the first
 * time a look-up needs it, from the texts added since. Most values are found as a phrase, so
 * most records never pay for the number and date scans.
 */
export class Grounds {
  readonly #raws: string[] = [];
  readonly #norms: (string | undefined)[] = [];
  /** Normalised text, padded with spaces so ` word ` finds whole words. */
  #text = ' ';
  #textAt = 0;
  readonly #tokens = new Set<string>();
  #tokensAt = 0;
  #stems: Set<string> | undefined;
  readonly #numbers = new Set<number>();
  #numbersAt = 0;
  readonly #dates = new Set<string>();
  #datesAt = 0;
  #relative = false;

  /** Add a text; `normalised` is its normalise() when the caller has it already. */
  add(raw: string, normalised?: string): void {
    if (raw === '') return;
    this.#raws.push(raw);
    this.#norms.push(normalised);
  }

  #norm(i: number): string {
    return (this.#norms[i] ??= normalise(this.#raws[i]));
  }

  #fullText(): string {
    for (; this.#textAt < this.#raws.length; this.#textAt++) this.#text += `${this.#norm(this.#textAt)} `;
    return this.#text;
  }

  /** Every word said. */
  get tokens(): ReadonlySet<string> {
    for (; this.#tokensAt < this.#raws.length; this.#tokensAt++) {
      for (const t of this.#norm(this.#tokensAt).split(' ')) {
        if (t === '') continue;
        this.#tokens.add(t);
        if (RELATIVE_DAYS.has(t)) this.#relative = true;
      }
      this.#stems = undefined;
    }
    return this.#tokens;
  }

  /** `word` (one normalised word) was said. */
  hasToken(word: string): boolean {
    return word !== '' && !word.includes(' ') && this.#fullText().includes(` ${word} `);
  }

  /** Every number said: in digits, in words, with a magnitude ("2 million"), implied ("weekly"). */
  get numbers(): ReadonlySet<number> {
    const numbers = this.#numbers;
    for (; this.#numbersAt < this.#raws.length; this.#numbersAt++) {
      const raw = this.#raws[this.#numbersAt];
      for (const t of this.#norm(this.#numbersAt).split(' ')) {
        const w = WORD_NUMBERS.get(t);
        if (w !== undefined) numbers.add(w);
        const implied = IMPLIED_NUMBERS.get(t);
        if (implied) for (const x of implied) numbers.add(x);
      }
      for (const m of raw.matchAll(NUMBER)) {
        const v = Number(m[0].replace(/,/g, ''));
        if (Number.isFinite(v)) {
          numbers.add(round(v));
          if (v < 0) numbers.add(round(-v));
        }
        // "200,300,400" is a list as often as a number: keep the parts too.
        if (m[0].includes(',')) for (const part of m[0].split(',')) numbers.add(round(Math.abs(Number(part))));
      }
      if (/p\.?m/i.test(raw)) for (const m of raw.matchAll(PM_HOUR)) numbers.add((+m[1] % 12) + 12);
      for (const m of raw.matchAll(MAGNITUDE)) numbers.add(round(Number(m[1]) * MAGNITUDES[m[2].toLowerCase()]));
      if (raw.includes('10')) for (const m of raw.matchAll(SCIENTIFIC)) numbers.add(round(Number(m[1]) * 10 ** Number(m[2].replace('−', '-'))));
    }
    return numbers;
  }

  /** Every date said, as YYYY-MM-DD (or YYYY-MM for a month). */
  get dates(): ReadonlySet<string> {
    for (; this.#datesAt < this.#raws.length; this.#datesAt++) {
      const raw = this.#raws[this.#datesAt];
      if (/\d{4}/.test(raw)) for (const d of datesIn(raw)) this.#dates.add(d);
    }
    return this.#dates;
  }

  hasPhrase(normalised: string): boolean {
    return this.#fullText().includes(` ${normalised} `);
  }

  hasStem(token: string): boolean {
    const tokens = this.tokens;
    if (!this.#stems) {
      this.#stems = new Set();
      for (const t of tokens) if (t.length >= 4) this.#stems.add(t.slice(0, 4));
    }
    return token.length >= 4 && this.#stems.has(token.slice(0, 4));
  }

  /** A word of the context shares a long stem with `word` ("German" / "Germany"). */
  hasSharedStem(word: string): boolean {
    if (word.length < 5) return false;
    for (const t of this.tokens) {
      if (t.length < 5) continue;
      let i = 0;
      while (i < t.length && i < word.length && t.charCodeAt(i) === word.charCodeAt(i)) i++;
      if (i >= 5 && i >= 0.7 * Math.max(word.length, t.length)) return true;
    }
    return false;
  }

  /** A word of the context starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    for (const t of this.tokens) if (t.length > prefix.length && t.startsWith(prefix)) return true;
    return false;
  }

  /** A date given relative to a date in the context ("tomorrow" with "Today is 2025-01-02"). */
  hasRelativeDate(iso: string): boolean {
    const tokens = this.tokens;
    if (!this.#relative) return false;
    if (this.dates.size === 0) return true; // no anchor to check against: accept
    const target = Date.parse(`${iso}T00:00:00Z`);
    for (const d of this.dates) {
      const base = Date.parse(`${d}T00:00:00Z`);
      for (const [word, offset] of RELATIVE_DAYS) {
        if (tokens.has(word) && base + offset * 86_400_000 === target) return true;
      }
    }
    return false;
  }
}

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
    if (rest === '' || /^t?00 00( 00)?( z| 000z)?$/.test(rest) || g.hasPhrase(rest)) return true;
    const hm = /^t?(\d{2}) (\d{2})/.exec(rest);
    if (hm && (g.numbers.has(+hm[1]) || g.numbers.has(+hm[1] - 12) || g.numbers.has(+hm[1] + 12))) return true;
  }
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
  // An abbreviation of a word said in full ("EUR" for "euros", "Jan" for "January").
  if (words.length === 1 && n.length >= 3 && !/^\d+$/.test(n) && g.hasPrefix(n)) return true;
  // A long free text (a message body, a description) may be paraphrased: most of its words.
  if (content >= 4 && contentFound / content >= 0.7) return true;
  if (words.length === 1 && g.hasSharedStem(n)) return true;
  // Abbreviations the request implies: units, currency codes, US states, a time zone's city.
  const unit = UNIT_WORDS.get(n.replace(/ /g, ''));
  if (unit && unit.some((u) => g.hasPhrase(u) || g.hasPrefix(u))) return true;
  const cur = CURRENCY_WORDS.get(n);
  if (cur && cur.some((u) => g.hasToken(u) || g.hasPrefix(u))) return true;
  const state = US_STATES.get(n) ?? STATE_CODES.get(n);
  if (state && g.hasPhrase(state)) return true;
  const tz = TIMEZONE.exec(value);
  if (tz && g.hasPhrase(normalise(tz[1]))) return true;
  // An enum choice the request implies: one of its words, or a word stem.
  if (schema && Array.isArray(schema.enum) && schema.enum.includes(value)) {
    for (const w of words) if (g.hasToken(w) || g.hasStem(w)) return true;
  }
  return false;
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
  const g = new Grounds();
  let next = 0; // next message to add to the grounds
  for (const c of ctx.calls) {
    for (; next < c.message; next++) {
      const m = ctx.messages[next];
      if (m.role === 'system' || m.role === 'user' || m.role === 'tool') g.add(textOf(m), ctx.normalised(next));
    }
    if (!c.args || !c.tool) continue;
    for (const [k, v] of Object.entries(c.args)) {
      const schema = propSchema(c.tool.parameters, k);
      if (!schema) continue; // unknown parameter: args.unknown says so
      let why = ungrounded(v, schema, g, k);
      // A value the tool's own documentation states ("default is 9.81", "'all' for every region").
      if (why) why = ungrounded(v, schema, toolGrounds(c.tool), k);
      if (why) ctx.add('grounding.value', `${c.name}: ${why} is stated nowhere before the call`, { message: c.message, call: c.call });
    }
  }
}
