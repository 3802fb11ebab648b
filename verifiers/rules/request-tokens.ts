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
  /** The text in lower case: a value not in it is said nowhere, without looking at tokens. */
  readonly lower: string;
  readonly tokens: readonly Token[];
}

// An apostrophe belongs to a word only inside it ("don't", "O'Brien"): a closing quote ("'Bohemian Rhapsody'") does not.
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const BEFORE_MINUS = /[\s(=,:[]/;
const PERCENT_AFTER = /^\s*(%|percent)/;
const COMMAS = /,/g;
const POSSESSIVE = /.['’]s$/;

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  // The text lower-cased once (sliced per word) unless lower case changes its length (rare letters: "İ").
  const lowered = text.toLowerCase();
  const lower = lowered.length === text.length ? lowered : undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const s = m.index;
    const e = s + raw.length;
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // A minus sign right before, not between two words or numbers ("b = -3", not "2-3"), makes it negative.
      const neg = s > 0 && text.charCodeAt(s - 1) === 45 && (s === 1 || BEFORE_MINUS.test(text[s - 2]));
      const num = Number(raw.includes(',') ? raw.replace(COMMAS, '') : raw);
      out.push({ t: neg ? `-${raw}` : raw, s: neg ? s - 1 : s, e, num: neg ? -num : num, upper: true });
    } else {
      // A possessive is its word ("ricardo97's account", "Apple's shares").
      const end = POSSESSIVE.test(raw) ? e - 2 : e;
      const t = lower ? lower.slice(s, end) : raw.slice(0, end - s).toLowerCase();
      out.push({ t, s, e: end, upper: raw.charCodeAt(0) !== t.charCodeAt(0) });
    }
  }
  return out;
}

/** The user messages before a call: their text, in lower case, and word by word once asked for. */
interface Turn {
  readonly text: string;
  readonly lower: string;
  request?: Request;
}
const turns = new WeakMap<RuleContext, Map<number, Turn>>();

/** The user messages before message `mi` (cached per record, keyed by how many there are: calls of one turn share them). */
function turnBefore(ctx: RuleContext, mi: number): Turn {
  let m = turns.get(ctx);
  if (!m) turns.set(ctx, (m = new Map()));
  let n = 0;
  while (n < ctx.users.length && ctx.users[n] < mi) n++;
  let t = m.get(n);
  if (!t) {
    const text = ctx.users.slice(0, n).map((u) => textOf(ctx.messages[u] as Message)).join('\n');
    t = { text, lower: text.toLowerCase() };
    m.set(n, t);
  }
  return t;
}

/** The user messages before message `mi` in lower case, without reading them word by word. */
export function lowerRequestBefore(ctx: RuleContext, mi: number): string {
  return turnBefore(ctx, mi).lower;
}

/** The user messages before message `mi`, as one request read word by word. */
export function requestBefore(ctx: RuleContext, mi: number): Request {
  const t = turnBefore(ctx, mi);
  return (t.request ??= { text: t.text, lower: t.lower, tokens: tokenise(t.text) });
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
      if (n === value || (Math.abs(n / 100 - value) < 1e-9 && PERCENT_AFTER.test(req.text.slice(toks[i].e, toks[i].e + 9)))) out.push({ from: i, to: i + 1 });
    }
    return out;
  }
  // Most values are not said as they are (ids from results, long texts): a look at the lower-case text tells at once.
  if (typeof value !== 'string' || value.length > 200 || !req.lower.includes(value.slice(0, 3).toLowerCase())) return out;
  return spansOfTokens(req, tokenise(value), false);
}

/** Every place the tokens `want` are said in a row (the last one also in the plural when `plural`). */
function spansOfTokens(req: Request, want: readonly Token[], plural: boolean): Span[] {
  const toks = req.tokens;
  const out: Span[] = [];
  if (want.length === 0 || want.length > 12) return out;
  const last = want.length - 1;
  for (let i = 0; i + want.length <= toks.length; i++) {
    let k = 0;
    while (k < want.length && (toks[i + k].t === want[k].t || (plural && k === last && (toks[i + k].t === `${want[k].t}s` || toks[i + k].t === `${want[k].t}es`)))) k++;
    if (k === want.length) out.push({ from: i, to: i + want.length });
  }
  return out;
}

/** Every place the request says a name, its last word also in the plural ("Canadian dollars" for "Canadian Dollar", "teaspoons"). */
export function spansOfName(req: Request, name: string): Span[] {
  const want = tokenise(name);
  return want.length > 6 ? [] : spansOfTokens(req, want, true);
}

/** The scalar values of an argument value (through arrays and objects), each once. */
export function scalarsOf(v: unknown, out: unknown[] = [], depth = 0): unknown[] {
  if (depth > 6) return out;
  if (typeof v === 'string' || typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) for (const x of v) scalarsOf(x, out, depth + 1);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) scalarsOf(x, out, depth + 1);
  return out;
}
