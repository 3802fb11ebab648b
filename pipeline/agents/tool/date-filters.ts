/**
 * Dates a call asks about: a range (from_date..to_date, after/before, released_from..released_to,
 * a window's earliest..latest), a day (date, departure_date), a recency (posted_within_days,
 * max_age_days) or a year. Listed items are moved into it (all of an item's dates by the same
 * amount, so an arrival stays after its departure; a series keeps its step), and so are the
 * result's own neutral dates. What cannot be in it (an email received in the future) is dropped.
 */
import type { Schema } from '../../values/values.js';
import { argValue, pin, isPinned, sent, type ArgLeaf, type CallContext, type Obj, type Rule } from './call-context.js';
import { aboutPast, dateKind, shiftDates, type DateKind } from './date-kinds.js';
import { atMinute, isDateField, isIsoDate, minuteOf } from './days.js';
import { covers, endOf, stemOf, tokens } from './names.js';

interface Bound {
  readonly leaf: ArgLeaf;
  /** How the argument is read: an ISO date, a count of units back from now, a year. */
  readonly as: 'date' | 'recency' | 'year';
  readonly unit: number;
  readonly end: 'lower' | 'upper' | 'day';
}
interface Filter {
  readonly bounds: readonly Bound[];
  readonly stem: readonly string[];
}

const UNIT: Record<string, number> = { minutes: 1, minute: 1, hours: 60, hour: 60, days: 1440, day: 1440, weeks: 10080, week: 10080, months: 43200, month: 43200, years: 525600, year: 525600 };
const RECENT = /^(within|age|last|past|recent|window|lookback|newer)$/;

/** The date filters among a call's argument leaves, paired by what they are about. */
function filtersOf(leaves: readonly ArgLeaf[]): Filter[] {
  const byStem = new Map<string, Bound[]>();
  const add = (stem: readonly string[], b: Bound): void => {
    const k = stem.join('_');
    byStem.set(k, [...(byStem.get(k) ?? []), b]);
  };
  for (const leaf of leaves) {
    const t = tokens(leaf.name);
    const stem = stemOf(leaf.name);
    if (leaf.schema.format === 'date' || leaf.schema.format === 'date-time') {
      const end = endOf(leaf.name);
      // A day or an instant asked (date, time: the observation's): the items are of that day.
      add(stem, { leaf, as: 'date', unit: 0, end: end ?? 'day' });
    } else if (leaf.type === 'integer' || leaf.type === 'number') {
      const unit = t.map((x) => UNIT[x]).find((u) => u !== undefined);
      if (unit && t.some((x) => RECENT.test(x))) add(t.filter((x) => !RECENT.test(x) && !UNIT[x] && x !== 'max' && x !== 'min'), { leaf, as: 'recency', unit, end: 'lower' });
      else if (t.includes('year') && leaf.type === 'integer' && !t.includes('years')) add(['year'], { leaf, as: 'year', unit: 0, end: endOf(leaf.name) ?? 'day' });
    }
  }
  return [...byStem.entries()].map(([k, bounds]) => ({ bounds, stem: k === '' ? [] : k.split('_').filter((x) => x !== 'year') }));
}

/** The window in minutes the call asks for, or undefined when it gives none of its bounds. */
function windowOf(f: Filter, c: CallContext): [number, number] | undefined {
  let lo = -Infinity;
  let hi = Infinity;
  let any = false;
  for (const b of f.bounds) {
    const v = argValue(c.args, b.leaf);
    if (v === undefined) continue;
    let from: number;
    let to: number;
    if (b.as === 'date') {
      if (!isIsoDate(v)) continue;
      from = minuteOf(v);
      if (b.end === 'day') from = Math.floor(from / 1440) * 1440;
      to = (v as string).length === 10 || b.end === 'day' ? from + 1439 : from;
    } else if (b.as === 'recency') {
      if (typeof v !== 'number') continue;
      [from, to] = [minuteOf(c.now) - v * b.unit, minuteOf(c.now)];
    } else {
      if (typeof v !== 'number' || v < 1000 || v > 9999) continue;
      from = Math.floor(Date.UTC(v, 0, 1) / 60_000);
      to = Math.floor(Date.UTC(v + 1, 0, 1) / 60_000) - 1;
    }
    any = true;
    if (b.end !== 'upper') lo = Math.max(lo, from);
    if (b.end !== 'lower') hi = Math.min(hi, b.as === 'recency' ? Infinity : to);
    if (b.as === 'recency') hi = Math.min(hi, to);
  }
  return any ? [lo, hi] : undefined;
}

interface Target {
  /** The date the filter is about, and the item's other dates that move with it. */
  readonly key: string;
  readonly kind: DateKind | undefined;
  readonly moves: readonly string[];
  /** The filter's stem names no date here: its first date is a guess, taken only when no other date filter is asked. */
  readonly guess: boolean;
}
interface ListTarget {
  readonly key: string;
  readonly target: Target | undefined;
  readonly minItems: number;
  readonly nested: readonly ListTarget[];
}

const CREATION = /^(created|posted|published|submitted|added|opened|registered)$/;
const LATER = /^(updated|modified|changed|last)$/;

