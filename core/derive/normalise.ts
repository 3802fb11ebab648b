const NON_WORD = /[^\p{L}\p{N}]+/gu;
const DIGIT_LETTER = /(\p{N})(?=\p{L})|(\p{L})(?=\p{N})/gu;

/** Lower case, words and numbers apart ("5cm" → "5 cm"), no punctuation, single spaces. */
export function normalise(s: string): string {
  return s.toLowerCase().replace(NON_WORD, ' ').replace(DIGIT_LETTER, '$1$2 ').trim();
}
