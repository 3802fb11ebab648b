/**
 * The checkpoint's backup (taken at each shard seal) and `toolforge repair DIR`: a job whose
 * checkpoint is destroyed gets back its backup, older than the shards on disk, and the resumed
 * job writes the same bytes as one that was never damaged.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS, makePool } from '../../api-pool/index.js';
import { Checkpoint } from '../../pipeline/engine/checkpoint.js';
import { configHash, resolveConfig, type JobConfig } from '../../pipeline/config.js';
import type { ItemProcessor } from '../../pipeline/backends/item-processor.js';
import { OfflineProcessor } from '../../pipeline/backends/offline-processor.js';
import { runJob, type ProgressSink } from '../../pipeline/engine/job.js';
import { repairJob } from '../../pipeline/engine/repair.js';
import { runCli, snapshotDir, tempDir } from '../helpers/cli.js';

const quiet: ProgressSink = { update() {}, stop() {} };
const RAW = { count: 900, seed: 13, output: { shardRecords: 200 }, unseen: { itemShare: 0.2 } };

/** The offline processor, aborting the job at its `stopAfter`-th item. */
function stopping(config: JobConfig, controller: AbortController, stopAfter: number): ItemProcessor {
  const inner = new OfflineProcessor(config, makePool(BUILTIN_TOOLS));
  let calls = 0;
  return {
    process: (item) => {
      if (++calls === stopAfter) controller.abort();
      return inner.process(item);
    },
  };
}

async function run(dir: string, config: JobConfig, stopAfter?: number) {
  const ck = Checkpoint.open(dir);
  const controller = new AbortController();
  try {
    return await runJob({ dir, checkpoint: ck, config, processor: stopping(config, controller, stopAfter ?? Infinity), progress: quiet, signal: controller.signal });
  } finally {
    ck.close();
  }
}

function shardFiles(dir: string): Record<string, string> {
  const data = join(dir, 'data');
  return Object.fromEntries(readdirSync(data).sort().map((n) => [n, createHash('sha256').update(readFileSync(join(data, n))).digest('hex')]));
}

describe('the checkpoint backup', () => {
  it('is taken as the job seals shards, and restores a destroyed checkpoint to a job that ends with the same bytes', async () => {
    const config = resolveConfig(RAW);
    const dir = tempDir('repair');
    Checkpoint.create(dir, config, configHash(config), BUILTIN_TOOLS, Date.now()).close();
    expect((await run(dir, config, 500)).interrupted).toBe(true);
    const backup = join(dir, 'checkpoint.backup.sqlite');
    expect(existsSync(backup)).toBe(true);
    const early = join(tempDir('repair-early'), 'backup.sqlite');
    copyFileSync(backup, early);
    expect((await run(dir, config)).complete).toBe(true);
    const reference = shardFiles(dir);

    // The checkpoint destroyed; the backup on hand is the early one, older than most shards.
    writeFileSync(join(dir, 'checkpoint.sqlite'), 'overwritten by accident '.repeat(100));
    copyFileSync(early, backup);
    const outcome = repairJob(dir);
    expect(outcome.state).toBe('restored');
    expect(outcome.state === 'restored' && outcome.keptAs).toBe('checkpoint.damaged-1.sqlite');
    expect(readFileSync(join(dir, 'checkpoint.damaged-1.sqlite'), 'utf8')).toContain('overwritten by accident');
    expect(outcome.shards.every((c) => c.state === 'ok')).toBe(true);
    expect((await run(dir, config)).complete).toBe(true);
    expect(shardFiles(dir)).toEqual(reference);
    expect(repairJob(dir).state).toBe('sound');
  });
});

describe('toolforge repair', () => {
  it('restores, says what it kept and how to go on; resume then completes the job', async () => {
    const dir = join(tempDir('repair-cli'), 'job');
    expect((await runCli(['run', '--out', dir, '--count', '60'])).code).toBe(0);
    const data = snapshotDir(join(dir, 'data'));
    writeFileSync(join(dir, 'checkpoint.sqlite'), '');
    const broken = await runCli(['status', dir]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`toolforge repair ${dir}`);
    const r = await runCli(['repair', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`restored ${join(dir, 'checkpoint.sqlite')} from its backup`);
    expect(r.stdout).toMatch(/(\d+) of \1 sealed shards match their sha256/);
    const resumed = await runCli(['resume', dir]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(snapshotDir(join(dir, 'data'))).toEqual(data);
    expect((await runCli(['status', dir])).code).toBe(0);
  });

  it('says so (exit 1) when there is no backup to restore, and leaves the files', async () => {
    const dir = tempDir('repair-none');
    writeFileSync(join(dir, 'checkpoint.sqlite'), 'not a database '.repeat(50));
    const before = snapshotDir(dir);
    const r = await runCli(['repair', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot be used .* and there is no backup/);
    expect(snapshotDir(dir)).toEqual(before);
  });
});
