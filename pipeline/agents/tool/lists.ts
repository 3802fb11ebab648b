/**
 * The lists of a result (offers, hotels, bars, nested ones such as a station's connectors), each
 * with what the call asks of it: as many items as asked (one per asked id, `days` days, at most
 * `limit`), every item meeting the call's filters (items that cannot are dropped, as a search
 * would not return them), in the order asked.
 */
import { requiredOf } from '../../values/schema.js';
import { generateValue, typeOf, type Schema } from '../../values/values.js';
import { admits } from './admits.js';
import { boundRules, type ItemRule } from './bounds.js';
import { argValue, ownLevel, pin, type ArgLeaf, type CallContext, type Effect, type Obj, type Rule } from './call-context.js';
import { atMinute, isIsoDate, minuteOf } from './days.js';
import { matchRules, memberField } from './item-filters.js';
import { hasKey, isIdLike, keyNamed, singular, snake, tokens } from './names.js';
import { placeRules } from './place-filters.js';
import { sortRule, type ListRule } from './sort-order.js';
import { orderPairs } from '../../values/siblings.js';

const CAP = /^(limit|max_results|page_size|per_page|results_per_page|max_hits|max_entries|max_items|top_n|top_k|num_results|max_count|rows|number|count|size|n)$/;
/** No more items than this are made up for an exact count (48 hours of a forecast is the longest asked). */
const MAX_MADE = 48;

export interface ListPlan {
  readonly key: string;
  readonly items: Schema;
  readonly minItems: number;
  readonly maxItems: number;
  readonly rules: readonly ItemRule[];
  readonly nested: readonly ListPlan[];
  /** One item per asked value: the list argument and the item field it fills. */
  readonly keyed?: readonly [ArgLeaf, string];
  /** As many items as the argument says (days, num_questions). */
  readonly exact?: ArgLeaf;
  /** One item per object sent (a budget's categories, a route's waypoints), with the fields they share. */
  readonly mirror?: readonly [ArgLeaf, readonly (readonly [string, string])[], string | undefined];
  /** What a create or update sends that the list's first item shows (the variant added to a cart, with its quantity). */
  readonly sentItem: readonly (readonly [ArgLeaf, string])[];
  /** At most as many items as these say (limit, max_entries). */
  readonly caps: readonly ArgLeaf[];
  readonly sort?: ListRule;
  /** The arguments asking an order, if any. */
  readonly sortAsked?: readonly ArgLeaf[];
  /** A rank field, with the score it ranks by. */
  readonly rank?: readonly [string, string | undefined];
}

/** Whether an argument's name says how many of list `key` to give. */
function counts(leaf: ArgLeaf, key: string): 'exact' | 'cap' | undefined {
  if (leaf.type !== 'integer') return undefined;
  const t = tokens(leaf.name);
  const list = tokens(key).map(singular);
  const names = (ts: readonly string[]): boolean => ts.length > 0 && ts.every((x) => list.includes(singular(x)) || list.some((l) => l.length >= 4 && singular(x).startsWith(l.slice(0, 4))));
  if (/^(max|top|tail|limit)$/.test(t[0]) && names(t.slice(1))) return 'cap';
  if ((t[0] === 'num' || t[0] === 'number') && names(t.slice(t[1] === 'of' ? 2 : 1))) return 'exact';
  if (names(t) || (t.length === 2 && list.includes(singular(t[0])) && /^(hours|days|minutes|per)$/.test(t[1]))) return 'exact';
  if (t.length >= 2 && names([t[0]]) && /^(per|count)$/.test(t[1])) return 'exact';
  return undefined;
}

/** Lists of other things than the one asked about: a property's comparables are other properties. */
const OTHERS = /^(comparables|comps|similar|similar_[a-z_]+|related|related_[a-z_]+|alternatives|recommendations|recommended_[a-z_]+|neighbors|neighbours|others|other_[a-z_]+)$/;

/** Whether a result states an asked id at its top, as it is or as what the result is about (subject_property_id). */
const statesAtTop = (props: Record<string, Schema>, name: string): boolean =>
  hasKey(props, name) || ['subject', 'source', 'reference', 'base', 'target'].some((q) => hasKey(props, `${q}_${snake(name)}`));

