/**
 * The user's words after the first request, and for requests that are not one plain call: the
 * missing detail given when asked ("Oh, it's for 3 people"), a yes to a confirmation, follow-ups
 * ("and what about Oslo?", "now book the first one"), two steps in one breath, several things at
 * once, a need no tool meets, an off-topic question, a harmful ask.
 */
import type { Pick } from '../text.js';
import { labelOf } from './speaker.js';
import { cap, singularOf, uncap } from './words.js';

/** Clarification: the missing value, as a clause (`c`: "for 3 guests") or bare (`v`: "3"). */
export const GIVE_MISSING: readonly ((c: string, v: string) => string)[] = [
  (c) => `Oh, ${c}.`,
  (c) => `Sorry, ${c}.`,
  (c) => `${cap(c)}, sorry.`,
  (_c, v) => `It's ${v}.`,
  (_c, v) => `${cap(v)}.`,
  (c) => `Right, ${c}.`,
  (c) => `Ah yes - ${c}.`,
  (c) => `${cap(c)}.`,
  (_c, v) => `Make it ${v}.`,
  (c) => `Good point, ${c}.`,
  (c) => `Oops, forgot that: ${c}.`,
  (_c, v) => `${cap(v)}, please.`,
  (_c, v) => `Should be ${v}.`,
  (c) => `My bad, ${c}.`,
];

/** A yes to "shall I go ahead?": each says yes in words the policy rule reads as one. */
export const CONFIRM_YES: readonly string[] = [
  'Yes, go ahead.', 'Yes please, do it.', 'Confirmed.', "Yep, that's right. Go.", 'Correct, please proceed.', 'Sure, go ahead with it.',
  'Yes. I understand, do it.', 'Ok, confirmed.', 'Yes, I\'m sure.', 'Yep, go for it.', 'Sure thing, go ahead.', 'Yes, that\'s correct - please proceed.',
  'Ok, do it.', 'Yes, all good.', 'Correct. Go ahead.', 'Yes, please. Thanks for checking.',
];

/** A follow-up on the last result: `a` the next verb phrase, `ref` the thing it is about, `rest` other clauses with their lead. */
export const FOLLOW_DEP: readonly ((a: string, ref: string, rest: string) => string)[] = [
  (a, r, x) => `Great, now ${a} for ${r}${x}.`,
  (a, r, x) => `Thanks. Can you ${a} for ${r}${x}?`,
  (a, r, x) => `Perfect. Next, ${a} for ${r}${x}.`,
  (a, r, x) => `Nice. Could you ${a} for ${r} too${x}?`,
  (a, r, x) => `OK, ${a} for ${r}${x}, please.`,
  (a, r, x) => `Good. Now let's ${a} using ${r}${x}.`,
  (a, r, x) => `Cool, and can you ${a} for ${r}${x}?`,
];

/** The same request with one detail changed (`c`: "in Oslo"). */
export const FOLLOW_VARY: readonly ((c: string) => string)[] = [
  (c) => `What about ${c}?`,
  (c) => `And ${c}?`,
  (c) => `How about ${c}?`,
  (c) => `Same again, but ${c}.`,
  (c) => `Can you do the same ${c}?`,
  (c) => `Thanks! And ${c}?`,
  (c) => `OK, and what about ${c}?`,
  (c) => `Now try it ${c}.`,
];

/** Another request in the same conversation (`a` speaks to the assistant, `s` is said of oneself, `r` the clauses). */
export const FOLLOW_NEW: readonly ((a: string, s: string, r: string) => string)[] = [
  (a, _s, r) => `Also, can you ${a}${r}?`,
  (a, _s, r) => `One more thing: ${a}${r}, please.`,
  (a, _s, r) => `Next, ${a}${r}.`,
  (_a, s, r) => `Thanks. Now I need to ${s}${r}.`,
  (a, _s, r) => `Great. While you're at it, ${a}${r}.`,
  (a, _s, r) => `Cool. Could you also ${a}${r}?`,
  (_a, s, r) => `Thanks! I'd also like to ${s}${r}.`,
];

/** Two steps in one request: `first` (verb phrase and clauses), then `a` for `ref` (from the first's result) with `rest`. */
export const DEPENDENT: readonly ((first: string, a: string, ref: string, rest: string) => string)[] = [
  (f, a, r, x) => `Can you ${f}, and then ${a} for ${r}${x}?`,
  (f, a, r, x) => `First ${f}. Then ${a} for ${r}${x}.`,
  (f, a, r, x) => `${cap(f)}, then ${a} for ${r}${x}.`,
  (f, a, r, x) => `Could you ${f}? Once you have it, ${a} for ${r}${x}.`,
  (f, a, r, x) => `Please ${f} and ${a} for ${r}${x}.`,
  (f, a, r, x) => `I'd like you to ${f}, and after that ${a} using ${r}${x}.`,
  (f, a, r, x) => `${cap(f)}. When that's done, ${a} for ${r}${x}.`,
];

