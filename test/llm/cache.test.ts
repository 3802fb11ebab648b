import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { pino, type Logger } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { LlmCache, LlmClient, LlmOutputError, cacheKey, type LlmRequest, type ToolDef } from '../../llm/index.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { start, type StubServer } from '../../scripts/lib/openai-stub-server.js';

const KEY = 'sk-test-7f3a9c1e-DO-NOT-LEAK-4b2d';
const KEY_ENV = 'TOOLFORGE_TEST_LLM_KEY';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function server(o: Parameters<typeof start>[0] = {}): Promise<StubServer> {
  const s = await start(o);
  cleanups.push(() => s.close());
  return s;
}

function tempDb(): { path: string; open: () => Database.Database } {
  const dir = mkdtempSync(join(tmpdir(), 'toolforge-llm-cache-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'checkpoint.sqlite');
  return {
    path,
    open: () => {
      const db = new Database(path);
      db.pragma('journal_mode = WAL');
      cleanups.push(() => db.open && db.close());
      return db;
    },
  };
}

function captureLogger(): { logger: Logger; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), text: () => chunks.join('') };
}

const TOOL: ToolDef = { type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } } };
const SCHEMA = { type: 'object', properties: { n: { type: 'integer', minimum: 1, maximum: 9 } }, required: ['n'] };

function calls(): LlmRequest[] {
  return [
    { role: 'user', messages: [{ role: 'user', content: 'write a request' }], itemSeed: 1, attempt: 0, itemIdx: 0 },
    { role: 'judge', messages: [{ role: 'user', content: 'rate it' }], jsonSchema: { name: 'score', schema: SCHEMA }, itemSeed: 1, attempt: 0, itemIdx: 0 },
    { role: 'assistant', messages: [{ role: 'user', content: 'find x' }], tools: [TOOL], itemSeed: 2, attempt: 0, itemIdx: 1 },
    { role: 'user', messages: [{ role: 'user', content: 'write a request' }], itemSeed: 2, attempt: 0, itemIdx: 1 },
  ];
}

function makeClient(url: string, db: Database.Database | undefined, logger?: Logger): LlmClient {
  const c = new LlmClient({
    endpoints: [{ name: 'e', baseURL: url, apiKeyEnv: KEY_ENV, inputUsdPerMTok: 1, outputUsdPerMTok: 2 }],
    roles: { user: { endpoint: 'e', model: 'm' }, judge: { endpoint: 'e', model: 'm' }, assistant: { endpoint: 'e', model: 'm' } },
    env: { [KEY_ENV]: KEY },
    cache: db ? new LlmCache(db) : false,
    ...(logger ? { logger } : {}),
  });
  cleanups.push(() => c.close());
  return c;
}

