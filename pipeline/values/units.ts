/**
 * A measured value in a unit that measures it (core/measures.ts): a lab test's result in the
 * test's own unit and within what a person's result can be (sodium 141 mmol/L, not 149.7 g/dL
 * or "bpm"), its reference range and interpretation read from that value; a crop statistic in
 * its units (a yield per area, an area in acres); an ingredient by volume, spoon or weight as
 * what it is (no vegetable oil in kilometres). The generator draws the unit apart from the label;
 * an object holding both is brought into agreement here.
 */
import { measureOf, type Measure, type UnitRange } from '../../core/measures.js';
import { mix32, textHash } from '../../core/rng.js';
import { snake } from './kinds.js';
import { forEachObject, type Schema } from './schema.js';
import { fits } from './siblings.js';
import { roundTo } from './numbers.js';

type Obj = Record<string, unknown>;

const UNIT_KEY = /^(unit|units|uom|unit_of_measure)$/;
const LAB_KEY = /^(display|observation_display|test_name|lab_test|test|analyte)$/;
const CROP_KEY = /^(statistic|statistic_name|stat|stat_category)$/;
const INGREDIENT_KEY = /^(name|ingredient|ingredient_name|item)$/;
const VALUE_KEY = /^(value|amount|quantity|result|value_quantity|qty)$/;

/** The measured thing an object names: a lab test, a crop statistic, or (in a list of ingredients) an ingredient. */
function measureIn(out: Obj, parentKey: string): Measure | undefined {
  const ingredients = /ingredient/.test(parentKey);
  for (const k in out) {
    const v = out[k];
    if (typeof v !== 'string') continue;
    const s = snake(k);
    if (LAB_KEY.test(s)) return measureOf(v, 'lab');
    if (CROP_KEY.test(s)) return measureOf(v, 'crop');
    if (ingredients && INGREDIENT_KEY.test(s)) return measureOf(v, 'ingredient');
  }
  return undefined;
}

/**
 * A value of `u` chosen by the value drawn (the same draw, the same value), within the schema's
 * bounds: mostly within the normal range where there is one.
 */
function valueIn(u: UnitRange, drawn: number, schema: Schema): number | undefined {
  const f = (mix32(textHash(String(drawn))) % 1000) / 1000;
  const normal = u.normal !== undefined && f < 0.7;
  let [lo, hi] = normal ? [Math.max(u.normal![0], u.span[0]), Math.min(u.normal![1], u.span[1])] : u.span;
  if (typeof schema.minimum === 'number') lo = Math.max(lo, schema.minimum);
  if (typeof schema.maximum === 'number') hi = Math.min(hi, schema.maximum);
  if (lo > hi) return undefined;
  return roundTo(lo + (normal ? f / 0.7 : f) * (hi - lo), u.decimals);
}

const rangeText = (u: UnitRange): string => {
  const [lo, hi] = u.normal!;
  return lo === 0 ? `<${hi}` : `${lo}-${hi}`;
};

/** Bring an object's unit, value, reference range and interpretation into agreement with what it measures. */
export function agreeUnit(out: Obj, schema: Schema, parentKey: string): void {
  const unitKey = Object.keys(out).find((k) => UNIT_KEY.test(snake(k)) && typeof out[k] === 'string');
  if (unitKey === undefined) return;
  const m = measureIn(out, snake(parentKey));
  if (!m) return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const unitSchema = props[unitKey] ?? { type: 'string' };
  let u = m.units.find((x) => x.unit === out[unitKey]);
  if (!u) {
    const usable = m.units.filter((x) => fits(unitSchema, x.unit));
    if (usable.length === 0) return;
    u = usable[textHash(String(out[unitKey])) % usable.length];
    out[unitKey] = u.unit;
  }
  const valueKey = Object.keys(out).find((k) => VALUE_KEY.test(snake(k)) && typeof out[k] === 'number');
  if (valueKey === undefined) return;
  const drawn = out[valueKey] as number;
  if (drawn < u.span[0] || drawn > u.span[1]) {
    const valueSchema = props[valueKey] ?? { type: 'number' };
    const v = valueIn(u, drawn, valueSchema);
    if (v !== undefined && fits(valueSchema, v)) out[valueKey] = v;
  }
  if (!u.normal) return;
  const value = out[valueKey] as number;
  if (typeof out.reference_range === 'string' && fits(props.reference_range ?? { type: 'string' }, rangeText(u))) out.reference_range = rangeText(u);
  if (typeof out.interpretation === 'string') {
    const outside = value < u.normal[0] || value > u.normal[1];
    const want = !outside ? 'normal' : out.interpretation === 'critical' ? 'critical' : value < u.normal[0] ? 'low' : 'high';
    if (fits(props.interpretation ?? { type: 'string' }, want)) out.interpretation = want;
  }
}

