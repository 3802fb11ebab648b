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
  [/\bof a\b(?! given)/gi, ['of one', 'for a', 'of a given']],
];

function matchCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? capitalize(replacement) : replacement;
}

/**
 * Swap phrases and nouns for synonyms, each with probability `strength`; the nouns of `names`
 * (an API name's words) are left alone, so the text keeps saying what the name says.
 */
export function reword(text: string, rng: Rng, strength: number, names: readonly string[] = []): string {
  const fixed = new Set(names.flatMap((n) => NOUN_INDEX.get(singular(n)) ?? NOUN_INDEX.get(n) ?? []));
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
    if (!group || fixed.has(group[0]) || !rng.bool(strength)) return word;
    const base = isPlural ? singular(lower) : lower;
    const others = group.filter((w) => w !== base);
    if (others.length === 0) return word;
    const alt = rng.pick(others);
    return matchCase(word, isPlural ? plural(alt) : alt);
  });
}

/**
 * The text in the nouns of a name: every synonym of a name's noun is written as that noun (same
 * number, same capital), so `get_vehicle_history` is not described as "the car's timeline". A
 * group two of the name's nouns belong to (`trip_itinerary`) is left as it is.
 */
export function inNamesNouns(text: string, names: readonly string[]): string {
  const nouns = names.map((n) => (NOUN_INDEX.has(n) ? n : singular(n))).filter((n) => NOUN_INDEX.has(n));
  let out = text;
  for (const noun of new Set(nouns)) {
    const group = NOUN_INDEX.get(noun)!;
    if (nouns.filter((n) => group.includes(n)).length > 1) continue;
    out = out.replace(/\b[A-Za-z]+\b/g, (w) => {
      const lower = w.toLowerCase();
      const isPlural = !group.includes(lower) && group.includes(singular(lower));
      if (!group.includes(lower) && !isPlural) return w;
      const said = isPlural ? plural(noun) : noun;
      return /^[A-Z]/.test(w) ? capitalize(said) : said;
    });
  }
  return out;
}

/** The text with each word `from` (any number, any capital) written as `to`. */
export function swapNoun(text: string, from: string, to: string): string {
  const f = singular(from);
  const t = singular(to);
  return text.replace(/\b[A-Za-z]+\b/g, (w) => {
    const lower = w.toLowerCase();
    if (lower !== f && lower !== plural(f)) return w;
    const said = lower === f ? t : plural(t);
    return /^[A-Z]/.test(w) ? capitalize(said) : said;
  });
}
