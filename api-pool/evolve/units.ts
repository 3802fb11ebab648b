/** Unit conversions for the adaptation operator's `units` variant (km → miles, °C → °F, USD → EUR ...). */
import type { Schema } from './schema.js';

export interface UnitConversion {
  /** Tokens that mark the source unit in a parameter name (e.g. radius_km). */
  readonly fromTokens: readonly string[];
  readonly toToken: string;
  /** Words in descriptions to replace. */
  readonly fromWords: RegExp;
  readonly toWord: string;
  readonly convert: (x: number) => number;
  readonly qualifier: readonly string[];
  readonly sentence: string;
  /** What is measured: a lineage converts each dimension once (no km → miles → km). */
  readonly dimension: string;
  /** Said in the variant's first sentence. */
  readonly phrase: string;
}

export const UNIT_CONVERSIONS: readonly UnitConversion[] = [
  { fromTokens: ['km', 'kilometers', 'kilometres'], toToken: 'miles', fromWords: /\bkilomet(?:re|er)s?\b|\bkm\b/gi, toWord: 'miles', convert: (x) => x * 0.621371, qualifier: ['in', 'miles'], sentence: 'Distances are given in miles instead of kilometres.', dimension: 'distance', phrase: 'with distances in miles' },
  { fromTokens: ['miles', 'mi'], toToken: 'km', fromWords: /\bmiles?\b/gi, toWord: 'kilometres', convert: (x) => x * 1.609344, qualifier: ['in', 'km'], sentence: 'Distances are given in kilometres instead of miles.', dimension: 'distance', phrase: 'with distances in kilometres' },
  { fromTokens: ['celsius', 'c'], toToken: 'fahrenheit', fromWords: /\bcelsius\b|°C/gi, toWord: 'Fahrenheit', convert: (x) => (x * 9) / 5 + 32, qualifier: ['in', 'fahrenheit'], sentence: 'Temperatures are expressed in degrees Fahrenheit rather than Celsius.', dimension: 'temperature', phrase: 'with temperatures in degrees Fahrenheit' },
  { fromTokens: ['fahrenheit', 'f'], toToken: 'celsius', fromWords: /\bfahrenheit\b|°F/gi, toWord: 'Celsius', convert: (x) => ((x - 32) * 5) / 9, qualifier: ['in', 'celsius'], sentence: 'Temperatures are expressed in degrees Celsius rather than Fahrenheit.', dimension: 'temperature', phrase: 'with temperatures in degrees Celsius' },
  { fromTokens: ['kg', 'kilograms'], toToken: 'lb', fromWords: /\bkilograms?\b|\bkg\b/gi, toWord: 'pounds', convert: (x) => x * 2.20462, qualifier: ['in', 'pounds'], sentence: 'Weights are given in pounds instead of kilograms.', dimension: 'weight', phrase: 'with weights in pounds' },
  { fromTokens: ['lb', 'lbs', 'pounds'], toToken: 'kg', fromWords: /\bpounds?\b|\blbs?\b/gi, toWord: 'kilograms', convert: (x) => x / 2.20462, qualifier: ['in', 'kg'], sentence: 'Weights are given in kilograms instead of pounds.', dimension: 'weight', phrase: 'with weights in kilograms' },
  { fromTokens: ['m', 'meters', 'metres'], toToken: 'feet', fromWords: /\bmet(?:re|er)s\b/gi, toWord: 'feet', convert: (x) => x * 3.28084, qualifier: ['in', 'feet'], sentence: 'Lengths are given in feet instead of metres.', dimension: 'length', phrase: 'with lengths in feet' },
  { fromTokens: ['cm'], toToken: 'inches', fromWords: /\bcentimet(?:re|er)s?\b|\bcm\b/gi, toWord: 'inches', convert: (x) => x / 2.54, qualifier: ['in', 'inches'], sentence: 'Sizes are given in inches instead of centimetres.', dimension: 'length', phrase: 'with sizes in inches' },
  { fromTokens: ['liters', 'litres', 'l'], toToken: 'gallons', fromWords: /\blit(?:re|er)s?\b/gi, toWord: 'US gallons', convert: (x) => x * 0.264172, qualifier: ['in', 'gallons'], sentence: 'Volumes are given in US gallons instead of litres.', dimension: 'volume', phrase: 'with volumes in US gallons' },
  { fromTokens: ['usd'], toToken: 'eur', fromWords: /\bUSD\b|\bUS dollars?\b/g, toWord: 'EUR', convert: (x) => x * 0.92, qualifier: ['in', 'eur'], sentence: 'Amounts are denominated in euros (EUR) instead of US dollars.', dimension: 'currency', phrase: 'with amounts in EUR' },
  { fromTokens: ['eur'], toToken: 'gbp', fromWords: /\bEUR\b|\beuros?\b/g, toWord: 'GBP', convert: (x) => x * 0.85, qualifier: ['in', 'gbp'], sentence: 'Amounts are denominated in pounds sterling (GBP) instead of euros.', dimension: 'currency', phrase: 'with amounts in GBP' },
  { fromTokens: ['minutes', 'mins'], toToken: 'hours', fromWords: /\bminutes?\b/gi, toWord: 'hours', convert: (x) => x / 60, qualifier: ['in', 'hours'], sentence: 'Durations are given in hours instead of minutes.', dimension: 'duration', phrase: 'with durations in hours' },
  { fromTokens: ['kwh'], toToken: 'mwh', fromWords: /\bkWh\b|\bkilowatt[- ]hours?\b/gi, toWord: 'MWh', convert: (x) => x / 1000, qualifier: ['in', 'mwh'], sentence: 'Energy is expressed in megawatt-hours instead of kilowatt-hours.', dimension: 'energy', phrase: 'with energy in MWh' },
];

