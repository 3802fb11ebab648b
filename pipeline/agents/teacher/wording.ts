/**
 * The teacher's wording: how a value's source is said, how the pick is said, how the one
 * difference from a near-miss is said, and what a clarification, a confirmation, a follow-up or
 * a parallel step adds. Many frames per part, in several orders, so rationales over a job do not
 * read as one template; every frame is short, so a rationale stays one to three sentences.
 */
import { cap, humanize, listOf, type Pick } from '../text.js';
import type { Evidence } from './evidence.js';
import type { NearMiss } from './near-miss.js';
import { nameParts, type NameParts } from './near-miss.js';

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
const quotable = (q: string | undefined): q is string => q !== undefined && q.length <= 48 && !/["()[\]{}]/.test(q);

/** How a derivation's words give the value, as a short phrase before the words. */
const HOW: Readonly<Record<string, readonly string[]>> = {
  'relative-date': ['counting from today,', 'from today,'],
  'company-ticker': ['the ticker of', 'the symbol for'],
  'city-airport': ['the airport of', 'the airport code for'],
  'city-timezone': ['the time zone of', 'the zone'],
  'city-currency': ['the currency of', 'the money used in'],
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

/** One value and where it comes from, as a noun phrase (max_price 300 ("under 300")). */
export function sayEvidence(e: Evidence, pick: Pick): string | undefined {
  const v = show(e.value);
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

/** The people asking, in a few voices (subject, "wants", "asks"). */
interface Voice {
  readonly who: string;
  readonly wants: string;
  readonly asks: string;
}
const voice = (who: string, wants: string, asks: string): Voice => ({ who, wants, asks });
const VOICES: readonly Voice[] = [
  voice('they', 'they want', 'they ask'),
  voice('the user', 'the user wants', 'the user asks'),
  voice('they', "they'd like", 'they are asking'),
  voice('the user', 'the user needs', 'the user is asking'),
];

/** What the pick sentence is built from. */
export interface PickParts {
  readonly tool: string;
  /** What the tool does, as a verb phrase. */
  readonly does: string;
  /** The values and their sources, joined ("city Oslo and days 3"), or ''. */
  readonly values: string;
  /** A word of the request that names what the tool acts on, when there is one. */
  readonly cue?: string;
}

type Frame = (s: PickParts, v: Voice) => string;
const and = (s: PickParts, lead: string, none = ''): string => (s.values ? `${lead}${s.values}` : none);

/** The pick: what in the request makes this the tool, and with which values. */
const PICK: readonly Frame[] = [
  (s, v) => `${cap(v.wants)} to ${s.does}, so ${s.tool}${and(s, ' with ')}.`,
  (s) => `${s.tool} is the tool here${and(s, ': ', ' for what was asked')}.`,
  (s, v) => `The request is to ${s.does}; ${s.tool} does that${and(s, ', with ')}.`,
  (s) => `${s.values ? `With ${s.values}, ` : 'Here '}${s.tool} is the call that fits.`,
  (s, v) => `${cap(v.asks)} to ${s.does}, which is ${s.tool}'s job${and(s, '; ')}.`,
  (s) => `Calling ${s.tool} to ${s.does}${and(s, ', ')}.`,
  (s) => `${s.tool} fits the request${and(s, ': ', ' as it stands')}.`,
  (s, v) => `This maps to ${s.tool}: ${v.wants} to ${s.does}${and(s, ', with ')}.`,
  (s) => `To ${s.does}, use ${s.tool}${and(s, ' with ')}.`,
  (s) => `${s.tool} covers it${and(s, ', given ')}.`,
  (s, v) => `Since ${v.who} want${v.who === 'they' ? '' : 's'} to ${s.does}, the right call is ${s.tool}${and(s, ', ')}.`,
  (s) => `Right tool: ${s.tool}${and(s, ', ', `, to ${s.does}`)}.`,
];
/** The pick when a word of the request names the tool's object. */
const CUED: readonly Frame[] = [
  (s, v) => `${cap(v.asks)} about "${s.cue}", which ${s.tool} handles${and(s, '; ')}.`,
  (s) => `Asking about "${s.cue}" points to ${s.tool}${and(s, ', with ')}.`,
  (s) => `The mention of "${s.cue}" makes this ${s.tool}${and(s, ': ')}.`,
  (s, v) => `${s.tool}, because ${v.who} ${v.who === 'they' ? 'bring' : 'brings'} up "${s.cue}"${and(s, '; ')}.`,
  (s) => `The key word is "${s.cue}", and ${s.tool} is built for it${and(s, ': ')}.`,
];

/** With a cue, two times in three a frame that quotes it. */
const CUED_OR_NOT: readonly (readonly Frame[])[] = [PICK, CUED, CUED];

export function pickSentence(s: PickParts, pick: Pick): string {
  const v = pick(VOICES);
  const frames = s.cue && quotable(s.cue) ? pick(CUED_OR_NOT) : PICK;
  return pick(frames)(s, v);
}

type NearFrame = (o: string, mine: NameParts, theirs: NameParts, shared: string) => string;
const NEAR_ACTION: readonly NearFrame[] = [
  (o, _c, p, shared) => `${o} also deals with ${shared}, but it would ${p.does}.`,
  (o, c, p) => `Not ${o}: that one would ${p.does}, and the request is to ${c.does}.`,
  (o, c, p) => `${o} is close, yet it would ${p.does} rather than ${c.does}.`,
  (o, _c, p) => `${o} looks similar but would ${p.does}, which nobody asked for.`,
  (o, c, p) => `The near-miss is ${o}; it would ${p.does}, not ${c.does}.`,
];
const NEAR_OBJECT: readonly NearFrame[] = [
  (o, c, p) => `${o} is about the ${p.object}, not the ${c.object}.`,
  (o, c, p) => `Not ${o}, which covers the ${p.object} rather than the ${c.object}.`,
  (o, c, p) => `${o} would give the ${p.object}; the question is about the ${c.object}.`,
  (o, _c, p) => `${o} sounds close, but it is for the ${p.object}.`,
  (o, c, p) => `What matters here is the ${c.object}, so not ${o} (${p.object}).`,
];
const NEAR_HAS: readonly ((o: string, key: string) => string)[] = [
  (o, k) => `${o} takes no ${k}, and the request depends on one.`,
  (o, k) => `Unlike ${o}, it accepts the ${k} the request gives.`,
  (o, k) => `${o} would drop the ${k}.`,
];
const NEAR_NEEDS: readonly ((o: string, key: string) => string)[] = [
  (o, k) => `${o} would need a ${k}, which nobody gave.`,
  (o, k) => `${o} requires a ${k} the request does not have.`,
  (o, k) => `Not ${o}: it needs a ${k}.`,
];

/** The one difference between the chosen tool and a near-miss, as a sentence. */
export function nearSentence(n: NearMiss, pick: Pick): string {
  const o = n.other.name;
  const d = n.diff;
  if (d.kind === 'action') return pick(NEAR_ACTION)(o, nameParts(n.chosen), nameParts(n.other), d.shared);
  if (d.kind === 'object') return pick(NEAR_OBJECT)(o, nameParts(n.chosen), nameParts(n.other), '');
  return pick(d.side === 'has' ? NEAR_HAS : NEAR_NEEDS)(o, humanize(d.key));
}

/** The reply to a clarifying question: `k` the value's label, `s` the reply quoted, `v` the value. */
export const CLARIFIED: readonly ((k: string, s: string, v: string) => string)[] = [
  (k, s) => `The missing ${k} came in the reply ("${s}").`,
  (k, s) => `Now that they have given the ${k} ("${s}"), nothing is left to guess.`,
  (k, _s, v) => `They answered the question: the ${k} is ${v}.`,
  (k, _s, v) => `The ${k} is known now (${v}), so the call is complete.`,
];
export const CLARIFIED_PLAIN: readonly ((key: string) => string)[] = [
  (k) => `The reply supplies the missing ${k}.`,
  (k) => `They have now given the ${k} I asked for.`,
  (k) => `The ${k} was the only gap, and the answer fills it.`,
];
export const CONFIRMED: readonly ((said: string) => string)[] = [
  (s) => `They confirmed ("${s}"), so the action can go ahead.`,
  (s) => `"${s}" is the go-ahead I asked for.`,
  (s) => `Confirmation is in: "${s}".`,
];
export const CONFIRMED_PLAIN: readonly string[] = [
  'The user has confirmed, so it is safe to proceed.',
  'They said yes to the action.',
  'With the go-ahead given, nothing stops the call.',
];
/** A follow-up that repeats the last call with `c` changed; `k` an unchanged value ('' when none). */
export const AGAIN: readonly ((tool: string, c: string, k: string) => string)[] = [
  (t, c, k) => `Same request as before with ${c}, so ${t} again${k ? ` (${k} stays)` : ''}.`,
  (t, c) => `Only one thing changes this turn: ${c}. ${t} once more.`,
  (t, c, k) => `The follow-up repeats the last ask with ${c}; another ${t} call${k ? `, still for ${k}` : ''}.`,
  (t, c) => `${t} again, now with ${c}.`,
  (t, c, k) => `Nothing new to choose: ${t} as before${k ? ` for ${k}` : ''}, but with ${c}.`,
  (t, c) => `This turn only swaps in ${c}, which ${t} handles like the last call.`,
  (t, c, k) => `${k ? `Keeping ${k}, ` : ''}${t} runs a second time with ${c}.`,
  (t, c) => `A repeat of the previous ${t} call, changed to ${c}.`,
];
/** A later step: the value it needed has come back. */
export const READY: readonly ((tool: string, values: string) => string)[] = [
  (t, v) => `${t} can run now: ${v}.`,
  (t, v) => `The earlier answer gives what ${t} needs, ${v}.`,
  (t, v) => `Next comes ${t}, with ${v}.`,
  (t, v) => `Now ${t}: ${v}.`,
  (t, v) => `That result unlocks ${t}: ${v}.`,
  (t, v) => `With the first result back, ${t} gets ${v}.`,
  (t, v) => `Step two is ${t}, fed by the last answer: ${v}.`,
  (t, v) => `The chain continues with ${t}; ${v}.`,
  (t, v) => `${t} needed a value only the result had, and now it has it: ${v}.`,
];

const NUMBER = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
export const count = (n: number): string => NUMBER[n] ?? String(n);

/** One tool called several times, `values` telling the calls apart. */
export const SAME_TOOL: readonly ((tool: string, n: string, key: string, values: string) => string)[] = [
  (t, n, k, v) => `${cap(n)} ${k} values (${v}), so ${n} ${t} calls, run in parallel since none needs another's result.`,
  (t, n, k, v) => `They want this for ${v}: ${t} once per ${k}, all at once.`,
  (t, n, k, v) => `The asks for ${v} are independent, so ${n} parallel calls to ${t}, the ${k} changing each time.`,
  (t, n, k, v) => `${t} takes one ${k} per call, and the request names ${n} (${v}); they go out together.`,
  (t, n, k, v) => `Each of ${v} is its own ${t} call, with no order between them.`,
  (t, n, k, v) => `${t} for ${v}: ${n} calls that differ only in ${k}, so in parallel.`,
  (t, n, k, v) => `Since the ${k} varies (${v}) and nothing else does, ${n} ${t} calls go out side by side.`,
  (t, n, k, v) => `One ${t} call per ${k}, ${v}, made together because none waits on another.`,
];
export const SAME_TOOL_PLAIN: readonly ((tool: string, n: string, key: string) => string)[] = [
  (t, n, k) => `The request holds ${n} separate asks of the same kind, so ${n} ${t} calls side by side, one per ${k}.`,
  (t, n) => `${cap(n)} independent ${t} calls, made in parallel.`,
  (t, n, k) => `Each ${k} needs its own ${t} call; the ${n} of them run at once.`,
  (t, n, k) => `${t} handles one ${k} at a time, so ${n} calls, none depending on another.`,
];
/** Several tools at once: `parts` names each tool with what it is for. */
export const MIXED: readonly ((parts: string, n: string) => string)[] = [
  (p, n) => `${cap(n)} separate asks: ${p}. ${n === 'two' ? 'Neither waits on the other' : 'None waits on another'}, so the calls go out together.`,
  (p) => `The request splits into ${p}, independent of each other, so in parallel.`,
  (p) => `All at once: ${p}, since no call needs another's output.`,
  (p, n) => `${cap(n)} tools in one step: ${p}; nothing links them, so no need to wait.`,
  (p) => `In parallel: ${p}. No result feeds another call.`,
  (p, n) => `The message bundles ${n} unrelated tasks, so ${p}, side by side.`,
];
