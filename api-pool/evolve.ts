/**
 * ToolACE's tool self-evolution, offline and deterministic from a seed.
 *
 * The pool starts with the seed APIs (validated and deduplicated) and grows by applying one
 * of four operators to an API already in the pool, so evolved APIs evolve further:
 *   - speciation: a new API for a sibling subdomain of the parent's domain (new subject,
 *     verb and parameters, description written for that subdomain);
 *   - adaptation: specialise (add optional parameters), generalise (drop some), constrain
 *     (formats, bounds, lengths), or change units (km → miles, °C → °F, USD → EUR ...);
 *   - evolution: nest flat parameters into objects, batch (arrays of objects), pagination
 *     (page/page_size or cursor), sorting, a filters object, or a versioned `_vN` variant
 *     with a changed shape;
 *   - renaming: synonym verbs and nouns in the name, a reworded description, synonyms for
 *     some parameter names.
 * Each candidate must pass validateApi, have a free name, and be neither an exact nor a near
 * duplicate (MinHash/LSH, incremental) of anything already in the pool, nor a twin (twins.ts) of
 * one: the same first sentence, or the same name but for another unit or currency suffix
 * (`_in_aud` beside `_in_cad`); otherwise it is discarded and counted. A variant's description
 * says what it changed, in its first sentence (evolve/traits.ts), so it is told from its parent. Every random choice comes from one Rng seeded from `seed`, and the
 * iteration order is fixed, so a seed always gives the same pool.
 *
 * This file is the engine; the operators are in evolve/, one per file, with the vocabularies,
 * naming and schema helpers they share.
 */
import { Rng, subSeed } from '../core/rng.js';
import { apiShingles, DEFAULT_NEAR_THRESHOLD, exactDigest, minhash, NearDuplicateIndex } from './dedup.js';
import { adaptation } from './evolve/adaptation.js';
import { evolution } from './evolve/evolution.js';
import { buildName, parseName } from './evolve/naming.js';
import { OPERATORS, type Candidate, type DomainInfo, type Meta, type Operator, type OpContext } from './evolve/operator.js';
import { renaming } from './evolve/renaming.js';
import { speciation } from './evolve/speciation.js';
import { describe, traitsFor } from './evolve/traits.js';
import { humanize, sentences } from './evolve/words.js';
import { firstSentence, unitStem } from './twins.js';
import type { ApiSpec, SeedDomain } from './types.js';
import { validateApi } from './validate.js';

export { OPERATORS, type Operator } from './evolve/operator.js';

/** How likely each operator is to be picked for an attempt. */
const OP_WEIGHTS: Record<Operator, number> = { speciation: 0.28, adaptation: 0.3, evolution: 0.27, renaming: 0.15 };

const APPLY: Record<Operator, (ctx: OpContext) => Candidate | null> = { speciation, adaptation, evolution, renaming };

export interface EvolveOptions {
  /** The taxonomy whose seed APIs start the pool. */
  readonly domains: readonly SeedDomain[];
  /** More seeds (e.g. imported); their domain need not be in `domains`. */
  readonly extraSeeds?: readonly ApiSpec[];
  /** Number of APIs wanted in the pool, seeds included. */
  readonly size: number;
  /** Every random choice derives from it. */
  readonly seed: number;
  /** Called after each API added to the pool. */
  readonly onProgress?: (done: number, size: number) => void;
  /** Near-duplicate Jaccard threshold. Default 0.8. */
  readonly threshold?: number;
}

export interface EvolveReport {
  /** Candidates produced by operators (seeds not counted). */
  generated: number;
  /** Candidates (and seeds) discarded by validateApi. */
  invalid: number;
  /** Candidates (and seeds) discarded as exact or near duplicates, or for a name already taken. */
  duplicates: number;
  /** Evolved APIs kept, per operator. */
  byOperator: Record<string, number>;
  /** Evolved APIs kept, per operator:variant (e.g. 'adaptation:units'). */
  byVariant: Record<string, number>;
  /** Seeds kept in the pool. */
  seeds: number;
  /** How many APIs short of `size` the pool is (0 when the size was reached). */
  shortfall: number;
  /** Why the pool is short, when it is. */
  note?: string;
}