function scaleNumber(x: unknown, f: (n: number) => number, integer: boolean): unknown {
  if (typeof x !== 'number') return x;
  const y = f(x);
  return integer ? Math.round(y) : Math.round(y * 100) / 100;
}

export function convertSchemaUnits(s: Schema, conv: UnitConversion): Schema {
  const out: Schema = { ...s };
  // A whole number of a much larger unit loses what it meant (90 minutes is not 1 or 2 hours).
  const coarser = Math.abs(conv.convert(1) - conv.convert(0)) < 0.5;
  if (s.type === 'integer' && coarser) out.type = 'number';
  const integer = out.type === 'integer';
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'default']) if (k in out) out[k] = scaleNumber(out[k], conv.convert, integer);
  if (Array.isArray(out.examples)) out.examples = (out.examples as unknown[]).map((e) => scaleNumber(e, conv.convert, integer));
  if ('multipleOf' in out) delete out.multipleOf;
  if (typeof out.description === 'string') out.description = (out.description as string).replace(conv.fromWords, conv.toWord);
  // Rounding can swap a tight pair of bounds or push the default outside; fix rather than fail.
  const lo = (out.minimum ?? out.exclusiveMinimum) as number | undefined;
  const hi = (out.maximum ?? out.exclusiveMaximum) as number | undefined;
  if (typeof lo === 'number' && typeof hi === 'number' && lo >= hi) {
    delete out.exclusiveMinimum;
    delete out.exclusiveMaximum;
    out.minimum = Math.min(lo, hi);
    out.maximum = Math.max(lo, hi) + (integer ? 1 : 0.01);
  }
  if (typeof out.default === 'number') {
    const d: number = out.default;
    if (typeof out.minimum === 'number' && d < out.minimum) out.default = out.minimum;
    if (typeof out.maximum === 'number' && d > out.maximum) out.default = out.maximum;
    if (typeof out.exclusiveMinimum === 'number' || typeof out.exclusiveMaximum === 'number') delete out.default;
  }
  if (Array.isArray(out.examples)) delete out.examples;
  return out;
}

export const UNIT_ENUM_PREFERENCE: Record<string, readonly string[]> = {
  metric: ['imperial', 'us'],
  imperial: ['metric', 'si'],
  celsius: ['fahrenheit'],
  fahrenheit: ['celsius'],
  c: ['f'],
  f: ['c'],
  km: ['mi', 'miles'],
  miles: ['km'],
  kg: ['lb', 'lbs'],
  usd: ['eur', 'gbp'],
  eur: ['usd', 'gbp'],
};

/** A unit enum value a variant is fixed to: what it measures and how its first sentence says it. */
export function fixedUnit(value: string): { dimension: string; phrase: string } {
  const v = value.toLowerCase();
  if (v === 'metric' || v === 'si') return { dimension: 'system', phrase: 'in metric units' };
  if (v === 'imperial' || v === 'us') return { dimension: 'system', phrase: 'in imperial (US) units' };
  if (v === 'celsius' || v === 'c') return { dimension: 'temperature', phrase: 'with temperatures in degrees Celsius' };
  if (v === 'fahrenheit' || v === 'f') return { dimension: 'temperature', phrase: 'with temperatures in degrees Fahrenheit' };
  if (v === 'km') return { dimension: 'distance', phrase: 'with distances in kilometres' };
  if (v === 'mi' || v === 'miles') return { dimension: 'distance', phrase: 'with distances in miles' };
  if (v === 'kg') return { dimension: 'weight', phrase: 'with weights in kilograms' };
  if (v === 'lb' || v === 'lbs') return { dimension: 'weight', phrase: 'with weights in pounds' };
  if (/^[a-z]{3}$/.test(v)) return { dimension: 'currency', phrase: `with amounts in ${value.toUpperCase()}` };
  return { dimension: v, phrase: `in ${value}` };
}

/** The trait key of a dimension: currency is one key whichever way it was fixed. */
export function unitKey(dimension: string): string {
  return dimension === 'currency' ? 'currency' : `unit:${dimension}`;
}
