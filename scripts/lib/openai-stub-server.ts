/**
 * An OpenAI-compatible server on loopback for tests and benchmarks: `/v1/chat/completions` and
 * `/v1/models`. Answers are scripted per test, or generated to follow whatever the request
 * carries (a JSON Schema in response_format, a tool list); faults are injected per request
 * number or from a queue (openai-stub-answers.ts, openai-stub-faults.ts); with `strictSchemas`
 * a json_schema outside OpenAI strict mode's rules gets OpenAI's 400. Importing this module
 * starts nothing: see scripts/openai-stub-server-main.ts for the standalone process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { AnswerScript, completion, defaultAnswer, type ChatBody, type StubAnswer, type StubScript } from './openai-stub-answers.js';
import { BatchStub, type BatchStubOptions } from './openai-stub-batches.js';
import { FaultMix, FaultSchedule, faultAnswer, faultResponse, strictSchemaRefusal, type StubFault } from './openai-stub-faults.js';

export { defaultAnswer, type ChatBody, type StubAnswer, type StubRequest, type StubScript } from './openai-stub-answers.js';
export type { StubFault, StubFaultKind } from './openai-stub-faults.js';
export { generateFromSchema } from './schema-values.js';

export interface StubOptions {
  /** Delay before every answer, in ms. Default 0. */
  readonly latencyMs?: number;
  readonly script?: StubScript;
  readonly faults?: readonly StubFault[];
  /** Faults at random rates (after the scheduled ones): `{ '429': 0.05, hang: 0.005 }`. */
  readonly faultMix?: FaultMix;
  /** Headers added to every answer (or computed per request). */
  readonly headers?: Readonly<Record<string, string>> | ((n: number) => Record<string, string>);
  /** Keep every request body for inspection. Default true (the benchmark turns it off). */
  readonly keepBodies?: boolean;
  /** Refuse, as OpenAI does, a strict json_schema that breaks strict mode's rules (HTTP 400). Default false. */
  readonly strictSchemas?: boolean;
  /** Token counts a server would report for a request and its answer; default: the request's messages at 4 characters a token. */
  readonly usage?: (body: ChatBody, answer: StubAnswer) => { prompt_tokens: number; completion_tokens: number };
  /** The files and batches endpoints (openai-stub-batches.ts): how batches complete, expire or fail lines. */
  readonly batches?: BatchStubOptions;
  /** A request whose gate returns a promise is answered once it settles (a slow item a test lets go when it chooses); undefined: at once. */
  readonly gate?: (req: { readonly n: number; readonly body: ChatBody }) => Promise<void> | undefined;
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
  setFaultMix(mix: FaultMix | undefined): void;
  /** The files and batches endpoints: their counters and options. */
  readonly batches: BatchStub;
  close(): Promise<void>;
}

export async function start(options: StubOptions = {}): Promise<StubServer> {
  let latencyMs = options.latencyMs ?? 0;
  const script = new AnswerScript(options.script);
  let faults = new FaultSchedule(options.faults ?? []);
  let mix = options.faultMix;
  const batches = new BatchStub(script, options.batches);
  const keepBodies = options.keepBodies ?? true;
  const requests: ChatBody[] = [];
  const requestHeaders: IncomingMessage['headers'][] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  let count = 0;

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
      if (batches.handle(req, res, path, Buffer.concat(chunks))) return;
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
      const refusal = options.strictSchemas ? strictSchemaRefusal(body) : undefined;
      if (refusal) {
        send(res, refusal.status, refusal.body, { 'x-request-id': `req_stub_${n}` });
        return;
      }
      const fault = faults.next(n, body) ?? mix?.next();
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
        const scripted = fault ? undefined : script.next({ n, body, headers: req.headers });
        const given = fault ? faultAnswer(fault, body, n) : (scripted ?? defaultAnswer(body, n));
        const answer = options.usage && !given.usage ? { ...given, usage: options.usage(body, given) } : given;
        send(res, 200, completion(body, answer, n), { ...headers, ...(answer.headers ?? {}) });
      };
      const answer = (): void => {
        if (latencyMs > 0) setTimeout(reply, latencyMs);
        else reply();
      };
      const gate = options.gate?.({ n, body });
      if (gate) void gate.then(answer, answer);
      else answer();
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
      script.set(s);
    },
    setFaults(f) {
      faults = new FaultSchedule(f);
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    setFaultMix(m) {
      mix = m;
    },
    batches,
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
