/**
 * Twins: tools a reader cannot tell apart from their definitions, so an item that offers both
 * asks the model to guess. Two tools are twins when they share
 *   - their first sentence, or their first clause (up to the first `,` `;` `:` or `(`),
 *   - their name once verbs and nouns are taken by meaning (get/fetch/retrieve, car/vehicle)
 *     and a unit, currency or version suffix is dropped (`get_tv_season_in_aud`,
 *     `get_tv_season_in_cad`, `fetch_tv_season`, `get_tv_season_v2`), or
 *   - their lineage in an evolved pool: a variant (adaptation, evolution, renaming) does what
 *     its parent does, with another shape, unit or name; speciation starts a new lineage.
 * Each tool gets a few keys; twins share one.
 */
import { identifierTokens } from './dedup.js';
import { NOUN_INDEX } from './evolve/synonyms.js';
import { VERB_CLASS_OF } from './evolve/verbs.js';
import type { ApiSpec } from './types.js';

/** Name suffixes that only say a unit, a currency or a unit system. */
export const UNIT_SUFFIXES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'chf', 'inr', 'brl', 'cny', 'mxn',
  'km', 'miles', 'mi', 'celsius', 'fahrenheit', 'kg', 'lb', 'lbs', 'pounds', 'feet', 'ft', 'meters', 'metres', 'inches', 'cm',
  'gallons', 'liters', 'litres', 'hours', 'minutes', 'mwh', 'kwh', 'metric', 'imperial',
]);

const words = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The first sentence of a description, as lowercase words. */
export function firstSentence(description: string): string {
  return words(description.split(/(?<=[.!?])\s+/, 1)[0] ?? '');
}

/** The first clause of a description (up to the first `,` `;` `:` `(` or the end of the first sentence), as lowercase words. */
export function firstClause(description: string): string {
  return words(description.split(/[,;:(]|(?<=[.!?])\s+/, 1)[0] ?? '');
}

/** A name without its unit or currency suffix (`get_tv_season_in_aud` → get_tv_season), and the unit dropped. */
export function unitStem(name: string): { stem: string; unit: string | undefined } {
  const t = identifierTokens(name);
  let unit: string | undefined;
  if (t.length > 1 && UNIT_SUFFIXES.has(t[t.length - 1])) {
    unit = t.pop();
    if (t.length > 1 && t[t.length - 1] === 'in') t.pop();
  }
  return { stem: t.join('_'), unit };
}

/** A name by meaning: verb as its action class, nouns as their synonym group, no unit or version suffix. */
export function nameKey(name: string): string {
  const t = identifierTokens(unitStem(name).stem).filter((x, i, all) => !(i === all.length - 1 && i > 0 && /^v\d+$/.test(x)));
  return t
    .map((x, i) => {
      if (i === 0 && VERB_CLASS_OF.has(x)) return `<${VERB_CLASS_OF.get(x)}>`;
      const group = NOUN_INDEX.get(x) ?? NOUN_INDEX.get(x.replace(/s$/, ''));
      return group ? group[0] : x;
    })
    .join('_');
}

const VARIANT_OF = /^evolved:(?:adaptation|evolution|renaming):(.+)$/;

/** A 53-bit hash of a key: pools hold thousands of tools and each thread keeps their keys, so numbers rather than sentences. */
function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 2 ** 21 + ((b >>> 0) >>> 11);
}

/** The keys a tool has whatever list it is in: its first sentence, first clause and name by meaning. */
const textKeys = new WeakMap<ApiSpec, readonly number[]>();
function keysOfText(api: ApiSpec): readonly number[] {
  let k = textKeys.get(api);
  if (!k) {
    // Keys too short to tell anything (a clause of one or two words, a bare verb) are left out.
    const sentence = firstSentence(api.description);
    const clause = firstClause(api.description);
    const name = nameKey(api.name);
    k = [
      ...(sentence.split(' ').length >= 3 ? [hash53(`s:${sentence}`)] : []),
      ...(clause.split(' ').length >= 3 ? [hash53(`c:${clause}`)] : []),
      ...(name.includes('_') ? [hash53(`n:${name}`)] : []),
    ];
    textKeys.set(api, k);
  }
  return k;
}

/** Twins among the tools of a list, lineages followed within the list. */
export class TwinIndex {
  readonly #byName = new Map<string, ApiSpec>();
  /** Every tool's keys (its text keys and its lineage), computed when first asked. */
  readonly #keys = new Map<ApiSpec, readonly number[]>();

  constructor(list: readonly ApiSpec[]) {
    for (const api of list) this.#byName.set(api.name, api);
  }

  /** The first tool of `api`'s lineage found in the list (or named by the last origin followed), hashed. */
  #root(api: ApiSpec): number {
    const seen = new Set<string>([api.name]);
    let name = api.name;
    let origin = api.origin;
    for (let m = VARIANT_OF.exec(origin); m && !seen.has(m[1]); m = VARIANT_OF.exec(origin)) {
      name = m[1];
      seen.add(name);
      const parent = this.#byName.get(name);
      if (!parent) break;
      origin = parent.origin;
    }
    return hash53(`l:${name}`);
  }

  /** The tool's keys (hashed): twins share one. */
  keys(api: ApiSpec): readonly number[] {
    let k = this.#keys.get(api);
    if (!k) this.#keys.set(api, (k = [...keysOfText(api), this.#root(api)]));
    return k;
  }

  twins(a: ApiSpec, b: ApiSpec): boolean {
    if (a === b) return true;
    const ka = this.keys(a);
    const kb = this.keys(b);
    for (let i = 0; i < ka.length; i++) for (let j = 0; j < kb.length; j++) if (ka[i] === kb[j]) return true;
    return false;
  }

  /** Whether `a` is a twin of any tool of `others` (itself excepted). */
  twinOfAny(a: ApiSpec, others: Iterable<ApiSpec>): boolean {
    for (const o of others) if (o !== a && this.twins(a, o)) return true;
    return false;
  }
}

const indexes = new WeakMap<readonly ApiSpec[], TwinIndex>();

/** The TwinIndex of a list, built once per list object. */
export function twinIndexOf(list: readonly ApiSpec[]): TwinIndex {
  let ix = indexes.get(list);
  if (!ix) indexes.set(list, (ix = new TwinIndex(list)));
  return ix;
}