/** The plans of the lists in an object schema (and of the lists in their items, two levels down). */
export function listPlans(s: Schema, leaves: readonly ArgLeaf[], subject: ReadonlySet<string>, effect: Effect, depth = 0): ListPlan[] {
  const creates = effect === 'create';
  const out: ListPlan[] = [];
  const props = (s.properties ?? {}) as Record<string, Schema>;
  for (const key in props) {
    const a = props[key];
    const items = a.items as Schema | undefined;
    if (typeOf(a) !== 'array' || !items?.properties) continue;
    const iprops = items.properties as Record<string, Schema>;
    // One item per asked value when the value is what tells the items apart: an id, the item's first field, or the list's own name.
    const first = Object.keys(iprops)[0];
    const keyedBy =
      leaves.find((l) => l.type === 'array' && ownLevel(l) && Object.keys(iprops).some((f) => memberField(f, l) && (isIdLike(f) || f === first || tokens(l.name).includes(snake(key))))) ??
      // One id asked (course_id) that is what the items are (a course per row), and not what the result is about at its top.
      (depth === 0 && !OTHERS.test(snake(key)) ? leaves.find((l) => ownLevel(l) && SCALAR.test(l.type) && isIdLike(l.name) && snake(l.name) === snake(first) && !statesAtTop(props, l.name)) : undefined);
    const field = keyedBy && (keyedBy.type === 'array' ? Object.keys(iprops).find((f) => memberField(f, keyedBy)) : first);
    out.push({
      key,
      items,
      minItems: typeof a.minItems === 'number' ? a.minItems : 0,
      maxItems: typeof a.maxItems === 'number' ? a.maxItems : MAX_MADE,
      rules: [...matchRules(leaves, iprops, subject, creates), ...boundRules(leaves, iprops), ...placeRules(leaves, iprops, key)],
      nested: depth < 2 ? listPlans(items, leaves, subject, effect, depth + 1) : [],
      ...(keyedBy && field ? { keyed: [keyedBy, field] as const } : {}),
      ...(() => {
        const exact = leaves.find((l) => counts(l, key) === 'exact');
        return exact ? { exact } : {};
      })(),
      ...mirrorOf(key, iprops, leaves, depth),
      sentItem: depth === 0 && !OTHERS.test(snake(key)) ? sentItemOf(iprops, leaves, effect, props) : [],
      caps: leaves.filter((l) => l.type === 'integer' && (counts(l, key) === 'cap' || (depth === 0 && ownLevel(l) && CAP.test(snake(l.name))))),
      ...(() => {
        const sort = depth === 0 ? sortRule(leaves, iprops) : undefined;
        return sort ? { sort, sortAsked: leaves.filter((l) => /^(sort|sort_by|order_by|order|sort_order)$/.test(snake(l.name))) } : {};
      })(),
      ...(() => {
        const rank = Object.keys(iprops).find((f) => /^(rank|position|place|ranking)$/.test(f) && typeOf(iprops[f]) === 'integer');
        const score = Object.keys(iprops).find((f) => /^(score|points|value|total_score|rating)$/.test(f) && /^(number|integer)$/.test(typeOf(iprops[f])));
        return rank ? { rank: [rank, score] as const } : {};
      })(),
    });
  }
  return out;
}

const SCALAR = /^(string|integer|number|boolean)$/;

