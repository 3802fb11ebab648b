/**
 * The derivation library in a second language (core/derive/lang/): each language reads back the
 * dates, numbers, profile phrases and code names it says, and nothing else: an English phrase,
 * another language's phrase, or a phrase for another value is no reading, or the wrong value.
 * Today is Wednesday 2025-06-04.
 */
import { describe, expect, it } from 'vitest';
import { derivationFault, type DerivationEnv } from '../../core/derive/derivation.js';
import { codeIn, codeNameIn, dateIn, datePhrasesIn, LANGS, numberIn, profileFieldIn, profilePhrasesIn, spellIn } from '../../core/derive/lang/read.js';
import type { Derivation } from '../../core/plan.js';

const TODAY = '2025-06-04';
const env = (lang: string | undefined, profile?: DerivationEnv['profile']): DerivationEnv => ({ today: TODAY, results: [], earlier: [], key: 'date', schema: undefined, lang, ...(profile ? { profile } : {}) });
const fault = (lang: string | undefined, d: Derivation, v: unknown, profile?: DerivationEnv['profile']): string | undefined => derivationFault(d, v, env(lang, profile));

describe('relative dates in each language', () => {
  it.each([
    ['es', 'próximo lunes', 'next Monday'],
    ['es', 'lunes que viene', 'next Monday'],
    ['es', 'dentro de tres días', 'in 3 days'],
    ['es', 'pasado mañana', 'the day after tomorrow'],
    ['es', '14 de julio', 'July 14'],
    ['es', 'mañana a las 9:30', 'tomorrow at 09:30'],
    ['fr', 'lundi prochain', 'next Monday'],
    ['fr', 'après-demain', 'the day after tomorrow'],
    ['fr', 'dans une semaine', 'in a week'],
    ['fr', '1er juillet', 'July 1'],
    ['fr', 'demain à 14h30', 'tomorrow at 14:30'],
    ['de', 'übermorgen', 'the day after tomorrow'],
    ['de', 'nächsten Montag', 'next Monday'],
    ['de', 'in drei Tagen', 'in 3 days'],
    ['de', '14. Juli nächsten Jahres', 'July 14 next year'],
    ['de', 'morgen um 9:05 Uhr', 'tomorrow at 09:05'],
    ['pt', 'próxima segunda-feira', 'next Monday'],
    ['pt', 'daqui a dois dias', 'in 2 days'],
    ['pt', 'dia 14 do mês que vem', 'the 14th of next month'],
    ['pt', 'amanhã ao meio-dia', 'tomorrow at 12:00'],
    ['it', 'lunedì prossimo', 'next Monday'],
    ['it', 'domenica scorsa', 'last Sunday'],
    ['it', 'tra tre giorni', 'in 3 days'],
    ['it', "l'anno prossimo", 'next year'],
    ['it', "domani all'1:15", 'tomorrow at 01:15'],
  ] as const)('%s "%s" reads as "%s"', (lang, said, english) => expect(dateIn(lang, said)).toBe(english));

  it.each([
    ['es', 'next monday'],
    ['es', 'lundi prochain'],
    ['fr', 'el próximo lunes'],
    ['de', 'nächste Montag'],
    ['it', 'prossimo lunedì dopodomani'],
    ['pt', 'amanhã às 25:00'],
  ] as const)('%s does not read "%s"', (lang, said) => expect(dateIn(lang, said)).toBeUndefined());

  it('says every natural phrase for a value, each reading back as exactly that value', () => {
    for (const lang of LANGS) {
      for (const v of ['2025-06-05', '2025-06-09', '2025-06-10T09:30:00', '2025-06-30', '2025-07-14', '2025-05-30', '2025-07', '2026']) {
        const phrases = datePhrasesIn(lang, v, TODAY, true, v === '2026');
        expect(phrases.length, `${lang} ${v}`).toBeGreaterThan(0);
        for (const p of phrases) expect(fault(lang, { kind: 'relative-date', said: p.text }, v === '2026' ? 2026 : v), `${lang} "${p.text}"`).toBeUndefined();
      }
    }
  });

  it('grammar agrees: gender, case and contractions of the day phrases', () => {
    expect(datePhrasesIn('es', '2025-06-09', TODAY, false).map((p) => p.text)).toContain('próximo lunes');
    expect(datePhrasesIn('de', '2025-06-09', TODAY, false).map((p) => p.text)).toContain('nächsten Montag');
    expect(datePhrasesIn('fr', '2025-06-09', TODAY, false).map((p) => p.text)).toContain('lundi prochain');
    expect(datePhrasesIn('it', '2025-06-08', TODAY, false).map((p) => p.text)).toContain('questa domenica');
    expect(datePhrasesIn('pt', '2025-06-09', TODAY, false)).toContainEqual({ text: 'próxima segunda-feira', shape: 'a' });
  });

  it.each([
    ['es', 'próximo lunes', '2025-06-10', 'next Monday'],
    ['es', 'next Monday', '2025-06-09', 'no date phrase in es'],
    ['fr', 'demain à 9h30', '2025-06-05T10:30:00', '09:30'],
    ['de', 'in drei Tagen', '2025-06-08', '2025-06-07'],
    ['it', 'lunedì prossimo', '2025-06-09', undefined],
  ] as const)('%s "%s" for %s: %s', (lang, said, value, why) => {
    const f = fault(lang, { kind: 'relative-date', said }, value);
    if (why === undefined) expect(f).toBeUndefined();
    else expect(f).toContain(why);
  });

  it('English words stay English: a Spanish phrase in an English record gives nothing', () => {
    expect(fault(undefined, { kind: 'relative-date', said: 'próximo lunes' }, '2025-06-09')).toBeDefined();
    expect(fault('en', { kind: 'relative-date', said: 'next Monday' }, '2025-06-09')).toBeUndefined();
  });
});

