/**
 * The answer that closes a turn, from the turn's calls and their results: one call in a few
 * sentences; parallel calls one sentence per part, with partial failures said as such and the
 * cheapest part named when they compare prices; a chain as its first result, the value carried
 * over, then the last result. Later turns refer back to earlier answers ("less than the 928
 * before") and never repeat one. Openings and registers vary, and many answers have none.
 *
 * Wording draws from the item's own 'answers' stream, so the answers of an item do not shift
 * when another agent's wording changes, and the same seed gives the same bytes.
 */
import type { ItemPlan } from '../../../core/plan.js';
import type { Message } from '../../../core/record.js';
import { Rng, subSeed } from '../../../core/rng.js';
import type { Pick } from '../text.js';
import { isIdLike, snake } from '../tool/names.js';
import { cheapestOf, composed, failedResult, moodOf, openingIndex, shaped } from './compose.js';
import type { Call } from './mistakes.js';
import { CLOSINGS, OPENINGS, type Mood } from './openings.js';
import { isEnum, readResult, type Reading } from './read.js';
import { part, sentences, type Style } from './summary.js';
import { bareDate, capFirst as cap, isIsoDate, joinAnd, labelOf, sayDate, sayLabelValue, spelled, todayOf, type Today } from './words.js';

/** A call of the turn with what its tool answered. */
export interface Outcome {
  readonly call: Call;
  readonly result: unknown;
}


export interface Heading {
  /** To open a sentence: "For course 1Y4K3A2Z", "In Lyon", "The quote". */
  readonly lead: string;
  /** Inside a sentence: "the one for course 1Y4K3A2Z", "the quote". */
  readonly name: string;
}

/** Equal argument values: scalars directly, objects by their JSON. */
const sameValue = (a: unknown, b: unknown): boolean => a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));

const PLACE_KEY = /(^|_)(city|location|place|region|country|area|destination|address|town)$/;

