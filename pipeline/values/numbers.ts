/** Numbers: the schema's bounds, narrowed by what the property means (a rating 1-5, a price 5-2000), rounded as a person writes them. */
import type { Rng } from '../../core/rng.js';
import type { Schema } from './schema.js';

/** [name pattern, low, high, decimals] used when the schema leaves a bound open. */
const NUMBER_RULES: readonly (readonly [RegExp, number, number, number])[] = [
  [/change/, -5, 5, 2],
  [/rate_pct$/, 1, 12, 2],
  [/months$/, 12, 360, 0],
  [/(temp|temperature|feels_like|high|low)/, -5, 35, 1],
  [/(pct|percent|humidity)/, 0, 100, 0],
  [/rating/, 1, 5, 1],
  [/rate$/, 0.5, 2, 4],
  [/(lat|latitude)$/, -60, 70, 4],
  [/(lon|lng|longitude)$/, -170, 170, 4],
  [/(price|amount|total|cost|payment|paid|interest|fee)/, 5, 2000, 2],
  [/(distance|km)/, 1, 500, 1],
  [/(minutes|_min|duration)$/, 5, 240, 0],
  [/(days|nights)$/, 1, 14, 0],
  [/(age)$/, 18, 80, 0],
  [/(quantity|count|guests|adults|children|seats|people)$/, 1, 6, 0],
  [/(weight_kg)$/, 45, 120, 1],
  [/(height_cm)$/, 150, 200, 0],
  [/volume$/, 10000, 90000000, 0],
];

/** Whether `v` is within the schema's minimum / maximum and exclusive bounds. */
export function inBounds(schema: Schema, v: number): boolean {
  if (typeof schema.minimum === 'number' && v < schema.minimum) return false;
  if (typeof schema.maximum === 'number' && v > schema.maximum) return false;
  if (typeof schema.exclusiveMinimum === 'number' && v <= schema.exclusiveMinimum) return false;
  if (typeof schema.exclusiveMaximum === 'number' && v >= schema.exclusiveMaximum) return false;
  return true;
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

export function genNumber(schema: Schema, rng: Rng, key: string, integer: boolean): number {
  let lo = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  let hi = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  const step = integer ? 1 : 0.01;
  if (typeof schema.exclusiveMinimum === 'number') lo = Math.max(lo, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === 'number') hi = Math.min(hi, schema.exclusiveMaximum - step);
  let decimals = integer ? 0 : -1;
  const k = key.toLowerCase();
  for (const [re, rlo, rhi, rdec] of NUMBER_RULES) {
    if (!re.test(k)) continue;
    // Use the rule's range only where it sits inside the schema's bounds.
    const nlo = Math.max(lo, rlo);
    const nhi = Math.min(hi, rhi);
    if (nlo <= nhi) [lo, hi] = [nlo, nhi];
    if (!integer) decimals = rdec;
    break;
  }
  if (lo === -Infinity && hi === Infinity) [lo, hi] = integer ? [1, 50] : [1, 500];
  else if (lo === -Infinity) lo = Math.min(hi, 0);
  else if (hi === Infinity) hi = lo + (integer ? 100 : 1000);
  if (integer) {
    lo = Math.ceil(lo);
    hi = Math.floor(hi);
  }
  if (decimals < 0) {
    const span = hi - lo;
    decimals = span >= 5000 ? 0 : span >= 50 ? 1 : 2;
  }
  // Large spans read better as round amounts (250000, not 251437).
  const span = hi - lo;
  const grain = integer && span >= 20000 ? 1000 : integer && span >= 2000 ? 50 : !integer && span >= 20000 ? 500 : 0;
  let v: number;
  if (grain > 0 && Math.ceil(lo / grain) <= Math.floor(hi / grain)) {
    v = grain * rng.int(Math.ceil(lo / grain), Math.floor(hi / grain));
  } else if (integer) {
    v = rng.int(lo, hi);
  } else {
    v = roundTo(lo + rng.next() * (hi - lo), decimals);
    if (v < lo) v = roundTo(v + 10 ** -decimals, decimals);
    if (v > hi) v = roundTo(v - 10 ** -decimals, decimals);
    if (v < lo || v > hi) v = lo;
  }
  if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) {
    const m = schema.multipleOf;
    v = m * Math.ceil(lo / m) + m * Math.floor(rng.next() * Math.max(1, Math.floor((hi - lo) / m) + 1));
    if (v > hi) v = m * Math.ceil(lo / m);
    v = roundTo(v, 6);
  }
  return Object.is(v, -0) ? 0 : v;
}

