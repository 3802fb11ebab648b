import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LlmCache, LlmClient, LlmRequestError, type LlmRequest } from '../../llm/index.js';
import { customId, parseBatchOutput, parseCustomId, requestLine, splitIntoFiles } from '../../llm/batch-files.js';
import type { BatchOptions } from '../../llm/batch-runner.js';
import { start, type StubServer } from '../../scripts/lib/openai-stub-server.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function server(o: Parameters<typeof start>[0] = {}): Promise<StubServer> {
  const s = await start(o);
  cleanups.push(() => s.close());
  return s;
}

function jobDir(): { dir: string; db: () => Database.Database } {
  const dir = mkdtempSync(join(tmpdir(), 'toolforge-batch-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    db: () => {
      const db = new Database(join(dir, 'checkpoint.sqlite'));
      db.pragma('journal_mode = WAL');
      cleanups.push(() => db.open && db.close());
      return db;
    },
  };
}

const FAST: BatchOptions = { pollMs: 10, flushIdleMs: 20 };

function client(url: string, dir: string, db: Database.Database, options: BatchOptions = FAST): LlmClient {
  const cache = LlmCache.open(join(dir, 'llm-cache.sqlite'));
  const c = new LlmClient({
    endpoints: [{ name: 'e', baseURL: url, inputUsdPerMTok: 2, outputUsdPerMTok: 8 }],
    roles: { user: { endpoint: 'e', model: 'm' } },
    env: {},
    cache,
    batch: { db, dir, options },
  });
  cleanups.push(() => cache.close());
  cleanups.push(() => c.close());
  return c;
}

const ask = (i: number): LlmRequest => ({ role: 'user', messages: [{ role: 'user', content: `question ${i}` }], itemSeed: i, attempt: 0, itemIdx: i });
// An answer that depends only on the request, as a temperature-0 model's would.
const echo = { script: (r: { body: { messages?: { content?: string | null }[] } }) => ({ content: `answer to ${r.body.messages?.[0]?.content}` }) };

describe('batch files', () => {
  it('custom_id carries the cache key and the mode; anything else is not ours', () => {
    const key = 'a'.repeat(64);
    expect(parseCustomId(customId(key, 'json-object'))).toEqual({ key, mode: 'json-object' });
    for (const bad of ['x', `${key}.q`, `${key.slice(1)}.n`, 7]) expect(parseCustomId(bad)).toBeUndefined();
  });

  it.each([
    [10, 100_000, [10, 10, 5]],
    [50_000, 300, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1]],
  ])('splits at %i requests / %i bytes per file', (maxRequests, maxBytes, sizes) => {
    const lines = Array.from({ length: 25 }, (_, i) => requestLine(customId(i.toString(16).padStart(64, '0'), 'native'), { n: i }));
    expect(lines.every((l) => l.length >= 143 && l.length <= 144)).toBe(true);
    expect(splitIntoFiles(lines, maxRequests, maxBytes).map((f) => f.length)).toEqual(sizes);
  });

  it('a bad output line is an error naming the file, the line and the problem', () => {
    expect(() => parseBatchOutput('{"custom_id":"a","response":{"status_code":200,"body":{"choices":[]}}}\n{oops', 'output.jsonl')).toThrow(/output\.jsonl, line 2: not JSON/);
    expect(() => parseBatchOutput('{"response":{}}', 'out.jsonl')).toThrow(/out\.jsonl, line 1: no custom_id/);
  });
});

