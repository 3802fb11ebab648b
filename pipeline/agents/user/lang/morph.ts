/**
 * Noun phrases in each second language: the determiner a noun takes by its gender, number,
 * first sound and (German) case, and how a preposition fuses with it ("de" + "el" is "del",
 * "à" + "le" is "au", "in" + "dem" is "im", "em" + "a" is "na", "di" + "lo" is "dello").
 * Everything here is a table lookup or a one-letter test: no per-call allocation beyond the
 * phrase itself.
 */
import type { Case, Det, Gender, Lang, Noun } from './types.js';

/** A determiner and the noun form after it, before any preposition is fused in. */
interface Phrase {
  readonly art: string;
  readonly noun: string;
}

const FR_VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;
const IT_VOWEL = /^[aeiouàèéìòù]/i;
/** Italian words that take lo/gli/uno: s + consonant, z, gn, ps, pn, x, y, i + vowel. */
const IT_LO = /^(s[^aeiouàèéìòù]|z|gn|ps|pn|x|y|i[aeiou])/i;

const frElides = (n: Noun, word: string): boolean => !n.aspirate && (FR_VOWEL.test(word) || /^h/i.test(word));

/** Index of a gender and number in the four-slot tables: m, f, n, plural. */
const slot = (g: Gender, plural: boolean): number => (plural ? 3 : g === 'm' ? 0 : g === 'f' ? 1 : 2);

// ── Spanish ─────────────────────────────────────────────────────────────────────────────
function es(n: Noun, det: Det, plural: boolean): Phrase {
  const noun = plural ? n.pl : n.sg;
  const f = n.g === 'f';
  const el = !plural && f && n.el === true;
  switch (det) {
    case 'def': return { art: plural ? (f ? 'las' : 'los') : f && !el ? 'la' : 'el', noun };
    case 'indef': return { art: plural ? '' : f && !el ? 'una' : 'un', noun };
    case 'my': return { art: plural ? 'mis' : 'mi', noun };
    case 'that': return { art: plural ? (f ? 'esas' : 'esos') : f ? 'esa' : 'ese', noun };
    case 'same': return { art: plural ? (f ? 'las mismas' : 'los mismos') : f ? 'la misma' : 'el mismo', noun };
    case 'no': return { art: f && !el ? 'ninguna' : 'ningún', noun: n.sg };
    default: return { art: '', noun };
  }
}
const ES_FUSE: Readonly<Record<string, string>> = { 'de el': 'del', 'a el': 'al' };

// ── French ──────────────────────────────────────────────────────────────────────────────
function fr(n: Noun, det: Det, plural: boolean): Phrase {
  const noun = plural ? n.pl : n.sg;
  const f = n.g === 'f';
  const v = frElides(n, noun);
  switch (det) {
    case 'def': return { art: plural ? 'les' : v ? "l'" : f ? 'la' : 'le', noun };
    case 'indef': return { art: plural ? 'des' : f ? 'une' : 'un', noun };
    case 'my': return { art: plural ? 'mes' : f && !v ? 'ma' : 'mon', noun };
    case 'that': return { art: plural ? 'ces' : f ? 'cette' : v ? 'cet' : 'ce', noun };
    case 'same': return { art: plural ? 'les mêmes' : f ? 'la même' : 'le même', noun };
    case 'no': return { art: f ? 'aucune' : 'aucun', noun: n.sg };
    default: return { art: '', noun };
  }
}
const FR_FUSE: Readonly<Record<string, string>> = { 'de le': 'du', 'de les': 'des', 'de des': 'de', 'à le': 'au', 'à les': 'aux' };

// ── German ──────────────────────────────────────────────────────────────────────────────
const DE_DET: Readonly<Record<Exclude<Det, 'bare'>, Readonly<Record<Case, readonly string[]>>>> = {
  def: { nom: ['der', 'die', 'das', 'die'], acc: ['den', 'die', 'das', 'die'], dat: ['dem', 'der', 'dem', 'den'] },
  indef: { nom: ['ein', 'eine', 'ein', ''], acc: ['einen', 'eine', 'ein', ''], dat: ['einem', 'einer', 'einem', ''] },
  my: { nom: ['mein', 'meine', 'mein', 'meine'], acc: ['meinen', 'meine', 'mein', 'meine'], dat: ['meinem', 'meiner', 'meinem', 'meinen'] },
  that: { nom: ['dieser', 'diese', 'dieses', 'diese'], acc: ['diesen', 'diese', 'dieses', 'diese'], dat: ['diesem', 'dieser', 'diesem', 'diesen'] },
  no: { nom: ['kein', 'keine', 'kein', 'keine'], acc: ['keinen', 'keine', 'kein', 'keine'], dat: ['keinem', 'keiner', 'keinem', 'keinen'] },
  same: {
    nom: ['der gleiche', 'die gleiche', 'das gleiche', 'die gleichen'],
    acc: ['den gleichen', 'die gleiche', 'das gleiche', 'die gleichen'],
    dat: ['dem gleichen', 'der gleichen', 'dem gleichen', 'den gleichen'],
  },
};

