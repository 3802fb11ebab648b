/**
 * The lists a request says its values in, read from the values the calls give (the anchors):
 * two anchors are items of one list when only joining words and separators, the words each item
 * repeats ("the factorial of 5, the factorial of 7": the frame before; "5 cm, 10 cm": the frame
 * after) and at most one more item stand between them. The items of such a list that no call
 * says are what parallel-coverage.ts reports: those between the anchors, one more after the last
 * and one more before the first. An item is one only when it has the shape of the anchors
 * beside it (a title-case name beside title-case names, a number beside numbers, a code beside
 * codes), so "New York City, NY, and Los Angeles" is not read as three cities.
 */
import type { Request, Span, Token } from './request-tokens.js';

/** Words that join the items of a list. */
const JOINS: ReadonlySet<string> = new Set(['and', 'or', 'plus', 'also', 'as', 'well', 'vs', 'versus', 'nor']);
/** Words an item never holds: they end it. */
export const ENDS: ReadonlySet<string> = new Set([
  ...JOINS, 'not', 'no', 'but', 'in', 'on', 'at', 'for', 'from', 'to', 'of', 'with', 'by', 'the', 'a', 'an', 'their', 'its', 'my', 'your', 'our', 'his', 'her',
  'respectively', 'each', 'both', 'all', 'please', 'is', 'are', 'was', 'were', 'be', 'that', 'which', 'who', 'what', 'if', 'so', 'only', 'except', 'instead', 'than',
  // A new clause: "..., and can you also", "..., then we".
  'i', 'you', 'we', 'they', 'he', 'she', 'it', 'me', 'us', 'them', 'can', 'could', 'would', 'will', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'let', 'too', 'now', 'then',
]);
/** Punctuation that ends a sentence or a clause: a list does not run over it. */
const BREAK = /[.!?;:\n()]/;
/** Punctuation that separates list items. */
const COMMA = /[,&/]/;
const MAX_FRAME = 4;
const PERCENT = /^\s*(?:%|percent)/i;
const MAGNITUDE = /^\s*(?:(thousand|million|billion|trillion|bn|k)\b|[x×*]\s*10\s*\^?\s*([-−]?\d+))/i;
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, k: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

type Shape = 'number' | 'code' | 'title' | 'lower';

function shapeOf(req: Request, from: number, to: number): Shape {
  const first = req.tokens[from];
  if (first.num !== undefined) return 'number';
  const raw = req.text.slice(first.s, req.tokens[to - 1].e);
  if (to - from === 1 && raw.length <= 6 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw)) return 'code';
  return first.upper ? 'title' : 'lower';
}

/** The raw text between token i and token j (j > i). */
export const between = (req: Request, i: number, j: number): string => req.text.slice(req.tokens[i].e, req.tokens[j].s);

/** Whether a sentence or clause ends between tokens i and i + 1 (a colon inside a time, "8:20", does not). */
export function breakAfter(req: Request, i: number): boolean {
  const raw = between(req, i, i + 1);
  if (raw === ':' && req.tokens[i].num !== undefined && req.tokens[i + 1].num !== undefined) return false;
  return BREAK.test(raw);
}

/** Whether a sentence or clause ends anywhere between tokens i and j. */
function breakIn(req: Request, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (breakAfter(req, k)) return true;
  return false;
}

/** How many tokens before token `a` repeat right before token `b` (the frame each item of a list repeats), within the gap from `lo`. */
function commonBefore(toks: readonly Token[], a: number, b: number, lo: number): number {
  let k = 0;
  while (k < MAX_FRAME && a - 1 - k >= 0 && b - 1 - k >= lo && toks[a - 1 - k].t === toks[b - 1 - k].t && toks[a - 1 - k].num === undefined && !JOINS.has(toks[b - 1 - k].t)) k++;
  return k;
}

