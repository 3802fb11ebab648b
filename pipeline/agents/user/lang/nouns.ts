/**
 * A field's or a thing's noun in a second language, from its English words: the whole phrase
 * first (with the API's domain when the word means something else there: a sports "game" is
 * a match), then without its leading words ("recipient player" is a player).
 */
import { singularOf } from '../words.js';
import { nounIn } from './lexicon.js';
import type { Lang, Noun } from './types.js';

const memo = new Map<string, Noun | null>();

/** The noun for English `words` in `lang` (domain-qualified entries first), or undefined. */
export function nounFor(lang: Lang, words: string, domain = ''): Noun | undefined {
  const key = `${lang}\u0000${domain}\u0000${words}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let found: Noun | undefined;
  const w = words.toLowerCase().trim().split(/\s+/).filter((x) => x !== '');
  for (let i = 0; i < w.length && !found; i++) {
    const phrase = w.slice(i).join(' ');
    found = (domain ? nounIn(lang, `${domain}:${phrase}`) : undefined) ?? nounIn(lang, phrase) ?? nounIn(lang, singularOf(phrase));
  }
  if (memo.size < 50_000) memo.set(key, found ?? null);
  return found;
}

/**
 * Whether an id's noun names the thing itself: the same noun, or the thing's head ("regla" of
 * "regla de automatización", "Regel" of "Automatisierungsregel"), so the id follows the thing
 * directly ("la regla de automatización RJZ") instead of "la regla ... de la regla RJZ".
 */
export function sameThing(lang: Lang, thing: Noun, id: Noun): boolean {
  if (thing.sg === id.sg) return true;
  return lang === 'de' ? thing.sg.toLowerCase().endsWith(id.sg.toLowerCase()) : thing.sg.startsWith(`${id.sg} `);
}
