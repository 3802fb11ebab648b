/**
 * Numeric filters on listed items: max_price caps every price, min_rating floors every rating,
 * a radius caps every distance (in the item's own unit), a range object (price: {min, max}) does
 * both, a minimum severity keeps items at or above it in the enum's order. An item outside is
 * given a value inside (rounded as its own was); one that cannot be is dropped.
 */
import { typeOf, type Schema } from '../../values/values.js';
import { admits, drawnLike, fitNumber } from './admits.js';
import { argValue, pin, type ArgLeaf, type CallContext, type Obj } from './call-context.js';
import { covers, endOf, isMoney, snake, stemOf, tokens } from './names.js';

/** Units, to the base of their dimension (meters, seconds, grams). */
const UNITS: Record<string, number> = {
  m: 1, meters: 1, metres: 1, km: 1000, mi: 1609.34, miles: 1609.34, ft: 0.3048, feet: 0.3048,
  ms: 0.001, s: 1, sec: 1, seconds: 1, min: 60, mins: 60, minutes: 60, h: 3600, hr: 3600, hrs: 3600, hours: 3600, days: 86_400, weeks: 604_800,
  g: 1, kg: 1000, lb: 453.6, lbs: 453.6,
};
const DIMENSION: Record<string, string> = { m: 'l', meters: 'l', metres: 'l', km: 'l', mi: 'l', miles: 'l', ft: 'l', feet: 'l', g: 'w', kg: 'w', lb: 'w', lbs: 'w' };
const dimensionOf = (u: string): string => DIMENSION[u] ?? 't';

function splitUnit(t: readonly string[]): [string[], string | undefined] {
  const unit = t.find((x) => x in UNITS && x !== 'min');
  return [t.filter((x) => x !== unit), unit];
}

export type ItemRule = (it: Obj, c: CallContext) => boolean;

interface Side {
  readonly leaf: ArgLeaf;
  /** Multiply the argument by this to get the item field's unit. */
  readonly scale: number;
}

const MONEY_WORD = /^(price|prices|cost|costs|amount|fare|fares|fee|fees|total|charge)$/;
const PER_UNIT = /^(nightly|hourly|daily|weekly|monthly|yearly|annual|night|hour|day|week|month|unit|base)$/;
const NOT_A_PRICE = /^(change|delta|diff|difference|discount|savings|saved|tax|taxes|tip|refund|refunded|balance|limit|budget|spent)$/;
const LIMIT = /^(limit|max_results|page_size|per_page|results_per_page|max_hits|max_entries|max_items|top_n|top_k|num_results|max_count|rows|size)$/;

/** The item's numeric fields a bound argument is about. */
function fieldsFor(leaf: ArgLeaf, iprops: Record<string, Schema>): [string, number][] {
  const numeric = Object.keys(iprops).filter((k) => (typeOf(iprops[k]) === 'number' || typeOf(iprops[k]) === 'integer') && !iprops[k].enum);
  let [stem, unit] = splitUnit(stemOf(leaf.name));
  if (stem[0] === 'radius') stem = ['distance', ...stem.slice(1)];
  const scaled = (f: string): [string, number] | undefined => {
    const fu = splitUnit(tokens(f))[1];
    if (!unit || !fu) return [f, 1];
    return dimensionOf(unit) === dimensionOf(fu) ? [f, UNITS[unit] / UNITS[fu]] : undefined;
  };
  const pick = (ok: (f: string) => boolean): [string, number][] => numeric.filter(ok).map(scaled).filter((x): x is [string, number] => x !== undefined);
  const own = (f: string): string[] => splitUnit(tokens(f))[0];
  const money = tokens(leaf.name).includes('budget');
  let out = stem.length > 0 ? pick((f) => covers(own(f), stem)) : unit ? pick((f) => own(f).length === 0 && splitUnit(tokens(f))[1] !== undefined) : money ? pick((f) => isMoney(f)) : [];
  if (isMoney(stem.join('_'))) out = out.filter(([f]) => isMoney(f));
  // A bound on a price in general is on every price the items show, by any money word (min_price on a
  // rate's amount, on a hotel's nightly rate and its total; max_cost on a fare), not on what is no price (a change, a tax).
  if (stem.length === 1 && MONEY_WORD.test(stem[0])) {
    const prices = pick((f) => !own(f).some((t) => NOT_A_PRICE.test(t)) && ((isMoney(f) && own(f).some((t) => MONEY_WORD.test(t))) || (own(f).includes('rate') && own(f).some((t) => PER_UNIT.test(t)))));
    out = [...out, ...prices.filter(([f]) => !out.some(([g]) => g === f))];
  }
  if (out.length === 0 && leaf.parentTokens.length > 0) out = pick((f) => covers(own(f), leaf.parentTokens.slice(-1)));
  // A rating is a vote average or a score where there is no rating.
  if (out.length === 0 && (stem.includes('rating') || leaf.parentTokens.includes('rating'))) out = pick((f) => /^(vote_average|average_rating|stars|score|average_score)$/.test(f));
  if (out.length === 0 && stem.length > 0) {
    const last = stem[stem.length - 1];
    const one = pick((f) => own(f)[own(f).length - 1] === last);
    if (one.length === 1) out = one;
  }
  return out;
}

