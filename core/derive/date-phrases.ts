/**
 * How a user says a date instead of writing it: relative to today ("tomorrow", "in 3 days",
 * "two weeks ago", "this Friday", "next Monday", "the 14th", "the end of the month", "March
 * 14", "March 14 last year"), a month ("next month", "March"), a year ("last year"), a
 * date-time with its clock ("tomorrow at 9:30 am"). Each phrase names exactly the value from
 * today, read as the grounding rule reads it (verifiers/rules/grounding-relative.ts): weeks
 * run Monday to Sunday, and "next Friday" is only said where it cannot mean two days. Which
 * meanings a value has is date-meanings.ts (the second languages say the same ones); this is
 * their English.
 */
import { dateMeanings, englishPhrases, hasClock, type EnglishStyle } from './date-meanings.js';
import { spell } from './numbers.js';

export { ordinal } from './date-meanings.js';

/** A count as people say it: in words when small, in digits otherwise, half the time either way. */
const count = (n: number, words: boolean): string => (words && n <= 20 ? spell(n) : String(n));

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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) return [];
  const words = r() < 0.5;
  const meanings = dateMeanings(value, today, isYear);
  // A clock's style is drawn once for the value, and only for a date-time off midnight.
  const twelve = !isYear && hasClock(value) ? r() < 0.7 : true;
  const style: EnglishStyle = { count: (n) => count(n, words), clock: (h, min) => clockPhrase(h, min, twelve) };
  return meanings.flatMap((x) => englishPhrases(x, style));
}
