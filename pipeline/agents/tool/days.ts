/**
 * Day arithmetic on the ISO strings results hold (YYYY-MM-DD and YYYY-MM-DDTHH:MM:SSZ): a value
 * is moved by whole days, so its time of day and its format stay as they were.
 */
const MS_PER_DAY = 86_400_000;

/** Days since the epoch of an ISO date or date-time (its date part), or NaN. */
export function dayNumber(s: unknown): number {
  if (typeof s !== 'string' || s.length < 10 || s[4] !== '-' || s[7] !== '-') return NaN;
  return Math.floor(Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / MS_PER_DAY);
}

const dayNames = new Map<number, string>();

/** The ISO date of a day number (memoised: results move dates among a few thousand days). */
export function isoDay(day: number): string {
  let s = dayNames.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (dayNames.size < 50_000) dayNames.set(day, s);
  }
  return s;
}

/** `s` moved to the day `day`, keeping its time of day (and format). */
export const onDay = (s: string, day: number): string => isoDay(day) + s.slice(10);

/** `s` moved by `days`. */
export const addDays = (s: string, days: number): string => onDay(s, dayNumber(s) + days);

/** Minutes since the epoch of a date-time (a date counts as its midnight), or NaN. */
export function minuteOf(s: unknown): number {
  const d = dayNumber(s);
  if (Number.isNaN(d)) return NaN;
  const t = (s as string).length >= 16 ? (s as string).slice(11, 16) : '00:00';
  return d * 1440 + +t.slice(0, 2) * 60 + +t.slice(3, 5);
}

/** A date-time string at `minute` in the format of `like` (a date stays a date). */
export function atMinute(like: string, at: number): string {
  const minute = Math.round(at);
  const day = Math.floor(minute / 1440);
  if (like.length === 10) return isoDay(day);
  const m = minute - day * 1440;
  const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${isoDay(day)}T${hhmm}${like.slice(16)}`;
}

/** Whether a string is an ISO date or date-time. */
export const isIsoDate = (s: unknown): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}($|T\d{2}:\d{2})/.test(s);

const DATE_NAME = /(^|_)(date|at|on|datetime|timestamp)$/;

/**
 * Whether a result field holds a date: a date or date-time format, or a plain string named as
 * one (an album's `release_date` with no format). Values are still checked one by one
 * (`isIsoDate`) before anything moves them.
 */
export function isDateField(key: string, s: { format?: unknown; type?: unknown; enum?: unknown; pattern?: unknown } | undefined): boolean {
  if (!s) return false;
  if (s.format === 'date' || s.format === 'date-time') return true;
  return s.type === 'string' && s.format === undefined && s.enum === undefined && s.pattern === undefined && DATE_NAME.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
}
