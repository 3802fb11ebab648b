/**
 * What a parameter is for, read once per tool from its name and description, for the role
 * rule (roles.ts): its words (stemmed), its role in a pair (the start of a range or a move,
 * or its end: origin/destination, from/to, min/max, sender/recipient, source/target currency or
 * unit), and the pairs of parameters a tool has that must be in order (min <= max). The words
 * that say a role in a request ("from", "to", "between", "until") are here too.
 */
import type { ToolFn } from './context.js';
import { kindOfParam, placeKindOfParam, type Kind, type PlaceKind } from './value-kinds.js';

export type Role = 'start' | 'end';

/** Words of a name or description that say nothing about what the parameter holds. */
const STOP: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'for', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'and', 'or', 'is', 'are', 'be', 'this', 'that', 'it', 'as', 'eg', 'e', 'g', 'ie',
  'which', 'its', 'if', 'not', 'default', 'optional', 'required', 'value', 'values', 'parameter', 'specified', 'specify', 'given', 'use', 'used', 'will', 'can', 'should',
  'name', 'type', 'string', 'number', 'integer', 'list', 'format', 'want', 'wants', 'user', 'you', 'your', 'e.g', 'such', 'like', 'example', 'one', 'two', 'into',
  // Names in other languages join their words with these too (monto_del_credito).
  'de', 'del', 'la', 'le', 'el', 'los', 'las', 'des', 'du', 'da', 'di', 'von', 'van', 'der', 'den', 'und', 'et', 'y',
]);

/** A word's stem: lower case, without a plural or -ing/-ed ending. */
export function stem(w: string): string {
  const l = w.toLowerCase();
  if (l === 'times') return l; // "4 times" is how often, not a time
  if (l.length > 5 && l.endsWith('ing')) return l.slice(0, -3);
  if (l.length > 4 && l.endsWith('ies')) return `${l.slice(0, -3)}y`;
  if (l.length > 4 && l.endsWith('ed')) return l.slice(0, -2);
  if (l.length > 3 && l.endsWith('s') && !l.endsWith('ss')) return l.slice(0, -1);
  return l;
}

const WORD = /[\p{L}][\p{L}\p{N}]*/gu;
const CAMEL = /([a-z0-9])([A-Z])/g;
const SEPARATORS = /[_.-]+/g;
const NAME_PARTS = /[_\-.]+/;
const ROLE_PARTS: ReadonlySet<string> = new Set(['to', 'from', 'in', 'out']);
const SENTENCE_END = /[.;]\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Texts contentWords has read: the same parameter names and descriptions recur from tool to
 * tool of a pool (bounded: cleared when full). Callers do not change the list.
 */
const CONTENT_WORDS = new Map<string, readonly string[]>();
const CONTENT_WORDS_MAX = 8192;

/** The stemmed content words of a text (names split at _, -, . and camelCase). */
export function contentWords(text: string): readonly string[] {
  let words = CONTENT_WORDS.get(text);
  if (words === undefined) {
    if (CONTENT_WORDS.size >= CONTENT_WORDS_MAX) CONTENT_WORDS.clear();
    CONTENT_WORDS.set(text, (words = readContentWords(text)));
  }
  return words;
}

function readContentWords(text: string): string[] {
  const out: string[] = [];
  const spaced = text.replace(CAMEL, '$1 $2').replace(SEPARATORS, ' ');
  WORD.lastIndex = 0;
  for (let m = WORD.exec(spaced); m !== null; m = WORD.exec(spaced)) {
    const w = m[0].toLowerCase();
    if (!STOP.has(w) && w.length > 1) out.push(stem(w));
  }
  return out;
}

