/**
 * Date filters of a search or list call and the item dates they bound (consistency.filter).
 *
 * A bound is an argument holding a date whose name says which end it is: from, since,
 * after, start_date, time_min, date_from, <x>_after, from_<x>... (lower); to, until, before,
 * end_date, time_max, <x>_before... (upper); date, <x>_date, <x>_on (the day itself). With
 * a stem (published_after, departure_date) it bounds the item's one date field of that stem
 * (published_at, departure_time); without one (from, start_date) the item's one date field,
 * or, for items with a start and an end, the span (it must overlap the window). Inclusive,
 * and by day where one side is a day: a UTC time may fall on the day after a local date.
 * The day itself is not a filter for tools whose items are days in a row (forecasts,
 * series, plans) or calls that ask for a number of days or hours.
 */
import type { ItemTest, Obj } from './consistency-site.js';
import { cached, snake, stemOf, words } from './consistency-names.js';
import { compareWhen, parseWhen, type When } from './consistency-when.js';

type End = 'lower' | 'upper' | 'day';

const LOWER = new Set(['from', 'since', 'after', 'start', 'time_min', 'min_date', 'date_from', 'from_date', 'start_date', 'start_time', 'start_datetime', 'begin', 'begin_date', 'date_min']);
const UPPER = new Set(['to', 'until', 'before', 'end', 'time_max', 'max_date', 'date_to', 'to_date', 'end_date', 'end_time', 'end_datetime', 'date_max']);
const BARE = new Set(['date', 'time', 'datetime', '']);
const SERIES_TOOL = /forecast|predict|series|history|historical|plan|itinerar|calendar|schedule|timeline/;
const SPAN_ARG = /(^|_)(days|hours|nights|weeks|horizon|duration|count)$/;

/** Which end of a window an argument is, and the stem it names ('' for none). */
const endOf = cached((arg: string): readonly [End, string] | undefined => {
  const k = snake(arg);
  if (LOWER.has(k)) return ['lower', ''];
  if (UPPER.has(k)) return ['upper', ''];
  let m = /^(.+)_(after|since|from)$|^(from|since|after|start|min)_(.+)$/.exec(k);
  if (m) return ['lower', bareStem(m[1] ?? m[4])];
  m = /^(.+)_(before|until|to)$|^(to|until|before|end|max)_(.+)$/.exec(k);
  if (m) return ['upper', bareStem(m[1] ?? m[4])];
  if (k === 'date') return ['day', ''];
  m = /^(.+)_(date|on|day)$/.exec(k);
  return m ? ['day', bareStem(m[1])] : undefined;
});

/** The stem a filter names, as the prefix its item fields share ("departure" and "departs": depar). */
function bareStem(s: string): string {
  return BARE.has(s) ? '' : stemOf(s).slice(0, 5);
}

const START = /^(start|start_time|start_at|starts_at|start_date|begin|begins_at)$/;
const END = /^(end|end_time|end_at|ends_at|end_date|finish)$/;

/** The item's date fields: the one of the stem, or a start/end span, or its only date. */
function datesOf(item: Obj, stem: string): { one?: [string, When]; span?: [[string, When], [string, When]] } | undefined {
  let one: [string, When] | undefined;
  let start: [string, When] | undefined;
  let end: [string, When] | undefined;
  let count = 0;
  for (const k in item) {
    const w = parseWhen(item[k]);
    if (!w) continue;
    const s = snake(k);
    if (stem !== '') {
      if (!words(s).some((x) => x.startsWith(stem))) continue;
      if (one) return undefined;
      one = [k, w];
      continue;
    }
    count++;
    if (START.test(s)) start = [k, w];
    else if (END.test(s)) end = [k, w];
    one = count === 1 ? [k, w] : undefined;
  }
  if (stem === '' && start && end) return { span: [start, end] };
  return one ? { one } : undefined;
}

/**
 * The test of one bound. A day is any of the call's days (`days`): a round trip's list may
 * hold the return flights, which leave on the return date.
 */
function windowTest(arg: string, end: End, stem: string, bound: When, text: string, days: readonly When[]): ItemTest {
  return (item) => {
    const d = datesOf(item, stem);
    if (!d) return undefined;
    if (d.span) {
      const [[sk, s], [ek, e]] = d.span;
      if (end === 'day') return days.some((x) => compareWhen(e, x) >= 0 && compareWhen(s, x) <= 0) ? undefined : `${sk} = ${item[sk] as string} to ${ek} = ${item[ek] as string} is not on ${arg} = ${text}`;
      if (end === 'lower' && compareWhen(e, bound) < 0) return `${ek} = ${item[ek] as string} is before ${arg} = ${text}`;
      if (end === 'upper' && compareWhen(s, bound) > 0) return `${sk} = ${item[sk] as string} is after ${arg} = ${text}`;
      return undefined;
    }
    const [k, w] = d.one!;
    if (end === 'day') return days.some((x) => compareWhen(w, x) === 0) ? undefined : `${k} = ${item[k] as string} is not on ${arg} = ${text}`;
    const c = compareWhen(w, bound);
    if (end === 'lower' && c < 0) return `${k} = ${item[k] as string} is before ${arg} = ${text}`;
    if (end === 'upper' && c > 0) return `${k} = ${item[k] as string} is after ${arg} = ${text}`;
    return undefined;
  };
}

export function dateFilters(tool: string, args: Obj): ItemTest[] {
  const bounds: [string, End, string, When, string][] = [];
  const days: When[] = [];
  let series: boolean | undefined;
  for (const arg in args) {
    const v = args[arg];
    const w = parseWhen(v);
    if (!w) continue;
    const e = endOf(arg);
    if (!e) continue;
    if (e[0] === 'day') {
      series ??= SERIES_TOOL.test(tool) || Object.keys(args).some((k) => SPAN_ARG.test(snake(k)));
      if (series) continue;
      days.push(w);
    }
    bounds.push([arg, e[0], e[1], w, v as string]);
  }
  return bounds.map(([arg, end, stem, w, text]) => windowTest(arg, end, stem, w, text, days));
}
