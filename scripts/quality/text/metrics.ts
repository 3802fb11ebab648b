/**
 * The text figures of issue 13, over a job's records (or third-party questions, for reference):
 * how often the first user turn copies the called tool's description (a run of 6+ words) or
 * states arguments as slots ("X set to Y", "key value, key value"), how alike first turns are
 * (near-duplicate rate on an evenly spaced sample of 800 and over the whole set; distinct-2 on
 * 100), the share of planned arguments the user implies instead of stating, and the rationales'
 * mean length and near-duplicate rate; the share of first turns per dialogue language and the
 * distinct-2 of those not in English (a second language's phrases are fewer: they must vary too).
 */
import { labelOf } from '../../../core/derive/said-words.js';
import { NearDupIndex, nearDupRateExact, words, type Masked } from './near-dup.js';

/** What the text figures read of one record (or one third-party question). */
export interface TextSample {
  readonly firstTurn: string;
  /** The scalar argument values of the record's calls, as strings (masked when turns are compared). */
  readonly values: readonly string[];
  /** Descriptions of the tools called (none for an item that calls none). */
  readonly descriptions: readonly string[];
  /** Parameter names of the tools called. */
  readonly params: readonly string[];
  readonly rationales: readonly string[];
  /** Top-level arguments of the planned calls, and how many of them the plan says are implied. */
  readonly plannedArgs: number;
  readonly impliedArgs: number;
  /** The dialogue's language (meta.plan.language; 'en' when unset). */
  readonly language?: string;
}

export interface TextReport {
  readonly records: number;
  /** First turns of items with a call, and the share of them holding a 6+ word run of the called tool's description. */
  readonly withCall: number;
  readonly descCopy: number;
  /** Share of first turns with "set to" or two or more "key value" slots. */
  readonly slotPhrase: number;
  /** Share of first turns with a word said twice in a row outside the values ("the Personal home home", "the the NHL"). */
  readonly wordTwice: number;
  /** Share of first turns with a yes/no said as a bare "X or not" ("..., public or not"). */
  readonly bareOrNot: number;
  readonly nearDup800: number;
  readonly nearDupAll: number;
  readonly distinct2At100: number;
  /** Share of first turns per dialogue language. */
  readonly languages: Readonly<Record<string, number>>;
  /** distinct-2 of first turns not in English, n=100 (undefined under 20 of them). */
  readonly distinct2Foreign: number | undefined;
  /** undefined when no record carries a plan. */
  readonly impliedShare: number | undefined;
  readonly rationales: number;
  readonly rationaleWords: number | undefined;
  readonly rationaleNearDup: number | undefined;
  /** Two example first turns per failing figure. */
  readonly examples: Readonly<Record<string, readonly string[]>>;
}

export const TEXT_TARGETS = {
  descCopy: 0.1,
  slotPhrase: 0,
  wordTwice: 0.002,
  bareOrNot: 0,
  nearDup800: 0.4,
  nearDupAll: 0.3,
  distinct2At100: 0.65,
  distinct2Foreign: 0.65,
  implied: [0.4, 0.6] as const,
  rationaleWords: 50,
  rationaleNearDup: 0.3,
} as const;

const RUN = 6;

/** Whether `text` holds a run of RUN or more consecutive words of `source`. */
export function copiesRun(text: string, source: string, run = RUN): boolean {
  const src = words(source);
  if (src.length < run) return false;
  const grams = new Set<string>();
  for (let i = 0; i + run <= src.length; i++) grams.add(src.slice(i, i + run).join(' '));
  const w = words(text);
  for (let i = 0; i + run <= w.length; i++) if (grams.has(w.slice(i, i + run).join(' '))) return true;
  return false;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Parameter names that are prepositions ("from", "since", "until"): "from October 21 onwards" is how people say it, no slot. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'since', 'until', 'till', 'after', 'before', 'into', 'over', 'under', 'near', 'with', 'within', 'about', 'between', 'through', 'during', 'per']);

/**
 * A slot phrase: a parameter's name then "set to", or at least two clauses that open with a parameter's name (as is or
 * as words) followed by its value ("departure date 2026-12-04, adults 2", "(city Boston, days 3)").
 */
