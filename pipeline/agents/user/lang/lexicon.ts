/**
 * The nouns the second-language agents name things with: what a tool acts on ("flight offer"),
 * what a field holds ("price", "course", "departure time"), each with its gender and plural in
 * every language. Written as tables of one line per English phrase (lexicon-*.ts):
 *
 *     flight offer | f oferta de vuelo | f offre de vol | n Flugangebot|-e | f oferta de voo | f offerta di volo
 *
 * A cell is a gender (m, f, n) with flags (e: Spanish "el" before a stressed a-, h: French h
 * aspiré, w: German weak masculine, p: plural only, s: singular only), then the singular and,
 * after "|", the plural ("-e" appends to the singular); "-" leaves the language out. A plural is
 * only left out where a regular rule gives it (a vowel-final Spanish or Portuguese word, any
 * French word but -s/-x/-z/-al/-eau, an Italian -o/-a/-e word); otherwise the table fails to
 * load, so a wrong plural is never guessed. Read once, at load.
 */
import { LEXICON_LABELS } from './lexicon-labels.js';
import { LEXICON_MORE } from './lexicon-more.js';
import { LEXICON_OBJECTS } from './lexicon-objects.js';
import { LEXICON_RESULTS } from './lexicon-results.js';
import { LEXICON_RESULTS_MORE } from './lexicon-results-more.js';
import { LANGS, type Gender, type Lang, type Noun } from './types.js';

type Entry = Partial<Record<Lang, Noun>>;

/** The regular plural of a phrase's first word, or undefined when the language has no safe rule for it. */
function regular(lang: Lang, g: Gender, sg: string): string | undefined {
  const sp = sg.indexOf(' ');
  const w = sp < 0 ? sg : sg.slice(0, sp);
  const rest = sp < 0 ? '' : sg.slice(sp);
  let p: string | undefined;
  switch (lang) {
    case 'es':
    case 'pt':
      p = /[aeoéóêô]$/.test(w) ? `${w}s` : lang === 'pt' && /m$/.test(w) ? `${w.slice(0, -1)}ns` : undefined;
      break;
    case 'fr':
      p = /[sxz]$/.test(w) ? w : /(eau|eu)$/.test(w) ? `${w}x` : /al$/.test(w) ? undefined : `${w}s`;
      break;
    case 'it':
      if (/[cg][oa]$/.test(w)) p = undefined;
      else if (/io$/.test(w)) p = `${w.slice(0, -2)}i`;
      else if (/o$/.test(w) || /e$/.test(w) || (/a$/.test(w) && g === 'm')) p = `${w.slice(0, -1)}i`;
      else if (/a$/.test(w)) p = `${w.slice(0, -1)}e`;
      else p = w; // a consonant or an accented vowel: unchanged ("bar", "città")
      break;
    default:
      p = undefined;
  }
  return p === undefined ? undefined : `${p}${rest}`;
}

function parseCell(lang: Lang, cell: string, line: string): Noun | undefined {
  if (cell === '-') return undefined;
  const sp = cell.indexOf(' ');
  const head = cell.slice(0, sp);
  const g = head[0] as Gender;
  const flags = head.slice(1);
  if (sp < 0 || !/^[mfn]$/.test(g) || !/^[ehwps]*$/.test(flags) || (g === 'n' && lang !== 'de')) throw new Error(`lexicon: bad cell "${cell}" in: ${line}`);
  const forms = cell.slice(sp + 1);
  const bar = forms.indexOf('|');
  const sg = bar < 0 ? forms : forms.slice(0, bar);
  let pl = bar < 0 ? undefined : forms.slice(bar + 1);
  if (pl?.startsWith('-')) pl = `${sg}${pl.slice(1)}`;
  if (flags.includes('p') || flags.includes('s')) pl ??= sg;
  pl ??= regular(lang, g, sg);
  if (pl === undefined) throw new Error(`lexicon: "${sg}" (${lang}) needs its plural written out, in: ${line}`);
  return {
    g,
    sg,
    pl,
    ...(flags.includes('e') ? { el: true } : {}),
    ...(flags.includes('h') ? { aspirate: true } : {}),
    ...(flags.includes('w') ? { weak: true } : {}),
    ...(flags.includes('p') ? { pluralOnly: true } : {}),
    ...(flags.includes('s') ? { singularOnly: true } : {}),
  };
}

function load(...tables: readonly string[]): ReadonlyMap<string, Entry> {
  const out = new Map<string, Entry>();
  for (const table of tables) {
    for (const raw of table.split('\n')) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const cells = line.split(' | ').map((c) => c.trim());
      if (cells.length !== LANGS.length + 1) throw new Error(`lexicon: ${cells.length} cells, want ${LANGS.length + 1}, in: ${line}`);
      const key = cells[0].toLowerCase();
      if (out.has(key)) throw new Error(`lexicon: "${key}" is written twice`);
      const entry: Entry = {};
      LANGS.forEach((lang, i) => {
        const n = parseCell(lang, cells[i + 1], line);
        if (n) entry[lang] = n;
      });
      out.set(key, entry);
    }
  }
  return out;
}

const LEXICON = load(LEXICON_OBJECTS, LEXICON_LABELS, LEXICON_MORE, LEXICON_RESULTS, LEXICON_RESULTS_MORE);

/** The noun for an English phrase (singular, any case) in `lang`, or undefined when the tables do not have it. */
export function nounIn(lang: Lang, english: string): Noun | undefined {
  return LEXICON.get(english.toLowerCase())?.[lang];
}

/** Whether the tables know the English phrase in `lang`. */
export const knows = (lang: Lang, english: string): boolean => nounIn(lang, english) !== undefined;
