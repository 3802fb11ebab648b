import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Checkpoint, type ClaimedItem, type ItemOutcome } from '../../pipeline/engine/checkpoint.js';
import { configHash, resolveConfig, type JobConfig } from '../../pipeline/config.js';
import { JobFailedError } from '../../core/errors.js';
import { runJob, type ProgressSink, type ProgressSnapshot } from '../../pipeline/engine/job.js';
import type { ItemProcessor } from '../../pipeline/backends/item-processor.js';
import { Rng } from '../../core/rng.js';
import { tempDir } from '../helpers/cli.js';
import { stubRecordJson } from '../helpers/stub-record.js';

/** A stand-in processor: accepts or rejects by the item's seed, optionally async with jitter. */
class SeedProcessor implements ItemProcessor {
  calls = 0;
  constructor(
    readonly acceptShare: number,
    readonly options: { async?: boolean; throwFor?: (item: ClaimedItem) => boolean; onCall?: (n: number) => void } = {},
  ) {}
  process(item: ClaimedItem): ItemOutcome | Promise<ItemOutcome> {
    this.calls++;
    this.options.onCall?.(this.calls);
    if (this.options.throwFor?.(item)) {
      if (this.options.async) return Promise.reject(new Error(`boom ${item.idx}`));
      throw new Error(`boom ${item.idx}`);
    }
    const accepted = new Rng(item.seed).next() < this.acceptShare;
    const outcome: ItemOutcome = accepted
      ? { idx: item.idx, status: 'accepted', record: stubRecordJson(`r-${item.idx}`, item.category) }
      : { idx: item.idx, status: 'rejected', checks: [{ rule: 'test.rule', message: `seed ${item.seed}` }] };
    if (!this.options.async) return outcome;
    const jitter = new Rng(item.seed ^ 0x5bd1e995).int(0, 3);
    return new Promise((r) => setTimeout(() => r(outcome), jitter));
  }
}

const quiet: ProgressSink = { update() {}, stop() {} };

function setup(raw: Record<string, unknown>): { dir: string; config: JobConfig; ck: Checkpoint } {
  const dir = tempDir('engine');
  const config = resolveConfig(raw);
  const ck = Checkpoint.create(dir, config, configHash(config), [], Date.now());
  return { dir, config, ck };
}

