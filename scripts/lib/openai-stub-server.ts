/**
 * An OpenAI-compatible server on loopback for tests and benchmarks: `/v1/chat/completions` and
 * `/v1/models`. Answers are scripted per test, or generated to follow whatever the request
 * carries (a JSON Schema in response_format, a tool list); faults are injected per request
 * number or from a queue. Importing this module starts nothing: see
 * scripts/openai-stub-server-main.ts for the standalone process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type StubFaultKind =
  /** 429 with Retry-After (`retryAfterS`, default 0) or Retry-After-Ms (`retryAfterMs`). */
  | '429'
  /** 500 / 503, with Retry-After-Ms when `retryAfterMs` is given (keeps the SDK's backoff short in tests). */
  | '500'
  | '503'
  /** 401 invalid key (not retried). */
  | '401'
  /** The connection is destroyed without an answer. */
  | 'reset'
  /** No answer at all, until the client times out (or the server closes). */
  | 'hang'
  /** 200 with content that is not JSON. */
  | 'invalid-json'
  /** 200 with a cut-off answer and finish_reason "length". */
  | 'length'
  /** 400 "response_format is not supported" (only for requests that carry response_format). */
  | '400-response-format'
  /** 400 "tools are not supported" (only for requests that carry tools). */
  | '400-tools';

export interface StubFault {
  readonly kind: StubFaultKind;
  /** Request number(s) (1-based, chat completions only) that get this fault. Without it, the fault is queued. */
  readonly at?: number | readonly number[];
  /** A queued fault applies to this many requests (Infinity allowed). Default 1. */
  readonly times?: number;
  readonly retryAfterS?: number;
  readonly retryAfterMs?: number;
}

export interface StubAnswer {
  readonly content?: string | null;
  readonly toolCalls?: readonly { readonly name: string; readonly arguments: unknown; readonly id?: string }[];
  readonly finishReason?: string;
  readonly usage?: { readonly prompt_tokens: number; readonly completion_tokens: number };
  /** Extra response headers (e.g. x-ratelimit-*). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface StubRequest {
  /** 1-based number of this chat completion request. */
  readonly n: number;
  readonly body: ChatBody;
  readonly headers: IncomingMessage['headers'];
}

/** A queue of answers (consumed in order, then the generated default), or a function (undefined = default). */
export type StubScript = readonly StubAnswer[] | ((req: StubRequest) => StubAnswer | undefined);

export interface StubOptions {
  /** Delay before every answer, in ms. Default 0. */
  readonly latencyMs?: number;
  readonly script?: StubScript;
  readonly faults?: readonly StubFault[];
  /** Headers added to every answer (or computed per request). */
  readonly headers?: Readonly<Record<string, string>> | ((n: number) => Record<string, string>);
  /** Keep every request body for inspection. Default true (the benchmark turns it off). */
  readonly keepBodies?: boolean;
  /** Port; default 0 (any free port). Always bound to 127.0.0.1. */
  readonly port?: number;
}

export interface StubServer {
  /** Base URL to give the client, ending in /v1. */
  readonly url: string;
  /** Chat completion requests received (every HTTP attempt, retries included). */
  requestCount(): number;
  /** Bodies of those requests, in arrival order. */
  readonly requests: ChatBody[];
  /** Request headers, in arrival order (to check what the client sent). */
  readonly requestHeaders: IncomingMessage['headers'][];
  setScript(script: StubScript | undefined): void;
  setFaults(faults: readonly StubFault[]): void;
  setLatency(ms: number): void;
  close(): Promise<void>;
}

export interface ChatBody {
  model?: string;
  messages?: { role: string; content?: string | null }[];
  response_format?: { type: string; json_schema?: { name?: string; schema?: JsonSchema; strict?: boolean } };
  tools?: { type: string; function: { name: string; description?: string; parameters?: JsonSchema } }[];
  max_tokens?: number;
  seed?: number;
  [k: string]: unknown;
}

type JsonSchema = { [k: string]: unknown };

interface QueuedFault {
  fault: StubFault;
  left: number;
}

