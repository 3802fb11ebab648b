/**
 * A sort order asked for (sort_by: price_asc, order_by: newest, sort: -created_at with
 * sort_order: desc) on a list's items: the value is read into a field of the item and a
 * direction: a direction sent, else the value's own word (lowest_rating), else the direction's
 * default, else the field's meaning (prices and distances cheapest and nearest first, ranks from
 * 1, dates newest first, ratings and counts highest first).
 */
import { typeOf, type Schema } from '../../values/values.js';
import { argValue, pin, sent, type ArgLeaf, type CallContext, type Obj } from './call-context.js';
import { covers, isMoney, snake, tokens } from './names.js';

const SORT_ARG = /^(sort|sort_by|order_by|orderby|sort_field|sort_key|order|ranking|sort_order|rank_by)$/;
const DIRECTION_ARG = /^(sort_order|order|direction|sort_direction|sort_dir|order_direction)$/;
const ASC = /^(asc|ascending|oldest|earliest|lowest|least|cheapest|closest|nearest|shortest|soonest|low|first)$/;
const DESC = /^(desc|descending|newest|latest|recent|highest|most|top|best|largest|longest|high|biggest)$/;
const DATEISH = /^(date|time|newest|oldest|latest|recent|earliest|published|created|updated|modified|posted|released|submitted|soonest)$/;
const POPULAR = /(popularity|followers|favourites|favorites|reblogs|views|plays|downloads|review_count|helpful|votes|citations|cited)/;
const RELEVANT = /^(score|relevance|similarity_score|relevance_score|match_score)$/;

interface Order {
  readonly field: string;
  readonly desc: boolean;
  /** Whether the value itself says the direction (lowest_rating, -created_at). */
  readonly hinted: boolean;
}

function orderOf(value: string, iprops: Record<string, Schema>): Order | undefined {
  const vt = tokens(value);
  // A value that is the name of a number or date of the items orders by it (sort_by: value, high, open, rank, year).
  const exact = Object.keys(iprops).find((k) => snake(k) === snake(value.replace(/^[-+]/, '')) && !iprops[k].enum && (/^(number|integer)$/.test(typeOf(iprops[k])) || iprops[k].format === 'date' || iprops[k].format === 'date-time'));
  if (exact) {
    const low = /(^|_)(price|cost|fee|fare|amount|distance|duration|rank|position)(_|$)/.test(snake(exact));
    return { field: exact, desc: value.startsWith('-') ? true : value.startsWith('+') ? false : !low, hinted: /^[-+]/.test(value) };
  }
  const hintDesc = vt.some((t) => DESC.test(t)) || value.startsWith('-');
  const hintAsc = vt.some((t) => ASC.test(t));
  const want = vt.filter((t) => !ASC.test(t) && !DESC.test(t) && !/^(by|sort|order|first|value)$/.test(t));
  const keys = Object.keys(iprops);
  const numeric = keys.filter((k) => /^(number|integer)$/.test(typeOf(iprops[k])) && !iprops[k].enum);
  const dates = keys.filter((k) => iprops[k].format === 'date' || iprops[k].format === 'date-time');
  let field: string | undefined;
  let kind: 'date' | 'money' | 'near' | 'high' | 'name' = 'high';
  if (want.length === 0 || want.every((t) => DATEISH.test(t))) {
    field = dates.find((k) => want.length > 0 && covers(tokens(k), want.filter((t) => !/^(date|time)$/.test(t)))) ?? dates.find((k) => covers(tokens(k), want)) ?? dates[0];
    kind = 'date';
    if (!field && vt.some((t) => DATEISH.test(t)) === false) return undefined;
  } else if (want.some((t) => /^(relevance|relevant|match|best_match)$/.test(t))) {
    field = numeric.find((k) => RELEVANT.test(snake(k)));
  } else if (want.some((t) => /^(popularity|popular|trending)$/.test(t))) {
    field = numeric.find((k) => POPULAR.test(snake(k)));
  } else if (want.some((t) => /^(price|cost|cheapest|fare|amount)$/.test(t))) {
    field = numeric.find((k) => covers(tokens(k), want)) ?? numeric.find((k) => isMoney(k));
    kind = 'money';
  } else if (want.some((t) => /^(distance|nearest|closest|proximity)$/.test(t))) {
    field = numeric.find((k) => tokens(k).includes('distance'));
    kind = 'near';
  } else if (want.some((t) => /^(name|title|alphabetical|alpha)$/.test(t))) {
    field = keys.find((k) => /^(name|title|display_name|label)$/.test(k));
    kind = 'name';
  } else {
    field = [...numeric, ...dates].find((k) => covers(tokens(k), want));
    // citation_count -> cited_by_count: the one field sharing the value's last word.
    const last = [...numeric, ...dates].filter((k) => tokens(k).includes(want[want.length - 1]));
    if (!field && last.length === 1) field = last[0];
    if (field && dates.includes(field)) kind = 'date';
    else if (field && /(^|_)(price|cost|fee|fare|amount|distance|duration)(_|$)/.test(snake(field))) kind = 'money';
  }
  if (!field) return undefined;
  const desc = hintDesc ? true : hintAsc ? false : kind === 'date' || kind === 'high';
  return { field, desc, hinted: hintDesc || hintAsc };
}