/** Every object of a tool's result measured in its own units: after the result's filters are applied, which may rename what a row measures. */
export function alignUnits(value: unknown, schema: Schema | undefined): void {
  forEachObject(value, schema, (o, props, key) => agreeUnit(o, { properties: props }, key));
}

const BASIS_LIST = /^(bids|cash_bids|offers|elevators|buyers)$/;

/**
 * A grain bid's basis is its cash price less the futures price, in dollars a bushel: where a
 * result gives the futures price and bids with both, each cash price is the futures price plus
 * its basis; a bid's unit is a price's (no cash price in bu/ac).
 */
export function agreeBasis(result: unknown): void {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return;
  const r = result as Obj;
  const futures = r.futures_price;
  for (const k of Object.keys(r)) {
    if (!BASIS_LIST.test(snake(k)) || !Array.isArray(r[k])) continue;
    for (const bid of r[k] as unknown[]) {
      if (bid === null || typeof bid !== 'object') continue;
      const b = bid as Obj;
      if (typeof b.cash_price !== 'number' || typeof b.basis !== 'number') continue;
      if (typeof futures === 'number') b.cash_price = roundTo(futures + b.basis, 2);
      if (typeof b.unit === 'string' && !/^(usd|\$)\//i.test(b.unit)) b.unit = 'USD/bu';
    }
  }
}

/**
 * An engine's power follows its cylinders (25-55 hp a cylinder: a four of 100-220 hp, a V8 of
 * 200-440): no 16-cylinder engine of 15 hp. Chosen by the power drawn, within the schema.
 */
export function agreeEngine(out: Obj, schema: Schema): void {
  const cylinders = out.cylinders;
  const hpKey = typeof out.horsepower === 'number' ? 'horsepower' : typeof out.hp === 'number' ? 'hp' : undefined;
  if (typeof cylinders !== 'number' || cylinders < 1 || hpKey === undefined) return;
  const hp = out[hpKey] as number;
  if (hp / cylinders >= 25 && hp / cylinders <= 55) return;
  const next = cylinders * (25 + (mix32(textHash(String(hp))) % 31));
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  if (fits(props[hpKey] ?? { type: 'number' }, next)) out[hpKey] = next;
}

const CVSS_SCORE = /^(base_score|cvss_score|cvss|cvss_base_score|cvss_v3_score|score)$/;
/** CVSS v3 severity bands (scores have one decimal): low 0.1-3.9, medium 4-6.9, high 7-8.9, critical 9-10. */
const BANDS: Readonly<Record<string, readonly [number, number]>> = { low: [0.1, 3.9], medium: [4, 6.9], high: [7, 8.9], critical: [9, 10] };
const bandOf = (score: number): string => Object.keys(BANDS).find((b) => score < BANDS[b][1] + 0.1) ?? 'critical';
/** The key of an object's CVSS score: a base score, or a plain score inside a CVSS object (`parentKey`). */
const cvssScoreKey = (o: Obj, parentKey: string): string | undefined =>
  Object.keys(o).find((k) => CVSS_SCORE.test(snake(k)) && typeof o[k] === 'number' && (k !== 'score' || /cvss/i.test(parentKey)));

/**
 * A CVSS score and its severity agree (7.5 is high, not medium): read on an object holding a
 * severity beside a base score (or a plain score within 0-10 in a CVSS object), in the case the
 * schema's enum uses.
 */
export function agreeCvss(out: Obj, schema: Schema, parentKey: string): void {
  if (typeof out.severity !== 'string') return;
  const sk = cvssScoreKey(out, parentKey);
  if (sk === undefined) return;
  const score = out[sk] as number;
  if (score < 0 || score > 10) return;
  const band = bandOf(score);
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const s = props.severity ?? { type: 'string' };
  const said = Array.isArray(s.enum) ? (s.enum as unknown[]).find((e) => typeof e === 'string' && e.toLowerCase() === band) : /^[A-Z]+$/.test(out.severity) ? band.toUpperCase() : band;
  if (typeof said === 'string' && fits(s, said)) out.severity = said;
}

/**
 * A result's CVSS scores inside their severity's band, after its filters: a severity asked for
 * (severity: LOW) stands, and the score moves into its band (the nearest edge), within the schema.
 */
export function alignCvss(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props, key) => {
    if (typeof o.severity !== 'string') return;
    const band = BANDS[o.severity.toLowerCase()];
    const sk = cvssScoreKey(o, key);
    if (!band || sk === undefined) return;
    const score = o[sk] as number;
    const next = Math.min(band[1], Math.max(band[0], score));
    if (next !== score && fits(props[sk] ?? { type: 'number' }, next)) o[sk] = next;
  });
}
