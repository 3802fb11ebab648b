/**
 * What each second language gives the user agent (es.ts, fr.ts, de.ts, pt.ts, it.ts): the
 * frames a request is put in (polite, a question, a stated need, terse), the words around it
 * (greetings, who is asking, thanks), the later turns (the missing detail, follow-ups, several
 * things at once), how an argument is said (clause templates by what the value is), and how
 * dates, times and quotes are written. The engine (request.ts, turns.ts, clauses.ts) is shared.
 */
import type { Lang, Noun } from './types.js';

/** Where a request's details go in a frame; filled after any typo, so no value is ever misspelt. */
export const ARGS = '\u0001';

/**
 * A verb phrase with its object and the details placeholder, in the forms frames need:
 * infinitive ("buscar vuelos␁"; German "Flüge␁ suchen"), imperative ("busca vuelos␁";
 * German "ruf den Kontostand␁ ab") and German zu-infinitive ("Flüge␁ zu suchen").
 */
export interface VP {
  readonly inf: string;
  readonly imp: string;
  readonly zu: string;
}

export type Frame = (vp: VP) => string;

/** The tool's object as a noun phrase, for questions and stated needs ("¿Hay vuelos...?", "Necesito el saldo"). */
export interface Topic {
  /** With "the" (or "my" for the user's own things); German accusative. */
  readonly the: string;
  /** The same as a subject (German nominative: "der Kontostand"; the other languages as `the`). */
  readonly theNom: string;
  /** With "a", or bare in the plural. */
  readonly a: string;
  readonly plural: boolean;
  readonly noun: Noun;
}

export interface UserGrammar {
  readonly lang: Lang;
  /** Frames that speak to the assistant ("¿Puedes ...?", "Busca ..., por favor."). */
  readonly you: readonly Frame[];
  /** Frames the user says of themselves ("Necesito ...", "Quiero ..."). */
  readonly self: readonly Frame[];
  /** Terse lines ("Buscar vuelos ..., porfa."). */
  readonly terse: readonly Frame[];
  /** Questions about a thing looked up or searched, with the details placeholder, or none. */
  readonly questions: (t: Topic, search: boolean) => readonly string[];
  /** Sentences stating the need, with the details placeholder. */
  readonly needs: (t: Topic, search: boolean) => readonly string[];
  readonly needTails: readonly string[];
  /** Details that did not fit the first sentence. */
  readonly spill: readonly ((rest: string) => string)[];
  readonly greetings: readonly string[];
  readonly closings: readonly string[];
  readonly extras: readonly string[];
  /** Who is asking: for look-ups, for changes, and by domain (any request). */
  readonly personaRead: readonly string[];
  readonly personaWrite: readonly string[];
  readonly personaDomain: Readonly<Record<string, readonly string[]>>;
  /** A reason said after a request, as a whole sentence. */
  readonly reasons: readonly string[];
  /** Clarification: the missing value as a clause (`c`) or bare (`v`). */
  readonly giveMissing: readonly ((c: string, v: string) => string)[];
  /** A follow-up that uses the last result (its reference is among the details). */
  readonly followDep: readonly Frame[];
  /** The same request with one detail changed. */
  readonly followVary: readonly ((c: string) => string)[];
  /** Another request in the same conversation. */
  readonly followNew: readonly Frame[];
  /** Two steps in one request: the first, then the next using its result. */
  readonly dependent: readonly ((first: VP, next: VP) => string)[];
  /** Several requests at once (two or more). */
  readonly many: readonly ((vps: readonly VP[]) => string)[];
  /** One tool over several values of one detail ("en Lyon, Oslo y Roma"). */
  readonly grouped: readonly Frame[];
  /** A need the tools cannot meet, stated as a need. */
  readonly unmet: readonly Frame[];
  /** Said after a turn that would otherwise repeat an earlier one. */
  readonly again: readonly string[];
  /** How a detail taken from an earlier result is led in ("para {ref}", "con {ref}"). */
  readonly refLead: readonly string[];
  /** "the first one" / "the first {noun}" / "that {noun}" / "the result": see refs.ts. */
  readonly firstOne: (n: Noun | undefined) => readonly string[];
  readonly thatOne: (n: Noun | undefined, justReturned: boolean) => readonly string[];
  /** Clause templates by clause key (clauses.ts): {v} the value, {N:prep:det[:case][:pl]} the field's noun, {#} the value counted with it. */
  readonly clauses: Readonly<Record<string, readonly string[]>>;
  /** A date (YYYY-MM-DD) as written in the language, in digits the grounding rule reads ("4/12/2026", "04.12.2026"). */
  readonly date: (y: string, m: string, d: string) => string;
  /** "a las 14:30", "à 14h30", "um 14:30 Uhr". */
  readonly at: (hh: string, mm: string) => string;
  /** Quotes around a text, a search term or a code. */
  readonly quote: (s: string) => string;
  /** Common words with the slips people make typing them (accents dropped, letters swapped). */
  readonly typos: Readonly<Record<string, readonly string[]>>;
}
