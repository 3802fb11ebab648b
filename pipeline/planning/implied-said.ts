/**
 * Values said in words a reader turns back into the value: a yes/no argument by a phrase that
 * carries it ("nonstop only" for nonstop_only = true, "without notifying anyone" for notify =
 * false) and a sort-order code by what the order is called ("cheapest first" for price_asc,
 * "newest first" for date_desc). The words come from the lists
 * the user agent says and the grounding rule reads (verifiers/rules/grounding-said-words.ts),
 * and only words that give back exactly this value for this key are used: a phrase of the yes
 * list that also reads as no, or words two codes of one enum share, are never recorded.
 */
import type { Derivation } from '../../core/plan.js';
import { enumValueOf, enumWays } from '../../core/derive/enum-words.js';
import { flagPhrases, flagValueOf } from '../../core/derive/said-words.js';
import { snake } from '../values/kinds.js';

/** The phrases of a flag that read only as true and only as false, worked out once per key (keys recur across items). */
const unambiguous = new Map<string, { readonly yes: readonly string[]; readonly no: readonly string[] }>();

/** The flag-words derivation of top-level flag `key` = `value`, or undefined when no phrase of its list reads only as `value`. */
export function flagDerivation(key: string, value: boolean, r: () => number): Derivation | undefined {
  let w = unambiguous.get(key);
  if (!w) {
    const k = snake(key);
    const all = flagPhrases(k);
    w = { yes: all.yes.filter((p) => flagValueOf(k, p) === true), no: all.no.filter((p) => flagValueOf(k, p) === false) };
    if (unambiguous.size < 20_000) unambiguous.set(key, w);
  }
  const ways = value ? w.yes : w.no;
  return ways.length === 0 ? undefined : { kind: 'flag-words', said: ways[Math.floor(r() * ways.length)] };
}

/** The enum-words derivation of `value` among `choices` ("cheapest first" for price_asc, "by car" for driving), or undefined when it has no words or another code shares them. */
export function enumDerivation(choices: readonly unknown[], value: string, r: () => number, clauses = true, key = ''): Derivation | undefined {
  const ways = waysFor(choices, value, clauses, snake(key));
  return ways.length === 0 ? undefined : { kind: 'enum-words', said: ways[Math.floor(r() * ways.length)] };
}

/** The ways to say `value` that give it back among `choices`, by the enum (its array) and the rest: enums recur across items. */
const usable = new WeakMap<readonly unknown[], Map<string, readonly string[]>>();
function waysFor(choices: readonly unknown[], value: string, clauses: boolean, param: string): readonly string[] {
  let memo = usable.get(choices);
  if (!memo) usable.set(choices, (memo = new Map()));
  const k = `${value}\u0000${clauses}\u0000${param}`;
  let ways = memo.get(k);
  if (!ways) {
    ways = enumWays(value, clauses, param).filter((w) => enumValueOf(choices, w, param) === value);
    if (memo.size < 500) memo.set(k, ways);
  }
  return ways;
}
