/**
 * Near-misses: a shown tool a model could plausibly call instead of the chosen one. Only such a
 * tool earns a word in a rationale, and then only the one difference that decides; listing every
 * distractor teaches nothing. A near-miss shares the chosen tool's object (book_flight beside
 * search_flights, get_weather_forecast beside get_current_weather), or its action in the same
 * domain with most of its parameters. Twins (api-pool/twins.ts) are never weighed: nothing tells
 * them apart, so no reason to prefer one could be true.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import { identifierTokens } from '../../../api-pool/dedup.js';
import { VERB_CLASS_OF, type VerbClass } from '../../../api-pool/evolve/verbs.js';
import { NOUN_INDEX } from '../../../api-pool/evolve/synonyms.js';
import { QUALIFIERS } from '../../../api-pool/evolve/naming.js';
import { TwinIndex, UNIT_SUFFIXES } from '../../../api-pool/twins.js';
import { textOf } from '../text.js';

/** A tool's name read as an action on an object: `get_weather_forecast` -> get + weather forecast. */
export interface NameParts {
  /** The leading verb as written ("search"), when the name starts with one. */
  readonly verb?: string;
  readonly action?: VerbClass;
  /** The object words as written ("weather forecast"). */
  readonly object: string;
  /** Object words by meaning (synonyms joined, plurals dropped), without fillers. */
  readonly keys: readonly string[];
  /** What the tool does as a short verb phrase ("search flights"), to say beside another. */
  readonly does: string;
}

const FILLER = new Set(['by', 'for', 'in', 'of', 'the', 'a', 'an', 'to', 'with', 'and', 'on', 'from', 'at', 'all', 'my', 'new', 'v1', 'v2', 'v3', 'api', 'checked', 'grouped', 'minimal', 'full', 'basic']);
/** Nouns many unrelated tools share: a near-miss on one of these alone needs the same domain and action. */
export const GENERIC: ReadonlySet<string> = new Set(['status', 'detail', 'info', 'information', 'summary', 'report', 'list', 'history', 'data', 'record', 'entry', 'item', 'result', 'setting', 'stat', 'overview', 'request', 'id', 'score', 'level', 'count', 'total', 'validity', 'usage', 'draft', 'timeline', 'bookmark', 'profile', 'option', 'quote', 'message', 'event', 'search', 'rate', 'price']);

/** Words that only say which variant a tool is (evolution's qualifiers, units), not what it acts on. */
const VARIANT_WORDS: ReadonlySet<string> = new Set([...Object.values(QUALIFIERS).flat().flat(), ...UNIT_SUFFIXES]);

const parts = new WeakMap<ApiSpec, NameParts>();

function keyOf(word: string): string {
  const group = NOUN_INDEX.get(word) ?? NOUN_INDEX.get(word.replace(/s$/, ''));
  if (group) return group[0];
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') ? word.slice(0, -1) : word;
}

/** The verbs a description's first words may start with (a verb phrase), beside the action classes. */
const DESCRIPTION_VERB = /^(?:get|look|return|retrieve|fetch|find|create|send|list|search|calculate|compute|check|book|convert|update|delete|cancel|remove|transfer|pay|purchase|void|revoke|refund|submit|schedule|record|log|add|set|place|estimate|compare|generate|start|stop|register|initiate|request|withdraw|post|share|track|buy|show|view|read|translate|report|file|apply|open|close|assess|analy[sz]e|summari[sz]e|reserve|subscribe|upload|download|verify|validate|predict|recommend|detect|monitor|resolve|query|discover|explore|locate|browse|collect|enumerate|obtain|load|modify|edit|change|adjust|patch|issue|notify|dispatch|forward|publish|invite|enroll|order|sell|lock|unlock|score|rank|evaluate|audit|inspect|trace|follow|watch|plan|arrange|normalize|transform|amend|discard|archive|broadcast|quote|simulate|approve|reject|assign|renew|refill|join|pause|resume|tag|rate|rename|move|copy|merge|split|fill|scan|test|measure|count|sum)\b/i;

