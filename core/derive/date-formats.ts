/**
 * Dates as people write them, read as ISO: "2023-05-04", "04/05/2023" in the order of the
 * writer's locale (day first in most of the world, month first in the US; both readings when
 * the locale is unknown), "May 4th, 2023", "4 May 2023", "the 4th of May 2023", "2023 April 4th",
 * "4 mai 2023", "2023年5月4日", "20230929", a month "April 2022", and a day without its year ("April 8th")
 * in the year of a date stated beside it. A date is read whole: digits scattered over a text
 * ("4 people on 2024-05-12") state no other date.
 */

export type DateOrder = 'dmy' | 'mdy' | 'both';

const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function isoOf(y: number, m: number, d: number): string | undefined {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

/** Month names by lower-case word: English names and abbreviations, and the full names of a few more languages (Intl). */
const MONTH_OF = new Map<string, number>();
for (const locale of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl']) {
  const long = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  for (let m = 1; m <= 12; m++) MONTH_OF.set(long.format(new Date(Date.UTC(2020, m - 1, 15))).toLowerCase(), m);
}
['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].forEach((a, i) => MONTH_OF.set(a, i + 1));
MONTH_OF.set('sept', 9);

/** The month a word names ("March", "mar", "mars", "März"), or undefined. */
export const monthOf = (word: string): number | undefined => MONTH_OF.get(word.toLowerCase().replace(/\.$/, ''));

const MONTH = `(${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const ORD = '(?:st|nd|rd|th|er|º)?';
const SEP = '(?:\\s*,\\s*|\\s+)';
const ISO_DATE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;
const M_D_Y = new RegExp(`\\b${MONTH}\\s*(\\d{1,2})${ORD}${SEP}(\\d{4})\\b`, 'giu');
const D_M_Y = new RegExp(`\\b(\\d{1,2})${ORD}\\.?\\s+(?:of\\s+|de\\s+)?${MONTH}${SEP}(?:de\\s+)?(\\d{4})\\b`, 'giu');
const Y_M_D = new RegExp(`\\b(\\d{4}),?\\s+${MONTH}\\s+(\\d{1,2})${ORD}(?!\\d)`, 'giu');
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g;
/** A date run together, as logs and forms write it: 20230929. */
const COMPACT = /\b((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b/g;
const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'giu');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD}(?![\\d:])`, 'giu');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'giu');
const NOT_LETTERS = /[^\p{L}]+/u;

/**
 * Long texts hasMonthWord has read: a message is read for its dates, its days without a year
 * and its relative dates, each asking again (bounded: cleared when full).
 */
const MONTH_WORD_SEEN = new Map<string, boolean>();
const MONTH_WORD_MIN = 64;
const MONTH_WORD_MAX = 1024;

/** Whether a text has a month name at all (a word look-up: cheaper than the month patterns, which most texts need not run). */
function hasMonthWord(raw: string): boolean {
  if (raw.length < MONTH_WORD_MIN) return readMonthWord(raw);
  let has = MONTH_WORD_SEEN.get(raw);
  if (has === undefined) {
    if (MONTH_WORD_SEEN.size >= MONTH_WORD_MAX) MONTH_WORD_SEEN.clear();
    MONTH_WORD_SEEN.set(raw, (has = readMonthWord(raw)));
  }
  return has;
}

function readMonthWord(raw: string): boolean {
  for (const w of raw.toLowerCase().split(NOT_LETTERS)) if (w.length >= 3 && MONTH_OF.has(w)) return true;
  return false;
}

/** The readings of a numeric day and month in `order` (both when unknown and the numbers allow). */
function numeric(y: number, a: number, b: number, order: DateOrder): (string | undefined)[] {
  if (order === 'dmy') return [isoOf(y, b, a)];
  if (order === 'mdy') return [isoOf(y, a, b)];
  return [isoOf(y, a, b), isoOf(y, b, a)];
}

/** The dates (YYYY-MM-DD) and months (YYYY-MM) text `raw` states in full. */
export function datesIn(raw: string, order: DateOrder = 'both'): string[] {
  const out: (string | undefined)[] = [];
  if (!/\d/.test(raw)) return [];
  for (const m of raw.matchAll(ISO_DATE)) out.push(isoOf(+m[1], +m[2], +m[3]));
  if (/\d[/.-]\d{1,2}[/.-]\d{4}/.test(raw)) for (const m of raw.matchAll(NUMERIC)) out.push(...numeric(+m[3], +m[1], +m[2], order));
  if (/[年년]/.test(raw)) for (const m of raw.matchAll(CJK)) out.push(isoOf(+m[1], +m[2], +m[3]));
  if (/\d{8}/.test(raw)) for (const m of raw.matchAll(COMPACT)) out.push(isoOf(+m[1], +m[2], +m[3]));
  if (/\d{4}/.test(raw) && hasMonthWord(raw)) {
    for (const m of raw.matchAll(M_D_Y)) out.push(isoOf(+m[3], monthOf(m[1])!, +m[2]));
    for (const m of raw.matchAll(D_M_Y)) out.push(isoOf(+m[3], monthOf(m[2])!, +m[1]));
    for (const m of raw.matchAll(Y_M_D)) out.push(isoOf(+m[1], monthOf(m[2])!, +m[3]));
    for (const m of raw.matchAll(MONTH_YEAR)) out.push(`${m[2]}-${pad(monthOf(m[1])!)}`);
  }
  return out.filter((d): d is string => d !== undefined);
}

/** The days a text states by month and day without a year ("April 8th", "the 3rd of May"), as [month, day]. */
export function monthDaysIn(raw: string): [number, number][] {
  if (!hasMonthWord(raw)) return [];
  const out: [number, number][] = [];
  for (const m of raw.matchAll(MONTH_DAY)) out.push([monthOf(m[1])!, +m[2]]);
  for (const m of raw.matchAll(DAY_MONTH)) out.push([monthOf(m[2])!, +m[1]]);
  return out.filter(([mo, d]) => d >= 1 && d <= 31 && mo >= 1);
}

/** How the people of a country write a date in numbers. */
export function dateOrderOf(country: string | undefined): DateOrder {
  if (country === undefined) return 'both';
  return ['US', 'PH', 'FM', 'MH', 'PW', 'GU', 'PR', 'AS', 'VI', 'UM'].includes(country) ? 'mdy' : country === 'CA' ? 'both' : 'dmy';
}

const WHOLE_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The days a value written as a date can be: one for an ISO date or date-time, the readings of
 * any other format a text may use ("07-20-2022", "May 4th 2023"); empty for no date.
 */
export function datesOfValue(value: string): string[] {
  const v = value.trim();
  const iso = WHOLE_ISO.exec(v);
  if (iso) {
    const d = isoOf(+iso[1], +iso[2], +iso[3]);
    return d ? [d] : [];
  }
  if (v.length > 32 || !/\d{4}/.test(v)) return [];
  return datesIn(v).filter((d) => d.length === 10);
}

/** Whether a value is written as a date (any format read), a date-time, or a month of a year. */
export function isDateValue(value: string): boolean {
  const v = value.trim();
  // A text that holds a date among other words ("notes of 2024-05-12 for the board") is no date.
  return WHOLE_ISO.test(v) || (v.length <= 32 && /\d{4}/.test(v) && v.split(/\s+/).length <= 5 && datesIn(v).length > 0);
}
