/**
 * Batch mode end to end: the built CLI runs a job through the stand-in's files + batches
 * endpoints, and writes the same records as the same job online with the same answers; killed
 * while it polls and resumed, it submits no request in two batches.
 */
import { createHash } from 'node:crypto';
import { writeStubJobConfig } from '../helpers/stub-job-config.js';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import { start, type StubAnswer, type StubRequest, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { readShards, startCli, tempDir, type CliResult } from '../helpers/cli.js';
import { plannedCalls } from '../helpers/planned-model.js';

const MIX = { single: 1, multiple: 1, parallel: 1, 'parallel-multiple': 1, nested: 1, irrelevance: 1 };
const pool = makePool(BUILTIN_TOOLS);
const COUNT = 2000;

/** A model that follows the plan; every answer depends only on the request (as at temperature 0). */
function model(planned: Map<string, { name: string; arguments: unknown }[]>) {
  const hash = (t: string) => createHash('sha256').update(t).digest('hex').slice(0, 12);
  return (req: StubRequest): StubAnswer | undefined => {
    const msgs = req.body.messages ?? [];
    const last = msgs[msgs.length - 1];
    if (req.body.response_format) {
      const calls = String(last?.content ?? '').split('Calls to explain:\n')[1] ?? '';
      return { content: JSON.stringify({ reasoning: `The request fits ${calls.split('(')[0]} best: it does what the user asked.` }) };
    }
    if (last?.role === 'tool') return { content: `Here is what I found: ${String(last.content).slice(0, 80)}` };
    const user = msgs.find((m) => m.role === 'user')?.content ?? '';
    const calls = planned.get(user);
    if (calls === undefined) return { content: `unplanned request: ${user}` };
    if (calls.length === 0) return { content: 'None of my tools can do that, sorry.' };
    return { toolCalls: calls.map((c, i) => ({ ...c, id: `call_${hash(`${user}#${i}`)}` })) };
  };
}

function config(dir: string, stub: StubServer, batch: boolean): string {
  return writeStubJobConfig(dir, stub.url, {
    job: ['seed: 5', `count: ${COUNT}`, `mix: ${JSON.stringify(MIX)}`, 'backend: llm', 'pool: { source: builtin }', 'progress: { intervalMs: 200 }', 'concurrency: 64'],
    endpoint: 'maxRetries: 1, inputUsdPerMTok: 2, outputUsdPerMTok: 8',
    extra: batch ? ['llm: { mode: batch, batch: { pollMs: 20, flushIdleMs: 150, itemsInFlight: 3000 } }'] : [],
  });
}

const cli = (args: string[], onStderr?: Parameters<typeof startCli>[1]): Promise<CliResult> => startCli(args, onStderr).done;

const stubs: StubServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((s) => s.close()));
  // A 2,000-item job is a few hundred MB with its cache: never leave it in the temp dir.
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const keep = (d: string): string => (dirs.push(d), d);

describe('a job in batch mode', () => {
  it(`${COUNT} items through the batches endpoint: the same records as online; killed while polling and resumed, no request submitted twice`, async () => {
    const planned = plannedCalls(pool, 5, COUNT * 3, MIX);
    const online = await start({ script: model(planned), keepBodies: false });
    stubs.push(online);
    const dirA = keep(tempDir('batch-online'));
    const a = await cli(['run', '--out', join(dirA, 'job'), '--config', config(dirA, online, false)]);
    expect(a.code, a.stderr.slice(-2000)).toBe(0);

    const stub = await start({ script: model(planned), keepBodies: false, batches: { pollsToComplete: 1_000_000 } });
    stubs.push(stub);
    const dirB = keep(tempDir('batch-mode'));
    const job = join(dirB, 'job');
    let killed = false;
    const first = await cli(['run', '--out', job, '--config', config(dirB, stub, true)], (chunk, child) => {
      // Killed outright (no clean stop) while the first batch is being polled.
      if (!killed && /batch \S+ submitted/.test(chunk)) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), 100);
      }
    });
    expect(first.signal).toBe('SIGKILL');
    expect(stub.batches.counters.batchesCreated).toBe(1);
    const db = new Database(join(job, 'checkpoint.sqlite'), { readonly: true });
    expect(db.prepare("SELECT state FROM llm_batches").pluck().all()).toEqual(['submitted']);
    db.close();

    stub.batches.options = { pollsToComplete: 1 };
    const second = await cli(['resume', job]);
    expect(second.code, second.stderr.slice(-2000)).toBe(0);
    expect(second.stderr).toMatch(/finishing 1 batch\(es\) submitted before the job stopped/);
    expect(stub.requestCount()).toBe(0); // nothing went online
    expect(stub.batches.counters.batchesCreated).toBeGreaterThan(2);
    expect([...stub.batches.submitted.values()].every((n) => n === 1)).toBe(true);

    const shardsA = readShards(join(dirA, 'job'));
    const shardsB = readShards(job);
    expect([...shardsB.keys()]).toEqual([...shardsA.keys()]);
    for (const [name, bytes] of shardsA) expect(shardsB.get(name)!.equals(bytes), name).toBe(true);
    expect([...shardsA.values()].reduce((n, b) => n + b.toString('utf8').trim().split('\n').length, 0)).toBe(COUNT);

    const status = JSON.parse((await cli(['status', job, '--json'])).stdout) as { llm: { totals: { costUsd: number; calls: number; promptTokens: number; completionTokens: number } } };
    const t = status.llm.totals;
    expect(t.costUsd).toBeGreaterThan(0);
    expect(t.costUsd).toBeLessThan(((t.promptTokens * 2 + t.completionTokens * 8) / 1e6) * 0.51);
  }, 600_000);
});