describe('response cache', () => {
  it('resume: a new client on the same checkpoint makes zero requests for calls already made', async () => {
    const s = await server();
    const file = tempDb();
    const db1 = file.open();
    const first = makeClient(s.url, db1);
    const answers = [];
    for (const r of calls()) answers.push(await first.complete(r));
    expect(s.requestCount()).toBe(4);
    expect(answers.every((a) => !a.cached)).toBe(true);
    db1.close();

    // "Resume": a fresh process would open the file again and build a new client.
    const second = makeClient(s.url, file.open());
    const again = [];
    for (const r of calls()) again.push(await second.complete(r));
    expect(s.requestCount()).toBe(4);
    expect(again.map((a) => a.cached)).toEqual([true, true, true, true]);
    expect(again.map(({ cached: _c, ...rest }) => rest)).toEqual(answers.map(({ cached: _c, ...rest }) => rest));
    const u = second.usage.snapshot();
    expect(u.totals).toMatchObject({ calls: 0, cachedCalls: 4, costUsd: 0 });
    expect(u.totals.savedUsd).toBeGreaterThan(0);
    // The item's own usage still counts the tokens its trajectory consumed.
    expect(second.usage.item(0)?.promptTokens).toBe(answers[0].usage.promptTokens + answers[1].usage.promptTokens);
  });

  it.each<[string, (r: LlmRequest) => LlmRequest]>([
    ['next attempt', (r) => ({ ...r, attempt: 1 })],
    ['other item seed', (r) => ({ ...r, itemSeed: 77 })],
    ['other messages', (r) => ({ ...r, messages: [{ role: 'user', content: 'something else' }] })],
  ])('a changed request (%s) is a new call', async (_, change) => {
    const s = await server();
    const c = makeClient(s.url, tempDb().open());
    const base = calls()[0];
    await c.complete(base);
    await c.complete(base);
    expect(s.requestCount()).toBe(1);
    const r = await c.complete(change(base));
    expect(r.cached).toBe(false);
    expect(s.requestCount()).toBe(2);
  });

  it('an unusable answer is sampled again at the call, never given as an answer; on resume the same answer comes back without a request', async () => {
    const s = await server({ faults: [{ kind: 'invalid-json', at: 1 }] });
    const file = tempDb();
    const req = calls()[1];
    const first = await makeClient(s.url, file.open()).complete(req);
    expect(first.json).toMatchObject({ n: expect.any(Number) });
    // Two requests, each with a seed of its own: the retry is a fresh sample, not the bad answer again.
    expect(s.requestCount()).toBe(2);
    expect(s.requests[0].seed).not.toBe(s.requests[1].seed);
    const rows = [...new LlmCache(file.open()).entries()];
    expect(rows.map((r) => r.value.unusable ?? 'usable').sort()).toEqual(['not-json', 'usable']);
    // Resumed: the failed sample is skipped as before and the usable one read back, with no request.
    const again = await makeClient(s.url, file.open()).complete(req);
    expect(again).toMatchObject({ cached: true, json: first.json });
    expect(s.requestCount()).toBe(2);
  });

  it('a call whose every sample is unusable fails its item with the last answer, after outputRetries fresh samples', async () => {
    const s = await server({ script: [{ content: '{"n": 0}' }, { content: '{"n": 11}' }, { content: 'no json here' }] });
    const c = makeClient(s.url, tempDb().open());
    const err = await c.complete(calls()[1]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmOutputError);
    expect((err as LlmOutputError).raw).toBe('no json here');
    expect(s.requestCount()).toBe(3);
    expect(new Set(s.requests.map((b) => b.seed)).size).toBe(3);
    expect(c.usage.totals().outputErrors).toBe(3);
  });

  it('HTTP failures are not cached', async () => {
    const s = await server({ faults: [{ kind: '401', at: 1 }] });
    const c = makeClient(s.url, tempDb().open());
    await expect(c.complete(calls()[0])).rejects.toThrow(/401/);
    expect((await c.complete(calls()[0])).cached).toBe(false);
    expect(s.requestCount()).toBe(2);
  });

  it('cache: false makes every call', async () => {
    const s = await server();
    const c = makeClient(s.url, undefined);
    await c.complete(calls()[0]);
    await c.complete(calls()[0]);
    expect(s.requestCount()).toBe(2);
  });

  it('the key is the sha256 of the canonical request with the endpoint; key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    const k1 = cacheKey('e', canonicalJson({ x: 1, y: 2 }));
    expect(k1).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey('e', canonicalJson({ y: 2, x: 1 }))).toBe(k1);
    expect(cacheKey('f', canonicalJson({ x: 1, y: 2 }))).not.toBe(k1);
  });
});

