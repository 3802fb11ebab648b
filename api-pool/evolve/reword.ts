/** Rewording of descriptions: phrases and nouns swapped for synonyms, driven by the Rng. */
import type { Rng } from '../../core/rng.js';
import { NOUN_INDEX } from './synonyms.js';
import { capitalize, plural, singular } from './words.js';

/** Other words and phrases the rewording may swap (lowercase keys). */
const PHRASE_SWAPS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\buse it to\b/gi, ['call it to', 'use this tool to', 'this helps to', 'invoke it to']],
  [/\boptionally\b/gi, ['if needed', 'if desired', 'where useful']],
  [/\breturns\b/gi, ['gives back', 'responds with', 'yields', 'provides']],
  [/\bfor example\b/gi, ['such as', 'for instance']],
  [/\bby its\b/gi, ['using its', 'given its', 'from its']],
  [/\bthe full\b/gi, ['the complete', 'the entire', 'all of the']],
  [/\bmatching\b/gi, ['that match', 'meeting', 'fitting']],
  [/\bwithin\b/gi, ['inside', 'in']],
  [/\bincluding\b/gi, ['with', 'covering', 'plus']],
  [/\blist of\b/gi, ['set of', 'collection of', 'series of']],
  [/\bcurrent\b/gi, ['latest', 'present', 'up-to-date']],
  [/\bof a\b/gi, ['of one', 'for a', 'of a given']],
];

function matchCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? capitalize(replacement) : replacement;
}

/** Swap phrases and nouns for synonyms, each with probability `strength`. */
export function reword(text: string, rng: Rng, strength: number): string {
  let out = text;
  for (const [re, alts] of PHRASE_SWAPS) {
    out = out.replace(re, (m) => (rng.bool(strength) ? matchCase(m, rng.pick(alts)) : m));
  }
  return out.replace(/\b[A-Za-z]+\b/g, (word) => {
    const lower = word.toLowerCase();
    let group = NOUN_INDEX.get(lower);
    let isPlural = false;
    if (!group && lower.endsWith('s')) {
      group = NOUN_INDEX.get(singular(lower));
      isPlural = group !== undefined;
    }
    if (!group || !rng.bool(strength)) return word;
    const base = isPlural ? singular(lower) : lower;
    const others = group.filter((w) => w !== base);
    if (others.length === 0) return word;
    const alt = rng.pick(others);
    return matchCase(word, isPlural ? plural(alt) : alt);
  });
}
