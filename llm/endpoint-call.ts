/**
 * The openai SDK side of one endpoint: the SDK client (which alone holds the API key), one chat
 * completion with the switch of mode, and the SDK's errors turned into the LLM layer's.
 *
 * The one extra request made here is not a retry but a switch of mode: a 400 saying the endpoint
 * does not take response_format / tools is remembered on the endpoint, and the call is made once
 * more with the schema or the tools described in the prompt (request-body.ts). A 400 saying a
 * json_schema is invalid is remembered for that schema (for every schema after
 * STRICT_REFUSALS_OFF of them), and the call is made once more as json_object; the answer is
 * then checked against the original schema (interpret.ts).
 */
import { createHash } from 'node:crypto';
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Logger } from 'pino';
import type { CachedCompletion } from './cache.js';
import { SLOT_KEY, releasesSlot, type CallSlot, type LatencyTracker } from './call-slot.js';
import type { ResolvedEndpoint, ResolvedRole } from './config.js';
import { LlmRateLimitedError, LlmRequestError } from './errors.js';
import { parseRetryAfterMs, type EndpointGovernor } from './governor.js';
import { HttpTimeoutError } from '../core/http-timeouts.js';
import type { FetchLike } from './http-fetch.js';
import type { ToolDef } from './output.js';
import { buildBody, requestChars, strictSchemaOf, type Mode } from './request-body.js';
import { cachedCompletion } from './completion.js';
import type { LlmRequest } from './types.js';

/** Per endpoint: config, governor, and what the endpoint was found to support. No key here. */
export interface EndpointState {
  readonly config: ResolvedEndpoint;
  readonly governor: EndpointGovernor;
  /** undefined: not known yet (mode "auto"); false: a 400 said it is unsupported. */
  jsonNative: boolean | undefined;
  toolsNative: boolean | undefined;
  /** false once STRICT_REFUSALS_OFF schemas were refused as invalid: json_object for all from then on. */
  strictNative: boolean | undefined;
  /** The schemas (sha256 of their JSON) this endpoint refused as invalid, each asked as json_object since. */
  readonly strictRefused: Set<string>;
  /** Latencies of answered attempts, and the hedge delay drawn from them. */
  readonly latency: LatencyTracker;
  /** Hedges in flight now (they may go past the live limit, up to a small share of it). */
  hedgesInFlight: number;
}

/**
 * After this many distinct schemas refused as invalid, the endpoint is taken not to follow
 * OpenAI's strict dialect at all: a 400 per schema of a 2,000-API pool is not worth paying.
 */
export const STRICT_REFUSALS_OFF = 3;

const schemaKeys = new WeakMap<object, string>();
function schemaKey(schema: object): string {
  let key = schemaKeys.get(schema);
  if (key === undefined) {
    key = createHash('sha256').update(JSON.stringify(schema)).digest('hex');
    schemaKeys.set(schema, key);
  }
  return key;
}

/** How a request goes to this endpoint now, from what the endpoint was found to take. */
function modeFor(ep: EndpointState, req: LlmRequest, feature: 'jsonSchema' | 'tools' | undefined): Mode {
  if (feature === 'tools') return ep.toolsNative !== false ? 'native' : 'prompt';
  if (feature !== 'jsonSchema') return 'native';
  if (ep.jsonNative === false) return 'prompt';
  if (req.jsonSchema!.strict === false) return 'native';
  const refused = ep.strictNative === false || ep.strictRefused.has(schemaKey(req.jsonSchema!.schema));
  return refused || !strictSchemaOf(req) ? 'json-object' : 'native';
}

/** The SDK client of an endpoint, over `baseFetch`. */
export function createSdkClient(ep: ResolvedEndpoint, apiKey: string | undefined, baseFetch: FetchLike, governor: EndpointGovernor, latency?: LatencyTracker): OpenAI {
  // Every HTTP attempt, including the SDK's own retries, passes the governor: a 429 the SDK
  // retries still counts toward a burst, and rate-limit headers are read. A call's slot (when it
  // carries one) is given back as soon as an attempt fails in a way the SDK retries, and taken
  // again before the retry goes out (call-slot.ts).
  const observedFetch: FetchLike = async (input, init) => {
    const slot = (init as { [SLOT_KEY]?: CallSlot } | undefined)?.[SLOT_KEY];
    if (slot && !slot.held) await slot.take(init?.signal ?? undefined);
    slot?.onAttempt?.(true);
    const started = performance.now();
    let res: Response;
    try {
      res = await baseFetch(input, init);
    } catch (err) {
      slot?.onAttempt?.(false);
      slot?.give();
      throw err;
    }
    slot?.onAttempt?.(false);
    governor.observe(res.status, res.headers);
    if (res.status < 300) latency?.record(performance.now() - started);
    else if (slot && releasesSlot(res.status)) slot.give();
    return res;
  };
  return new OpenAI({
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
  });
}

