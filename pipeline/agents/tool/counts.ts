/**
 * Numbers of a result that follow from its lists and from the call: a total is at least the
 * items listed (equal when nothing says the list is one page of more), the pages agree with it,
 * a count of what was sent is how many were sent (segment_count, track_count), what went through
 * and what did not add up to what was sent (accepted + rejected), and a total is the sum of the
 * amounts listed (subtotal of the lines, total_calories of the meals) with its fees on top.
 */
import { typeOf, type Schema } from '../../values/values.js';
import { fitNumber } from './admits.js';
import { argValue, isPinned, ownLevel, pin, type ArgLeaf, type CallContext, type Obj, type Rule } from './call-context.js';
import { dayNumber } from './days.js';
import { covers, isMoney, singular, snake, tokens } from './names.js';

const TOTAL = /^(total|count|total_results|total_count|total_entries|result_size_estimate|total_hits|hits|num_results|total_items|total_matches|matches|result_count|estimated_total)$/;
const PAGING_ARG = /^(page|page_size|per_page|offset|cursor|page_token|limit|max_results|results_per_page|rows|start|start_index|number|max_hits|top_n)$/;
const PAGING_FIELD = /^(page|total_pages|has_more|next_cursor|next_page_token|next_page|next|cursor|offset)$/;
const GOOD = /^(accepted|success_count|successful|succeeded|added|sent|delivered|processed|created|updated|imported|ok_count|valid_count)$/;
const BAD = /^(rejected|failure_count|failed|failures|already_present|skipped|invalid|errors|error_count|duplicates|invalid_count)$/;
/** Counts of what a call did to the things it sent. */
const ACTED =
  /^(invitations_sent|invites_sent|sent|sent_count|recipients_count|recipient_count|delivered|delivered_count|added|added_count|tracks_added|items_added|members_added|removed|removed_count|tracks_removed|deleted|deleted_count|updated|updated_count|imported|imported_count|enrolled|enrolled_count|invited|invited_count|notified|notified_count|messages_sent|emails_sent|processed|processed_count|success_count|checked|checked_count|analyzed_count|screened_count)$/;
/** Lists naming whom or what a call acts on (the recipients of a send), beside lists of what goes with it. */
const RECEIVERS = /(^|_)(recipients?|to|emails?|members?|users?|contacts?|invitees?|attendees?|participants?|targets?|device_tokens?|tokens?|phone_numbers?|numbers?|tracks?|items?|ids?|track_ids|item_ids|user_ids|product_ids)$/;
const NOT_SUMMED = /(results|count|pages|entries|reviews|distance|ascent|descent|elevation|percent|pct|score|rating|rate)/;
const FEES = /^(shipping|tax|taxes|fee|fees|delivery_fee|service_fee|tip|handling|shipping_fee)$/;
const DISCOUNTS = /^(discount|discount_amount|discounts|savings)$/;

type Fix = (o: Obj, c: CallContext) => void;

const ints = (props: Record<string, Schema>): string[] => Object.keys(props).filter((k) => typeOf(props[k]) === 'integer' || typeOf(props[k]) === 'number');
const lists = (props: Record<string, Schema>): string[] => Object.keys(props).filter((k) => typeOf(props[k]) === 'array' && (props[k].items as Schema | undefined)?.properties);

function set(o: Obj, k: string, v: number, s: Schema, c: CallContext, like?: number): void {
  if (isPinned(c, o, k) || typeof o[k] !== 'number') return;
  const x = fitNumber(s, v, like ?? (o[k] as number));
  if (x !== undefined) o[k] = x;
  pin(c, o, k);
}

