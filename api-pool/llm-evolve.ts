/**
 * Tool self-evolution with a model (ToolACE's LLM path): for a node of the domain tree, the
 * `evolver` role is shown examples from a buffer of APIs already in the pool and the diversity
 * targets, and asked for new APIs. Every answer is checked like any import (validateApi, unique
 * name, exact and near-duplicate) and what fails is reported with its reasons, never dropped
 * silently. Deterministic in what it asks (every choice from the seed); with the response cache,
 * a build run again repeats no call.
 */
import type { LlmClient } from '../llm/index.js';
import { Rng, subSeed } from '../core/rng.js';
import { apiShingles, DEFAULT_NEAR_THRESHOLD, exactKey, minhash, NearDuplicateIndex } from './dedup.js';
import type { ApiSpec, SeedDomain } from './types.js';
import { EVOLVER_ANSWER_SCHEMA, objectJsonSchema, offeredForm, type OfferedApi } from './llm-evolve-schema.js';
import { validateApi } from './validate.js';

/** The static part first, so server-side prefix caches hit. */
export const EVOLVER_SYSTEM = [
  'You design realistic web APIs for a dataset that teaches models to call tools.',
  'Given a domain, a subdomain, example APIs and diversity targets, write NEW APIs for that subdomain:',
  'different purposes from the examples (not renamings), snake_case names matching ^[a-zA-Z0-9_-]{1,64}$,',
  'a clear description, `parameters` (the arguments) and `returns` (the response), each an object schema',
  '{"type": "object", "properties": {NAME: PROPERTY, ...}} where every PROPERTY has a "type", a "description"',
  'and "required": true or false; strings may have a "format" or an "enum", numbers "minimum"/"maximum",',
  'arrays "items" (a scalar or a flat object), objects "properties" of scalars.',
  'Use enums, bounds, formats, arrays and nested objects where they fit.',
  'Answer with JSON: {"apis": [...]}',
].join('\n');

export { EVOLVER_ANSWER_SCHEMA } from './llm-evolve-schema.js';

/** What a model is asked to vary, one picked per request (ToolACE's diversity targets). */
const TARGETS = [
  'a read operation with filtering, sorting and pagination parameters',
  'a write operation that creates or updates a resource, with a nested object parameter',
  'an operation taking an array of objects (a batch)',
  'an operation with enums and numeric bounds that narrow what it returns',
  'a destructive or costly operation (delete, cancel, pay, send) that needs an explicit id',
  'an operation with date or date-time ranges',
  'a lookup by a code with a strict pattern (e.g. ISO codes, identifiers)',
  'an aggregate or statistics operation over a time window',
] as const;

export interface LlmEvolveOptions {
  readonly domains: readonly SeedDomain[];
  readonly extraSeeds?: readonly ApiSpec[];
  /** APIs wanted, seeds included. */
  readonly size: number;
  readonly seed: number;
  readonly client: LlmClient;
  /** Requests in flight at once (the client's governor bounds each endpoint further). Default 8. */
  readonly concurrency?: number;
  /** APIs asked for per request. Default 3. */
  readonly perRequest?: number;
  /** Requests made at most, so a model that keeps failing cannot run up a bill. Default 4 × size / perRequest + 20. */
  readonly maxRequests?: number;
  readonly onProgress?: (done: number, size: number) => void;
  /** Every API an answer offered that did not make it into the pool, and why. */
  readonly onSkip?: (skip: { name: string; request: number; problem: string }) => void;
}

export interface LlmEvolveReport {
  readonly seeds: number;
  readonly requests: number;
  readonly offered: number;
  readonly added: number;
  readonly invalid: number;
  readonly duplicates: number;
  readonly failedRequests: number;
  readonly shortfall: number;
}

