/**
 * JSON Schema `pattern`s, compiled once each to run in time linear in the text: by RE2 (the
 * re2js port), so a pattern such as `^(a+)+$` from a tool definition nobody here wrote cannot
 * stall `verify`, `pool import` or a job on a crafted value (the native engine backtracks
 * exponentially on it). The few patterns RE2 does not read (lookaround, backreferences) fall
 * back to the native engine with the `u` flag, as ajv reads them. ajv's `code.regExp` option
 * takes `safeRegExp`, so the validators use the same engine.
 */
import { RE2JS } from 're2js';

/** What a compiled pattern offers: a search anywhere in the text, as RegExp#test. */
export interface RegExpLike {
  test(s: string): boolean;
  toString(): string;
}

/** A group repeated: "(a+)+", "(x|y)*", "(?:ab){2,}" (an optional group, "(\\.\\d+)?", repeats nothing). */
const QUANTIFIED_GROUP = /\)[*+{]/;
const BACKREFERENCE = /\\[1-9]|\\k</;
/** An unbounded repetition: "*", "+", "{2,}" (escaped ones are characters). */
const UNBOUNDED = /(?<!\\)[*+]|\{\d+,\}/g;

/** A pattern compiled by RE2, or by the native engine when RE2 does not read it; throws when neither does. */
export function safeRegExp(pattern: string, flags = 'u'): RegExpLike {
  // With no repeated group, no backreference and at most one unbounded repetition, the native
  // engine's backtracking is bounded by the square of the text (exponential time takes a
  // repetition inside a repeated group, a polynomial of high degree several unbounded ones);
  // it compiles such a pattern many times faster than RE2, and most schema patterns are such.
  if (!QUANTIFIED_GROUP.test(pattern) && !BACKREFERENCE.test(pattern) && (pattern.match(UNBOUNDED) ?? []).length <= 1) {
    try {
      return new RegExp(pattern, flags.includes('u') ? flags : `${flags}u`);
    } catch {
      // Not valid for the native engine: RE2 may still read it.
    }
  }
  try {
    const re = RE2JS.compile(pattern, flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
    // ajv keeps one compiled pattern per toString(): it must name the pattern.
    const text = `/${pattern}/${flags}`;
    return { test: (s: string) => re.test(s), toString: () => text };
  } catch {
    return new RegExp(pattern, flags.includes('u') ? flags : `${flags}u`);
  }
}
safeRegExp.code = 'require("../core/regex-cache.js").safeRegExp';

const compiled = new Map<string, RegExpLike | null>();
/** Patterns recur across items and tools; a pool of thousands of tools stays well under this. */
const MAX_KEPT = 10_000;

/** A JSON Schema `pattern` compiled once; null when it does not compile. */
export function regexOf(pattern: string): RegExpLike | null {
  let re = compiled.get(pattern);
  if (re === undefined) {
    try {
      re = safeRegExp(pattern);
    } catch {
      re = null;
    }
    if (compiled.size >= MAX_KEPT) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}
