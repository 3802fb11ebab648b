/**
 * The offline backend on several threads (pipeline/worker-processor.ts): workers and the main
 * thread give the same outcomes as one thread, a worker that dies stops the job without losing
 * anything, and a job on two threads writes the same bytes as one on a single thread.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS, makePool } from '../../api-pool/index.js';
import { Checkpoint, type ClaimedItem, type ItemOutcome } from '../../pipeline/engine/checkpoint.js';
import { describeItem } from '../../pipeline/planning/category-mix.js';
import { configHash, resolveConfig } from '../../pipeline/config.js';
import { JobFailedError } from '../../core/errors.js';
import { runJob, type ProgressSink } from '../../pipeline/engine/job.js';
import { OfflineProcessor } from '../../pipeline/backends/offline-processor.js';
import { WorkerProcessor } from '../../pipeline/backends/worker-processor.js';
import { itemSeed } from '../../core/rng.js';
import { runCli, tempDir } from '../helpers/cli.js';

// The worker runs compiled code: `npm test` builds dist/ before vitest starts.
const WORKER = new URL('../../dist/pipeline/backends/offline-worker.js', import.meta.url);
const DYING = new URL('../fixtures/dying-worker.mjs', import.meta.url);
const quiet: ProgressSink = { update() {}, stop() {} };

class CountingProcessor extends OfflineProcessor {
  calls = 0;
  override processNow(item: ClaimedItem): ItemOutcome {
    this.calls++;
    return super.processNow(item);
  }
}

function items(config: ReturnType<typeof resolveConfig>, n: number): ClaimedItem[] {
  return Array.from({ length: n }, (_, idx) => {
    const d = describeItem(config.seed, idx, config.mix, config.unseen.itemShare);
    expect(d.seed).toBe(itemSeed(config.seed, idx));
    return { idx, ...d, attempts: 1, retryBase: 0 };
  });
}

const asText = (o: ItemOutcome): ItemOutcome => {
  const text = (v: string | Uint8Array | undefined): string | undefined => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : v);
  const { record, facts, ...rest } = o;
  return { ...rest, ...(record !== undefined ? { record: text(record) } : {}), ...(facts !== undefined ? { facts: text(facts) } : {}) };
};

function shardHashes(dir: string): Record<string, string> {
  const data = join(dir, 'data');
  return Object.fromEntries(readdirSync(data).sort().map((n) => [n, createHash('sha256').update(readFileSync(join(data, n))).digest('hex')]));
}

describe('the offline backend on worker threads', () => {
  it('gives every item the outcome one thread gives it, from the workers and from the main thread', async () => {
    const config = resolveConfig({ seed: 4, unseen: { itemShare: 0.2 } });
    const pool = makePool(BUILTIN_TOOLS);
    const single = new OfflineProcessor(config, pool);
    const inline = new CountingProcessor(config, pool);
    const threaded = new WorkerProcessor(config, BUILTIN_TOOLS, { workers: 1, inline, workerUrl: WORKER });
    try {
      const list = items(config, 400);
      // Started together, as the scheduler does: the worker takes its share, the main thread the rest.
      const outcomes = await Promise.all(list.map((item) => threaded.process(item)));
      expect(inline.calls).toBeGreaterThan(0);
      expect(inline.calls).toBeLessThan(list.length);
      // Records from a worker arrive as UTF-8 bytes (outcome-bytes.ts), the same text.
      for (const [i, item] of list.entries()) expect(asText(outcomes[i])).toEqual(single.processNow(item));
      expect(outcomes.some((o) => o.record instanceof Uint8Array)).toBe(true);
      expect(outcomes.filter((o) => o.status === 'accepted').length).toBeGreaterThan(300);
    } finally {
      await threaded.close();
    }
  });

  it('stops the job when a worker dies; nothing is lost and a resume finishes it', async () => {
    const dir = tempDir('dying');
    const config = resolveConfig({ count: 300, seed: 5 });
    const ck = Checkpoint.create(dir, config, configHash(config), BUILTIN_TOOLS, Date.now());
    const dying = new WorkerProcessor(config, BUILTIN_TOOLS, { workers: 1, workerUrl: DYING });
    try {
      const stopped = runJob({ dir, checkpoint: ck, config, processor: dying, progress: quiet, signal: new AbortController().signal });
      await expect(stopped).rejects.toThrow(JobFailedError);
      await expect(stopped).rejects.toThrow(/offline worker thread failed: a worker thread exited with code 3/);
    } finally {
      await dying.close();
    }
    const counts = ck.countsByStatus();
    expect(counts.running).toBe(0);
    expect(counts.accepted + counts.rejected + counts.failed).toBe(0);
    const again = await runJob({ dir, checkpoint: ck, config, processor: new OfflineProcessor(config, makePool(BUILTIN_TOOLS)), progress: quiet, signal: new AbortController().signal });
    expect(again.complete).toBe(true);
    expect(ck.countsByStatus().accepted).toBe(300);
    ck.close();
  });

  it('writes the same bytes on two threads as on one (toolforge run, threads 2 and 1)', async () => {
    const dirs: string[] = [];
    for (const threads of [2, 1]) {
      const dir = join(tempDir(`threads${threads}`), 'job');
      const r = await runCli(['run', '--out', dir, '--count', '3000', '--seed', '3', '--config', configFor(threads)]);
      expect(r.code, r.stderr).toBe(0);
      dirs.push(dir);
    }
    expect(shardHashes(dirs[0])).toEqual(shardHashes(dirs[1]));
    expect(Object.keys(shardHashes(dirs[0]))).toEqual(['test-00000.jsonl', 'train-00000.jsonl']);
  });
});

function configFor(threads: number): string {
  const path = join(tempDir('cfg'), 'job.json');
  writeFileSync(path, JSON.stringify({ threads, output: { shardRecords: 5000 } }));
  return path;
}
