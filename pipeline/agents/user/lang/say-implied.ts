/**
 * Implied values in a second language: the plan has the user imply a value in English words
 * ("next Monday", "three", "from my account", "Germany"); a second-language user says the same
 * value in the language's words ("el próximo lunes", "tres", "de mi cuenta", "Alemania"), drawn
 * from the derivation library's tables for the language (core/derive/lang/), and the record's
 * plan carries those words. Every phrase is checked against the value as the grounding rule will
 * read it, in the language; a value with no such phrase is stated instead.
 */
import { derivationFault } from '../../../../core/derive/derivation.js';
import { profileFieldOf, profileRoleOf } from '../../../../core/derive/profile.js';
import { codeNameIn, datePhrasesIn, profilePhrasesIn, spellIn, type Shape } from '../../../../core/derive/lang/read.js';
import type { Derivation } from '../../../../core/plan.js';
import type { Say } from './say-kind.js';
import type { Lang } from './types.js';

type Choose = <T>(items: readonly T[]) => T;

/** How implied words go into a request: in a date clause by their shape, alone ("de mi cuenta"), or in place of the value ("tres noches", "en euros"). */
export type Placing = Shape | 'period' | 'alone' | 'value';

/** The language's words for an implied value, as the derivation the record's plan carries. */
export interface ImpliedWords {
  readonly derivation: Derivation;
  readonly placing: Placing;
}

/** Clause keys of a day (a date or date-time said in digits otherwise). */
const DAY_CLAUSE = /^(on|date-.+)$/;
/** Clause keys of a month or a year on its own. */
const PERIOD_CLAUSE = /^(month|num-month|year|num-year)$/;

/**
 * The words `lang` says the value of `d` by, where `say` (the argument's clause) can take them;
 * undefined when the language has none that read back as exactly `value`.
 */
export function impliedWords(lang: Lang, d: Derivation, value: unknown, today: string, say: Say, choose: Choose): ImpliedWords | undefined {
  if (d.items || say.flag || say.fields || say.changes) return undefined;
  const check = (said: string): boolean => derivationFault({ kind: d.kind, said }, value, { today, lang, results: [], earlier: [], key: '', schema: undefined }) === undefined;
  const words = (said: string, placing: Placing): ImpliedWords => ({ derivation: { kind: d.kind, said }, placing });
  switch (d.kind) {
    case 'relative-date': {
      const isYear = /^\d{4}$/.test(String(value));
      const ok = (shape: Placing): boolean => (shape === 'period' || shape === 'alone' ? PERIOD_CLAUSE.test(say.key) : DAY_CLAUSE.test(say.key));
      const all = datePhrasesIn(lang, value, today, choose([true, false]), isYear).filter((p) => ok(p.shape) && check(p.text));
      if (all.length === 0) return undefined;
      const p = choose(all);
      return words(p.text, p.shape);
    }
    case 'spelled-number': {
      // Only a count said as its digits alone (or counted with its noun): "tres noches", not "tres km".
      if (typeof value !== 'number' || say.value(value) !== String(value)) return undefined;
      const said = spellIn(lang, value, say.noun?.g === 'f' ? 'f' : 'm');
      return said !== undefined && check(said) ? words(said, 'value') : undefined;
    }
    case 'user-profile': {
      const field = profileFieldOf(d.said);
      const role = profileRoleOf(d.said);
      return field && role ? words(choose(profilePhrasesIn(lang, field, role)), 'alone') : undefined;
    }
    case 'country-code':
    case 'language-code':
    case 'currency-code': {
      const said = typeof value === 'string' ? codeNameIn(lang, d.kind, value) : undefined;
      return said !== undefined && check(said) ? words(said, 'value') : undefined;
    }
    default:
      return undefined;
  }
}

