/**
 * The forms one word takes, so a reader matches "physical book" with "physical books", "open on
 * Sundays" with "opens on Sundays", "women" with "woman", "house_price" with "house prices":
 * a light stem (plural, third person, -ing, -ed), a few irregular plurals, and a slip of one
 * letter in a long word ("Chicgo", "recieve"), never in a code or a number.
 */

const IRREGULAR = new Map<string, string>(Object.entries({
  women: 'woman', men: 'man', children: 'child', people: 'person', persons: 'person', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
  analyses: 'analysis', criteria: 'criterion', indices: 'index', data: 'datum', media: 'medium', leaves: 'leaf', knives: 'knife', lives: 'life', wives: 'wife',
}));
const SIBILANT_ES = /(s|x|z|ch|sh)es$/;

/** The stem a word's forms share: "books" -> "book", "categories" -> "category", "opens" -> "open", "women" -> "woman". */
export function stemOf(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length < 4 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (SIBILANT_ES.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4) return undouble(w.endsWith('ied') ? `${w.slice(0, -3)}y` : w.slice(0, -2));
  return w;
}

/** "stopp" -> "stop" (what -ing and -ed leave after a doubled consonant). */
function undouble(s: string): string {
  const n = s.length;
  return n > 3 && s[n - 1] === s[n - 2] && !/[aeiouls]/.test(s[n - 1]) ? s.slice(0, -1) : s;
}

/**
 * Whether `a` and `b` are one slip apart (a letter changed, added, dropped or two swapped): only
 * for words of letters, at least five long, that start alike ("chicgo" / "chicago").
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  if (/[^\p{L}]/u.test(a) || /[^\p{L}]/u.test(b)) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // Changed, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
