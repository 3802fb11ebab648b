/**
 * What has been said before a call, for the grounding rule (grounding.ts), read the way a reader
 * reads it with the derivation library (core/derive/): the words (and their forms), the numbers
 * (digits, words, magnitudes, shares, SI amounts), the amounts with their units, the dates (in
 * any format read, the days a stated today gives to "tomorrow" or "next Monday", a stated date
 * plus "3 nights"), the clock times, and the codes the names of the text give (countries,
 * languages, currencies, states, airports, time zones, tickers).
 *
 * Texts are only stored when added; each view is built the first time a look-up needs it, from
 * the texts added since. Most values are found as a phrase, so most records never pay for the
 * number, date, unit and name scans.
 */
import { clocksIn } from '../../core/derive/clock.js';
import { namedEntities } from '../../core/derive/codes.js';
import { datesIn, isoOf, monthDaysIn, type DateOrder } from '../../core/derive/date-formats.js';
import { normalise } from '../../core/derive/normalise.js';
import { addDigitsIn, addNumbersIn, round } from '../../core/derive/numbers.js';
import { prefixedAmountsIn, quantitiesIn } from '../../core/derive/quantities.js';
import { dayOf, isoOfDay } from '../../core/derive/relative-dates.js';
import { anchorIn, relativeDatesIn } from '../../core/derive/relative-text.js';
import type { Quantity } from '../../core/derive/units.js';
import { oneSlipApart, stemOf } from '../../core/derive/word-forms.js';

export { round };

/** Quantities words imply: "a week" (7 days), "monthly" (12 a year), "compounded quarterly" (4), "a decade" (10). */
const IMPLIED_NUMBERS = new Map<string, readonly number[]>(Object.entries({
  week: [7], weeks: [7], weekly: [52, 7], fortnight: [14], month: [30, 12], months: [30], monthly: [12], quarterly: [4], quarter: [3, 4],
  year: [365, 12], daily: [365], hour: [60], minute: [60], decade: [10], century: [100],
}));
/** Words that state nothing at all: "no", "none", "without". */
const ZERO_WORDS = new Set(['no', 'none', 'zero', 'without', 'nothing', 'never', 'nobody']);
/** One of a period ("every hour", "next month", "a week"; not the rate of "12,000 miles per year"), nothing of a motion ("from rest"), a bound ("fewer than 5": at most 4). */
const ONE_PERIOD = /\b(?:every|next|this|last|each|coming|upcoming) (?:hour|day|night|week|month|quarter|year|decade|minute|second)\b/;
const AT_REST = /\b(?:from|at) rest\b|\bstandstill\b/;
const BOUND = /\b(less|fewer|more|greater) than (\d+)\b/g;
/** A text that may hold a clock time ("11 PM", "noon", "3 o'clock"): the clock patterns run only on those. */
const CLOCK_HINT = /\d\s*[ap]\.?\s?m\b|o'?clock|\bnoon\b|\bmidnight\b|\bmidday\b/i;
const ESCAPED_NEWLINE = /\\n(?=\p{L}|\s|$)/gu;
/** A stay or a span a stated date may be counted on by ("3 nights from June 1"). */
const STAY = /\b(days?|nights?|weeks?)\b/i;

interface Text {
  readonly raw: string;
  norm: string | undefined;
  /** A today it states counts (system prompt and user messages; not a tool result's "date" field). */
  readonly anchors: boolean;
}

export class Grounds {
  readonly #texts: Text[] = [];
  /** Normalised text, padded with spaces so ` word ` finds whole words. */
  #text = ' ';
  #textAt = 0;
  readonly #tokens = new Set<string>();
  #tokensAt = 0;
  #stems: Set<string> | undefined;
  #stems4: Set<string> | undefined;
  readonly #numbers = new Set<number>();
  readonly #digits = new Set<number>();
  #digitsAt = 0;
  #numbersAt = 0;
  readonly #dates = new Set<string>();
  #datesAt = 0;
  /** The today the conversation states, once read, and up to which text relative dates were read from it. */
  #anchor: string | undefined;
  #relativeAt = 0;
  readonly #years = new Set<number>();
  readonly #relativeDates = new Set<string>();
  #clocks: Set<string> | undefined;
  #clocksAt = 0;
  #entities: Set<string> | undefined;
  #entitiesAt = 0;
  readonly #quantities: Quantity[] = [];
  #acronyms: Set<string> | undefined;
  #acronymsAt = 0;
  #quantitiesAt = 0;
  readonly #order: DateOrder;
  readonly #words: boolean;

  /**
   * `order`: how the conversation's locale writes dates in numbers (both readings when unknown);
   * `words`: numbers are read from words too ("five", "weekly"): not in a tool's documentation,
   * where "the first number" states no 1.
   */
  constructor({ order = 'both', words = true }: { readonly order?: DateOrder; readonly words?: boolean } = {}) {
    this.#order = order;
    this.#words = words;
  }