/** A German noun in a case: weak masculines take -(e)n outside the nominative, a dative plural -n. */
export function deNoun(n: Noun, plural: boolean, c: Case): string {
  if (plural) return c === 'dat' && !/[ns]$/.test(n.pl) ? `${n.pl}n` : n.pl;
  if (n.weak && c !== 'nom') return n.sg.endsWith('e') ? `${n.sg}n` : `${n.sg}en`;
  return n.sg;
}

function de(n: Noun, det: Det, plural: boolean, c: Case): Phrase {
  const noun = deNoun(n, plural, c);
  return { art: det === 'bare' ? '' : DE_DET[det][c][slot(n.g, plural)], noun };
}
const DE_FUSE: Readonly<Record<string, string>> = { 'in dem': 'im', 'in das': 'ins', 'an dem': 'am', 'an das': 'ans', 'von dem': 'vom', 'zu dem': 'zum', 'zu der': 'zur', 'bei dem': 'beim' };

// ── Portuguese ──────────────────────────────────────────────────────────────────────────
function pt(n: Noun, det: Det, plural: boolean): Phrase {
  const noun = plural ? n.pl : n.sg;
  const f = n.g === 'f';
  switch (det) {
    case 'def': return { art: plural ? (f ? 'as' : 'os') : f ? 'a' : 'o', noun };
    case 'indef': return { art: plural ? '' : f ? 'uma' : 'um', noun };
    case 'my': return { art: plural ? (f ? 'as minhas' : 'os meus') : f ? 'a minha' : 'o meu', noun };
    case 'that': return { art: plural ? (f ? 'essas' : 'esses') : f ? 'essa' : 'esse', noun };
    case 'same': return { art: plural ? (f ? 'as mesmas' : 'os mesmos') : f ? 'a mesma' : 'o mesmo', noun };
    case 'no': return { art: f ? 'nenhuma' : 'nenhum', noun: n.sg };
    default: return { art: '', noun };
  }
}
const PT_FUSE: Record<string, string> = {};
for (const [p, forms] of Object.entries({ de: ['do', 'da', 'dos', 'das'], em: ['no', 'na', 'nos', 'nas'], a: ['ao', 'à', 'aos', 'às'], por: ['pelo', 'pela', 'pelos', 'pelas'] })) {
  ['o', 'a', 'os', 'as'].forEach((art, i) => {
    PT_FUSE[`${p} ${art}`] = forms[i];
  });
}
for (const d of ['esse', 'essa', 'esses', 'essas']) {
  PT_FUSE[`de ${d}`] = `d${d}`;
  PT_FUSE[`em ${d}`] = `n${d}`;
}

// ── Italian ─────────────────────────────────────────────────────────────────────────────
/** The Italian definite article before `word`. */
function itDef(g: Gender, plural: boolean, word: string): string {
  if (g === 'f') return plural ? 'le' : IT_VOWEL.test(word) ? "l'" : 'la';
  if (plural) return IT_VOWEL.test(word) || IT_LO.test(word) ? 'gli' : 'i';
  return IT_VOWEL.test(word) ? "l'" : IT_LO.test(word) ? 'lo' : 'il';
}

function it(n: Noun, det: Det, plural: boolean): Phrase {
  const noun = plural ? n.pl : n.sg;
  const f = n.g === 'f';
  switch (det) {
    case 'def': return { art: itDef(n.g, plural, noun), noun };
    case 'indef': return { art: plural ? '' : f ? (IT_VOWEL.test(noun) ? "un'" : 'una') : IT_LO.test(noun) ? 'uno' : 'un', noun };
    case 'my': return { art: plural ? (f ? 'le mie' : 'i miei') : f ? 'la mia' : 'il mio', noun };
    case 'that': return { art: plural ? (f ? 'queste' : 'questi') : f ? 'questa' : 'questo', noun };
    case 'same': return { art: `${itDef(n.g, plural, 'stesso')} ${plural ? (f ? 'stesse' : 'stessi') : f ? 'stessa' : 'stesso'}`, noun };
    case 'no': return { art: f ? (IT_VOWEL.test(n.sg) ? "nessun'" : 'nessuna') : IT_LO.test(n.sg) ? 'nessuno' : 'nessun', noun: n.sg };
    default: return { art: '', noun };
  }
}
const IT_FUSE: Record<string, string> = {};
for (const [p, stem] of Object.entries({ di: 'de', a: 'a', da: 'da', in: 'ne', su: 'su' })) {
  const forms: Readonly<Record<string, string>> = { il: 'l', lo: 'llo', "l'": "ll'", la: 'lla', i: 'i', gli: 'gli', le: 'lle' };
  for (const [art, tail] of Object.entries(forms)) IT_FUSE[`${p} ${art}`] = `${stem}${tail}`;
}

