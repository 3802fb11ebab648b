/**
 * Duplicate detection for API pools.
 *
 * Exact duplicates: the same canonical JSON (sorted keys) of the whole API except `origin`
 * (the same tool imported twice from two files is one tool).
 *
 * Near duplicates: MinHash over a shingle set, LSH banding to find candidates, and the
 * Jaccard similarity estimated from the signatures. Shingles (namespaced so a name token and
 * a parameter token never collide):
 *   - `d:` word 3-grams of the description (its words when it has fewer than three),
 *   - `n:` tokens of the name (snake_case, kebab-case and camelCase split),
 *   - `p:` tokens of every parameter name, nested ones included.
 * Everything is deterministic: 128 hash functions from a fixed seed, no Math.random.
 */
import { createHash } from 'node:crypto';
import { mix32 } from '../core/rng.js';
import { Rng } from '../core/rng.js';
import type { ApiSpec } from './types.js';
import { canonicalJson } from '../core/canonical-json.js';

export const DEFAULT_NEAR_THRESHOLD = 0.8;
export const NUM_HASHES = 128;

export interface RemovedApi {
  api: ApiSpec;
  /** Name of the kept API this one duplicates. */
  duplicateOf: string;
  kind: 'exact' | 'near';
  /** Estimated Jaccard similarity of the shingle sets (1 for exact duplicates). */
  similarity: number;
}

export interface DedupOptions {
  /** Jaccard similarity at or above which two APIs are near duplicates. Default 0.8. */
  threshold?: number;
}


/** FNV-1a over UTF-16 code units, finalised with mix32. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

const HASH_SEEDS: Uint32Array = (() => {
  const rng = new Rng(0x70f0f0e1);
  const out = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) out[i] = Math.floor(rng.next() * 0x100000000) >>> 0;
  return out;
})();

/** Split an identifier into lowercase words: `getUserID_v2` → get, user, id, v2. */
export function identifierTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

function textWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function collectPropertyNames(schema: unknown, out: string[], depth = 0): void {
  if (depth > 12 || typeof schema !== 'object' || schema === null) return;
  const s = schema as Record<string, unknown>;
  const props = s.properties;
  if (props && typeof props === 'object' && !Array.isArray(props)) {
    for (const [k, v] of Object.entries(props)) {
      out.push(k);
      collectPropertyNames(v, out, depth + 1);
    }
  }
  if (s.items) collectPropertyNames(s.items, out, depth + 1);
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    const v = s[k];
    if (Array.isArray(v)) for (const sub of v) collectPropertyNames(sub, out, depth + 1);
  }
}