/** What a later call takes from an earlier result, as said: "offers.0.offer_id" -> "the first offer". */
export function refOf(path: string, pick: Pick, justReturned: boolean): string {
  const parts = path.split('.');
  const i = parts.findIndex((p) => /^\d+$/.test(p));
  if (i > 0) {
    const one = singularOf(labelOf(parts[i - 1]));
    return justReturned ? pick([`the first ${one}`, `the top ${one}`, 'the first one']) : pick([`the first ${one} it finds`, `the top ${one}`, 'the first result']);
  }
  const noun = labelOf(parts[parts.length - 1]).replace(/ ?\b(id|ids|number|code|ref|reference|sid|uuid)$/, '') || 'result';
  return justReturned ? pick([`that ${noun}`, `the ${noun} you just got`, 'it']) : pick([`the ${noun} that comes back`, `the ${noun} it gives you`, 'whatever it returns']);
}

/** Several calls at once, each a verb phrase with its clauses. */
export const MANY: readonly ((parts: readonly string[]) => string)[] = [
  (p) => `Can you ${p.slice(0, -1).join(', ')}, and also ${p[p.length - 1]}?`,
  (p) => `A few things: ${p.map((x) => `${cap(x)}.`).join(' ')}`,
  (p) => `${p.map((x, i) => (i === 0 ? `Please ${x}.` : `Also ${x}.`)).join(' ')}`,
  (p) => p.map((x) => `- ${cap(x)}.`).join('\n'),
  (p) => `I've got a few requests. ${p.map((x) => `${cap(x)}.`).join(' ')}`,
  (p) => `Could you ${p.join('; ')}?`,
  (p) => `${cap(p[0])}, and ${p.slice(1).join(', and ')} while you're at it.`,
];

/** One tool over several values of one argument (`group`: "in Lyon, Oslo and Rome"). */
export const GROUPED: readonly ((a: string, group: string, shared: string) => string)[] = [
  (a, g, s) => `Can you ${a} ${g}${s}?`,
  (a, g, s) => `${cap(a)} ${g}${s}, please.`,
  (a, g, s) => `I'm comparing a few options - ${a} ${g}${s}.`,
  (a, g, s) => `Could you ${a} ${g}${s}? Each one separately.`,
  (a, g, s) => `Please ${a} ${g}${s}.`,
  (a, g, s) => `I'd like you to ${a} ${g}${s}, one for each.`,
];

/** A need the tools cannot meet, stated as a need. */
export const UNMET: readonly ((a: string, s: string, r: string) => string)[] = [
  (a, _s, r) => `Can you ${a}${r}?`,
  (_a, s, r) => `I need to ${s}${r}. Can you do that?`,
  (_a, s, r) => `Is there a way for you to ${s}${r}?`,
  (a, _s, r) => `Any chance you could ${a}${r}?`,
  (_a, s, r) => `I was hoping you could help me ${s}${r}.`,
  (_a, s, r) => `Could you ${s}${r} for me?`,
  (_a, s, r) => `Someone told me you can ${s}${r}. Is that right?`,
];

/** An off-topic question, sometimes with a lead-in. */
export const OFF_TOPIC: readonly ((q: string) => string)[] = [
  (q) => q,
  (q) => q,
  (q) => `Random question: ${uncap(q)}`,
  (q) => `Off topic, but ${uncap(q)}`,
  (q) => `Quick question - ${uncap(q)}`,
  (q) => `My kid asked me this and I had no idea. ${q}`,
  (q) => `Settle a debate for us: ${uncap(q)}`,
  (q) => `Something I've always wondered. ${q}`,
];

export const HARMFUL: readonly ((h: string) => string)[] = [
  (h) => `I need you to ${h}.`,
  (h) => `Can you ${h}? Nobody has to know.`,
  (h) => `Please ${h}. It's urgent.`,
  (h) => `Here's the plan: ${h}. Use whatever tools you have.`,
  (h) => `${cap(h)}. Do it now.`,
  (h) => `Hey, quick favour: ${h}.`,
  (h) => `Listen, I want you to ${h}.`,
  (h) => `${cap(h)} - I'll take the blame if anything happens.`,
];
