/**
 * Class 13: a result that states how many items there are (count, total, total_results,
 * <items>_count, num_<items>...) and lists more than that. A `total` next to a currency or an
 * amount is money, not a count, and is left alone.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { objects, words } from '../fields.js';

const COUNT_KEYS = new Set(['count', 'total', 'total_count', 'total_results', 'total_items', 'result_count', 'results_count', 'num_results', 'n_results', 'total_matches', 'match_count', 'matches_count', 'total_hits', 'hits_count', 'item_count', 'items_count']);
const MONEY = /^(currency|amount|price|subtotal|tax|balance|cost|fee|fees|total_amount|total_price|grand_total)$/;

/** games -> game, entries -> entry, matches -> match. */
const singularOf = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : /(ss|x|ch|sh)es$/.test(w) ? w.slice(0, -2) : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The count fields of an object with the list each one counts. */
export function countedLists(o: Readonly<Record<string, unknown>>): { key: string; count: number; list: string; listed: number }[] {
  const lists = Object.entries(o).filter((e): e is [string, unknown[]] => Array.isArray(e[1]));
  if (lists.length === 0) return [];
  const money = Object.keys(o).some((k) => MONEY.test(words(k).join('_')));
  const out: { key: string; count: number; list: string; listed: number }[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'number' || !Number.isInteger(v)) continue;
    const w = words(k).join('_');
    // "<items>_count", "num_<items>", "total_<items>": the list it names.
    const named = lists.find(([l]) => [l, singularOf(l)].some((n) => [`${n}_count`, `num_${n}`, `total_${n}`, `n_${n}`, `number_of_${n}`].includes(w)) || (w === 'citation_count' && /^(works|citing_works|cited_by|citations)$/.test(l)));
    if (named) out.push({ key: k, count: v, list: named[0], listed: named[1].length });
    else if (COUNT_KEYS.has(w) && !(w === 'total' && money) && lists.length === 1) out.push({ key: k, count: v, list: lists[0][0], listed: lists[0][1].length });
  }
  return out;
}

export const counts: Detector = {
  key: 'counts',
  title: 'count below the items listed',
  check: (view) =>
    judgeAll(
      view.calls.flatMap((call) => (call.failed ? [] : [...objects(call.result)].flatMap(({ object, path }) => countedLists(object).map((c) => ({ call, path, c }))))),
      ({ call, path, c }) => finding(c.count < c.listed ? `${call.name}: ${path ? `${path}.` : ''}${c.key} ${c.count} but ${c.listed} ${c.list} listed` : undefined),
    ),
};
