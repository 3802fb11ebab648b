/**
 * How one argument is said: clause templates around the value as a person words it ("leaving
 * from {v}", "for {v}", "under {v}"), by what the field means, never "<parameter name> set to
 * <value>". A speaker is worked out once per API and field (clauses.ts caches them).
 */
import { labelOf } from '../../../core/derive/said-words.js';
import type { Pick } from '../text.js';

export interface Speaker {
  /** Where the clause goes in a request: what first, then places, dates, counts, options, text, flags. */
  readonly rank: number;
  /** Clause templates; `{v}` is the value as said. */
  readonly tpl: readonly string[];
  /** The value as said: verbatim strings, an enum's words, a number with its unit. */
  readonly value: (v: unknown, pick: Pick) => string;
  /** Booleans: clauses for true and for false (the wording carries the value). */
  readonly yes?: readonly string[];
  readonly no?: readonly string[];
  /** What follows a number when it is spelled out instead ("three" + " nights"). */
  readonly after?: (n: number) => string;
  /** An object whose fields are said as clauses of the request itself (options, filters). */
  readonly flatten?: boolean;
}

export const RANK = { what: 0, origin: 1, destination: 2, place: 3, date: 4, dateEnd: 4.5, people: 5, amount: 6, option: 7, text: 8, flag: 9, paging: 10 } as const;

export { labelOf };

/** A string value as said: verbatim, but an enum's snake_case code as its words ("turn_on" -> "turn on"). */
export function sayString(v: string, enumerated: boolean): string {
  if (!enumerated || !/^[A-Za-z0-9]+(_[A-Za-z0-9]+)+$/.test(v)) return v;
  const words = v.replace(/_/g, ' ');
  return words === words.toUpperCase() ? words.toLowerCase() : words;
}

/** Quotes a free text unless it has quotes of its own. */
export const quoted = (s: string): string => (s.includes('"') ? s : `"${s}"`);

export const speaker = (rank: number, tpl: readonly string[], value: Speaker['value'], more: Partial<Speaker> = {}): Speaker => ({ rank, tpl, value, ...more });
