/**
 * A list a call returned, read for the person who asked: what the items are ("hotels", "fuel
 * types"), how many there are (and the total the service states), and the best few first by
 * what the request cares about: the cheapest when it asked for cheap or capped a price, the
 * nearest when it gave a radius or asked for near, the top rated when it asked for the best,
 * else the order the call asked for, else the order given.
 */
import { isIdLike, snake, tokens } from '../tool/names.js';
import type { Fact, FactScene } from './fact.js';
import { factOf, factsOf } from './facts.js';
import { keyInfo } from './keys.js';
import type { ApiSpec } from '../../../api-pool/types.js';
import { apiNounOf } from './nouns.js';
import { labelOf, plural, sayLabelValue, singularOf } from './words.js';

type Obj = Record<string, unknown>;

/** The call a list answers: what it asked with, and the tool. */
interface ListCall {
  readonly args: Readonly<Obj>;
  readonly api?: ApiSpec;
}

export type Order = 'cheapest' | 'nearest' | 'top' | 'sorted' | 'listed';

export interface Item {
  /** What the item is called ("Station Lodge"), or '' when it has no name. */
  readonly name: string;
  readonly facts: readonly Fact[];
}

export interface ListReading {
  readonly one: string;
  readonly many: string;
  readonly shown: number;
  /** The total the result states beside the list, when above what is listed. */
  readonly total?: number;
  /** Items in the order worth telling (the best first). */
  readonly items: readonly Item[];
  readonly order: Order;
  /** The fact the order is by (the price for cheapest, the sort field for sorted). */
  readonly by?: string;
}

/** List keys that hold the tool's own things (said with the tool's noun); "entries" or "rows" are said as they are. */
const GENERIC_LIST = /^(items|results|data|records|hits|matches|list|objects|docs|response|output)$/;
const SORT_ARG = /^(sort|sort_by|order_by|orderby|sort_field|sort_key|order|ranking|rank_by)$/;
const CAP_ARG = /(^|_)(max|maximum|under|below|budget|up_to|upto|cap|ceiling)(_|$)/;
const RADIUS_ARG = /(^|_)(radius|near|nearby|within|distance|max_distance)(_|$)/;
const CHEAP = /\b(cheap|cheaper|cheapest|budget|inexpensive|affordable|lowest price|low-cost|under \S*\d|less than \S*\d|at most \S*\d|no more than)/i;
const NEAR = /\b(nearest|closest|near me|nearby|close to|around here|walking distance)\b/i;
const BEST = /\b(best|top[- ]rated|highest[- ]rated|well[- ]reviewed|good reviews|highly rated)\b/i;

/** How to order the items: what the request cares about, given what the items carry. */
function orderOf(call: ListCall, ask: string, items: readonly Obj[]): { order: Order; key?: string; low: boolean } {
  const first = items[0] ?? {};
  const keys = Object.keys(first);
  const argKeys = Object.keys(call.args).map(snake);
  const money = keys.find((k) => typeof first[k] === 'number' && keyInfo(k).money && !keyInfo(k).countFirst);
  const distance = keys.find((k) => typeof first[k] === 'number' && /(^|_)(distance|dist)(_|$)/.test(snake(k)));
  const rating = keys.find((k) => typeof first[k] === 'number' && keyInfo(k).rating);
  const sortKey = Object.keys(call.args).find((k) => SORT_ARG.test(snake(k)) && typeof call.args[k] === 'string');
  if (sortKey) return { order: 'sorted', key: sortKey, low: false };
  if (money && (CHEAP.test(ask) || argKeys.some((k) => CAP_ARG.test(k) && /(price|rate|fare|cost|budget|amount|fee|rent|salary)/.test(k)))) return { order: 'cheapest', key: money, low: true };
  if (distance && (NEAR.test(ask) || argKeys.some((k) => RADIUS_ARG.test(k)))) return { order: 'nearest', key: distance, low: true };
  if (rating && (BEST.test(ask) || argKeys.some((k) => /(^|_)min_(rating|stars|score)$/.test(k)))) return { order: 'top', key: rating, low: false };
  return { order: 'listed', low: false };
}

const PUBLIC_ID = /^(cve_id|cve|isbn|isbn13|doi|flight|flight_number|flight_no|symbol|ticker|iata|iata_code|tracking_number|serial_number|vin|arxiv_id|accession|case_number|docket_number|policy_number|claim_number|order_number|invoice_number)$/;

/** How well a field names its item: 1 its name or title, 2 a public identifier, 3 a name-like field, 5 an identifier ("player"), 0 not at all; 4 (a short label) is decided by the value. */
interface NameKey {
  readonly rank: number;
  /** For identifiers: the words before the value ("player" of player_id). */
  readonly words: string;
}
const nameKeys = new Map<string, NameKey>();
function nameKey(k: string): NameKey {
  let n = nameKeys.get(k);
  if (n !== undefined) return n;
  const sk = snake(k);
  let rank = 0;
  let words = '';
  if (/^(name|title|display_name|headline|full_name|label)$/.test(sk)) rank = 1;
  else if (PUBLIC_ID.test(sk)) rank = 2;
  else if (/(^|_)(name|title|display_name|headline|full_name|label)$/.test(sk)) rank = 3;
  else if (isIdLike(k)) {
    if (!/(^|_)(url|uri|link|hash)$/.test(sk)) {
      const w = labelOf(k).words.replace(/ (ID|number|code)$/, '');
      if (w !== labelOf(k).words) {
        rank = 5;
        words = w;
      }
    }
  } else rank = 4;
  n = { rank, words };
  if (nameKeys.size < 20_000) nameKeys.set(k, n);
  return n;
}

