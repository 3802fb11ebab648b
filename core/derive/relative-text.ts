/**
 * Relative dates in a whole text, read against the today the conversation states: a reader of
 * "Today is May 5, 2023 ... the air quality yesterday" gets 2023-05-04; without a stated today
 * "yesterday" is no date at all. The phrases are the ones relative-dates.ts resolves, found in
 * a normalised text ("tomorrow", "in three days", "next Monday", "on Friday", "the 14th", "the
 * end of the month", "next month", "last year", "April 8th" in today's year); a phrase that
 * reads two ways gives both days (a reader could mean either).
 */
import { datesIn, isoOf, monthDaysIn, type DateOrder } from './date-formats.js';
import { dayOf, isoOfDay, resolveRelative, WEEKDAYS, weekdayOf } from './relative-dates.js';

/** Words that introduce the date it is now: "Today is ...", "Current date: ...", "It is Monday, ...". */
const TODAY_CUE = /\b(?:today(?:'s date)?|current date|the date|date|now|it is|it's|as of)\b/gi;
/** How far after its cue a today is written. */
const CUE_REACH = 48;

/** The today text `raw` states ("Today is 2025-06-11.", "Today is May 5, 2023"), or undefined. */
export function anchorIn(raw: string, order: DateOrder = 'both'): string | undefined {
  if (!/\d{4}/.test(raw)) return undefined;
  for (const m of raw.matchAll(TODAY_CUE)) {
    const after = raw.slice(m.index + m[0].length, m.index + m[0].length + CUE_REACH);
    const d = datesIn(after, order).find((x) => x.length === 10);
    if (d) return d;
  }
  return undefined;
}

const N = '(?:a|an|\\d+|[a-z]+(?: [a-z]+)?)';
const DAY_NAMES = WEEKDAYS.join('|');
const RELATIVE = new RegExp(
  [
    'the day (?:after tomorrow|before yesterday)',
    'today|tonight|tomorrow|yesterday',
    `in ${N} (?:days?|weeks?|years?)`,
    `${N} (?:days?|weeks?|years?) (?:ago|from now|from today)`,
    `(?:this|next|last|coming|upcoming|on) (?:${DAY_NAMES})`,
    'the \\d{1,2}(?: st| nd| rd| th)?(?: of (?:this|next) month)?',
    '(?:the )?end of (?:the|this|next) month',
    '(?:this|next|last) (?:month|year)',
  ].join('|'),
  'g',
);

/** What the relative phrases of a normalised text name from `today`: days, months (YYYY-MM) and years. */
export interface RelativeDates {
  readonly dates: Set<string>;
  readonly months: Set<string>;
  readonly years: Set<number>;
}

/** The days, months and years the relative phrases of `raw` (normalised: `norm`) name from `today`. */
export function relativeDatesIn(raw: string, norm: string, today: string): RelativeDates {
  const out: RelativeDates = { dates: new Set(), months: new Set(), years: new Set() };
  const t = dayOf(today);
  for (const m of norm.matchAll(RELATIVE)) {
    // normalise() parts "14th" as "14 th"; the resolver reads "14th".
    let phrase = m[0].replace(/(\d) (st|nd|rd|th)\b/, '$1$2').replace(/^(up)?coming /, 'this ');
    const bare = /^on (\w+)$/.exec(phrase);
    if (bare) {
      // "on Friday": the coming one, or the last one for what has happened.
      const tx = WEEKDAYS.indexOf(bare[1] as (typeof WEEKDAYS)[number]);
      const ahead = (tx - weekdayOf(t) + 7) % 7 || 7;
      out.dates.add(isoOfDay(t + ahead)).add(isoOfDay(t + ahead - 7));
      continue;
    }
    const r = resolveRelative(phrase, today);
    if (!r) continue;
    if ('date' in r) out.dates.add(r.date);
    else if ('ambiguous' in r) for (const d of r.ambiguous) out.dates.add(d);
    else if ('month' in r) out.months.add(r.month);
    else out.years.add(r.year);
  }
  // A day by its month without a year ("April 8th"): this year's.
  const y = Number(today.slice(0, 4));
  for (const [mo, d] of monthDaysIn(raw)) {
    const iso = isoOf(y, mo, d);
    if (iso) out.dates.add(iso);
  }
  return out;
}
