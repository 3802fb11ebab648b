/**
 * Numbers as people state them: in digits ("1,250", "0.05", "3×10^8"), in words ("twenty-two",
 * "two thousand", "a dozen", "twice"), with a magnitude ("1.5k", "2 million", "$1.2M"), as a
 * share ("5%" for 0.05). Both directions: the planner says a count in words (`spell`,
 * `numberInWords` reads it back) and the grounding rule reads every number a text states
 * (`numbersIn`). A number keeps its magnitude: "2 million" states 2,000,000 (and the 2 written),
 * never 200 or 20,000; "one" in "one of" or "no one" states no number.
 */

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SMALL_OF = new Map(SMALL.map((w, i) => [w, i]));
const TENS_OF = new Map(TENS.map((w, i) => [w, i * 10]).filter(([w]) => w !== '') as [string, number][]);
const SCALES = new Map<string, number>([['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]]);

/** An integer from 0 to 999,999 in words: "twenty-two", "one hundred and five", "two thousand five hundred". */
export function spell(n: number): string {
  if (n >= 1000) {
    const rest = n % 1000;
    return `${spell(Math.floor(n / 1000))} thousand${rest === 0 ? '' : rest < 100 ? ` and ${spell(rest)}` : ` ${spell(rest)}`}`;
  }
  if (n < 20) return SMALL[n];
  if (n < 100) return n % 10 === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]}-${SMALL[n % 10]}`;
  const rest = n % 100;
  return `${SMALL[Math.floor(n / 100)]} hundred${rest === 0 ? '' : ` and ${spell(rest)}`}`;
}

/** Magnitude words and suffixes after digits ("2 million", "1.5k", "$3bn"). */
const MAGNITUDE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mio: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/**
 * An integer written in words ("twenty-two", "one hundred and five", "a dozen", "two dozen",
 * "a couple", "two thousand five hundred"), in digits ("1,250"), or in digits with a magnitude
 * ("433 thousand", "1.5 million", "1.5k"); undefined when the words are not one number.
 */
export function numberInWords(said: string): number | undefined {
  const s = said.trim().toLowerCase();
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  const big = /^(\d+(?:\.\d+)?) ?(thousand|million|billion|trillion|k|bn)$/.exec(s);
  if (big) return Math.round(Number(big[1]) * MAGNITUDE_WORDS[big[2]] * 1e6) / 1e6;
  if (s === 'a' || s === 'an') return 1;
  if (s === 'a couple' || s === 'a pair') return 2;
  const words = s.replace(/-/g, ' ').split(/\s+/).filter((w) => w !== 'and');
  return wordsValue(words);
}

/** The number a run of number words is, or undefined when they are not one number ("two two"). */
function wordsValue(words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  let total = 0;
  let group = 0;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((w === 'a' || w === 'an') && i === 0 && words.length > 1) {
      group = 1;
      continue;
    }
    const small = SMALL_OF.get(w);
    const ten = TENS_OF.get(w);
    const scale = SCALES.get(w);
    if (small !== undefined) {
      // After "twenty" only a unit ("twenty-two"); otherwise nothing below a hundred yet.
      const r = group % 100;
      if (!(r === 0 || (r >= 20 && small > 0 && small < 10 && r % 10 === 0))) return undefined;
      if (any && group === 0 && total === 0) return undefined; // "zero two"
      group += small;
    } else if (ten !== undefined) {
      if (group % 100 !== 0) return undefined;
      group += ten;
    } else if (w === 'hundred') {
      if (group >= 100) return undefined;
      group = (group || 1) * 100;
    } else if (scale !== undefined) {
      if (total !== 0 && total < scale * 1000) return undefined; // "two thousand three thousand"
      total += (group || 1) * scale;
      group = 0;
    } else if (w === 'dozen') group = (group || 1) * 12;
    else return undefined;
    any = true;
  }
  return any ? total + group : undefined;
}

/** Single words that state a number on their own. */
const WORD_VALUES = new Map<string, number>([
  ...SMALL.map((w, i): [string, number] => [w, i]),
  ...[...TENS_OF],
  ['hundred', 100], ['dozen', 12], ['half', 0.5], ['quarter', 0.25], ['once', 1], ['twice', 2], ['thrice', 3], ['single', 1], ['double', 2], ['triple', 3],
  ['pair', 2], ['couple', 2], ['first', 1], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);
/** Words a number word runs through: "one hundred and five", "twenty two". */
const RUN_WORDS = new Set([...SMALL, ...TENS_OF.keys(), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'and', 'a']);
/** "one" that is no number: "one of them", "no one", "this one", "the one", "the second one". */
const NOT_ONE_BEFORE = new Set(['no', 'any', 'this', 'that', 'the', 'which', 'every', 'each', 'some', 'last', 'next', 'other', 'same', 'new', 'right', 'only', 'first', 'second', 'third']);
const NOT_ONE_AFTER = new Set(['of', 'another', 'or', 's']);

/** A number written in digits; not the digits of a word ("Sample1", "group2", "CO2"; a script without spaces writes "买10个" and means 10). */
const NUMBER = /(?<![A-Za-z_])(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d*\.?\d+(?:e-?\d+)?)/giu;
const MAGNITUDE = /(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|mn|mio|bn|k)\b/gi;
/** "$1.2M", "€3M", "1.2M USD": an upper-case M (or one after a currency sign) is a million, a lower-case m a metre. */
const MONEY_MILLIONS = /(?:[$€£¥]\s?(\d+(?:\.\d+)?)\s?[mMbB]\b)|(?:\b(\d+(?:\.\d+)?)\s?([MB])\b)/g;
const PERCENT = /(-?\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/gi;
const SCIENTIFIC = /(-?\d+(?:\.\d+)?)\s*(?:x|×|\*)\s*10\s*(?:\^|\*\*)\s*\(?\s*([-−]?\d+)/gi;

export const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Every number the text `raw` states (its normalise() is `norm`), added to `out`: digits (and the
 * parts of "200,300,400", a list as often as a number), magnitudes, shares, scientific notation,
 * and (unless `words` is false) numbers in words, each run of number words as the one number it is.
 */
export function addNumbersIn(raw: string, norm: string, out: Set<number>, words = true): void {
  addDigitsIn(raw, out);
  if (/\d\s*(?:t|m|b|k|mn|mio|bn)/i.test(raw)) {
    for (const m of raw.matchAll(MAGNITUDE)) out.add(round(Number(m[1]) * MAGNITUDE_WORDS[m[2].toLowerCase()]));
    for (const m of raw.matchAll(MONEY_MILLIONS)) {
      const n = Number(m[1] ?? m[2]);
      const unit = (m[0].trim().slice(-1) || 'M').toUpperCase();
      out.add(round(n * (unit === 'B' ? 1e9 : 1e6)));
    }
  }
  if (/%|per ?cent/i.test(raw)) for (const m of raw.matchAll(PERCENT)) out.add(round(Number(m[1]) / 100));
  if (raw.includes('10')) for (const m of raw.matchAll(SCIENTIFIC)) out.add(round(Number(m[1]) * 10 ** Number(m[2].replace('−', '-'))));
  if (words) addWordNumbers(norm, out);
}

/** An enumeration goes on after "first": "the second ...", "the third ...". */
const ENUMERATION = /\b(?:second|third) (?!(?:of|and|or|to)\b)\p{L}/u;
const FIRST_OF_SPAN = /^(?:\d|two|three|four|five|six|seven|eight|nine|ten|few|several|couple)/;

function addWordNumbers(norm: string, out: Set<number>): void {
  const tokens = norm.split(' ');
  let enumerates: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!WORD_VALUES.has(t) && !SCALES.has(t)) continue;
    if (t === 'one' && (NOT_ONE_BEFORE.has(tokens[i - 1]) || NOT_ONE_AFTER.has(tokens[i + 1]))) continue;
    // "first" that counts off items ("the first car ... the second car") or a span ("the first 2 years") states no 1.
    if (t === 'first' && (enumerates ??= ENUMERATION.test(norm)) || (t === 'first' && FIRST_OF_SPAN.test(tokens[i + 1] ?? ''))) continue;
    // The longest run of number words from here: "two thousand five hundred".
    let j = i;
    while (j < tokens.length && RUN_WORDS.has(tokens[j])) j++;
    while (j > i + 1 && (tokens[j - 1] === 'and' || tokens[j - 1] === 'a')) j--;
    const run = tokens.slice(i, j).filter((w) => w !== 'and');
    const whole = run.length > 1 ? wordsValue(run) : undefined;
    if (whole !== undefined) {
      out.add(whole);
      i = j - 1;
      continue;
    }
    const v = WORD_VALUES.get(t);
    if (v !== undefined) out.add(v);
    // "2 thousand" is read from the digits; a scale word alone ("thousands of") states nothing.
  }
}

/** The numbers a text writes in digits ("1,250", "-3", "0.05"), and the parts of "200,300,400" (a list as often as a number): the cheap first look. */
export function addDigitsIn(raw: string, out: Set<number>): void {
  for (const m of raw.matchAll(NUMBER)) {
    const v = Number(m[0].replace(/,/g, ''));
    if (Number.isFinite(v)) {
      out.add(round(v));
      if (v < 0) out.add(round(-v));
    }
    // "200,300,400" may be a list; "1,000,000" is one number ("000" is no item of a list).
    if (m[0].includes(',') && !/,0/.test(m[0])) for (const part of m[0].split(',')) if (part !== '') out.add(round(Math.abs(Number(part))));
  }
}

/** The numbers a text states (see addNumbersIn). */
export function numbersIn(raw: string, norm: string): Set<number> {
  const out = new Set<number>();
  addNumbersIn(raw, norm, out);
  return out;
}
