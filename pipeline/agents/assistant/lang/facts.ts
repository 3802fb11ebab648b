/**
 * A fact of a result (assistant/facts.ts) in a second language: its field named by the lexicon
 * (exactly: "max wind speed" is never said as "wind speed"), its value said the language's way
 * (money with the country's separators, a date in words, a status agreeing with what it is
 * said of). A fact whose field the tables do not have, or whose kind has no plain wording (a
 * yes/no, a free text, a nested object), is left out of the answer.
 */
import type { Fact } from '../fact.js';
import { singularOf } from '../words.js';
import { nounIn } from '../../user/lang/lexicon.js';
import { counted, np } from '../../user/lang/morph.js';
import type { Lang, Noun } from '../../user/lang/types.js';
import { money, number, readMoney, readNumber, readWhen, type sepsOf } from './format.js';
import type { AnswerGrammar } from './grammar.js';
import { stateIn } from './states.js';

export interface Ctx {
  readonly lang: Lang;
  readonly g: AnswerGrammar;
  readonly seps: ReturnType<typeof sepsOf>;
  /** The dialogue's year (a date of this year is said without it). */
  readonly year: number;
  readonly domain: string;
}

/** A fact in words: among others ("precio: 435,07 €") and in a sentence ("el precio es de 435,07 €"). */
export interface Said {
  readonly phrase: string;
  readonly clause: string;
}

/** A lower-case word, or an English function word in any case ("The Girl From Ipanema"). */
const ENGLISH = /(?:^|\s)(?:[a-z]{2,}|[Tt]he|[Oo]f|[Aa]nd|[Tt]o|[Ff]rom|[Ff]or|[Ii]n|[Oo]n|[Ww]ith|[Aa]t|[Bb]y|[Aa]n?|[Ii]s|[Mm]y|[Yy]our|[Tt]his|[Tt]hat|[Ii]t|[Nn]ot|[Aa]ll)(?=$|[\s,.:;!?])/;

/**
 * An English title or phrase inside the answer ("The Girl From Ipanema", "fuel system"): quoted,
 * as a person quotes words that are not theirs; names and codes ("Casa do Rio", "SKU-1") as they are.
 */