/** Name words that make a parameter the start or the end of a pair. */
const START_NAME: ReadonlySet<string> = new Set(['from', 'in', 'source', 'src', 'origin', 'start', 'begin', 'departure', 'depart', 'sender', 'min', 'minimum', 'lower', 'low', 'earliest', 'since', 'after', 'pickup', 'checkin']);
const END_NAME: ReadonlySet<string> = new Set(['to', 'out', 'target', 'dest', 'destination', 'end', 'finish', 'arrival', 'arrive', 'recipient', 'receiver', 'max', 'maximum', 'upper', 'high', 'latest', 'until', 'before', 'dropoff', 'checkout']);
/** Description words that say it (nouns and adjectives only: "to" is in half the descriptions). */
// Not "arrival"/"departure": a hotel's arrival date starts a stay, a flight's arrival ends a trip.
const START_DESC: ReadonlySet<string> = new Set(['origin', 'source', 'starting', 'sender', 'minimum', 'lower', 'earliest', 'beginning']);
const END_DESC: ReadonlySet<string> = new Set(['destination', 'target', 'ending', 'recipient', 'receiver', 'maximum', 'upper', 'latest']);
/** "The currency to convert from." / "The unit to convert to": the last preposition of the first sentence. */
const DESC_FROM = /\b(?:convert(?:ed)?|translat\w*|mov\w*|transfer\w*|sen[dt]\w*|coming|travel\w*|go\w*)\s+(?:\w+\s+)?from\s*(?:[.,;(]|$)/i;
const DESC_TO = /\b(?:convert(?:ed)?|translat\w*|mov\w*|transfer\w*|sen[dt]\w*|go\w*|travel\w*)\s+(?:\w+\s+)?(?:to|into)\s*(?:[.,;(]|$)/i;

/** Range words: a pair of these with the same base must be in order. */
const RANGE_START: ReadonlySet<string> = new Set(['min', 'minimum', 'lower', 'low', 'start', 'begin', 'from', 'earliest', 'since']);
const RANGE_END: ReadonlySet<string> = new Set(['max', 'maximum', 'upper', 'high', 'end', 'to', 'latest', 'until']);

/** Words right before a value that give it the start role ("from Paris", "since 2019"), or the end role ("to Rome", "until May"). */
// Not "arriving"/"leaving": arriving starts a hotel stay and ends a flight (the parameters' own words tell those apart).
export const START_CUES: ReadonlySet<string> = new Set(['from', 'since', 'starting', 'between', 'origin', 'sender', 'minimum', 'min', 'least', 'earliest']);
export const END_CUES: ReadonlySet<string> = new Set(['to', 'into', 'until', 'till', 'towards', 'toward', 'destination', 'recipient', 'maximum', 'max', 'most', 'latest']);

export interface ParamInfo {
  /** The name itself, lower case ("a", "x", "num1"): said as it is, it names the parameter. */
  readonly exact: string;
  /** Stemmed words of the name. */
  readonly name: ReadonlySet<string>;
  /** Stemmed content words of the description, not in the name. */
  readonly desc: ReadonlySet<string>;
  readonly role?: Role;
  /** The name without its role word ("price" for min_price), to pair it with its partner. */
  readonly base: string;
  /** What kind of value it holds, where its name or description says so plainly (value-kinds.ts). */
  readonly kind?: Kind;
  /** Which place it holds, where its name says so (city, country, state). */
  readonly place?: PlaceKind;
  /** A range word in its name ("min_price", "end_date", "from_year"): a pair of them must be in order. */
  readonly range?: Role;
  /** The description, lower case, and where its examples start (-1: it gives none): "e.g. C Major, A Minor". */
  readonly text: string;
  readonly examples: number;
  /** The enum's values. */
  readonly values: readonly unknown[];
  /** Its name and description words of 3 letters or more: a request without any of them says nothing about it. */
  readonly words: readonly string[];
}

/** Where a description starts giving examples ("e.g.", "such as", "for instance", "can be"). */
const EXAMPLES = /\b(?:e\.?g\.?|for example|for instance|such as|like|can be|options?|examples?|ex)\b[:.,]?/i;

/** Whether a parameter's enum holds a value, or its description gives it as an example as a whole word or phrase ("e.g., constitutional law"). */
export function describesValue(info: ParamInfo, v: unknown): boolean {
  if (info.values.includes(v)) return true;
  if (typeof v !== 'string' || v.length < 3 || v.length > 60 || info.examples < 0) return false;
  const want = v.toLowerCase();
  for (let i = info.text.indexOf(want, info.examples); i >= 0; i = info.text.indexOf(want, i + 1)) {
    const before = i === 0 ? ' ' : info.text[i - 1];
    const after = info.text[i + want.length] ?? ' ';
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
  }
  return false;
}

/** Words people say for the words parameters are named with (stems). */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['bought', 'purchase'], ['buy', 'purchase'], ['sold', 'sale'], ['sell', 'sale'], ['speed', 'velocity'], ['birthday', 'birth'], ['born', 'birth'],
  ['cost', 'price'], ['pay', 'payment'], ['kid', 'child'], ['children', 'child'], ['grown', 'adult'], ['begin', 'start'], ['finish', 'end'],
  ['leaving', 'departure'], ['arriving', 'arrival'], ['headed', 'destination'], ['titled', 'title'], ['called', 'name'], ['named', 'name'], ['written', 'author'],
  ['wide', 'width'], ['tall', 'height'], ['long', 'length'], ['deep', 'depth'], ['heavy', 'weight'], ['old', 'age'], ['aged', 'age'],
]);