/** Totals and pages of a body's main list. */
function totalFixes(props: Record<string, Schema>, leaves: readonly ArgLeaf[], fixes: Fix[]): void {
  const ls = lists(props);
  if (ls.length === 0) return;
  const paging = leaves.some((l) => ownLevel(l) && PAGING_ARG.test(snake(l.name))) || Object.keys(props).some((k) => PAGING_FIELD.test(snake(k)));
  const pageLeaf = leaves.find((l) => ownLevel(l) && snake(l.name) === 'page');
  const sizeLeaf = leaves.find((l) => ownLevel(l) && /^(page_size|per_page|limit|results_per_page|max_results|rows|number)$/.test(snake(l.name)));
  // Counts are whole numbers: a total that is a number is an amount (sumFixes).
  for (const k of ints(props).filter((x) => typeOf(props[x]) === 'integer')) {
    const kt = tokens(k).filter((t) => !/^(total|count|num|number|of)$/.test(t));
    const named = kt.length > 0 ? ls.find((l) => covers(tokens(l).map(singular), kt.map(singular))) : undefined;
    if (!named && !TOTAL.test(snake(k))) continue;
    const list = named ?? ls[0];
    const pageSize = (o: Obj, c: CallContext): number => {
      const v = sizeLeaf ? argValue(c.args, sizeLeaf) : undefined;
      const n = (o[list] as unknown[]).length;
      return typeof v === 'number' && v >= n && v > 0 ? v : typeof props[list].maxItems === 'number' ? Math.max(n, props[list].maxItems as number) : Math.max(n, 10);
    };
    fixes.push((o, c) => {
      const items = o[list];
      if (!Array.isArray(items) || typeof o[k] !== 'number') return;
      const n = items.length;
      const page = pageLeaf ? argValue(c.args, pageLeaf) : undefined;
      const before = typeof page === 'number' && page > 1 ? (page - 1) * pageSize(o, c) : 0;
      const cur = o[k] as number;
      if (!paging) set(o, k, n, props[k], c, 1);
      else if (cur < before + n) set(o, k, before + n + (n > 0 && n >= pageSize(o, c) ? c.rng.int(1, 3 * n + 5) : 0), props[k], c, 1);
      else pin(c, o, k);
    });
  }
  const total = ints(props).find((k) => TOTAL.test(snake(k)) && typeOf(props[k]) === 'integer');
  if (total && props.total_pages) {
    fixes.push((o, c) => {
      const items = o[ls[0]];
      if (!Array.isArray(items) || typeof o[total] !== 'number' || typeof o.total_pages !== 'number') return;
      const size = sizeLeaf && typeof argValue(c.args, sizeLeaf) === 'number' ? Math.max(1, argValue(c.args, sizeLeaf) as number) : Math.max(1, items.length);
      set(o, 'total_pages', Math.max(1, Math.ceil((o[total] as number) / size)), props.total_pages, c, 1);
    });
  }
  // No more pages after a short one.
  if (props.has_more && !total) fixes.push((o, c) => {
    const items = o[ls[0]];
    const size = sizeLeaf ? argValue(c.args, sizeLeaf) : undefined;
    if (Array.isArray(items) && typeof o.has_more === 'boolean' && (items.length === 0 || (typeof size === 'number' && items.length < size))) o.has_more = false;
  });
  // unlocked_count: at least the unlocked items listed, at most the total.
  for (const k of ints(props).filter((x) => typeOf(props[x]) === 'integer' && /_count$/.test(snake(x)) && !TOTAL.test(snake(x)))) {
    const flag = snake(k).replace(/_count$/, '');
    const l = ls.find((x) => typeOf((((props[x].items as Schema).properties ?? {}) as Record<string, Schema>)[flag] ?? {}) === 'boolean');
    if (!l) continue;
    fixes.push((o, c) => {
      const items = o[l];
      if (!Array.isArray(items) || typeof o[k] !== 'number') return;
      const shown = (items as Obj[]).filter((it) => it[flag] === true).length;
      const cap = total && typeof o[total] === 'number' ? (o[total] as number) : Infinity;
      const v = paging ? Math.min(Math.max(o[k] as number, shown), Math.max(cap, shown)) : shown;
      if (v !== o[k]) set(o, k, v, props[k], c, 1);
    });
  }
  if (props.has_more && total) fixes.push((o, c) => {
    const items = o[ls[0]];
    const page = pageLeaf ? argValue(c.args, pageLeaf) : 1;
    if (Array.isArray(items) && typeof o[total] === 'number' && typeof o.has_more === 'boolean') o.has_more = (o[total] as number) > ((typeof page === 'number' ? page : 1) - 1) * items.length + items.length;
  });
}

