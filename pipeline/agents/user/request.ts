/**
 * A first request as people write one: a register (a polite ask, a question, a stated need, a
 * terse line), the arguments in one sentence or spilling into a second, sometimes the details
 * first, sometimes a greeting, a word about who is asking and why, a thanks, now and then a
 * typo in the request's own words. Capitalised as a sentence is after a greeting.
 */
import type { Rng } from '../../../core/rng.js';
import type { Pick } from '../text.js';
import { FLOWS, joinClauses } from './clauses.js';
import type { Intent } from './intent.js';
import { personaLines, reasonsFor } from './persona.js';
import { typo } from './typos.js';
import { cap, uncap } from './words.js';

/** Where the arguments go in a frame; replaced after any typo, so no value is ever misspelt. */
const ARGS = '\u0001';
type Frame = (vp: string) => string;

/** Frames around a verb phrase that speaks to the assistant ("get me ..."). */
const YOU: readonly Frame[] = [
  (a) => `Can you ${a}${ARGS}?`,
  (a) => `Could you ${a}${ARGS}?`,
  (a) => `Could you please ${a}${ARGS}?`,
  (a) => `Would you ${a}${ARGS}?`,
  (a) => `Please ${a}${ARGS}.`,
  (a) => `${cap(a)}${ARGS}, please.`,
  (a) => `${cap(a)}${ARGS}.`,
  (a) => `I need you to ${a}${ARGS}.`,
  (a) => `I'd like you to ${a}${ARGS}.`,
  (a) => `Any chance you could ${a}${ARGS}?`,
  (a) => `Would you be able to ${a}${ARGS}?`,
  (a) => `Go ahead and ${a}${ARGS}.`,
  (a) => `Quick favour: can you ${a}${ARGS}?`,
  (a) => `When you get a chance, ${a}${ARGS}.`,
  (a) => `Is there any way you could ${a}${ARGS}?`,
  (a) => `Do me a favour and ${a}${ARGS}.`,
  (a) => `Think you could ${a}${ARGS}?`,
  (a) => `Hoping you can ${a}${ARGS}.`,
  (a) => `Can you ${a}${ARGS} for me?`,
  (a) => `Mind if I ask you to ${a}${ARGS}?`,
];
/** Frames around a verb phrase the user says of themselves ("find ..."). */
const SELF: readonly Frame[] = [
  (s) => `I need to ${s}${ARGS}.`,
  (s) => `I want to ${s}${ARGS}.`,
  (s) => `I'd like to ${s}${ARGS}.`,
  (s) => `I have to ${s}${ARGS}.`,
  (s) => `I'm trying to ${s}${ARGS}.`,
  (s) => `Help me ${s}${ARGS}?`,
  (s) => `Can you help me ${s}${ARGS}?`,
  (s) => `I was hoping to ${s}${ARGS}.`,
  (s) => `Let's ${s}${ARGS}.`,
  (s) => `Is it possible to ${s}${ARGS}?`,
  (s) => `Trying to ${s}${ARGS} - can you help?`,
  (s) => `I've got to ${s}${ARGS}.`,
  (s) => `Would it be possible to ${s}${ARGS}?`,
];
const NEED_TAILS = ['', '', ' Can you help?', ' Could you sort that out?', ' Can you do that?', ' What can you do?'];
/** How the details that did not fit the first sentence follow it. */
const SPILL: readonly ((rest: string) => string)[] = [
  (r) => `${cap(r)}.`,
  (r) => `Oh, ${/^and /.test(r) ? '' : 'and '}${r}.`,
  (r) => `Also ${r}.`,
  (r) => `${cap(r)}, if that helps.`,
  (r) => `Ideally ${r}.`,
  (r) => `Details: ${r}.`,
];
const GREETINGS = ['Hi!', 'Hi,', 'Hey,', 'Hello!', 'Hello,', 'Good morning!', 'Morning!', 'Hi there!', 'Hey there,', 'Hiya!', 'Good afternoon.', 'Hello there.', 'Hey!'];
const CLOSINGS = ['Thanks!', 'Thank you.', 'Thanks a lot.', 'Cheers.', 'Appreciate it.', 'Much appreciated.', 'Thanks in advance.', 'Thank you so much!', 'Many thanks.', 'Thx.', 'Ta!'];
const EXTRAS = ['No rush.', "It's a bit urgent.", "I've been putting this off.", "Hope that's enough to go on.", 'Let me know if you need anything else from me.', 'Sorry if this is a silly one.'];