/** A tool's name parts, computed once per ApiSpec. */
export function nameParts(api: ApiSpec): NameParts {
  let p = parts.get(api);
  if (p) return p;
  const tokens = identifierTokens(api.name);
  const action = VERB_CLASS_OF.get(tokens[0]);
  // "Permanently delete ..." reads as "delete ...".
  const short = textOf(api).short.replace(/^\w+ly\s+(?=\w)/i, (m, _i, all: string) => (DESCRIPTION_VERB.test(all.slice(m.length)) ? '' : m));
  // A verb the tables do not know still leads the name when the description starts with it ("decode_vin": "Decode a VIN").
  const verb = tokens.length > 1 && (action || DESCRIPTION_VERB.test(tokens[0]) || short.toLowerCase().startsWith(tokens[0])) ? tokens[0] : undefined;
  let rest = verb ? tokens.slice(1) : tokens;
  // "..._with_city", "..._by_archived_items": what follows says how, not what.
  const how = rest.findIndex((t, i) => i > 0 && (t === 'with' || t === 'by'));
  if (how > 0) rest = rest.slice(0, how);
  rest = rest.filter((t) => !VARIANT_WORDS.has(t) && !/^v\d+$/.test(t));
  const words = rest.filter((t) => !FILLER.has(t));
  p = { verb, action, object: words.join(' '), keys: [...new Set(words.map(keyOf))], does: doesOf(short, verb ? [verb, ...rest] : undefined) };
  parts.set(api, p);
  return p;
}

/** Words a phrase cut short must not end on. */
const LOOSE_END = /\s+(?:a|an|the|of|for|in|on|by|with|to|and|or|from|at|its|their|one|per|into|as|that|which|is|are|via|within|any|each|all|some|your|his|her)$/i;

/**
 * What a tool does as a short verb phrase: its description's opening when that starts with a
 * verb (cut to eight words, never on a loose word), else its name read aloud ("enroll user in course").
 */
function doesOf(short: string, nameWords: readonly string[] | undefined): string {
  if (DESCRIPTION_VERB.test(short) || !nameWords) {
    const words = short.split(';')[0].trim().split(' ');
    // A long phrase is cut before a preposition that starts its detail ("start a charging session | on a connector").
    const cut = words.length <= 8 ? words.length : words.findIndex((w, i) => i >= 3 && CUT_BEFORE.has(w.toLowerCase()));
    let s = words.slice(0, cut > 0 && cut <= 8 ? cut : words.length).join(' ');
    while (LOOSE_END.test(s)) s = s.replace(LOOSE_END, '');
    if ((cut > 0 && cut <= 8) || !nameWords) return s;
  }
  return nameWords.join(' ');
}
// Not "of", "and", "or": they hold a noun phrase together ("the status of a claim", "public or private channel").
const CUT_BEFORE = new Set(['on', 'in', 'for', 'by', 'with', 'from', 'at', 'to', 'near', 'via', 'within', 'across', 'into', 'over', 'under', 'that', 'which', 'including', 'given', 'using', 'as']);

/** The decisive difference between the chosen tool and a near-miss. */
export type Difference =
  /** Same object, another action: book_flight books, search_flights searches. */
  | { readonly kind: 'action'; readonly shared: string }
  /** Same action on another object: the forecast, not the current weather. */
  | { readonly kind: 'object' }
  /** Same action and object: a parameter only one of them takes (`has` the chosen one's, else `needs` the other's required one). */
  | { readonly kind: 'param'; readonly key: string; readonly side: 'has' | 'needs' };

export interface NearMiss {
  readonly chosen: ApiSpec;
  readonly other: ApiSpec;
  readonly diff: Difference;
}

function paramOverlap(a: ApiSpec, b: ApiSpec): number {
  const pa = Object.keys(a.parameters.properties);
  const pb = new Set(Object.keys(b.parameters.properties));
  if (pa.length === 0 || pb.size === 0) return 0;
  let shared = 0;
  for (const k of pa) if (pb.has(k)) shared++;
  return shared / (pa.length + pb.size - shared);
}

