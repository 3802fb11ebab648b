/**
 * Cost during the run: the progress line says spent and projected; budget.maxUsd and
 * errors.stopRate stop a job cleanly (exit 1, the resume command), and it goes on after.
 */
import { rmSync } from 'node:fs';
import { writeStubJobConfig } from '../helpers/stub-job-config.js';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import { start, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { plannedCalls, plannedModel } from '../helpers/planned-model.js';

const MIX = { single: 1, multiple: 1, parallel: 1, 'parallel-multiple': 1, nested: 1, irrelevance: 1 };
const model = plannedModel(plannedCalls(makePool(BUILTIN_TOOLS), 5, 400, MIX), { assistant: 'stub-assistant', teacher: 'stub-teacher' });

function config(dir: string, stub: StubServer, extra: string[], name = 'job.yaml'): string {
  return writeStubJobConfig(dir, stub.url, {
    job: ['seed: 5', 'count: 60', `mix: ${JSON.stringify(MIX)}`, 'backend: llm', 'concurrency: 4', 'pool: { source: builtin }', 'progress: { intervalMs: 20 }'],
    endpoint: 'maxRetries: 0, inputUsdPerMTok: 2, outputUsdPerMTok: 8',
    extra,
    name,
  });
}

let stub: StubServer | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await stub?.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const keep = (d: string): string => (dirs.push(d), d);

describe('limits of a run', () => {
  it('budget.maxUsd: stops with exit 1 and the resume command once the projection passes it; resumed with a higher budget it completes', async () => {
    stub = await start({ script: model });
    const dir = keep(tempDir('budget'));
    const job = join(dir, 'job');
    const r = await runCli(['run', '--out', job, '--config', config(dir, stub, ['budget: { maxUsd: 0.15 }'])]);
    expect(r.code, r.stderr.slice(-1500)).toBe(1);
    expect(r.stderr).toMatch(/budget\.maxUsd is \$0\.15: \$0\.(0\d|1[0-4])\d* spent, \$[\d.]+ projected for 60 records/);
    expect(r.stderr).toContain(`toolforge resume ${job} --config FILE`);
    expect(r.stderr).toMatch(/\$[\d.]+ spent, \$[\d.]+ projected/); // the progress line
    const status = JSON.parse((await runCli(['status', job, '--json'])).stdout) as { accepted: number; llm: { totals: { costUsd: number } } };
    expect(status.accepted).toBeLessThan(60);
    // Items in flight when it stopped finish (their calls are paid for): a little past the budget at most.
    expect(status.llm.totals.costUsd).toBeLessThan(0.15 * 1.25);
    const again = await runCli(['resume', job, '--config', config(dir, stub, ['budget: { maxUsd: 5 }'], 'more.yaml')]);
    expect(again.code, again.stderr.slice(-1500)).toBe(0);
  });

  it('batch mode: the budget is checked when a batch comes back, and a round past it is never sent', async () => {
    stub = await start({ script: model });
    const dir = keep(tempDir('budget-batch'));
    const job = join(dir, 'job');
    // Every item needs three rounds (assistant, its answer after the tool, teacher): the first
    // round's answers already pass the budget. Checked only when items settle, rounds two and
    // three would be sent (and paid) first.
    const extra = ['budget: { maxUsd: 0.001 }', 'llm: { mode: batch, batch: { pollMs: 20, flushIdleMs: 150 } }', 'rationale: all'];
    const r = await runCli(['run', '--out', job, '--config', config(dir, stub, extra)]);
    expect(r.code, r.stderr.slice(-1500)).toBe(1);
    expect(r.stderr).toMatch(/budget\.maxUsd is \$0\.00: \$0\.\d+ spent/);
    expect(r.stderr).toMatch(/batch round of \d+ requests not sent: budget\.maxUsd/);
    expect(stub.batches.counters.batchesCreated).toBe(1);
  });

  it('errors.stopRate: a model whose every answer is unusable stops the job early, naming the rate and the resume command', async () => {
    stub = await start({ faults: [{ kind: 'length', times: Infinity }] });
    const dir = keep(tempDir('stoprate'));
    const job = join(dir, 'job');
    const r = await runCli(['run', '--out', job, '--config', config(dir, stub, ['errors: { stopRate: 0.5, window: 30 }', 'rationale: all'])]);
    expect(r.code, r.stderr.slice(-1500)).toBe(1);
    expect(r.stderr).toMatch(/(\d+) of the last 30 model calls failed \(errors\.stopRate 0\.5\)/);
    expect(r.stderr).toContain(`toolforge resume ${job}`);
    expect(stub.requestCount()).toBeLessThan(200);
  });
});