/** Counts of what the call sent (segment_count, track_count) and what went through and what did not (accepted + rejected). */
function sentFixes(props: Record<string, Schema>, leaves: readonly ArgLeaf[], fixes: Fix[]): void {
  const arrays = leaves.filter((l) => l.type === 'array');
  if (arrays.length === 0) return;
  const ls = lists(props);
  for (const k of ints(props)) {
    const kt = tokens(k);
    if (!/^(count|num)$/.test(kt[kt.length - 1]) && kt[0] !== 'num') continue;
    const stem = kt.filter((t) => !/^(count|num|total|of)$/.test(t)).map(singular);
    const leaf = arrays.find((l) => stem.length > 0 && singular(tokens(l.name)[0]) === stem[0]);
    if (!leaf || ls.some((l) => singular(tokens(l)[0]) === stem[0])) continue;
    fixes.push((o, c) => {
      const v = argValue(c.args, leaf);
      if (Array.isArray(v)) set(o, k, v.length, props[k], c, 1);
    });
  }
  const good = ints(props).find((k) => GOOD.test(snake(k)));
  const bad = ints(props).find((k) => BAD.test(snake(k)));
  const sent = arrays.filter(ownLevel);
  // What the call did to the things it sent (removed_count, invitations_sent, added), when nothing says some failed: one each.
  /** The one list the call sent (of the lists it may send), or undefined. */
  const sentList = (c: CallContext): unknown[] | undefined => {
    const present = sent.map((l) => [l, argValue(c.args, l)] as const).filter((p): p is readonly [ArgLeaf, unknown[]] => Array.isArray(p[1]));
    if (present.length === 1) return present[0][1];
    // Beside what goes with it (an email's template variables, attachments), the list of whom or what the act is for.
    const receivers = present.filter(([l]) => RECEIVERS.test(snake(l.name)));
    return receivers.length === 1 ? receivers[0][1] : undefined;
  };
  if (!bad && sent.length > 0) {
    for (const k of ints(props).filter((x) => typeOf(props[x]) === 'integer' && ACTED.test(snake(x)))) {
      fixes.push((o, c) => {
        const v = sentList(c);
        if (Array.isArray(v) && v.length > 0 && typeof o[k] === 'number' && o[k] !== v.length) set(o, k, v.length, props[k], c, 1);
      });
    }
  }
  if (!good || !bad || sent.length === 0) return;
  fixes.push((o, c) => {
    const v = sentList(c);
    if (!Array.isArray(v) || typeof o[good] !== 'number') return;
    // Without its failures (an optional field left out), everything sent went through.
    if (typeof o[bad] !== 'number') return set(o, good, v.length, props[good], c, 1);
    const b = c.rng.next() < 0.8 ? 0 : Math.min(1, v.length);
    set(o, bad, b, props[bad], c, 1);
    set(o, good, v.length - (o[bad] as number), props[good], c, 1);
  });
}