  /** Add a text; `normalised` is its normalise() when the caller has it already; `anchors`: a today it states counts. */
  add(raw: string, normalised?: string, anchors = true): void {
    if (raw === '') return;
    // A newline written out ("sentences\\nlink my account") reads as one.
    if (raw.includes('\\n')) this.#texts.push({ raw: raw.replace(ESCAPED_NEWLINE, ' '), norm: undefined, anchors });
    else this.#texts.push({ raw, norm: normalised, anchors });
  }

  #norm(i: number): string {
    const t = this.#texts[i];
    return (t.norm ??= normalise(t.raw));
  }

  #fullText(): string {
    for (; this.#textAt < this.#texts.length; this.#textAt++) this.#text += `${this.#norm(this.#textAt)} `;
    return this.#text;
  }

  /** Every word said. */
  get tokens(): ReadonlySet<string> {
    for (; this.#tokensAt < this.#texts.length; this.#tokensAt++) {
      for (const t of this.#norm(this.#tokensAt).split(' ')) if (t !== '') this.#tokens.add(t);
      this.#stems = undefined;
      this.#stems4 = undefined;
    }
    return this.#tokens;
  }

  /** `word` (one normalised word) was said. */
  hasToken(word: string): boolean {
    return word !== '' && !word.includes(' ') && this.#fullText().includes(` ${word} `);
  }

  /** The normalised text so far. */
  get text(): string {
    return this.#fullText();
  }

  /** A word said starts with the same four letters ("celsius" / "Celsius"; enum choices). */
  hasStem4(token: string): boolean {
    const tokens = this.tokens;
    if (!this.#stems4) {
      this.#stems4 = new Set();
      for (const t of tokens) if (t.length >= 4) this.#stems4.add(t.slice(0, 4));
    }
    return token.length >= 4 && this.#stems4.has(token.slice(0, 4));
  }

  hasPhrase(normalised: string): boolean {
    return this.#fullText().includes(` ${normalised} `);
  }

  /** `normalised` (in a script written without spaces) appears inside the text. */
  hasInside(normalised: string): boolean {
    return this.#fullText().includes(normalised);
  }

  /** `word` was said in another form ("books" for "book", "opens" for "open") or with a slip of one letter. */
  hasWordForm(word: string): boolean {
    const tokens = this.tokens;
    this.#stems ??= new Set([...tokens].map(stemOf));
    if (this.#stems.has(stemOf(word))) return true;
    if (word.length < 5) return false;
    for (const t of tokens) if (oneSlipApart(word, t)) return true;
    return false;
  }

  /** Whether `n` was said: in digits (read first, as most are), or any other way `numbers` reads. */
  hasNumber(n: number): boolean {
    for (; this.#digitsAt < this.#texts.length; this.#digitsAt++) addDigitsIn(this.#texts[this.#digitsAt].raw, this.#digits);
    return this.#digits.has(n) || this.numbers.has(n);
  }

  /** Every number said: in digits, in words, with a magnitude ("2 million"), as a share, an SI amount, implied ("weekly"). */
  get numbers(): ReadonlySet<number> {
    const numbers = this.#numbers;
    for (; this.#numbersAt < this.#texts.length; this.#numbersAt++) {
      const { raw } = this.#texts[this.#numbersAt];
      const norm = this.#norm(this.#numbersAt);
      addNumbersIn(raw, norm, numbers, this.#words);
      for (const x of prefixedAmountsIn(raw)) numbers.add(x);
      if (!this.#words) continue;
      for (const t of norm.split(' ')) {
        const implied = IMPLIED_NUMBERS.get(t);
        if (implied) for (const x of implied) numbers.add(x);
        if (ZERO_WORDS.has(t)) numbers.add(0);
      }
      if (ONE_PERIOD.test(norm)) numbers.add(1);
      if (AT_REST.test(norm)) numbers.add(0);
      if (norm.includes(' than ')) for (const m of norm.matchAll(BOUND)) numbers.add(Number(m[2]) + (m[1] === 'less' || m[1] === 'fewer' ? -1 : 1));
      // An hour said as a clock time ("until 11 PM" is 23).
      if (CLOCK_HINT.test(raw)) for (const c of clocksIn(raw)) if (c.endsWith(':00')) numbers.add(Number(c.slice(0, 2)));
    }
    return numbers;
  }

  /** Every amount said with its unit ("5 miles", "5ft 10in"). */
  get quantities(): readonly Quantity[] {
    for (; this.#quantitiesAt < this.#texts.length; this.#quantitiesAt++) this.#quantities.push(...quantitiesIn(this.#texts[this.#quantitiesAt].raw));
    return this.#quantities;
  }

  /**
   * Whether a date (YYYY-MM-DD, or YYYY-MM for a month) was said: stated in full, a month and day
   * in the year of a date stated beside it, a stated date plus a stated stay ("3 nights"), or, read
   * only when none of those has it, a relative phrase from the stated today.
   */
  hasDate(iso: string): boolean {
    if (this.#stated().has(iso)) return true;
    return this.#relative().dates.has(iso);
  }

  /** The dates the texts state (not the relative ones), read as texts are added. */
  #stated(): ReadonlySet<string> {
    for (; this.#datesAt < this.#texts.length; this.#datesAt++) {
      const t = this.#texts[this.#datesAt];
      if (!/\d/.test(t.raw)) continue;
      const full = datesIn(t.raw, this.#order);
      for (const d of full) this.#dates.add(d);
      this.#anchor ??= t.anchors ? anchorIn(t.raw, this.#order) : undefined;
      const days = full.filter((d) => d.length === 10);
      if (days.length === 0) continue;
      const years = new Set(days.map((d) => Number(d.slice(0, 4))));
      for (const [mo, d] of monthDaysIn(t.raw)) for (const y of years) this.#addDate(isoOf(y, mo, d));
      if (STAY.test(t.raw)) for (const q of quantitiesIn(t.raw)) {
        if (q.unit.dimension !== 'time' || q.unit.factor < 86_400 || !Number.isInteger(q.value)) continue;
        const n = (q.value * q.unit.factor) / 86_400;
        for (const d of days) this.#dates.add(isoOfDay(dayOf(d) + n));
      }
    }
    return this.#dates;
  }

  /** The days, months and years the relative phrases of what people said name from the stated today (none without one). */
  #relative(): { readonly dates: ReadonlySet<string>; readonly years: ReadonlySet<number> } {
    this.#stated();
    if (this.#anchor !== undefined) {
      for (; this.#relativeAt < this.#texts.length; this.#relativeAt++) {
        // What the people say ("tomorrow"), not a tool result's fields.
        if (!this.#texts[this.#relativeAt].anchors) continue;
        const r = relativeDatesIn(this.#texts[this.#relativeAt].raw, this.#norm(this.#relativeAt), this.#anchor);
        for (const d of r.dates) this.#relativeDates.add(d);
        for (const m of r.months) this.#relativeDates.add(m);
        for (const y of r.years) this.#years.add(y);
      }
    }
    return { dates: this.#relativeDates, years: this.#years };
  }

  #addDate(d: string | undefined): void {
    if (d) this.#dates.add(d);
  }

  /** The today the conversation states (read with the stated dates). */
  get anchor(): string | undefined {
    this.#stated();
    return this.#anchor;
  }

  /** Years the relative phrases name ("last year", "in 2 years") from the stated today. */
  get relativeYears(): ReadonlySet<number> {
    return this.#relative().years;
  }

  /** Every clock time said, as HH:MM. */
  get clocks(): ReadonlySet<string> {
    this.#clocks ??= new Set();
    for (; this.#clocksAt < this.#texts.length; this.#clocksAt++) for (const c of clocksIn(this.#texts[this.#clocksAt].raw)) this.#clocks.add(c);
    return this.#clocks;
  }

  /** The entities the names of the text give ("country:DE", "currency:EUR", "tz:Europe/Lisbon", "city:Lisbon"...). */
  get entities(): ReadonlySet<string> {
    this.#entities ??= new Set();
    for (; this.#entitiesAt < this.#texts.length; this.#entitiesAt++) {
      for (const e of namedEntities(this.#texts[this.#entitiesAt].raw, this.#norm(this.#entitiesAt))) this.#entities.add(e);
    }
    return this.#entities;
  }

  /**
   * Whether `code` (letters) is the initials of words said one after the other: "ssn" of "social
   * security numbers", "SD" of "San Diego" (two letters only of two capitalised words).
   */
  hasInitials(code: string): boolean {
    if (this.#acronyms === undefined) this.#acronyms = new Set();
    for (; this.#acronymsAt < this.#texts.length; this.#acronymsAt++) {
      const words = this.#texts[this.#acronymsAt].raw.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
      for (let i = 0; i < words.length; i++) {
        let initials = '';
        for (let k = 0; k < 5 && i + k < words.length; k++) {
          initials += words[i + k][0].toLowerCase();
          if (k === 1 && !(/^\p{Lu}/u.test(words[i]) && /^\p{Lu}/u.test(words[i + 1]))) continue;
          if (k >= 1) this.#acronyms.add(initials);
        }
      }
    }
    return this.#acronyms.has(code.toLowerCase());
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

  /** A word of the context starts with `prefix` ("Jan" of "January"). */
  hasPrefix(prefix: string): boolean {
    for (const t of this.tokens) if (t.length > prefix.length && t.startsWith(prefix)) return true;
    return false;
  }
}
