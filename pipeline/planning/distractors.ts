/**
 * The toolset shown with an item: the tools most like each target (same subdomain and domain,
 * overlapping names, descriptions and parameters) as hard distractors, but never a twin of a
 * target or of another shown tool (api-pool/twins.ts: the same first sentence or clause, the
 * same name but for a unit, currency or synonym, the same lineage in an evolved pool). A twin
 * does what the target does, so offering both leaves the model to guess; a hard distractor
 * looks alike and does something else.
 */
import { twinIndexOf } from '../../api-pool/twins.js';
import type { ApiSpec } from '../../api-pool/types.js';
import type { ItemPlan } from '../../core/plan.js';
import type { Rng } from '../../core/rng.js';
import { GENERIC_TOKENS, nameTokens, subKey, type Eligible, type Feat } from './eligible.js';
import { finish, type Planning, type Shape } from './item-plan.js';

const STOP = new Set(['with', 'that', 'this', 'from', 'into', 'when', 'user', 'users', 'asks', 'about', 'them', 'their', 'your', 'have', 'which', 'such', 'each', 'only', 'also', 'use', 'using', 'returns', 'return', 'given', 'specific']);

/** Words are shared by many tools: one string each, whatever the number of tools that hold it. */
const interned = new Map<string, string>();
function intern(w: string): string {
  let x = interned.get(w);
  if (x === undefined) interned.set(w, (x = w));
  return x;
}

/**
 * A small set of words kept as a sorted array of interned strings: a Set costs about four times
 * the memory, and every generating thread keeps three per tool of a pool of thousands.
 */
class WordSet implements ReadonlySet<string> {
  readonly #words: readonly string[];
  constructor(words: Iterable<string>) {
    this.#words = [...new Set(words)].map(intern).sort();
  }
  get size(): number {
    return this.#words.length;
  }
  has(w: string): boolean {
    let lo = 0;
    let hi = this.#words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = this.#words[mid];
      if (x === w) return true;
      if (x < w) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.#words) fn.call(thisArg, w, w, this);
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.#words.values() as unknown as SetIterator<string>;
  }
  keys(): SetIterator<string> {
    return this[Symbol.iterator]();
  }
  values(): SetIterator<string> {
    return this[Symbol.iterator]();
  }
  entries(): SetIterator<[string, string]> {
    return this.#words.map((w): [string, string] => [w, w]).values() as unknown as SetIterator<[string, string]>;
  }
}

/** The name tokens, description words and parameter names of a tool (cached in the index). */
export function featOf(E: Eligible, t: ApiSpec): Feat {
  let f = E.feats.get(t);
  if (!f) {
    const desc: string[] = [];
    for (const w of t.description.toLowerCase().split(/[^a-z0-9]+/, 40)) if (w.length > 3 && !STOP.has(w)) desc.push(w);
    f = { name: new WordSet(nameTokens(t.name).filter((x) => !GENERIC_TOKENS.has(x))), desc: new WordSet(desc), params: new WordSet(Object.keys(t.parameters.properties)) };
    E.feats.set(t, f);
  }
  return f;
}

/** The Jaccard similarity of two sets (0 when either is empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

const SIMILAR_KEEP = 16;
const CANDIDATES_PER_TOKEN = 40;
const MAX_CANDIDATES = 240;

/**
 * The tools most like `t` (same subdomain, same domain, name / description / parameter overlap),
 * best first, none a twin of `t` or of a better one; cached.
 */
