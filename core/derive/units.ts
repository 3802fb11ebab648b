/**
 * Amounts in a unit ("5 miles", "two hours") converted into the unit a parameter is in
 * (`radius_km`, "duration in minutes"). The planner words implied values with the same unit
 * table, so both sides agree on what "5 miles" is in kilometres; the conversion factors are
 * the exact definitions (a mile is 1609.344 m).
 */
import { numberInWords } from './numbers.js';

export type Dimension = 'length' | 'mass' | 'volume' | 'time' | 'speed' | 'temperature' | 'power';

export interface Unit {
  readonly id: string;
  readonly dimension: Dimension;
  /** Base units per one of this unit (metres, kilograms, litres, seconds, metres a second). */
  readonly factor: number;
  /** How people say it: singular, then plural. */
  readonly words: readonly [string, string];
  /** How a parameter name or description may name it (snake_case name parts, description words). */
  readonly names: readonly string[];
}

const u = (id: string, dimension: Dimension, factor: number, words: [string, string], names: string[]): Unit => ({ id, dimension, factor, words, names });

export const UNITS: readonly Unit[] = [
  u('km', 'length', 1000, ['kilometer', 'kilometers'], ['km', 'kilometers', 'kilometres', 'kilometer', 'kilometre']),
  u('m', 'length', 1, ['meter', 'meters'], ['m', 'meters', 'metres', 'meter', 'metre']),
  u('cm', 'length', 0.01, ['centimeter', 'centimeters'], ['cm', 'centimeters', 'centimetres']),
  u('mi', 'length', 1609.344, ['mile', 'miles'], ['mi', 'miles', 'mile']),
  u('ft', 'length', 0.3048, ['foot', 'feet'], ['ft', 'feet', 'foot']),
  u('in', 'length', 0.0254, ['inch', 'inches'], ['inches', 'inch']),
  u('kg', 'mass', 1, ['kilogram', 'kilograms'], ['kg', 'kilograms', 'kilos', 'kilogram']),
  u('g', 'mass', 0.001, ['gram', 'grams'], ['grams', 'gram']),
  u('lb', 'mass', 0.45359237, ['pound', 'pounds'], ['lb', 'lbs']),
  u('oz', 'mass', 0.028349523125, ['ounce', 'ounces'], ['oz', 'ounces']),
  u('l', 'volume', 1, ['liter', 'liters'], ['liters', 'litres', 'liter', 'litre']),
  u('ml', 'volume', 0.001, ['milliliter', 'milliliters'], ['ml', 'milliliters', 'millilitres']),
  u('gal', 'volume', 3.785411784, ['gallon', 'gallons'], ['gal', 'gallons', 'gallon']),
  u('s', 'time', 1, ['second', 'seconds'], ['seconds', 'secs', 'sec']),
  u('min', 'time', 60, ['minute', 'minutes'], ['minutes', 'mins', 'min']),
  u('h', 'time', 3600, ['hour', 'hours'], ['hours', 'hrs', 'hr']),
  u('d', 'time', 86_400, ['day', 'days'], ['days']),
  u('wk', 'time', 604_800, ['week', 'weeks'], ['weeks']),
  u('kmh', 'speed', 1000 / 3600, ['kilometer per hour', 'kilometers per hour'], ['kmh', 'kph', 'km_h']),
  u('mph', 'speed', 1609.344 / 3600, ['mile per hour', 'miles per hour'], ['mph']),
  u('c', 'temperature', 1, ['degree Celsius', 'degrees Celsius'], ['c', 'celsius']),
  u('f', 'temperature', 1, ['degree Fahrenheit', 'degrees Fahrenheit'], ['f', 'fahrenheit']),
  u('kw', 'power', 1000, ['kilowatt', 'kilowatts'], ['kw', 'kilowatts']),
  u('mw', 'power', 1e6, ['megawatt', 'megawatts'], ['mw', 'megawatts']),
];
const BY_ID = new Map(UNITS.map((x) => [x.id, x]));
/** A unit by a word people say for it ("miles", "km", "hour"); lower case. */
const BY_WORD = new Map<string, Unit>();
for (const x of UNITS) for (const w of [...x.words, ...x.names, x.id]) if (!BY_WORD.has(w.toLowerCase())) BY_WORD.set(w.toLowerCase(), x);
BY_WORD.set('pound', BY_ID.get('lb') as Unit);
BY_WORD.set('pounds', BY_ID.get('lb') as Unit);
BY_WORD.set('km/h', BY_ID.get('kmh') as Unit);
// A stay is counted in nights: "3 nights from June 1" ends June 4.
BY_WORD.set('night', BY_ID.get('d') as Unit);
BY_WORD.set('nights', BY_ID.get('d') as Unit);
BY_WORD.set('°c', BY_ID.get('c') as Unit);
BY_WORD.set('°f', BY_ID.get('f') as Unit);

