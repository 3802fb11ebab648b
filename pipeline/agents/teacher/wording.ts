/**
 * The teacher's wording, shared by its frames: how a value and its source are said, and the
 * lexicon a rationale is written with (who asks, what a request is called, how calls go
 * together), drawn once per rationale. The frames themselves are in pick-frames.ts (the pick and
 * the near-miss) and step-frames.ts (clarification, confirmation, follow-up, chain, parallel).
 * Choices multiply (frame x lexicon x value phrasing), so rationales of one tool over a job are
 * not one template with the values changed.
 */
import { humanize, listOf, type Pick } from '../text.js';
import type { Evidence } from './evidence.js';

/** A value as the rationale shows it, or undefined when it is too long or shaped to show. */
export function show(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '' || s.length > 36 || /["()[\]{}]/.test(s)) return undefined;
    // Words the user wrote read as a quotation; a name, code or number as it is.
    // A comma inside a value would split a list of values, so that one is quoted too.
    return s.includes(',') || (/^[a-z]/i.test(s) && s.split(/\s+/).length > 2) ? `"${s}"` : s;
  }
  if (Array.isArray(v) && v.length > 0 && v.length <= 3) {
    const parts = v.map(show);
    return parts.every((p): p is string => p !== undefined) ? listOf(parts) : undefined;
  }
  return undefined;
}

/** Words the user said, safe to put in quotes. */
export const quotable = (q: string | undefined): q is string => q !== undefined && q.trim() !== '' && q.length <= 48 && !/["()[\]{}]/.test(q);

/** How a derivation's words give the value, as a short phrase before the words. */
const HOW: Readonly<Record<string, readonly string[]>> = {
  'relative-date': ['counting from today,', 'from today,'],
  'company-ticker': ['the ticker of', 'the symbol for'],
  'city-airport': ['the airport of', 'the airport code for'],
  'city-timezone': ['the time zone of', 'the zone'],
  'city-currency': ['the currency of', 'the money used in'],
  'city-coordinates': ['the centre of', 'the coordinates of'],
  'game-app': ['the store id of', 'the app id for'],
  'country-code': ['the country code for', 'the code of'],
  'language-code': ['the language code for', 'the code of'],
  'unit-conversion': ['converted from', "in the tool's unit, from"],
  'spelled-number': ['the number in', 'written as'],
  'previous-result': ['the earlier result behind', 'what the last answer gave for'],
};

type ValueFrame<E> = (e: E, v: string, said: string, pick: Pick) => string;
type Derived = Extract<Evidence, { kind: 'derived' }>;
type Result = Extract<Evidence, { kind: 'result' }>;
type Stated = Extract<Evidence, { kind: 'stated' }>;

// Each list holds closures so that only the wording drawn is built: this runs for every step.
const DERIVED: readonly ValueFrame<Derived>[] = [
  (e, v, s) => `${e.key} ${v} ("${s}")`,
  (e, v, s) => `"${s}" as ${e.key} ${v}`,
  (e, v, s, pick) => {
    const how = HOW[e.how.kind];
    return how ? `${e.key} ${v}, ${pick(how)} "${s}"` : `${e.key} ${v} from "${s}"`;
  },
  (e, v, s) => `${e.key} ${v}, which is what "${s}" means`,
];
const RESULT: readonly ValueFrame<Result>[] = [
  (e) => `${e.key} from ${e.tool}'s result (${e.field})`,
  (e) => `${e.field} from ${e.tool} as ${e.key}`,
  (e, v) => `${e.key}${v ? ` ${v}` : ''}, taken from ${e.tool}`,
  (e) => `${e.key} = ${e.field} returned by ${e.tool}`,
];
const STATED: readonly ValueFrame<Stated>[] = [
  (e, v, q) => `${e.key} ${v} ("${q}")`,
  (e, _v, q) => `"${q}" for ${e.key}`,
  (e, v, q) => `${e.key} ${v} from "${q}"`,
  (e, v, q) => `${e.key} ${v}, since they said "${q}"`,
];

const KEY_AS_WORDS: readonly boolean[] = [false, false, false, true];

/** One value and where it comes from, as a noun phrase (max_price 300 ("under 300")). */
export function sayEvidence(evidence: Evidence, pick: Pick): string | undefined {
  const v = show(evidence.value);
  // The parameter's name as the call has it, now and then as words ("max price").
  const e = { ...evidence, key: pick(KEY_AS_WORDS) ? humanize(evidence.key) : evidence.key } as Evidence;
  switch (e.kind) {
    case 'derived': {
      const said = e.how.said;
      if (!quotable(said)) return v === undefined ? undefined : `${e.key} ${v}`;
      if (v === undefined) return `${e.key} from "${said}"`;
      return pick(DERIVED)(e, v, said, pick);
    }
    case 'result':
      return pick(RESULT)(e, v ?? '', '', pick);
    case 'stated':
      if (v === undefined) return undefined;
      return quotable(e.quote) ? pick(STATED)(e, v, e.quote, pick) : `${e.key} ${v}`;
    default:
      return undefined;
  }
}

/** The words one rationale is written with. */
export interface Lexicon {
  /** Who asks ("they", "the user"), and the verb ending that goes with it ('' or 's'). */
  readonly who: string;
  readonly s: string;
  /** "they want", "the user needs" (followed by "to ..."). */
  readonly wants: string;
  /** "they ask", "the user is asking" (followed by "to ..." or "about ..."). */
  readonly asks: string;
  /** What the user's message is called: request, ask, message, question. */
  readonly request: string;
  /** A transitive verb for a tool fitting the request. */
  readonly fits: string;
  /** What joins a tool and its values: " with ", " using ", ", passing ", ", given ". */
  readonly using: string;
  /** What a tool call is called: call, tool, function, choice. */
  readonly call: string;
  /** A connective to a consequence: so, hence, and so. */
  readonly so: string;
  /** How calls go out together, and why they may. */
  readonly together: string;
  readonly apart: string;
}

const voice = (who: string, wants: string, asks: string): readonly [string, string, string] => [who, wants, asks];
const VOICES = [
  voice('they', 'they want', 'they ask'),
  voice('the user', 'the user wants', 'the user asks'),
  voice('they', "they'd like", 'they are asking'),
  voice('the user', 'the user needs', 'the user is asking'),
  voice('they', 'they need', "they're asking"),
  voice('the user', 'the user would like', 'the user asks'),
];
const REQUEST = ['request', 'ask', 'message', 'question'];
const FITS = ['fits', 'matches', 'suits', 'answers'];
const USING = [' with ', ' using ', ', passing ', ', given ', ' with '];
const CALL = ['call', 'tool', 'function', 'choice'];
const SO = ['so', 'hence', 'and so', 'so'];
const TOGETHER = ['in parallel', 'side by side', 'at the same time', 'all at once', 'together', 'concurrently'];
const APART = ["none needs another's result", 'no call waits on another', 'they do not depend on each other', 'nothing links them', 'no result feeds another call', 'each stands on its own'];

export function lexicon(pick: Pick): Lexicon {
  const [who, wants, asks] = pick(VOICES);
  return {
    who,
    s: who === 'they' ? '' : 's',
    wants,
    asks,
    request: pick(REQUEST),
    fits: pick(FITS),
    using: pick(USING),
    call: pick(CALL),
    so: pick(SO),
    together: pick(TOGETHER),
    apart: pick(APART),
  };
}

const NUMBER = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
export const count = (n: number): string => NUMBER[n] ?? String(n);
