/**
 * A slip of the keyboard now and then, as people make: only in the request's own words (the
 * frame, the greeting), never in a value the tool call must carry. Applied to text that holds no
 * value yet, from a fixed list of common words and their usual misspellings.
 */
import type { Rng } from '../../../core/rng.js';

const TYPOS: Readonly<Record<string, readonly string[]>> = {
  please: ['pls', 'plz', 'pleae', 'plase'],
  could: ['coudl', 'cuold'],
  would: ['woudl', 'wuold'],
  you: ['yuo', 'u'],
  the: ['teh', 'hte'],
  thanks: ['thx', 'thnaks', 'tahnks'],
  need: ['ned', 'nede'],
  want: ['wnat', 'wan'],
  really: ['realy', 'rly'],
  because: ['becuase', 'cause'],
  about: ['abotu', 'abt'],
  something: ['somethign', 'smth'],
  looking: ['lookign', 'loking'],
  know: ['konw', 'kno'],
  there: ['tehre', 'ther'],
  just: ['jsut', 'juts'],
  help: ['hlep', 'hepl'],
  favour: ['favor', 'favuor'],
  appreciate: ['appreciat', 'apreciate'],
  possible: ['possibel', 'posible'],
};
const WORD = new RegExp(`\\b(${Object.keys(TYPOS).join('|')})\\b`, 'g');

/** `text` with one of its common words misspelt, when it has one (`text` holds no value). */
export function typo(text: string, rng: Rng): string {
  const hits = [...text.matchAll(WORD)];
  if (hits.length === 0) return text;
  const m = hits[Math.floor(rng.next() * hits.length)];
  const options = TYPOS[m[1]];
  const at = m.index ?? 0;
  return text.slice(0, at) + options[Math.floor(rng.next() * options.length)] + text.slice(at + m[1].length);
}
