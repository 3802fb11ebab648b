/**
 * The pick sentence (what in the request makes this the tool, with its values) and the
 * near-miss sentence (the one difference that rules the closest other tool out), each from
 * many frames written with the rationale's lexicon. Frames are closures, so only the wording
 * drawn is built: this runs for every tool-calling step.
 */
import { cap, humanize, type Pick } from '../text.js';
import { nameParts, type NameParts, type NearMiss } from './near-miss.js';
import { quotable, type Lexicon } from './wording.js';

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

type Frame = (s: PickParts, l: Lexicon) => string;
/** The values after `lead`, or `none` when there are none. */
const and = (s: PickParts, lead: string, none = ''): string => (s.values ? `${lead}${s.values}` : none);

const PICK: readonly Frame[] = [
  (s, l) => `${cap(l.wants)} to ${s.does}, ${l.so} ${s.tool}${and(s, l.using)}.`,
  (s, l) => `${s.tool} is the ${l.call} here${and(s, l.using)}.`,
  (s, l) => `The ${l.request} is to ${s.does}; ${s.tool} does that${and(s, l.using)}.`,
  (s, l) => `${s.values ? `With ${s.values}, ` : ''}${s.tool} is the ${l.call} that ${l.fits} the ${l.request}.`,
  (s, l) => `${cap(l.asks)} to ${s.does}, which is ${s.tool}'s job${and(s, '; ')}.`,
  (s, l) => `Calling ${s.tool} to ${s.does}${and(s, l.using)}.`,
  (s, l) => `${s.tool} ${l.fits} the ${l.request}${and(s, ': ')}.`,
  (s, l) => `This maps to ${s.tool}: ${l.wants} to ${s.does}${and(s, l.using)}.`,
  (s, l) => `To ${s.does}, use ${s.tool}${and(s, l.using)}.`,
  (s, l) => `${s.tool} covers this ${l.request}${and(s, l.using)}.`,
  (s, l) => `Since ${l.wants} to ${s.does}, the right ${l.call} is ${s.tool}${and(s, l.using)}.`,
  (s, l) => `Right ${l.call}: ${s.tool}${and(s, l.using, `, to ${s.does}`)}.`,
  (s, l) => `Only ${s.tool} can ${s.does}${and(s, l.using)}.`,
  (s, l) => `The ${l.request} comes down to this: ${s.does}. That is ${s.tool}${and(s, l.using)}.`,
  (s, l) => `${s.tool} it is, since ${l.wants} to ${s.does}${and(s, '; ')}.`,
  (s, l) => `What ${l.who} want${l.s} is to ${s.does}, and ${s.tool} does exactly that${and(s, l.using)}.`,
  (s, l) => `${s.tool} is built to ${s.does}, which is this ${l.request}${and(s, '; ')}.`,
  (s, l) => `Picking ${s.tool}: the ${l.request} is to ${s.does}${and(s, ', and it gives ')}.`,
];
/** The pick when a word of the request names the tool's object. */
const CUED: readonly Frame[] = [
  (s, l) => `${cap(l.asks)} about "${s.cue}", which ${s.tool} handles${and(s, '; ')}.`,
  (s, l) => `Asking about "${s.cue}" points to ${s.tool}${and(s, l.using)}.`,
  (s) => `The mention of "${s.cue}" makes this ${s.tool}${and(s, ': ')}.`,
  (s, l) => `${s.tool}, because ${l.who} bring${l.s} up "${s.cue}"${and(s, '; ')}.`,
  (s) => `The key word is "${s.cue}", and ${s.tool} is built for it${and(s, ': ')}.`,
  (s, l) => `"${s.cue}" in the ${l.request} leads to ${s.tool}${and(s, l.using)}.`,
  (s, l) => `${s.tool} is the ${l.call} for "${s.cue}"${and(s, l.using)}.`,
  (s, l) => `It is about "${s.cue}", ${l.so} ${s.tool}${and(s, l.using)}.`,
  (s, l) => `Because the ${l.request} says "${s.cue}", the ${l.call} is ${s.tool}${and(s, l.using)}.`,
  (s, l) => `Saying "${s.cue}" settles it: ${s.tool}${and(s, l.using)}.`,
];

/** With a cue, two times in three a frame that quotes it. */
const CUED_OR_NOT: readonly (readonly Frame[])[] = [PICK, CUED, CUED];

export function pickSentence(s: PickParts, l: Lexicon, pick: Pick): string {
  const frames = s.cue && quotable(s.cue) ? pick(CUED_OR_NOT) : PICK;
  return pick(frames)(s, l);
}

type NearFrame = (o: string, mine: NameParts, theirs: NameParts, l: Lexicon, shared: string) => string;
/** Same object, another action. */
const NEAR_ACTION: readonly NearFrame[] = [
  (o, _c, p, _l, shared) => `${o} also deals with ${shared}, but it would ${p.does}.`,
  (o, c, p, l) => `Not ${o}: that one would ${p.does}, and the ${l.request} is to ${c.does}.`,
  (o, c, p) => `${o} is close, yet it would ${p.does} rather than ${c.does}.`,
  (o, _c, p) => `${o} looks similar but would ${p.does}, which nobody asked for.`,
  (o, c, p) => `The near-miss is ${o}; it would ${p.does}, not ${c.does}.`,
  (o, _c, p, l) => `${o} would ${p.does}, and the ${l.request} asks for nothing of the kind.`,
  (o, c, p, _l, shared) => `Both touch ${shared}, but ${o} would ${p.does} where this needs to ${c.does}.`,
];
/** Same action, another object. */
const NEAR_OBJECT: readonly NearFrame[] = [
  (o, c, p) => `${o} is about the ${p.object}, not the ${c.object}.`,
  (o, c, p) => `Not ${o}, which covers the ${p.object} rather than the ${c.object}.`,
  (o, c, p, l) => `${o} would give the ${p.object}; the ${l.request} is about the ${c.object}.`,
  (o, _c, p) => `${o} sounds close, but it is for the ${p.object}.`,
  (o, c, p) => `What matters here is the ${c.object}, so not ${o} (${p.object}).`,
  (o, c, p, l) => `${o} is the near-miss, but it is about the ${p.object}, while ${l.who} ask${l.s} about the ${c.object}.`,
];
const NEAR_HAS: readonly ((o: string, key: string, l: Lexicon) => string)[] = [
  (o, k, l) => `${o} takes no ${k}, and the ${l.request} depends on one.`,
  (o, k) => `${o} has no ${k} parameter, so it cannot take the one given.`,
  (o, k) => `${o} would drop the ${k}.`,
];
const NEAR_NEEDS: readonly ((o: string, key: string, l: Lexicon) => string)[] = [
  (o, k) => `${o} would need a ${k}, which nobody gave.`,
  (o, k, l) => `${o} requires a ${k} the ${l.request} does not have.`,
  (o, k) => `Not ${o}: it needs a ${k}.`,
];

/** The one difference between the chosen tool and a near-miss, as a sentence. */
export function nearSentence(n: NearMiss, l: Lexicon, pick: Pick): string {
  const o = n.other.name;
  const d = n.diff;
  if (d.kind === 'action') return pick(NEAR_ACTION)(o, nameParts(n.chosen), nameParts(n.other), l, d.shared);
  if (d.kind === 'object') return pick(NEAR_OBJECT)(o, nameParts(n.chosen), nameParts(n.other), l, '');
  return pick(d.side === 'has' ? NEAR_HAS : NEAR_NEEDS)(o, humanize(d.key), l);
}