/** The arguments as the tail of a phrase: " from Boston to Lisbon", ", order 8812". */
export function tail(parts: readonly string[], pick: Pick): string {
  if (parts.length === 0) return '';
  const s = joinClauses(parts, pick);
  return FLOWS.test(s) ? ` ${s}` : `, ${s}`;
}

/** Ends `s` with `mark` unless it already ends a sentence (a quoted text that ends in one). */
export function ended(s: string, mark: string): string {
  return /[.!?]["')]?$/.test(s) ? s : `${s}${mark}`;
}

/** Fills a frame: the frame's words may get a typo, the arguments never. */
function framed(frame: string, args: string, rng: Rng): string {
  const f = rng.next() < 0.05 ? typo(frame, rng) : frame;
  return tidy(f.replace(ARGS, () => args));
}

/** One end mark: a value or a quoted text that ends a sentence already ends this one. */
export function tidy(s: string): string {
  return /[.!?]["')]?[.!?]$/.test(s) ? s.replace(/([.!?])(["')]?)[.!?]$/, '$1$2') : s;
}

/** The main sentence: one register, with `parts` as its arguments (`more` details follow in another sentence). */
function sentence(intent: Intent, parts: readonly string[], more: boolean, pick: Pick, rng: Rng): string {
  const args = tail(parts, pick);
  const r = rng.next();
  if (intent.questions.length > 0 && r < 0.18) return framed(`${cap(pick(intent.questions))}${ARGS}?`, args, rng);
  if (intent.needs.length > 0 && r < 0.32) return framed(`${cap(pick(intent.needs))}${ARGS}.${more ? '' : pick(NEED_TAILS)}`, args, rng);
  if (r < 0.45) return framed(pick(SELF)(pick(intent.self)), args, rng);
  if (r < 0.53) return framed(`${pick([cap, (s: string) => s])(pick(intent.self))}${ARGS}${pick(['.', ' pls.', ', thanks.', '.'])}`, args, rng);
  // The details first, then the ask ("From Boston to Lisbon on 2026-12-04: any flights?").
  if (r < 0.6 && parts.length > 0 && parts.length <= 2 && FLOWS.test(parts[0]) && parts.join(' ').length < 60 && intent.questions.length > 0) {
    return ended(`${cap(joinClauses(parts, pick))}, ${pick(intent.questions)}`, '?');
  }
  return framed(pick(YOU)(pick(intent.you)), args, rng);
}

export interface Scene {
  readonly domain: string;
  /** The request changes something (personas for changes, not for look-ups). */
  readonly writes: boolean;
  /** The tool's name: some acts are one role's whatever the domain (grading is a teacher's). */
  readonly act?: string;
}

/** A whole first request for `intent` with argument clauses `parts`. */
export function requestOf(intent: Intent, parts: readonly string[], scene: Scene, pick: Pick, rng: Rng): string {
  // Many details spill into a second sentence.
  const cut = parts.length >= 3 && rng.next() < 0.4 ? rng.int(1, 2) : parts.length;
  let body = sentence(intent, parts.slice(0, cut), cut < parts.length, pick, rng);
  if (cut < parts.length) body += ` ${pick(SPILL)(joinClauses(parts.slice(cut), pick))}`;
  return dressed(body, scene, pick, rng);
}

/** A greeting, who is asking and why, a thanks: each only sometimes. */
export function dressed(body: string, scene: Scene | undefined, pick: Pick, rng: Rng): string {
  let s = body;
  if (scene && rng.next() < 0.3) {
    const lead = pick(personaLines(scene.domain, scene.writes, scene.act));
    s = `${rng.next() < 0.05 ? typo(lead, rng) : lead} ${cap(s)}`;
  } else if (scene && rng.next() < 0.08) s = `${s} ${cap(pick(reasonsFor(scene.domain, scene.writes)))}.`;
  if (rng.next() < 0.07) s += ` ${pick(EXTRAS)}`;
  if (rng.next() < 0.3) {
    const g = pick(GREETINGS);
    s = `${g} ${g.endsWith(',') ? uncap(s) : cap(s)}`;
  }
  if (rng.next() < 0.28 && !/thank|thx|cheers/i.test(s)) s += ` ${pick(CLOSINGS)}`;
  return s;
}
