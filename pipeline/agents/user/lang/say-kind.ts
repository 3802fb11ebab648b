/**
 * What saying one argument in a second language gives (say.ts, say-strings.ts, say-numbers.ts
 * build it): the clause's rank among the request's details and its template key, the value as
 * written, and what some templates need besides (the field's noun, a code's name, a flag's
 * phrases, an object said by its fields or as changes).
 */
import { RANK as EN_RANK } from '../speaker.js';
import type { FlagPhrases } from './flags.js';
import type { Noun } from './types.js';

/** Ranks of the clauses of a second-language request: the English ones, and an id said right after its noun first of all. */
export const RANK = { ...EN_RANK, attached: -1 } as const;

/** One argument as a second language says it. */
export interface Say {
  readonly rank: number;
  /** The clause template key (the grammar's `clauses`). */
  readonly key: string;
  /** The value as written, or undefined when this value cannot be said. */
  readonly value: (v: unknown) => string | undefined;
  /** The field's noun, for templates that name it ("del curso {v}"). */
  readonly noun?: Noun;
  /** A code's name, for "con el {K} {v}" (ISBN, VIN). */
  readonly code?: string;
  /** Another way when `value` cannot say a value (a free field holding a date or a word). */
  readonly or?: { readonly key: string; readonly value: (v: unknown) => string | undefined };
  /** Yes/no: the phrases carry the value. */
  readonly flag?: FlagPhrases;
  /** An object of options: its fields are said as details of the request itself. */
  readonly fields?: boolean;
  /** An object of changes: each field as "{noun} a {value}". */
  readonly changes?: boolean;
}