const FUSE: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { es: ES_FUSE, fr: FR_FUSE, de: DE_FUSE, pt: PT_FUSE, it: IT_FUSE };

function phraseOf(lang: Lang, n: Noun, det: Det, plural: boolean, c: Case): Phrase {
  const pl = n.singularOnly === true ? false : plural || n.pluralOnly === true;
  switch (lang) {
    case 'es': return es(n, det, pl);
    case 'fr': return fr(n, det, pl);
    case 'de': return de(n, det, pl, c);
    case 'pt': return pt(n, det, pl);
    default: return it(n, det, pl);
  }
}

/** Joins an article (possibly empty, possibly elided "l'") and what follows. */
const glue = (art: string, rest: string): string => (art === '' ? rest : art.endsWith("'") ? `${art}${rest}` : `${art} ${rest}`);

/** A noun phrase: "la reserva", "les offres", "meinen Kurs" (German case `c`, accusative by default). */
export function np(lang: Lang, n: Noun, det: Det, plural = false, c: Case = 'acc'): string {
  const p = phraseOf(lang, n, det, plural, c);
  return glue(p.art, p.noun);
}

/**
 * A preposition before a noun phrase, fused where the language fuses them: "del pedido",
 * "au compte", "zum Kurs", "na reserva", "dell'ordine". An empty `prep` gives the bare phrase.
 */
export function pp(lang: Lang, prep: string, n: Noun, det: Det, plural = false, c: Case = 'acc'): string {
  const p = phraseOf(lang, n, det, plural, c);
  if (prep === '') return glue(p.art, p.noun);
  if (p.art === '') return before(lang, prep, p.noun);
  const first = p.art.includes(' ') ? p.art.slice(0, p.art.indexOf(' ')) : p.art;
  const fused = FUSE[lang][`${prep} ${first}`];
  if (fused === undefined) return `${prep} ${glue(p.art, p.noun)}`;
  // "de" + "des" is "de", which elides before a vowel ("d'offres").
  if (fused === 'de' && first === p.art) return before(lang, 'de', p.noun);
  return glue(`${fused}${p.art.slice(first.length)}`, p.noun);
}

/** A preposition before any words (a value, a bare noun): French "de" elides before a vowel ("d'Oslo"). */
export function before(lang: Lang, prep: string, words: string): string {
  if (prep === '') return words;
  if (lang === 'fr' && (prep === 'de' || prep === 'que') && FR_VOWEL.test(words)) return `${prep.slice(0, -1)}'${words}`;
  return `${prep} ${words}`;
}

/** French elision across a composed sentence: "de annuler" -> "d'annuler", "que il" -> "qu'il". Other languages as they are. */
const FR_ELIDE = /\b(de|que|je|ne|me|te|se|De|Que|Je|Ne|Me|Te|Se) (?=[aeiouyàâéèêëîïôûùœAEIOUYÀÂÉÈÊËÎÏÔÛÙŒ])/g;
export function elided(lang: Lang, s: string): string {
  return lang === 'fr' ? s.replace(FR_ELIDE, (_m, w: string) => `${w.slice(0, -1)}'`) : s;
}

/** A count with its noun: "1 noche", "3 noches", "2 Nächte" (German case `c`). */
export function counted(lang: Lang, k: number | string, n: Noun, c: Case = 'acc'): string {
  const one = Number(k) === 1;
  const noun = lang === 'de' ? deNoun(n, !one, c) : one ? n.sg : n.pl;
  return `${k} ${noun}`;
}

/** The word for "and" before a list's last item, with the Spanish/Italian forms before a vowel ("y" -> "e" before i-, "e" -> "ed" is optional and not used). */
export function andWord(lang: Lang, next: string): string {
  switch (lang) {
    case 'es': return /^h?[iíIÍ](?![aeou])/.test(next) ? 'e' : 'y';
    case 'fr': return 'et';
    case 'de': return 'und';
    default: return 'e';
  }
}

/** "a, b y c" in the language. */
export function listIn(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${andWord(lang, last)} ${last}`;
}

/** Upper-cases a sentence's first letter (after an opening ¿ or ¡). */
export function capital(s: string): string {
  const i = s[0] === '¿' || s[0] === '¡' ? 1 : 0;
  return i >= s.length ? s : s.slice(0, i) + s[i].toUpperCase() + s.slice(i + 1);
}
