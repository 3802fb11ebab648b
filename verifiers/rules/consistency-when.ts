/**
 * Dates as the consistency rules compare them. A value is a date when it starts with an ISO
 * 8601 date (2025-06-12, 2025-06-12T07:35, 2025-06-12T07:35:00+02:00). Two dates are
 * compared only as far as they can be: a wall-clock time without an offset and one with an
 * offset may be up to 14 hours apart for the same moment, and a day is a day only where it
 * is (a time in UTC may fall on the day before or after a date stated locally), so every
 * comparison says "before", "after" or "cannot tell".
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DAY_MS = 86_400_000;
const ZONE_SLACK_MS = 14 * 3_600_000;

export interface When {
  /** The wall clock read as if it were UTC, in ms. */
  readonly wall: number;
  /** The day of the wall clock (days since 1970-01-01). */
  readonly day: number;
  readonly hasTime: boolean;
  /** Offset in minutes when the value states one (Z is 0). */
  readonly offset: number | undefined;
}

/** The date a string holds, or undefined (cheap for strings that are not dates). */
export function parseWhen(v: unknown): When | undefined {
  if (typeof v !== 'string' || v.length < 10 || v.length > 35) return undefined;
  const c = v.charCodeAt(0);
  if (c < 48 || c > 57 || v.charCodeAt(4) !== 45) return undefined;
  const m = ISO.exec(v);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const day = Date.UTC(y, mo - 1, d) / DAY_MS;
  const hasTime = m[4] !== undefined;
  const wall = day * DAY_MS + (hasTime ? (Number(m[4]) * 60 + Number(m[5])) * 60_000 + Number(m[6] ?? 0) * 1000 : 0);
  let offset: number | undefined;
  if (m[7]) {
    if (m[7].toUpperCase() === 'Z') offset = 0;
    else {
      const sign = m[7][0] === '-' ? -1 : 1;
      const digits = m[7].slice(1).replace(':', '');
      offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
    }
  }
  return { wall, day, hasTime, offset };
}

/**
 * -1 when `a` is certainly before `b`, 1 when certainly after, 0 when the same or too close
 * to tell. A date against a time compares days, with a day's slack when the time has an
 * offset (that day is the offset's day, not necessarily the date's).
 */
export function compareWhen(a: When, b: When): -1 | 0 | 1 {
  if (!a.hasTime || !b.hasTime) {
    const slack = (a.hasTime && a.offset !== undefined) || (b.hasTime && b.offset !== undefined) ? 1 : 0;
    const d = a.day - b.day;
    return d > slack ? 1 : d < -slack ? -1 : 0;
  }
  if (a.offset !== undefined && b.offset !== undefined) {
    const d = a.wall - a.offset * 60_000 - (b.wall - b.offset * 60_000);
    return d > 0 ? 1 : d < 0 ? -1 : 0;
  }
  const slack = a.offset === undefined && b.offset === undefined ? 0 : ZONE_SLACK_MS;
  const d = a.wall - b.wall;
  return d > slack ? 1 : d < -slack ? -1 : 0;
}

/** Days from `today` to the day of `w` (negative: before). */
export function daysFrom(today: When, w: When): number {
  return w.day - today.day;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const TODAY_LEAD = String.raw`(?:today\s+is|today's\s+date\s+is|the\s+date\s+today\s+is|current\s+date(?:\s+is)?\s*:?|today's\s+date\s*:|date\s+today\s*:)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?`;
// "2024-02-21", and as some write it, "2024/02/21" or "2024.2.21".
const TODAY_ISO = new RegExp(`${TODAY_LEAD}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})\\b`, 'i');
const TODAY_MDY = new RegExp(`${TODAY_LEAD}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const TODAY_DMY = new RegExp(`${TODAY_LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})`, 'i');

const pad = (n: number): string => String(n).padStart(2, '0');

/** The date a text states as today ("Today is 2025-06-11", "Current date: June 11, 2025"), as YYYY-MM-DD. */
export function statedToday(text: string): string | undefined {
  if (!/today|current date/i.test(text)) return undefined;
  const iso = TODAY_ISO.exec(text);
  if (iso) return `${iso[1]}-${pad(Number(iso[3]))}-${pad(Number(iso[4]))}`;
  const mdy = TODAY_MDY.exec(text);
  if (mdy) return `${mdy[3]}-${pad(MONTHS[mdy[1].toLowerCase()])}-${pad(Number(mdy[2]))}`;
  const dmy = TODAY_DMY.exec(text);
  if (dmy) return `${dmy[3]}-${pad(MONTHS[dmy[2].toLowerCase()])}-${pad(Number(dmy[1]))}`;
  return undefined;
}
