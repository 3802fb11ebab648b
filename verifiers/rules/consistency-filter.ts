/**
 * consistency.filter: the items a search or list call returns break a filter the call asked
 * for: a price above max_price, a rating below min_rating, a category not among those asked,
 * a date outside from/to, a place outside the city or radius, more items than the limit.
 *
 * Judged only for tools that read (search_, list_, get_, find_...), on the result's lists of
 * objects, and only where the item has a field the filter clearly names:
 * - numbers: min_X / max_X / X_min / X_max (and X: {min, max}) bound the item's X, or its
 *   only field ending in _X (max_price → total_price); a minimum of 0 or more bounds the
 *   size of a signed amount (a debit of -120 passes min_amount 50);
 * - enums: an argument with an enum (or an array of enum values) filters the item field of
 *   the same name, its singular, or its singular without the item's own name (device_types
 *   → a device's type); an item value outside the enum's whole vocabulary means something
 *   else (a stadium in `venue`, not home/away) and is not judged;
 * - flags set to true: X_only / only_X (the item's X is true; nonstop_only: no stops;
 *   only_offline: not online), open_now and available_now; include_X / X_allowed set to
 *   false (the item's X is false);
 * - limit, max_results, page_size, per_page...: no list longer than that (threads, whose
 *   lists hold replies too, are not counted);
 * - dates and places: consistency-filter-dates.ts and consistency-filter-places.ts.
 */
import { atOf, type CallResult, type Consistency, type ItemTest, type Obj, type Schema } from './consistency-site.js';
import { dateFilters } from './consistency-filter-dates.js';
import { placeFilters } from './consistency-filter-places.js';
import { cached, singular, snake, verbKind } from './consistency-names.js';

/** A list of items of a result: its key and its objects. */
type Lists = readonly (readonly [string, readonly Obj[]])[];

const LIMIT = new Set(['limit', 'max_results', 'max_items', 'page_size', 'per_page', 'results_per_page', 'max_hits', 'max_entries', 'top_n', 'top_k', 'num_results']);
const NOT_ENUM_FILTER = /^(sort|order|format|units?|fields|include|view|output|response|expand|append|locale|language_code|precision|interval|granularity|aggregation|frequency|direction|scope|time_window|bucket|period|mode|profile|sections?|metrics?|variables?|search_in|match|similarity)(_|$)/;
const WILDCARD = /^(all|any|both|none|\*)$/i;
const BOUND = /^(?:(min|max|minimum|maximum)_(.+)|(.+)_(min|max|minimum|maximum))$/;
const NOT_BOUNDED = /(^|_)(results|items|hits|entries|count|age_days|age|depth_cm|free_slots)$/;

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The item field a filter on `x` means: x itself, or the item's only field ending in _x. */
function fieldFor(item: Obj, x: string): string | undefined {
  if (x in item) return x;
  let found: string | undefined;
  for (const k in item) {
    if (k.endsWith(`_${x}`)) {
      if (found !== undefined) return undefined;
      found = k;
    }
  }
  return found;
}

function boundTest(arg: string, x: string, lo: number | undefined, hi: number | undefined): ItemTest {
  return (item) => {
    const f = fieldFor(item, x);
    let v = f === undefined ? undefined : num(item[f]);
    if (v === undefined || f === undefined) return undefined;
    // A minimum on a signed amount bounds its size (debits are negative).
    if (v < 0 && lo !== undefined && lo >= 0 && hi === undefined) v = -v;
    if (lo !== undefined && v < lo - 1e-9) return `${f} = ${item[f] as number} is below ${arg} (${lo})`;
    if (hi !== undefined && v > hi + 1e-9) return `${f} = ${item[f] as number} is above ${arg} (${hi})`;
    return undefined;
  };
}

/** The bounds a {min, max} object states. */
function rangeObject(v: Obj): [number | undefined, number | undefined] {
  return [num(v.min ?? v.minimum ?? v.gte ?? v.from ?? v.low), num(v.max ?? v.maximum ?? v.lte ?? v.to ?? v.high)];
}