/** What tells a call apart from the others of its turn, in words. */
export function headingOf(c: Call, calls: readonly Call[], r: Reading, today: Today): Heading {
  const same = calls.filter((o) => o.name === c.name);
  const mixed = same.length < calls.length;
  if (same.length > 1) {
    for (const k in c.args) {
      const v = c.args[k];
      if (!same.some((o) => o !== c && !sameValue(o.args[k], v))) continue;
      const value = typeof v === 'string' ? (isIsoDate(v) ? bareDate(sayDate(v, today, /T\d/.test(v)) ?? v) : isIdLike(k) && !isEnum(c.api, k) ? v : sayLabelValue(v)) : typeof v === 'number' ? String(v) : Array.isArray(v) && v.every((x) => typeof x !== 'object') ? joinAnd(v.map((x) => sayLabelValue(String(x)))) : '';
      if (value === '' || value.length > 70) break;
      const words = labelOf(k).words.replace(/ (ID|number|code|ref|reference)$/, '');
      const place = PLACE_KEY.test(snake(k));
      const h = place ? `in ${value}` : `for ${typeof v === 'string' && words !== labelOf(k).words ? `${words} ` : typeof v === 'number' ? `${labelOf(k).words} ` : ''}${value}`;
      return mixed ? { lead: `The ${r.noun} ${h}`, name: `the ${r.noun} ${h}` } : { lead: cap(h), name: `the one ${h}` };
    }
    const nth = `the ${ordinalWord(same.indexOf(c))} ${r.noun}`;
    return { lead: cap(nth), name: nth };
  }
  return { lead: `The ${r.noun}`, name: `the ${r.noun}` };
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
const ordinalWord = (i: number): string => ORDINALS[i] ?? `number ${i + 1}`;

/** How one call went, for the answer's opening and closing. */

export class AnswerWriter {
  readonly #pick: Pick;
  readonly #rng: Rng;
  readonly #today: Today;
  /** Earlier turns' readings, by tool name, for answers that refer back. */
  readonly #before = new Map<string, Reading>();
  #lastOpening = -1;

  constructor(plan: ItemPlan) {
    this.#rng = new Rng(subSeed(plan.seed, 'answers'));
    const rng = this.#rng;
    this.#pick = (items) => items[Math.floor(rng.next() * items.length)];
    this.#today = todayOf(plan.world.today, plan.world.locale.country);
  }

  /** The answer closing a turn. `ask` is what the user said so far (what they care about: cheap, near, best). */
  turn(outcomes: readonly Outcome[], ask: string, messages: readonly Message[]): string {
    const readings = outcomes.map((o) => readResult({ name: o.call.name, args: o.call.args, ...(o.call.api ? { api: o.call.api } : {}), failed: o.call.broken || o.call.error !== undefined || failedResult(o.result) }, o.result, { today: this.#today }, ask));
    const said = (t: string): boolean => messages.some((m) => m.role === 'assistant' && m.content === t);
    let text = this.#write(outcomes, readings);
    for (let tries = 0; tries < 3 && said(text); tries++) text = this.#write(outcomes, readings);
    if (said(text)) text = `Same result as before. ${text}`;
    outcomes.forEach((o, i) => this.#before.set(o.call.name, readings[i]));
    return text;
  }

  #style(n: number): Style {
    const r = this.#rng.next();
    return { facts: r < 0.3 ? 2 : r < 0.8 ? 3 : 4, bullets: n >= 3 ? this.#rng.next() < 0.5 : this.#rng.next() < 0.15, pick: this.#pick };
  }

  #write(outcomes: readonly Outcome[], readings: readonly Reading[]): string {
    const style = this.#style(outcomes.length);
    const { body, mood, summed } = shaped(outcomes.map((o) => o.call.step), readings, {
      one: () => {
        const said = sentences(readings[0], style);
        const back = this.#backReference(outcomes[0], readings[0], said.join(' '));
        return back ? [...said, back] : said;
      },
      chain: () => this.#chain(outcomes, readings, style),
      parallel: () => this.#parallel(outcomes, readings, style),
    });
    // A parallel answer that opens with its own summary ("All four came back.") needs no other opening.
    const opening = summed ? '' : this.#opening(mood);
    const closing = this.#rng.next() < 0.22 ? this.#pick(CLOSINGS[mood]) : '';
    return composed(opening, body, closing);
  }

  /** An opening, or none (about half the time); never the previous answer's. */
  #opening(mood: Mood): string {
    const i = openingIndex(this.#rng, OPENINGS[mood].length, this.#lastOpening);
    if (i < 0) return '';
    this.#lastOpening = i;
    return OPENINGS[mood][i];
  }

  /**
   * "That's less than the $928.00 before.": the same tool's headline number against the last
   * turn's, after the sentence that says it (or saying it, when the answer did not).
   */
  #backReference(o: Outcome, r: Reading, said: string): string | undefined {
    const p = this.#before.get(o.call.name);
    const now = r.headline;
    const was = p?.headline;
    if (!p || !now || !was || now.key !== was.key || now.num === undefined || was.num === undefined) return undefined;
    // Only like with like: 81.9 kg is not compared with 407.5.
    if (now.value.replace(/[-\d.,\s]/g, '') !== was.value.replace(/[-\d.,\s]/g, '')) return undefined;
    const pick = this.#pick;
    const stated = said.includes(now.value);
    const lead = stated ? "That's" : `The ${now.label} is ${now.value},`;
    if (now.num === was.num) return stated ? pick([`Same ${now.label} as before.`, `That's the same ${now.label} as last time.`]) : `The ${now.label} is ${now.value} again, the same as before.`;
    if (now.num < was.num) return pick([`${lead} less than the ${was.value} before.`, `${lead} lower than the first one (${was.value}).`, `${lead} down from ${was.value} last time.`]);
    return pick([`${lead} more than the ${was.value} before.`, `${lead} higher than the first one (${was.value}).`, `${lead} up from ${was.value} last time.`]);
  }

  /** Parallel calls: one sentence (or bullet) per part, failures said as such, the cheapest named. */
  #parallel(outcomes: readonly Outcome[], readings: readonly Reading[], style: Style): { body: string[]; summed: boolean } {
    const calls = outcomes.map((o) => o.call);
    const pick = this.#pick;
    const heads = outcomes.map((o, i) => headingOf(o.call, calls, readings[i], this.#today));
    const lines = readings.map((r, i) => `${heads[i].lead}: ${part(r, style)}`);
    const out: string[] = [];
    const n = readings.length;
    const bad = readings.map((r, i) => (moodOf(r) === 'failed' ? i : -1)).filter((i) => i >= 0);
    if (bad.length > 0 && bad.length < n) {
      const ok = n - bad.length;
      out.push(
        pick([
          `${cap(spelled(ok))} of the ${spelled(n)} worked; ${joinAnd(bad.map((i) => heads[i].name))} failed.`,
          `Only ${spelled(ok)} of ${spelled(n)} went through.`,
          `${bad.length === 1 ? 'One' : cap(spelled(bad.length))} of the ${spelled(n)} requests failed, the rest worked.`,
        ]),
      );
    } else if (bad.length === n) out.push(pick([`None of the ${spelled(n)} requests worked.`, n === 2 ? 'Both failed.' : `All ${spelled(n)} failed.`]));
    else if (this.#rng.next() < 0.35) out.push(pick([n === 2 ? 'Here are both.' : `Here are all ${spelled(n)}.`, 'The results, one by one.', `I ran the ${spelled(n)} requests.`, n === 2 ? 'Both came back.' : `All ${spelled(n)} came back.`]));
    const summed = out.length > 0;
    if (style.bullets) out.push(lines.map((l) => `- ${l}`).join('\n'));
    else out.push(...lines.map((l) => `${l}.`));
    const cheapest = this.#cheapest(readings, heads);
    if (cheapest) out.push(cheapest);
    return { body: out, summed };
  }

  /** Parts of one tool with a price each: which is cheapest. */
  #cheapest(readings: readonly Reading[], heads: readonly Heading[]): string | undefined {
    const c = cheapestOf(readings);
    if (!c) return undefined;
    const { index: best, price } = c;
    return this.#pick([`${cap(heads[best].name)} is the cheapest, at ${price.value}.`, `The lowest ${price.label} is ${heads[best].name}'s: ${price.value}.`]);
  }


  /** A chain: the first result, the value carried to the next call, then the last result. */
  #chain(outcomes: readonly Outcome[], readings: readonly Reading[], style: Style): string[] {
    const pick = this.#pick;
    const out: string[] = [];
    const last = Math.max(...outcomes.map((o) => o.call.step));
    outcomes.forEach((o, i) => {
      const r = readings[i];
      if (o.call.step !== last) {
        const p = part(r, style);
        out.push(r.kind === 'list' ? `The ${r.noun} search found ${p}.` : r.kind === 'done' && r.reference ? `${cap(p)}.` : `${headingOf(o.call, [o.call], r, this.#today).lead}: ${p}.`);
        return;
      }
      const from = Object.entries(o.call.from ?? {})[0];
      if (from && r.kind !== 'failed') {
        const v = o.call.args[from[0]];
        const value = typeof v === 'string' || typeof v === 'number' ? String(v) : '';
        const field = from[1].replace(/\bid\b/g, 'ID');
        if (value) out.push(pick([`I used ${field}, ${value}, for the next step.`, `With ${value} from that result, I went on.`, `Then I took ${field} (${value}).`]));
      }
      const many = outcomes.filter((x) => x.call.step === last).length > 1;
      out.push(...(many ? [`${headingOf(o.call, outcomes.filter((x) => x.call.step === last).map((x) => x.call), r, this.#today).lead}: ${part(r, style)}.`] : sentences(r, style)));
    });
    return out;
  }
}