/** An item's name: its name or title, else a public identifier, else a name-like field, else its first short label, else an identifier ("player 7LI8YPP3"), else ''. */
export function itemName(o: Obj): { name: string; key?: string } {
  let best: string | undefined;
  let rank = 6;
  for (const k in o) {
    const v = o[k];
    if (typeof v !== 'string') continue;
    const n = nameKey(k);
    if (n.rank === 0 || n.rank >= rank) continue;
    const fits = n.rank === 1 || n.rank === 3 ? v.length <= 80 : n.rank === 2 || n.rank === 5 ? v.length <= 24 : v.length <= 40 && /[a-z]/i.test(v) && !/^\d{4}-\d\d-\d\d/.test(v);
    if (!fits) continue;
    best = k;
    rank = n.rank;
    if (rank === 1) break;
  }
  if (best === undefined) return { name: '' };
  const v = o[best] as string;
  return { name: rank === 4 ? sayLabelValue(v) : rank === 5 ? `${nameKey(best).words} ${v}` : v, key: best };
}

/** The item's currency, when it states its own. */
function withUnit(scene: FactScene, o: Obj): FactScene {
  const c = o.currency;
  return typeof c === 'string' && /^[A-Z]{3}$/.test(c) ? { ...scene, currency: c } : scene;
}

export function listReading(call: ListCall, key: string, arr: readonly Obj[], body: Obj, scene: FactScene, ask: string): ListReading {
  const label = labelOf(key).words;
  const last = label.split(' ').pop() ?? '';
  let many: string;
  if (GENERIC_LIST.test(snake(key))) many = plural(call.api ? apiNounOf(call.api.name) : 'result');
  else if (!/s$/.test(last) || singularOf(last) === last) {
    // "by_fuel" lists fuel types: the items' own name field says what they are.
    const named = arr[0] ? itemName(arr[0]).key : undefined;
    many = named && !/^(names?|titles?|labels?)$/.test(named) ? plural(labelOf(named).words.replace(/ name$/, '')) : 'entries';
  } else many = label.replace(/^(by|top|recent|matching|all|list of) /, '');
  const one = singularOf(many);
  let total: number | undefined;
  for (const k in body) {
    const v = body[k];
    // A count of pages, or of what the call checked, is no count of the things listed (total_pages 82 beside
    // total_results 812; checked_count 3 beside one interaction found).
    if (k !== key && typeof v === 'number' && Number.isInteger(v) && v > arr.length && /(^|_)(total|count|results|hits|matches|found|entries|records)(_|$)/.test(snake(k)) && !/(^|_)(pages?|checked|processed|sent|scanned|analyzed)(_|$)/.test(snake(k))) total = v;
  }
  const { order, key: by, low } = orderOf(call, ask, arr);
  let ordered = arr;
  if (by && order !== 'sorted') {
    ordered = [...arr].sort((a, b) => {
      const x = typeof a[by] === 'number' ? (a[by] as number) : low ? Infinity : -Infinity;
      const y = typeof b[by] === 'number' ? (b[by] as number) : low ? Infinity : -Infinity;
      return low ? x - y : y - x;
    });
  }
  const items = ordered.slice(0, 3).map((o, at): Item => {
    const n = itemName(o);
    const skip = n.key ? new Set([n.key]) : undefined;
    // The first item is told with up to three facts, the others with one: word no more.
    const facts = factsOf(o, scene, skip, at === 0 ? 4 : 2).filter((f) => f.role !== 'id' && f.role !== 'stamp' && f.role !== 'text');
    if (by && order !== 'sorted') {
      // The fact the items are ordered by comes first ("at $435.07").
      const i = facts.findIndex((f) => f.key === by);
      const f = i >= 0 ? facts.splice(i, 1)[0] : factOf(by, o[by], withUnit(scene, o));
      if (f) facts.unshift(f);
    }
    return { name: n.name, facts };
  });
  const sortWords = order === 'sorted' && by ? sortWordsOf(String(call.args[by])) : undefined;
  const byWords = order === 'sorted' ? sortWords : by ? labelOf(by).words : undefined;
  return { one, many, shown: arr.length, ...(total !== undefined ? { total } : {}), items, order, ...(byWords ? { by: byWords } : {}) };
}

/** "price_asc" -> "price, lowest first"; "-created_at" -> "created at, newest first"; "popularity" -> "popularity". */
function sortWordsOf(v: string): string {
  const t = tokens(v);
  const asc = t.some((x) => /^(asc|ascending|lowest|cheapest|oldest|earliest|nearest|closest)$/.test(x));
  const desc = v.startsWith('-') || t.some((x) => /^(desc|descending|highest|newest|latest|most|top)$/.test(x));
  const words = t.filter((x) => !/^(asc|ascending|desc|descending|by|sort|order)$/.test(x)).map((x) => labelOf(x).words).join(' ');
  return `${words || 'your order'}${asc ? ', lowest first' : desc ? ', highest first' : ''}`;
}

const LIST_VERB = /^(search|list|find|discover|browse|enumerate|collect|query|explore|get_all|top|compare|recommend|suggest|rank|scan)$/;

/** Whether the list is what was asked for (a search, or a result that is little else) or a part of one thing looked up (a policy's coverages). */
export function isListAnswer(call: ListCall, others: readonly Fact[]): boolean {
  if (call.api && LIST_VERB.test(tokens(call.api.name)[0] ?? '')) return true;
  return others.filter((f) => f.role !== 'count' && f.role !== 'id' && f.role !== 'stamp' && f.role !== 'items' && f.role !== 'list').length <= 1;
}

