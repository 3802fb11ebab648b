/**
 * The words and numbers of a request with where they sit, and where an argument value is said
 * in it: what the rules that read the request's structure (parallel-coverage.ts, roles.ts)
 * share. A token is a word (letters, with inner digits and apostrophes; `_` and `-` part words,
 * so `ice_hockey` is "ice hockey") or a number ("1,250.5" is one number, "5,10" two); values
 * are found by their tokens, case aside.
 */
import type { Message } from '../../core/record.js';
import type { RuleContext } from './context.js';
import { textOf } from './context.js';

export interface Token {
  /** Lower case. */
  readonly t: string;
  /** Start and end offsets in the text. */
  readonly s: number;
  readonly e: number;
  /** The number a number token stands for. */
  readonly num?: number;
  /** The token starts with an upper-case letter, or is a number. */
  readonly upper: boolean;
}

export interface Request {
  readonly text: string;
  readonly tokens: readonly Token[];
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*/gu;
const UPPER = /^\p{Lu}/u;
const BEFORE_MINUS = /[\s(=,:[]/;

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // A minus sign right before, not between two words or numbers ("b = -3", not "2-3"), makes it negative.
      const neg = m.index > 0 && text[m.index - 1] === '-' && (m.index === 1 || BEFORE_MINUS.test(text[m.index - 2]));
      const num = Number(raw.replace(/,/g, ''));
      out.push({ t: neg ? `-${raw}` : raw, s: neg ? m.index - 1 : m.index, e: m.index + raw.length, num: neg ? -num : num, upper: true });
    } else out.push({ t: raw.toLowerCase(), s: m.index, e: m.index + raw.length, upper: UPPER.test(raw) });
  }
  return out;
}

const requests = new WeakMap<RuleContext, Map<number, Request>>();

/** The user messages before message `mi`, as one request (cached per record). */
export function requestBefore(ctx: RuleContext, mi: number): Request {
  let m = requests.get(ctx);
  if (!m) requests.set(ctx, (m = new Map()));
  let r = m.get(mi);
  if (!r) {
    const text = ctx.users
      .filter((u) => u < mi)
      .map((u) => textOf(ctx.messages[u] as Message))
      .join('\n');
    r = { text, tokens: tokenise(text) };
    m.set(mi, r);
  }
  return r;
}

/** A place in the request: tokens [from, to). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Every place the request says `value` (a string by its tokens in a row; a number as a number, or as a percentage of it). */
export function spansOf(req: Request, value: unknown): Span[] {
  const toks = req.tokens;
  const out: Span[] = [];
  if (typeof value === 'number') {
    for (let i = 0; i < toks.length; i++) {
      const n = toks[i].num;
      if (n === undefined) continue;
      if (n === value || (Math.abs(n / 100 - value) < 1e-9 && /^\s*(%|percent)/.test(req.text.slice(toks[i].e, toks[i].e + 9)))) out.push({ from: i, to: i + 1 });
    }
    return out;
  }
  if (typeof value !== 'string') return out;
  const want = tokenise(value);
  if (want.length === 0 || want.length > 12) return out;
  for (let i = 0; i + want.length <= toks.length; i++) {
    let k = 0;
    while (k < want.length && toks[i + k].t === want[k].t) k++;
    if (k === want.length) out.push({ from: i, to: i + want.length });
  }
  return out;
}

/** The scalar values of an argument value (through arrays and objects), each once. */
export function scalarsOf(v: unknown, out: unknown[] = [], depth = 0): unknown[] {
  if (depth > 6) return out;
  if (typeof v === 'string' || typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) for (const x of v) scalarsOf(x, out, depth + 1);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) scalarsOf(x, out, depth + 1);
  return out;
}