/** How many tokens after token `a` (exclusive end) repeat right after `b`, before `limit` (a unit: "5 cm, 10 cm"). */
function commonAfter(toks: readonly Token[], a: number, b: number, limit: number): number {
  let g = 0;
  while (g < 2 && a + g < limit && b + g < toks.length && toks[a + g].t === toks[b + g].t && toks[a + g].num === undefined && !JOINS.has(toks[a + g].t)) g++;
  return g;
}

/** What the calls say: every string value by its tokens, every number (and the numbers inside strings). */
export interface Said {
  readonly strings: readonly (readonly string[])[];
  readonly numbers: ReadonlySet<number>;
}

export function covered(req: Request, from: number, to: number, said: Said): boolean {
  const toks = req.tokens.slice(from, to);
  if (toks.length === 1 && toks[0].num !== undefined) {
    const n = toks[0].num;
    // As said, with the sign the words give ("a loss of $1000", "5x^2 - 7x"), as the fraction a percentage is ("5%": 0.05),
    // or with the magnitude said after it ("1.267 billion", "8.854 x 10^-12").
    const next = req.text.slice(toks[0].e, toks[0].e + 16);
    const percent = PERCENT.test(next);
    const mag = MAGNITUDE.exec(next);
    const scale = mag ? (mag[1] ? (SCALES[mag[1].toLowerCase()] ?? 1) : 10 ** Number(mag[2].replace('−', '-'))) : 1;
    const near = (x: number): boolean => said.numbers.has(Math.round(x * 1e9) / 1e9) || [...said.numbers].some((y) => y !== 0 && Math.abs(x / y - 1) < 1e-9);
    return said.numbers.has(n) || said.numbers.has(-n) || (percent && near(n / 100)) || (scale !== 1 && near(n * scale));
  }
  const words = toks.map((t) => t.t);
  return said.strings.some((v) => words.every((w) => v.includes(w)) || (v.length > 0 && v.every((w) => words.includes(w))));
}

/** An item of `len` tokens at most, ending right before token `end` (going back), or undefined. */
function itemBefore(req: Request, end: number, len: number, number: boolean): Span | undefined {
  const toks = req.tokens;
  let from = end;
  while (from > 0 && end - from < len) {
    const t = toks[from - 1];
    if (ENDS.has(t.t) || (number && t.num === undefined) || (from < end && breakAfter(req, from - 1))) break;
    from--;
    if (number) break;
  }
  // A name starts where a word that ends items, a separator or the text does ("of human HbA1c").
  const bounded = number || from === 0 || ENDS.has(toks[from - 1].t) || breakAfter(req, from - 1) || COMMA.test(between(req, from - 1, from));
  return from < end && bounded ? { from, to: end } : undefined;
}

/** An item of `len` tokens at most, starting at token `start`, or undefined. */
function itemAfter(req: Request, start: number, len: number, number: boolean): Span | undefined {
  const toks = req.tokens;
  let to = start;
  while (to < toks.length && to - start < len) {
    const t = toks[to];
    if (ENDS.has(t.t) || (number && t.num === undefined) || (to > start && (breakAfter(req, to - 1) || COMMA.test(between(req, to - 1, to))))) break;
    to++;
    if (number) break;
  }
  // A name ends where a word that ends items, a separator or the text does: "find four more" is no item.
  const bounded = number || to === toks.length || ENDS.has(toks[to].t) || breakAfter(req, to - 1) || COMMA.test(between(req, to - 1, to));
  return to > start && bounded ? { from: start, to } : undefined;
}

/** Past the joining words from token i (up to `limit`): where the next item may start, or undefined when nothing joins there. */
function skipJoin(req: Request, i: number, limit: number): number | undefined {
  const toks = req.tokens;
  if (i <= 0 || i >= toks.length || breakAfter(req, i - 1)) return undefined;
  let j = i;
  let joined = COMMA.test(between(req, i - 1, i));
  while (j < limit && JOINS.has(toks[j].t)) {
    j++;
    joined = true;
  }
  return joined && j < toks.length && !breakAfter(req, j - 1) ? j : undefined;
}

interface ListShape {
  /** Frame tokens before and after each item. */
  readonly pre: number;
  readonly post: number;
  /** The item said between the two, when there is one. */
  readonly extra?: Span;
  /** A joining word ("and", "or") stands before the second: nothing of the list comes after it. */
  readonly closed: boolean;
}

