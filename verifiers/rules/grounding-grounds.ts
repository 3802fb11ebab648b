/**
 * What has been said before a call, for the grounding rule (grounding.ts): the words, the
 * numbers (in digits, in words, with a magnitude) and the dates (in any format read) of the
 * system prompt, the user's messages and the tool results so far.
 *
 * Some values a text only implies: "five" for 5, "weekly" for 52, "tomorrow" for a date.
 * Records checked with their plan ground those only through a derivation the plan records
 * (grounding-implied.ts), so `new Grounds({ implied: false })` leaves them out; records
 * without a plan (third-party data) still have them read here.
 */
import { normalise } from './normalise.js';

const NUMBER = /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d*\.?\d+(?:e-?\d+)?/gi;
const ISO_DATE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g;
const MDY_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;
const MONTH_FIRST = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})\b/gi;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*,?\s*(\d{4})\b/gi;
const MONTH_ONLY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/gi;
const PM_HOUR = /\b(\d{1,2})(?::\d{2})?\s*p\.?m\b/gi;
const SCIENTIFIC = /(-?\d+(?:\.\d+)?)\s*(?:x|×|\*)\s*10\s*(?:\^|\*\*)\s*\(?\s*([-−]?\d+)/gi;
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WORD_NUMBERS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1_000_000,
  billion: 1_000_000_000, dozen: 12, half: 0.5, quarter: 0.25, once: 1, twice: 2, thrice: 3, single: 1, double: 2, triple: 3,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, pair: 2, couple: 2,
}));
const RELATIVE_DAYS = new Map<string, number>(Object.entries({ today: 0, tonight: 0, now: 0, tomorrow: 1, yesterday: -1 }));
const MAGNITUDE = /(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|k)\b/gi;
const MAGNITUDES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
/** Quantities words imply: "a week" (7 days), "monthly" (12 a year), "a month" (30 days)... */
const IMPLIED_NUMBERS = new Map<string, readonly number[]>(Object.entries({
  week: [7], weeks: [7], weekly: [52, 7], fortnight: [14], month: [30, 12], months: [30], monthly: [12], quarterly: [4], quarter: [3, 4],
  year: [365, 12], annually: [1], annual: [1], yearly: [1], daily: [365, 1], hour: [60], minute: [60], decade: [10], century: [100],
}));

export const round = (n: number): number => Math.round(n * 1e6) / 1e6;
const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** ISO dates (YYYY-MM-DD) a text states, in any of the formats read. */
export function datesIn(raw: string): string[] {
  const out: (string | undefined)[] = [];
  for (const m of raw.matchAll(ISO_DATE)) out.push(isoOf(+m[1], +m[2], +m[3]));
  for (const m of raw.matchAll(MDY_DATE)) out.push(isoOf(+m[3], +m[1], +m[2]), isoOf(+m[3], +m[2], +m[1]));
  for (const m of raw.matchAll(MONTH_FIRST)) out.push(isoOf(+m[3], MONTHS[m[1].toLowerCase()], +m[2]));
  for (const m of raw.matchAll(DAY_FIRST)) out.push(isoOf(+m[3], MONTHS[m[2].toLowerCase()], +m[1]));
  // A month of a year ("April 2022") as YYYY-MM.
  for (const m of raw.matchAll(MONTH_ONLY)) out.push(`${m[2]}-${pad(MONTHS[m[1].toLowerCase()])}`);
  return out.filter((d): d is string => d !== undefined);
}

/**
 * What has been said so far, normalised for look-ups. Texts are only stored when added; each
 * view of them (the normalised text, the word set, the numbers, the dates) is built the first
 * time a look-up needs it, from the texts added since. Most values are found as a phrase, so
 * most records never pay for the number and date scans.
 */
export class Grounds {
  readonly #raws: string[] = [];
  readonly #norms: (string | undefined)[] = [];
  /** Normalised text, padded with spaces so ` word ` finds whole words. */
  #text = ' ';
  #textAt = 0;
  readonly #tokens = new Set<string>();
  #tokensAt = 0;
  #stems: Set<string> | undefined;
  readonly #numbers = new Set<number>();
  #numbersAt = 0;
  readonly #dates = new Set<string>();
  #datesAt = 0;
  #relative = false;
  /** Whether values a text only implies count ("five", "weekly", "tomorrow", "euros" for EUR). */
  readonly implied: boolean;

  constructor({ implied = true }: { readonly implied?: boolean } = {}) {
    this.implied = implied;
  }

  /** Add a text; `normalised` is its normalise() when the caller has it already. */
  add(raw: string, normalised?: string): void {
    if (raw === '') return;
    this.#raws.push(raw);
    this.#norms.push(normalised);
  }