describe('batch mode against the files + batches stand-in', () => {
  it('gathers the calls in flight into one batch, answers each from its line, stores them in the cache, at the batch price', async () => {
    const s = await server(echo);
    const { dir, db } = jobDir();
    const c = client(s.url, dir, db());
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => c.complete(ask(i))));
    expect(answers.map((a) => a.text)).toEqual(Array.from({ length: 40 }, (_, i) => `answer to question ${i}`));
    expect(s.batches.counters).toMatchObject({ batchesCreated: 1, linesAnswered: 40 });
    expect(s.requestCount()).toBe(0); // no chat completion went online
    expect(c.batchCounters).toMatchObject({ filesUploaded: 1, batchesCreated: 1, answered: 40 });
    const t = c.usage.totals();
    expect(t.calls).toBe(40);
    expect(t.costUsd).toBeCloseTo(((t.promptTokens * 2 + t.completionTokens * 8) / 1e6) * 0.5, 12);
    // The answers are in the cache: asked again, nothing is sent.
    const again = await c.complete(ask(3));
    expect(again.cached).toBe(true);
    expect(s.batches.counters.batchesCreated).toBe(1);
    expect(readdirSync(join(dir, 'batches'))).toEqual([]); // request files go once read back
  });

  it('splits a round into files of at most maxRequestsPerFile', async () => {
    const s = await server(echo);
    const { dir, db } = jobDir();
    const c = client(s.url, dir, db(), { ...FAST, maxRequestsPerFile: 10 });
    await Promise.all(Array.from({ length: 25 }, (_, i) => c.complete(ask(i))));
    expect(s.batches.counters.batchesCreated).toBe(3);
    expect(db().prepare('SELECT requests FROM llm_batches ORDER BY id').pluck().all()).toEqual([10, 10, 5]);
  });

  it('lines that failed with 429 / 5xx or expired go to the next round; a 400 is the call error', async () => {
    const s = await server({
      ...echo,
      batches: {
        lineStatus: (_id, line, batch) => (batch === 1 && line === 1 ? 500 : batch === 1 && line === 2 ? 429 : batch === 1 && line === 3 ? 400 : undefined),
        expireAfterLines: (batch) => (batch === 1 ? 8 : undefined),
      },
    });
    const { dir, db } = jobDir();
    const c = client(s.url, dir, db());
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => c.complete(ask(i))));
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(LlmRequestError);
    expect((rejected[0] as PromiseRejectedResult).reason.message).toMatch(/stub error 400/);
    // 2 failed lines and 4 expired ones were asked again in a second batch.
    expect(s.batches.counters.batchesCreated).toBe(2);
    expect(c.batchCounters?.requeued).toBe(6);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(11);
  });

  it('stopped while polling and resumed: polls the same batch, submits none again, answers from the cache', async () => {
    const s = await server({ ...echo, batches: { pollsToComplete: 1_000_000 } });
    const { dir, db } = jobDir();
    const first = client(s.url, dir, db(), FAST);
    for (let i = 0; i < 30; i++) void first.complete(ask(i)).catch(() => undefined);
    while (s.batches.counters.retrieves < 3) await new Promise((r) => setTimeout(r, 10));
    first.close(); // the process "dies" in the middle of polling
    expect(s.batches.counters.batchesCreated).toBe(1);
    s.batches.options = { pollsToComplete: 0 };

    const second = client(s.url, dir, db(), FAST);
    expect(await second.recoverBatches()).toBe(1);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => second.complete(ask(i))));
    expect(answers.every((a) => a.cached)).toBe(true);
    expect(s.batches.counters).toMatchObject({ batchesCreated: 1, filesCreated: 2 }); // the upload and the output file
    expect(second.batchCounters).toMatchObject({ batchesCreated: 0, filesUploaded: 0 });
  });

  it('a batch created just before a crash (its id never stored) is found by its metadata, not created again', async () => {
    const s = await server({ ...echo, batches: { pollsToComplete: 1_000_000 } });
    const { dir, db } = jobDir();
    const first = client(s.url, dir, db(), FAST);
    for (let i = 0; i < 5; i++) void first.complete(ask(i)).catch(() => undefined);
    while (s.batches.counters.retrieves < 1) await new Promise((r) => setTimeout(r, 10));
    first.close();
    // As if the process died between batches.create and storing its id.
    db().prepare("UPDATE llm_batches SET batch_id = NULL, state = 'written'").run();
    s.batches.options = { pollsToComplete: 0 };
    const second = client(s.url, dir, db(), FAST);
    await second.recoverBatches();
    expect(second.batchCounters).toMatchObject({ batchesAdopted: 1, batchesCreated: 0 });
    expect(s.batches.counters.batchesCreated).toBe(1);
    expect((await second.complete(ask(2))).cached).toBe(true);
  });
});