export function evolvePool(opts: EvolveOptions): { apis: ApiSpec[]; report: EvolveReport } {
  const { size, seed } = opts;
  if (!Number.isInteger(size) || size < 0) throw new Error(`evolvePool: size must be a non-negative integer, got ${JSON.stringify(size)}`);
  if (!Number.isInteger(seed)) throw new Error(`evolvePool: seed must be an integer, got ${JSON.stringify(seed)}`);
  const rng = new Rng(subSeed(seed >>> 0, 'api-pool/evolve'));
  const index = new NearDuplicateIndex(opts.threshold ?? DEFAULT_NEAR_THRESHOLD);
  const exact = new Set<string>();
  const names = new Set<string>();
  const firstSentences = new Set<string>();
  const unitStems = new Set<string>();
  const pool: ApiSpec[] = [];
  const metaOf = new Map<string, Meta>();
  const children = new Map<string, number>();
  const byDomain = new Map<string, ApiSpec[]>();
  const report: EvolveReport = { generated: 0, invalid: 0, duplicates: 0, byOperator: Object.fromEntries(OPERATORS.map((o) => [o, 0])), byVariant: {}, seeds: 0, shortfall: 0 };

  const domains = new Map<string, DomainInfo>();
  for (const d of opts.domains) domains.set(d.name, { name: d.name, description: d.description, subdomains: d.subdomains });
  for (const api of opts.extraSeeds ?? []) {
    const d = domains.get(api.domain);
    if (!d) domains.set(api.domain, { name: api.domain, description: `${humanize(api.domain)} APIs`, subdomains: api.subdomain ? [{ name: api.subdomain, description: humanize(api.subdomain) }] : [] });
    else if (api.subdomain && !d.subdomains.some((s) => s.name === api.subdomain)) {
      domains.set(api.domain, { ...d, subdomains: [...d.subdomains, { name: api.subdomain, description: humanize(api.subdomain) }] });
    }
  }

  /** Try to add; returns false (and counts why) when invalid or duplicate (for an evolved API, a twin too). */
  const tryAdd = (api: ApiSpec, meta: Meta, evolved = false): boolean => {
    const sentence = firstSentence(api.description);
    const { stem, unit } = unitStem(api.name);
    if (names.has(api.name) || (evolved && (firstSentences.has(sentence) || (unit !== undefined && unitStems.has(stem))))) {
      report.duplicates++;
      return false;
    }
    if (validateApi(api).length > 0) {
      report.invalid++;
      return false;
    }
    const key = exactDigest(api);
    if (exact.has(key)) {
      report.duplicates++;
      return false;
    }
    const sig = minhash(apiShingles(api));
    if (index.query(sig)) {
      report.duplicates++;
      return false;
    }
    exact.add(key);
    index.add(api.name, sig);
    names.add(api.name);
    firstSentences.add(sentence);
    if (unit !== undefined) unitStems.add(stem);
    pool.push(api);
    metaOf.set(api.name, meta);
    let list = byDomain.get(api.domain);
    if (!list) byDomain.set(api.domain, (list = []));
    list.push(api);
    opts.onProgress?.(pool.length, size);
    return true;
  };

  const seeds = [...opts.domains.flatMap((d) => d.apis), ...(opts.extraSeeds ?? [])];
  for (const api of seeds) {
    if (pool.length >= size) break;
    const parsed = parseName(api.name ?? '');
    const [lead = '', ...rest] = sentences(api.description ?? '');
    if (tryAdd(api, { ...parsed, lead, rest: rest.join(' '), traits: [] })) report.seeds++;
  }

  const maxAttempts = size * 40 + 1000;
  let attempts = 0;
  while (pool.length < size && byDomain.size > 0 && attempts < maxAttempts) {
    attempts++;
    const domainName = rng.pick([...byDomain.keys()]);
    const list = byDomain.get(domainName)!;
    const a = rng.pick(list);
    const b = rng.pick(list);
    const parent = (children.get(a.name) ?? 0) <= (children.get(b.name) ?? 0) ? a : b;
    const op = rng.weighted(OP_WEIGHTS);
    const domain = domains.get(parent.domain) ?? { name: parent.domain, description: parent.domain, subdomains: [] };
    const cand = APPLY[op]({ parent, meta: metaOf.get(parent.name)!, domain, rng });
    if (!cand) continue;
    report.generated++;
    let name: string | undefined;
    let qual: readonly string[] = [];
    for (const q of cand.quals) {
      const n = buildName(cand.verb, cand.core, q);
      if (n && !names.has(n) && n !== parent.name) {
        name = n;
        qual = q;
        break;
      }
    }
    if (!name) {
      report.duplicates++;
      continue;
    }
    const traits = traitsFor(cand.traits, cand.own, cand.parameters);
    const description = describe(cand.lead, traits, cand.own, cand.rest);
    const api: ApiSpec = {
      name,
      domain: parent.domain,
      ...(cand.subdomain ? { subdomain: cand.subdomain } : {}),
      description,
      parameters: cand.parameters as unknown as ApiSpec['parameters'],
      returns: cand.returns,
      origin: `evolved:${cand.operator}:${parent.name}`,
    };
    const meta: Meta = { verb: cand.verb, core: cand.core, qual: [...qual], lead: cand.lead, rest: cand.rest, traits };
    if (tryAdd(api, meta, true)) {
      children.set(parent.name, (children.get(parent.name) ?? 0) + 1);
      report.byOperator[cand.operator] = (report.byOperator[cand.operator] ?? 0) + 1;
      const vk = `${cand.operator}:${cand.variant}`;
      report.byVariant[vk] = (report.byVariant[vk] ?? 0) + 1;
    }
  }
  report.shortfall = Math.max(0, size - pool.length);
  if (report.shortfall > 0) {
    report.note =
      byDomain.size === 0
        ? 'no valid seed API to evolve from'
        : `stopped after ${attempts} attempts: the operators could not produce ${report.shortfall} more distinct valid APIs from these seeds`;
  }
  return { apis: pool, report };
}
