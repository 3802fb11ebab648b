/**
 * What a relative date phrase means, apart from the words of any one language: a day from today
 * ("tomorrow", "in 3 days", "next Monday", "the 14th", "March 14 next year"), maybe with its
 * clock, a month ("next month", "March") or a year ("last year", "in 2 years"). The ways to say
 * a value are worked out once here, from the value and today (`dateMeanings`), and each language
 * renders them in its own words (date-phrases.ts for English, lang/*.ts for the others), so the
 * phrases said in any language are the same natural, unambiguous ones. A reader of a second
 * language gets back the meaning of its words and reads it as the English phrase (`englishOf`),
 * which relative-dates.ts resolves.
 */

/** A day said relative to today. Weekdays and months count from 0 (Monday, January). */
export type DayMeaning =
  | { readonly t: 'fixed'; readonly off: number }
  | { readonly t: 'in' | 'ago'; readonly n: number; readonly unit: 'day' | 'week' }
  | { readonly t: 'weekday'; readonly which: 'this' | 'next' | 'last'; readonly wd: number }
  | { readonly t: 'dom'; readonly d: number; readonly next: boolean }
  | { readonly t: 'end'; readonly next: boolean }
  | { readonly t: 'date'; readonly m: number; readonly d: number; readonly dy: number };