export function similarTo(E: Eligible, t: ApiSpec): readonly ApiSpec[] {
  let s = E.similar.get(t);
  if (s) return s;
  // Candidates: the subdomain, then the domain and tools sharing a name token, capped (pools of thousands).
  const cands = new Set<ApiSpec>((E.bySub.get(subKey(t)) ?? []).slice(0, MAX_CANDIDATES));
  const addFrom = (list: readonly ApiSpec[], cap: number): void => {
    const step = Math.max(1, Math.floor(list.length / cap));
    for (let i = (t.name.length * 7) % step; i < list.length && cands.size < MAX_CANDIDATES; i += step) cands.add(list[i]);
  };
  addFrom(E.byDomain.get(t.domain) ?? [], MAX_CANDIDATES / 2);
  for (const tok of featOf(E, t).name) addFrom(E.nameIndex.get(tok) ?? [], CANDIDATES_PER_TOKEN);
  cands.delete(t);
  const ft = featOf(E, t);
  const scored: [number, ApiSpec][] = [];
  for (const c of cands) {
    const fc = featOf(E, c);
    let score = 0;
    if (c.domain === t.domain) score += t.subdomain !== undefined && c.subdomain === t.subdomain ? 5 : 4;
    score += 2 * jaccard(ft.name, fc.name) + 1.5 * jaccard(ft.desc, fc.desc) + jaccard(ft.params, fc.params);
    scored.push([score, c]);
  }
  scored.sort((a, b) => b[0] - a[0] || (a[1].name < b[1].name ? -1 : 1));
  const twins = twinIndexOf(E.list);
  const kept: ApiSpec[] = [t];
  for (const [, c] of scored) {
    if (kept.length > SIMILAR_KEEP) break;
    if (!twins.twinOfAny(c, kept)) kept.push(c);
  }
  s = kept.slice(1);
  E.similar.set(t, s);
  return s;
}

/**
 * k distinct items of `items` that pass `accept`, `count` of them doing so. When candidates
 * are plentiful, drawing indices until k distinct ones pass beats copying a list of thousands.
 */
export function sampleWhere<T>(rng: Rng, items: readonly T[], k: number, count: number, accept: (t: T) => boolean): T[] {
  k = Math.min(k, count);
  if (k <= 0) return [];
  if (count < k * 4 || count * 4 < items.length) return rng.sample(items.filter(accept), k);
  const picked: number[] = [];
  for (let tries = 0; picked.length < k && tries < k * 50; tries++) {
    const i = Math.floor(rng.next() * items.length);
    if (!picked.includes(i) && accept(items[i])) picked.push(i);
  }
  return picked.map((i) => items[i]);
}

/**
 * Hard distractors for `targets`: drawn from the most similar tools of each target (same
 * subdomain and domain first, overlapping names, descriptions and parameters), then from
 * the targets' domain, then from anywhere; none a twin of a target or of another distractor
 * (lineages followed over the whole pool). `reject` excludes tools (irrelevance: any that fits).
 */
export function pickDistractors(p: Planning, targets: readonly ApiSpec[], k: number, reject?: (t: ApiSpec) => boolean): ApiSpec[] {
  const { E, rng } = p;
  const twins = twinIndexOf(p.pool.list);
  const taken = new Set<ApiSpec>(targets);
  const ok = (t: ApiSpec): boolean => !taken.has(t) && !(reject?.(t) ?? false) && !twins.twinOfAny(t, taken);
  const out: ApiSpec[] = [];
  const take = (t: ApiSpec): void => {
    out.push(t);
    taken.add(t);
  };
  if (k <= 0) return out;
  const cands: ApiSpec[] = [];
  const lists = targets.map((t) => similarTo(E, t));
  for (let i = 0; i < SIMILAR_KEEP; i++) for (const l of lists) if (i < l.length && ok(l[i]) && !cands.includes(l[i])) cands.push(l[i]);
  // The hardest one, then some variety: the rest out of the best 2k.
  if (cands.length > 0) take(cands[0]);
  for (const t of rng.shuffle(cands.slice(1, Math.max(k * 2, 2)))) if (out.length < k && ok(t)) take(t);
  // Then the domain, then anywhere: one at a time, each checked against those already taken.
  for (const list of [E.byDomain.get(targets[0].domain) ?? [], E.list]) {
    while (out.length < k) {
      const [t] = sampleWhere(rng, list, 1, Math.max(0, list.length - taken.size), ok);
      if (t === undefined) break;
      take(t);
    }
  }
  return out;
}

/** The plan of a request whose targets are shown among `k` hard distractors. */
export function finishShown(p: Planning, s: Omit<Shape, 'distractors' | 'showTargets'>, k = p.opts.distractors): ItemPlan {
  return finish(p, { ...s, distractors: pickDistractors(p, s.targets, k), showTargets: true });
}
