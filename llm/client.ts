/**
 * LlmClient: the one narrow interface every agent uses (`complete(request)`); the openai SDK
 * appears nowhere else. It owns the endpoints and per-role models, the API keys (read from the
 * environment at construction and kept only inside the SDK clients), concurrency and rate limits
 * per endpoint (governor + router), structured output with a remembered fallback, the response
 * cache and usage accounting.
 *
 * Retry layers (STYLE.md, 3), one per failure kind, never stacked:
 * - HTTP errors (429, 408, 409, 5xx, connection, timeout): the SDK, `maxRetries` per endpoint,
 *   honouring retry-after(-ms). What is left after that is thrown as LlmRateLimitedError (requeue,
 *   no attempt spent) or LlmRequestError.
 * - Unusable answers (bad JSON, schema failure, finish_reason length): thrown as LlmOutputError;
 *   the pipeline retries the item with attempt + 1 and counts attempts in the checkpoint.
 * The one extra request made here is not a retry but a switch of mode: a 400 saying the endpoint
 * does not take response_format / tools is remembered, and the call is made once more with the
 * schema or the tools described in the prompt.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Logger } from 'pino';
import { canonicalJson } from '../core/canonical-json.js';
import { cacheKey, type CachedCompletion, type LlmCache } from './cache.js';
import { resolveLlmConfig, type EndpointConfig, type ResolvedEndpoint, type ResolvedRole, type Role, type RolesConfig } from './config.js';
import { LlmConfigError, LlmOutputError, LlmRateLimitedError, LlmRequestError, type LlmOutputIssue } from './errors.js';
import { EndpointGovernor, parseRetryAfterMs, systemClock, type Clock, type GovernorOptions, type GovernorSnapshot } from './governor.js';
import { SchemaValidator, TOOL_ENVELOPE_SCHEMA, extractFirstJson, jsonInstructions, toolInstructions, type ToolDef } from './output.js';
import { createKeepAliveFetch, type FetchLike } from './http-fetch.js';
import { Router } from './router.js';
import { UsageMeter, costUsd } from './usage.js';

export type { ToolDef } from './output.js';

/** A tool call as the canonical record writes it (arguments as a JSON string). */
export interface LlmWireToolCall {
  readonly id: string;
  readonly type: 'function';
  readonly function: { readonly name: string; readonly arguments: string };
}

/** A chat message in the canonical record's shape; extra fields (e.g. `reasoning`) are not sent. */
export type LlmMessage =
  | { readonly role: 'system'; readonly content: string }
  | { readonly role: 'user'; readonly content: string }
  | { readonly role: 'assistant'; readonly content: string | null; readonly tool_calls?: readonly LlmWireToolCall[]; readonly reasoning?: string }
  | { readonly role: 'tool'; readonly tool_call_id: string; readonly content: string };

export interface LlmRequest {
  readonly role: Role;
  readonly messages: readonly LlmMessage[];
  /** Ask for a JSON answer following `schema` (validated here; a failure is an LlmOutputError). */
  readonly jsonSchema?: { readonly name: string; readonly schema: object; readonly strict?: boolean };
  /** Offer these tools (assistant role); the answer is tool calls or text. */
  readonly tools?: readonly ToolDef[];
  /** Check each tool call's arguments against its tool's parameters schema. Default true. */
  readonly validateToolArguments?: boolean;
  /** The item's seed and attempt: part of the cache key (a retry is a new request, a resume is not). */
  readonly itemSeed: number;
  readonly attempt: number;
  /** For per-item usage and logs. */
  readonly itemIdx?: number;
  /** Aborts the wait for a slot and the HTTP call (job shutdown). The abort reason is thrown as is. */
  readonly signal?: AbortSignal;
}

export interface LlmToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: Record<string, unknown>;
}

export interface LlmResponse {
  readonly text?: string;
  readonly json?: unknown;
  readonly toolCalls?: readonly LlmToolCall[];
  readonly usage: { readonly promptTokens: number; readonly completionTokens: number; readonly costUsd: number };
  readonly finishReason: string;
  readonly endpoint: string;
  readonly model: string;
  readonly cached: boolean;
}

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
  /** Response cache (in the checkpoint); `false` or absent: no cache. */
  readonly cache?: LlmCache | false;
  /** Usage accounting; one is created when absent. */
  readonly usage?: UsageMeter;
  /** AIMD tuning shared by all endpoints (tests). */
  readonly aimd?: Pick<GovernorOptions, 'decreaseFactor' | 'increasePerWindow' | 'decreaseIntervalMs' | 'minConcurrency' | 'initialConcurrency'>;
}