/** What two tools' names and schemas say of each other, worked out once per pair (the arguments aside). */
interface PairFacts {
  /** 0 when `other` is no near-miss of `chosen` (or a twin). */
  readonly score: number;
  /** The difference the names give, when they give one; else the parameters decide. */
  readonly diff?: Difference;
}
const pairs = new WeakMap<ApiSpec, WeakMap<ApiSpec, PairFacts>>();

function pairFacts(chosen: ApiSpec, other: ApiSpec): PairFacts {
  let row = pairs.get(chosen);
  if (!row) pairs.set(chosen, (row = new WeakMap()));
  let f = row.get(other);
  if (!f) row.set(other, (f = comparePair(chosen, other)));
  return f;
}

function comparePair(chosen: ApiSpec, other: ApiSpec): PairFacts {
  const c = nameParts(chosen);
  const o = nameParts(other);
  const shared = c.keys.filter((k) => o.keys.includes(k));
  const specific = shared.filter((k) => !GENERIC.has(k));
  const sameDomain = chosen.domain === other.domain;
  const sameAction = c.action !== undefined && c.action === o.action;
  const overlap = paramOverlap(chosen, other);
  // One shared word across domains is a coincidence (arm_home_alarm, estimate_home_value); two are not.
  const near = (specific.length > 0 && (sameDomain || specific.length > 1)) || (shared.length > 0 && sameDomain && sameAction) || (sameAction && sameDomain && overlap >= 0.5);
  // Twins are told apart by nothing, so never weighed (the pair alone: lineage through the pair's own names).
  if (!near || new TwinIndex([chosen, other]).twins(chosen, other)) return { score: 0 };
  const score = 3 * specific.length + shared.length + (sameAction ? 1 : 0) + (sameDomain ? 1 : 0) + overlap;
  const otherAction = c.action && o.action ? c.action !== o.action : c.verb !== undefined && o.verb !== undefined && c.verb !== o.verb;
  if (otherAction && shared.length > 0) {
    const words = c.object.split(' ').filter((w) => shared.includes(keyOf(w)));
    return { score, diff: { kind: 'action', shared: words.join(' ') || c.object } };
  }
  // Objects compared only between names that both read as verb + object.
  if (c.keys.join(' ') !== o.keys.join(' ') && c.verb && o.verb && c.object !== '' && o.object !== '') return { score, diff: { kind: 'object' } };
  return { score };
}

/** The difference between `chosen` called with `args` and `other`: the names', else a parameter only one takes. */
function differenceOf(f: PairFacts, other: ApiSpec, args: Readonly<Record<string, unknown>>): Difference | undefined {
  if (f.diff) return f.diff;
  const theirs = other.parameters.properties;
  for (const k in args) if (!(k in theirs)) return { kind: 'param', key: k, side: 'has' };
  const needs = (other.parameters.required ?? []).find((k) => !(k in args));
  // Nothing the request decides tells them apart: not worth a word.
  return needs === undefined ? undefined : { kind: 'param', key: needs, side: 'needs' };
}

/**
 * The closest near-miss among the shown tools not called (nor in `used`), against any of the
 * called ones, or undefined when none is close.
 */
export function nearMissOf(
  called: readonly { readonly api: ApiSpec; readonly args: Readonly<Record<string, unknown>> }[],
  shown: readonly ApiSpec[],
  used?: ReadonlySet<string>,
): NearMiss | undefined {
  let best: NearMiss | undefined;
  let bestScore = 0;
  for (const other of shown) {
    if (used?.has(other.name) || called.some((c) => c.api === other)) continue;
    for (const c of called) {
      const f = pairFacts(c.api, other);
      if (f.score <= bestScore) continue;
      const diff = differenceOf(f, other, c.args);
      if (diff) {
        bestScore = f.score;
        best = { chosen: c.api, other, diff };
      }
    }
  }
  return best;
}