/** Totals that are sums of a list's amounts, and a total that is its subtotal with fees and less discounts. */
function sumFixes(props: Record<string, Schema>, fixes: Fix[]): void {
  const ls = lists(props);
  for (const k of ints(props)) {
    const kt = tokens(k);
    if (!(kt[0] === 'total' || kt[0] === 'sum' || kt[kt.length - 1] === 'total' || k === 'subtotal') || NOT_SUMMED.test(k)) continue;
    // Beside a subtotal, the total is the subtotal with its fees (below), not the lines again.
    if (props.subtotal && k !== 'subtotal' && /^(total|grand_total|total_amount|total_price)$/.test(k)) continue;
    const stem = kt.filter((t) => !/^(total|sum|subtotal)$/.test(t));
    for (const l of ls) {
      const iprops = (props[l].items as Schema).properties as Record<string, Schema>;
      const f = ints(iprops).find((x) => (stem.length > 0 ? covers(tokens(x), stem) : isMoney(x) && /total|amount/.test(x)) && !NOT_SUMMED.test(x));
      if (!f) continue;
      fixes.push((o, c) => {
        const items = o[l];
        if (!Array.isArray(items) || items.length === 0) return;
        let sum = 0;
        for (const it of items as Obj[]) if (typeof it[f] === 'number') sum += it[f] as number;
        set(o, k, sum, props[k], c);
      });
      break;
    }
  }
  // How many things a list holds: the sum of its quantities.
  for (const k of ints(props).filter((x) => /^(item_count|items_count|total_items|total_quantity|quantity_total)$/.test(snake(x)))) {
    const l = ls.find((x) => typeOf(((props[x].items as Schema).properties as Record<string, Schema>).quantity ?? {}) === 'integer');
    if (l) fixes.push((o, c) => {
      if (Array.isArray(o[l])) set(o, k, (o[l] as Obj[]).reduce((n, it) => n + (typeof it.quantity === 'number' ? (it.quantity as number) : 1), 0), props[k], c, 1);
    });
  }
  const total = ['total', 'grand_total', 'total_amount', 'total_price'].find((k) => props[k] && typeOf(props[k]) !== 'array');
  if (props.subtotal && total) {
    const fees = ints(props).filter((k) => FEES.test(snake(k)));
    const minus = ints(props).filter((k) => DISCOUNTS.test(snake(k)));
    fixes.push((o, c) => {
      if (typeof o.subtotal !== 'number') return;
      let v = o.subtotal as number;
      for (const f of fees) if (typeof o[f] === 'number') v += o[f] as number;
      for (const f of minus) if (typeof o[f] === 'number') v -= o[f] as number;
      set(o, total, v, props[total], c);
    });
  }
  if (props.converted_amount && props.amount && props.rate) fixes.push((o, c) => {
    if (typeof o.amount === 'number' && typeof o.rate === 'number') set(o, 'converted_amount', (o.amount as number) * (o.rate as number), props.converted_amount, c);
  });
}

const DISCOUNT_PCT = /^(discount_(percent|pct|percentage)|(percent|pct)_off)$/;
const BEFORE = /^(initial|original|list|regular|full|was)(_price|_amount)?$/;
const AFTER = /^(final|sale|discounted|current|now)(_price|_amount)?$/;

/** A price after a discount: the price before it less that share (initial 29.70 at 20% off is 23.76 final, not 118). */
function discountFixes(props: Record<string, Schema>, fixes: Fix[]): void {
  const nums = ints(props);
  const pct = nums.find((k) => DISCOUNT_PCT.test(snake(k)));
  const before = nums.find((k) => BEFORE.test(snake(k)));
  const after = nums.find((k) => AFTER.test(snake(k)));
  if (!pct || !before || !after) return;
  fixes.push((o, c) => {
    if (typeof o[pct] === 'number' && typeof o[before] === 'number') set(o, after, (o[before] as number) * (1 - (o[pct] as number) / 100), props[after], c, o[before] as number);
  });
}

const SPENT = /^(spent|spent_so_far|spent_to_date|amount_spent|used|used_amount)$/;
const LIMIT_OF = /^(limit|amount_limit|budget|budgeted|budget_amount|allocated|cap)$/;

/**
 * What was spent against a limit: on a budget set up just now for a month still to come,
 * nothing; otherwise at most a little over the limit (not 955.60 spent of 26).
 */