/** One call, with the fallback switch of mode after a 400 that says the feature is unsupported. */
export async function callEndpoint(
  sdk: OpenAI,
  ep: EndpointState,
  role: ResolvedRole,
  req: LlmRequest,
  tools: readonly ToolDef[] | undefined,
  seed: number | undefined,
  logger: Logger | undefined,
  slot?: CallSlot,
  signal?: AbortSignal,
): Promise<CachedCompletion> {
  const feature: 'jsonSchema' | 'tools' | undefined = tools ? 'tools' : req.jsonSchema ? 'jsonSchema' : undefined;
  for (;;) {
    const mode = modeFor(ep, req, feature);
    const native = mode !== 'prompt';
    const body = buildBody(role, req, tools, seed, mode);
    try {
      const sig = signal ?? req.signal;
      const options = slot ? { ...(sig ? { signal: sig } : {}), fetchOptions: { [SLOT_KEY]: slot } as object } : sig ? { signal: sig } : undefined;
      const { data, request_id } = await sdk.chat.completions.create(body, options).withResponse();
      if (feature === 'tools' && ep.toolsNative === undefined) ep.toolsNative = true;
      if (feature === 'jsonSchema' && ep.jsonNative === undefined) ep.jsonNative = true;
      if (mode === 'native' && feature === 'jsonSchema' && ep.strictNative === undefined && strictSchemaOf(req)) ep.strictNative = true;
      return completionOf(data, ep.config.name, role, req, tools, mode, request_id);
    } catch (err) {
      if (mode === 'native' && feature === 'jsonSchema' && isInvalidSchema(err)) {
        const refused = ep.strictRefused;
        refused.add(schemaKey(req.jsonSchema!.schema));
        if (refused.size >= STRICT_REFUSALS_OFF) ep.strictNative = false;
        logger?.warn(
          { endpoint: ep.config.name, schema: req.jsonSchema!.name, refused: refused.size, status: (err as APIError).status, err: (err as APIError).message },
          ep.strictNative === false
            ? `llm endpoint refused ${refused.size} strict schemas; asking json_object and checking answers here from now on`
            : 'llm endpoint refused the strict schema; asking json_object for it and checking answers here',
        );
        continue;
      }
      if (native && feature !== undefined && (feature === 'tools' ? ep.toolsNative : ep.jsonNative) !== true && isUnsupported(err, feature)) {
        if (feature === 'tools') ep.toolsNative = false;
        else ep.jsonNative = false;
        logger?.warn(
          { endpoint: ep.config.name, feature, status: (err as APIError).status, err: (err as APIError).message },
          `llm endpoint does not take ${feature === 'tools' ? 'tools' : 'response_format json_schema'}; describing it in the prompt from now on`,
        );
        continue;
      }
      throw mapError(err, ep.config);
    }
  }
}

/** The body of one call as this endpoint takes it now (batch mode writes it to a request file). */
export function requestBody(ep: EndpointState, role: ResolvedRole, req: LlmRequest, tools: readonly ToolDef[] | undefined, seed: number | undefined): { body: ReturnType<typeof buildBody>; mode: Mode } {
  const feature: 'jsonSchema' | 'tools' | undefined = tools ? 'tools' : req.jsonSchema ? 'jsonSchema' : undefined;
  const mode = modeFor(ep, req, feature);
  return { body: buildBody(role, req, tools, seed, mode), mode };
}

/** A chat completion (online, or a line of a batch output file) as the cache keeps it. */
export function completionOf(
  data: OpenAI.Chat.Completions.ChatCompletion,
  endpoint: string,
  role: ResolvedRole,
  req: LlmRequest,
  tools: readonly ToolDef[] | undefined,
  mode: Mode,
  requestId: string | null | undefined,
): CachedCompletion {
  return cachedCompletion(data, { endpoint, model: role.model, mode, requestId }, () => requestChars(req.messages, req.jsonSchema?.schema, tools));
}

/** A 400 on the schema itself (OpenAI: "Invalid schema for response_format ..."). */
function isInvalidSchema(err: unknown): boolean {
  if (!(err instanceof APIError) || (err.status !== 400 && err.status !== 422)) return false;
  return /invalid[ _](json[ _])?schema/i.test(`${err.code ?? ''} ${err.message}`);
}

function isUnsupported(err: unknown, feature: 'jsonSchema' | 'tools'): boolean {
  if (!(err instanceof APIError) || (err.status !== 400 && err.status !== 422)) return false;
  const text = `${err.param ?? ''} ${err.message}`;
  if (/invalid schema/i.test(text)) return false;
  return feature === 'jsonSchema' ? /response_format|json_schema|structured output|guided_json/i.test(text) : /\btools?\b|tool_choice|function call/i.test(text);
}

/** The HttpTimeoutError down an error's causes (the SDK wraps what fetch threw), if any. */
function timeoutIn(err: unknown): HttpTimeoutError | undefined {
  for (let e = err, i = 0; e instanceof Error && i < 5; e = e.cause, i++) if (e instanceof HttpTimeoutError) return e;
  return undefined;
}

function mapError(err: unknown, ep: ResolvedEndpoint): unknown {
  if (err instanceof APIUserAbortError) return err;
  const timeout = timeoutIn(err);
  if (timeout) {
    return new LlmRequestError(ep.name, 'timeout', undefined, undefined, `${timeout.message} (${ep.maxRetries} SDK retries)`, { cause: err });
  }
  if (err instanceof APIConnectionTimeoutError) {
    // The SDK drops what fetch threw when it reads as a timeout, so the phase is not known here.
    const limits = `connect ${ep.connectTimeoutMs} ms, first byte ${ep.firstByteTimeoutMs} ms, whole attempt ${ep.timeoutMs} ms`;
    return new LlmRequestError(ep.name, 'timeout', undefined, undefined, `no answer within the endpoint's timeouts (${limits}; ${ep.maxRetries} SDK retries)`, { cause: err });
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
