/**
 * Values said in words a reader turns back into the value: a yes/no argument by a phrase that
 * carries it ("nonstop only" for nonstop_only = true, "without notifying anyone" for notify =
 * false) and an enum code by its words ("turn on" for turn_on). The words come from the lists
 * the user agent says and the grounding rule reads (verifiers/rules/grounding-said-words.ts),
 * and only words that give back exactly this value for this key are used: a phrase of the yes
 * list that also reads as no, or words two codes of one enum share, are never recorded.
 */
import type { Derivation } from '../../core/plan.js';
import { enumValueOf, enumWords, flagPhrases, flagValueOf } from '../../verifiers/rules/grounding-said-words.js';
import { snake } from '../values/kinds.js';

/** The flag-words derivation of top-level flag `key` = `value`, or undefined when no phrase of its list reads only as `value`. */
export function flagDerivation(key: string, value: boolean, r: () => number): Derivation | undefined {
  const k = snake(key);
  const w = flagPhrases(k);
  const ways = (value ? w.yes : w.no).filter((p) => flagValueOf(k, p) === value);
  return ways.length === 0 ? undefined : { kind: 'flag-words', said: ways[Math.floor(r() * ways.length)] };
}

/** The enum-words derivation of `value` among `choices`, or undefined when it is said as written or its words are another code's too. */
export function enumDerivation(choices: readonly unknown[], value: string): Derivation | undefined {
  const said = enumWords(value);
  return said !== value && enumValueOf(choices, said) === value ? { kind: 'enum-words', said } : undefined;
}
