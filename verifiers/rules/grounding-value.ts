/**
 * Whether one argument value is grounded in what was said (grounding.ts): stated, or derivable
 * from the words by the derivation library (core/derive/) the way a reader derives it. Strict
 * the other way: a number keeps its magnitude (4300 is not said by "43"), a date is read whole
 * (not from a 2024, a 5 and a 12 said apart) and a relative date needs a stated today. Each leaf
 * of an object or list is judged against every source in turn (the conversation, then the tool's
 * own documentation), so the reason names the one leaf no source grounds; the leaves a recorded
 * derivation gives (`derived` paths) are not judged again.
 */
import { clockOfValue } from '../../core/derive/clock.js';
import { centreNamed, mayQualifyPlace, namesEntityOf } from '../../core/derive/codes.js';
import { datesOfValue, isDateValue, monthOf } from '../../core/derive/date-formats.js';
import { enumWays } from '../../core/derive/enum-words.js';
import { gameOfApp, isAppKey } from '../../core/derive/games.js';
import { normalise } from '../../core/derive/normalise.js';
import { round } from '../../core/derive/numbers.js';
import { convert, inMinorUnits, sameAtPrecision, unitOfParam, unitWords } from '../../core/derive/units.js';
import type { Grounds } from './grounding-grounds.js';

type Schema = Record<string, unknown>;

const STOPWORDS = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'your', 'you', 'are', 'was', 'will', 'have', 'has', 'not', 'but', 'all', 'can', 'our', 'its', 'into', 'about', 'please']);
/** Unit abbreviations a value may hold, and the words that state them ("km" for "kilometers"). */
const UNIT_WORDS = new Map<string, readonly string[]>(Object.entries({
  cm: ['centimet'], mm: ['millimet'], m: ['meter', 'metre'], km: ['kilomet'], mi: ['mile'], ft: ['feet', 'foot'], in: ['inch'], yd: ['yard'],
  kg: ['kilogram', 'kilo'], g: ['gram'], lb: ['pound', 'lbs'], lbs: ['pound'], oz: ['ounce'], l: ['liter', 'litre'], ml: ['millilit'],
  s: ['second'], sec: ['second'], min: ['minute'], h: ['hour'], hr: ['hour'], c: ['celsius', 'centigrade'], f: ['fahrenheit'], k: ['kelvin'],
  kmh: ['km h', 'kilometers per hour', 'kph'], mph: ['miles per hour'],
}));
/** An area or volume unit by the length unit said ("square feet" for a triangle measured in feet). */
const POWER_OF_UNIT = /^(square|sq|cubic|cu)$/;
const UNIT_WORD_SET = new Set(unitWords());
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const RELATIVE_WORDS = /\b(today|tonight|tomorrow|yesterday|next|last|this|ago|coming)\b/;

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));
}

const show = (v: unknown): string => JSON.stringify(typeof v === 'string' && v.length > 60 ? `${v.slice(0, 57)}...` : v);

/**
 * Why `value` (at `path`, of parameter `key` with `schema`) is grounded by none of `sources`, or
 * undefined when it is grounded. The reason reads "<path> = <value> is stated nowhere before the
 * call", with what a reader found instead when that helps ("said with another magnitude: 43").
 */
export function ungrounded(value: unknown, schema: Schema | undefined, sources: readonly Grounds[], path: string, key: string, depth = 0, derived?: ReadonlySet<string>): string | undefined {
  if (value === null || typeof value === 'boolean' || depth > 8 || derived?.has(path)) return undefined;
  // A tool's schema may be anything in a file verify reads (a property given as a string): tools.schema reports it.
  if (schema !== undefined && (schema === null || typeof schema !== 'object')) schema = undefined;
  if (schema && 'default' in schema && sameJson(schema.default, value)) return undefined;
  if (schema && 'const' in schema && sameJson(schema.const, value)) return undefined;
  if (Array.isArray(value)) {
    const items = schema && typeof schema.items === 'object' && !Array.isArray(schema.items) ? (schema.items as Schema) : undefined;
    for (let i = 0; i < value.length; i++) {
      const why = ungrounded(value[i], items, sources, `${path}/${i}`, key, depth + 1, derived);
      if (why) return why;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const props = schema && typeof schema.properties === 'object' ? (schema.properties as Record<string, Schema>) : undefined;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const why = ungrounded(v, props?.[k], sources, `${path}/${k}`, k, depth + 1, derived);
      if (why) return why;
    }
    return undefined;
  }
  let hint: string | undefined;
  for (const g of sources) {
    const h = typeof value === 'number' ? numberHint(value, schema, key, g) : typeof value === 'string' ? stringHint(value, schema, key, g) : undefined;
    if (h === undefined) return undefined;
    hint ??= h || undefined;
  }
  return `${path} = ${show(value)} is stated nowhere before the call${hint ? ` (${hint})` : ''}`;
}