/** A list answering an argument list of objects item by item: the same name, or fields in common that identify them. */
function mirrorOf(key: string, iprops: Record<string, Schema>, leaves: readonly ArgLeaf[], depth: number): { mirror?: readonly [ArgLeaf, readonly (readonly [string, string])[], string | undefined] } {
  for (const l of leaves) {
    const ip = ((l.schema.items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
    if (l.type !== 'array' || !ownLevel(l) || Object.keys(ip).length === 0) continue;
    // A distance matrix's rows: origin_index counts the origins sent.
    const index = Object.keys(iprops).find((f) => snake(f) === `${singular(tokens(l.name)[0])}_index` && typeOf(iprops[f]) === 'integer');
    if (index) return { mirror: [l, [], index] };
    if (depth > 0) continue;
    // Item fields and the sent objects' keys naming the same thing in any case style (child_ages, childAges).
    const shared = Object.keys(iprops)
      .map((f) => [f, keyNamed(ip, f)] as const)
      .filter((x): x is readonly [string, string] => x[1] !== undefined && SCALAR.test(typeOf(iprops[x[0]])) && SCALAR.test(typeOf(ip[x[1]])));
    const named = singular(snake(key)) === singular(snake(l.name));
    if (shared.length > 0 && (named || shared.length >= 2 || shared.some(([f]) => isIdLike(f) || /email/.test(f)))) return { mirror: [l, shared, undefined] };
  }
  return {};
}

/**
 * Item fields the first item states from the call: for a create or update, an id sent (variant_id)
 * and what goes with it (quantity); for a read, an id sent that one of the rows is (the player
 * a leaderboard is asked around), unless the result states it at its top (a paper's citations
 * are other papers).
 */
function sentItemOf(iprops: Record<string, Schema>, leaves: readonly ArgLeaf[], effect: Effect, top: Record<string, Schema>): [ArgLeaf, string][] {
  const same = leaves.filter((l) => ownLevel(l) && SCALAR.test(l.type) && hasKey(iprops, l.name)).map((l) => [l, keyNamed(iprops, l.name) as string] as [ArgLeaf, string]);
  if (effect === 'read') return same.filter(([l]) => isIdLike(l.name) && !statesAtTop(top, l.name));
  if (effect === 'delete') return [];
  return same.some(([l]) => isIdLike(l.name)) ? same : [];
}

/** `items` made `n` long: cut, or extended with new items that continue the list's dates. */
function resize(items: Obj[], n: number, lp: ListPlan, c: CallContext): Obj[] {
  if (items.length >= n) return items.slice(0, n);
  const out = [...items];
  while (out.length < n) {
    const it = generateValue(lp.items, c.rng, lp.key, -1, { world: c.world, api: c.api, inResult: true }) as Obj;
    const prev = out[out.length - 1];
    const before = out[out.length - 2];
    if (prev) {
      for (const k in it) {
        if (!isIsoDate(it[k]) || !isIsoDate(prev[k])) continue;
        const step = before && isIsoDate(before[k]) ? minuteOf(prev[k]) - minuteOf(before[k]) : (prev[k] as string).length === 10 ? 1440 : 60;
        it[k] = atMinute(prev[k] as string, minuteOf(prev[k]) + (step > 0 ? step : 60));
      }
    }
    out.push(it);
  }
  return out;
}

/** How many items the call asks for, if it says. */
function asked(lp: ListPlan, c: CallContext): number | undefined {
  for (const by of [lp.keyed?.[0], lp.mirror?.[0]]) {
    const v = by ? argValue(c.args, by) : undefined;
    if (Array.isArray(v) && v.length > 0) return Math.max(lp.minItems, Math.min(v.length, lp.maxItems, MAX_MADE));
    if (v !== undefined && !Array.isArray(v) && typeof v !== 'object') return Math.max(lp.minItems, 1);
  }
  const v = lp.exact ? argValue(c.args, lp.exact) : undefined;
  return typeof v === 'number' && v >= 1 ? Math.max(lp.minItems, Math.min(v, lp.maxItems, MAX_MADE)) : undefined;
}

/** Lists sized as asked, before any other rule sees their items. */
export function sizeRule(plans: readonly ListPlan[]): Rule {
  const size = (o: Obj, lps: readonly ListPlan[], c: CallContext): void => {
    for (const lp of lps) {
      let items = o[lp.key];
      if (!Array.isArray(items)) continue;
      const n = asked(lp, c);
      if (n !== undefined && n !== items.length) o[lp.key] = items = resize(items as Obj[], n, lp, c);
      if (lp.keyed) {
        const v = argValue(c.args, lp.keyed[0]);
        const vals = v === undefined || Array.isArray(v) ? v : [v];
        const f = lp.keyed[1];
        const fs = (lp.items.properties as Record<string, Schema>)[f];
        if (Array.isArray(vals)) (items as Obj[]).forEach((it, i) => {
          if (i < vals.length && admits(fs, vals[i])) {
            it[f] = vals[i];
            pin(c, it, f);
          }
        });
      }
      if (lp.mirror) copyFrom(items as Obj[], argValue(c.args, lp.mirror[0]), lp.mirror[1], lp.mirror[2], lp, c);
      const head = (items as Obj[])[0];
      for (const [leaf, f] of lp.sentItem) {
        const v = argValue(c.args, leaf);
        if (head && v !== undefined && admits((lp.items.properties as Record<string, Schema>)[f], v)) {
          head[f] = v;
          pin(c, head, f);
        }
      }
      for (const it of items as Obj[]) if (it && typeof it === 'object') size(it, lp.nested, c);
    }
  };
  return (b, c) => size(b, plans, c);
}

function copyFrom(items: Obj[], sent: unknown, fields: readonly (readonly [string, string])[], index: string | undefined, lp: ListPlan, c: CallContext): void {
  if (!Array.isArray(sent)) return;
  const props = lp.items.properties as Record<string, Schema>;
  const required = requiredOf(lp.items);
  items.forEach((it, i) => {
    if (index && admits(props[index], i)) {
      it[index] = i;
      pin(c, it, index);
    }
    const from = sent[i] as Obj | undefined;
    if (!from || typeof from !== 'object') return;
    for (const [f, k] of fields) {
      // A field the sent object leaves out is not made up for it (a waypoint without a label).
      if (from[k] === undefined && !required.has(f)) delete it[f];
      if (from[k] === undefined || !admits(props[f], from[k])) continue;
      it[f] = from[k];
      pin(c, it, f);
    }
  });
}

/** Ranks in order: 1, 2, 3... (or from the first one shown), the best score first when no order is asked. */
function rerank(items: Obj[], lp: ListPlan, c: CallContext): void {
  const [rank, score] = lp.rank as readonly [string, string | undefined];
  if (score && !(lp.sort && lp.sortAsked?.some((l) => argValue(c.args, l) !== undefined))) items.sort((a, b) => (typeof b[score] === 'number' ? (b[score] as number) : -Infinity) - (typeof a[score] === 'number' ? (a[score] as number) : -Infinity));
  const firsts = items.map((it) => it[rank]).filter((r): r is number => typeof r === 'number');
  const base = firsts.length > 0 ? Math.max(1, Math.min(...firsts)) : 1;
  const s = (lp.items.properties as Record<string, Schema>)[rank];
  items.forEach((it, i) => {
    if (typeof it[rank] === 'number' && admits(s, base + i)) it[rank] = base + i;
  });
}

/** Items meeting the call's filters (the others dropped while the list keeps its minimum), ordered and capped as asked. */
export function filterRule(plans: readonly ListPlan[]): Rule {
  const filter = (o: Obj, lps: readonly ListPlan[], c: CallContext): void => {
    for (const lp of lps) {
      const items = o[lp.key];
      if (!Array.isArray(items)) continue;
      const kept: Obj[] = [];
      for (const it of items as Obj[]) {
        if (!it || typeof it !== 'object') continue;
        let ok = true;
        for (const r of lp.rules) if (!r(it, c)) ok = false;
        // A bound moves each end of a range on its own (min_annual raises salary_min and salary_max): the ends stay in order.
        if (lp.rules.length > 0) orderPairs(it, lp.items);
        filter(it, lp.nested, c);
        if (ok) kept.push(it);
      }
      let out = kept.length >= lp.minItems ? kept : (items as Obj[]);
      lp.sort?.(out, c);
      if (lp.rank) {
        rerank(out, lp, c);
        // An order asked on the ranks themselves (sort_by: rank, desc) holds for the ranks just dealt.
        lp.sort?.(out, c);
      }
      for (const cap of lp.caps) {
        const v = argValue(c.args, cap);
        if (typeof v === 'number' && out.length > v) out = out.slice(0, Math.max(v, lp.minItems));
      }
      o[lp.key] = out;
    }
  };
  return (b, c) => filter(b, plans, c);
}
