/**
 * keepExtra: records finished after the job reached its target go to the `extra` split
 * (data/extra-*) instead of being dropped; they never count toward the target, the target's
 * splits are the same bytes with or without them, and a crash while the last items land keeps
 * what was committed. The scheduler runs here with a stand-in processor whose slow items the
 * test releases itself (no timing); the CLI test on the loopback stub is in keep-extra-job.test.ts.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkpoint, type ClaimedItem, type ItemOutcome } from '../../pipeline/engine/checkpoint.js';
import { configHash, resolveConfig, type JobConfig } from '../../pipeline/config.js';
import { runJob, type ProgressSink } from '../../pipeline/engine/job.js';
import { JobShards } from '../../pipeline/engine/job-shards.js';
import type { ItemProcessor } from '../../pipeline/backends/item-processor.js';
import { readStatus } from '../../pipeline/engine/status.js';
import { tempDir } from '../helpers/cli.js';
import { stubRecordJson } from '../helpers/stub-record.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(raw: Record<string, unknown>): { dir: string; config: JobConfig; ck: Checkpoint } {
  const dir = tempDir('extra');
  dirs.push(dir);
  const config = resolveConfig({ unseen: { itemShare: 0 }, ...raw });
  const ck = Checkpoint.create(dir, config, configHash(config), [], Date.now());
  return { dir, config, ck };
}

/** Every item is accepted; the items in `slow` wait until the test releases them. */
class GatedProcessor implements ItemProcessor {
  readonly #gates = new Map<number, () => void>();
  readonly started: number[] = [];
  constructor(readonly slow: ReadonlySet<number>) {}
  process(item: ClaimedItem): Promise<ItemOutcome> {
    this.started.push(item.idx);
    const outcome: ItemOutcome = { idx: item.idx, status: 'accepted', record: stubRecordJson(`r-${item.idx}`) };
    if (!this.slow.has(item.idx)) return Promise.resolve(outcome);
    return new Promise((resolve) => this.#gates.set(item.idx, () => resolve(outcome)));
  }
  release(idx: number): boolean {
    const open = this.#gates.get(idx);
    this.#gates.delete(idx);
    open?.();
    return open !== undefined;
  }
}

const idsIn = (dir: string, prefix: string): number[] =>
  readdirSync(join(dir, 'data'))
    .filter((name) => name.startsWith(prefix))
    .sort()
    .flatMap((name) => readFileSync(join(dir, 'data', name), 'utf8').trim().split('\n'))
    .map((line) => Number((JSON.parse(line) as { id: string }).id.slice(2)));

/**
 * Item 0 holds the frontier until the items after it have piled up as held records; item 12 is
 * still in flight when the job completes and is released only then (from the progress sink).
 */
async function gatedRun(keepExtra: boolean) {
  const { dir, config, ck } = setup({ count: 10, seed: 3, concurrency: 16, keepExtra });
  const processor = new GatedProcessor(new Set([0, 12]));
  const progress: ProgressSink = {
    update: (s) => {
      // The target's records are written: the job is complete, item 12 lands after it.
      if (s.written === 10) processor.release(12);
    },
    stop() {},
  };
  // A clock that moves a second a reading: outcomes are stored at every turn of the loop, so the
  // job completes as soon as item 0 lands, with item 12 still in flight.
  let t = 0;
  const now = (): number => (t += 1000);
  const run = runJob({ dir, checkpoint: ck, config, processor, progress, now, signal: new AbortController().signal });
  // Let the items after 0 finish and wait, then let 0 through.
  while (processor.started.length < 16) await new Promise((r) => setImmediate(r));
  for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
  expect(processor.release(0)).toBe(true);
  const result = await run;
  return { dir, ck, result, processor };
}

describe('keepExtra', () => {
  it('keeps records finished past the target in data/extra-*: the ones held at completion and the ones landing after it', async () => {
    const { dir, ck, result, processor } = await gatedRun(true);
    expect(result.complete).toBe(true);
    expect(idsIn(dir, 'train-')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const extra = idsIn(dir, 'extra-');
    // Every other item started was accepted and is kept, once: none lost, none twice, none of the target's.
    const expected = processor.started.filter((idx) => idx >= 10).sort((a, b) => a - b);
    expect([...extra].sort((a, b) => a - b)).toEqual(expected);
    expect(extra).toContain(12);
    // Two extra shards: the records held at completion, then item 12 (landed after it).
    const rows = ck.shards().filter((s) => s.split === 'extra');
    expect(rows.map((s) => s.path)).toEqual(['data/extra-00000.jsonl', 'data/extra-00001.jsonl']);
    expect(rows[1].firstIdx).toBe(12);
    expect(result.extra).toBe(expected.length);
    expect(result.surplus).toBe(0);
    ck.close();
    // The extra records do not count toward the target.
    const status = readStatus(dir);
    expect(status.written).toBe(10);
    expect(status.extra).toBe(expected.length);
    expect(status.accepted).toBe(10);
  });

  it('without keepExtra the same target split is written, and nothing else', async () => {
    const kept = await gatedRun(true);
    const dropped = await gatedRun(false);
    expect(readdirSync(join(dropped.dir, 'data'))).toEqual(['train-00000.jsonl']);
    expect(readFileSync(join(dropped.dir, 'data', 'train-00000.jsonl'))).toEqual(readFileSync(join(kept.dir, 'data', 'train-00000.jsonl')));
    expect(dropped.result.extra).toBe(0);
    expect(dropped.result.surplus).toBeGreaterThan(0);
    kept.ck.close();
    dropped.ck.close();
  });

  it('a crash while the last items land keeps the extra records committed so far: the next start seals them', () => {
    const { dir, config, ck } = setup({ count: 5, seed: 3, keepExtra: true, output: { shardRecords: 100 } });
    ck.plan(0, 8, (idx) => ({ seed: idx, category: 'single', split: 'train' }));
    const shards = new JobShards(dir, ck, config, Date.now);
    ck.claim(8);
    // Items 0-6 are done; 7 is still running when the fifth record completes the job.
    ck.record([0, 1, 2, 3, 4, 5, 6].map((idx) => ({ idx, status: 'accepted' as const })), 0, Date.now());
    for (let idx = 0; idx <= 6; idx++) shards.hold(idx, 'train', stubRecordJson(`r-${idx}`), null);
    expect(shards.appendReady()).toBe(true);
    expect(ck.isComplete()).toBe(true);
    expect(shards.extraWritten).toBe(2);
    shards.appendExtra(7, stubRecordJson('r-7'), null);
    shards.close(); // the process dies here: no sealExtra
    ck.close();

    const again = Checkpoint.open(dir);
    const resumed = new JobShards(dir, again, config, Date.now);
    expect(resumed.extraWritten).toBe(3);
    expect(resumed.written).toBe(5);
    expect(again.shards().map((s) => `${s.split}-${s.seq}:${s.firstIdx}-${s.lastIdx}`)).toEqual(['train-0:0-4', 'extra-0:5-6', 'extra-1:7-7']);
    expect(idsIn(dir, 'extra-')).toEqual([5, 6, 7]);
    expect(readdirSync(join(dir, 'data')).filter((n) => n.endsWith('.partial'))).toEqual([]);
    resumed.close();
    again.close();
  });
});

describe('keepExtra in the config', () => {
  it.each([
    [{}, false],
    [{ backend: 'llm', endpoints: [{ name: 'e', baseURL: 'http://127.0.0.1:1/v1' }], roles: { assistant: { endpoint: 'e', model: 'm' } } }, true],
    [{ keepExtra: false, backend: 'llm', endpoints: [{ name: 'e', baseURL: 'http://127.0.0.1:1/v1' }], roles: { assistant: { endpoint: 'e', model: 'm' } } }, false],
    [{ keepExtra: true }, true],
  ])('%j gives keepExtra %s, and it does not change the config hash', (raw, expected) => {
    const config = resolveConfig(raw);
    expect(config.keepExtra).toBe(expected);
    expect(configHash({ ...config, keepExtra: !expected })).toBe(configHash(config));
  });

  it('a keepExtra that is not a boolean is refused, naming the option', () => {
    expect(() => resolveConfig({ keepExtra: 'yes' })).toThrow(/keepExtra.*boolean/s);
  });
});
