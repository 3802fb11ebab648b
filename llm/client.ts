/**
 * LlmClient: the one narrow interface every agent uses (`complete(request)`); the openai SDK
 * appears nowhere outside llm/. It owns the endpoints and per-role models, the API keys (read from
 * the environment at construction and kept only inside the SDK clients, endpoint-call.ts),
 * concurrency and rate limits per endpoint (governor + router), structured output with a
 * remembered fallback (request-body.ts, endpoint-call.ts), the response cache and usage
 * accounting. Raw answers become responses in interpret.ts.
 *
 * Retry layers (STYLE.md, 3), one per failure kind, never stacked:
 * - HTTP errors (429, 408, 409, 5xx, connection, timeout): the SDK, `maxRetries` per endpoint,
 *   honouring retry-after(-ms). What is left after that is thrown as LlmRateLimitedError (requeue,
 *   no attempt spent) or LlmRequestError.
 * - Unusable answers (bad JSON, schema failure, finish_reason length): sampled again at the call
 *   (`outputRetries` per role, a seed and cache key per retry, nothing unusable cached); a call
 *   that exhausts them throws LlmOutputError and the pipeline retries the item with attempt + 1.
 * The one extra request (endpoint-call.ts) is not a retry but a switch of mode.
 */
import type OpenAI from 'openai';
import type { Logger } from 'pino';
import { canonicalJson } from '../core/canonical-json.js';
import { cacheKey, type CachedCompletion, type LlmCache } from './cache.js';
import { CallSlot, LatencyTracker } from './call-slot.js';
import { resolveLlmConfig, type EndpointConfig, type ResolvedRole, type Role, type RolesConfig } from './config.js';
import { callEndpoint, createSdkClient, type EndpointState } from './endpoint-call.js';
import { LlmConfigError, LlmOutputError, LlmRateLimitedError, LlmRequestError } from './errors.js';
import { EndpointGovernor, systemClock, type Clock, type GovernorOptions, type GovernorSnapshot } from './governor.js';
import { DownWatch } from './down-watch.js';
import { createKeepAliveFetch, type FetchLike } from './http-fetch.js';
import { interpretCompletion } from './interpret.js';
import { SchemaValidator } from './output.js';
import { callSeed, requestChars } from './request-body.js';
import { Router } from './router.js';
import { BatchRunner, type BatchCounters, type BatchOptions } from './batch-runner.js';
import { requestBody } from './endpoint-call.js';
import type { LlmRequest, LlmResponse } from './types.js';
import { UsageMeter, costUsd } from './usage.js';

export type { FetchLike } from './http-fetch.js';

export interface LlmClientOptions {
  readonly endpoints: readonly EndpointConfig[];
  readonly roles: RolesConfig;
  /** Where API keys are read from, once, at construction. Default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** HTTP fetch given to the SDK. Default: a node:http keep-alive fetch per endpoint (see http-fetch.ts). */
  readonly fetch?: FetchLike;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Response cache (llm-cache.sqlite beside the checkpoint); `false` or absent: no cache. */
  readonly cache?: LlmCache | false;
  /** Usage accounting; one is created when absent. */
  readonly usage?: UsageMeter;
  /**
   * Batch mode: calls go in rounds through the endpoint's files + batches API (batch-runner.ts)
   * instead of one request each. `db` keeps the batch ids (the checkpoint), `dir` the request files.
   */
  readonly batch?: { readonly db: import('better-sqlite3').Database; readonly dir: string; readonly options?: BatchOptions };
  /** While an endpoint is down, a warning line this often (ms). Default 10000. */
  readonly downLogIntervalMs?: number;
  /** AIMD tuning shared by all endpoints (tests). */
  readonly aimd?: Pick<GovernorOptions, 'decreaseFactor' | 'increasePerWindow' | 'decreaseIntervalMs' | 'minConcurrency' | 'initialConcurrency' | 'decreaseShare' | 'pauseShare'>;
}

