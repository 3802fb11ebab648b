/**
 * What a second-language user asks a tool for: its object in the language (the lexicon's noun
 * for the English object of its name, user/intent.ts), the verbs people use for its action
 * (verbs.ts), and the verb phrase a frame puts around them: "buscar ofertas de vuelo␁",
 * "ruf den Kontostand␁ ab", "Flugangebote␁ zu suchen". Worked out once per API and language.
 */
import type { ApiSpec } from '../../../../api-pool/types.js';
import type { Pick } from '../../text.js';
import { intentOf } from '../intent.js';
import type { Topic, VP } from './grammar.js';
import { np, pp } from './morph.js';
import { nounFor } from './nouns.js';
import type { Lang, Noun, Verb } from './types.js';
import { verbsFor } from './verbs.js';

export interface Asking {
  readonly verbs: readonly Verb[];
  readonly noun: Noun;
  /** The tool is about many of its objects (English plural, and the language has a plural). */
  readonly plural: boolean;
  /** The user's own thing ("mi pedido"). */
  readonly mine: boolean;
  /** A search or a listing (questions "¿Hay ...?"), not one thing looked up. */
  readonly search: boolean;
  /** A look-up or a search: the user may ask it as a question or a stated need. */
  readonly asks: boolean;
}

/** Things searched in rather than searched for. */
const CONTAINERS = /(^| )(mailbox|catalog|catalogue|registry|database|archive|index|directory|library|repository|marketplace|store|feed|timeline)$/;

const cache = new WeakMap<ApiSpec, Map<Lang, Asking | null>>();

/** How `lang` asks for `api`, or undefined when its object is not in the tables. */
export function askingOf(api: ApiSpec, lang: Lang): Asking | undefined {
  let m = cache.get(api);
  if (!m) cache.set(api, (m = new Map()));
  let a = m.get(lang);
  if (a === undefined) {
    a = build(api, lang) ?? null;
    m.set(lang, a);
  }
  return a ?? undefined;
}

function build(api: ApiSpec, lang: Lang): Asking | undefined {
  const it = intentOf(api);
  const noun = nounFor(lang, it.one, api.domain);
  if (!noun) return undefined;
  const searchIn = it.cls === 'search' && !it.plural && CONTAINERS.test(it.one);
  // A code is applied ("aplicar el código"), a permit applied for ("solicitar el permiso").
  const verbs = verbsFor(lang, it.verb === 'apply' && /\bcode$/.test(it.one) ? 'apply-code' : it.verb, it.cls, searchIn);
  const plural = noun.pluralOnly === true || (it.plural && noun.singularOnly !== true);
  const mine = it.you.some((y) => / my /.test(` ${y} `));
  const search = (it.cls === 'search' || it.cls === 'list') && !searchIn;
  // A read asks ("¿Cuál es ...?"); a few tools read as reads in English start something instead ("initiate a transfer").
  const reads = it.cls === 'read' && !/^(initiate|declare|grade|start|trigger|submit|launch|open|file)$/.test(it.verb ?? '');
  return { verbs, noun, plural, mine, search, asks: search || reads || searchIn };
}

/** The object as a verb's slot wants it: the thing (T), a new one (A), several (P). */
function objectOf(lang: Lang, a: Asking, verb: Verb, mine: boolean): string {
  const n = a.noun;
  const det = verb.slot === 'T' ? (mine ? 'my' : 'def') : 'indef';
  const plural = verb.slot === 'P' ? n.singularOnly !== true : a.plural;
  return pp(lang, verb.prep ?? '', n, det, plural, 'acc');
}

/** A verb phrase around `args` (a details placeholder or the details themselves). */
export function vpOf(lang: Lang, a: Asking, verb: Verb, args: string, pick?: Pick): VP {
  const mine = a.mine && (pick ? pick([true, false]) : false);
  const obj = `${objectOf(lang, a, verb, mine)}${args}`;
  if (lang === 'de') return { inf: `${obj} ${verb.inf}`, imp: `${verb.imp} ${obj}${verb.particle ? ` ${verb.particle}` : ''}`, zu: `${obj} ${verb.zu}` };
  return { inf: `${verb.inf} ${obj}`, imp: `${verb.imp} ${obj}`, zu: `${verb.inf} ${obj}` };
}

/** The object as questions and stated needs name it. */
export function topicOf(lang: Lang, a: Asking): Topic {
  const n = a.noun;
  const many = a.search ? n.singularOnly !== true : a.plural;
  const det = a.mine ? 'my' : 'def';
  return { the: np(lang, n, det, many), theNom: np(lang, n, det, many, 'nom'), a: np(lang, n, 'indef', many), plural: many || n.pluralOnly === true, noun: n };
}