/** A value in [lo, hi] (open sides closed near the other), admitted by `s` and rounded like `like`. */
function inside(s: Schema, lo: number, hi: number, like: number, c: CallContext): number | undefined {
  if (typeof s.minimum === 'number') lo = Math.max(lo, s.minimum);
  if (typeof s.maximum === 'number') hi = Math.min(hi, s.maximum);
  if (typeof s.exclusiveMinimum === 'number') lo = Math.max(lo, s.exclusiveMinimum + 1e-6);
  if (typeof s.exclusiveMaximum === 'number') hi = Math.min(hi, s.exclusiveMaximum - 1e-6);
  if (lo > hi) return undefined;
  if (!Number.isFinite(lo)) lo = hi > 0 ? hi * 0.5 : hi - 10;
  if (!Number.isFinite(hi)) hi = lo > 0 ? lo * 1.5 : lo + 10;
  for (const x of [drawnLike(lo + c.rng.next() * (hi - lo), like), drawnLike(lo + (hi - lo) / 2, like), lo, hi]) {
    const v = fitNumber(s, x, like);
    if (v !== undefined && v >= lo - 1e-9 && v <= hi + 1e-9) return v;
  }
  const i = typeOf(s) === 'integer' ? Math.ceil(lo) : lo;
  return i <= hi && admits(s, i) ? i : undefined;
}

/** Rules keeping each listed item inside the call's numeric and ordinal bounds. */
export function boundRules(leaves: readonly ArgLeaf[], iprops: Record<string, Schema>): ItemRule[] {
  const byField = new Map<string, { lower: Side[]; upper: Side[] }>();
  const rules: ItemRule[] = [];
  for (const leaf of leaves) {
    if (LIMIT.test(snake(leaf.name))) continue;
    const end = endOf(leaf.name) ?? (tokens(leaf.name)[0] === 'radius' ? 'upper' : undefined);
    if (!end) continue;
    if (leaf.type === 'string' && Array.isArray(leaf.schema.enum)) {
      const order = leaf.schema.enum as unknown[];
      const f = Object.keys(iprops).find((k) => Array.isArray(iprops[k].enum) && covers(tokens(k), stemOf(leaf.name)));
      if (f) rules.push(ordinalRule(leaf, f, order, end, iprops[f]));
      continue;
    }
    if (leaf.type !== 'number' && leaf.type !== 'integer') continue;
    for (const [f, scale] of fieldsFor(leaf, iprops)) {
      let e = byField.get(f);
      if (!e) byField.set(f, (e = { lower: [], upper: [] }));
      (end === 'lower' ? e.lower : e.upper).push({ leaf, scale });
    }
  }
  for (const [f, { lower, upper }] of byField) {
    const s = iprops[f];
    rules.push((it, c) => {
      const x = it[f];
      if (typeof x !== 'number') return true;
      let lo = -Infinity;
      let hi = Infinity;
      for (const side of lower) {
        const v = argValue(c.args, side.leaf);
        if (typeof v === 'number') lo = Math.max(lo, v * side.scale);
      }
      for (const side of upper) {
        const v = argValue(c.args, side.leaf);
        if (typeof v === 'number') hi = Math.min(hi, v * side.scale);
      }
      if (lo === -Infinity && hi === Infinity) return true;
      pin(c, it, f);
      if (x >= lo && x <= hi) return true;
      const v = inside(s, lo, hi, x, c);
      if (v === undefined) return false;
      it[f] = v;
      return true;
    });
  }
  return rules;
}

function ordinalRule(leaf: ArgLeaf, f: string, order: readonly unknown[], end: 'lower' | 'upper', fs: Schema): ItemRule {
  return (it, c) => {
    const v = argValue(c.args, leaf);
    const at = order.indexOf(v);
    if (at < 0 || it[f] === undefined) return true;
    const ok = (x: unknown): boolean => {
      const i = order.indexOf(x);
      return i >= 0 && (end === 'lower' ? i >= at : i <= at);
    };
    pin(c, it, f);
    if (ok(it[f])) return true;
    const allowed = (fs.enum as unknown[]).filter(ok);
    if (allowed.length === 0) return false;
    it[f] = allowed[Math.floor(c.rng.next() * allowed.length)];
    return true;
  };
}