export function slotPhrase(text: string, params: readonly string[]): boolean {
  const names = [...new Set(params.flatMap((p) => [p.toLowerCase(), labelOf(p)]))].filter((n) => n.length >= 3 && !PREPOSITIONS.has(n)).sort((a, b) => b.length - a.length);
  if (names.length === 0) return false;
  // "priority set to low", "created after set to 2025-04-27": a parameter's name, then "set to" (not "the heater is set to eco").
  if (new RegExp(`\\b(?:${names.map(escape).join('|')})\\s+set to\\b`, 'i').test(text)) return true;
  const slot = new RegExp(`(?:^(?:and |the )?|\\bwith )(?:${names.map(escape).join('|')})(?::\\s*|\\s+(?:of |is |= )?)[\\w$€£"'(-]`, 'i');
  // A quoted message is the user's content, not their way of giving values ("saying \"start without me\"").
  const clauses = text.replace(/"[^"\n]*"|“[^”\n]*”/g, '""').split(/[,;(]|\band\b/).map((c) => c.trim());
  return clauses.filter((c) => slot.test(c)).length >= 2;
}

/** Words that may stand twice in a row in good English ("had had", "that that"), and numbers. */
const MAY_REPEAT = /^(had|that|is|do|\d+)$/i;

/**
 * A word said twice in a row ("for the Personal home home", "in the the NHL", "and and let me
 * know"), outside quoted text and not where a value the text states holds the pair itself (a
 * band named "Duran Duran" is its name).
 */
export function wordTwice(text: string, values: readonly string[] = []): boolean {
  const plain = text.replace(/"[^"\n]*"|“[^”\n]*”/g, '""');
  for (const m of plain.matchAll(/(?<![\p{L}\w-])(\p{L}+) \1(?![\p{L}\w:-])/giu)) {
    if (MAY_REPEAT.test(m[1])) continue;
    if (values.some((v) => v.includes(m[0]))) continue;
    return true;
  }
  return false;
}

/**
 * A yes/no said as a bare "X or not" ("..., public or not"): a question left open, where
 * "whether public or not" says the user does not mind.
 */
export function bareOrNot(text: string): boolean {
  const plain = text.replace(/"[^"\n]*"|“[^”\n]*”/g, '""');
  for (const c of plain.split(/[,;.?!:]/)) {
    if (/\bor not\b/i.test(c) && !/\bwhether\b/i.test(c)) return true;
  }
  return false;
}

/** Every `n / k`-th item, k items in all (the whole list when it has fewer). */
export function evenSample<T>(items: readonly T[], k: number): T[] {
  if (items.length <= k) return [...items];
  return Array.from({ length: k }, (_, i) => items[Math.floor((i * items.length) / k)]);
}

/** Distinct word bigrams over all bigrams (within each text). */
export function distinct2(texts: readonly string[]): number {
  const seen = new Set<string>();
  let total = 0;
  for (const t of texts) {
    const w = words(t);
    for (let i = 0; i + 1 < w.length; i++) {
      seen.add(`${w[i]} ${w[i + 1]}`);
      total++;
    }
  }
  return total === 0 ? 0 : seen.size / total;
}

const EXAMPLES = 2;

export class TextTally {
  readonly #firstTurns: Masked[] = [];
  readonly #foreign: Masked[] = [];
  readonly #languages = new Map<string, number>();
  readonly #firstIndex = new NearDupIndex();
  readonly #rationaleIndex = new NearDupIndex();
  #withCall = 0;
  #descCopy = 0;
  #slot = 0;
  #twice = 0;
  #orNot = 0;
  #planned = 0;
  #implied = 0;
  #withPlan = 0;
  #rationaleWords = 0;
  readonly #examples: Record<string, string[]> = { descCopy: [], slotPhrase: [], wordTwice: [], bareOrNot: [] };

