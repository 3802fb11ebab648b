/**
 * consistency.count: a result says how many there are and lists more than that beside it
 * (`"total": 2` next to three items). A count may be larger than the list (pages, samples);
 * it is never smaller.
 *
 * Which count goes with which list: `<x>_count`, `total_<x>`, `num_<x>`, `number_of_<x>`
 * with the list `<x>` (or its plural); a generic count (count, total, total_count,
 * total_results...) with the object's only list. `total` is a count only where it is an
 * integer and nothing beside it is money (a price, an amount, a currency), where it is a sum.
 */
import { atOf, type Obj, type Site } from './consistency-site.js';
import { snake } from './consistency-names.js';

const GENERIC = new Set(['count', 'total', 'total_count', 'total_results', 'num_results', 'result_count', 'results_count', 'total_items', 'item_count', 'num_found', 'total_hits', 'hits_count', 'results_total', 'total_size']);
const MONEY = /price|amount|cost|subtotal|tax|fee|currency|sum|balance|revenue|spend|spent|budget|limit|premium|charge/;

/** The list a count field names by its snake-case name ("breach_count" → breach, "total_entries" → entries), '' for a generic count, undefined for no count. */
export function countKeyOf(k: string): string | undefined {
  if (GENERIC.has(k)) return '';
  const m = /^(?:(.+)_count|total_(.+)|num_(.+)|number_of_(.+)|n_(.+))$/.exec(k);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) : undefined;
}

/** The list `name` means among the arrays of `o`, by its singular or plural. */
function listNamed(o: Obj, name: string): [string, unknown[]] | undefined {
  // A paper's citations are the works citing it.
  const also = name === 'citation' || name === 'citations' ? ['works', 'citing_works', 'cited_by'] : [];
  for (const k of [name, `${name}s`, `${name}es`, name.replace(/y$/, 'ies'), name.replace(/s$/, ''), ...also]) {
    const v = o[k];
    if (Array.isArray(v)) return [k, v];
  }
  return undefined;
}

function moneyBeside(o: Obj, list: unknown[]): boolean {
  for (const k in o) if (MONEY.test(snake(k))) return true;
  const first = list[0];
  if (first && typeof first === 'object' && !Array.isArray(first)) for (const k in first as Obj) if (MONEY.test(snake(k))) return true;
  return false;
}

/** The object's only list, or undefined when it has none or several. */
function onlyList(o: Obj): [string, unknown[]] | undefined {
  let found: [string, unknown[]] | undefined;
  for (const k in o) {
    const v = o[k];
    if (!Array.isArray(v)) continue;
    if (found) return undefined;
    found = [k, v];
  }
  return found;
}

/** Check count field `key` of `o` (naming list `name`, '' for a generic count); true when it reported. */
export function checkCountKey(o: Obj, key: string, name: string, site: Site): boolean {
  const n = o[key];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return false;
  if (name === 'word' || name === 'words') return checkWords(o, key, n, site);
  const list = name !== '' ? listNamed(o, name) : onlyList(o);
  if (!list || n >= list[1].length) return false;
  if (name === '' && snake(key) === 'total' && moneyBeside(o, list[1])) return false;
  site.cc.ctx.add('consistency.count', `${site.pair.call.name}: result ${key} = ${n}, but ${list[0]} lists ${list[1].length} item(s)`, atOf(site));
  return true;
}

const TEXT_KEYS = ['text', 'content', 'body', 'full_text', 'transcript', 'lyrics', 'article_text'];

/** A word count below the words of the text beside it (by more than one: hyphens and numbers are read two ways). */
function checkWords(o: Obj, key: string, n: number, site: Site): boolean {
  const t = TEXT_KEYS.find((k) => typeof o[k] === 'string');
  if (t === undefined) return false;
  const words = ((o[t] as string).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  if (n >= words - 1) return false;
  site.cc.ctx.add('consistency.count', `${site.pair.call.name}: result ${key} = ${n}, but ${t} has ${words} words`, atOf(site));
  return true;
}