/** Articles and contractions a clause puts before a calendar date, and what they are before a phrase that takes none ("del {v}" -> "de {v}"). */
const UNARTICLED: Readonly<Record<Lang, readonly (readonly [RegExp, string])[]>> = {
  es: [[/\bdel \{v\}/, 'de {v}'], [/\bal \{v\}/, 'a {v}'], [/\bel \{v\}/, '{v}']],
  fr: [[/\bdu \{v\}/, 'de {v}'], [/\bau \{v\}/, 'à {v}'], [/\ble \{v\}/, '{v}']],
  de: [[/\bam \{v\}/, '{v}'], [/\bvom \{v\}/, 'von {v}'], [/\bzum \{v\}/, '{v}'], [/\b(dem|den) \{v\}/, '{v}']],
  pt: [[/\bno dia \{v\}/, '{v}'], [/\bpara o dia \{v\}/, 'para {v}'], [/\bem \{v\}/, '{v}']],
  it: [[/\bdal \{v\}/, 'da {v}'], [/\bal \{v\}/, 'a {v}'], [/\bdel \{v\}/, 'di {v}'], [/\bil \{v\}/, '{v}']],
};
/** Prepositions a span ("dentro de tres días", "vor drei Tagen") does not follow. */
const NO_SPAN_AFTER: Readonly<Record<Lang, RegExp>> = {
  es: /\b(de|desde|hasta|a|antes)\s$/,
  fr: /(\b(de|à|depuis|avant|pour)\s|d'|jusqu'à\s)$/,
  de: /\b(ab|von|bis|seit|vor|für|mit|und)\s$/,
  pt: /\b(de|desde|até|a|para|antes)\s$/,
  it: /\b(da|a|di|fino|prima|entro|per)\s$/,
};
/** Portuguese prepositions taking in an article ("em" + "a" -> "na"). */
const PT_FUSE: Readonly<Record<string, Readonly<Record<'a' | 'o', string>>>> = { em: { a: 'na', o: 'no' }, de: { a: 'da', o: 'do' }, a: { a: 'à', o: 'ao' }, por: { a: 'pela', o: 'pelo' } };

/** French and Italian clauses of a language code, as they are before the language's name ("en langue {v}" -> "en {v}": "en coréen"). */
const LANGUAGE_NAMED: Partial<Record<Lang, readonly (readonly [RegExp, string])[]>> = {
  fr: [[/\ben langue \{v\}/, 'en {v}'], [/\bla langue \{v\}/, 'le {v}']],
  it: [[/\bin lingua \{v\}/, 'in {v}'], [/\bdalla lingua \{v\}/, 'dal {v}'], [/\bnella lingua \{v\}/, 'in {v}']],
};

/** A clause template of a value said by its words (`kind`: how it is implied), made ready for `text`. */
export function valueTemplate(lang: Lang, kind: Derivation['kind'], tpl: string, text: string): string {
  if (kind !== 'language-code') return tpl;
  let out = tpl;
  for (const [re, to] of LANGUAGE_NAMED[lang] ?? []) out = out.replace(re, to);
  return elide(lang, out, text);
}

/** Portuguese clauses that name "the day" before a date, as they are before a phrase with its own article. */
const PT_DAYLESS: readonly (readonly [RegExp, string])[] = [[/\bno dia \{v\}/, 'em {v}'], [/\bpara o dia \{v\}/, 'para {v}']];

/**
 * A date clause template made ready for a day phrase of `shape` (`text`), with the slot {v} kept;
 * undefined where the phrase cannot stand there (a span after a preposition).
 */
export function dayTemplate(lang: Lang, tpl: string, shape: Shape, text: string): string | undefined {
  let out = tpl;
  if (shape === 'a' || shape === 'o') {
    // Portuguese: the phrase's own article, taken in by the preposition before it ("na próxima segunda-feira", "a partir do dia 14").
    for (const [re, to] of PT_DAYLESS) out = out.replace(re, to);
    const at = out.indexOf('{v}');
    const m = /(^|\s)(em|de|a|por)\s$/.exec(out.slice(0, at));
    return m ? `${out.slice(0, at - m[0].length)}${m[1]}${PT_FUSE[m[2]][shape]} ${out.slice(at)}` : `${out.slice(0, at)}${shape} ${out.slice(at)}`;
  }
  if (shape !== 'keep') for (const [re, to] of UNARTICLED[lang]) out = out.replace(re, to);
  if (shape === 'span' && NO_SPAN_AFTER[lang].test(out.slice(0, out.indexOf('{v}')))) return undefined;
  return elide(lang, out, text);
}

/** An article or preposition dropping its vowel before a phrase that opens with one ("d'aujourd'hui", "l'ultimo giorno", "dall'8"). */
function elide(lang: Lang, tpl: string, text: string): string {
  if (!/^[aeiouéèh]/i.test(text)) return tpl;
  if (lang === 'fr') return tpl.replace(/\b(de|le) \{v\}/, (_m, a: string) => `${a[0]}'{v}`);
  if (lang === 'it') return tpl.replace(/\b(il|dal|al|del|nel) \{v\}/, (_m, a: string) => (a === 'il' ? "l'{v}" : `${a}l'{v}`));
  return tpl;
}