export class LlmClient {
  readonly usage: UsageMeter;
  readonly #endpoints = new Map<string, EndpointState>();
  // The SDK clients are the only holders of the keys; kept apart from anything we log.
  readonly #sdk = new Map<string, OpenAI>();
  readonly #roles: ReadonlyMap<Role, ResolvedRole>;
  readonly #router: Router;
  readonly #clock: Clock;
  readonly #logger: Logger | undefined;
  readonly #cache: LlmCache | undefined;
  readonly #validator = new SchemaValidator();
  readonly #closers: (() => void)[] = [];
  readonly #down: DownWatch;
  readonly #batch: BatchRunner | undefined;

  constructor(options: LlmClientOptions) {
    const { endpoints, roles } = resolveLlmConfig(options.endpoints, options.roles);
    const env = options.env ?? process.env;
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger;
    this.#cache = options.cache === false ? undefined : options.cache;
    this.usage = options.usage ?? new UsageMeter();
    this.#roles = roles;
    for (const ep of endpoints) {
      const latency = new LatencyTracker(ep.hedgePercentile, ep.hedgeMinMs, ep.firstByteTimeoutMs, ep.firstByteTimeoutFactor);
      let baseFetch: FetchLike;
      if (options.fetch) baseFetch = options.fetch;
      else {
        const pool = createKeepAliveFetch({
          maxSockets: ep.maxConcurrency,
          // The first-byte timeout is read per request: it follows the endpoint's latencies.
          timeouts: {
            connectMs: ep.connectTimeoutMs,
            get firstByteMs() {
              return latency.firstByteTimeoutMs;
            },
            totalMs: ep.timeoutMs,
          },
        });
        this.#closers.push(() => pool.destroy());
        baseFetch = pool.fetch;
      }
      let apiKey: string | undefined;
      if (ep.apiKeyEnv !== undefined) {
        apiKey = env[ep.apiKeyEnv];
        if (apiKey === undefined || apiKey === '') {
          throw new LlmConfigError(`endpoint ${ep.name}: environment variable ${ep.apiKeyEnv} (apiKeyEnv) is not set`, { option: `endpoints/${ep.name}/apiKeyEnv` });
        }
      }
      const governor = new EndpointGovernor({
        name: ep.name,
        maxConcurrency: ep.maxConcurrency,
        minConcurrency: ep.minConcurrency ?? Math.max(1, Math.floor(ep.maxConcurrency / 8)),
        rpm: ep.rpm,
        tpm: ep.tpm,
        cooldownAfterFailures: ep.cooldownAfterFailures,
        cooldownMs: ep.cooldownMs,
        maxDownMs: ep.maxDownMs,
        clock: this.#clock,
        ...options.aimd,
      });
      this.#sdk.set(ep.name, createSdkClient(ep, apiKey, baseFetch, governor, latency));
      this.#endpoints.set(ep.name, {
        latency,
        hedgesInFlight: 0,
        config: ep,
        governor,
        jsonNative: ep.structuredOutput === 'native' ? true : ep.structuredOutput === 'prompt' ? false : undefined,
        toolsNative: ep.toolCalling === 'native' ? true : ep.toolCalling === 'prompt' ? false : undefined,
        strictNative: undefined,
        strictRefused: new Set(),
      });
    }
    const governors = new Map([...this.#endpoints].map(([k, v]) => [k, v.governor]));
    this.#router = new Router(governors, this.#clock);
    if (options.batch) {
      if (!this.#cache) throw new LlmConfigError('batch mode needs the response cache: its answers come back through it (leave out --no-cache)', { option: 'llm/mode' });
      this.#batch = new BatchRunner({ sdk: (name) => this.#sdk.get(name)!, db: options.batch.db, cache: this.#cache, dir: options.batch.dir, ...(this.#logger ? { logger: this.#logger } : {}), ...(options.batch.options ? { options: options.batch.options } : {}) });
      this.#closers.push(() => this.#batch?.close());
    }
    this.#down = new DownWatch(governors, this.#logger, options.downLogIntervalMs ?? 10_000);
    this.#closers.push(() => this.#down.close());
  }

  /** Batch mode: `cb` runs each time a batch's answers have come back (a no-op online). */
  onBatchResults(cb: () => void): void {
    this.#batch?.onResults(cb);
  }

  /** Batch mode: `gate` is asked before each round is sent; an error it returns fails the round's calls, unsent. */
  setBatchGate(gate: () => Error | undefined): void {
    this.#batch?.setGate(gate);
  }

  /** Close pooled connections. Calls in flight fail; the client is not used afterwards. */
  close(): void {
    for (const c of this.#closers.splice(0)) c();
  }

  /** Batch mode: finish the batches an earlier run submitted (poll, store answers in the cache). */
  async recoverBatches(signal?: AbortSignal): Promise<number> {
    return this.#batch ? this.#batch.recover(signal) : 0;
  }

  /** Batch mode: what was uploaded, submitted, polled, answered; undefined online. */
  get batchCounters(): Readonly<BatchCounters> | undefined {
    return this.#batch?.counters;
  }

  /** Roles this client can serve. */
  get roles(): Role[] {
    return [...this.#roles.keys()];
  }

  /** Live state of each endpoint's governor (limits, pauses, cool-downs), for progress and logs. */
  endpointStates(): GovernorSnapshot[] {
    return [...this.#endpoints.values()].map((e) => e.governor.snapshot());
  }

  /**
   * What each endpoint was found to support (auto mode learns from 400s); `strictSchemas`: the
   * strict schemas it refused as invalid (each asked as json_object since), `strict` false once
   * it refused enough of them to be asked json_object for every schema.
   */
  endpointSupport(): Record<string, { jsonSchema: boolean | undefined; tools: boolean | undefined; strict?: boolean; strictSchemasRefused?: number }> {
    return Object.fromEntries(
      [...this.#endpoints].map(([k, v]) => [
        k,
        {
          jsonSchema: v.jsonNative,
          tools: v.toolsNative,
          ...(v.strictNative !== undefined ? { strict: v.strictNative } : {}),
          ...(v.strictRefused.size > 0 ? { strictSchemasRefused: v.strictRefused.size } : {}),
        },
      ]),
    );
  }

  /**
   * One call of a role. An unusable answer (bad JSON, a schema failure, an answer cut at the
   * length limit) is sampled again at this call, up to the role's `outputRetries`, each time with
   * a seed and a cache key of its own, so a bad answer is never replayed; only a call that
   * exhausts its budget throws (LlmOutputError) and costs its item an attempt.
   */
  async complete(req: LlmRequest): Promise<LlmResponse> {
    const role = this.#roles.get(req.role);
    if (!role) throw new LlmConfigError(`role ${req.role} has no model configured (roles.${req.role})`, { option: `roles/${req.role}` });
    if (req.jsonSchema && req.tools && req.tools.length > 0) {
      throw new LlmConfigError(`role ${req.role}: a request takes jsonSchema or tools, not both`);
    }
    const tools = req.tools && req.tools.length > 0 ? req.tools : undefined;
    for (let retry = 0; ; retry++) {
      try {
        return await this.#sample(req, role, tools, retry);
      } catch (err) {
        if (!(err instanceof LlmOutputError) || retry >= role.outputRetries || req.signal?.aborted) throw err;
        this.#logger?.info({ role: req.role, itemIdx: req.itemIdx, retry: retry + 1, reason: err.reason }, 'llm answer unusable; sampling the call again');
      }
    }
  }

  /** One sample of a call, read and checked (`req.check`): from the cache, or from an endpoint. */
  async #sample(req: LlmRequest, role: ResolvedRole, tools: LlmRequest['tools'], retry: number): Promise<LlmResponse> {
    const res = await this.#answer(req, role, tools, retry);
    const problem = req.check?.(res);
    if (problem === undefined) return res;
    this.usage.recordError(req.role, res.endpoint, 'output', req.itemIdx);
    throw new LlmOutputError('check', { issues: [{ pointer: '', problem }], raw: res.text ?? JSON.stringify(res.json ?? res.toolCalls ?? null), endpoint: res.endpoint, model: res.model, finishReason: res.finishReason });
  }

  /** One answer to a call: from the cache, or from an endpoint (cached only once it is usable). */
  async #answer(req: LlmRequest, role: ResolvedRole, tools: LlmRequest['tools'], retry: number): Promise<LlmResponse> {
    const seed = role.sendSeed ? callSeed(req.itemSeed, req.attempt, retry, req.sample ?? 0) : undefined;

    // Cache lookup: one key per endpoint the role may use, so a replica added on resume still
    // finds what another one answered. A retry and a caller's sample have keys of their own (the first sample's is unchanged).
    let canonical: string | undefined;
    if (this.#cache) {
      canonical = canonicalJson({
        role: req.role,
        model: role.model,
        messages: req.messages,
        params: { temperature: role.temperature, maxTokens: role.maxTokens, seed, jsonSchema: req.jsonSchema, tools },
        itemSeed: req.itemSeed,
        attempt: req.attempt,
        ...(retry > 0 ? { retry } : {}),
        ...((req.sample ?? 0) > 0 ? { sample: req.sample } : {}),
      });
      for (const name of role.endpoints) {
        const hit = this.#cache.get(cacheKey(name, canonical));
        if (hit) {
          // A sample found unusable when it was made: on to the next one, as the first run went.
          if (hit.unusable !== undefined) throw new LlmOutputError(hit.unusable as LlmOutputError['reason'], { issues: [], raw: hit.content ?? '', endpoint: hit.endpoint, model: hit.model, finishReason: hit.finishReason });
          const ep = this.#endpoints.get(hit.endpoint) ?? this.#endpoints.get(name)!;
          const cost = costUsd(hit.promptTokens, hit.completionTokens, ep.config);
          this.usage.record({ role: req.role, endpoint: hit.endpoint, itemIdx: req.itemIdx, promptTokens: hit.promptTokens, completionTokens: hit.completionTokens, costUsd: cost, cached: true });
          this.#logger?.debug({ role: req.role, endpoint: hit.endpoint, itemIdx: req.itemIdx, attempt: req.attempt, retry }, 'llm cache hit');
          return interpretCompletion(hit, req, tools, cost, true, this.#validator);
        }
      }
    }

    if (this.#batch) return this.#answerInBatch(req, role, tools, seed, canonical!, retry);

    const estTokens = Math.ceil(requestChars(req.messages, req.jsonSchema?.schema, tools) / 4) + role.maxTokens;
    const lease = await this.#router.acquire(role.endpoints, estTokens, req.signal);
    const ep = this.#endpoints.get(lease.governor.name)!;
    const name = ep.config.name;
    const slot = new CallSlot(ep.governor, lease.tokens, (signal) => this.#router.acquire([name], estTokens, signal, true).then(() => undefined));
    const started = this.#clock.now();
    let actualTokens: number | undefined;
    try {
      const raw = await this.#call(ep, role, req, tools, seed, slot);
      actualTokens = raw.promptTokens + raw.completionTokens;
      ep.governor.onSuccess();
      const cost = costUsd(raw.promptTokens, raw.completionTokens, ep.config);
      this.usage.record({ role: req.role, endpoint: ep.config.name, itemIdx: req.itemIdx, promptTokens: raw.promptTokens, completionTokens: raw.completionTokens, costUsd: cost, cached: false });
      this.#logger?.debug(
        { role: req.role, endpoint: ep.config.name, model: role.model, itemIdx: req.itemIdx, attempt: req.attempt, retry, mode: raw.mode, ms: this.#clock.now() - started, promptTokens: raw.promptTokens, completionTokens: raw.completionTokens, finishReason: raw.finishReason },
        'llm call',
      );
      // Read (and validate) before caching: an unusable answer is stored only as a failed sample, never as an answer.
      let response: LlmResponse;
      try {
        response = interpretCompletion(raw, req, tools, cost, false, this.#validator);
      } catch (err) {
        if (err instanceof LlmOutputError && this.#cache && canonical !== undefined) this.#cache.put(cacheKey(ep.config.name, canonical), { ...raw, unusable: err.reason }, req.itemIdx);
        throw err;
      }
      if (this.#cache && canonical !== undefined) this.#cache.put(cacheKey(ep.config.name, canonical), raw, req.itemIdx);
      this.usage.callOutcome(false);
      return response;
    } catch (err) {
      if (err instanceof LlmOutputError) {
        this.usage.recordError(req.role, ep.config.name, 'output', req.itemIdx);
        this.usage.callOutcome(true);
      } else if (err instanceof LlmRateLimitedError) {
        this.usage.recordError(req.role, ep.config.name, 'rate-limited', req.itemIdx);
        this.#logger?.info({ endpoint: ep.config.name, retryAfterMs: err.retryAfterMs, limit: ep.governor.limit }, 'llm rate limited after SDK retries; item requeued');
      } else if (err instanceof LlmRequestError) {
        this.usage.recordError(req.role, ep.config.name, 'request', req.itemIdx);
        this.usage.callOutcome(true);
        if (err.retryable && ep.governor.onFailure()) {
          this.#logger?.warn({ endpoint: ep.config.name, cooledForMs: ep.governor.snapshot().cooledForMs, err: err.message }, 'llm endpoint cooled down after consecutive failures');
        }
        this.#logger?.warn({ endpoint: ep.config.name, status: err.status, kind: err.kind, requestId: err.requestId, action: err.action, err: err.message }, 'llm request failed');
        if (err.retryable) {
          this.#down.failed(ep.config.name, err.message);
          const stop = this.#down.stopError(role.endpoints);
          if (stop) throw stop;
        }
      }
      throw err;
    } finally {
      slot.give(actualTokens);
    }
  }

  /** One answer through the batch runner: the call waits for its round. */
  async #answerInBatch(req: LlmRequest, role: ResolvedRole, tools: LlmRequest['tools'], seed: number | undefined, canonical: string, retry: number): Promise<LlmResponse> {
    const ep = this.#endpoints.get(role.endpoints[0])!;
    const name = ep.config.name;
    const { body, mode } = requestBody(ep, role, req, tools, seed);
    const key = cacheKey(name, canonical);
    const raw = await this.#batch!.enqueue(name, key, mode, body, req.itemIdx);
    const cost = costUsd(raw.promptTokens, raw.completionTokens, ep.config) * this.#batch!.priceFactor;
    this.usage.record({ role: req.role, endpoint: name, itemIdx: req.itemIdx, promptTokens: raw.promptTokens, completionTokens: raw.completionTokens, costUsd: cost, cached: false });
    this.#logger?.debug({ role: req.role, endpoint: name, itemIdx: req.itemIdx, attempt: req.attempt, retry, mode }, 'llm call (batch)');
    try {
      const response = interpretCompletion(raw, req, tools, cost, false, this.#validator);
      this.usage.callOutcome(false);
      return response;
    } catch (err) {
      if (err instanceof LlmOutputError) {
        this.usage.recordError(req.role, name, 'output', req.itemIdx);
        this.usage.callOutcome(true);
      }
      throw err;
    }
  }

  /**
   * The HTTP side of one call, hedged: when an attempt has waited past the endpoint's p99 (or the
   * configured percentile) without an answer, the same request goes once more, and the first
   * answer wins; the other is aborted. A hung request is thereby abandoned after about the
   * endpoint's p99 plus one latency, not after its timeout. The hedge goes past the live limit, at
   * most HEDGE_SHARE of it at a time; a hedge that fails leaves the call to the first request.
   */
  async #call(ep: EndpointState, role: ResolvedRole, req: LlmRequest, tools: LlmRequest['tools'], seed: number | undefined, slot: CallSlot): Promise<CachedCompletion> {
    const sdk = this.#sdk.get(ep.config.name)!;
    if (ep.latency.percentile <= 0) return callEndpoint(sdk, ep, role, req, tools, seed, this.#logger, slot);
    const primary = linkedController(req.signal);
    let hedge: AbortController | undefined;
    let timer: unknown;
    return new Promise<CachedCompletion>((resolve, reject) => {
      let pending = 1;
      let settled = false;
      let firstError: unknown;
      const finish = (): void => {
        if (timer !== undefined) this.#clock.clearTimeout(timer);
        timer = undefined;
        slot.onAttempt = undefined;
      };
      const won = (raw: CachedCompletion, loser: AbortController | undefined): void => {
        pending--;
        if (settled) return;
        settled = true;
        finish();
        loser?.abort();
        resolve(raw);
      };
      const lost = (err: unknown): void => {
        pending--;
        firstError ??= err;
        if (settled || pending > 0) return;
        settled = true;
        finish();
        reject(firstError);
      };
      const startHedge = (): void => {
        timer = undefined;
        if (settled || hedge !== undefined || req.signal?.aborted) return;
        const cap = Math.max(1, Math.ceil(ep.governor.limit * HEDGE_SHARE));
        if (ep.hedgesInFlight >= cap || !ep.governor.tryAcquireExtra(slot.tokens)) {
          // No room for a hedge now: look again soon, or a hung request would wait out its timeout.
          if (slot.inAttempt) timer = this.#clock.setTimeout(startHedge, Math.max(25, Math.ceil((ep.latency.hedgeDelayMs ?? 100) / 4)));
          return;
        }
        ep.hedgesInFlight++;
        hedge = linkedController(req.signal);
        const name = ep.config.name;
        const hedgeSlot = new CallSlot(ep.governor, slot.tokens, (signal) => this.#router.acquire([name], slot.tokens, signal, true).then(() => undefined));
        pending++;
        this.usage.recordHedge(req.role, name);
        this.#logger?.debug({ endpoint: name, itemIdx: req.itemIdx, afterMs: ep.latency.hedgeDelayMs }, 'llm call hedged');
        callEndpoint(sdk, ep, role, req, tools, seed, this.#logger, hedgeSlot, hedge.signal)
          .then((raw) => won(raw, primary), lost)
          .finally(() => {
            ep.hedgesInFlight--;
            hedgeSlot.give();
          });
      };
      slot.onAttempt = (sent) => {
        slot.inAttempt = sent;
        if (timer !== undefined) this.#clock.clearTimeout(timer);
        timer = undefined;
        const delay = ep.latency.hedgeDelayMs;
        if (sent && hedge === undefined && delay !== undefined) timer = this.#clock.setTimeout(startHedge, delay);
      };
      callEndpoint(sdk, ep, role, req, tools, seed, this.#logger, slot, primary.signal).then((raw) => won(raw, hedge), lost);
    });
  }
}

/** Share of an endpoint's live limit that hedges may add on top of it. */
const HEDGE_SHARE = 1 / 16;

/** A controller aborted when `parent` is (a call's own abort, beside the caller's). */
function linkedController(parent: AbortSignal | undefined): AbortController {
  const c = new AbortController();
  if (parent) {
    if (parent.aborted) c.abort(parent.reason);
    else parent.addEventListener('abort', () => c.abort(parent.reason), { once: true });
  }
  return c;
}