/** undefined when number `v` is grounded by `g`; else '' or what a reader found instead. */
function numberHint(v: number, schema: Schema | undefined, key: string, g: Grounds): string | undefined {
  if (!Number.isFinite(v)) return 'not a finite number';
  if (g.hasNumber(round(v)) || g.hasNumber(round(-v))) return undefined;
  const numbers = g.numbers;
  if (schema && Array.isArray(schema.enum) && schema.enum.length <= 2) return undefined;
  const description = typeof schema?.description === 'string' ? schema.description : '';
  // An amount said in another unit than the parameter's ("3 minutes" for a length in seconds).
  const unit = unitOfParam(key, description);
  if (unit) for (const q of g.quantities) if (q.unit.dimension === unit.dimension && sameAtPrecision(convert(q.value, q.unit, unit), v)) return undefined;
  // An amount in cents said in the currency itself ("9.33" for 933).
  if (inMinorUnits(description) && numbers.has(round(v / 100))) return undefined;
  if (Number.isInteger(v) && g.relativeYears.has(v)) return undefined;
  // A latitude or longitude of the centre of a city named ("the weather in Lyon"); a store app id by its game ("Dota 2": 570).
  if (centreNamed(key, v, g.entities)) return undefined;
  const game = isAppKey(key) ? gameOfApp(v) : undefined;
  if (game && g.hasPhrase(normalise(game.name))) return undefined;
  // A month by its name ("for July" is month 7).
  if (/^month$/i.test(key) && Number.isInteger(v) && v >= 1 && v <= 12) for (const t of g.tokens) if (t.length >= 3 && monthOf(t) === v) return undefined;
  // A multiple of pi ("from 0 to 2 pi"), to the precision written.
  if (g.hasToken('pi') || g.hasInside('π')) for (const n of [1, ...numbers]) if (n !== 0 && sameAtPrecision(n * Math.PI, v)) return undefined;
  if (v !== 0) for (const n of numbers) if (n !== 0 && n !== v && Number.isInteger(Math.log10(Math.abs(v / n))) && Math.abs(v / n) >= 10) return `said with another magnitude: ${n}`;
  return '';
}

/** A search query of field:value parts: "brand:Apple", "track:Friends artist:Marshmello". */
const FIELD_PARTS = /^(?:[a-z_]{2,20}:[^\s:][^:]*?)(?:\s+[a-z_]{2,20}:[^\s:][^:]*?)*$/i;
const FIELD_KEY = /(?:^|\s+)[a-z_]{2,20}:/i;

