/**
 * Dates a reader works out from today: "tomorrow", "in 3 days", "two weeks ago", "next
 * Monday", "this Friday", "the 14th", "March 3", "March 3 last year", "the end of the month",
 * "next month", "last year", and any of them "at 9:30 am". Weeks run Monday to Sunday.
 *
 * "next Friday" said on a Wednesday is read two ways (in 2 days, or the Friday of next week);
 * such a phrase resolves to `ambiguous` with both dates, and no value follows from it.
 */
import { clockOf } from './clock.js';
import { monthOf } from './date-formats.js';
import { numberInWords } from './numbers.js';

export type Resolved =
  | { readonly date: string; readonly time?: string }
  | { readonly month: string }
  | { readonly year: number }
  | { readonly ambiguous: readonly string[] };

const DAY_MS = 86_400_000;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Days since 1970-01-01 of an ISO date. */
export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Monday 0 ... Sunday 6. */
export const weekdayOf = (day: number): number => (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function isoOf(y: number, m: number, d: number): string | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

const ORDINAL_WORDS = new Map(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, i) => [w, i + 1]));
function dayNumber(s: string): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(s);
  return m ? Number(m[1]) : ORDINAL_WORDS.get(s);
}
/** A month by its name or a three-letter abbreviation (the date-formats table: a word look-up). */
const MONTH_OF = (s: string): number | undefined => monthOf(s);

const YEAR_SHIFT: Record<string, number> = { 'this year': 0, 'next year': 1, 'last year': -1 };
const MONTH_SHIFT: Record<string, number> = { 'this month': 0, 'next month': 1, 'last month': -1 };
const FIXED_DAYS: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1, 'the day after tomorrow': 2, 'the day before yesterday': -2 };

function monthShift(y: number, m: number, by: number): [number, number] {
  const k = y * 12 + (m - 1) + by;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** The day a phrase names, from today (a day number), or undefined. */
function dayPhrase(s: string, today: number): Resolved | undefined {
  if (s in FIXED_DAYS) return { date: isoOfDay(today + FIXED_DAYS[s]) };
  const t = new Date(today * DAY_MS);
  const y = t.getUTCFullYear();
  const mo = t.getUTCMonth() + 1;
  let m = /^(?:in (.+?) (days?|weeks?)|(.+?) (days?|weeks?) (from now|from today|ago))$/.exec(s);
  if (m) {
    const n = numberInWords(m[1] ?? m[3]);
    if (n === undefined || !Number.isInteger(n) || n < 1) return undefined;
    const unit = (m[2] ?? m[4]).startsWith('week') ? 7 : 1;
    return { date: isoOfDay(today + (m[5] === 'ago' ? -1 : 1) * n * unit) };
  }
  m = /^(this|next|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.exec(s);
  if (m) {
    const t0 = weekdayOf(today);
    const tx = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]);
    if (m[1] === 'this') return tx > t0 ? { date: isoOfDay(today + tx - t0) } : undefined;
    const [a, b] = m[1] === 'next' ? [today + ((tx - t0 + 7) % 7 || 7), today - t0 + 7 + tx] : [today - ((t0 - tx + 7) % 7 || 7), today - t0 - 7 + tx];
    return a === b ? { date: isoOfDay(a) } : { ambiguous: [isoOfDay(a), isoOfDay(b)] };
  }
  m = /^(?:the )?end of (this|the|next) month$/.exec(s);
  if (m) {
    const [yy, mm] = monthShift(y, mo, m[1] === 'next' ? 1 : 0);
    return { date: isoOf(yy, mm, daysIn(yy, mm)) as string };
  }
  m = /^the (\w+) of (this|next) month$/.exec(s);
  if (m) {
    const d = dayNumber(m[1]);
    const [yy, mm] = monthShift(y, mo, m[2] === 'next' ? 1 : 0);
    const iso = d === undefined ? undefined : isoOf(yy, mm, d);
    return iso ? { date: iso } : undefined;
  }
  m = /^the (\w+)$/.exec(s);
  if (m) {
    // "the 14th": the next 14th after today.
    const d = dayNumber(m[1]);
    if (d === undefined) return undefined;
    for (let k = 0; k <= 12; k++) {
      const [yy, mm] = monthShift(y, mo, k);
      const iso = isoOf(yy, mm, d);
      if (iso && dayOf(iso) > today) return { date: iso };
    }
    return undefined;
  }
  // "March 3", "3 March", "the 3rd of March", each maybe followed by "this year" / "next year" / "last year".
  m = /^(?:(?:the )?(\w+) (?:of )?([a-z]+\.?)|([a-z]+\.?) (\w+))(?:,? (this year|next year|last year))?$/.exec(s);
  if (m) {
    const month = MONTH_OF(m[2] ?? m[3]);
    const d = dayNumber(m[1] ?? m[4]);
    if (month === undefined || d === undefined) return undefined;
    const iso = isoOf(y + YEAR_SHIFT[m[5] ?? 'this year'], month, d);
    return iso ? { date: iso } : undefined;
  }
  return undefined;
}

/** What a relative phrase names from `today` (YYYY-MM-DD): a day (maybe with a time), a month, a year, or two days when it reads two ways. */
export function resolveRelative(said: string, today: string): Resolved | undefined {
  const key = `${today}\u0000${said}`;
  if (resolved.has(key)) return resolved.get(key);
  const r = resolve(said, today);
  if (resolved.size >= 10_000) resolved.clear();
  resolved.set(key, r);
  return r;
}

/** What phrases resolved to, by today and phrase: a record's phrase is read by the planner's check, the rule and its corpus again and again. */
const resolved = new Map<string, Resolved | undefined>();

function resolve(said: string, today: string): Resolved | undefined {
  const s = said.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(on|for|from|by|until|since) /, '');
  const t = dayOf(today);
  if (!Number.isFinite(t)) return undefined;
  const y = new Date(t * DAY_MS).getUTCFullYear();
  const mo = new Date(t * DAY_MS).getUTCMonth() + 1;
  if (s in YEAR_SHIFT) return { year: y + YEAR_SHIFT[s] };
  let m = /^(?:in (.+?) years?|(.+?) years? ago)$/.exec(s);
  if (m) {
    const n = numberInWords(m[1] ?? m[2]);
    return n !== undefined && Number.isInteger(n) && n >= 1 ? { year: y + (m[1] ? n : -n) } : undefined;
  }
  if (s in MONTH_SHIFT) {
    const [yy, mm] = monthShift(y, mo, MONTH_SHIFT[s]);
    return { month: `${yy}-${pad(mm)}` };
  }
  m = /^(?:in )?([a-z]+)(?:,? (this year|next year|last year))?$/.exec(s);
  const month = m ? MONTH_OF(m[1]) : undefined;
  if (m && month !== undefined && m[1].length >= 3) return { month: `${y + YEAR_SHIFT[m[2] ?? 'this year']}-${pad(month)}` };
  // A time of day after the day: "tomorrow at 9:30 am".
  const at = s.lastIndexOf(' at ');
  if (at > 0) {
    const time = clockOf(s.slice(at + 4));
    const day = time === undefined ? undefined : dayPhrase(s.slice(0, at), t);
    return day && 'date' in day ? { date: day.date, time } : day;
  }
  return dayPhrase(s, t);
}
