/**
 * What a step's context adds to its rationale, from many frames written with the rationale's
 * lexicon: the reply to a clarifying question, a confirmation, a follow-up that repeats the last
 * call with a value changed, a later step fed by an earlier result, and calls made together
 * (one tool several times, or several tools).
 */
import { cap } from '../text.js';
import type { Lexicon } from './wording.js';

/** The reply to a clarifying question: `k` the value's label, `s` the reply quoted, `v` the value. */
export const CLARIFIED: readonly ((k: string, s: string, v: string, l: Lexicon) => string)[] = [
  (k, s) => `The missing ${k} came in the reply ("${s}").`,
  (k, s) => `Now that they have given the ${k} ("${s}"), nothing is left to guess.`,
  (k, _s, v) => `They answered the question: the ${k} is ${v}.`,
  (k, _s, v) => `The ${k} is known now (${v}), so the call is complete.`,
  (k, s, _v, l) => `"${s}" answers what the ${l.request} left out, the ${k}.`,
  (k, _s, v, l) => `With ${v} as the ${k}, the ${l.request} is complete.`,
];
export const CLARIFIED_PLAIN: readonly ((k: string, l: Lexicon) => string)[] = [
  (k) => `The reply supplies the missing ${k}.`,
  (k) => `They have now given the ${k} I asked for.`,
  (k) => `The ${k} was the only gap, and the answer fills it.`,
  (k, l) => `The ${l.request} lacked the ${k}; the reply gives it.`,
];
export const CONFIRMED: readonly ((said: string, l: Lexicon) => string)[] = [
  (s) => `They confirmed ("${s}"), so the action can go ahead.`,
  (s) => `"${s}" is the go-ahead I asked for.`,
  (s) => `Confirmation is in: "${s}".`,
  (s, l) => `${cap(l.who)} said "${s}" when asked, ${l.so} it is safe to act.`,
  (s) => `The reply "${s}" confirms the action.`,
];
export const CONFIRMED_PLAIN: readonly ((l: Lexicon) => string)[] = [
  () => 'The user has confirmed, so it is safe to proceed.',
  () => 'They said yes to the action.',
  () => 'With the go-ahead given, nothing stops the call.',
  (l) => `${cap(l.who)} confirmed when asked, ${l.so} the action goes ahead.`,
];

/** A follow-up that repeats the last call with `c` changed; `k` an unchanged value ('' when none). */
export const AGAIN: readonly ((tool: string, c: string, k: string, l: Lexicon) => string)[] = [
  (t, c, k) => `Same request as before with ${c}, so ${t} again${k ? ` (${k} stays)` : ''}.`,
  (t, c) => `Only one thing changes this turn: ${c}. ${t} once more.`,
  (t, c, k, l) => `The follow-up repeats the last ${l.request} with ${c}; another ${t} call${k ? `, still for ${k}` : ''}.`,
  (t, c) => `${t} again, now with ${c}.`,
  (t, c, k) => `Nothing new to choose: ${t} as before${k ? ` for ${k}` : ''}, but with ${c}.`,
  (t, c, _k, l) => `This ${l.request} only swaps in ${c}, which ${t} handles like the last call.`,
  (t, c, k) => `${k ? `Keeping ${k}, ` : ''}${t} runs a second time with ${c}.`,
  (t, c) => `A repeat of the previous ${t} call, changed to ${c}.`,
  (t, c, k, l) => `${cap(l.wants)} the same thing for ${c}${k ? ` (${k} as before)` : ''}, ${l.so} ${t} once more.`,
  (t, c, _k, l) => `The new ${l.request} differs from the last only in ${c}; the ${l.call} stays ${t}.`,
  (t, c, k) => `${t} fits again: ${c} is new${k ? `, ${k} carries over` : ''}.`,
];