/** undefined when string `value` is grounded by `g`; else '' or what a reader found instead. */
function stringHint(value: string, schema: Schema | undefined, key: string, g: Grounds): string | undefined {
  // Said as it is: most values are, and this is the one cheap look-up.
  const n = normalise(value);
  if (n === '' || g.hasPhrase(n)) return undefined;
  if (isDateValue(value)) return dateHint(value, g);
  const clock = clockOfValue(value);
  if (clock !== undefined && /^\s*\d/.test(value)) return g.clocks.has(clock) ? undefined : '';
  // A month of a year written in numbers ("04-2022" for April 2022).
  const my = MONTH_YEAR.exec(value.trim());
  if (my) return g.hasDate(`${my[2]}-${my[1].padStart(2, '0')}`) ? undefined : '';
  if (UNSPACED.test(n) && g.hasInside(n.replace(/ /g, ''))) return undefined;
  if (wordsSaid(value, g)) return undefined;
  // A place with its region or country ("Chicago, Illinois", "New York City, NY"): each part said or named.
  const parts = value.split(/\s*,\s*/).filter((p) => p !== '');
  if (parts.length > 1 && parts.every((p) => g.hasPhrase(normalise(p)) || wordsSaid(p, g) || namesEntityOf(p, g.entities))) return undefined;
  // A place said with the country, state or city a reader adds ("Hyderabad" sent as "Hyderabad, India").
  if (parts.length === 2 && (g.hasPhrase(normalise(parts[0])) || wordsSaid(parts[0], g)) && mayQualifyPlace(parts[0], parts[1])) return undefined;
  // A query in a search syntax of field:value parts ("track:Friends artist:Marshmello"), each value said.
  if (FIELD_PARTS.test(value)) {
    const values = value.split(FIELD_KEY).map((p) => p.trim()).filter((p) => p !== '');
    if (values.length > 0 && values.every((p) => g.hasPhrase(normalise(p)) || wordsSaid(p, g))) return undefined;
  }
  // A code or name the words of the request give ("euros" for EUR, "San Francisco" for CA, "New York" for America/New_York).
  if (value.length <= 60 && namesEntityOf(value, g.entities)) return undefined;
  if (centreNamed(key, value, g.entities)) return undefined;
  const words = n.split(' ');
  // Initials of words said ("SSN" for "social security numbers", "SD" for "San Diego").
  if (/^[\p{L}]{2,5}$/u.test(value) && g.hasInitials(value)) return undefined;
  // An abbreviation of a word said in full ("Jan" for "January").
  if (words.length === 1 && /^[a-z]{3,}$/.test(n) && g.hasPrefix(n)) return undefined;
  // A long free text (a message body, a description) may be paraphrased: most of its words.
  let content = 0;
  let contentFound = 0;
  for (const w of words) {
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    content++;
    if (g.hasToken(w) || g.hasWordForm(w)) contentFound++;
  }
  if (content >= 4 && contentFound / content >= 0.7) return undefined;
  if (words.length === 1 && g.hasSharedStem(n)) return undefined;
  if (unitSaid(n, g)) return undefined;
  if (schema && Array.isArray(schema.enum) && schema.enum.includes(value)) {
    // An enum choice the request implies: one of its words or their forms, or its everyday words.
    for (const w of words) if (g.hasToken(w) || g.hasStem4(w) || g.hasWordForm(w)) return undefined;
    for (const w of enumWays(value, true, key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase())) if (g.hasPhrase(normalise(w))) return undefined;
  }
  return '';
}

/**
 * Every word of the value said, by itself or in another form ("books" for "book"), a number as a
 * number ("five" for 5); a word of letters and digits ("KRML9WC6") only whole, never from its
 * digits said apart.
 */
function wordsSaid(value: string, g: Grounds): boolean {
  const raw = value.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (raw.length === 0) return false;
  for (const w of raw) {
    const n = normalise(w);
    if (g.hasPhrase(n)) continue;
    if (/^\d+(\.\d+)?$/.test(n)) {
      if (g.hasNumber(round(Number(n)))) continue;
      return false;
    }
    if (/\d/.test(n) || !g.hasWordForm(n)) return false;
  }
  return true;
}

/** A unit by its name ("km" for "kilometers"), or an area or volume unit by its length unit ("square feet"). */
function unitSaid(n: string, g: Grounds): boolean {
  const unit = UNIT_WORDS.get(n.replace(/ /g, ''));
  if (unit && unit.some((u) => g.hasPhrase(u) || g.hasPrefix(u))) return true;
  const w = n.split(' ');
  return w.length === 2 && POWER_OF_UNIT.test(w[0]) && UNIT_WORD_SET.has(w[1]) && (g.hasToken(w[1]) || g.hasWordForm(w[1]));
}

/** undefined when a date value is grounded: the day said (in any format or from the stated today), and its clock if it has one. */
function dateHint(value: string, g: Grounds): string | undefined {
  const days = datesOfValue(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (month) return g.hasDate(value.trim()) ? undefined : '';
  if (days.some((d) => g.hasDate(d))) return timeHint(value, g);
  // The first or last day of a month said ("since July 2022" is 2022-07-01).
  if (days.some((d) => g.hasDate(d.slice(0, 7)) && (d.endsWith('-01') || d === lastDayOf(d)))) return timeHint(value, g);
  if (g.anchor === undefined && RELATIVE_WORDS.test(g.text)) return 'a relative date needs the date of today stated, and none is';
  return '';
}

/** undefined when a date value's clock is said too, or it has none, or it is midnight (the start of the day said). */
function timeHint(value: string, g: Grounds): string | undefined {
  const clock = clockOfValue(value);
  if (clock === undefined || clock === '00:00' || g.clocks.has(clock)) return undefined;
  return `the day is said, not the time ${clock}`;
}

const lastDayOf = (iso: string): string => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).toISOString().slice(0, 10);
