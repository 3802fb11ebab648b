/**
 * category.parallel-coverage: a parallel request covers every entity it lists. Read without a
 * reference, from the record alone, around the values the calls of the parallel turn give
 * (the anchors), found in the request:
 * - the lists two varying values sit in ("Paris, Rome and Oslo", "the factorial of 5, the
 *   factorial of 7 and the factorial of 9", "5cm, 10cm and 15cm"): every item must be the value
 *   of some call (parallel-lists.ts);
 * - a number said in the very words of a number the calls give (the same words on both sides,
 *   the same currency sign or bracket: "$30.45 in Chicago ... $11.23 in Portland", "a = 2, b ...
 *   a = 4, b", "the point (3, 4) ... the point (6, 8)"; a clock time: "3:15 ... 11:50"), or as
 *   the number of the same word ("the temperature at 300 Kelvin ... a higher temperature of
 *   350 Kelvin", "a base of 15 meters ... a base of 35 inches"): some call gives it;
 * - where the varying values are places or companies the tables know (core/geo.ts: cities,
 *   countries, US states, listed companies; a company also by the ticker a call sends; a town
 *   the tables do not know among them aside), every other one the request names is some call's
 *   (not a state or country right after a place and a comma: "Chicago, Illinois");
 * - values that differ only in case ("AA", "Aa", "aa") are told apart by it: every form said is
 *   some call's;
 * - days said relative to a stated today ("today, yesterday and the day before yesterday"), where
 *   the calls send one of them as a date: each is some call's;
 * - every leg the request states ("from X to Y") is some call's pair (parallel-legs.ts);
 * - every literal value it states (an id, an e-mail address, a link, a phone number, quoted
 *   text) is in some call: a part of the request no call serves leaves one unused; so is every
 *   number it says beside the name of a parameter of the tool ("500 base pairs included
 *   upstream" for `upstream`).
 * A value a call leaves to its default (the tool's `default`) counts as given.
 */
import type { ParsedCall, RuleContext } from './context.js';
import { uncoveredLegs } from './parallel-legs.js';
import { between, breakAfter, covered, uncoveredInList, type Said } from './parallel-lists.js';
import { requestBefore, scalarsOf, spansOf, tokenise, type Request, type Span } from './request-tokens.js';
import { namedKinds, type Kind } from './value-kinds.js';
import { geoTables } from '../../core/geo.js';
import { normalise } from '../../core/derive/normalise.js';
import { anchorIn, relativeDatesIn } from '../../core/derive/relative-text.js';

const TICKER = /^[A-Z][A-Z.]{0,5}$/;
/** The names a ticker's company goes by ("AAPL": "Apple Inc.", "GOOG": "Google"): a request names the company, the call sends its ticker. */
function companyNames(v: unknown): readonly string[] {
  if (typeof v !== 'string' || !TICKER.test(v)) return [];
  const c = geoTables().companyByTicker.get(v);
  return c ? [c.name, ...(c.aliases ?? [])] : [];
}

const SYMBOL = /[$€£¥#(]\s*$/;
/** Words between a number and the word it is of: "the temperature at 300", "a base of 15", "rolling a 4". */
const FUNCTION_WORDS = new Set([
  ...['of', 'at', 'to', 'a', 'an', 'the', 'is', 'be', 'was', 'are', 'with', 'for', 'by', 'as', 'in', 'on', 'about', 'around', 'exactly', 'only', 'just'],
  // A change states a new value of the thing before it: "the number of attempts increases to 15", "the rate drops to 50%".
  ...['increases', 'increased', 'decreases', 'decreased', 'drops', 'dropped', 'rises', 'rose', 'falls', 'fell', 'changes', 'changed', 'grows', 'grew', 'goes', 'went', 'becomes', 'became', 'up', 'down'],
]);
/** Words that join the items of a list, in the languages a request may be in. */
const JOINERS = new Set(['oder', 'also', 'then', 'dann', 'puis', 'luego', 'poi', 'plus']);
const CLOCK_AFTER = /^:\d\d/;

/**
 * The words around number token i: a currency sign, an opening bracket or the word before, a %,
 * a clock's ":" or the word after, and the word it is of (the nearest word before that is no
 * function word, in the same clause: "temperature" of "the temperature at 300").
 */
function frameOf(req: Request, i: number): { before: string; after: string; of: string } {
  const toks = req.tokens;
  const rawBefore = i > 0 ? between(req, i - 1, i) : req.text.slice(0, toks[i].s);
  const sym = SYMBOL.exec(rawBefore);
  const before = sym ? sym[0].trim() : i > 0 && !breakAfter(req, i - 1) ? toks[i - 1].t : '';
  const rawAfter = req.text.slice(toks[i].e, toks[i].e + 3);
  const after = rawAfter.startsWith('%') ? '%' : CLOCK_AFTER.test(rawAfter) ? ':' : i + 1 < toks.length && !breakAfter(req, i) ? toks[i + 1].t : '';
  let of = '';
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (breakAfter(req, k) || toks[k].num !== undefined) break;
    if (!FUNCTION_WORDS.has(toks[k].t)) {
      // A word of a thing: of 4 letters or more, and no word that joins a list ("und", "oder").
      if (toks[k].t.length >= 4 && !JOINERS.has(toks[k].t)) of = toks[k].t;
      break;
    }
  }
  return { before, after, of };
}