/** Whether spans a and b are items of one list (joins, the frames again, at most one item between); undefined when not. */
function listGap(req: Request, a: Span, b: Span, len: number, number: boolean): ListShape | undefined {
  const toks = req.tokens;
  if (breakIn(req, a.to - 1, b.from)) return undefined;
  const pre = commonBefore(toks, a.from, b.from, a.to);
  const end = b.from - pre;
  const post = commonAfter(toks, a.to, b.to, end);
  let k = a.to + post;
  let extra: Span | undefined;
  for (;;) {
    const j = skipJoin(req, k, end);
    if (j === undefined || j > end) return undefined;
    // "A, B and C": the word that joins the last two closes the list.
    if (j === end) return { pre, post, closed: j > k, ...(extra ? { extra } : {}) };
    if (extra) return undefined;
    let m = j;
    while (m - j < pre && toks[m].t === toks[b.from - pre + (m - j)].t) m++;
    const item = m - j === pre ? itemAfter(req, m, len, number) : undefined;
    if (!item || item.to > end) return undefined;
    extra = item;
    k = item.to;
    for (let g = 0; g < post && k < end && toks[k].t === toks[b.to + g].t; g++) k++;
  }
}

/** The items of the lists the anchors (spans of the varying values, in order) sit in that no call says. */
export function uncoveredInList(req: Request, anchors: readonly Span[], said: Said): Span[] {
  const toks = req.tokens;
  const number = anchors.every((a) => shapeOf(req, a.from, a.to) === 'number');
  const len = Math.max(...anchors.map((a) => a.to - a.from)) + 1;
  const out: Span[] = [];
  /** An item no call says, of the shape of an anchor beside it. */
  const add = (s: Span | undefined, ...beside: Span[]): void => {
    if (s === undefined || covered(req, s.from, s.to, said)) return;
    const shape = shapeOf(req, s.from, s.to);
    if (beside.some((b) => shapeOf(req, b.from, b.to) === shape)) out.push(s);
  };
  let run: Span[] = [anchors[0]];
  let shape: ListShape = { pre: 0, post: 0, closed: false };
  let closed = false;
  const flush = (): void => {
    if (run.length < 2) return;
    const first = run[0];
    const last = run[run.length - 1];
    // After the last item, unless a joining word closed the list: its frame after, a join, the frame before, one more item.
    const j = closed ? undefined : skipJoin(req, Math.min(last.to + shape.post, toks.length - 1), Math.min(toks.length, last.to + shape.post + 3));
    if (j !== undefined && last.to + shape.post < toks.length) {
      let m = j;
      while (m - j < shape.pre && m < toks.length && toks[m].t === toks[last.from - shape.pre + (m - j)].t) m++;
      if (m - j === shape.pre) add(itemAfter(req, m, len, number), last);
    }
    // Before the first item: one more item, its frame after, a join, the frame before.
    let e = first.from - shape.pre;
    const f = e;
    while (e > 0 && JOINS.has(toks[e - 1].t)) e--;
    if (e > 0 && (e < f || COMMA.test(between(req, e - 1, e))) && !breakAfter(req, e - 1)) {
      let g = 0;
      while (g < shape.post && e - 1 > 0 && toks[e - 1].t === toks[first.to + shape.post - 1 - g].t) {
        e--;
        g++;
      }
      if (g === shape.post) add(itemBefore(req, e, len, number), first);
    }
  };
  for (let i = 1; i < anchors.length; i++) {
    const gap = listGap(req, anchors[i - 1], anchors[i], len, number);
    if (gap) {
      add(gap.extra, anchors[i - 1], anchors[i]);
      if (run.length === 1) shape = gap;
      closed = gap.closed;
      run.push(anchors[i]);
    } else {
      flush();
      run = [anchors[i]];
      shape = { pre: 0, post: 0, closed: false };
      closed = false;
    }
  }
  flush();
  return out;
}