function spentFixes(props: Record<string, Schema>, leaves: readonly ArgLeaf[], fixes: Fix[]): void {
  const nums = ints(props);
  const spent = nums.find((k) => SPENT.test(snake(k)));
  const limit = nums.find((k) => LIMIT_OF.test(snake(k)));
  if (!spent || !limit) return;
  const year = leaves.find((l) => ownLevel(l) && snake(l.name) === 'year');
  const month = leaves.find((l) => ownLevel(l) && snake(l.name) === 'month');
  fixes.push((o, c) => {
    if (typeof o[spent] !== 'number' || typeof o[limit] !== 'number') return;
    const y = year ? argValue(c.args, year) : undefined;
    const m = month ? argValue(c.args, month) : undefined;
    const [ty, tm] = [Number(c.world.today.slice(0, 4)), Number(c.world.today.slice(5, 7))];
    const ahead = typeof y === 'number' && (y > ty || (y === ty && typeof m === 'number' && m > tm));
    if (c.effect === 'create' && ahead) set(o, spent, 0, props[spent], c, 1);
    else if ((o[spent] as number) > 1.1 * (o[limit] as number)) set(o, spent, (o[limit] as number) * 0.9 * c.rng.next(), props[spent], c, o[limit] as number);
  });
}

/** A stay's total: its nightly rate times the nights between check-in and check-out, for each room asked. */
function stayFixes(props: Record<string, Schema>, leaves: readonly ArgLeaf[], fixes: Fix[]): void {
  const checkIn = leaves.find((l) => l.schema.format === 'date' && /^check_?in$/.test(snake(l.name)));
  const checkOut = leaves.find((l) => l.schema.format === 'date' && /^check_?out$/.test(snake(l.name)));
  const rate = ints(props).find((k) => tokens(k).includes('nightly') || /per_night/.test(snake(k)));
  const total = ints(props).find((k) => /^(total_price|total|total_cost|total_amount)$/.test(snake(k)));
  const rooms = leaves.find((l) => ownLevel(l) && snake(l.name) === 'rooms');
  if (!checkIn || !checkOut || !rate || !total) return;
  fixes.push((o, c) => {
    const nights = dayNumber(argValue(c.args, checkOut)) - dayNumber(argValue(c.args, checkIn));
    const r = rooms ? argValue(c.args, rooms) : undefined;
    const n = Array.isArray(r) ? r.length : typeof r === 'number' ? r : 1;
    if (nights > 0 && typeof o[rate] === 'number') set(o, total, (o[rate] as number) * nights * Math.max(1, n), props[total], c);
  });
}

/** The rule making a body's numbers follow from its lists and the call, applied to the body and to each listed item. */
export function countRule(body: Schema, leaves: readonly ArgLeaf[]): Rule | undefined {
  const fixesOf = (s: Schema, top: boolean): Fix[] => {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    const fixes: Fix[] = [];
    if (top) totalFixes(props, leaves, fixes);
    if (top) sentFixes(props, leaves, fixes);
    stayFixes(props, leaves, fixes);
    sumFixes(props, fixes);
    discountFixes(props, fixes);
    spentFixes(props, leaves, fixes);
    return fixes;
  };
  const top = fixesOf(body, true);
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const inItems = lists(props)
    .map((l) => [l, fixesOf(props[l].items as Schema, false)] as const)
    .filter(([, f]) => f.length > 0);
  // An object of its own (a store page's price: initial, final, discount_percent).
  const inObjects = Object.keys(props)
    .filter((k) => typeOf(props[k]) === 'object' && props[k].properties)
    .map((k) => [k, fixesOf(props[k], false)] as const)
    .filter(([, f]) => f.length > 0);
  if (top.length === 0 && inItems.length === 0 && inObjects.length === 0) return undefined;
  return (b, c) => {
    for (const [l, fs] of inItems) if (Array.isArray(b[l])) for (const it of b[l] as Obj[]) for (const f of fs) f(it, c);
    for (const [k, fs] of inObjects) if (b[k] && typeof b[k] === 'object' && !Array.isArray(b[k])) for (const f of fs) f(b[k] as Obj, c);
    for (const f of top) f(b, c);
  };
}