/** Per endpoint: config, governor, and what the endpoint was found to support. No key here. */
interface EndpointState {
  readonly config: ResolvedEndpoint;
  readonly governor: EndpointGovernor;
  /** undefined: not known yet (mode "auto"); false: a 400 said it is unsupported. */
  jsonNative: boolean | undefined;
  toolsNative: boolean | undefined;
}

type Mode = 'native' | 'prompt';

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

  constructor(options: LlmClientOptions) {
    const { endpoints, roles } = resolveLlmConfig(options.endpoints, options.roles);
    const env = options.env ?? process.env;
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger;
    this.#cache = options.cache === false ? undefined : options.cache;
    this.usage = options.usage ?? new UsageMeter();
    this.#roles = roles;
    for (const ep of endpoints) {
      let baseFetch: FetchLike;
      if (options.fetch) baseFetch = options.fetch;
      else {
        const pool = createKeepAliveFetch({ maxSockets: ep.maxConcurrency });
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
        rpm: ep.rpm,
        tpm: ep.tpm,
        cooldownAfterFailures: ep.cooldownAfterFailures,
        cooldownMs: ep.cooldownMs,
        clock: this.#clock,
        ...options.aimd,
      });
      // Every HTTP attempt, including the SDK's own retries, passes the governor: a 429 the SDK
      // retries still lowers concurrency and pauses the endpoint, and rate-limit headers are read.
      const observedFetch: FetchLike = async (input, init) => {
        const res = await baseFetch(input, init);
        governor.observe(res.status, res.headers);
        return res;
      };
      this.#sdk.set(
        ep.name,
        new OpenAI({
          // Keyless local servers still get a placeholder: the SDK refuses to build without one.
          apiKey: apiKey ?? 'no-key',
          baseURL: ep.baseURL,
          maxRetries: ep.maxRetries,
          timeout: ep.timeoutMs,
          fetch: observedFetch as never,
          // Never read OPENAI_* from the environment behind our back, never log through the SDK.
          organization: null,
          project: null,
          webhookSecret: null,
          logLevel: 'off',
        }),
      );
      this.#endpoints.set(ep.name, {
        config: ep,
        governor,
        jsonNative: ep.structuredOutput === 'native' ? true : ep.structuredOutput === 'prompt' ? false : undefined,
        toolsNative: ep.toolCalling === 'native' ? true : ep.toolCalling === 'prompt' ? false : undefined,
      });
    }
    this.#router = new Router(new Map([...this.#endpoints].map(([k, v]) => [k, v.governor])), this.#clock);
  }

  /** Close pooled connections. Calls in flight fail; the client is not used afterwards. */
  close(): void {
    for (const c of this.#closers.splice(0)) c();
  }

  /** Roles this client can serve. */
  get roles(): Role[] {
    return [...this.#roles.keys()];
  }

  /** Live state of each endpoint's governor (limits, pauses, cool-downs), for progress and logs. */
  endpointStates(): GovernorSnapshot[] {
    return [...this.#endpoints.values()].map((e) => e.governor.snapshot());
  }

  /** What each endpoint was found to support (auto mode learns from 400s). */
  endpointSupport(): Record<string, { jsonSchema: boolean | undefined; tools: boolean | undefined }> {
    return Object.fromEntries([...this.#endpoints].map(([k, v]) => [k, { jsonSchema: v.jsonNative, tools: v.toolsNative }]));
  }

  async complete(req: LlmRequest): Promise<LlmResponse> {
    const role = this.#roles.get(req.role);
    if (!role) throw new LlmConfigError(`role ${req.role} has no model configured (roles.${req.role})`, { option: `roles/${req.role}` });
    if (req.jsonSchema && req.tools && req.tools.length > 0) {
      throw new LlmConfigError(`role ${req.role}: a request takes jsonSchema or tools, not both`);
    }
    const tools = req.tools && req.tools.length > 0 ? req.tools : undefined;
    const seed = role.sendSeed ? callSeed(req.itemSeed, req.attempt) : undefined;

    // Cache lookup: one key per endpoint the role may use, so a replica added on resume still
    // finds what another one answered.
    let canonical: string | undefined;
    if (this.#cache) {
      canonical = canonicalJson({
        role: req.role,
        model: role.model,
        messages: req.messages,
        params: { temperature: role.temperature, maxTokens: role.maxTokens, seed, jsonSchema: req.jsonSchema, tools },
        itemSeed: req.itemSeed,
        attempt: req.attempt,
      });
      for (const name of role.endpoints) {
        const hit = this.#cache.get(cacheKey(name, canonical));
        if (hit) {
          const ep = this.#endpoints.get(hit.endpoint) ?? this.#endpoints.get(name)!;
          const cost = costUsd(hit.promptTokens, hit.completionTokens, ep.config);
          this.usage.record({ role: req.role, endpoint: hit.endpoint, itemIdx: req.itemIdx, promptTokens: hit.promptTokens, completionTokens: hit.completionTokens, costUsd: cost, cached: true });
          this.#logger?.debug({ role: req.role, endpoint: hit.endpoint, itemIdx: req.itemIdx, attempt: req.attempt }, 'llm cache hit');
          return this.#interpret(hit, req, tools, cost, true);
        }
      }
    }

    const estTokens = Math.ceil(requestChars(req.messages, req.jsonSchema?.schema, tools) / 4) + role.maxTokens;
    const lease = await this.#router.acquire(role.endpoints, estTokens, req.signal);
    const ep = this.#endpoints.get(lease.governor.name)!;
    const started = this.#clock.now();
    let actualTokens: number | undefined;
    try {
      const raw = await this.#call(ep, role, req, tools, seed);
      actualTokens = raw.promptTokens + raw.completionTokens;
      ep.governor.onSuccess();
      if (this.#cache && canonical !== undefined) this.#cache.put(cacheKey(ep.config.name, canonical), raw);
      const cost = costUsd(raw.promptTokens, raw.completionTokens, ep.config);
      this.usage.record({ role: req.role, endpoint: ep.config.name, itemIdx: req.itemIdx, promptTokens: raw.promptTokens, completionTokens: raw.completionTokens, costUsd: cost, cached: false });
      this.#logger?.debug(
        { role: req.role, endpoint: ep.config.name, model: role.model, itemIdx: req.itemIdx, attempt: req.attempt, mode: raw.mode, ms: this.#clock.now() - started, promptTokens: raw.promptTokens, completionTokens: raw.completionTokens, finishReason: raw.finishReason },
        'llm call',
      );
      return this.#interpret(raw, req, tools, cost, false);
    } catch (err) {
      if (err instanceof LlmOutputError) {
        this.usage.recordError(req.role, ep.config.name, 'output', req.itemIdx);
      } else if (err instanceof LlmRateLimitedError) {
        this.usage.recordError(req.role, ep.config.name, 'rate-limited', req.itemIdx);
        this.#logger?.info({ endpoint: ep.config.name, retryAfterMs: err.retryAfterMs, limit: ep.governor.limit }, 'llm rate limited after SDK retries; item requeued');
      } else if (err instanceof LlmRequestError) {
        this.usage.recordError(req.role, ep.config.name, 'request', req.itemIdx);
        if (err.retryable && ep.governor.onFailure()) {
          this.#logger?.warn({ endpoint: ep.config.name, cooledForMs: ep.governor.snapshot().cooledForMs, err: err.message }, 'llm endpoint cooled down after consecutive failures');
        }
        this.#logger?.warn({ endpoint: ep.config.name, status: err.status, kind: err.kind, requestId: err.requestId, action: err.action, err: err.message }, 'llm request failed');
      }
      throw err;
    } finally {
      ep.governor.release(lease.tokens, actualTokens);
    }
  }

  /** One call, with the fallback switch of mode after a 400 that says the feature is unsupported. */
  async #call(ep: EndpointState, role: ResolvedRole, req: LlmRequest, tools: readonly ToolDef[] | undefined, seed: number | undefined): Promise<CachedCompletion> {
    const sdk = this.#sdk.get(ep.config.name)!;
    const feature: 'jsonSchema' | 'tools' | undefined = tools ? 'tools' : req.jsonSchema ? 'jsonSchema' : undefined;
    for (;;) {
      const native = feature === 'tools' ? ep.toolsNative !== false : feature === 'jsonSchema' ? ep.jsonNative !== false : true;
      const mode: Mode = native ? 'native' : 'prompt';
      const body = buildBody(role, req, tools, seed, mode);
      try {
        const { data, request_id } = await sdk.chat.completions.create(body, req.signal ? { signal: req.signal } : undefined).withResponse();
        if (feature === 'tools' && ep.toolsNative === undefined) ep.toolsNative = true;
        if (feature === 'jsonSchema' && ep.jsonNative === undefined) ep.jsonNative = true;
        const choice = data.choices?.[0];
        const content = choice?.message?.content ?? null;
        const toolCalls = (choice?.message?.tool_calls ?? [])
          .filter((t): t is OpenAI.Chat.Completions.ChatCompletionMessageFunctionToolCall => t.type === 'function')
          .map((t) => ({ id: t.id, name: t.function.name, arguments: t.function.arguments }));
        return {
          v: 1,
          endpoint: ep.config.name,
          model: data.model || role.model,
          mode,
          content,
          ...(toolCalls.length > 0 ? { toolCalls } : {}),
          finishReason: choice?.finish_reason ?? (choice ? 'stop' : 'none'),
          // Servers that leave usage out are estimated at 4 characters a token.
          promptTokens: data.usage?.prompt_tokens ?? Math.ceil(requestChars(req.messages, req.jsonSchema?.schema, tools) / 4),
          completionTokens: data.usage?.completion_tokens ?? Math.ceil(((content?.length ?? 0) + toolCalls.reduce((n, t) => n + t.arguments.length, 0)) / 4),
          ...(request_id ? { requestId: request_id } : {}),
        };
      } catch (err) {
        if (native && feature !== undefined && (feature === 'tools' ? ep.toolsNative : ep.jsonNative) !== true && isUnsupported(err, feature)) {
          if (feature === 'tools') ep.toolsNative = false;
          else ep.jsonNative = false;
          this.#logger?.warn(
            { endpoint: ep.config.name, feature, status: (err as APIError).status, err: (err as APIError).message },
            `llm endpoint does not take ${feature === 'tools' ? 'tools' : 'response_format json_schema'}; describing it in the prompt from now on`,
          );
          continue;
        }
        throw mapError(err, ep.config);
      }
    }
  }

  /** Turn a raw answer (fresh or cached) into the response, or the LlmOutputError it deserves. */
  #interpret(raw: CachedCompletion, req: LlmRequest, tools: readonly ToolDef[] | undefined, cost: number, cached: boolean): LlmResponse {
    const base = {
      usage: { promptTokens: raw.promptTokens, completionTokens: raw.completionTokens, costUsd: cost },
      finishReason: raw.finishReason,
      endpoint: raw.endpoint,
      model: raw.model,
      cached,
    };
    const rawText = raw.content ?? (raw.toolCalls ? JSON.stringify(raw.toolCalls) : '');
    const fail = (reason: ConstructorParameters<typeof LlmOutputError>[0], issues: LlmOutputIssue[]): never => {
      throw new LlmOutputError(reason, { issues, raw: rawText, endpoint: raw.endpoint, model: raw.model, finishReason: raw.finishReason });
    };
    if (raw.finishReason === 'length') fail('length', [{ pointer: '', problem: 'answer cut off at max_tokens (finish_reason "length")' }]);
    if (raw.finishReason === 'content_filter') fail('content-filter', [{ pointer: '', problem: 'answer withheld by the content filter' }]);

    if (tools) {
      let calls: { id: string; name: string; arguments: unknown }[] = [];
      let text: string | undefined;
      if (raw.mode === 'native') {
        if (raw.toolCalls && raw.toolCalls.length > 0) {
          calls = raw.toolCalls.map((t, i) => {
            const parsed = extractFirstJson(t.arguments === '' ? '{}' : t.arguments);
            if (!parsed) fail('bad-tool-call', [{ pointer: `/tool_calls/${i}/arguments`, problem: 'arguments are not JSON' }]);
            return { id: t.id, name: t.name, arguments: parsed!.value };
          });
        } else text = raw.content ?? '';
      } else {
        const parsed = extractFirstJson(raw.content ?? '');
        if (!parsed) fail('not-json', [{ pointer: '', problem: 'no JSON value in the answer' }]);
        const issues = this.#validator.issues(TOOL_ENVELOPE_SCHEMA, parsed!.value);
        if (issues.length > 0) fail('bad-tool-call', issues);
        const env = parsed!.value as { tool_calls?: { name: string; arguments?: unknown }[]; content?: string };
        if (env.tool_calls) calls = env.tool_calls.map((t, i) => ({ id: `call_${i + 1}`, name: t.name, arguments: t.arguments ?? {} }));
        else text = env.content ?? '';
      }
      if (calls.length === 0) {
        if (text === undefined || text.trim() === '') fail('empty', [{ pointer: '', problem: 'neither tool calls nor text' }]);
        return { ...base, text };
      }
      const issues: LlmOutputIssue[] = [];
      calls.forEach((c, i) => {
        const tool = tools.find((t) => t.function.name === c.name);
        if (!tool) issues.push({ pointer: `/tool_calls/${i}/name`, problem: `no tool named ${JSON.stringify(c.name)}` });
        else if (c.arguments === null || typeof c.arguments !== 'object' || Array.isArray(c.arguments)) {
          issues.push({ pointer: `/tool_calls/${i}/arguments`, problem: 'arguments must be a JSON object' });
        } else if (req.validateToolArguments !== false && tool.function.parameters) {
          for (const is of this.#validator.issues(tool.function.parameters, c.arguments)) {
            issues.push({ pointer: `/tool_calls/${i}/arguments${is.pointer}`, problem: is.problem });
          }
        }
      });
      if (issues.length > 0) fail('bad-tool-call', issues);
      return { ...base, toolCalls: calls.map((c) => ({ id: c.id, name: c.name, arguments: c.arguments as Record<string, unknown> })) };
    }

    if (req.jsonSchema) {
      const parsed = extractFirstJson(raw.content ?? '');
      if (!parsed) fail('not-json', [{ pointer: '', problem: 'no JSON value in the answer' }]);
      const issues = this.#validator.issues(req.jsonSchema.schema, parsed!.value);
      if (issues.length > 0) fail('schema', issues);
      return { ...base, json: parsed!.value };
    }

    if (raw.content === null || raw.content.trim() === '') fail('empty', [{ pointer: '', problem: 'empty answer' }]);
    return { ...base, text: raw.content! };
  }
}

/** The request body for one mode. */
function buildBody(
  role: ResolvedRole,
  req: LlmRequest,
  tools: readonly ToolDef[] | undefined,
  seed: number | undefined,
  mode: Mode,
): OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming {
  let messages: Record<string, unknown>[];
  const extra: Record<string, unknown> = {};
  if (tools && mode === 'native') {
    messages = req.messages.map(wireMessage);
    extra.tools = tools.map((t) => ({ type: 'function', function: t.function }));
  } else if (tools) {
    messages = withSystem(req.messages.map(promptedToolMessage), toolInstructions(tools));
  } else if (req.jsonSchema && mode === 'native') {
    messages = req.messages.map(wireMessage);
    extra.response_format = {
      type: 'json_schema',
      json_schema: { name: req.jsonSchema.name, schema: req.jsonSchema.schema, strict: req.jsonSchema.strict ?? true },
    };
  } else if (req.jsonSchema) {
    messages = withSystem(req.messages.map(wireMessage), jsonInstructions(req.jsonSchema.name, req.jsonSchema.schema));
  } else {
    messages = req.messages.map(wireMessage);
  }
  return {
    model: role.model,
    messages: messages as unknown as OpenAI.Chat.Completions.ChatCompletionMessageParam[],
    temperature: role.temperature,
    max_tokens: role.maxTokens,
    ...(seed !== undefined ? { seed } : {}),
    ...extra,
  };
}

/** Only the fields the API knows (the canonical record adds `reasoning`). */
function wireMessage(m: LlmMessage): Record<string, unknown> {
  switch (m.role) {
    case 'assistant':
      return m.tool_calls && m.tool_calls.length > 0
        ? { role: 'assistant', content: m.content, tool_calls: m.tool_calls.map((t) => ({ id: t.id, type: 'function', function: { name: t.function.name, arguments: t.function.arguments } })) }
        : { role: 'assistant', content: m.content ?? '' };
    case 'tool':
      return { role: 'tool', tool_call_id: m.tool_call_id, content: m.content };
    default:
      return { role: m.role, content: m.content };
  }
}

/** For endpoints without tool support: earlier tool calls and results become plain text. */
function promptedToolMessage(m: LlmMessage): Record<string, unknown> {
  if (m.role === 'assistant' && m.tool_calls && m.tool_calls.length > 0) {
    const calls = m.tool_calls.map((t) => ({ name: t.function.name, arguments: extractFirstJson(t.function.arguments)?.value ?? {} }));
    return { role: 'assistant', content: JSON.stringify({ tool_calls: calls }) };
  }
  if (m.role === 'tool') return { role: 'user', content: `Result of tool call ${m.tool_call_id}: ${m.content}` };
  return wireMessage(m);
}

function withSystem(messages: Record<string, unknown>[], instructions: string): Record<string, unknown>[] {
  const first = messages[0];
  if (first && first.role === 'system') {
    return [{ role: 'system', content: `${String(first.content)}\n\n${instructions}` }, ...messages.slice(1)];
  }
  return [{ role: 'system', content: instructions }, ...messages];
}

// Schemas and tool lists are shared between many requests: measure each once.
const sizeCache = new WeakMap<object, number>();
function jsonSize(v: object | undefined): number {
  if (v === undefined) return 0;
  let n = sizeCache.get(v);
  if (n === undefined) {
    n = JSON.stringify(v)?.length ?? 0;
    sizeCache.set(v, n);
  }
  return n;
}

function requestChars(messages: readonly LlmMessage[], schema: object | undefined, tools: readonly ToolDef[] | undefined): number {
  let n = jsonSize(schema) + jsonSize(tools as object | undefined);
  for (const m of messages) {
    n += 8 + (m.content?.length ?? 0);
    if (m.role === 'assistant' && m.tool_calls) for (const t of m.tool_calls) n += t.function.name.length + t.function.arguments.length + 16;
  }
  return n;
}

/** A 31-bit seed for the API from the item's seed and attempt (so a retry samples anew). */
export function callSeed(itemSeed: number, attempt: number): number {
  let h = Math.imul((itemSeed >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ Math.imul(attempt + 1, 0xc2b2ae35), 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 1;
}

function isUnsupported(err: unknown, feature: 'jsonSchema' | 'tools'): boolean {
  if (!(err instanceof APIError) || (err.status !== 400 && err.status !== 422)) return false;
  const text = `${err.param ?? ''} ${err.message}`;
  if (/invalid schema/i.test(text)) return false;
  return feature === 'jsonSchema' ? /response_format|json_schema|structured output|guided_json/i.test(text) : /\btools?\b|tool_choice|function call/i.test(text);
}

function mapError(err: unknown, ep: ResolvedEndpoint): unknown {
  if (err instanceof APIUserAbortError) return err;
  if (err instanceof APIConnectionTimeoutError) {
    return new LlmRequestError(ep.name, 'timeout', undefined, undefined, `no answer within ${ep.timeoutMs} ms (${ep.maxRetries} SDK retries)`, { cause: err });
  }
  if (err instanceof APIConnectionError) {
    return new LlmRequestError(ep.name, 'connection', undefined, undefined, `${err.message} (${ep.maxRetries} SDK retries)`, { cause: err });
  }
  if (err instanceof APIError) {
    const requestId = err.requestID ?? undefined;
    if (err.status === 429) {
      return new LlmRateLimitedError(ep.name, err.headers ? parseRetryAfterMs(err.headers, Date.now()) : undefined, requestId, { cause: err });
    }
    return new LlmRequestError(ep.name, 'http', err.status, requestId, err.message, { cause: err });
  }
  return err;
}
