/**
 * The plan's implied values in a second-language dialogue. A derivation whose words are the
 * same in any language (a company for its ticker, a city for its airport, a US state for its
 * code) is said as the plan has it. A value from an earlier result or an earlier turn is
 * referred to in the language ("el primero", "la misma cuenta") and recorded with those words:
 * the grounding rule finds the value in the result or the earlier call whatever the words.
 * The rest (a relative date, a number in words, a country or language by its English name, a
 * unit conversion, a flag or a sort order in English words) would not be read back in another
 * language by today's grounding library, so the value is stated instead and the derivation is
 * left out of the record's plan.
 */
import { normalise } from '../../../../core/derive/normalise.js';
import type { Derivation, PlannedCall } from '../../../../core/plan.js';

/** Derivations said in the same words in every language. */
export const SAME_WORDS: ReadonlySet<Derivation['kind']> = new Set(['company-ticker', 'city-airport', 'state-code']);
/** Derivations a second-language dialogue says in its own words and still records. */
export const REWORDED: ReadonlySet<Derivation['kind']> = new Set(['previous-result', 'previous-turn']);

/** The plan's words for `key` of `call` when they are the same in every language. */
export function keptSaid(call: PlannedCall | undefined, key: string): string | undefined {
  const d = call?.derivations?.[key];
  return d && SAME_WORDS.has(d.kind) ? d.said : undefined;
}

/** Derivations a dialogue said in its own words (earlier results and turns, implied values), by call index and key. */
export type Reworded = ReadonlyMap<number, ReadonlyMap<string, Derivation>>;

/**
 * A call's derivations as a second-language dialogue has them: kept, reworded or dropped. A
 * derivation said in the same words everywhere is kept only where the dialogue (`said`: its
 * user turns, normalised, padded with spaces) says those words: a list of several values
 * (parallel calls) states the codes themselves.
 */
export function dialogueDerivations(c: PlannedCall, words: ReadonlyMap<string, Derivation> | undefined, said: string): Readonly<Record<string, Derivation>> | undefined {
  if (!c.derivations) return undefined;
  const out: Record<string, Derivation> = {};
  for (const [key, d] of Object.entries(c.derivations)) {
    if (SAME_WORDS.has(d.kind)) {
      if (said.includes(` ${normalise(d.said)} `)) out[key] = d;
    }
    else {
      const reworded = words?.get(key);
      if (reworded !== undefined) out[key] = reworded;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
