/**
 * Dates as a record writes them (YYYY-MM-DD, or an ISO date-time with or without a zone) and
 * the day they fall on for the user: a date-time with a zone is read in the user's time zone as
 * well as in UTC, and a detector accepts either day, so a correct value is never flagged for the
 * zone it was written in.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface DayOf {
  /** The day as written (the date part). */
  readonly written: string;
  /** The day in the user's time zone, when the value has a zone; otherwise the written day. */
  readonly local: string;
  readonly year: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayIn(ms: number, timeZone: string): string | undefined {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return undefined;
    }
    formatters.set(timeZone, f);
  }
  return f.format(ms);
}

/** The day of a date or date-time string, or undefined for anything else (or an impossible date). */
export function dayOf(value: unknown, timeZone?: string): DayOf | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const written = `${y}-${mo}-${d}`;
  const t = Date.parse(`${written}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== written) return undefined;
  let local = written;
  if (m[6] !== undefined && timeZone) {
    const ms = Date.parse(value.replace(' ', 'T'));
    if (!Number.isNaN(ms)) local = dayIn(ms, timeZone) ?? written;
  }
  return { written, local, year: Number(y) };
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Is the value's day after today in both readings (as written and in the user's zone)? */
export const afterToday = (d: DayOf, today: string): boolean => d.written > today && d.local > today;
/** Is the value's day before today in both readings? */
export const beforeToday = (d: DayOf, today: string): boolean => d.written < today && d.local < today;
