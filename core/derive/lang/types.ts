/**
 * What a second language gives the derivation library (es.ts, fr.ts, de.ts, pt.ts, it.ts): its
 * number words, how it says each date meaning (date-meanings.ts) and a clock, and its phrases
 * for the user's own things. Readers (read.ts) are built from these same sayers, so whatever a
 * language says it reads back, and nothing else.
 */
import type { DayMeaning } from '../date-meanings.js';
import type { ProfileField } from '../profile.js';

/** Languages a dialogue is written in besides English (ISO 639-1). */
export const LANGS = ['es', 'fr', 'de', 'pt', 'it'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (l: string | undefined): l is Lang => (LANGS as readonly (string | undefined)[]).includes(l);

/** Grammatical gender of what a number counts (the words of 1 and 2, Spanish and Portuguese hundreds). */
export type Gender = 'm' | 'f';

/**
 * How a day phrase goes into a clause written for a calendar date ("el {v}", "ab dem {v}"):
 * `keep` as the date would ("el próximo lunes", "am 14. Juli"); `bare` with the clause's article
 * dropped ("mañana", "à partir de demain"); `span` too, and only where no preposition leads
 * ("dentro de tres días", not "desde dentro de..."); `a`/`o` (Portuguese) with its own article,
 * which the clause's preposition takes in ("na próxima segunda-feira", "a partir do dia 14").
 */
export type Shape = 'keep' | 'bare' | 'span' | 'a' | 'o';

export interface DayPhrase {
  readonly text: string;
  readonly shape: Shape;
}

/** A count as said: in words or digits, agreeing with what it counts. */
export type Count = (n: number, g: Gender) => string;

/** The role a thing of the user's plays in a request: received, given, or anything else. */
export type Role = 'to' | 'from' | 'at';

export interface LangWords {
  readonly lang: Lang;
  /** An integer from 0 to 999 in words, agreeing with the gender of what it counts. */
  readonly spell: (n: number, g: Gender) => string;
  /** Every other way the language writes a number in words (variant spellings a reader accepts). */
  readonly spellings?: (n: number) => readonly string[];
  /** The ways to say a day (several may be natural: "próximo lunes", "lunes que viene"). */
  readonly day: (x: DayMeaning, count: Count) => readonly DayPhrase[];
  /** The ways to say a month or a year relative to today. */
  readonly period: (x: { readonly t: 'month'; readonly shift: number } | { readonly t: 'month-of'; readonly m: number; readonly dy: number } | { readonly t: 'year'; readonly shift: number } | { readonly t: 'years'; readonly n: number; readonly dir: 1 | -1 }, count: Count) => readonly string[];
  /** A clock time after a day ("a las 9:30", "um 14:05 Uhr"), on a 24-hour clock. */
  readonly clock: (h: number, min: number) => string;
  /** How a request speaks of each of the user's own things, by role (profile.ts has the English). */
  readonly profile: Readonly<Record<ProfileField, Readonly<Record<Role, readonly string[]>>>>;
}