function shardLines(dir: string): string[] {
  return readdirSync(join(dir, 'data'))
    .sort()
    .flatMap((name) => {
      const raw = readFileSync(join(dir, 'data', name));
      return (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').trim().split('\n');
    });
}

describe('the scheduler', () => {
  it.each([
    ['sync, concurrency 1', { concurrency: 1 }, false],
    ['async, concurrency 7', { concurrency: 7 }, true],
    ['async, concurrency 64', { concurrency: 64 }, true],
  ])('writes the same shards whatever the concurrency (%s)', async (_label, extra, async) => {
    const outputs: string[][] = [];
    for (const e of [{ concurrency: 1 }, extra]) {
      const { dir, config, ck } = setup({ count: 500, seed: 5, output: { shardRecords: 120 }, ...e });
      const result = await runJob({ dir, checkpoint: ck, config, processor: new SeedProcessor(0.6, { async }), progress: quiet, signal: new AbortController().signal });
      expect(result.complete).toBe(true);
      outputs.push(shardLines(dir));
      // Per split, every shard but the last holds shardRecords; the two splits hold the 500.
      const shards = ck.shards();
      for (const split of ['train', 'test']) {
        const sizes = shards.filter((sh) => sh.split === split).map((sh) => sh.records);
        expect(sizes.slice(0, -1).every((n) => n === 120)).toBe(true);
        expect(sizes.at(-1)).toBeLessThanOrEqual(120);
      }
      expect(shards.reduce((n, sh) => n + sh.records, 0)).toBe(500);
      expect(ck.countsByStatus()).toMatchObject({ accepted: 500, pending: 0, running: 0 });
      ck.close();
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[0]).toHaveLength(500);
  });

  it('near the end starts only the items the target still needs at the accept rate: little finishes past it', async () => {
    // Slow items (20-60 ms) at concurrency 256 for 300 records at a 50% accept rate: without a cap,
    // the last 256 items started would all run while the last few records come in.
    const { dir, config, ck } = setup({ count: 300, seed: 9, concurrency: 256 });
    class Slow extends SeedProcessor {
      override process(item: ClaimedItem): Promise<ItemOutcome> {
        const o = super.process(item) as ItemOutcome;
        return new Promise((r) => setTimeout(() => r(o), 20 + new Rng(item.seed ^ 7).int(0, 40)));
      }
    }
    const processor = new Slow(0.5);
    const result = await runJob({ dir, checkpoint: ck, config, processor, progress: quiet, signal: new AbortController().signal });
    expect(result.complete).toBe(true);
    expect(shardLines(dir)).toHaveLength(300);
    const resolved = ck.countsByStatus();
    expect(result.started).toBe(processor.calls);
    // Started but not kept: under a fifth of what was resolved (uncapped it is most of a window of 256).
    expect(result.surplus).toBeLessThan((resolved.accepted + resolved.rejected) / 5);
    expect(processor.calls - result.surplus).toBe(resolved.accepted + resolved.rejected);
  });

  it('plans more items as rejections come in, and keeps the lowest-index accepted', async () => {
    const { dir, config, ck } = setup({ count: 300, seed: 9 });
    await runJob({ dir, checkpoint: ck, config, processor: new SeedProcessor(0.25), progress: quiet, signal: new AbortController().signal });
    const ids = shardLines(dir)
      .map((l) => Number((JSON.parse(l) as { id: string }).id.slice(2)))
      .sort((a, b) => a - b);
    // Exactly the first 300 indexes the processor accepts.
    const expected: number[] = [];
    const probe = new SeedProcessor(0.25);
    for (let idx = 0; expected.length < 300; idx++) {
      const out = probe.process({ idx, seed: (await import('../../core/rng.js')).itemSeed(9, idx), category: 'single', split: 'train', attempts: 1, retryBase: 0 }) as ItemOutcome;
      if (out.status === 'accepted') expected.push(idx);
    }
    expect(ids).toEqual(expected);
    const counts = ck.countsByStatus();
    expect(counts.accepted).toBe(300);
    expect(counts.rejected).toBe(expected[299] + 1 - 300);
    expect(ck.topRejections(5)[0]).toMatchObject({ rule: 'test.rule', count: counts.rejected });
    ck.close();
  });

  it('writes each record to a shard of its item\'s split', async () => {
    const { dir, config, ck } = setup({ count: 400, seed: 2, unseen: { itemShare: 0.2 }, output: { shardRecords: 50 } });
    await runJob({ dir, checkpoint: ck, config, processor: new SeedProcessor(0.8), progress: quiet, signal: new AbortController().signal });
    const { describeItem } = await import('../../pipeline/planning/category-mix.js');
    let test = 0;
    for (const name of readdirSync(join(dir, 'data'))) {
      for (const line of readFileSync(join(dir, 'data', name), 'utf8').trim().split('\n')) {
        const idx = Number((JSON.parse(line) as { id: string }).id.slice(2));
        const split = describeItem(config.seed, idx, config.mix, config.unseen.itemShare).split;
        expect(name.startsWith(`${split}-`)).toBe(true);
        if (split === 'test') test++;
      }
    }
    expect(test).toBeGreaterThan(40);
    ck.close();
  });

  it('retries a throwing item up to maxAttempts, then marks it failed with its error', async () => {
    const { dir, config, ck } = setup({ count: 50, seed: 1, maxAttempts: 3 });
    const processor = new SeedProcessor(1, { throwFor: (item) => item.idx === 4 });
    const result = await runJob({ dir, checkpoint: ck, config, processor, progress: quiet, signal: new AbortController().signal });
    expect(result.complete).toBe(true);
    expect(ck.failures(5)).toEqual([{ idx: 4, attempts: 3, error: 'boom 4' }]);
    expect(shardLines(dir)).toHaveLength(50);
    expect(shardLines(dir).some((l) => l.includes('"r-4"'))).toBe(false);
    ck.close();
  });

  it('stops with JobFailedError when most items fail, keeping the checkpoint', async () => {
    const { dir, config, ck } = setup({ count: 400, seed: 1, maxAttempts: 1 });
    const processor = new SeedProcessor(1, { async: true, throwFor: () => true });
    await expect(
      runJob({ dir, checkpoint: ck, config, processor, progress: quiet, signal: new AbortController().signal }),
    ).rejects.toThrow(JobFailedError);
    expect(ck.countsByStatus().failed).toBeGreaterThanOrEqual(100);
    ck.close();
  });

  it('stops when nothing is ever accepted (maxPlannedFactor)', async () => {
    const { dir, config, ck } = setup({ count: 10, seed: 1, maxPlannedFactor: 3 });
    await expect(
      runJob({ dir, checkpoint: ck, config, processor: new SeedProcessor(0), progress: quiet, signal: new AbortController().signal }),
    ).rejects.toThrow(/planned 30 items for 10 accepted/);
    ck.close();
  });

  it('on abort, finishes running items, releases queued ones and can go on later', async () => {
    const { dir, config, ck } = setup({ count: 400, seed: 3, concurrency: 16, output: { shardRecords: 64, gzip: true } });
    const controller = new AbortController();
    const seen: ProgressSnapshot[] = [];
    const progress: ProgressSink = {
      update: (s) => {
        seen.push(s);
      },
      stop() {},
    };
    const processor = new SeedProcessor(0.7, { async: true, onCall: (n) => n === 150 && controller.abort() });
    const first = await runJob({ dir, checkpoint: ck, config, processor, progress, signal: controller.signal });
    expect(first.interrupted).toBe(true);
    expect(ck.countsByStatus().running).toBe(0);
    const second = await runJob({ dir, checkpoint: ck, config, processor, progress: quiet, signal: new AbortController().signal });
    expect(second.complete).toBe(true);
    const lines = shardLines(dir);
    expect(lines).toHaveLength(400);
    expect(new Set(lines).size).toBe(400);
    ck.close();

    const ref = setup({ count: 400, seed: 3, concurrency: 16, output: { shardRecords: 64, gzip: true } });
    await runJob({ dir: ref.dir, checkpoint: ref.ck, config: ref.config, processor: new SeedProcessor(0.7), progress: quiet, signal: new AbortController().signal });
    expect(lines).toEqual(shardLines(ref.dir));
    for (const name of readdirSync(join(dir, 'data'))) {
      expect(readFileSync(join(dir, 'data', name)).equals(readFileSync(join(ref.dir, 'data', name)))).toBe(true);
    }
    ref.ck.close();
  });
});