/** The shingle set MinHash is computed over (see the module comment). */
export function apiShingles(api: ApiSpec): Set<string> {
  const out = new Set<string>();
  for (const t of identifierTokens(api.name ?? '')) out.add(`n:${t}`);
  const words = textWords(api.description ?? '');
  if (words.length < 3) for (const w of words) out.add(`d:${w}`);
  else for (let i = 0; i + 2 < words.length; i++) out.add(`d:${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  const names: string[] = [];
  collectPropertyNames(api.parameters, names);
  for (const n of names) for (const t of identifierTokens(n)) out.add(`p:${t}`);
  return out;
}

/** MinHash signature of a shingle set (NUM_HASHES 32-bit minima). */
export function minhash(shingles: Iterable<string>): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const sh of shingles) {
    const x = hashString(sh);
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = mix32(x ^ HASH_SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) eq++;
  return eq / NUM_HASHES;
}

/** Rows per band: the most selective banding that still catches a pair at the threshold with P ≥ 0.995. */
function rowsFor(threshold: number): number {
  let best = 1;
  for (const r of [1, 2, 4, 8, 16, 32]) {
    const b = NUM_HASHES / r;
    const p = 1 - Math.pow(1 - Math.pow(threshold, r), b);
    if (p >= 0.995) best = r;
  }
  return best;
}

/**
 * An incremental LSH index over MinHash signatures: add APIs one by one and ask, for a new
 * one, which indexed API it is most similar to (at or above the threshold).
 */
export class NearDuplicateIndex {
  readonly threshold: number;
  readonly #rows: number;
  readonly #bands: number;
  readonly #buckets = new Map<number, number[]>();
  readonly #sigs: Uint32Array[] = [];
  readonly #names: string[] = [];

  constructor(threshold = DEFAULT_NEAR_THRESHOLD) {
    if (!(threshold > 0 && threshold <= 1)) throw new Error(`near-duplicate threshold must be in (0, 1], got ${JSON.stringify(threshold)}`);
    this.threshold = threshold;
    this.#rows = rowsFor(threshold);
    this.#bands = NUM_HASHES / this.#rows;
  }

  get size(): number {
    return this.#sigs.length;
  }

  #bandKey(sig: Uint32Array, band: number): number {
    let h = mix32(band + 0x9e3779b9);
    const start = band * this.#rows;
    for (let i = start; i < start + this.#rows; i++) h = mix32(h ^ sig[i]) + 0x632be5ab;
    return h >>> 0;
  }

  /** The most similar indexed API at or above the threshold (earliest on ties), if any. */
  query(sig: Uint32Array): { name: string; similarity: number } | undefined {
    let bestId = -1;
    let bestSim = -1;
    const seen = new Set<number>();
    for (let b = 0; b < this.#bands; b++) {
      const bucket = this.#buckets.get(this.#bandKey(sig, b));
      if (!bucket) continue;
      for (const id of bucket) {
        if (seen.has(id)) continue;
        seen.add(id);
        const sim = signatureSimilarity(sig, this.#sigs[id]);
        if (sim >= this.threshold && (sim > bestSim || (sim === bestSim && id < bestId))) {
          bestSim = sim;
          bestId = id;
        }
      }
    }
    return bestId < 0 ? undefined : { name: this.#names[bestId], similarity: bestSim };
  }

  add(name: string, sig: Uint32Array): void {
    const id = this.#sigs.length;
    this.#sigs.push(sig);
    this.#names.push(name);
    for (let b = 0; b < this.#bands; b++) {
      const key = this.#bandKey(sig, b);
      const bucket = this.#buckets.get(key);
      if (bucket) bucket.push(id);
      else this.#buckets.set(key, [id]);
    }
  }
}

/** The exact-duplicate key: canonical JSON of the API without `origin`. */
export function exactKey(api: ApiSpec): string {
  const { origin: _origin, ...rest } = api;
  return canonicalJson(rest);
}

/** The exact-duplicate key as a SHA-1 digest: a pool of thousands keeps 28 characters per API instead of its whole JSON. */
export function exactDigest(api: ApiSpec): string {
  return createHash('sha1').update(exactKey(api)).digest('base64');
}

/**
 * Remove exact and near duplicates, keeping the first occurrence. The result depends only on
 * the input order, so it is stable across runs.
 */
export function dedupApis(apis: readonly ApiSpec[], opts: DedupOptions = {}): { kept: ApiSpec[]; removed: RemovedApi[] } {
  const index = new NearDuplicateIndex(opts.threshold ?? DEFAULT_NEAR_THRESHOLD);
  const exact = new Map<string, string>();
  const kept: ApiSpec[] = [];
  const removed: RemovedApi[] = [];
  for (const api of apis) {
    const key = exactDigest(api);
    const first = exact.get(key);
    if (first !== undefined) {
      removed.push({ api, duplicateOf: first, kind: 'exact', similarity: 1 });
      continue;
    }
    const sig = minhash(apiShingles(api));
    const near = index.query(sig);
    if (near) {
      removed.push({ api, duplicateOf: near.name, kind: 'near', similarity: near.similarity });
      continue;
    }
    exact.set(key, api.name);
    index.add(api.name, sig);
    kept.push(api);
  }
  return { kept, removed };
}

/** Share of APIs (0..1) that have a near duplicate (or an exact one) earlier in the list. */
export function nearDuplicateRate(apis: readonly ApiSpec[], threshold = DEFAULT_NEAR_THRESHOLD): number {
  if (apis.length === 0) return 0;
  const index = new NearDuplicateIndex(threshold);
  let dups = 0;
  for (const api of apis) {
    const sig = minhash(apiShingles(api));
    if (index.query(sig)) dups++;
    index.add(api.name, sig);
  }
  return dups / apis.length;
}
