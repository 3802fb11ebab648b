/**
 * A `fetch` over node:http(s) with connect, first-byte and total timeouts (http-timeouts.ts),
 * for clients that take a fetch (the Hugging Face hub library). Why not the global fetch:
 * undici waits 300 s for headers and does not tell connecting apart from waiting. Bodies stream
 * both ways (a Blob upload is not read into memory); redirects are followed as fetch does.
 */
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { armTimeouts, type HttpTimeouts } from './http-timeouts.js';

export type FetchFn = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NO_BODY = new Set([101, 204, 205, 304]);
const MAX_REDIRECTS = 5;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
}

function headersOf(h: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(h).forEach((v, k) => (out[k] = v));
  return out;
}

/** The body as something node:http can send: bytes, or a stream of a Blob or ReadableStream. */
function bodyOf(body: BodyInit | null | undefined): { bytes?: Uint8Array; stream?: () => Readable; size?: number; type?: string } {
  if (body === undefined || body === null) return {};
  if (typeof body === 'string') return { bytes: Buffer.from(body) };
  if (body instanceof Uint8Array) return { bytes: body };
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body) };
  if (body instanceof URLSearchParams) return { bytes: Buffer.from(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  if (body instanceof Blob) return { stream: () => Readable.fromWeb(body.stream() as never), size: body.size, ...(body.type ? { type: body.type } : {}) };
  if (body instanceof ReadableStream) return { stream: () => Readable.fromWeb(body as never) };
  throw new TypeError('timed fetch: unsupported body type');
}

/** A fetch whose every exchange obeys `timeouts`. */
export function createTimedFetch(timeouts: HttpTimeouts): FetchFn {
  const once = (url: URL, method: string, headers: Record<string, string>, body: ReturnType<typeof bodyOf>, signal: AbortSignal | undefined) =>
    new Promise<http.IncomingMessage>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const secure = url.protocol === 'https:';
      const h = { ...headers };
      if (body.bytes) h['content-length'] = String(body.bytes.byteLength);
      else if (body.size !== undefined) h['content-length'] = String(body.size);
      if (body.type && h['content-type'] === undefined) h['content-type'] = body.type;
      const req = (secure ? https : http).request(url, { method, headers: h });
      let settled = false;
      const settle = (fn: () => void): void => {
        if (!settled) {
          settled = true;
          fn();
        }
      };
      let answer: http.IncomingMessage | undefined;
      const timers = armTimeouts(req, url.href, timeouts, (err) => {
        settle(() => reject(err));
        answer?.destroy(err); // a body being read fails with the timeout, not a bare 'aborted'
      });
      const onAbort = (): void => {
        const err = abortError(signal as AbortSignal);
        settle(() => reject(err));
        req.destroy(err as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (err) => settle(() => reject(Object.assign(new TypeError('fetch failed', { cause: err })))));
      req.on('close', () => {
        timers.done();
        signal?.removeEventListener('abort', onAbort);
      });
      req.on('response', (res) => {
        answer = res;
        timers.gotHeaders();
        res.once('end', () => timers.done());
        settle(() => resolve(res));
      });
      if (body.bytes) req.end(body.bytes);
      else if (body.stream) body.stream().on('error', (err) => req.destroy(err)).pipe(req);
      else req.end();
    });

  return async (input, init = {}) => {
    if (typeof input !== 'string' && !(input instanceof URL)) throw new TypeError('timed fetch: pass a URL and init, not a Request');
    let url = new URL(input);
    let method = (init.method ?? 'GET').toUpperCase();
    const headers = headersOf(init.headers);
    let body = bodyOf(init.body);
    for (let hops = 0; ; hops++) {
      const res = await once(url, method, headers, body, init.signal ?? undefined);
      const status = res.statusCode ?? 500;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location && init.redirect !== 'manual' && hops < MAX_REDIRECTS) {
        res.resume();
        url = new URL(location, url);
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
          method = 'GET';
          body = {};
          delete headers['content-type'];
        } else if (body.stream) {
          throw new TypeError(`fetch failed: redirect ${status} of a streamed body`);
        }
        continue;
      }
      const responseHeaders = new Headers();
      for (let i = 0; i < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
      const stream = NO_BODY.has(status) || method === 'HEAD' ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>);
      if (stream === null) res.resume();
      const response = new Response(stream, { status, statusText: res.statusMessage ?? '', headers: responseHeaders });
      Object.defineProperty(response, 'url', { value: url.href });
      return response;
    }
  };
}
