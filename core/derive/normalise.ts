const NON_WORD = /[^\p{L}\p{N}]+/gu;
const DIGIT_LETTER = /(\p{N})(?=\p{L})|(\p{L})(?=\p{N})/gu;

/** Lower case, words and numbers apart ("5cm" → "5 cm"), no punctuation, single spaces. */
export function normalise(s: string): string {
  return ascii(s) ?? normaliseAny(s);
}

/** normalise() by its definition, for any string (the ASCII path gives the same result faster). */
export function normaliseAny(s: string): string {
  return s.toLowerCase().replace(NON_WORD, ' ').replace(DIGIT_LETTER, '$1$2 ').trim();
}

/** Output bytes of the ASCII path (a string's normal form is at most twice its length). */
let out = Buffer.alloc(4096);

/**
 * normalise() of an all-ASCII string in one pass over its characters (the rules normalise every
 * message and argument of every record: the Unicode-class regexes cost several times more);
 * undefined when the string holds anything else.
 */
function ascii(s: string): string | undefined {
  if (s.length * 2 > out.length) out = Buffer.alloc(s.length * 2);
  let n = 0;
  /** What the last character written was: 0 nothing or a space, 1 a letter, 2 a digit. */
  let last = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return undefined;
    let kind = 0;
    if (c >= 97 && c <= 122) kind = 1;
    else if (c >= 65 && c <= 90) {
      c += 32;
      kind = 1;
    } else if (c >= 48 && c <= 57) kind = 2;
    if (kind === 0) {
      gap = true;
      continue;
    }
    // A run of other characters is one space; a letter next to a digit gets one too.
    if (n > 0 && (gap || kind !== last)) out[n++] = 32;
    gap = false;
    out[n++] = c;
    last = kind;
  }
  return out.toString('latin1', 0, n);
}
