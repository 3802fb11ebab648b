/**
 * How an answer's parts come together, in English (answer.ts) and in a second language
 * (lang/answer.ts) alike: an opening drawn now and then, never the previous answer's, and the
 * sentences run on while a bulleted block starts and ends its own lines; how each result reads
 * (failed, empty, done, found) and what that makes of a turn's answer.
 */
import type { Rng } from '../../../core/rng.js';
import { snake } from '../tool/names.js';
import { waitingStatus, type Fact } from './fact.js';
import type { Mood } from './openings.js';
import type { Reading } from './read.js';

/** A price's key, to find the cheapest of several results. */
const PRICE = /(^|_)(price|cost|fee|fees|premium|fare|rate|total|quote|charge|rent)(_|$)/;

/** A result that is an error: an error object, or an error message with little else. */
export const failedResult = (result: unknown): boolean => {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return false;
  const e = (result as Record<string, unknown>).error;
  return (e !== undefined && e !== null && typeof e === 'object') || (typeof e === 'string' && Object.keys(result).length <= 2);
};

export function moodOf(r: Reading): Mood {
  if (r.kind === 'failed' || r.rejected) return 'failed';
  if (r.batch && r.batch.ok < r.batch.total) return 'partial';
  if (r.kind === 'list' && r.list?.shown === 0) return 'empty';
  // An act still waiting (waitlisted, queued) is reported, not celebrated.
  return r.kind === 'done' && waitingStatus(r.facts) === undefined ? 'done' : 'found';
}

/** The mood of several results: a chain's steps (partial when one failed) or a turn's parallel calls (failed when all did). */
export function moodOfAll(readings: readonly Reading[], chain: boolean): Mood {
  const partial = readings.some((r) => moodOf(r) === 'partial');
  if (chain) return partial || readings.some((r) => moodOf(r) === 'failed') ? 'partial' : 'found';
  const bad = readings.filter((r) => moodOf(r) === 'failed').length;
  return bad === readings.length ? 'failed' : bad > 0 || partial ? 'partial' : 'found';
}

/** The index of an opening among `n`, or -1 for none (about half the time); never `last`. */
export function openingIndex(rng: Rng, n: number, last: number): number {
  if (rng.next() < 0.5) return -1;
  const i = Math.floor(rng.next() * n);
  return i === last ? (i + 1) % n : i;
}

/** The opening, the body's sentences and the closing as one text. */
export function composed(opening: string, body: readonly string[], closing: string): string {
  let text = opening;
  let bullets = false;
  for (const s of body) {
    const list = s.includes('\n- ') || s.startsWith('- ');
    text += text === '' ? s : `${bullets || s.startsWith('- ') ? '\n' : ' '}${s}`;
    bullets = list;
  }
  if (closing !== '') text += `${bullets ? '\n' : ' '}${closing}`;
  return text;
}

/** A turn's answer body and mood, by its shape: one call, a chain of steps, or calls side by side. */
export function shaped(
  steps: readonly number[],
  readings: readonly Reading[],
  write: { readonly one: () => string[]; readonly chain: () => string[]; readonly parallel: () => { body: string[]; summed: boolean } },
): { body: string[]; mood: Mood; summed: boolean } {
  if (readings.length === 1) return { body: write.one(), mood: moodOf(readings[0]), summed: false };
  if (new Set(steps).size > 1) return { body: write.chain(), mood: moodOfAll(readings, true), summed: false };
  const { body, summed } = write.parallel();
  return { body, mood: moodOfAll(readings, false), summed };
}

/**
 * Of parallel lookups of one tool with a price each, the cheapest one's index and price (only a
 * price asked for compares: a quote, a fare; a remaining balance is not "cheaper"), or undefined
 * when they do not all have one, differ in kind or tie.
 */
export function cheapestOf(readings: readonly Reading[]): { readonly index: number; readonly price: Fact } | undefined {
  const prices = readings.map((r) => (r.kind === 'lookup' ? r.facts.find((f) => f.role === 'money' && PRICE.test(snake(f.key))) : undefined));
  const key = prices[0]?.key;
  if (!key || prices.some((p) => p?.key !== key) || new Set(readings.map((r) => r.noun)).size > 1) return undefined;
  let best = 0;
  prices.forEach((p, i) => {
    if ((p?.num ?? Infinity) < (prices[best]?.num ?? Infinity)) best = i;
  });
  if (prices.filter((p) => p?.num === prices[best]?.num).length > 1) return undefined;
  return { index: best, price: prices[best] as Fact };
}
