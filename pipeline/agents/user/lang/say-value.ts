/**
 * A value as a second-language request writes it, in the forms the grounding rule still reads
 * (verifiers/rules/grounding*.ts): strings verbatim, an enum's code as its words in quotes,
 * numbers in digits with a dot ("2.5": a decimal comma would not be read back), dates in the
 * language's digits ("4/12/2026", "04.12.2026": the rule reads day-first dates) with the time
 * as the language says it ("a las 14:30"). English free text longer than a few words is not
 * said at all: a request whose message or search is English prose stays English.
 */
import type { UserGrammar } from './grammar.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date or date-time in `g`'s words, or undefined when `v` is no ISO date. */
export function sayDate(g: UserGrammar, v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = ISO.exec(v);
  if (!m) return undefined;
  const day = g.date(m[1], m[2], m[3]);
  if (m[4] === undefined) return day;
  const zone = m[6] === undefined ? '' : m[6] === 'Z' ? ' (UTC)' : ` (UTC${m[6]})`;
  return `${day} ${g.at(m[4], m[5])}${zone}`;
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;
/** A time of day ("14:30") in `g`'s words ("a las 14:30"), or undefined. */
export function sayClock(g: UserGrammar, v: unknown): string | undefined {
  const m = typeof v === 'string' ? CLOCK.exec(v) : null;
  return m ? g.at(m[1].padStart(2, '0'), m[2]) : undefined;
}

/** A code of a list or a word-like value: its words ("turn_on" -> "turn on") in quotes. */
export function sayWords(g: UserGrammar, v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v);
  const words = /^[A-Za-z0-9]+([_-][A-Za-z0-9]+)+$/.test(s) ? s.replace(/[_-]/g, ' ') : s;
  return g.quote(words === words.toUpperCase() && /[A-Z]/.test(words) && words.includes(' ') ? words.toLowerCase() : words);
}

/** Words of a text (an English one a second-language user would not write). */
const wordCount = (s: string): number => s.trim().split(/\s+/).length;

/** A short text in quotes (a title, a search term): at most `most` words, else unsaid. */
export function sayShort(g: UserGrammar, v: unknown, most: number): string | undefined {
  if (typeof v !== 'string' || v.trim() === '' || wordCount(v) > most) return undefined;
  return g.quote(v);
}

/** A string or number as it is. */
export function sayPlain(v: unknown): string | undefined {
  return typeof v === 'string' ? (v === '' ? undefined : v) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
}