export type ListRule = (items: Obj[], c: CallContext) => void;

/** Items in the asked direction (sort_order: asc) of their first date, or first number, when no field is named. */
function directionOnly(dir: ArgLeaf, iprops: Record<string, Schema>): ListRule | undefined {
  const keys = Object.keys(iprops);
  const f = keys.find((k) => iprops[k].format === 'date' || iprops[k].format === 'date-time') ?? keys.find((k) => /^(number|integer)$/.test(typeOf(iprops[k])) && !iprops[k].enum && !/_id$|^id$/.test(k));
  if (!f) return undefined;
  return (items, c) => {
    const d = argValue(c.args, dir);
    if (typeof d === 'string' && /^(asc|ascending|desc|descending)$/i.test(d)) byField(items, f, /^desc/i.test(d));
  };
}

function byField(items: Obj[], f: string, desc: boolean): void {
  const key = (it: Obj): number | string | undefined => {
    const x = it[f];
    return typeof x === 'number' || typeof x === 'string' ? x : undefined;
  };
  items.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
    const cmp = x < y ? -1 : x > y ? 1 : 0;
    return desc ? -cmp : cmp;
  });
}

/** `items`' values of `f` reordered among them so that they run in the direction asked, in the items' present order. */
function alignField(items: Obj[], f: string, desc: boolean): void {
  const holders = items.filter((it) => typeof it[f] === 'number' || typeof it[f] === 'string');
  const values = holders.map((it) => it[f] as number | string).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  if (desc) values.reverse();
  holders.forEach((it, i) => {
    it[f] = values[i];
  });
}

/**
 * The rule ordering a list's items as the call asks, or undefined when the call asks no order
 * these items have. With several sort arguments (an evolved variant's sortBy beside its
 * criteria.sort), the first one sent orders the items and the values of the others' fields are
 * dealt out along that order, so the list runs the way each of them asks.
 */
export function sortRule(leaves: readonly ArgLeaf[], iprops: Record<string, Schema>): ListRule | undefined {
  const bys = leaves.filter((l) => SORT_ARG.test(snake(l.name)) && l.type === 'string' && !(Array.isArray(l.schema.enum) && (l.schema.enum as unknown[]).every((v) => typeof v === 'string' && /^(asc|desc|ascending|descending)$/i.test(v))));
  // A direction says ascending or descending (a citation tool's direction: cited_by is none).
  const dir = leaves.find(
    (l) => DIRECTION_ARG.test(snake(l.name)) && !bys.includes(l) && l.type === 'string' && (!Array.isArray(l.schema.enum) || (l.schema.enum as unknown[]).some((v) => typeof v === 'string' && /^(asc|ascending|desc|descending)$/i.test(v))),
  );
  if (bys.length === 0 && dir) return directionOnly(dir, iprops);
  const orders = bys
    .map((by) => {
      const cache = new Map<string, Order | undefined>();
      if (Array.isArray(by.schema.enum)) for (const v of by.schema.enum as unknown[]) if (typeof v === 'string') cache.set(v, orderOf(v, iprops));
      return { by, cache };
    })
    .filter(({ cache }) => cache.size === 0 || [...cache.values()].some((o) => o));
  if (orders.length === 0) return undefined;
  const orderFor = (by: ArgLeaf, cache: Map<string, Order | undefined>, c: CallContext): Order | undefined => {
    const v = argValue(c.args, by);
    if (typeof v !== 'string') return undefined;
    let o = cache.get(v);
    if (o === undefined && !cache.has(v) && cache.size < 200) cache.set(v, (o = orderOf(v, iprops)));
    return o;
  };
  return (items, c) => {
    if (items.length < 2) return;
    const d = dir ? argValue(c.args, dir) : undefined;
    const said = typeof d === 'string' && /^(asc|ascending|desc|descending)$/i.test(d) ? /^desc/i.test(d) : undefined;
    // A direction sent wins; then the value's own word (lowest_rating); then the direction's default; then the field's meaning.
    const dirSent = dir !== undefined && sent(c.args, dir);
    const way = (o: Order): boolean => (said !== undefined && (dirSent || !o.hinted) ? said : o.desc);
    // The orders sent, else the first one a default gives.
    const asked = orders.filter(({ by }) => sent(c.args, by));
    const chosen = (asked.length > 0 ? asked : orders.slice(0, 1)).map(({ by, cache }) => orderFor(by, cache, c)).filter((o): o is Order => o !== undefined);
    if (chosen.length === 0) return;
    byField(items, chosen[0].field, way(chosen[0]));
    for (const o of chosen.slice(1)) if (o.field !== chosen[0].field) alignField(items, o.field, way(o));
    // The order is the call's: later rules keep these values (a bar's open stays, its low and high make room).
    for (const it of items) for (const o of chosen) pin(c, it, o.field);
  };
}
