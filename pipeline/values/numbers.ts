/**
 * Numbers: the schema's bounds, narrowed by what the property means (a rating 1-5, a price
 * 5-2000, a year near today, a coordinate in the object's city), rounded as a person writes them.
 */
import type { ItemWorld } from '../../core/plan.js';
import type { Rng } from '../../core/rng.js';
import { snake } from './kinds.js';
import type { Schema } from './schema.js';

/** [name pattern, low, high, decimals] used when the schema leaves a bound open. */
const NUMBER_RULES: readonly (readonly [RegExp, number, number, number])[] = [
  [/(^|_)(change|delta)$/, -5, 5, 2],
  [/rate_pct$/, 1, 12, 2],
  [/(^|_)months$/, 12, 360, 0],
  [/(^|_)(temp|temperature|feels_like|high|low|dew_point)(_[a-z]+)?$|_temp(erature)?$/, -5, 35, 1],
  [/(^|_)(pct|percent|percentage|humidity|probability_pct|confidence)$|_pct$|_percent$/, 0, 100, 0],
  [/(^|_)(rating|stars|average_rating)$/, 1, 5, 1],
  [/(^|_)rate$/, 0.5, 2, 4],
  [/(^|_)(lat|latitude)$/, -60, 70, 4],
  [/(^|_)(lon|lng|longitude)$/, -170, 170, 4],
  [/(^|_)uv(_index|_max)?$/, 0, 11, 1],
  [/(^|_)month$/, 1, 12, 0],
  [/(^|_)(day|day_of_month)$/, 1, 28, 0],
  [/(^|_)hour$/, 0, 23, 0],
  [/(^|_)page$/, 1, 5, 0],
  [/(^|_)(limit|per_page|page_size|max_results|top_n|max_hits|size)$/, 5, 50, 0],
  [/(^|_)duration_ms$/, 90_000, 420_000, 0],
  [/(^|_)(quantity|count|guests|adults|children|seats|people|members|member_count|passengers)$/, 1, 6, 0],
  [/(^|_)(followers|subscribers|views|plays|likes|downloads|reports|total_reports|listeners|shares|votes|hits|total_results|total_hits)$|_count$/, 0, 50_000, 0],
  [/per_(kwh|unit|liter|litre|gallon|kg|lb|minute|mb|gb)$/, 0.1, 3, 2],
  [/(^|_)years(_[a-z]+)?$/, 1, 30, 0],
  [/(price|amount|total|cost|payment|paid|interest|fee)/, 5, 2000, 2],
  [/(^|_)(distance|km|miles)(_[a-z]+)?$/, 1, 500, 1],
  [/(minutes|_min|duration)$/, 5, 240, 0],
  [/(^|_)(days|nights)$/, 1, 14, 0],
  [/(^|_)(age)$/, 18, 80, 0],
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

const YEAR = /(^|_)(year|years?_built|year_built|model_year|birth_year|season|founded|release_year|publication_year|from_year|to_year|start_year|end_year|vintage)$/;

/** The range a year field means around today: a birth year makes an adult, a model year is recent. */
function yearRange(key: string, world: ItemWorld): readonly [number, number] {
  const y = Number(world.today.slice(0, 4));
  if (/birth/.test(key)) return [y - 80, y - 19];
  if (/built|founded/.test(key)) return [y - 70, y - 1];
  if (/model|vintage/.test(key)) return [y - 12, y + 1];
  return [y - 4, y];
}

/** Temperatures in the user's units (a Fahrenheit user reads 72, not 22). */
const TEMP = /(^|_)(temp|temperature|feels_like|high|low|temp_(high|low|max|min)|(high|low|max|min)_temp)$/;

export function genNumber(schema: Schema, rng: Rng, key: string, integer: boolean, world?: ItemWorld): number {
  let lo = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  let hi = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  const k0 = snake(key);
  if (world && YEAR.test(k0)) {
    const [ylo, yhi] = yearRange(k0, world);
    if (Math.max(lo, ylo) <= Math.min(hi, yhi)) return rng.int(Math.ceil(Math.max(lo, ylo)), Math.floor(Math.min(hi, yhi)));
  }
  if (world?.locale.units === 'imperial' && TEMP.test(k0) && schema.multipleOf === undefined) {
    const [flo, fhi] = [Math.max(lo, 25), Math.min(hi, 95)];
    if (flo <= fhi) return integer ? rng.int(Math.ceil(flo), Math.floor(fhi)) : Math.round((flo + rng.next() * (fhi - flo)) * 10) / 10;
  }
  const step = integer ? 1 : 0.01;
  if (typeof schema.exclusiveMinimum === 'number') lo = Math.max(lo, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === 'number') hi = Math.min(hi, schema.exclusiveMaximum - step);
  let decimals = integer ? 0 : -1;
  const k = k0;
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