  #norm(i: number): string {
    return (this.#norms[i] ??= normalise(this.#raws[i]));
  }

  #fullText(): string {
    for (; this.#textAt < this.#raws.length; this.#textAt++) this.#text += `${this.#norm(this.#textAt)} `;
    return this.#text;
  }

  /** Every word said. */
  get tokens(): ReadonlySet<string> {
    for (; this.#tokensAt < this.#raws.length; this.#tokensAt++) {
      for (const t of this.#norm(this.#tokensAt).split(' ')) {
        if (t === '') continue;
        this.#tokens.add(t);
        if (RELATIVE_DAYS.has(t)) this.#relative = true;
      }
      this.#stems = undefined;
    }
    return this.#tokens;
  }

  /** `word` (one normalised word) was said. */
  hasToken(word: string): boolean {
    return word !== '' && !word.includes(' ') && this.#fullText().includes(` ${word} `);
  }

  /** Every number said: in digits, in words, with a magnitude ("2 million"), implied ("weekly"). */
  get numbers(): ReadonlySet<number> {
    const numbers = this.#numbers;
    for (; this.#numbersAt < this.#raws.length; this.#numbersAt++) {
      const raw = this.#raws[this.#numbersAt];
      if (this.implied) for (const t of this.#norm(this.#numbersAt).split(' ')) {
        const w = WORD_NUMBERS.get(t);
        if (w !== undefined) numbers.add(w);
        const implied = IMPLIED_NUMBERS.get(t);
        if (implied) for (const x of implied) numbers.add(x);
      }
      for (const m of raw.matchAll(NUMBER)) {
        const v = Number(m[0].replace(/,/g, ''));
        if (Number.isFinite(v)) {
          numbers.add(round(v));
          if (v < 0) numbers.add(round(-v));
        }
        // "200,300,400" is a list as often as a number: keep the parts too.
        if (m[0].includes(',')) for (const part of m[0].split(',')) numbers.add(round(Math.abs(Number(part))));
      }
      if (/p\.?m/i.test(raw)) for (const m of raw.matchAll(PM_HOUR)) numbers.add((+m[1] % 12) + 12);
      for (const m of raw.matchAll(MAGNITUDE)) numbers.add(round(Number(m[1]) * MAGNITUDES[m[2].toLowerCase()]));
      if (raw.includes('10')) for (const m of raw.matchAll(SCIENTIFIC)) numbers.add(round(Number(m[1]) * 10 ** Number(m[2].replace('−', '-'))));
    }
    return numbers;
  }

  /** Every date said, as YYYY-MM-DD (or YYYY-MM for a month). */
  get dates(): ReadonlySet<string> {
    for (; this.#datesAt < this.#raws.length; this.#datesAt++) {
      const raw = this.#raws[this.#datesAt];
      if (/\d{4}/.test(raw)) for (const d of datesIn(raw)) this.#dates.add(d);
    }
    return this.#dates;
  }

  hasPhrase(normalised: string): boolean {
    return this.#fullText().includes(` ${normalised} `);
  }

  hasStem(token: string): boolean {
    const tokens = this.tokens;
    if (!this.#stems) {
      this.#stems = new Set();
      for (const t of tokens) if (t.length >= 4) this.#stems.add(t.slice(0, 4));
    }
    return token.length >= 4 && this.#stems.has(token.slice(0, 4));
  }

  /** A word of the context shares a long stem with `word` ("German" / "Germany"). */
  hasSharedStem(word: string): boolean {
    if (word.length < 5) return false;
    for (const t of this.tokens) {
      if (t.length < 5) continue;
      let i = 0;
      while (i < t.length && i < word.length && t.charCodeAt(i) === word.charCodeAt(i)) i++;
      if (i >= 5 && i >= 0.7 * Math.max(word.length, t.length)) return true;
    }
    return false;
  }

  /** A word of the context starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    for (const t of this.tokens) if (t.length > prefix.length && t.startsWith(prefix)) return true;
    return false;
  }

  /** A date given relative to a date in the context ("tomorrow" with "Today is 2025-01-02"). */
  hasRelativeDate(iso: string): boolean {
    const tokens = this.tokens;
    if (!this.implied || !this.#relative) return false;
    if (this.dates.size === 0) return true; // no anchor to check against: accept
    const target = Date.parse(`${iso}T00:00:00Z`);
    for (const d of this.dates) {
      const base = Date.parse(`${d}T00:00:00Z`);
      for (const [word, offset] of RELATIVE_DAYS) {
        if (tokens.has(word) && base + offset * 86_400_000 === target) return true;
      }
    }
    return false;
  }
}