/** In an object schema: the date a filter with `stem` is about (its stem's field, else the first date when `fallback`). */
function targetIn(s: Schema, stem: readonly string[], fallback: boolean, exclude: (k: string) => boolean, history = false): Target | undefined {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const dates = Object.keys(props).filter((k) => isDateField(k, props[k]) && !exclude(k));
  // What was created (posted, published) after a day was updated after it too.
  const later = stem.some((t) => CREATION.test(t)) ? dates.find((k) => tokens(k).some((t) => LATER.test(t))) : undefined;
  const named = dates.find((k) => covers(tokens(k), stem)) ?? later;
  const key = named ?? (fallback ? dates[0] : undefined);
  if (key === undefined) return undefined;
  // The first date of a history's items is past, whatever its name.
  const kind = dateKind(key) ?? (history && key === dates[0] ? 'past' : undefined);
  return { key, kind, moves: dates.filter((k) => k !== key && dateKind(k) !== 'past'), guess: !named && stem.length > 0 };
}

function listTargets(s: Schema, f: Filter, history: boolean, depth: number): ListTarget[] {
  const out: ListTarget[] = [];
  const props = (s.properties ?? {}) as Record<string, Schema>;
  for (const k in props) {
    const items = props[k].items as Schema | undefined;
    if (props[k].type !== 'array' || !items?.properties) continue;
    const fallback = f.stem.length === 0 || !f.bounds.every((b) => b.end === 'day');
    const past = history || aboutPast(tokens(k));
    const nested = depth < 2 ? listTargets(items, f, past, depth + 1) : [];
    const target = targetIn(items, f.stem, fallback, () => false, past);
    if (target || nested.length > 0) out.push({ key: k, target, minItems: typeof props[k].minItems === 'number' ? (props[k].minItems as number) : 0, nested });
  }
  return out;
}

/** The windows each object's dates were already put in by the call's other date filters (a year and a range on the same date). */
type Placed = Map<object, Map<string, readonly [number, number]>>;

/** [lo, hi] narrowed to what a date of this kind can be (history by now, what is ahead after it). */
function kindWindow(t: Target, lo: number, hi: number, c: CallContext): [number, number] {
  const now = minuteOf(c.now);
  return [t.kind === 'future' ? Math.max(lo, now) : lo, t.kind === 'past' ? Math.min(hi, now) : hi];
}

/**
 * Moves `o` so that its target date is in [lo, hi] and in every window an earlier filter put it
 * in (its other dates by as much); false when it cannot be (filters that exclude each other: a
 * search for 2023 messages received after a day of 2026 finds none).
 */
function place(o: Obj, t: Target, lo: number, hi: number, c: CallContext, placed: Placed, at?: number): boolean {
  const v = o[t.key];
  if (!isIsoDate(v)) return true;
  [lo, hi] = kindWindow(t, lo, hi, c);
  const before = placed.get(o)?.get(t.key);
  if (before) [lo, hi] = [Math.max(lo, before[0]), Math.min(hi, before[1])];
  if (!Number.isFinite(lo) && !Number.isFinite(hi)) return true;
  if (lo > hi) return false;
  // A day after an instant is a day that starts after it (a date created after 10:45 on the 4th is the 5th).
  if (v.length === 10 && Number.isFinite(lo) && Math.ceil(lo / 1440) * 1440 <= hi) lo = Math.ceil(lo / 1440) * 1440;
  let own = placed.get(o);
  if (!own) placed.set(o, (own = new Map()));
  own.set(t.key, [lo, hi]);
  // A window open on one side: a month from its one end.
  if (!Number.isFinite(lo)) lo = hi - 30 * 1440;
  if (!Number.isFinite(hi)) hi = lo + 30 * 1440;
  if (lo > hi) return false;
  const m = minuteOf(v);
  pin(c, o, t.key);
  if (m >= lo && m <= hi && at === undefined) return true;
  let next = at === undefined ? undefined : Math.min(hi, Math.max(lo, at));
  if (next === undefined) {
    const d0 = Math.floor(lo / 1440);
    const d1 = Math.floor(hi / 1440);
    const day = d0 + Math.floor(c.rng.next() * (d1 - d0 + 1));
    next = Math.min(hi, Math.max(lo, v.length === 10 ? day * 1440 : day * 1440 + (m % 1440)));
  }
  o[t.key] = atMinute(v, next);
  shiftDates(o, t.moves, next - m, c);
  return true;
}