describe('the API key never leaves the SDK client', () => {
  it('absent from the checkpoint file bytes and from every log line, though the server received it', async () => {
    const s = await server({ faults: [{ kind: '500', at: 2, retryAfterMs: 5 }, { kind: '429', at: 5, retryAfterMs: 5 }, { kind: '401', at: 7 }] });
    const file = tempDb();
    const db = file.open();
    const { logger, text } = captureLogger();
    const c = makeClient(s.url, db, logger);
    for (const r of calls()) await c.complete(r);
    // Errors are logged by the client, and logged again here as a scheduler would (with cause).
    const err = await c.complete({ ...calls()[0], attempt: 5 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 401 });
    logger.error({ err }, 'item failed');
    logger.info({ usage: c.usage.snapshot(), endpoints: c.endpointStates(), support: c.endpointSupport() }, 'progress');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();

    expect(s.requestHeaders.every((h) => h.authorization === `Bearer ${KEY}`)).toBe(true);
    const logs = text();
    expect(logs).toContain('llm call'); // the logger did capture the calls
    expect(logs).toContain('HTTP 401');
    expect(logs).not.toContain(KEY);
    const bytes = Buffer.concat([file.path, `${file.path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)));
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.includes('llm_calls')).toBe(true);
    expect(bytes.includes(KEY)).toBe(false);
    expect(bytes.includes(KEY_ENV)).toBe(false);
    // The values are compressed: read back every one, decoded, and look there too.
    const decoded = [...new LlmCache(file.open()).entries()].map((e) => JSON.stringify(e.value)).join('\n');
    expect(decoded).toContain('"promptTokens"');
    expect(decoded).not.toContain(KEY);
    expect(decoded).not.toContain(KEY_ENV);
  });

  it('absent from responses and errors, serialised', async () => {
    const s = await server({ faults: [{ kind: '503', times: Infinity, retryAfterMs: 1 }] });
    const c = makeClient(s.url, undefined);
    const err = await c.complete(calls()[0]).catch((e: unknown) => e);
    const seen = JSON.stringify(err, Object.getOwnPropertyNames(err)) + String((err as Error).stack) + JSON.stringify((err as Error).cause ?? null);
    expect(seen).not.toContain(KEY);
    s.setFaults([]);
    const r = await c.complete(calls()[0]);
    expect(JSON.stringify(r)).not.toContain(KEY);
    expect(JSON.stringify(c)).not.toContain(KEY);
  });
});

describe('the cache file: compressed, migrated from the checkpoint, pruned', () => {
  it('a stub answer costs well under 2 KB a call in the file (5,000 calls)', () => {
    const file = tempDb();
    const cache = LlmCache.open(file.path);
    for (let i = 0; i < 5000; i++) {
      const content = i % 2 === 0 ? `{"reasoning":"The request fits get_weather_${i % 37} best: it does what the user asked about the forecast in city ${i}."}` : null;
      const toolCalls = i % 2 === 1 ? [{ id: `call_${(i * 7919).toString(16)}`, name: `get_weather_${i % 37}`, arguments: JSON.stringify({ city: `City ${i}`, units: 'metric', days: i % 7 }) }] : undefined;
      cache.put(cacheKey('stub', canonicalJson({ i })), { v: 1, endpoint: 'stub', model: 'stub-assistant', mode: 'native', content, ...(toolCalls ? { toolCalls } : {}), finishReason: toolCalls ? 'tool_calls' : 'stop', promptTokens: 500 + i, completionTokens: 40, requestId: `req_stub_${i}` }, i);
    }
    expect(cache.size).toBe(5000);
    cache.close();
    const stats = LlmCache.stats(file.path)!;
    expect(stats.calls).toBe(5000);
    expect(stats.bytes / stats.calls).toBeLessThan(2048);
    expect(stats.bytes / stats.calls).toBeLessThan(400); // deflate with the dictionary: about the content alone
    const again = LlmCache.open(file.path);
    expect(again.get(cacheKey('stub', canonicalJson({ i: 1 })))?.toolCalls?.[0].arguments).toBe('{"city":"City 1","units":"metric","days":1}');
    again.close();
  });

  it("an earlier build's cache table in the checkpoint moves to the cache file: resumed, no call is made again", async () => {
    const s = await server();
    const file = tempDb();
    const checkpoint = file.open();
    // The earlier form: hex keys, JSON text, in the checkpoint itself.
    checkpoint.exec('CREATE TABLE llm_cache (key TEXT PRIMARY KEY, response TEXT NOT NULL, created_at INTEGER)');
    // Fill the legacy table through a client over a legacy-shaped cache: the real keys of these calls.
    const legacyWriter = {
      get: () => undefined,
      put: (key: string, value: unknown) => checkpoint.prepare('INSERT INTO llm_cache VALUES (?, ?, ?)').run(key, JSON.stringify(value), 1),
    } as unknown as LlmCache;
    const writer = new LlmClient({ endpoints: [{ name: 'e', baseURL: s.url, apiKeyEnv: KEY_ENV }], roles: { user: { endpoint: 'e', model: 'm' }, judge: { endpoint: 'e', model: 'm' }, assistant: { endpoint: 'e', model: 'm' } }, env: { [KEY_ENV]: KEY }, cache: legacyWriter });
    cleanups.push(() => writer.close());
    for (const r of calls()) await writer.complete(r);
    expect(checkpoint.prepare('SELECT count(*) FROM llm_cache').pluck().get()).toBe(4);
    const before = s.requestCount();

    const cacheFile = join(file.path, '..', 'llm-cache.sqlite');
    const cache = LlmCache.open(cacheFile, { legacy: checkpoint });
    cleanups.push(() => cache.close());
    expect(cache.size).toBe(4);
    expect(checkpoint.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'llm_cache'").pluck().get()).toBe(0);
    const resumed = new LlmClient({ endpoints: [{ name: 'e', baseURL: s.url, apiKeyEnv: KEY_ENV }], roles: { user: { endpoint: 'e', model: 'm' }, judge: { endpoint: 'e', model: 'm' }, assistant: { endpoint: 'e', model: 'm' } }, env: { [KEY_ENV]: KEY }, cache });
    cleanups.push(() => resumed.close());
    const again = [];
    for (const r of calls()) again.push(await resumed.complete(r));
    expect(again.every((a) => a.cached)).toBe(true);
    expect(s.requestCount()).toBe(before);
  });

  it('prune drops the calls of finished items only, and calls of no item stay', async () => {
    const s = await server();
    const file = tempDb();
    const cache = LlmCache.open(file.path);
    cleanups.push(() => cache.close());
    const c = new LlmClient({ endpoints: [{ name: 'e', baseURL: s.url }], roles: { user: { endpoint: 'e', model: 'm' }, judge: { endpoint: 'e', model: 'm' }, assistant: { endpoint: 'e', model: 'm' } }, env: {}, cache });
    cleanups.push(() => c.close());
    for (const r of calls()) await c.complete(r); // items 0, 0, 1, 1
    await c.complete({ role: 'user', messages: [{ role: 'user', content: 'evolve an API' }], itemSeed: 9, attempt: 0 }); // no item
    expect(cache.size).toBe(5);
    expect(cache.prune((idx) => idx === 0)).toBe(2);
    expect([...cache.entries()].map((e) => e.itemIdx).sort()).toEqual([1, 1, null]);
    const n = s.requestCount();
    expect((await c.complete(calls()[2])).cached).toBe(true);
    expect((await c.complete(calls()[0])).cached).toBe(false);
    expect(s.requestCount()).toBe(n + 1);
  });
});