/** Numbers said in the words of a number the calls give, that no call gives. */
function uncoveredLikeNumbers(req: Request, anchors: readonly Span[], said: Said): Span[] {
  const toks = req.tokens;
  const frames = anchors.map((a) => frameOf(req, a.from));
  const out: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].num === undefined || anchors.some((a) => a.from === i) || covered(req, i, i + 1, said)) continue;
    // A part of a date written in digits ("6.12.2025") is no number of its own.
    if (inNumericDate(req, toks[i])) continue;
    const c = frameOf(req, i);
    // The same words on both sides, or the same currency sign or bracket before, or % or a clock's ":" after: a unit alone is
    // not enough ("0 m/s" and "9.81 m/s^2"); or the same word it is of with the same unit or none ("a base of 15 ... a base of 35").
    const alike = frames.some(
      (f) =>
        (f.after !== '' && f.after === c.after && (f.before === c.before || f.after === '%' || f.after === ':')) ||
        (f.before !== '' && f.before === c.before && SYMBOL.test(f.before)) ||
        (f.of !== '' && f.of === c.of),
    );
    if (alike) out.push({ from: i, to: i + 1 });
  }
  return out;
}

/** The kind of the known name starting at token i (the longest, up to 4 tokens), with its length. */
function kindAt(req: Request, i: number): { kind: Kind; len: number } | undefined {
  const table = namedKinds();
  let key = '';
  let hit: { kind: Kind; len: number } | undefined;
  for (let n = 1; n <= 4 && i + n <= req.tokens.length; n++) {
    if (n > 1 && breakAfter(req, i + n - 2)) break;
    key = n === 1 ? req.tokens[i].t : `${key} ${req.tokens[i + n - 1].t}`;
    const k = table.get(key);
    if (k && req.tokens[i].upper) hit = { kind: k, len: n };
  }
  return hit;
}

/** Known places or companies the request names, of the kind every anchor is, that no call says. */
function uncoveredOfKind(req: Request, anchors: readonly Span[], said: Said): Span[] {
  // The kind the anchors the tables know are (a town the tables do not know among known cities counts as one of them).
  const kindsOf = anchors.map((a) => kindAt(req, a.from)?.kind).filter((k) => k !== undefined);
  const kind = kindsOf[0];
  if (kind === undefined || kindsOf.some((k) => k !== kind)) return [];
  const out: Span[] = [];
  // Where the last name of this kind or an anchor ends: a place right after it and a comma is its state or country ("Chicago, Illinois").
  const ends = new Set(anchors.map((a) => a.to));
  for (let i = 0; i < req.tokens.length; i++) {
    const hit = kindAt(req, i);
    if (!hit) continue;
    const qualifier = kind === 'place' && ends.has(i) && /^\s*,\s*$/.test(between(req, i - 1, i));
    if (hit.kind === kind) ends.add(i + hit.len);
    if (hit.kind === kind && !qualifier && !anchors.some((a) => i < a.to && a.from < i + hit.len) && !covered(req, i, i + hit.len, said)) out.push({ from: i, to: i + hit.len });
    i += hit.len - 1;
  }
  return out;
}

/**
 * Literal values a request states: e-mail addresses, links, phone numbers, quoted text, and ids
 * (a word of 5+ letters and digits mixed, or 6+ capitals: "FE2Y7SOV", "XY1234"). A request
 * names them to be used: one that no call uses is a part of the request left undone.
 */
