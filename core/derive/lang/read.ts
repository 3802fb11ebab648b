/**
 * Implied values in a second language, both ways: the words a language says a date, a count,
 * the user's own thing or a code by (for the user agent), and what such words give (for the
 * grounding rule). Each reader is the inverse of its sayer, built once per language from every
 * meaning the sayer can say: a phrase reads as what it was said for, a phrase two meanings share
 * reads as nothing, and anything else (an English phrase in a Spanish dialogue, a phrase of
 * another language) is no reading at all. Codes are named by Intl.DisplayNames in the language
 * ("Alemania" DE, "alemán" de, "euros" EUR), over the codes of the tables (core/geo.ts).
 */
import { geoTables } from '../../geo.js';
import { dateMeanings, englishOf, everyMeaning, type DateMeaning, type DayMeaning } from '../date-meanings.js';
import { normalise } from '../normalise.js';
import type { ProfileField } from '../profile.js';
import { DE } from './de.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { PT } from './pt.js';
import type { Count, Gender, Lang, LangWords, Role, Shape } from './types.js';

export { isLang, LANGS, type Lang, type Shape } from './types.js';

const WORDS: Readonly<Record<Lang, LangWords>> = { es: ES, fr: FR, de: DE, pt: PT, it: IT };

/** A phrase as looked up: lower case, single spaces. */
const keyOf = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A map from phrases to what they say, without the phrases that say two things. */
class Inverse<T> {
  readonly #map = new Map<string, T>();
  readonly #twice = new Set<string>();
  constructor(private readonly same: (a: T, b: T) => boolean) {}
  add(phrase: string, v: T): void {
    const k = keyOf(phrase);
    if (this.#twice.has(k)) return;
    const had = this.#map.get(k);
    if (had === undefined) this.#map.set(k, v);
    else if (!this.same(had, v)) {
      this.#map.delete(k);
      this.#twice.add(k);
    }
  }
  get(phrase: string): T | undefined {
    return this.#map.get(keyOf(phrase));
  }
}

/** Built readers, by language and what they read. */
const built = new Map<string, Inverse<unknown>>();
function lazily<T>(lang: Lang, what: string, fill: (inv: Inverse<T>) => void, same: (a: T, b: T) => boolean = (a, b) => a === b): Inverse<T> {
  const k = `${lang}:${what}`;
  let inv = built.get(k) as Inverse<T> | undefined;
  if (!inv) {
    inv = new Inverse<T>(same);
    fill(inv);
    built.set(k, inv as Inverse<unknown>);
  }
  return inv;
}

// ---- numbers

/** `n` (0-999) in the words of `lang`, agreeing with `g`. */
export const spellIn = (lang: Lang, n: number, g: Gender = 'm'): string | undefined => (Number.isInteger(n) && n >= 0 && n <= 999 ? WORDS[lang].spell(n, g) : undefined);

/** The number words of `lang` say, or undefined when they are no one number of the language. */
export function numberIn(lang: Lang, said: string): number | undefined {
  return lazily<number>(lang, 'number', (inv) => {
    const w = WORDS[lang];
    for (let n = 0; n <= 999; n++) for (const s of [w.spell(n, 'm'), w.spell(n, 'f'), ...(w.spellings?.(n) ?? [])]) inv.add(s, n);
  }).get(said);
}

// ---- dates

/** A count as a date phrase says it: in words (up to twenty) or digits. */
const countOf = (w: LangWords, words: boolean): Count => (n, g) => (words && n <= 20 ? w.spell(n, g) : String(n));

const isDay = (x: DateMeaning): x is DayMeaning => x.t !== 'month' && x.t !== 'month-of' && x.t !== 'year' && x.t !== 'years';

/**
 * The phrases of a meaning without its clock, and how a day phrase goes into a clause ('period': a
 * month or year, led in on its own; 'alone': a span of years, a clause by itself).
 */
function phrasesOf(w: LangWords, x: DateMeaning, count: Count): DatePhraseIn[] {
  if (!isDay(x)) return w.period(x as Parameters<LangWords['period']>[0], count).map((text) => ({ text, shape: x.t === 'years' ? 'alone' : 'period' }));
  return w.day(x, count).map((p) => ({ text: p.text, shape: p.shape }));
}

/** A date phrase of a second language and where it goes in a clause. */
export interface DatePhraseIn {
  readonly text: string;
  readonly shape: Shape | 'period' | 'alone';
}

/**
 * The ways `lang` says a date-like value (as date-phrases.ts takes them) from `today`, counts in
 * words when `words`; each names the value exactly, read as `dateIn` reads it.
 */
export function datePhrasesIn(lang: Lang, value: unknown, today: string, words: boolean, isYear = false): DatePhraseIn[] {
  const w = WORDS[lang];
  const count = countOf(w, words);
  return dateMeanings(value, today, isYear).flatMap((x) => {
    const c = 'clock' in x ? x.clock : undefined;
    return phrasesOf(w, x, count).map((p) => (c ? { ...p, text: `${p.text} ${w.clock(c.h, c.min)}` } : p));
  });
}

const sameMeaning = (a: DateMeaning, b: DateMeaning): boolean => englishOf(a) === englishOf(b);

/**
 * The English phrase (relative-dates.ts resolves it) that a date phrase of `lang` means, a clock
 * after the day read apart ("mañana a las 9:30": "tomorrow at 09:30"); undefined when the words
 * are no date phrase of the language.
 */
export function dateIn(lang: Lang, said: string): string | undefined {
  const w = WORDS[lang];
  const days = lazily<DateMeaning>(lang, 'date', (inv) => {
    for (const x of everyMeaning()) for (const words of [true, false]) for (const p of phrasesOf(w, x, countOf(w, words))) inv.add(p.text, x);
  }, sameMeaning);
  const whole = days.get(said);
  if (whole) return englishOf(whole);
  const clocks = lazily<string>(lang, 'clock', (inv) => {
    for (let h = 0; h < 24; h++) for (let min = 0; min < 60; min++) inv.add(w.clock(h, min), `${h}:${min}`);
  });
  const parts = keyOf(said).split(' ');
  for (let i = parts.length - 1; i >= 1; i--) {
    const c = clocks.get(parts.slice(i).join(' '));
    if (c === undefined) continue;
    const day = days.get(parts.slice(0, i).join(' '));
    if (!day || !isDay(day)) return undefined;
    const [h, min] = c.split(':').map(Number);
    return englishOf({ ...day, clock: { h, min } });
  }
  return undefined;
}

// ---- the user's own things

/** The phrases `lang` speaks of the user's `field` by in role `role`. */
export const profilePhrasesIn = (lang: Lang, field: ProfileField, role: Role): readonly string[] => WORDS[lang].profile[field][role];

/** The field of the user's profile a phrase of `lang` names, or undefined. */
export function profileFieldIn(lang: Lang, said: string): ProfileField | undefined {
  return lazily<ProfileField>(lang, 'profile', (inv) => {
    for (const [field, byRole] of Object.entries(WORDS[lang].profile)) for (const list of Object.values(byRole)) for (const p of list) inv.add(normalise(p), field as ProfileField);
  }).get(normalise(said));
}

// ---- codes by name

export type CodeKind = 'country-code' | 'language-code' | 'currency-code';

function display(lang: Lang, type: 'region' | 'language' | 'currency', code: string): string | undefined {
  try {
    const n = new Intl.DisplayNames([lang], { type, fallback: 'none' }).of(code);
    // "Englisch (Vereinigte Staaten)", "Corée, République de": no name people say.
    return n && !/[(),]/.test(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

/** A currency's name as counted in `lang` ("euros", "francos suizos", "Schweizer Franken"). */
function currencyPlural(lang: Lang, code: string): string | undefined {
  try {
    const part = new Intl.NumberFormat(lang, { style: 'currency', currency: code, currencyDisplay: 'name' }).formatToParts(2).find((p) => p.type === 'currency')?.value;
    return part && !/[(),]/.test(part) ? part : undefined;
  } catch {
    return undefined;
  }
}

/** The names `lang` gives a code of `kind`: what it is called, and for a currency how an amount of it is counted. */
function namesOf(lang: Lang, kind: CodeKind, code: string): string[] {
  const low = (s: string | undefined): string | undefined => (s === undefined || lang === 'de' ? s : s.toLowerCase());
  if (kind === 'country-code') return [display(lang, 'region', code)].filter((x): x is string => x !== undefined);
  if (kind === 'language-code') return [low(display(lang, 'language', code))].filter((x): x is string => x !== undefined);
  return [low(currencyPlural(lang, code)), low(display(lang, 'currency', code))].filter((x): x is string => x !== undefined);
}

function codes(kind: CodeKind): readonly string[] {
  const g = geoTables();
  return kind === 'country-code' ? [...g.countryByCode.keys()] : kind === 'language-code' ? [...g.languageByCode.keys()] : [...g.currencyByCode.keys()];
}

/** The code of `kind` a name in `lang` names ("Alemania": DE), or undefined when it names none or two. */
export function codeIn(lang: Lang, kind: CodeKind, said: string): string | undefined {
  return lazily<string>(lang, kind, (inv) => {
    for (const code of codes(kind)) for (const n of namesOf(lang, kind, code)) inv.add(n, code);
  }).get(said);
}

/** The name `lang` says a code by (a currency as counted: "euros"), when it reads back as that code alone. */
export function codeNameIn(lang: Lang, kind: CodeKind, code: string): string | undefined {
  const n = namesOf(lang, kind, code)[0];
  return n !== undefined && codeIn(lang, kind, n) === code ? n : undefined;
}
