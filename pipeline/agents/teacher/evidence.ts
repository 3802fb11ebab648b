/**
 * Where each argument value of a step comes from: the user's own words (with the few words
 * around it that make it a reason: "under 300", "to Lisbon"), words the planner recorded as
 * implying it ("next Friday" for a date), or an earlier result. The rationale quotes these, and a
 * step whose values are all stated verbatim, with no near-miss tool beside it, is trivial.
 */
import type { Derivation } from '../../../core/plan.js';

export type { Derivation };
import { humanize, type Obj } from '../text.js';

/** One call of a step, as the teacher sees it. */
export interface StepCall {
  readonly name: string;
  readonly args: Obj;
  /** Arguments taken from an earlier result: key -> the tool that returned it and the field, as a phrase. */
  readonly from?: Readonly<Record<string, { readonly tool: string; readonly field: string }>>;
  /** Arguments the user implies rather than states: key -> the words and how they give the value. */
  readonly derived?: Readonly<Record<string, Derivation>>;
}

export type Evidence =
  | { readonly kind: 'derived'; readonly key: string; readonly value: unknown; readonly how: Derivation }
  | { readonly kind: 'result'; readonly key: string; readonly value: unknown; readonly tool: string; readonly field: string }
  /** Stated verbatim; `quote` is the user's words around it when they add something. */
  | { readonly kind: 'stated'; readonly key: string; readonly value: unknown; readonly quote?: string }
  /** Stated as a phrase (booleans) or not found in the text. */
  | { readonly kind: 'phrased'; readonly key: string; readonly value: unknown };

/** Words that make a number a reason when they stand right before it ("under 300", "at least 4"). */
const NUMBER_LEAD = new Set(['under', 'over', 'below', 'above', 'max', 'min', 'within', 'about', 'around', 'per', 'every', 'last', 'next', 'for', 'up to', 'at least', 'at most', 'less than', 'more than', 'no more than', 'fewer than']);
/** Words that make a name a reason when they stand right before it ("to Lisbon", "near Alexanderplatz"). */
const NAME_LEAD = new Set(['to', 'from', 'in', 'near', 'at', 'for', 'via', 'named', 'called', 'about', 'on', 'into', 'around', 'between', 'by']);
/** Words that complete a number right after it ("3 nights", "20 percent"). */
const TRAIL = /^(?:nights?|days?|weeks?|months?|years?|hours?|minutes?|people|persons?|guests?|adults?|children|kids|rooms?|seats?|tickets?|items?|results?|km|miles?|kg|lbs?|percent|%|stars?|times?|pages?|units?|usd|eur|gbp|dollars?|euros?)$/i;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const CODE = /^[A-Z0-9-]{3,}$/;
/** Codes and ids (letters with digits, underscores, capitals): the words around them say nothing about the choice. */
function idLike(s: string): boolean {
  return s.includes('_') || (/\d/.test(s) && /[a-z]/i.test(s)) || CODE.test(s);
}

/** A scalar as the user would have typed it. */
function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A letter, digit or underscore (any non-ASCII character counts as a letter). */
function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127;
}

/** The word that ends right before `end` (spaces skipped), lower-cased text: [start, word], or undefined. */
function wordBefore(lower: string, end: number): readonly [number, string] | undefined {
  let i = end;
  while (i > 0 && lower.charCodeAt(i - 1) === 32) i--;
  if (i === end) return undefined;
  let j = i;
  while (j > 0 && isWordChar(lower, j - 1)) j--;
  return j < i ? [j, lower.slice(j, i)] : undefined;
}

/** Index of `needle` in `lower` as a whole token (not inside a longer word or number), or -1. */
export function findToken(lower: string, needle: string): number {
  const n = needle.toLowerCase();
  for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
    if (!isWordChar(lower, i - 1) || !isWordChar(n, 0)) {
      const end = i + n.length;
      if (!isWordChar(lower, end) || !isWordChar(n, n.length - 1)) return i;
    }
  }
  return -1;
}

