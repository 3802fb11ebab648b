/**
 * Class 1: a search or listing whose result ignores a filter of the call: an item listed that
 * breaks one (a price above max_price, a date outside from/to, another genre or city, an
 * online device for only_offline, a place outside the radius), or more items than the limit.
 * The class applies to a record when some filter of a successful read call can be judged on
 * some listed item (the item holds the field the filter is about).
 */
import { CLEAN, finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { words } from '../fields.js';
import { area, category, dateBound, numericBound, yesNo, type FilterContext, type Verdict } from '../filter-rules.js';
import { isObject, paramSchema, type CallView } from '../record-view.js';
import { FILLER } from './filler-names.js';

/** Verbs of calls that read: search, list, find... (the evolved pool's synonyms too). */
const READ_VERBS = new Set([
  'search', 'find', 'list', 'get', 'browse', 'discover', 'query', 'lookup', 'look', 'filter', 'explore', 'locate', 'fetch', 'retrieve',
  'compare', 'show', 'recommend', 'suggest', 'check', 'scan', 'view', 'obtain', 'read', 'seek', 'hunt', 'pull', 'scout',
]);
const LIMITS = new Set(['limit', 'max_results', 'page_size', 'per_page', 'top_n', 'max_items', 'results_per_page', 'num_results', 'n_results', 'max_count', 'pagesize', 'perpage']);

type Item = Readonly<Record<string, unknown>>;

/** The lists of objects a result holds: its top level, or inside a data/result envelope. */
export function listsOf(result: unknown): { key: string; items: Item[] }[] {
  if (!isObject(result)) return [];
  const out: { key: string; items: Item[] }[] = [];
  for (const root of [result, result.data, result.result]) {
    if (Array.isArray(root) && root.every(isObject)) out.push({ key: 'data', items: root });
    if (!isObject(root)) continue;
    for (const [k, v] of Object.entries(root)) if (Array.isArray(v) && v.length > 0 && v.every(isObject)) out.push({ key: k, items: v });
  }
  return out;
}

interface Filter {
  readonly key: string;
  readonly value: unknown;
  /** The filter's enum in the tool's schema (of its items, for an array). */
  readonly enum?: readonly unknown[];
}

function enumOf(schema: unknown): readonly unknown[] | undefined {
  if (!isObject(schema)) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum;
  return isObject(schema.items) && Array.isArray(schema.items.enum) ? schema.items.enum : undefined;
}

/** The call's filters: its arguments, and the fields of an object argument (filters: {...}); `near`-like objects whole. */
function filtersOf(call: CallView): Filter[] {
  const out: Filter[] = [];
  for (const [k, v] of Object.entries(call.args)) {
    const schema = paramSchema(call.def, k);
    out.push({ key: k, value: v, enum: enumOf(schema) });
    const inner = isObject(schema?.properties) ? schema.properties : {};
    if (isObject(v)) for (const [ik, iv] of Object.entries(v)) if (!isObject(iv)) out.push({ key: ik, value: iv, enum: enumOf(inner[ik]) });
  }
  return out;
}

/** A value made only of the generator's old filler words. */
const garbage = (v: string): boolean => {
  const t = v.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return t.length > 0 && t.every((x) => FILLER.has(x));
};

function judge(f: Filter, item: Item, list: string): Verdict | undefined {
  if (isObject(f.value)) return area(f.value, item);
  const ctx: FilterContext = { list, enum: f.enum, garbage };
  return numericBound(f.key, f.value, item) ?? dateBound(f.key, f.value, item) ?? yesNo(f.key, f.value, item) ?? category(f.key, f.value, item, ctx);
}

/** The call's listed items against its filters; undefined when no filter can be judged. */
export function ignoredFilter(call: CallView): Finding | undefined {
  if (call.failed || !READ_VERBS.has(words(call.name)[0])) return undefined;
  const lists = listsOf(call.result);
  if (lists.length === 0) return undefined;
  let judged = false;
  for (const f of filtersOf(call)) {
    const { key, value } = f;
    if (LIMITS.has(words(key).join('_')) && typeof value === 'number') {
      judged = true;
      const over = lists.find((l) => l.items.length > value);
      if (over) return finding(`${call.name}: ${key} ${value} but ${over.items.length} ${over.key} listed`);
      continue;
    }
    for (const list of lists) {
      for (const [i, item] of list.items.entries()) {
        const v = judge(f, item, list.key);
        if (!v) continue;
        judged = true;
        if (v.broken) return finding(`${call.name}: ${v.broken.startsWith('item') ? `${key}: ` : ''}${v.broken.replace('item', `${list.key}[${i}]`)}`);
      }
    }
  }
  return judged ? CLEAN : undefined;
}

export const filters: Detector = {
  key: 'filters',
  title: 'result ignores a filter',
  check: (view) => judgeAll(view.calls, ignoredFilter),
};
