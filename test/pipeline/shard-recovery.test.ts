/**
 * Open shards after a stop: records are appended to `<split>-<seq>.jsonl.partial` in place and
 * the checkpoint commits their length. Whatever a crash leaves (bytes past the committed
 * length, a file cut short by a power loss, a sealed shard not yet renamed, a checkpoint of an
 * earlier build that kept records in a `results` table), the resumed job must write the same
 * bytes as an uninterrupted one.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openJobView } from '../../pipeline/engine/job-view.js';
import { BUILTIN_TOOLS, makePool } from '../../api-pool/index.js';
import { datasetStats } from '../../output/dataset-stats.js';
import { Checkpoint, type ClaimedItem, type ItemOutcome } from '../../pipeline/engine/checkpoint.js';
import { configHash, resolveConfig, type JobConfig } from '../../pipeline/config.js';
import type { ItemProcessor } from '../../pipeline/backends/item-processor.js';
import { runJob, type ProgressSink } from '../../pipeline/engine/job.js';
import { OfflineProcessor } from '../../pipeline/backends/offline-processor.js';
import { tempDir } from '../helpers/cli.js';
import { stubRecordJson } from '../helpers/stub-record.js';

const quiet: ProgressSink = { update() {}, stop() {} };
const RAW = { count: 1200, seed: 11, output: { shardRecords: 350 }, unseen: { itemShare: 0.2 } };

/** The offline processor; aborts the job after `stopAfter` items when given. */
class Stopping implements ItemProcessor {
  readonly #inner: OfflineProcessor;
  #calls = 0;
  constructor(
    config: JobConfig,
    readonly controller?: AbortController,
    readonly stopAfter = Infinity,
  ) {
    this.#inner = new OfflineProcessor(config, makePool(BUILTIN_TOOLS));
  }
  process(item: ClaimedItem): ItemOutcome | Promise<ItemOutcome> {
    if (++this.#calls === this.stopAfter) this.controller?.abort();
    return this.#inner.process(item);
  }
}

function setup(raw: Record<string, unknown> = RAW): { dir: string; config: JobConfig; ck: Checkpoint } {
  const dir = tempDir('recover');
  const config = resolveConfig(raw);
  const ck = Checkpoint.create(dir, config, configHash(config), BUILTIN_TOOLS, Date.now());
  return { dir, config, ck };
}

async function run(dir: string, ck: Checkpoint, config: JobConfig, stopAfter?: number) {
  const controller = new AbortController();
  return runJob({ dir, checkpoint: ck, config, processor: new Stopping(config, controller, stopAfter), progress: quiet, signal: controller.signal });
}

/** Every file under DIR/data: name -> sha256 of its bytes. */
function files(dir: string): Map<string, string> {
  const data = join(dir, 'data');
  return new Map(readdirSync(data).sort().map((n) => [n, createHash('sha256').update(readFileSync(join(data, n))).digest('hex')]));
}

let reference: Map<string, string> | undefined;
async function referenceShards(): Promise<Map<string, string>> {
  if (!reference) {
    const { dir, config, ck } = setup();
    expect((await run(dir, ck, config)).complete).toBe(true);
    ck.close();
    reference = files(dir);
    expect([...reference.keys()].some((n) => n.startsWith('test-'))).toBe(true);
    expect([...reference.keys()].every((n) => !n.endsWith('.partial'))).toBe(true);
  }
  return reference;
}

/** Stop a job after `stopAfter` items; returns it open, with the open shard files. */
async function stopped(stopAfter: number) {
  const job = setup();
  const first = await run(job.dir, job.ck, job.config, stopAfter);
  expect(first.interrupted).toBe(true);
  const partials = readdirSync(join(job.dir, 'data')).filter((n) => n.endsWith('.partial'));
  return { ...job, partials };
}

async function resumeAndCompare(dir: string, ck: Checkpoint, config: JobConfig): Promise<void> {
  const second = await run(dir, ck, config);
  expect(second.complete).toBe(true);
  expect(files(dir)).toEqual(await referenceShards());
  const counts = ck.countsByStatus();
  expect(counts.accepted).toBe(config.count);
  expect(ck.shards().reduce((n, s) => n + s.records, 0)).toBe(config.count);
}

describe('open shards after a stop', () => {
  it('keep their committed records: a stopped job holds an open shard per split, and resuming it writes the same bytes', async () => {
    const { dir, config, ck, partials } = await stopped(500);
    expect(partials.sort()).toEqual(['test-00000.jsonl.partial', 'train-00001.jsonl.partial']);
    const committed = ck.openShards();
    expect(statSync(join(dir, 'data', 'train-00001.jsonl.partial')).size).toBe(committed.train?.bytes);
    expect(committed.train?.records).toBeGreaterThan(0);
    await resumeAndCompare(dir, ck, config);
    ck.close();
  });

  it('are cut back to the committed length when a crash left more bytes', async () => {
    const { dir, config, ck } = await stopped(700);
    // More than the rest of the shard will hold, so later appends cannot hide it.
    appendFileSync(join(dir, 'data', 'train-00001.jsonl.partial'), `${'{"id":"never committed"}\n'.repeat(200_000)}{"id":"half a rec`);
    await resumeAndCompare(dir, ck, config);
    ck.close();
  });

  it('start again when a power loss left less than the checkpoint committed, and the lost records are done again', async () => {
    const { dir, config, ck } = await stopped(700);
    const file = join(dir, 'data', 'train-00001.jsonl.partial');
    truncateSync(file, Math.floor(statSync(file).size / 2));
    await resumeAndCompare(dir, ck, config);
    ck.close();
  });

  it('finish the rename of a sealed shard that a crash cut short', async () => {
    const { dir, config, ck } = await stopped(700);
    const sealed = ck.shards()[0];
    expect(sealed.path).toBe(join('data', 'train-00000.jsonl'));
    // As if the process died after recording the shard and before giving it its final name.
    renameSync(join(dir, sealed.path), join(dir, `${sealed.path}.partial`));
    await resumeAndCompare(dir, ck, config);
    ck.close();
  });

  it('take over a checkpoint of an earlier build (records in a results table, no open shards, no shard statistics)', async () => {
    const { dir, config, ck, partials } = await stopped(700);
    const accepted = ck.countsByStatus().accepted;
    ck.close();
    const db = new Database(join(dir, 'checkpoint.sqlite'));
    db.exec("ALTER TABLE shards DROP COLUMN stats; ALTER TABLE items DROP COLUMN deviations; DELETE FROM meta WHERE key = 'open_shards'");
    db.exec('CREATE TABLE results (idx INTEGER PRIMARY KEY, split TEXT NOT NULL, record TEXT NOT NULL)');
    db.prepare('INSERT INTO results VALUES (?, ?, ?)').run(999999, 'train', '{"id":"kept by an earlier build"}');
    db.close();
    // Earlier builds kept no open shard files.
    for (const p of partials) rmSync(join(dir, 'data', p));
    // A read-only open (status, card) works before the first resume adds the column.
    const before = Checkpoint.open(dir, { readonly: true });
    expect(before.shards()[0].stats).toBeNull();
    expect(before.deviations()).toBeUndefined();
    before.close();
    const again = Checkpoint.open(dir);
    expect(again.countsByStatus().accepted).toBe(accepted);
    await resumeAndCompare(dir, again, config);
    expect(again.database.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'results'").pluck().get()).toBe(0);
    // The offline backend records no deviations: the added column stays empty.
    expect(again.database.prepare('SELECT count(*) FROM items WHERE deviations IS NOT NULL').pluck().get()).toBe(0);
    again.close();
  });

  it('finish a job whose last record was appended when the process stopped', async () => {
    const { dir, config, ck } = setup();
    expect((await run(dir, ck, config)).complete).toBe(true);
    // As if it died between sealing the last shards and marking the job complete.
    ck.setMeta('complete', '0');
    const again = await run(dir, ck, config);
    expect(again.complete).toBe(true);
    expect(ck.isComplete()).toBe(true);
    expect(files(dir)).toEqual(await referenceShards());
    // Running a complete job again changes nothing and leaves no open shard behind.
    expect((await run(dir, ck, config)).complete).toBe(true);
    expect(files(dir)).toEqual(await referenceShards());
    ck.close();
  });

  it.each([[false], [true]])('give the card the same statistics from the checkpoint as from the shard files (gzip %s)', async (gzip) => {
    const { dir, config, ck } = setup({ ...RAW, output: { ...RAW.output, gzip } });
    await run(dir, ck, config);
    const shards = ck.shards();
    ck.close();
    const { jobShards } = await import('../../output/export.js');
    const kept = jobShards(openJobView(dir));
    // The job notes where the sampled records are; the card counts their tokens.
    expect(kept.every((s) => s.stats !== undefined && s.stats.tokens === undefined && (s.stats.tokenAt?.length ?? 0) > 0)).toBe(true);
    const fromCheckpoint = await datasetStats(dir, kept, config.count);
    const fromFiles = await datasetStats(dir, kept.map(({ stats: _stats, ...rest }) => rest), config.count);
    expect(fromCheckpoint).toEqual(fromFiles);
    expect(fromCheckpoint.records).toBe(config.count);
    expect(fromCheckpoint.tokenSample).toBeGreaterThan(100);
    expect(shards.every((s) => existsSync(join(dir, s.path)))).toBe(true);
  });
});

describe('records held for the items before them', () => {
  it('are bounded: with the first item stuck, the job stops starting items, then goes on once it lands', async () => {
    const { dir, config, ck } = setup({ count: 9000, seed: 2, concurrency: 8, unseen: { itemShare: 0 }, output: { shardRecords: 1000 } });
    let release: (() => void) | undefined;
    let calls = 0;
    const processor: ItemProcessor = {
      process(item) {
        calls++;
        const outcome: ItemOutcome = { idx: item.idx, status: 'accepted', record: stubRecordJson(`r-${item.idx}`) };
        if (item.idx === 0) return new Promise((r) => (release = () => r(outcome)));
        return Promise.resolve(outcome);
      },
    };
    const done = runJob({ dir, checkpoint: ck, config, processor, progress: quiet, signal: new AbortController().signal });
    // Let it run until it stops starting items.
    let last = -1;
    while (calls !== last) {
      last = calls;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(calls).toBeLessThan(4096 + 200);
    expect(calls).toBeGreaterThan(4000);
    expect(existsSync(join(dir, 'data', 'train-00000.jsonl'))).toBe(false);
    release!();
    const result = await done;
    expect(result.complete).toBe(true);
    const data = join(dir, 'data');
    const lines = readdirSync(data)
      .sort()
      .flatMap((n) => readFileSync(join(data, n), 'utf8').trim().split('\n'));
    expect(lines).toHaveLength(9000);
    expect(lines[0]).toBe(stubRecordJson('r-0'));
    ck.close();
  });
});
