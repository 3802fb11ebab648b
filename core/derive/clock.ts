/**
 * Clock times as people write them ("2pm", "2:30 p.m.", "14:30", "14h30", "noon", "half past
 * two") and as tools take them ("14:00", "14:00:00", "2:00 PM", the time of a date-time), all
 * read as HH:MM on a 24-hour clock, so "2pm" states 14:00 and nothing else.
 */
import { numberInWords } from './numbers.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** HH:MM of hour `h` (0-23 on a 24-hour clock, or 1-12 with `meridiem`) and minute `min`, or undefined. */
function hhmm(h: number, min: number, meridiem?: string): string | undefined {
  if (!Number.isInteger(h) || !Number.isInteger(min) || min < 0 || min > 59) return undefined;
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return undefined;
    return `${pad((h % 12) + (meridiem.startsWith('p') ? 12 : 0))}:${pad(min)}`;
  }
  return h >= 0 && h <= 23 ? `${pad(h)}:${pad(min)}` : undefined;
}

/** A clock time "9:30 am", "3 pm", "14:30", "noon" (a whole phrase) as HH:MM. */
export function clockOf(s: string): string | undefined {
  const t = s.trim().toLowerCase();
  if (t === 'noon' || t === 'midday') return '12:00';
  if (t === 'midnight') return '00:00';
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(t);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  return hhmm(Number(m[1]), m[2] === undefined ? 0 : Number(m[2]), m[3]);
}

const TWELVE = /\b(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])\.?\s?m\b\.?/gi;
const TWENTY_FOUR = /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?!\s*[ap]\.?\s?m\b)(?!\d)/gi;
const FRENCH = /\b([01]?\d|2[0-3])\s?h\s?([0-5]\d)?\b/gi;
const OCLOCK = /\b(\d{1,2}|[a-z]+) o'?clock\b/gi;
const PAST_TO = /\b(half|quarter|\d{1,2}|[a-z]+(?:-[a-z]+)?) (past|to) (\d{1,2}|[a-z]+)\b/gi;
const NAMED: readonly [RegExp, string][] = [[/\b(noon|midday)\b/i, '12:00'], [/\bmidnight\b/i, '00:00']];

/** Every clock time the text states, as HH:MM ("at 3 o'clock" reads both 03:00 and 15:00). */
export function clocksIn(raw: string): Set<string> {
  const out = new Set<string>();
  const add = (c: string | undefined): void => void (c !== undefined && out.add(c));
  if (/\d\s*[ap]\.?\s?m/i.test(raw)) for (const m of raw.matchAll(TWELVE)) add(hhmm(Number(m[1]), m[2] === undefined ? 0 : Number(m[2]), m[3].toLowerCase()));
  if (raw.includes(':')) for (const m of raw.matchAll(TWENTY_FOUR)) add(hhmm(Number(m[1]), Number(m[2])));
  if (/\dh/i.test(raw) || /\d h\b/i.test(raw)) for (const m of raw.matchAll(FRENCH)) add(hhmm(Number(m[1]), m[2] === undefined ? 0 : Number(m[2])));
  if (/clock/i.test(raw)) {
    for (const m of raw.matchAll(OCLOCK)) {
      const h = numberInWords(m[1]);
      if (h !== undefined) [h, h + 12].forEach((x) => add(hhmm(x, 0)));
    }
  }
  if (/ (past|to) /i.test(raw)) {
    for (const m of raw.matchAll(PAST_TO)) {
      const h = numberInWords(m[3]);
      const min = m[1].toLowerCase() === 'half' ? 30 : m[1].toLowerCase() === 'quarter' ? 15 : numberInWords(m[1]);
      if (h === undefined || min === undefined) continue;
      const past = m[2].toLowerCase() === 'past';
      for (const base of [h, h + 12]) add(past ? hhmm(base % 24, min) : hhmm((base + 23) % 24, 60 - min));
    }
  }
  for (const [re, c] of NAMED) if (re.test(raw)) out.add(c);
  return out;
}

const VALUE_CLOCK = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?$/i;
const DATE_TIME_CLOCK = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/;

/** The HH:MM of a value that is a clock time ("14:00", "2:00 PM") or a date-time; undefined otherwise. */
export function clockOfValue(value: string): string | undefined {
  const v = value.trim();
  let m = VALUE_CLOCK.exec(v);
  if (m) return hhmm(Number(m[1]), Number(m[2]), m[3]?.toLowerCase());
  m = DATE_TIME_CLOCK.exec(v);
  return m ? hhmm(Number(m[1]), Number(m[2])) : undefined;
}