/** Whether every scalar of `v` is in the text (booleans and nulls are said in words, so they count). */
export function verbatim(v: unknown, lower: string): boolean {
  if (v === null || typeof v === 'boolean') return true;
  if (Array.isArray(v)) return v.every((x) => verbatim(x, lower));
  if (typeof v === 'object') return Object.values(v as Obj).every((x) => verbatim(x, lower));
  const s = scalarText(v);
  return s !== undefined && findToken(lower, s) >= 0;
}

/**
 * The user's words around a stated scalar when a word before it (or a unit after a number) makes
 * them a reason; none when that word is only the parameter's own label ("date from 2025-06-01").
 */
function quoteOf(text: string, lower: string, s: string, at: number, key: string): string | undefined {
  const number = NUMBER.test(s);
  if (s.length > 36 || (!number && idLike(s))) return undefined;
  const words = ` ${humanize(key)} `;
  const label = { has: (w: string): boolean => words.includes(` ${w} `) };
  let start = at;
  let end = at + s.length;
  const one = wordBefore(lower, at);
  const two = one && wordBefore(lower, one[0]);
  const leads = number ? NUMBER_LEAD : NAME_LEAD;
  if (one && two && leads.has(`${two[1]} ${one[1]}`)) start = two[0];
  else if (one && leads.has(one[1]) && !label.has(one[1]) && two?.[1] !== 'set') start = one[0];
  if (number) {
    let i = end;
    while (lower.charCodeAt(i) === 32) i++;
    let j = i;
    while (j < lower.length && (isWordChar(lower, j) || lower[j] === '%')) j++;
    const unit = lower.slice(i, j);
    if (j > i && TRAIL.test(unit) && !label.has(unit)) end = j;
  }
  if (start === at && end === at + s.length) return undefined;
  return text.slice(start, end);
}

/** The first part of a nested derivation that has words of its own, depth-first, with its value and the key holding it. */
function nestedLeaf(value: unknown, how: Derivation, key: string): { key: string; value: unknown; how: Derivation } | undefined {
  for (const [part, d] of Object.entries(how.parts ?? {})) {
    const v = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    const own = /^\d+$/.test(part) ? key : part;
    const found = d.kind === 'nested' ? nestedLeaf(v, d, own) : d.said.trim() !== '' && v !== undefined ? { key: own, value: v, how: d } : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The evidence for each argument of `call`, in the call's key order; `text` is what the user has said so far. */
export function evidenceOf(call: StepCall, text: string, lower = text.toLowerCase()): Evidence[] {
  return Object.keys(call.args).map((key): Evidence => {
    const value = call.args[key];
    const how = call.derived?.[key];
    // An object or list the user implies in parts (a window of two relative dates): the first part said, by its own key.
    if (how?.kind === 'nested') {
      const leaf = nestedLeaf(value, how, key);
      if (leaf) return { kind: 'derived', ...leaf };
    } else if (how) return { kind: 'derived', key, value, how };
    const src = call.from?.[key];
    if (src) return { kind: 'result', key, value, tool: src.tool, field: src.field };
    if (typeof value === 'boolean' || value === null) return { kind: 'phrased', key, value };
    const s = scalarText(value);
    if (s === undefined) return verbatim(value, lower) ? { kind: 'stated', key, value } : { kind: 'phrased', key, value };
    const at = findToken(lower, s);
    if (at < 0) return { kind: 'phrased', key, value };
    const quote = quoteOf(text, lower, s, at, key);
    return quote ? { kind: 'stated', key, value, quote } : { kind: 'stated', key, value };
  });
}

/**
 * A trivial step: no near-miss beside the tool, and every value stated verbatim by the user
 * (nothing implied, nothing from an earlier result). `near` says whether a near-miss is shown.
 */
export function trivialStep(calls: readonly StepCall[], near: boolean, lower: string): boolean {
  if (near) return false;
  return calls.every((c) => {
    if (Object.keys(c.from ?? {}).length > 0 || Object.keys(c.derived ?? {}).length > 0) return false;
    return Object.values(c.args).every((v) => verbatim(v, lower));
  });
}
