import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import type { ClientRequest } from 'node:http';
import { armTimeouts, HttpTimeoutError } from '../../core/http-timeouts.js';
import { createTimedFetch } from '../../core/timed-fetch.js';
import { startSilentServer, type SilentServer } from '../helpers/silent-server.js';

const SHORT = { connectMs: 1000, firstByteMs: 200, totalMs: 400 };
let servers: SilentServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function failure(p: Promise<unknown>): Promise<{ err: unknown; ms: number }> {
  const t0 = Date.now();
  try {
    await p;
  } catch (err) {
    return { err, ms: Date.now() - t0 };
  }
  throw new Error('expected a failure');
}

describe('timed fetch (core/timed-fetch.ts)', () => {
  it('gives up on a server that accepts and never answers after the first-byte timeout', async () => {
    const s = await startSilentServer();
    servers.push(s);
    const { err, ms } = await failure(createTimedFetch(SHORT)(`${s.url}/api/whoami-v2`));
    expect(err).toBeInstanceOf(HttpTimeoutError);
    expect((err as HttpTimeoutError).phase).toBe('first byte');
    expect((err as Error).message).toBe(`no answer to ${s.url} within 200 ms (first byte timeout)`);
    expect(ms).toBeLessThan(2000);
  });

  it('gives up on an answer that never ends after the total timeout, while the body is read', async () => {
    const s = await startSilentServer('trickle');
    servers.push(s);
    const res = await createTimedFetch(SHORT)(`${s.url}/x`);
    expect(res.status).toBe(200);
    const { err, ms } = await failure(res.text());
    expect(String((err as Error).message) + String((err as Error).cause ?? '')).toMatch(/the answer did not end .* within 400 ms \(total timeout\)/);
    expect(ms).toBeLessThan(2000);
  });

  it('gives up on a connection that is never made after the connect timeout (a socket that never connects)', async () => {
    // Loopback always connects at once, so the request is a stand-in whose socket never does.
    const req = Object.assign(new EventEmitter(), { setTimeout: () => req, destroy: (err: Error) => req.emit('destroyed', err) });
    const failed = new Promise<HttpTimeoutError>((resolve) => armTimeouts(req as unknown as ClientRequest, 'http://10.255.255.1/x', { ...SHORT, connectMs: 50 }, resolve));
    req.emit('socket', Object.assign(new EventEmitter(), { connecting: true }));
    const destroyed = new Promise<Error>((resolve) => req.once('destroyed', resolve));
    const err = await failed;
    expect(err.phase).toBe('connect');
    expect(err.message).toBe('no connection to http://10.255.255.1 within 50 ms (connect timeout)');
    expect(await destroyed).toBe(err);
  });

  it('sends string and Blob bodies, reads the answer, follows a redirect', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/old') {
        res.writeHead(307, { location: '/new' });
        return res.end();
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'x-seen': req.url ?? '' });
        res.end(JSON.stringify({ method: req.method, body: Buffer.concat(chunks).toString(), length: req.headers['content-length'] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const f = createTimedFetch(SHORT);
      const a = await f(`${url}/old`, { method: 'PUT', body: 'hello' });
      expect(a.headers.get('x-seen')).toBe('/new');
      expect(a.url).toBe(`${url}/new`);
      expect(await a.json()).toEqual({ method: 'PUT', body: 'hello', length: '5' });
      const b = await f(`${url}/blob`, { method: 'POST', body: new Blob(['x'.repeat(100_000)]) });
      expect(await b.json()).toEqual({ method: 'POST', body: 'x'.repeat(100_000), length: '100000' });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