export async function evolvePoolLlm(opts: LlmEvolveOptions): Promise<{ apis: ApiSpec[]; report: LlmEvolveReport }> {
  const perRequest = opts.perRequest ?? 3;
  const maxRequests = opts.maxRequests ?? Math.ceil((4 * opts.size) / perRequest) + 20;
  const index = new NearDuplicateIndex(DEFAULT_NEAR_THRESHOLD);
  const exact = new Set<string>();
  const pool: ApiSpec[] = [];
  const names = new Set<string>();
  const byNode = new Map<string, ApiSpec[]>();
  const counts = { seeds: 0, requests: 0, offered: 0, added: 0, invalid: 0, duplicates: 0, failedRequests: 0 };

  const add = (api: ApiSpec, request: number): boolean => {
    const problems = validateApi(api);
    let problem: string | undefined;
    if (names.has(api.name)) problem = `name ${api.name} is already in the pool`;
    else if (problems.length > 0) problem = problems.map((p) => `${p.pointer || '/'} ${p.problem}`).join('; ');
    if (problem === undefined) {
      const sig = minhash(apiShingles(api));
      const near = index.query(sig);
      if (exact.has(exactKey(api))) problem = 'exact duplicate of an API in the pool';
      else if (near) problem = `near duplicate of ${near.name} (similarity ${near.similarity.toFixed(2)})`;
      else index.add(api.name, sig);
    }
    if (problem !== undefined) {
      if (problems.length > 0) counts.invalid++;
      else counts.duplicates++;
      opts.onSkip?.({ name: api.name, request, problem });
      return false;
    }
    exact.add(exactKey(api));
    names.add(api.name);
    pool.push(api);
    const node = `${api.domain}/${api.subdomain ?? ''}`;
    (byNode.get(node) ?? byNode.set(node, []).get(node)!).push(api);
    opts.onProgress?.(pool.length, opts.size);
    return true;
  };

  for (const api of [...opts.domains.flatMap((d) => d.apis), ...(opts.extraSeeds ?? [])]) {
    if (pool.length >= opts.size) break;
    if (add(api, 0)) counts.seeds++;
  }
  const nodes = opts.domains.flatMap((d) => d.subdomains.map((s) => ({ domain: d, subdomain: s })));

  /** The APIs one request offers (or nothing, when the request failed). */
  const ask = async (request: number): Promise<{ node: (typeof nodes)[number]; apis: OfferedApi[] } | undefined> => {
    const r = new Rng(subSeed(opts.seed >>> 0, `request:${request}`));
    const node = r.pick(nodes);
    const sameNode = byNode.get(`${node.domain.name}/${node.subdomain.name}`) ?? [];
    const sameDomain = pool.filter((a) => a.domain === node.domain.name);
    const examples = r.sample(sameNode.length >= 2 ? sameNode : sameDomain, 3).map((a) => ({
      name: a.name,
      description: a.description,
      parameters: offeredForm(a.parameters),
    }));
    const taken = sameDomain.map((a) => a.name).slice(-60);
    const prompt = [
      `Domain: ${node.domain.name} (${node.domain.description})`,
      `Subdomain: ${node.subdomain.name} (${node.subdomain.description})`,
      `Write ${perRequest} new APIs. Diversity target: ${r.pick(TARGETS)}.`,
      `Names already taken in this domain (do not reuse): ${taken.join(', ')}`,
      `Examples:\n${JSON.stringify(examples)}`,
    ].join('\n');
    let answer;
    try {
      answer = await opts.client.complete({
        role: 'evolver',
        messages: [
          { role: 'system', content: EVOLVER_SYSTEM },
          { role: 'user', content: prompt },
        ],
        jsonSchema: { name: 'new_apis', schema: EVOLVER_ANSWER_SCHEMA },
        itemSeed: subSeed(opts.seed >>> 0, `evolve:${request}`),
        attempt: 1,
      });
    } catch (err) {
      counts.failedRequests++;
      opts.onSkip?.({ name: '(request)', request, problem: err instanceof Error ? err.message : String(err) });
      if ((err as { action?: string }).action === 'stop') throw err;
      return undefined;
    }
    return { node, apis: (answer.json as { apis: OfferedApi[] }).apis };
  };

  // Requests go out in waves; answers are added in request order, so the pool depends only on
  // the answers (which the cache keeps), not on which came back first.
  const concurrency = Math.max(1, opts.concurrency ?? 8);
  let next = 1;
  while (nodes.length > 0 && pool.length < opts.size && counts.requests < maxRequests) {
    const wave = Array.from({ length: Math.min(concurrency, maxRequests - counts.requests) }, () => next++);
    counts.requests += wave.length;
    const answers = await Promise.all(wave.map(ask));
    answers.forEach((answer, i) => {
      const request = wave[i];
      for (const offered of answer?.apis ?? []) {
        if (pool.length >= opts.size) return;
        const { node } = answer!;
        counts.offered++;
        const api: ApiSpec = {
          name: offered.name,
          domain: node.domain.name,
          subdomain: node.subdomain.name,
          description: offered.description,
          parameters: objectJsonSchema(offered.parameters) as ApiSpec['parameters'],
          returns: objectJsonSchema(offered.returns),
          origin: `evolved:llm:${node.domain.name}/${node.subdomain.name}#${request}`,
        };
        if (add(api, request)) counts.added++;
      }
    });
  }
  return { apis: pool, report: { ...counts, shortfall: Math.max(0, opts.size - pool.length) } };
}