/** The unit a word names ("miles", "km", "hour", "seconds"), lower case, or undefined. */
export const unitOfWord = (w: string): Unit | undefined => BY_WORD.get(w.toLowerCase()) ?? BY_WORD.get(w.toLowerCase().replace(/s$/, ''));

/** The unit of the table with id `id` ("km", "min"). */
export const unitById = (id: string): Unit => BY_ID.get(id) as Unit;
/** Every word the table reads as a unit, lower case. */
export const unitWords = (): string[] => [...BY_WORD.keys()];

/** A value in `from` expressed in `to` (same dimension). */
export function convert(x: number, from: Unit, to: Unit): number {
  if (from.dimension === 'temperature') {
    if (from.id === to.id) return x;
    return from.id === 'c' ? (x * 9) / 5 + 32 : ((x - 32) * 5) / 9;
  }
  return (x * from.factor) / to.factor;
}

/** Decimals a number is written with (2 for 8.05). */
export function decimalsOf(v: number): number {
  const s = String(v);
  const e = s.indexOf('e-');
  if (e >= 0) return Number(s.slice(e + 2));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * `x` equals `v` to the precision `v` is written with (8.0467 is 8.05 to two decimals); a value
 * right between rounds up (8.045 is 8.05, 1.5 is 2 and not 1).
 */
export function sameAtPrecision(x: number, v: number): boolean {
  const d = decimalsOf(v);
  const half = 0.5 * 10 ** -d;
  const off = Math.abs(x - v);
  return off < half - 1e-9 || (off <= half + 1e-9 && x < v);
}

const PARAM_UNIT_PART = new Map<string, Unit>();
for (const x of UNITS) for (const n of x.names) PARAM_UNIT_PART.set(n, x);
// Ambiguous as a name's last part ("size_in", "area_m" are rare; money "pounds" is no weight).
const DESC_UNIT = /\b(?:in|of)\s+(kilomet(?:er|re)s|met(?:er|re)s|centimet(?:er|re)s|miles|feet|inches|kilograms|grams|ounces|lit(?:er|re)s|millilit(?:er|re)s|gallons|seconds|minutes|hours|days|weeks|celsius|fahrenheit|mph|km\/h)\b/i;

/**
 * The unit a numeric parameter is in: the last part of its name (`radius_km`, `durationMinutes`,
 * `posted_within_days`) or its description ("Distance in miles"). Undefined when neither says.
 */
export function unitOfParam(key: string, description: unknown): Unit | undefined {
  const parts = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\-\s]+/);
  const last = parts[parts.length - 1];
  if (parts.length > 1 || ['minutes', 'hours', 'days', 'weeks', 'seconds', 'miles', 'celsius', 'fahrenheit'].includes(last)) {
    const hit = PARAM_UNIT_PART.get(last);
    // A one-letter unit (m, g, c, f) only as a name's suffix: `temp_c`, `height_m`.
    if (hit && (last.length > 1 || parts.length > 1)) return hit;
  }
  if (typeof description === 'string') {
    const m = DESC_UNIT.exec(description);
    if (m) return BY_WORD.get(m[1].toLowerCase().replace(/res$/, 'ers'));
  }
  return undefined;
}

/** A description of an amount in the currency's smallest unit ("in cents", "smallest currency unit"): 933 is said "9.33". */
const MINOR_UNIT = /\b(smallest|minor)\s+(currency\s+)?units?\b|\bin\s+cents\b|\bcents\b|\bpence\b/i;
export const inMinorUnits = (description: unknown): boolean => typeof description === 'string' && MINOR_UNIT.test(description);

export interface Quantity {
  readonly value: number;
  readonly unit: Unit;
}

/** "5 miles", "206 km", "two hours", "an hour", "1.5 hours", "68 degrees Fahrenheit", "68°F": its number and unit. */
export function quantityOf(said: string): Quantity | undefined {
  const m = /^(.*?)\s*(°[cf]|[a-z/]+(?:\s+(?:per\s+hour|celsius|fahrenheit))?)$/i.exec(said.trim());
  if (!m) return undefined;
  const unitWord = m[2].toLowerCase().replace(/^degrees?\s+/, '');
  const unit = BY_WORD.get(unitWord) ?? BY_WORD.get(unitWord.replace(/s$/, ''));
  const numberText = m[1].replace(/\s*degrees?$/i, '').toLowerCase();
  const value = numberInWords(numberText === '' ? '1' : numberText);
  return unit && value !== undefined ? { value, unit } : undefined;
}