export async function start(options: StubOptions = {}): Promise<StubServer> {
  let latencyMs = options.latencyMs ?? 0;
  let script: StubScript | undefined = options.script;
  let scriptPos = 0;
  let byNumber = new Map<number, StubFault>();
  let queue: QueuedFault[] = [];
  const keepBodies = options.keepBodies ?? true;
  const requests: ChatBody[] = [];
  const requestHeaders: IncomingMessage['headers'][] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  let count = 0;

  const setFaults = (faults: readonly StubFault[]): void => {
    byNumber = new Map();
    queue = [];
    for (const f of faults) {
      if (f.at !== undefined) for (const n of typeof f.at === 'number' ? [f.at] : f.at) byNumber.set(n, f);
      else queue.push({ fault: f, left: f.times ?? 1 });
    }
  };
  setFaults(options.faults ?? []);

  const faultFor = (n: number, body: ChatBody): StubFault | undefined => {
    const fixed = byNumber.get(n);
    if (fixed) return fixed;
    for (const q of queue) {
      if (q.left <= 0) continue;
      if (q.fault.kind === '400-response-format' && !body.response_format) continue;
      if (q.fault.kind === '400-tools' && !body.tools) continue;
      q.left--;
      return q.fault;
    }
    return undefined;
  };

  const answerFor = (req: StubRequest): StubAnswer | undefined => {
    if (script === undefined) return undefined;
    if (typeof script === 'function') return script(req);
    if (scriptPos < script.length) return script[scriptPos++];
    return undefined;
  };

  const extraHeaders = (n: number): Record<string, string> =>
    options.headers === undefined ? {} : typeof options.headers === 'function' ? options.headers(n) : { ...options.headers };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'GET' && path.endsWith('/models')) {
        send(res, 200, { object: 'list', data: [{ id: 'stub-model', object: 'model', created: 0, owned_by: 'stub' }] }, {});
        return;
      }
      if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
        send(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } }, {});
        return;
      }
      const n = ++count;
      let body: ChatBody;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatBody;
      } catch {
        send(res, 400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } }, {});
        return;
      }
      if (keepBodies) {
        requests.push(body);
        requestHeaders.push(req.headers);
      }
      const fault = faultFor(n, body);
      if (fault?.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      const headers = { 'x-request-id': `req_stub_${n}`, ...extraHeaders(n) };
      const reply = (): void => {
        if (res.destroyed) return;
        if (fault) {
          const f = faultResponse(fault, body);
          if (f) {
            send(res, f.status, f.body, { ...headers, ...f.headers });
            return;
          }
        }
        const scripted = fault ? undefined : answerFor({ n, body, headers: req.headers });
        const answer = fault ? faultAnswer(fault, body, n) : (scripted ?? defaultAnswer(body, n));
        send(res, 200, completion(body, answer, n), { ...headers, ...(answer.headers ?? {}) });
      };
      if (latencyMs > 0) setTimeout(reply, latencyMs);
      else reply();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requestCount: () => count,
    requests,
    requestHeaders,
    setScript(s) {
      script = s;
      scriptPos = 0;
    },
    setFaults,
    setLatency(ms) {
      latencyMs = ms;
    },
    close() {
      for (const r of hanging) r.destroy();
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function faultResponse(f: StubFault, body: ChatBody): { status: number; body: unknown; headers: Record<string, string> } | undefined {
  switch (f.kind) {
    case '429': {
      const headers: Record<string, string> = {};
      if (f.retryAfterMs !== undefined) headers['retry-after-ms'] = String(f.retryAfterMs);
      else headers['retry-after'] = String(f.retryAfterS ?? 0);
      return { status: 429, body: { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded', param: null } }, headers };
    }
    case '500':
      return { status: 500, body: { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } }, headers: retryAfter(f) };
    case '503':
      return { status: 503, body: { error: { message: 'The engine is currently overloaded, please try again later.', type: 'server_error', param: null, code: null } }, headers: retryAfter(f) };
    case '401':
      return { status: 401, body: { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }, headers: {} };
    case '400-response-format':
      return {
        status: 400,
        body: { error: { message: `response_format of type '${body.response_format?.type}' is not supported by this server`, type: 'invalid_request_error', param: 'response_format', code: null } },
        headers: {},
      };
    case '400-tools':
      return { status: 400, body: { error: { message: 'tools are not supported by this model', type: 'invalid_request_error', param: 'tools', code: null } }, headers: {} };
    default:
      return undefined;
  }
}

function retryAfter(f: StubFault): Record<string, string> {
  return f.retryAfterMs !== undefined ? { 'retry-after-ms': String(f.retryAfterMs) } : f.retryAfterS !== undefined ? { 'retry-after': String(f.retryAfterS) } : {};
}

function faultAnswer(f: StubFault, body: ChatBody, n: number): StubAnswer {
  if (f.kind === 'invalid-json') return { content: '{"answer": tru', finishReason: 'stop' };
  if (f.kind === 'length') {
    const full = defaultAnswer(body, n);
    const text = full.content ?? JSON.stringify(full.toolCalls ?? []);
    return { content: text.slice(0, Math.max(1, Math.floor(text.length / 2))), finishReason: 'length' };
  }
  return defaultAnswer(body, n);
}

/** The answer that follows the request: JSON for a schema, a call to the first tool, or text. */
export function defaultAnswer(body: ChatBody, n: number): StubAnswer {
  const rng = mulberry32((body.seed ?? 0) ^ Math.imul(n, 0x9e3779b1));
  const schema = body.response_format?.type === 'json_schema' ? body.response_format.json_schema?.schema : undefined;
  if (schema) return { content: JSON.stringify(generateFromSchema(schema, rng)), finishReason: 'stop' };
  if (body.response_format?.type === 'json_object') return { content: '{"ok":true}', finishReason: 'stop' };
  const tool = body.tools?.[0];
  if (tool) {
    return { toolCalls: [{ name: tool.function.name, arguments: generateFromSchema(tool.function.parameters ?? { type: 'object' }, rng) }], finishReason: 'tool_calls' };
  }
  return { content: `stub reply ${n}`, finishReason: 'stop' };
}

function completion(body: ChatBody, a: StubAnswer, n: number): unknown {
  const toolCalls = a.toolCalls?.map((t, i) => ({
    id: t.id ?? `call_${n}_${i + 1}`,
    type: 'function',
    function: { name: t.name, arguments: typeof t.arguments === 'string' ? t.arguments : JSON.stringify(t.arguments) },
  }));
  const content = a.content === undefined ? (toolCalls ? null : '') : a.content;
  const promptTokens = Math.ceil(JSON.stringify(body.messages ?? []).length / 4);
  const completionTokens = Math.max(1, Math.ceil(((content ?? '').length + (toolCalls ? JSON.stringify(toolCalls).length : 0)) / 4));
  const usage = a.usage ?? { prompt_tokens: promptTokens, completion_tokens: completionTokens };
  return {
    id: `chatcmpl-stub-${n}`,
    object: 'chat.completion',
    created: 1700000000,
    model: body.model ?? 'stub-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, ...(toolCalls ? { tool_calls: toolCalls } : {}), refusal: null },
        logprobs: null,
        finish_reason: a.finishReason ?? (toolCalls ? 'tool_calls' : 'stop'),
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A value that follows `schema`: types, const, enum, required, min/max (length, items, value),
 * arrays, nested objects, anyOf/oneOf (first branch), local $ref to #/$defs or #/definitions.
 */
export function generateFromSchema(schema: JsonSchema, rng: () => number = Math.random, root: JsonSchema = schema, depth = 0): unknown {
  if (depth > 12) return null;
  if (typeof schema.$ref === 'string') {
    const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(schema.$ref);
    const target = m ? ((root[m[1]] as Record<string, JsonSchema> | undefined)?.[m[2]] ?? {}) : {};
    return generateFromSchema(target, rng, root, depth + 1);
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[Math.floor(rng() * schema.enum.length)];
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) return generateFromSchema(branches[0], rng, root, depth + 1);
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    return generateFromSchema(Object.assign({}, ...(schema.allOf as JsonSchema[])), rng, root, depth + 1);
  }
  let type = schema.type;
  if (Array.isArray(type)) type = type.find((t) => t !== 'null') ?? 'null';
  if (type === undefined) type = schema.properties ? 'object' : schema.items ? 'array' : 'string';
  switch (type) {
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(props)) {
        // Required properties always; optional ones half the time, to exercise both.
        if (required.has(k) || rng() < 0.5) out[k] = generateFromSchema(s, rng, root, depth + 1);
      }
      for (const k of required) if (!(k in out)) out[k] = 'x';
      return out;
    }
    case 'array': {
      const min = (schema.minItems as number | undefined) ?? 1;
      const max = (schema.maxItems as number | undefined) ?? Math.max(min, 3);
      const len = min + Math.floor(rng() * (Math.min(max, min + 3) - min + 1));
      const items = (schema.items ?? {}) as JsonSchema;
      const out: unknown[] = [];
      for (let i = 0; i < len; i++) out.push(generateFromSchema(items, rng, root, depth + 1));
      if (schema.uniqueItems) return [...new Map(out.map((v) => [JSON.stringify(v), v])).values()];
      return out;
    }
    case 'integer':
    case 'number': {
      const lo = (schema.minimum as number | undefined) ?? (schema.exclusiveMinimum !== undefined ? (schema.exclusiveMinimum as number) + 1 : 0);
      const hi = (schema.maximum as number | undefined) ?? (schema.exclusiveMaximum !== undefined ? (schema.exclusiveMaximum as number) - 1 : lo + 100);
      const v = lo + rng() * Math.max(0, hi - lo);
      return type === 'integer' ? Math.min(Math.floor(hi), Math.max(Math.ceil(lo), Math.round(v))) : Math.round(v * 100) / 100;
    }
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    default: {
      const format = schema.format as string | undefined;
      if (format === 'date') return '2024-05-17';
      if (format === 'date-time') return '2024-05-17T10:30:00Z';
      if (format === 'email') return 'user@example.com';
      if (format === 'uri' || format === 'url') return 'https://example.com/a';
      if (format === 'uuid') return '123e4567-e89b-42d3-a456-426614174000';
      const min = (schema.minLength as number | undefined) ?? 1;
      const max = (schema.maxLength as number | undefined) ?? Math.max(min, 12);
      const len = Math.min(max, Math.max(min, 3 + Math.floor(rng() * 8)));
      let s = '';
      for (let i = 0; i < len; i++) s += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rng() * 26)];
      return s;
    }
  }
}