export function quotedIfEnglish(v: string): string {
  return (v.includes(' ') || /^[a-z]+$/.test(v)) && ENGLISH.test(v) && !/["@«»„“”]/.test(v) && !/^\d/.test(v) ? `"${v}"` : v;
}

const fieldNouns = new Map<string, Noun | null>();
/** The field's noun, exactly (with the API's domain first). */
function fieldNoun(c: Ctx, label: string): Noun | undefined {
  const key = `${c.lang}:${c.domain}:${label}`;
  let n = fieldNouns.get(key);
  if (n === undefined) {
    const l = label.toLowerCase();
    n = nounIn(c.lang, `${c.domain}:${l}`) ?? nounIn(c.lang, l) ?? null;
    if (fieldNouns.size < 20_000) fieldNouns.set(key, n);
  }
  return n ?? undefined;
}

/** Units the English facts write as words ("30 minutes"); the rest are symbols every language reads ("5 km", "45 ms"). */
const UNIT_WORDS = /^(minutes?|hours?|days?|seconds?|weeks?|months?|years?|miles?|feet|foot|acres?|knots?|bytes?|gallons?|nights?|degrees?)$/;

/** A number with what the English facts wrote after it ("5 km", "30 minutes", " a night"), or undefined. */
function measureOf(c: Ctx, value: string): string | undefined {
  // Durations are written with symbols every language reads ("1 h 30 min").
  if (/^\d+ (h|min|s)( |$)/.test(value)) return value;
  const r = readNumber(value);
  if (!r) return undefined;
  const n = number(r.n, c.seps, Math.abs(r.n) < 10 ? 4 : 2);
  const rest = r.rest;
  if (rest === '') return n;
  if (rest === '%') return c.g.pct(n);
  // "per kWh" is English: a unit given per a symbol is written with a slash ("0,004/MB").
  const perUnit = /^per (\S+)$/.exec(rest);
  if (perUnit) return `${n}/${perUnit[1]}`;
  const per = / an? ([a-z ]+)$/.exec(rest);
  const unit = (per ? rest.slice(0, per.index) : rest).trim();
  const perWords = per ? perOf(c, per[1]) : '';
  if (per && perWords === undefined) return undefined;
  if (unit === '') return `${n}${perWords}`;
  if (UNIT_WORDS.test(unit)) {
    const noun = nounIn(c.lang, singularOf(unit));
    return noun ? `${counted(c.lang, n, noun)}${perWords}` : undefined;
  }
  // An angle's degree sign follows its number ("15,5°"); a temperature's unit stands apart ("15 °C").
  return `${n}${unit === '°' ? '' : ' '}${unit}${perWords}`;
}

/** " por persona": a unit a price or a measure is given per, or undefined when the noun is not in the tables. */
function perOf(c: Ctx, words: string): string | undefined {
  const noun = nounIn(c.lang, words);
  return noun ? ` ${c.g.per(noun.sg)}` : undefined;
}

function moneyOf(c: Ctx, value: string): string | undefined {
  const m = readMoney(value);
  if (!m) return undefined;
  // A price per a unit written as a symbol is written with a slash ("0,32 €/kWh").
  const perUnit = /^per (\S+)$/.exec(m.rest);
  if (perUnit) return `${money(m.n, m.currency, c.seps)}/${perUnit[1]}`;
  const per = / an? ([a-z ]+)$/.exec(m.rest);
  const perWords = per ? perOf(c, per[1]) : '';
  if (perWords === undefined || (m.rest !== '' && !per)) return undefined;
  return `${money(m.n, m.currency, c.seps)}${perWords}`;
}

/** A list the English facts joined ("a, b and 3 more") joined again in the language. */
function listOf(c: Ctx, value: string): string {
  const items = value.split(/, | and /);
  const more = /^(\d+) more$/.exec(items[items.length - 1] ?? '');
  if (more) items[items.length - 1] = c.g.more(Number(more[1]));
  return c.g.and(items);
}

/** The count noun of a count's label: "review count" -> review, "total results" -> result. */
function countNoun(c: Ctx, label: string): Noun | undefined {
  const rest = label.split(' ').filter((w) => !/^(count|counts|total|num|number|of)$/.test(w));
  const words = rest.join(' ').toLowerCase();
  return rest.length === 0 ? undefined : (nounIn(c.lang, singularOf(words)) ?? nounIn(c.lang, words));
}

/** A date's field: its label, or its label without "date"/"at"/"time" ("release date" first, then "release"). */
function dateNoun(c: Ctx, label: string): Noun | undefined {
  return fieldNoun(c, label) ?? fieldNoun(c, label.replace(/ (date|at|on|time|datetime)$/i, ''));
}

/** `f` in `c`'s language, or undefined when it is left out. */
export function factIn(c: Ctx, f: Fact): Said | undefined {
  const { g, lang } = c;
  switch (f.role) {
    case 'money': case 'measure': case 'rating': case 'change': {
      const noun = f.role === 'rating' && /^stars?$/.test(f.label) ? nounIn(lang, 'star') : fieldNoun(c, f.label);
      let v: string | undefined;
      if (f.role === 'change') {
        const m = /^(up|down) (.+?)(?: \((.+)\))?$/.exec(f.value);
        const amount = m ? (readMoney(m[2])?.currency ? moneyOf(c, m[2]) : measureOf(c, m[2])) : undefined;
        v = f.value.startsWith('unchanged') ? g.change('same', '') : m && amount ? `${g.change(m[1] as 'up' | 'down', amount)}${m[3] ? ` (${measureOf(c, m[3]) ?? ''})` : ''}` : undefined;
      } else v = f.role === 'money' ? moneyOf(c, f.value) : measureOf(c, f.value);
      if (!noun || v === undefined) return undefined;
      if (f.role === 'rating' && /^stars?$/.test(f.label)) {
        const stars = counted(lang, number(f.num ?? 0, c.seps, 1), noun);
        return { phrase: stars, clause: g.there(stars, f.num ?? 0) };
      }
      return { phrase: g.pair(noun.sg, v), clause: g.is(np(lang, noun, 'def', false, 'nom'), v, f.role !== 'change', noun.pluralOnly === true) };
    }
    case 'count': case 'items': {
      if (f.num === undefined) return undefined;
      const n = number(f.num, c.seps, 0);
      // A limit ("maximum players") is a field with a number, not a count of things.
      const limit = /\b(max|min|maximum|minimum)\b/i.test(f.label);
      const noun = limit ? undefined : f.role === 'count' ? countNoun(c, f.label) : nounIn(lang, singularOf(f.label.toLowerCase()));
      if (noun) {
        const cnt = counted(lang, n, noun);
        return { phrase: cnt, clause: g.there(cnt, f.num) };
      }
      // A count named by its field ("cited by count"): "el número de citas es 21".
      const field = fieldNoun(c, f.label);
      return field && { phrase: g.pair(field.sg, n), clause: g.is(np(lang, field, 'def', false, 'nom'), n, false, false) };
    }
    case 'date': case 'stamp': {
      const w = readWhen(f.value);
      const noun = dateNoun(c, f.label);
      if (!w || !noun) return undefined;
      const d = g.when(w, c.year);
      return { phrase: g.pair(noun.sg, d.bare), clause: g.isDate(np(lang, noun, 'def', false, 'nom'), d.on, d.bare, noun.pluralOnly === true) };
    }
    case 'status': {
      const noun = fieldNoun(c, f.label);
      if (!noun) return undefined;
      const adj = stateIn(lang, f.value);
      const word = adj !== undefined ? g.adj(adj, noun, false) : f.value;
      return { phrase: g.pair(noun.sg, `"${word}"`), clause: g.state(np(lang, noun, 'def', false, 'nom'), word) };
    }
    case 'label': case 'name': case 'list': {
      const noun = fieldNoun(c, f.label);
      if (!noun) return undefined;
      const many = f.role === 'list' ? (f.num ?? 1) > 1 || noun.pluralOnly === true : noun.pluralOnly === true;
      const state = f.role === 'label' ? stateIn(lang, f.value) : undefined;
      // A number the English facts left as written ("3.6", "388.3 MB") in the language's digits.
      const measure = f.role !== 'list' && /^-?\d[\d,]*(\.\d+)?( [A-Za-z%]+)?$/.test(f.value) ? measureOf(c, f.value) : undefined;
      const v = measure ?? (f.role === 'list' ? listOf(c, f.value) : state !== undefined ? g.adj(state, noun, false) : quotedIfEnglish(f.value));
      const head = np(lang, noun, 'def', many, 'nom');
      return { phrase: g.pair(many ? noun.pl : noun.sg, v), clause: g.is(head, v, false, many) };
    }
    default:
      return undefined;
  }
}