/** A later step: the value it needed has come back. */
export const READY: readonly ((tool: string, values: string, l: Lexicon) => string)[] = [
  (t, v) => `${t} can run now: ${v}.`,
  (t, v) => `The earlier answer gives what ${t} needs, ${v}.`,
  (t, v) => `Next comes ${t}, with ${v}.`,
  (t, v) => `Now ${t}: ${v}.`,
  (t, v) => `That result unlocks ${t}: ${v}.`,
  (t, v) => `With the first result back, ${t} gets ${v}.`,
  (t, v) => `Step two is ${t}, fed by the last answer: ${v}.`,
  (t, v) => `The chain continues with ${t}; ${v}.`,
  (t, v) => `${t} needed a value only the result had, and now it has it: ${v}.`,
  (t, v, l) => `The ${l.request} asked for a second step, ${t}, and the result supplies ${v}.`,
  (t, v, l) => `${t} could not run before the first call returned; now it takes ${v}.`,
];

/** One tool called several times, `values` telling the calls apart. */
export const SAME_TOOL: readonly ((tool: string, n: string, key: string, values: string, l: Lexicon) => string)[] = [
  (t, n, k, v, l) => `${cap(n)} ${k} values (${v}), so ${n} ${t} calls, run ${l.together} since ${l.apart}.`,
  (t, n, k, v, l) => `They want this for ${v}: ${t} once per ${k}, ${l.together}.`,
  (t, n, k, v, l) => `The asks for ${v} are independent, so ${n} calls to ${t} ${l.together}, the ${k} changing each time.`,
  (t, n, k, v, l) => `${t} takes one ${k} per call, and the ${l.request} names ${n} (${v}); they go out ${l.together}.`,
  (t, _n, _k, v, l) => `Each of ${v} is its own ${t} call, made ${l.together} as ${l.apart}.`,
  (t, n, k, v, l) => `${t} for ${v}: ${n} calls that differ only in ${k}, ${l.so} ${l.together}.`,
  (t, n, k, v, l) => `Since the ${k} varies (${v}) and nothing else does, ${n} ${t} calls go out ${l.together}.`,
  (t, _n, k, v, l) => `One ${t} call per ${k}, ${v}, made ${l.together} because ${l.apart}.`,
  (t, n, k, v, l) => `${cap(l.wants)} the same lookup for ${n} ${k} values, ${v}: ${n} ${t} calls ${l.together}.`,
  (t, n, _k, v, l) => `${v}: ${n} ${t} calls, ${l.together}, as ${l.apart}.`,
];
export const SAME_TOOL_PLAIN: readonly ((tool: string, n: string, key: string, l: Lexicon) => string)[] = [
  (t, n, k, l) => `The ${l.request} holds ${n} separate asks of the same kind, so ${n} ${t} calls ${l.together}, one per ${k}.`,
  (t, n, _k, l) => `${cap(n)} independent ${t} calls, made ${l.together}.`,
  (t, n, k, l) => `Each ${k} needs its own ${t} call; the ${n} of them run ${l.together}.`,
  (t, n, k, l) => `${t} handles one ${k} at a time, so ${n} calls, and ${l.apart}.`,
  (t, n, _k, l) => `${cap(n)} ${t} calls ${l.together}, since ${l.apart}.`,
];

/** Several tools at once: `parts` names each tool with what it is for. */
export const MIXED: readonly ((parts: string, n: string, l: Lexicon) => string)[] = [
  (p, n) => `${cap(n)} separate asks: ${p}. ${n === 'two' ? 'Neither waits on the other' : 'None waits on another'}, so the calls go out together.`,
  (p, _n, l) => `The ${l.request} splits into ${p}, independent of each other, so ${l.together}.`,
  (p, _n, l) => `All at once: ${p}, since ${l.apart}.`,
  (p, n, l) => `${cap(n)} tools in one step: ${p}; ${l.apart}, so no need to wait.`,
  (p, _n, l) => `${cap(l.together)}: ${p}. No result feeds another call.`,
  (p, n, l) => `The ${l.request} bundles ${n} unrelated tasks, so ${p}, ${l.together}.`,
  (p, n, l) => `${cap(l.wants)} ${n} things at once: ${p}; ${l.apart}.`,
  (p, _n, l) => `Run ${l.together}: ${p}, because ${l.apart}.`,
];