const enumItems = cached((k: string): readonly string[] => {
  const s = singular(snake(k));
  return s === k ? [k] : [k, s];
});

function enumTest(arg: string, chosen: readonly unknown[], vocabulary: readonly unknown[]): ItemTest {
  const norm = (v: unknown): unknown => (typeof v === 'string' ? v.toLowerCase() : v);
  const picked = new Set(chosen.map(norm));
  const all = new Set(vocabulary.map(norm));
  return (item, list) => {
    const own = `${singular(list)}_`;
    for (const c of enumItems(arg)) {
      for (const f of c.startsWith(own) ? [c, c.slice(own.length)] : [c]) {
        const v = item[f];
        if ((typeof v === 'string' || typeof v === 'number') && all.has(norm(v)) && !picked.has(norm(v))) {
          return `${f} = ${JSON.stringify(v)} is not among ${arg} ${JSON.stringify(chosen)}`;
        }
      }
    }
    return undefined;
  };
}

/** What a flag filter asks of an item field: its name and the value it must have, or a special test. */
type Flag = { readonly field: string; readonly want: boolean } | 'nonstop' | 'offline' | undefined;

/** The flag an argument's name makes when it is set to `value`. */
function flagOf(k: string, value: boolean): Flag {
  if (value && k === 'nonstop_only') return 'nonstop';
  if (value && k === 'only_offline') return 'offline';
  const only = /^(?:only_(.+)|(.+)_only)$/.exec(k);
  if (value && only) return { field: only[1] ?? only[2], want: true };
  if (value && (k === 'open_now' || k === 'available_now')) return { field: k, want: true };
  if (!value && /^include_.+$/.test(k)) return { field: k.slice(8), want: false };
  if (!value && /^.+_allowed$/.test(k)) return { field: k.slice(0, -8), want: false };
  return undefined;
}

function flagTest(arg: string, value: boolean, flag: Flag): ItemTest | undefined {
  if (flag === undefined) return undefined;
  if (flag === 'nonstop') return (item) => (num(item.stops) !== undefined && (item.stops as number) > 0 ? `stops = ${item.stops as number}, but ${arg} is true` : undefined);
  if (flag === 'offline') return (item) => (item.online === true ? `online = true, but ${arg} is true` : undefined);
  const { field: f, want } = flag;
  return (item) => {
    const v = item[f] ?? item[`is_${f}`];
    return typeof v === 'boolean' && v !== want ? `${item[f] === undefined ? `is_${f}` : f} = ${String(v)}, but ${arg} is ${String(value)}` : undefined;
  };
}

/** What an argument's name makes of it as a filter: computed once per name. */
interface FilterKey {
  readonly snake: string;
  /** min_X / max_X / X_min / X_max: the field X and which end. */
  readonly bound?: { readonly x: string; readonly min: boolean };
  /** year_from / from_year...: the year field and which end. */
  readonly year?: { readonly x: string; readonly from: boolean };
  /** An object {min, max} under this name may bound the field of the same name. */
  readonly range: boolean;
  /** An enum under this name may filter the items. */
  readonly enumFilter: boolean;
  readonly limit: boolean;
  readonly flagTrue: Flag;
  readonly flagFalse: Flag;
}

const filterKeyOf = cached((arg: string): FilterKey => {
  const k = snake(arg);
  const b = BOUND.exec(k);
  const x = b ? (b[2] ?? b[3]) : undefined;
  const yr = /^(?:(.+)_(from|to)|(from|to)_(.+))$/.exec(k);
  const yx = yr ? (yr[1] ?? yr[4]) : undefined;
  return {
    snake: k,
    bound: b && x !== undefined && !NOT_BOUNDED.test(x) ? { x, min: (b[1] ?? b[4]).startsWith('min') } : undefined,
    year: yr && yx !== undefined && /year/.test(yx) ? { x: yx, from: (yr[2] ?? yr[3]) === 'from' } : undefined,
    range: !NOT_BOUNDED.test(k),
    enumFilter: !NOT_ENUM_FILTER.test(k),
    limit: LIMIT.has(k),
    flagTrue: flagOf(k, true),
    flagFalse: flagOf(k, false),
  };
});