/** A day (with its clock when the value has one), a month or a year said relative to today. */
export type DateMeaning =
  | (DayMeaning & { readonly clock?: { readonly h: number; readonly min: number } })
  | { readonly t: 'month'; readonly shift: number }
  | { readonly t: 'month-of'; readonly m: number; readonly dy: number }
  | { readonly t: 'year'; readonly shift: number }
  | { readonly t: 'years'; readonly n: number; readonly dir: 1 | -1 };

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const weekday = (day: number): number => (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Whether `value` is a date-time on the minute off midnight (its phrases say the clock). */
export function hasClock(value: unknown): boolean {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  return m !== null && (m[2] !== '00' || m[3] !== '00');
}

/** The ways to say the day `y-m-d` from today (a day number), in the order people reach for them. */
function dayMeanings(y: number, m: number, d: number, today: number): DayMeaning[] {
  const day = dayOf(y, m, d);
  const delta = day - today;
  const out: DayMeaning[] = [];
  if (Math.abs(delta) <= 2) out.push({ t: 'fixed', off: delta });
  if (delta >= 3 && delta <= 10) out.push({ t: 'in', n: delta, unit: 'day' });
  if (delta <= -3 && delta >= -10) out.push({ t: 'ago', n: -delta, unit: 'day' });
  const weeks = Math.abs(delta) / 7;
  if (Number.isInteger(weeks) && weeks >= 1 && weeks <= 4) out.push({ t: delta > 0 ? 'in' : 'ago', n: weeks, unit: 'week' });
  const t0 = weekday(today);
  const tx = weekday(day);
  if (delta >= 1 && delta <= 6 && tx > t0) out.push({ t: 'weekday', which: 'this', wd: tx });
  // "next"/"last" only where both readings (the first such day, the one of next/last week) agree.
  if (delta >= 1 && delta <= 7 && delta === 7 - t0 + tx) out.push({ t: 'weekday', which: 'next', wd: tx });
  if (delta <= -1 && delta >= -7 && delta === tx - t0 - 7) out.push({ t: 'weekday', which: 'last', wd: tx });
  const t = new Date(today * DAY_MS);
  const ty = t.getUTCFullYear();
  const tm = t.getUTCMonth() + 1;
  if (delta >= 2 && delta <= 27) out.push({ t: 'dom', d, next: false });
  const nextMonth = tm === 12 ? [ty + 1, 1] : [ty, tm + 1];
  if (delta >= 1 && y === ty && m === tm && d === lastDay(y, m)) out.push({ t: 'end', next: false });
  if (y === nextMonth[0] && m === nextMonth[1]) out.push(d === lastDay(y, m) ? { t: 'end', next: true } : { t: 'dom', d, next: true });
  if (Math.abs(y - ty) <= 1) out.push({ t: 'date', m: m - 1, d, dy: y - ty });
  return out;
}

/**
 * The meanings a date-like value (YYYY-MM-DD, a date-time on the minute, YYYY-MM, or a year when
 * `isYear`) can be said by from `today`; empty when none is natural.
 */
export function dateMeanings(value: unknown, today: string, isYear = false): DateMeaning[] {
  const tm = DATE.exec(today);
  if (!tm) return [];
  const todayDay = dayOf(+tm[1], +tm[2], +tm[3]);
  if (isYear) {
    const dy = Number(value) - +tm[1];
    if (!Number.isInteger(dy)) return [];
    if (Math.abs(dy) <= 1) return [{ t: 'year', shift: dy }];
    if (Math.abs(dy) <= 5) return [{ t: 'years', n: Math.abs(dy), dir: dy > 0 ? 1 : -1 }];
    return [];
  }
  if (typeof value !== 'string') return [];
  let m = DATE.exec(value);
  if (m) return dayMeanings(+m[1], +m[2], +m[3], todayDay);
  m = DATE_TIME.exec(value);
  if (m) {
    const [y, mo, d] = m[1].split('-').map(Number);
    const h = +m[2];
    const min = +m[3];
    const days = dayMeanings(y, mo, d, todayDay);
    return h === 0 && min === 0 ? days : days.map((x) => ({ ...x, clock: { h, min } }));
  }
  m = MONTH.exec(value);
  if (m) {
    const dm = (+m[1] - +tm[1]) * 12 + (+m[2] - +tm[2]);
    const out: DateMeaning[] = [];
    if (Math.abs(dm) <= 1) out.push({ t: 'month', shift: dm });
    const dy = +m[1] - +tm[1];
    if (Math.abs(dy) <= 1 && +m[2] >= 1 && +m[2] <= 12) out.push({ t: 'month-of', m: +m[2] - 1, dy });
    return out;
  }
  return [];
}

/**
 * Every meaning a reader of a second language may meet (counts a little past what is said, so a
 * phrase is read whatever the sayer's range), without clocks: a reader takes the clock apart.
 */
export function everyMeaning(): DateMeaning[] {
  const out: DateMeaning[] = [];
  for (let off = -2; off <= 2; off++) out.push({ t: 'fixed', off });
  for (const t of ['in', 'ago'] as const) {
    for (let n = 2; n <= 31; n++) out.push({ t, n, unit: 'day' });
    for (let n = 1; n <= 8; n++) out.push({ t, n, unit: 'week' });
  }
  for (const which of ['this', 'next', 'last'] as const) for (let wd = 0; wd < 7; wd++) out.push({ t: 'weekday', which, wd });
  for (let d = 1; d <= 31; d++) out.push({ t: 'dom', d, next: false }, { t: 'dom', d, next: true });
  out.push({ t: 'end', next: false }, { t: 'end', next: true });
  for (let dy = -1; dy <= 1; dy++) {
    for (let m = 0; m < 12; m++) {
      for (let d = 1; d <= 31; d++) out.push({ t: 'date', m, d, dy });
      out.push({ t: 'month-of', m, dy });
    }
    out.push({ t: 'month', shift: dy }, { t: 'year', shift: dy });
  }
  for (let n = 2; n <= 10; n++) out.push({ t: 'years', n, dir: 1 }, { t: 'years', n, dir: -1 });
  return out;
}

const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHIFT = new Map([[-1, 'last'], [0, 'this'], [1, 'next']]);
const FIXED = new Map([[0, 'today'], [1, 'tomorrow'], [-1, 'yesterday'], [2, 'the day after tomorrow'], [-2, 'the day before yesterday']]);

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** How the English words of a meaning are chosen: counts in words or digits (`count`), the clock's style. */
export interface EnglishStyle {
  readonly count: (n: number) => string;
  readonly clock: (h: number, min: number) => string;
}

/** The English phrases of a meaning (a day of a month has two: "March 14", "the 14th of March"). */
export function englishPhrases(x: DateMeaning, s: EnglishStyle): string[] {
  const year = (dy: number): string => (dy === 0 ? '' : dy > 0 ? ' next year' : ' last year');
  let out: string[];
  switch (x.t) {
    case 'fixed': out = [FIXED.get(x.off) ?? '']; break;
    case 'in': out = [x.unit === 'week' && x.n === 1 ? 'in a week' : `in ${s.count(x.n)} ${x.unit}s`]; break;
    case 'ago': out = [x.unit === 'week' && x.n === 1 ? 'a week ago' : `${s.count(x.n)} ${x.unit}s ago`]; break;
    case 'weekday': out = [`${x.which} ${EN_WEEKDAYS[x.wd]}`]; break;
    case 'dom': out = [x.next ? `the ${ordinal(x.d)} of next month` : `the ${ordinal(x.d)}`]; break;
    case 'end': out = [x.next ? 'the end of next month' : 'the end of the month']; break;
    case 'date': out = [`${EN_MONTHS[x.m]} ${x.d}${year(x.dy)}`, `the ${ordinal(x.d)} of ${EN_MONTHS[x.m]}${year(x.dy)}`]; break;
    case 'month': return [`${SHIFT.get(x.shift)} month`];
    case 'month-of': return [`${EN_MONTHS[x.m]}${year(x.dy)}`];
    case 'year': return [`${SHIFT.get(x.shift)} year`];
    case 'years': return [x.dir > 0 ? `in ${s.count(x.n)} years` : `${s.count(x.n)} years ago`];
  }
  const c = x.clock;
  return c ? out.map((p) => `${p} at ${s.clock(c.h, c.min)}`) : out;
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** The plain English style a reader resolves: digits, a 24-hour clock. */
const PLAIN: EnglishStyle = { count: String, clock: (h, min) => `${pad(h)}:${pad(min)}` };

/** The English phrase relative-dates.ts resolves for a meaning ("in 3 days", "next Monday at 09:30"). */
export const englishOf = (x: DateMeaning): string => englishPhrases(x, PLAIN)[0];