/** Whether two stems are one word: equal, or one starts the other by 5 letters or more ("accelerat", "acceleration"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/** How a word of the request names a parameter: 3 for its name (or a word for it), 1 for its description, else 0. */
export function namesParam(info: ParamInfo, token: string): number {
  if (token === info.exact) return 3;
  const w = stem(token);
  const alias = SYNONYMS.get(w) ?? SYNONYMS.get(token);
  for (const n of info.name) if (sameWord(n, w) || (alias !== undefined && sameWord(n, alias))) return 3;
  if (w.length < 3 || STOP.has(token)) return 0;
  for (const d of info.desc) if (sameWord(d, w) || (alias !== undefined && sameWord(d, alias))) return 1;
  return 0;
}

function roleOf(nameWords: readonly string[], description: string): Role | undefined {
  // A base currency or unit is what is converted from.
  const s = nameWords.some((w) => START_NAME.has(w)) || (nameWords.includes('base') && nameWords.some((w) => w === 'currency' || w === 'unit'));
  const e = nameWords.some((w) => END_NAME.has(w));
  if (s !== e) return s ? 'start' : 'end';
  if (s && e) return undefined;
  const first = description.split(SENTENCE_END)[0];
  if (DESC_FROM.test(first) !== DESC_TO.test(first)) return DESC_FROM.test(first) ? 'start' : 'end';
  const words = contentWords(first);
  const ds = words.some((w) => START_DESC.has(w));
  const de = words.some((w) => END_DESC.has(w));
  return ds !== de ? (ds ? 'start' : 'end') : undefined;
}

/** By parameters object: a generated record's tools share their pool API's. */
const infos = new WeakMap<object, Map<string, ParamInfo>>();

/** The parameters of a tool as the role rule reads them (once per parameters object). */
export function paramInfos(tool: ToolFn): Map<string, ParamInfo> {
  const params = tool.parameters;
  if (params === null || typeof params !== 'object') return new Map();
  let m = infos.get(params);
  if (m) return m;
  m = new Map();
  const props = params.properties;
  if (props && typeof props === 'object') {
    const entries = Object.entries(props as Record<string, { description?: unknown; enum?: unknown }>).map(([k, p]) => [k, typeof p?.description === 'string' ? p.description : '', Array.isArray(p?.enum) ? (p.enum as unknown[]) : []] as const);
    // A description word tells a parameter apart only when no other parameter's description, and not the tool's, has it.
    const common = new Set(contentWords(tool.description ?? ''));
    const once = new Set<string>();
    for (const [, d] of entries) for (const w of new Set(contentWords(d))) (once.has(w) ? common : once).add(w);
    for (const [k, description, values] of entries) {
      // "to", "from", "in", "out" are no content words, but in a name (to_currency, check_in) they give the role.
      const nameWords = contentWords(k).concat(k.toLowerCase().split(NAME_PARTS).filter((w) => ROLE_PARTS.has(w)));
      // The role parts are cues, read by the role ("13479 from Netherlands" does not name from_postal_code).
      const name = new Set(nameWords.filter((w) => !ROLE_PARTS.has(w)));
      const desc = new Set(contentWords(description).filter((w) => !name.has(w) && !common.has(w)));
      const role = roleOf(nameWords, description);
      const base = nameWords.filter((w) => !START_NAME.has(w) && !END_NAME.has(w)).join(' ');
      const kind = kindOfParam(nameWords, description);
      const place = kind === 'place' ? placeKindOfParam(nameWords) : undefined;
      const range: Role | undefined = nameWords.some((w) => RANGE_START.has(w)) ? 'start' : nameWords.some((w) => RANGE_END.has(w)) ? 'end' : undefined;
      const text = description.toLowerCase();
      const ex = EXAMPLES.exec(text);
      const words = [...name, ...desc].filter((w) => w.length >= 3);
      m.set(k, { exact: k.toLowerCase(), name, desc, ...(role ? { role } : {}), ...(range ? { range } : {}), base, ...(kind ? { kind } : {}), ...(place ? { place } : {}), text, examples: ex ? ex.index : -1, values, words });
    }
  }
  // A role matters only beside its partner: `data_source` alone is no start of anything.
  const roles = new Set([...m.values()].map((i) => i.role));
  if (!(roles.has('start') && roles.has('end'))) for (const [k, i] of m) if (i.role) m.set(k, { ...i, role: undefined });
  infos.set(params, m);
  return m;
}
