/**
 * A first request in a second language, put as people put one: a register (a polite ask, a
 * question, a stated need, a terse line), the details in one sentence or spilling into a
 * second, sometimes who is asking and why, a greeting, a thanks, now and then a typo in the
 * request's own words (never in a value). The same shape as the English user's (user/request.ts).
 */
import type { Rng } from '../../../../core/rng.js';
import type { Pick } from '../../text.js';
import { joinIn } from './clauses.js';
import { ARGS, type UserGrammar } from './grammar.js';
import { capital as cap, elided } from './morph.js';
import { topicOf, vpOf, type Asking } from './topic.js';
import { stanceOf, type Stance } from '../persona.js';
import type { Lang } from './types.js';

/** The details as the tail of a verb phrase (" desde Boston a Lisboa"). */
export const tailIn = (lang: Lang, parts: readonly string[], pick?: Pick): string => (parts.length === 0 ? '' : ` ${joinIn(lang, parts, pick)}`);

const typoRes = new Map<Lang, RegExp>();
/** `text` (which holds no value yet) with one of its common words misspelt, when it has one. */
export function typoIn(g: UserGrammar, text: string, rng: Rng): string {
  let re = typoRes.get(g.lang);
  if (!re) typoRes.set(g.lang, (re = new RegExp(`(?<!\\p{L})(${Object.keys(g.typos).join('|')})(?!\\p{L})`, 'gu')));
  const hits = [...text.matchAll(re)];
  if (hits.length === 0) return text;
  const m = hits[Math.floor(rng.next() * hits.length)];
  const options = g.typos[m[1]];
  const at = m.index ?? 0;
  return text.slice(0, at) + options[Math.floor(rng.next() * options.length)] + text.slice(at + m[1].length);
}

/** A frame filled: its own words may get a typo and elide, the details never. */
export function framedIn(g: UserGrammar, frame: string, args: string, rng: Rng): string {
  const f = elided(g.lang, rng.next() < 0.05 ? typoIn(g, frame, rng) : frame);
  return tidyIn(f.replace(ARGS, () => args));
}

/** One end mark: a value or a quote that ends a sentence already ends this one. */
export const tidyIn = (s: string): string => (/[.!?]["')»“]?[.!?]$/.test(s) ? s.replace(/([.!?])(["')»“]?)[.!?]$/, '$1$2') : s);

/** The main sentence: one register, with `parts` as its details (`more` details follow in another sentence). */
function sentence(g: UserGrammar, a: Asking, parts: readonly string[], more: boolean, pick: Pick, rng: Rng): string {
  const args = tailIn(g.lang, parts, pick);
  const vp = vpOf(g.lang, a, pick(a.verbs), ARGS, pick);
  const r = rng.next();
  if (a.asks && r < 0.18) return framedIn(g, pick(g.questions(topicOf(g.lang, a), a.search)), args, rng);
  if (a.asks && r < 0.32) return framedIn(g, `${cap(pick(g.needs(topicOf(g.lang, a), a.search)))}.${more ? '' : pick(g.needTails)}`, args, rng);
  if (r < 0.45) return framedIn(g, pick(g.self)(vp), args, rng);
  if (r < 0.53) return framedIn(g, pick(g.terse)(vp), args, rng);
  return framedIn(g, pick(g.you)(vp), args, rng);
}

export interface SceneIn {
  readonly domain: string;
  /** The request changes something (personas for changes, not for look-ups). */
  readonly writes: boolean;
}

/** A whole first request for `a` with detail clauses `parts`. */
export function requestIn(g: UserGrammar, a: Asking, parts: readonly string[], scene: SceneIn, pick: Pick, rng: Rng): string {
  const cut = parts.length >= 3 && rng.next() < 0.4 ? rng.int(1, 2) : parts.length;
  let body = sentence(g, a, parts.slice(0, cut), cut < parts.length, pick, rng);
  if (cut < parts.length) body += ` ${pick(g.spill)(joinIn(g.lang, parts.slice(cut), pick))}`;
  return dressedIn(g, body, scene, pick, rng);
}

/** Lower-cases a sentence's first word after a greeting that ends in a comma (German nouns keep their capital: its greetings end in "!" or "."). */
const uncap = (s: string): string => {
  const i = s[0] === '¿' || s[0] === '¡' ? 1 : 0;
  return /^[A-ZÀ-Ý][a-zà-ÿ]/.test(s.slice(i)) ? s.slice(0, i) + s[i].toLowerCase() + s.slice(i + 1) : s;
};

/**
 * A grammar's reasons that fit the act, as the English ones do (persona.ts reasonsFor): every
 * grammar words the same nine reasons in this order (team report, client, my mother, work, my
 * boss asked, a project, a colleague, my own records, a presentation).
 */
const REASON_AT: Readonly<Record<Stance, { readonly read: readonly number[]; readonly write: readonly number[] }>> = {
  work: { read: [0, 1, 3, 5, 6, 8], write: [1, 3, 4, 6] },
  own: { read: [2, 7], write: [2] },
  either: { read: [3, 5, 7], write: [3, 6] },
};
function reasonsIn(g: UserGrammar, domain: string, writes: boolean): readonly string[] {
  const at = REASON_AT[stanceOf(domain)][writes ? 'write' : 'read'];
  const own = at.map((i) => g.reasons[i]).filter((r): r is string => r !== undefined);
  return own.length > 0 ? own : g.reasons;
}

/** A greeting, who is asking and why, a thanks: each only sometimes. */
export function dressedIn(g: UserGrammar, body: string, scene: SceneIn | undefined, pick: Pick, rng: Rng): string {
  let s = body;
  if (scene && rng.next() < 0.3) {
    const own = g.personaDomain[scene.domain] ?? [];
    const lines = own.length >= 2 ? [...own, ...(scene.writes ? g.personaWrite : g.personaRead).slice(0, 2)] : scene.writes ? g.personaWrite : g.personaRead;
    s = `${pick(lines)} ${cap(s)}`;
  } else if (scene && rng.next() < 0.08) s = `${s} ${pick(reasonsIn(g, scene.domain, scene.writes))}`;
  if (rng.next() < 0.07) s += ` ${pick(g.extras)}`;
  if (rng.next() < 0.3) {
    const hi = pick(g.greetings);
    s = `${hi} ${hi.endsWith(',') ? uncap(s) : cap(s)}`;
  }
  if (rng.next() < 0.28 && !/gracias|merci|danke|obrigad|grazie/i.test(s)) s += ` ${pick(g.closings)}`;
  return s;
}
