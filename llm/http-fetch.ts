/**
 * A fetch over node:http(s) with a keep-alive agent per endpoint, given to the SDK instead of
 * the global (undici) fetch. Why: with hundreds of requests in flight, undici's WHATWG fetch
 * (streams, request cloning, abort plumbing) costs several times the CPU of http.request, and
 * on a small machine that CPU, not the server, caps throughput (see scripts/bench-llm.ts). The
 * agent keeps up to `maxSockets` connections open and reuses them, so a steady load opens each
 * socket once. Bodies are buffered: chat completions are small JSON documents, never streamed
 * here. Anything unusual (a stream body) goes to the global fetch. To use undici's fetch
 * instead, pass `fetch: globalThis.fetch` to the LlmClient.
 */
import http from 'node:http';
import https from 'node:https';
import { armTimeouts, type HttpTimeouts } from '../core/http-timeouts.js';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface KeepAliveFetchOptions {
  /** Sockets per host; set to the endpoint's maxConcurrency so no request queues in the agent. */
  readonly maxSockets: number;
  /** Idle sockets kept for reuse. Default maxSockets. */
  readonly maxFreeSockets?: number;
  /** Connect, first-byte and total timeouts of each request (core/http-timeouts.ts). Default: none (the SDK's own timeout only). */
  readonly timeouts?: HttpTimeouts;
}

export interface KeepAliveFetch {
  readonly fetch: FetchLike;
  /** Close the pooled sockets (end of job, end of test). */
  destroy(): void;
}

export function createKeepAliveFetch(options: KeepAliveFetchOptions): KeepAliveFetch {
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets,
    maxFreeSockets: options.maxFreeSockets ?? options.maxSockets,
    // Reuse the most recently used socket: the others may idle out instead of all staying warm.
    scheduling: 'lifo' as const,
  };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  const fetchImpl: FetchLike = (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = init.body;
    if (typeof input !== 'string' && !(input instanceof URL)) return globalThis.fetch(input, init);
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) return globalThis.fetch(input, init);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(abortError());

    const u = new URL(url);
    const secure = u.protocol === 'https:';
    const headers: Record<string, string> = {};
    const h = init.headers;
    if (h instanceof Headers) h.forEach((v, k) => (headers[k] = v));
    else if (Array.isArray(h)) for (const [k, v] of h) headers[k.toLowerCase()] = v;
    else if (h) for (const [k, v] of Object.entries(h)) headers[k.toLowerCase()] = String(v);
    // A string body is written as a string: node:http then sends it in one write with the headers
    // (a Buffer goes as a second chunk of a writev), one fewer copy and a cheaper send per request.
    const payload = typeof body === 'string' ? body : body instanceof Uint8Array ? body : undefined;
    if (payload !== undefined) headers['content-length'] = String(typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength);

    return new Promise<Response>((resolve, reject) => {
      const req = (secure ? https : http).request(
        {
          protocol: u.protocol,
          hostname: u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname,
          port: u.port || (secure ? 443 : 80),
          path: u.pathname + u.search,
          method: (init.method ?? 'GET').toUpperCase(),
          headers,
          agent: secure ? httpsAgent : httpAgent,
        },
        (res) => {
          timers?.gotHeaders();
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (err) => settle(() => reject(fetchFailed(err))));
          res.on('end', () =>
            settle(() => {
              const status = res.statusCode ?? 500;
              const buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
              resolve(new BufferedResponse(url, status, res.statusMessage ?? '', res.rawHeaders, buf) as unknown as Response);
            }),
          );
        },
      );
      let settled = false;
      // A timeout fails as a network failure does ('fetch failed'), so the SDK retries it; its cause says which.
      const timers = options.timeouts ? armTimeouts(req, url, options.timeouts, (err) => settle(() => reject(fetchFailed(err)))) : undefined;
      req.on('close', () => timers?.done());
      const onAbort = (): void => {
        settle(() => reject(abortError()));
        req.destroy();
      };
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        fn();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (err) => settle(() => reject(fetchFailed(err))));
      if (payload !== undefined) req.end(payload);
      else req.end();
    });
  };

  return {
    fetch: fetchImpl,
    destroy() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

/**
 * Read-only headers over the raw header list: what the SDK and the governor read (`get`, `has`,
 * iteration). Undici's Headers validates and sorts on every append, a measurable share of the
 * CPU per request at this rate.
 */
class BufferedHeaders {
  readonly #map = new Map<string, string>();
  constructor(raw: readonly string[]) {
    for (let i = 0; i < raw.length; i += 2) {
      const k = raw[i].toLowerCase();
      const prev = this.#map.get(k);
      this.#map.set(k, prev === undefined ? raw[i + 1] : `${prev}, ${raw[i + 1]}`);
    }
  }
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }
  forEach(fn: (value: string, key: string, parent: BufferedHeaders) => void): void {
    for (const [k, v] of this.#map) fn(v, k, this);
  }
  entries(): IterableIterator<[string, string]> {
    return this.#map.entries();
  }
  keys(): IterableIterator<string> {
    return this.#map.keys();
  }
  values(): IterableIterator<string> {
    return this.#map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#map.entries();
  }
}

/**
 * A fully received response with the members of `Response` the SDK uses (status, ok, headers,
 * url, body, json, text; see openai/src/client.ts and internal/parse.ts). `body` is null: the
 * payload is already buffered, and the SDK only touches `body` to cancel it. `arrayBuffer`,
 * `blob`-less by design; `clone` for callers that inspect a response twice.
 */
class BufferedResponse {
  readonly ok: boolean;
  readonly headers: BufferedHeaders;
  readonly body = null;
  readonly redirected = false;
  readonly type = 'basic';
  bodyUsed = false;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly rawHeaders: readonly string[],
    readonly buffer: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new BufferedHeaders(rawHeaders);
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.buffer.toString('utf8');
  }
  async json(): Promise<unknown> {
    this.bodyUsed = true;
    return JSON.parse(this.buffer.toString('utf8'));
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return new Uint8Array(this.buffer).buffer;
  }
  clone(): BufferedResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, this.rawHeaders, this.buffer);
  }
}

function abortError(): Error {
  const e = new Error('This operation was aborted');
  e.name = 'AbortError';
  return e;
}

// The shape undici gives a network failure, so the SDK treats both alike.
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}