function placeList(items: Obj[], lt: ListTarget, w: [number, number], alone: boolean, c: CallContext, drop: Set<object>, placed: Placed): void {
  const t = lt.target && (!lt.target.guess || alone) ? lt.target : undefined;
  if (t) {
    // A series is spread over the part of the window its dates can be in (a history's up to now).
    const [lo, hi] = kindWindow(t, w[0], w[1], c);
    const ms = items.map((it) => minuteOf(it[t.key]));
    const series = items.length >= 2 && Number.isFinite(lo) && Number.isFinite(hi) && ms.every((m, i) => !Number.isNaN(m) && (i === 0 || m > ms[i - 1]));
    if (series && ms.some((m) => m < lo || m > hi)) {
      // A series (daily bars, hourly points) keeps its step inside the window, or is spread over it.
      const days = (items[0][t.key] as string).length === 10;
      const span = ms[ms.length - 1] - ms[0];
      const round = (m: number): number => (days ? Math.round(m / 1440) * 1440 : m);
      const shift = round(lo + Math.floor(c.rng.next() * Math.max(1, hi - lo - span + 1)) - ms[0]);
      // Days spread over a window of fewer days than entries keep one entry a day; the rest are dropped.
      const room = days ? Math.floor((hi - lo) / 1440) + 1 : items.length;
      items.forEach((it, i) => {
        if (i >= room) return void drop.add(it);
        const at = span <= hi - lo ? ms[i] + shift : round(lo + (i * (hi - lo)) / (Math.min(room, items.length) - 1 || 1));
        if (!place(it, t, lo, hi, c, placed, Math.min(hi, Math.max(lo, at)))) drop.add(it);
      });
    } else for (const it of items) if (!place(it, t, lo, hi, c, placed)) drop.add(it);
  }
  for (const n of lt.nested) for (const it of items) if (Array.isArray(it[n.key])) placeList(it[n.key] as Obj[], n, w, alone, c, drop, placed);
}

function dropFrom(o: Obj, lts: readonly ListTarget[], drop: Set<object>): void {
  for (const lt of lts) {
    const items = o[lt.key];
    if (!Array.isArray(items)) continue;
    const kept = items.filter((it) => !drop.has(it));
    if (kept.length < items.length && kept.length >= lt.minItems) o[lt.key] = kept;
    for (const it of o[lt.key] as Obj[]) if (it && typeof it === 'object') dropFrom(it, lt.nested, drop);
  }
}

/** The result's own dates a filter is about: a field its stem names (also in an object its stem names: departure.scheduled), else for a range its first neutral date; with the dates that move along. */
function ownTarget(body: Schema, f: Filter): readonly [Target, string | undefined] | undefined {
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const pastOrBirth = (k: string): boolean => dateKind(k) === 'past' || dateKind(k) === 'birth';
  const dayOnly = f.bounds.every((b) => b.end === 'day');
  const top = targetIn(body, f.stem, f.stem.length === 0 || !dayOnly, pastOrBirth);
  if (top) return [top, undefined];
  const holder = f.stem.length > 0 ? Object.keys(props).find((k) => props[k].properties && covers(tokens(k), f.stem)) : undefined;
  const inner = holder ? targetIn(props[holder], [], true, pastOrBirth) : undefined;
  return inner ? [inner, holder] : undefined;
}

/** The rule moving a result's dates into what the call asks for, or undefined when it asks about no dates. */
export function dateFilterRule(leaves: readonly ArgLeaf[], body: Schema, apiTokens: readonly string[]): Rule | undefined {
  const props = (body.properties ?? {}) as Record<string, Schema>;
  // Objects beside the one holding the target move along with it (a flight's arrival with its departure).
  const siblings = Object.keys(props).filter((k) => props[k].properties);
  // A forecast's hours are ahead of now whatever its records' bookkeeping filters say (created_after on an outlook).
  const ahead = apiTokens.some((t) => /^(forecast|forecasts|outlook|hourly|prediction|predictions)$/.test(t));
  const filters = filtersOf(leaves).filter((f) => !ahead || !f.stem.some((t) => /^(created|updated|modified|changed)$/.test(t)));
  const compiled = filters.map((f) => ({ f, own: ownTarget(body, f), lists: listTargets(body, f, aboutPast(apiTokens), 0) }));
  if (compiled.every((x) => !x.own && x.lists.length === 0)) return undefined;
  return (b, c) => {
    const drop = new Set<object>();
    const placed: Placed = new Map();
    const windows = compiled.map(({ f }) => windowOf(f, c));
    // Whether one date filter is asked (defaults aside): only then is a filter naming no date of the items about their first one.
    const alone = compiled.filter(({ f }) => f.bounds.some((b) => sent(c.args, b.leaf))).length === 1;
    compiled.forEach(({ own, lists }, i) => {
      const w = windows[i];
      if (!w) return;
      if (own && (!own[0].guess || alone)) {
        const [t, holder] = own;
        const o = holder === undefined ? b : (b[holder] as Obj | undefined);
        const before = o ? minuteOf(o[t.key]) : NaN;
        if (o && !isPinned(c, o, t.key) && place(o, t, w[0], w[1], c, placed) && holder !== undefined) {
          const delta = minuteOf(o[t.key]) - before;
          for (const k of siblings) if (k !== holder && b[k] && typeof b[k] === 'object') shiftDates(b[k] as Obj, Object.keys(b[k] as Obj), delta, c);
        }
      }
      for (const lt of lists) if (Array.isArray(b[lt.key])) placeList(b[lt.key] as Obj[], lt, w, alone, c, drop, placed);
      if (drop.size > 0) dropFrom(b, lists, drop);
    });
  };
}
