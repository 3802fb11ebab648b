/**
 * What each second language gives the assistant (es.ts, fr.ts, de.ts, pt.ts, it.ts): how it
 * opens and closes an answer, says a count, the best items, a fact, a change made, a failure
 * and what to do about it, several results side by side, a value carried to the next step; how
 * it asks for a missing detail and declines a need it has no tool for; how dates are said. The
 * engine (answer.ts, summary.ts, facts.ts, replies.ts) is shared. Arguments are ready phrases:
 * `np` a noun phrase with its article ("la póliza"), `q` a place or subject with its lead
 * (" en Lyon", " para el pedido 8812", or ""), `c` a count with its noun ("3 hoteles").
 */
import type { Noun } from '../../user/lang/types.js';
import type { Lang } from '../../user/lang/types.js';
import type { Mood } from '../openings.js';
import type { When } from './format.js';

export type Order = 'cheapest' | 'nearest' | 'top' | 'sorted' | 'listed';
type Line<A extends unknown[]> = readonly ((...a: A) => string)[];

export interface AnswerGrammar {
  readonly lang: Lang;
  /** A date read back from the English facts: with its lead ("el 10 de junio", "mañana") and bare ("10 de junio"). */
  readonly when: (w: When, todayYear: number) => { readonly on: string; readonly bare: string };
  /** Upper-cases a sentence's first letter. */
  readonly cap: (s: string) => string;
  readonly and: (items: readonly string[]) => string;
  readonly openings: Readonly<Record<Mood, readonly string[]>>;
  readonly closings: Readonly<Record<Mood, readonly string[]>>;
  /** " en Lyon" (a place) or " para X" (a thing asked about). */
  readonly about: (np: string, place: boolean) => string;
  // ── lists
  readonly count: Line<[c: string, q: string]>;
  readonly countTotal: Line<[c: string, q: string, listed: string]>;
  /** Nothing found: `many` is the bare plural ("hoteles"). */
  readonly none: Line<[many: string, q: string]>;
  readonly retry: readonly string[];
  readonly best: Readonly<Record<Order, Line<[one: string, by: string]>>>;
  /** The other items after the best: `n` how many. */
  readonly then: Line<[others: string, n: number]>;
  readonly only: Line<[one: string]>;
  /** A bulleted list's lead ("Los primeros 3 resultados:"). */
  readonly firstN: (n: number) => string;
  /** An item with its price first ("Station Lodge por 435,07 €"), the other facts after it in brackets. */
  readonly priced: (name: string, price: string, rest: string) => string;
  /** An item with no name ("una opción con ..."). */
  readonly unnamed: (facts: string) => string;
  // ── facts
  /** "por persona", "pro Nacht": a price's unit, after it (`one`: the noun in the singular, bare). */
  readonly per: (one: string) => string;
  /** A status adjective (masculine singular) agreeing with its noun. */
  readonly adj: (adj: string, n: Noun | undefined, plural: boolean) => string;
  /** The rest of a list cut short ("3 más", "3 weitere"). */
  readonly more: (n: number) => string;
  /** A percentage ("74 %" in French, "74%" elsewhere). */
  readonly pct: (n: string) => string;
  /** A change of a number: up or down by an amount, or unchanged. */
  readonly change: (dir: 'up' | 'down' | 'same', amount: string) => string;
  /** A date fact in a sentence ("la fecha de salida es el 10 de junio", "das Datum ist der 10. Juni"). */
  readonly isDate: (np: string, on: string, bare: string, many: boolean) => string;
  /** A fact in a sentence: `np` the field with its article, `value` as said, `many` a plural field. */
  readonly is: (np: string, value: string, quantity: boolean, many: boolean) => string;
  /** A fact among others, in brackets or a list ("precio: 435,07 €"). */
  readonly pair: (label: string, value: string) => string;
  /** A status in a sentence: `np` the field with its article, `word` the status as the system or the language words it ("el estado figura como "cerrado""). */
  readonly state: (np: string, word: string) => string;
  /** A count of a field: "hay 120 reseñas". */
  readonly there: (c: string, n: number) => string;
  /** Lookup sentences: a lead ("Para X", "En Lyon") or none, then the fact clauses. */
  readonly lookup: Line<[lead: string, first: string, rest: string]>;
  readonly lead: (np: string, place: boolean) => string;
  readonly bare: Line<[np: string]>;
  readonly value: Line<[v: string]>;
  // ── changes
  /** A change made: `pp` the participle ("cancelado"; Portuguese: "cancelei"), `np` the object. */
  readonly done: Line<[pp: string, np: string, q: string]>;
  readonly made: Line<[pp: string, np: string, q: string, ref: string]>;
  /** A change the service turned down: `inf` the verb, `np` the object. */
  readonly rejected: Line<[inf: string, np: string, q: string, why: string]>;
  /** How many requests of a batch went through. */
  readonly batch: (ok: number, total: number) => string;
  // ── failures
  readonly failed: Line<[why: string, fix: string]>;
  /** Why and what to do: nothing with that value (`none`: "ninguna póliza"; `label`: the field after "with" (German dative), `labelDef`: the field to check). */
  readonly notFound: (none: string | undefined, label: string | undefined, value: string | undefined, labelDef: string | undefined) => { readonly why: string; readonly fix: string };
  readonly invalid: (labelBare: string | undefined, labelDef: string | undefined, value: string | undefined) => { readonly why: string; readonly fix: string };
  /** The service could not be reached (503): nothing wrong with the request. */
  readonly unavailable: { readonly why: string; readonly fix: string };
  readonly otherError: { readonly why: string; readonly fix: string };
  /** Why a change was turned down when the service says no more. */
  readonly notAccepted: string;
  /** A lookup part with no fact the language can name. */
  readonly partNothing: string;
  // ── several results, a chain, a later turn
  readonly someFailed: Line<[ok: number, n: number, failed: string]>;
  readonly noneWorked: Line<[n: number]>;
  readonly allCame: Line<[n: number]>;
  readonly cheapest: Line<[head: string, price: string]>;
  /** A part of a parallel answer, lead-in: "Para Lyon" / "La consulta 2". */
  readonly head: (value: string, place: boolean) => string;
  /** The same for a date (`on` as `when` gives it): "para el 10 de abril", "für den 10. April". */
  readonly headWhen: (on: string, bare: string) => string;
  readonly nth: (i: number) => string;
  readonly partFailed: (why: string) => string;
  readonly partDone: (ref: string | undefined) => string;
  readonly partList: (c: string, best: string | undefined, cheapest: boolean) => string;
  readonly used: Line<[value: string]>;
  readonly firstStep: Line<[many: string, part: string]>;
  readonly backSame: readonly string[];
  readonly backLess: Line<[was: string]>;
  readonly backMore: Line<[was: string]>;
  readonly sameAsBefore: string;
  // ── replies without a call
  /** Declining: `vp` what the user wanted ("retirar solicitudes de empleo"), `topics` what the tools cover. */
  readonly decline: Line<[vp: string, topics: string]>;
  readonly domains: Readonly<Record<string, string>>;
  /** Asking for a missing value: by its kind, or with the field's noun (`def`: "el número de póliza", `bare`: "número de póliza"). */
  readonly askKind: Readonly<Record<string, readonly string[]>>;
  readonly askLabel: Line<[def: string, bare: string, feminine: boolean]>;
  /** Asking which thing an id names ("¿De qué solicitud se trata?"): `bare` the noun, `n` it with its gender. */
  readonly askThing: Line<[bare: string, n: Noun]>;
  readonly askFrames: Line<[q: string, action: string, labelDef: string]>;
}
