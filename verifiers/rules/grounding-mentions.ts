/**
 * One number said once, taken by two arguments of a call (grounding.ts): "coefficients a=1, b=-3"
 * sent as a = 1 and b = 1, "a deposit of $1000 for 1 year" as deposit = 1 and years = 1, "a
 * single room for two nights" as nights = 1. Each is "said" for the grounds, yet the request
 * says it as many times as it says it, and each time of one thing: when every time the request
 * says the number it is plainly of another argument (its name beside it, "a=1", "1 year", or the
 * word is inside another argument's text, room_type "single"), an argument of that value that no
 * saying is of has none of its own.
 *
 * Read conservatively: only the numbers the user's words state as they are (digits, number
 * words), only when every saying is claimed by exactly one argument by a name word no other of
 * those arguments shares ("atm" of atm_pressure, not "pressure" it shares with gauge_pressure),
 * and only before any tool result (a result may say the number again).
 */
import { normalise } from '../../core/derive/normalise.js';
import type { ParsedCall, RuleContext } from './context.js';
import { requestBefore, type Request } from './request-tokens.js';

/** Number words that say one number as they are. */
const WORD_NUMBERS = new Map<string, number>([
  ['one', 1], ['single', 1], ['once', 1], ['two', 2], ['twice', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);
/** How far a name is read before and after a number ("the dielectric constant K is 1.0", "1 atm"). */
const BEFORE = 4;
const AFTER = 3;
/** Short words of a parameter name that name nothing ("number_of_years": "years"). */
const NAME_STOP = new Set(['of', 'the', 'to', 'in', 'id', 'num', 'number', 'no', 'value', 'is', 'at', 'per', 'for']);

/** The words of a parameter name: "atm_pressure" {atm, pressure}, "nodeId" {node}, "K" {k}. */
function nameWords(key: string): string[] {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
  return words.length === 1 ? words : words.filter((w) => !NAME_STOP.has(w));
}

/** A word of the request names a word of a parameter name: the same, or the same first 4 letters ("years", "children"). */
function names(token: string, word: string): boolean {
  if (token === word) return true;
  return word.length >= 4 && token.length >= 4 && token.slice(0, 4) === word.slice(0, 4);
}

/** "one" that counts nothing: "the second one", "one of them". */
const NOT_ONE_BEFORE = new Set(['no', 'any', 'this', 'that', 'the', 'which', 'every', 'each', 'some', 'last', 'next', 'other', 'same', 'new', 'first', 'second', 'third']);

/** The number token i of the request states, as it is. */
function valueAt(req: Request, i: number): number | undefined {
  const t = req.tokens[i];
  if (t.t === 'one' && (NOT_ONE_BEFORE.has(req.tokens[i - 1]?.t ?? '') || req.tokens[i + 1]?.t === 'of')) return undefined;
  return t.num ?? WORD_NUMBERS.get(t.t);
}

/** The text between tokens a and b. */
const gap = (req: Request, a: number, b: number): string => req.text.slice(req.tokens[a].e, req.tokens[b].s);
/** A number and its unit ("two adults", "5-day"); a label and its number ("b = -3", "pod: 1"). */
const UNIT_GAP = /^[\s-]*$/;
const LABEL_GAP = /^[\s=:]*-?$/;
const isNumber = (req: Request, i: number): boolean => i >= 0 && i < req.tokens.length && valueAt(req, i) !== undefined;

/**
 * Whether a word of `words` is said in the window around token i, up to another number; a word
 * right after another number is its unit ("two adults and one child": "adults" is of the two), a
 * word right before another number its label ("a=1, b=-3": "b" is of the -3).
 */
function nearby(req: Request, i: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  for (let d = 1; d <= BEFORE && i - d >= 0; d++) {
    const p = i - d;
    if (isNumber(req, p) || (isNumber(req, p - 1) && UNIT_GAP.test(gap(req, p - 1, p)))) break;
    if (words.some((w) => names(req.tokens[p].t, w))) return true;
  }
  for (let d = 1; d <= AFTER && i + d < req.tokens.length; d++) {
    const p = i + d;
    if (isNumber(req, p) || (isNumber(req, p + 1) && LABEL_GAP.test(gap(req, p, p + 1)))) break;
    if (words.some((w) => names(req.tokens[p].t, w))) return true;
  }
  return false;
}

/**
 * The arguments of call `c` that take a number every saying of which is another argument's;
 * empty when there is none (or a tool result came before: it may say the number again).
 */
export function numbersTakenByOthers(ctx: RuleContext, c: ParsedCall): string[] {
  const args = c.args;
  if (!args) return [];
  for (let mi = 0; mi < c.message; mi++) if (ctx.messages[mi].role === 'tool') return [];
  // The top-level numbers, with the arguments that take each.
  const byValue = new Map<number, string[]>();
  for (const [k, v] of Object.entries(args)) if (typeof v === 'number') byValue.set(v, [...(byValue.get(v) ?? []), k]);
  if (byValue.size === 0) return [];
  const req = requestBefore(ctx, c.message);
  // The texts of the call's other arguments, word by word: "single" of room_type "single".
  const texts = Object.entries(args)
    .filter(([, v]) => typeof v === 'string')
    .map(([k, v]) => [k, ` ${normalise(v as string)} `] as const);
  const out: string[] = [];
  for (const [v, keys] of byValue) {
    const words = new Map(keys.map((k) => [k, nameWords(k)]));
    // A name word two of these arguments share tells none of them apart ("pressure" of atm_pressure and gauge_pressure).
    const unique = new Map(keys.map((k) => [k, words.get(k)!.filter((w) => !keys.some((o) => o !== k && words.get(o)!.includes(w)))]));
    const claimed = new Set<string>();
    let sayings = 0;
    let unclaimed = false;
    for (let i = 0; i < req.tokens.length && !unclaimed; i++) {
      if (valueAt(req, i) !== v) continue;
      sayings++;
      const by = keys.filter((k) => nearby(req, i, unique.get(k)!));
      const inText = req.tokens[i].num === undefined ? texts.filter(([, t]) => t.includes(` ${req.tokens[i].t} `)).map(([k]) => k) : [];
      if (by.length + inText.length !== 1) unclaimed = true;
      else if (by.length === 1) claimed.add(by[0]);
    }
    // Every saying is some argument's: one of these, or another's text.
    if (sayings === 0 || unclaimed) continue;
    for (const k of keys) if (!claimed.has(k)) out.push(k);
  }
  return out;
}

const COUNTS = /\bnumber of (\p{L}{3,})/iu;

/**
 * Whether the request says a number other than `v` of parameter `key` (its name beside it: "two
 * tickets", "draw 3 cards", "rating 2.0"): the user's own number for it, which a default or an
 * example in the tool's documentation does not override.
 */
export function saysAnotherOf(ctx: RuleContext, c: ParsedCall, key: string, v: number, description?: unknown): boolean {
  // What the parameter counts, by its name or as its description says it ("The number of years to forecast": years).
  const counts = typeof description === 'string' ? COUNTS.exec(description)?.[1]?.toLowerCase() : undefined;
  const words = counts ? [...nameWords(key), counts] : nameWords(key);
  if (words.length === 0) return false;
  const req = requestBefore(ctx, c.message);
  for (let i = 0; i < req.tokens.length; i++) {
    const n = valueAt(req, i);
    if (n !== undefined && n !== v && nearby(req, i, words)) return true;
  }
  return false;
}
