/**
 * How a user says a date instead of writing it: relative to today ("tomorrow", "in 3 days",
 * "two weeks ago", "this Friday", "next Monday", "the 14th", "the end of the month", "March
 * 14", "March 14 last year"), a month ("next month", "March"), a year ("last year"), a
 * date-time with its clock ("tomorrow at 9:30 am"). Each phrase names exactly the value from
 * today, read as the grounding rule reads it (verifiers/rules/grounding-relative.ts): weeks
 * run Monday to Sunday, and "next Friday" is only said where it cannot mean two days.
 */
import { spell } from './numbers.js';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIXED = new Map<number, string>([[0, 'today'], [1, 'tomorrow'], [-1, 'yesterday'], [2, 'the day after tomorrow'], [-2, 'the day before yesterday']]);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const weekday = (day: number): number => (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** A count as people say it: in words when small, in digits otherwise, half the time either way. */
const count = (n: number, words: boolean): string => (words && n <= 20 ? spell(n) : String(n));

/** The ways to say the day `y-m-d` from today (a day number); empty when none is natural. */
function dayPhrases(y: number, m: number, d: number, today: number, words: boolean): string[] {
  const day = dayOf(y, m, d);
  const delta = day - today;
  const out: string[] = [];
  const fixed = FIXED.get(delta);
  if (fixed) out.push(fixed);
  if (delta >= 3 && delta <= 10) out.push(`in ${count(delta, words)} days`);
  if (delta <= -3 && delta >= -10) out.push(`${count(-delta, words)} days ago`);
  const weeks = Math.abs(delta) / 7;
  if (Number.isInteger(weeks) && weeks >= 1 && weeks <= 4) {
    const w = weeks === 1 ? 'a week' : `${count(weeks, words)} weeks`;
    out.push(delta > 0 ? `in ${w}` : `${w} ago`);
  }
  const t0 = weekday(today);
  const tx = weekday(day);
  const name = WEEKDAYS[tx];
  if (delta >= 1 && delta <= 6 && tx > t0) out.push(`this ${name}`);
  // "next"/"last" only where both readings (the first such day, the one of next/last week) agree.
  if (delta >= 1 && delta <= 7 && delta === 7 - t0 + tx) out.push(`next ${name}`);
  if (delta <= -1 && delta >= -7 && delta === tx - t0 - 7) out.push(`last ${name}`);
  const t = new Date(today * DAY_MS);
  const ty = t.getUTCFullYear();
  const tm = t.getUTCMonth() + 1;
  if (delta >= 2 && delta <= 27) out.push(`the ${ordinal(d)}`);
  const nextMonth = tm === 12 ? [ty + 1, 1] : [ty, tm + 1];
  if (delta >= 1 && y === ty && m === tm && d === lastDay(y, m)) out.push('the end of the month');
  if (y === nextMonth[0] && m === nextMonth[1]) out.push(d === lastDay(y, m) ? 'the end of next month' : `the ${ordinal(d)} of next month`);
  const dy = y - ty;
  if (Math.abs(dy) <= 1) {
    const year = dy === 0 ? '' : dy > 0 ? ' next year' : ' last year';
    out.push(`${MONTHS[m - 1]} ${d}${year}`, `the ${ordinal(d)} of ${MONTHS[m - 1]}${year}`);
  }
  return out;
}

/** A clock time as people say it: "9 am", "2:30 pm", "noon", "14:30". */
function clockPhrase(h: number, min: number, twelve: boolean): string {
  if (h === 12 && min === 0) return 'noon';
  if (!twelve || h === 0) return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${min === 0 ? '' : `:${String(min).padStart(2, '0')}`} ${h >= 12 ? 'pm' : 'am'}`;
}

/**
 * Phrases for a date-like value (YYYY-MM-DD, a date-time on the minute, YYYY-MM, or a year
 * when `isYear`) from `today`; `r` draws between words and digits and between clock styles.
 */
export function datePhrases(value: unknown, today: string, r: () => number, isYear = false): string[] {
  const tm = DATE.exec(today);
  if (!tm) return [];
  const todayDay = dayOf(+tm[1], +tm[2], +tm[3]);
  const words = r() < 0.5;
  if (isYear) {
    const dy = Number(value) - +tm[1];
    if (!Number.isInteger(dy)) return [];
    if (dy === 0) return ['this year'];
    if (dy === 1) return ['next year'];
    if (dy === -1) return ['last year'];
    if (dy >= 2 && dy <= 5) return [`in ${count(dy, words)} years`];
    if (dy <= -2 && dy >= -5) return [`${count(-dy, words)} years ago`];
    return [];
  }
  if (typeof value !== 'string') return [];
  let m = DATE.exec(value);
  if (m) return dayPhrases(+m[1], +m[2], +m[3], todayDay, words);
  m = DATE_TIME.exec(value);
  if (m) {
    const [y, mo, d] = m[1].split('-').map(Number);
    const h = +m[2];
    const min = +m[3];
    const days = dayPhrases(y, mo, d, todayDay, words);
    if (h === 0 && min === 0) return days;
    const clock = clockPhrase(h, min, r() < 0.7);
    return days.map((p) => `${p} at ${clock}`);
  }
  m = MONTH.exec(value);
  if (m) {
    const dm = (+m[1] - +tm[1]) * 12 + (+m[2] - +tm[2]);
    const out: string[] = [];
    if (dm === 0) out.push('this month');
    if (dm === 1) out.push('next month');
    if (dm === -1) out.push('last month');
    const dy = +m[1] - +tm[1];
    if (Math.abs(dy) <= 1 && +m[2] >= 1 && +m[2] <= 12) out.push(`${MONTHS[+m[2] - 1]}${dy === 0 ? '' : dy > 0 ? ' next year' : ' last year'}`);
    return out;
  }
  return [];
}