describe('numbers in words in each language', () => {
  it.each([
    ['es', 'veintiuna', 21], ['es', 'veintiún', 21], ['es', 'doscientas', 200], ['es', 'cuarenta y cuatro', 44], ['es', 'cien', 100],
    ['fr', 'soixante-dix-sept', 77], ['fr', 'quatre-vingts', 80], ['fr', 'vingt et un', 21], ['fr', 'deux cents', 200],
    ['de', 'fünfundzwanzig', 25], ['de', 'dreihundertzwölf', 312], ['de', 'einhundert', 100],
    ['pt', 'duas', 2], ['pt', 'dezasseis', 16], ['pt', 'cento e um', 101],
    ['it', 'ventotto', 28], ['it', 'ventitré', 23], ['it', 'duecentocinquanta', 250],
  ] as const)('%s "%s" is %i', (lang, said, n) => expect(numberIn(lang, said)).toBe(n));

  it.each([['es', 'three'], ['fr', 'veinte'], ['de', 'zwei zwei'], ['it', 'trentauno'], ['pt', '3']] as const)('%s does not read "%s"', (lang, said) => expect(numberIn(lang, said)).toBeUndefined());

  it('reads back every number it spells, in both genders', () => {
    for (const lang of LANGS) for (let n = 0; n <= 999; n++) for (const g of ['m', 'f'] as const) expect(numberIn(lang, spellIn(lang, n, g) as string), `${lang} ${n}`).toBe(n);
  });

  it('a number said for another value is rejected', () => {
    expect(fault('es', { kind: 'spelled-number', said: 'tres' }, 3)).toBeUndefined();
    expect(fault('es', { kind: 'spelled-number', said: 'tres' }, 4)).toContain('is 3');
    expect(fault('de', { kind: 'spelled-number', said: 'three' }, 3)).toContain('no number');
  });
});

describe("the user's own things in each language", () => {
  it('reads every phrase back as its field', () => {
    for (const lang of LANGS) {
      for (const field of ['email', 'city', 'account', 'card', 'order'] as const) for (const role of ['to', 'from', 'at'] as const) for (const p of profilePhrasesIn(lang, field, role)) expect(profileFieldIn(lang, p), `${lang} ${p}`).toBe(field);
    }
  });

  it('holds against the stated profile, and only in its language', () => {
    const profile = { account: 'acc_77' };
    expect(fault('es', { kind: 'user-profile', said: 'de mi cuenta' }, 'acc_77', profile)).toBeUndefined();
    expect(fault('es', { kind: 'user-profile', said: 'de mi cuenta' }, 'acc_78', profile)).toContain('acc_77');
    expect(fault('es', { kind: 'user-profile', said: 'from my account' }, 'acc_77', profile)).toContain('names no part');
    expect(fault('de', { kind: 'user-profile', said: 'von meinem Konto' }, 'acc_77', {})).toContain('does not state');
  });
});

describe('codes by their names in each language (Intl.DisplayNames)', () => {
  it.each([
    ['es', 'country-code', 'Alemania', 'DE'], ['es', 'language-code', 'alemán', 'de'], ['es', 'currency-code', 'euros', 'EUR'],
    ['fr', 'country-code', 'Allemagne', 'DE'], ['fr', 'currency-code', 'francs suisses', 'CHF'],
    ['de', 'country-code', 'Indien', 'IN'], ['de', 'language-code', 'Koreanisch', 'ko'],
    ['pt', 'country-code', 'Alemanha', 'DE'], ['it', 'language-code', 'tedesco', 'de'],
  ] as const)('%s %s "%s" is %s', (lang, kind, said, code) => {
    expect(codeIn(lang, kind, said)).toBe(code);
    expect(fault(lang, { kind, said }, code)).toBeUndefined();
  });

  it('names a code so it reads back, and rejects another language or another code', () => {
    expect(codeNameIn('es', 'country-code', 'DE')).toBe('Alemania');
    expect(codeNameIn('fr', 'currency-code', 'EUR')).toBe('euros');
    expect(fault('es', { kind: 'country-code', said: 'Germany' }, 'DE')).toContain('no country in es');
    expect(fault('es', { kind: 'country-code', said: 'Alemania' }, 'FR')).toContain('gives "DE"');
  });

  it('kinds still English-only are no reading in a second language', () => {
    expect(fault('es', { kind: 'flag-words', said: 'nonstop only' }, true)).toContain('English only');
  });
});