const LITERAL =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/[^\s"'<>]+|\+\d[\d -]{6,}\d|"[^"\n]{2,80}"|“[^”\n]{2,80}”|\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{5,}\b|\b[A-Z]{6,}\b/g;
const TRAILING = /[.,;:!?)]+$/;
const QUOTES = /^["“]|["”]$/g;
const MAY_HOLD_LITERAL = /[@"“\d]|[A-Z]{6}/;
/** A number with its unit or ordinal ("7-day", "10km", "3rd", "2pm"), or a clock time as French writes it ("13h45"): a quantity, not an id. */
const QUANTITY = /^\d+(?:[.,]\d+)?-?[a-z]+$|^\d{1,2}h\d{2}$/;

/** A text with '_' and '-' read as spaces: a quoted "premium economy" is the enum value premium_economy. */
const wordsOf = (s: string): string => s.replace(/[_-]+/g, ' ');

function uncoveredLiterals(req: Request, ctx: RuleContext): string[] {
  if (!MAY_HOLD_LITERAL.test(req.text)) return [];
  // What the calls send, and the tools' own names (a user may say "the lexv2 exports" for aws_lexv2_models_list_exports).
  const said = ctx.calls.map((c) => `${c.name}\u0000${JSON.stringify(c.args ?? {})}`.toLowerCase()).join('\u0000');
  const out: string[] = [];
  let folded: string | undefined;
  LITERAL.lastIndex = 0;
  for (let m = LITERAL.exec(req.text); m !== null; m = LITERAL.exec(req.text)) {
    const lit = m[0].replace(QUOTES, '').replace(TRAILING, '');
    if (lit.length >= 3 && !QUANTITY.test(lit) && !said.includes(lit.toLowerCase()) && !(folded ??= wordsOf(said)).includes(wordsOf(lit.toLowerCase()))) out.push(lit);
  }
  return out;
}

const YEAR = /^(1[89]|20)\d\d$/;
const HAS_DIGIT = /\d/;
const DIGIT_MARKS = /[-,]/g;

/** Dates written in digits ("12.5.2025", "12/5/2025", "2025-05-12"): their parts are no numbers of their own. */
const NUMERIC_DATE = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\b/g;

const datesOf = new WeakMap<Request, readonly [number, number][]>();
/** Whether token `t` of `req` is a part of a date written in digits (the request's dates found once). */
function inNumericDate(req: Request, t: { readonly s: number; readonly e: number }): boolean {
  let dates = datesOf.get(req);
  if (!dates) {
    dates = /\d[./-]\d/.test(req.text) ? [...req.text.matchAll(NUMERIC_DATE)].map((m): [number, number] => [m.index, m.index + m[0].length]) : [];
    datesOf.set(req, dates);
  }
  return dates.some(([s, e]) => t.s >= s && t.e <= e);
}

/**
 * Exact numbers the request states (with decimals, or of 4 digits and more that are no year:
 * 42.3601, 15000) that no call gives; a part of a date written in digits (German "12.5.2025")
 * is no number.
 */
function uncoveredExactNumbers(req: Request, said: Said): string[] {
  const out: string[] = [];
  req.tokens.forEach((t, i) => {
    if (t.num === undefined || !(t.t.includes('.') || (t.t.replace(DIGIT_MARKS, '').length >= 4 && !YEAR.test(t.t)))) return;
    if (inNumericDate(req, t)) return;
    if (!covered(req, i, i + 1, said)) out.push(req.text.slice(t.s, t.e));
  });
  return out;
}

/** The sentence of each token, by the full stops, question and exclamation marks between tokens. */
function sentencesOf(req: Request): (i: number) => number {
  const ids: number[] = [];
  let id = 0;
  for (let i = 0; i < req.tokens.length; i++) {
    if (i > 0 && /[.!?](?:\s|$)/.test(req.text.slice(req.tokens[i - 1].e, req.tokens[i].s))) id++;
    ids.push(id);
  }
  return (i) => ids[i] ?? id;
}

/** For each value, the place it is said that lies nearest a place of another value (a value may be said more than once: "5%" and "1,5 and 10"). */
function anchorsOf(req: Request, values: readonly unknown[]): Span[] {
  const spans = values.map((v) => { const own = spansOf(req, v); return own.length > 0 ? own : companyNames(v).flatMap((n) => spansOf(req, n)); }).filter((s) => s.length > 0);
  // A value said once is there; a value said more than once is where it is nearest to those.
  const fixed = spans.filter((s) => s.length === 1).map((s) => s[0]);
  const sentenceOf = sentencesOf(req);
  let asking: number | undefined;
  if (fixed.length === 0 && spans.length >= 2) {
    // The last sentence where two values or more are said.
    const count = new Map<number, number>();
    for (const own of spans) for (const k of new Set(own.map((sp) => sentenceOf(sp.from)))) count.set(k, (count.get(k) ?? 0) + 1);
    for (const [k, n] of count) if (n >= 2 && (asking === undefined || k > asking)) asking = k;
  }
  const picked = spans.map((all) => {
    if (all.length === 1) return all[0];
    // Every value said more than once: a request that says what there is and then what it wants
    // ("the columns 'Age', 'Income', 'Gender' ... the mean of 'Age' and 'Income'") asks in the
    // last sentence that holds two of them.
    const there = asking === undefined ? [] : all.filter((sp) => sentenceOf(sp.from) === asking);
    const own = there.length > 0 ? there : all;
    if (own.length === 1) return own[0];
    const others = fixed.length > 0 ? fixed : spans.filter((o) => o !== all).flat();
    let best = own[0];
    let bestD = Infinity;
    for (const sp of own) {
      for (const t of others) {
        const d = Math.abs(t.from - sp.from);
        if (d > 0 && d < bestD) {
          bestD = d;
          best = sp;
        }
      }
    }
    return best;
  });
  return picked.sort((a, b) => a.from - b.from).filter((sp, i, all) => i === 0 || sp.from >= all[i - 1].to);
}

/**
 * What every call of the record says, with the defaults of the parameters a call leaves out:
 * its numbers (also those inside texts), and its texts word by word, each read when first needed.
 */
class CallValues implements Said {
  #strings: string[][] | undefined;
  #numbers: Set<number> | undefined;
  readonly #values: unknown[] = [];

  constructor(ctx: RuleContext) {
    // The words the plan records for an implied value ("854562 kilometers" for a mileage in miles) are what the call says there.
    const plan = ctx.plan ?? ctx.record.meta.plan;
    for (const pc of plan?.calls ?? []) for (const d of Object.values(pc.derivations ?? {})) this.#values.push(d.said);
    for (const c of ctx.calls) {
      scalarsOf(c.args ?? {}, this.#values);
      for (const v of scalarsOf(c.args ?? {})) this.#values.push(...companyNames(v));
      const props = c.tool?.parameters?.properties;
      if (props && typeof props === 'object') {
        for (const [k, p] of Object.entries(props as Record<string, { default?: unknown }>)) if (!(k in (c.args ?? {})) && p && 'default' in p) scalarsOf(p.default, this.#values);
      }
    }
  }

  get strings(): readonly (readonly string[])[] {
    return (this.#strings ??= this.#values.filter((v): v is string => typeof v === 'string').map((v) => tokenise(v).map((t) => t.t)));
  }

  get numbers(): ReadonlySet<number> {
    if (this.#numbers) return this.#numbers;
    const out = new Set<number>();
    for (const v of this.#values) {
      if (typeof v === 'number') out.add(v);
      else if (typeof v === 'string' && HAS_DIGIT.test(v)) for (const t of tokenise(v)) if (t.num !== undefined) out.add(t.num);
    }
    return (this.#numbers = out);
  }
}

/**
 * Values that differ only in case ("AA", "Aa", "aa" genotypes) are told apart by it: every form
 * of such a word the request says, case and all, must be one of them.
 */
function uncoveredByCase(req: Request, values: ReadonlySet<unknown>): string[] {
  const strings = [...values].filter((v): v is string => typeof v === 'string' && /^\p{L}{1,12}$/u.test(v));
  const folded = new Map<string, Set<string>>();
  for (const v of strings) folded.set(v.toLowerCase(), (folded.get(v.toLowerCase()) ?? new Set()).add(v));
  const out: string[] = [];
  for (const [lower, forms] of folded) {
    if (forms.size < 2) continue;
    for (const t of req.tokens) {
      if (t.t !== lower) continue;
      const said = req.text.slice(t.s, t.e);
      if (!forms.has(said) && !out.includes(said)) out.push(said);
    }
  }
  return out;
}

/** Days said relative to a stated today: "today, yesterday and the day before yesterday". */
const RELATIVE_DAY = /\b(the day before yesterday|the day after tomorrow|today|tomorrow|yesterday)\b/gi;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where the calls send days (YYYY-MM-DD) and the request states its today: every day it names
 * relative to it ("yesterday", "the day before yesterday") that a call of those days sends, all
 * of them, as soon as one is.
 */
function uncoveredRelativeDays(req: Request, slots: ReadonlyMap<string, ReadonlySet<unknown>>): string[] {
  if (!/\b(?:yesterday|tomorrow)\b/i.test(req.text)) return [];
  const today = anchorIn(req.text);
  if (today === undefined) return [];
  const out: string[] = [];
  for (const values of slots.values()) {
    const days = [...values].filter((v): v is string => typeof v === 'string' && ISO_DAY.test(v));
    if (days.length === 0) continue;
    const named = [...req.text.matchAll(RELATIVE_DAY)].map((m) => ({ said: m[0], day: [...relativeDatesIn(m[0], normalise(m[0]), today).dates][0] ?? (m[0].toLowerCase() === 'today' ? today : undefined) }));
    if (!named.some((n) => n.day !== undefined && days.includes(n.day))) continue;
    for (const n of named) if (n.day !== undefined && !days.includes(n.day) && !out.includes(n.said)) out.push(n.said);
  }
  return out;
}

/** The words of a parameter name ("upstream", "decimal_places": decimal, places), of 4 letters or more. */
const nameWordsOf = (key: string): string[] =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4);
const NAME_REACH = 4;

/**
 * Numbers the request says beside the name of a parameter of the turn's tool that no call sends
 * ("... and finally with 500 base pairs included upstream", no call with `upstream`): a part of
 * the request no call serves.
 */
function uncoveredParameterNumbers(req: Request, step: readonly ParsedCall[], said: Said): string[] {
  const tool = step[0]?.tool;
  const props = tool?.parameters?.properties;
  if (!props || typeof props !== 'object' || step.some((c) => c.name !== step[0].name)) return [];
  const sent = new Set(step.flatMap((c) => Object.keys(c.args ?? {})));
  const keys = Object.keys(props);
  const unused = keys.filter((k) => !sent.has(k));
  if (unused.length === 0) return [];
  // A name word another parameter shares names neither.
  const words = (k: string): string[] => nameWordsOf(k).filter((w) => !keys.some((o) => o !== k && nameWordsOf(o).includes(w)));
  const unusedWords = new Set(unused.flatMap(words));
  if (unusedWords.size === 0) return [];
  const out: string[] = [];
  const toks = req.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].num === undefined || covered(req, i, i + 1, said)) continue;
    if (inNumericDate(req, toks[i])) continue;
    let named = false;
    for (let k = i - 1; k >= 0 && k >= i - NAME_REACH && !named && !breakAfter(req, k); k--) named = unusedWords.has(toks[k].t);
    for (let k = i + 1; k < toks.length && k <= i + NAME_REACH && !named && !breakAfter(req, k - 1); k++) named = unusedWords.has(toks[k].t);
    if (named) out.push(req.text.slice(toks[i].s, toks[i].e));
  }
  return out;
}

export function checkParallelCoverage(ctx: RuleContext): void {
  const step = ctx.steps.find((s) => s.length >= 2);
  if (!step) return;
  const req = requestBefore(ctx, step[0].message);
  if (req.tokens.length < 4) return;
  // The values of each parameter over the calls of one tool in the parallel turn.
  const slots = new Map<string, Set<unknown>>();
  for (const c of step) {
    for (const [k, v] of Object.entries(c.args ?? {})) {
      const key = `${c.name}\u0000${k}`;
      let set = slots.get(key);
      if (!set) slots.set(key, (set = new Set()));
      for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string' || typeof x === 'number') set.add(x);
    }
  }
  let said: Said | undefined;
  const missing = new Map<number, string>();
  for (const values of slots.values()) {
    // The values that vary between the calls; of the others, a number (its words make a frame: "300 Kelvin ... 350 Kelvin").
    if (values.size < 2 && typeof values.values().next().value !== 'number') continue;
    const anchors = anchorsOf(req, [...values]);
    if (anchors.length === 0) continue;
    said ??= new CallValues(ctx);
    const numeric = anchors.every((a) => req.tokens[a.from].num !== undefined && a.to - a.from === 1);
    const found = [...(numeric ? uncoveredLikeNumbers(req, anchors, said) : [])];
    if (anchors.length >= 2) found.push(...uncoveredInList(req, anchors, said), ...(numeric ? [] : uncoveredOfKind(req, anchors, said)));
    for (const s of found) missing.set(s.from, req.text.slice(req.tokens[s.from].s, req.tokens[s.to - 1].e));
  }
  for (const values of slots.values()) for (const w of uncoveredByCase(req, values)) missing.set(-1 - missing.size, w);
  for (const d of uncoveredRelativeDays(req, slots)) missing.set(-1 - missing.size, d);
  const legs = uncoveredLegs(req, step);
  said ??= new CallValues(ctx);
  const literals = [...uncoveredLiterals(req, ctx), ...uncoveredExactNumbers(req, said), ...uncoveredParameterNumbers(req, step, said)];
  if (missing.size > 0 || legs.length > 0 || literals.length > 0) {
    const list = [...new Set([...missing.values(), ...legs, ...literals])].map((m) => JSON.stringify(m)).join(', ');
    ctx.add('category.parallel-coverage', `the request lists ${list}, which no call of the parallel turn covers`, { message: step[0].message });
  }
}