  add(s: TextSample): void {
    this.#firstTurns.push({ text: s.firstTurn, values: s.values });
    this.#firstIndex.add(s.firstTurn, s.values);
    const lang = s.language ?? 'en';
    this.#languages.set(lang, (this.#languages.get(lang) ?? 0) + 1);
    if (lang !== 'en') this.#foreign.push({ text: s.firstTurn, values: s.values });
    if (s.descriptions.length > 0) {
      this.#withCall++;
      if (s.descriptions.some((d) => copiesRun(s.firstTurn, d))) this.#note('descCopy', s.firstTurn, () => this.#descCopy++);
    }
    if (slotPhrase(s.firstTurn, s.params)) this.#note('slotPhrase', s.firstTurn, () => this.#slot++);
    if (wordTwice(s.firstTurn, s.values)) this.#note('wordTwice', s.firstTurn, () => this.#twice++);
    if (bareOrNot(s.firstTurn)) this.#note('bareOrNot', s.firstTurn, () => this.#orNot++);
    if (s.plannedArgs > 0 || s.impliedArgs > 0) this.#withPlan++;
    this.#planned += s.plannedArgs;
    this.#implied += s.impliedArgs;
    for (const r of s.rationales) {
      this.#rationaleIndex.add(r);
      this.#rationaleWords += words(r).length;
    }
  }

  #note(key: string, text: string, count: () => void): void {
    count();
    if (this.#examples[key].length < EXAMPLES) this.#examples[key].push(text);
  }

  report(): TextReport {
    const n = this.#firstTurns.length;
    const r = this.#rationaleIndex.size;
    return {
      records: n,
      withCall: this.#withCall,
      descCopy: this.#withCall === 0 ? 0 : this.#descCopy / this.#withCall,
      slotPhrase: n === 0 ? 0 : this.#slot / n,
      wordTwice: n === 0 ? 0 : this.#twice / n,
      bareOrNot: n === 0 ? 0 : this.#orNot / n,
      nearDup800: nearDupRateExact(evenSample(this.#firstTurns, 800)),
      nearDupAll: this.#firstIndex.rate(),
      distinct2At100: distinct2(evenSample(this.#firstTurns, 100).map((t) => t.text)),
      languages: Object.fromEntries([...this.#languages].sort((a, b) => b[1] - a[1]).map(([l, k]) => [l, k / n])),
      distinct2Foreign: this.#foreign.length < 20 ? undefined : distinct2(evenSample(this.#foreign, 100).map((t) => t.text)),
      impliedShare: this.#withPlan === 0 || this.#planned === 0 ? undefined : this.#implied / this.#planned,
      rationales: r,
      rationaleWords: r === 0 ? undefined : this.#rationaleWords / r,
      rationaleNearDup: r === 0 ? undefined : this.#rationaleIndex.rate(),
      examples: this.#examples,
    };
  }
}

/** The figures of `r` that miss the targets (keys of TEXT_TARGETS); empty when all are met. */
export function textMisses(r: TextReport): string[] {
  const t = TEXT_TARGETS;
  const miss: string[] = [];
  if (r.descCopy >= t.descCopy) miss.push('descCopy');
  if (r.slotPhrase > t.slotPhrase) miss.push('slotPhrase');
  if (r.wordTwice > t.wordTwice) miss.push('wordTwice');
  if (r.bareOrNot > t.bareOrNot) miss.push('bareOrNot');
  if (r.nearDup800 > t.nearDup800) miss.push('nearDup800');
  if (r.nearDupAll >= t.nearDupAll) miss.push('nearDupAll');
  if (r.distinct2At100 < t.distinct2At100) miss.push('distinct2At100');
  if (r.distinct2Foreign !== undefined && r.distinct2Foreign < t.distinct2Foreign) miss.push('distinct2Foreign');
  if (r.impliedShare !== undefined && (r.impliedShare < t.implied[0] || r.impliedShare > t.implied[1])) miss.push('implied');
  if (r.rationaleWords !== undefined && r.rationaleWords >= t.rationaleWords) miss.push('rationaleWords');
  if (r.rationaleNearDup !== undefined && r.rationaleNearDup >= t.rationaleNearDup) miss.push('rationaleNearDup');
  return miss;
}