/** Every test the arguments of a call put on its items. */
function testsOf(args: Obj, props: Record<string, Schema>): ItemTest[] {
  const tests: ItemTest[] = [];
  for (const arg in args) {
    const v = args[arg];
    const fk = filterKeyOf(arg);
    const s = props[arg];
    if (typeof v === 'number') {
      if (fk.bound) tests.push(boundTest(arg, fk.bound.x, fk.bound.min ? v : undefined, fk.bound.min ? undefined : v));
      if (fk.year) tests.push(boundTest(arg, fk.year.x, fk.year.from ? v : undefined, fk.year.from ? undefined : v));
    } else if (typeof v === 'boolean') {
      const t = flagTest(arg, v, v ? fk.flagTrue : fk.flagFalse);
      if (t) tests.push(t);
    } else if (fk.range && v && typeof v === 'object' && !Array.isArray(v) && !(s?.properties as Obj | undefined)?.latitude) {
      const [lo, hi] = rangeObject(v as Obj);
      if (lo !== undefined || hi !== undefined) tests.push(boundTest(arg, fk.snake, lo, hi));
    }
    if (s && fk.enumFilter && (typeof v === 'string' || typeof v === 'number' || Array.isArray(v))) {
      const vocabulary = (Array.isArray(v) ? (s.items as Schema | undefined)?.enum : s.enum) as unknown[] | undefined;
      const chosen = Array.isArray(v) ? v : [v];
      if (Array.isArray(vocabulary) && chosen.length > 0 && !chosen.some((c) => typeof c === 'string' && WILDCARD.test(c))) tests.push(enumTest(arg, chosen, vocabulary));
    }
  }
  return tests;
}

/** Lists beside the results that describe them (facets, suggestions...), not results a filter bounds. */
const AUXILIARY = /^(facets?|aggregations?|aggs|buckets|filters|suggestions|related|warnings|errors|links|breadcrumbs|columns|fields|sort_options|available_filters)$/i;

/** The result's lists of objects, at its top and under a wrapper object (data, result). */
function listsOf(result: Obj): Lists {
  const out: [string, Obj[]][] = [];
  const scan = (o: Obj): void => {
    for (const k in o) {
      if (AUXILIARY.test(k)) continue;
      const v = o[k];
      if (Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) out.push([k, v as Obj[]]);
    }
  };
  scan(result);
  for (const w of ['data', 'result', 'results']) {
    const inner = result[w];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) scan(inner as Obj);
  }
  return out;
}

function tooMany(args: Obj, lists: Lists): string | undefined {
  for (const arg in args) {
    const n = args[arg];
    if (typeof n !== 'number' || !filterKeyOf(arg).limit) continue;
    for (const [key, items] of lists) {
      if (items.length > n && !items.some((i) => 'parent_id' in i || 'depth' in i || 'parentId' in i)) return `${key} lists ${items.length} items, more than ${arg} = ${n}`;
    }
  }
  return undefined;
}

export function checkFilters(cc: Consistency, pair: CallResult): void {
  const { call, result } = pair;
  if (!result || !call.args || verbKind(call.name) !== 'read') return;
  const lists = listsOf(result);
  if (lists.length === 0) return;
  const p = call.tool?.parameters as Schema | undefined;
  const props = (p?.properties ?? {}) as Record<string, Schema>;
  const at = atOf({ pair, inResult: true });
  const many = tooMany(call.args, lists);
  if (many) return cc.ctx.add('consistency.filter', `${call.name}: ${many}`, at);
  const tests = [...testsOf(call.args, props), ...dateFilters(call.name, call.args), ...placeFilters(call.args)];
  if (tests.length === 0) return;
  for (const [key, items] of lists) {
    for (let i = 0; i < items.length; i++) {
      for (const t of tests) {
        const why = t(items[i], key);
        if (why) return cc.ctx.add('consistency.filter', `${call.name}: ${key}[${i}].${why}`, at);
      }
    }
  }
}
