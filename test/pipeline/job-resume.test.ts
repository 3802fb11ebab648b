import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../core/plan.js';
import { readShards, runCli, startCli, tempDir, type CliResult } from '../helpers/cli.js';

// Small shards so that kills land before, during and after shard writes (and in the middle of
// each open shard). The interrupted runs have simulated latency (about 400 items/s, on two
// threads: a worker and the main thread); the reference run has none, another concurrency and
// one thread: operational settings must not change a byte of the output.
const JOB = ['seed: 7', 'count: 2000', 'output:', '  shardRecords: 300', 'offline:', '  noiseRate: 0.1'].join('\n');
const SLOW = ['concurrency: 4', 'threads: 2', 'offlineLatencyMs: 10', 'progress:', '  intervalMs: 50'].join('\n');

function configFile(operational: string): string {
  const path = join(tempDir('cfg'), 'job.yaml');
  writeFileSync(path, `${JOB}\n${operational}\n`);
  return path;
}

interface Status {
  accepted: number;
  rejected: number;
  failed: number;
  pending: number;
  running: number;
  complete: boolean;
  shards: { path: string; records: number; sha256: string }[];
  byCategory: Record<string, Record<string, number>>;
  topRejections: { rule: string; count: number }[];
}

async function status(dir: string): Promise<Status> {
  const r = await runCli(['status', dir, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Status;
}

/** Run (or resume) and SIGKILL it once it has logged progress and `afterMs` more have passed. */
async function killMidway(args: string[], afterMs: number): Promise<CliResult> {
  let timer: NodeJS.Timeout | undefined;
  const { done } = startCli(args, (chunk, child) => {
    if (timer === undefined && chunk.includes('accepted')) {
      timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    }
  });
  const result = await done;
  clearTimeout(timer);
  return result;
}

describe('a job killed with SIGKILL three times and resumed', () => {
  let reference: string;
  let config: string;

  beforeAll(async () => {
    config = configFile(SLOW);
    reference = join(tempDir('ref'), 'job');
    const r = await runCli(['run', '--out', reference, '--config', configFile('concurrency: 32\nthreads: 1')]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('ends with shards byte-identical to an uninterrupted run', async () => {
    const dir = join(tempDir('killed'), 'job');
    let kills = 0;
    let first = true;
    for (let i = 0; i < 3; i++) {
      // At most ~1.1 s of work per run, about 450 items: three runs cannot finish 2000.
      const afterMs = 100 + Math.floor(Math.random() * 900);
      const args = first ? ['run', '--out', dir, '--config', config] : ['resume', dir, '--config', config];
      const r = await killMidway(args, afterMs);
      first = false;
      if (r.signal === 'SIGKILL') kills++;
      else expect(r.code, r.stderr).toBe(0);
    }
    // The kills must have landed while the job ran, or the test proves nothing.
    expect(kills).toBe(3);
    const final = await runCli(['resume', dir]);
    expect(final.code, final.stderr).toBe(0);

    const want = readShards(reference);
    const got = readShards(dir);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [name, bytes] of want) expect(got.get(name)!.equals(bytes), name).toBe(true);

    const perShard = [...got.values()].map((b) =>
      b.toString('utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id),
    );
    const ids = perShard.flat();
    expect(ids).toHaveLength(2000);
    expect(new Set(ids).size).toBe(2000);
    for (const shardIds of perShard) expect([...shardIds].sort()).toEqual(shardIds); // item order

    const s = await status(dir);
    const ref = await status(reference);
    expect(s.complete).toBe(true);
    expect(s.accepted).toBe(2000);
    expect(s.shards.reduce((n, sh) => n + sh.records, 0)).toBe(s.accepted);
    expect(s.pending + s.running).toBe(0);
    for (const sh of s.shards) {
      expect(createHash('sha256').update(got.get(sh.path.replace('data/', ''))!).digest('hex')).toBe(sh.sha256);
    }
    // Same outcome, item by item: the counts of the resumed job equal the uninterrupted one's.
    // (`planned` is left out: how far planning ran ahead depends on timing.)
    expect({ ...s, shards: undefined, dir: undefined, throughput: undefined, planned: undefined }).toEqual({
      ...ref,
      shards: undefined,
      dir: undefined,
      throughput: undefined,
      planned: undefined,
    });
  });

  it('writes the same dataset card, byte for byte, as an uninterrupted run of the same job (issue 17)', async () => {
    // One config for both runs (the card shows the config); the first run is killed midway.
    const same = configFile('concurrency: 4\nthreads: 1\nofflineLatencyMs: 4\nprogress:\n  intervalMs: 50');
    writeFileSync(same, readFileSync(same, 'utf8').replace('count: 2000', 'count: 600'));
    const whole = join(tempDir('card-whole'), 'job');
    expect((await runCli(['run', '--out', whole, '--config', same])).code).toBe(0);
    const cut = join(tempDir('card-cut'), 'job');
    const killed = await killMidway(['run', '--out', cut, '--config', same], 150);
    expect(killed.signal).toBe('SIGKILL');
    const resumed = await runCli(['resume', cut]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const card = readFileSync(join(cut, 'README.md'), 'utf8');
    expect(card).toContain('## Cost');
    expect(card).not.toMatch(/work time/i);
    expect(card).toBe(readFileSync(join(whole, 'README.md'), 'utf8'));
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('stops cleanly on %s with exit 130 and says how to resume', async (signal) => {
    const dir = join(tempDir('signal'), 'job');
    let sent = false;
    const { done } = startCli(['run', '--out', dir, '--config', config], (chunk, child) => {
      if (!sent && chunk.includes('accepted')) {
        sent = true;
        child.kill(signal);
      }
    });
    const r = await done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stdout).toContain(`toolforge resume ${dir}`);
    const mid = await status(dir);
    expect(mid.complete).toBe(false);
    expect(mid.running).toBe(0); // running items finished or were released
    // Operational settings may change on resume: here, no simulated latency.
    const again = await runCli(['resume', dir, '--config', configFile('concurrency: 32')]);
    expect(again.code, again.stderr).toBe(0);
    const want = readShards(reference);
    const got = readShards(dir);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [name, bytes] of want) expect(got.get(name)!.equals(bytes), name).toBe(true);
  });

  it('reports categories and rejection reasons in status', async () => {
    const s = await status(reference);
    expect(Object.keys(s.byCategory).sort()).toEqual([...CATEGORIES].sort());
    expect(s.rejected).toBeGreaterThan(0);
    expect(s.topRejections.length).toBeGreaterThan(0);
    expect(s.topRejections.reduce((n, t) => n + t.count, 0)).toBeGreaterThanOrEqual(s.rejected);
    const text = await runCli(['status', reference]);
    expect(text.stdout).toMatch(new RegExp(`complete, 2000/2000 records written in ${s.shards.length} shards`));
    // The unseen-tool test split has its own shards and shares no tool with train.
    expect(s.shards.some((sh) => sh.path.startsWith('data/test-'))).toBe(true);
    expect(s.shards.some((sh) => sh.path.startsWith('data/train-'))).toBe(true);
    const toolsOf = (prefix: string): Set<string> =>
      new Set(
        [...readShards(reference)]
          .filter(([name]) => name.startsWith(prefix))
          .flatMap(([, b]) => b.toString('utf8').trim().split('\n'))
          .flatMap((l) => (JSON.parse(l) as { tools: { function: { name: string } }[] }).tools.map((t) => t.function.name)),
      );
    const train = toolsOf('train-');
    const test = toolsOf('test-');
    expect(test.size).toBeGreaterThan(0);
    expect([...test].filter((t) => train.has(t))).toEqual([]);
    expect(text.stdout).toContain('top rejection reasons:');
  });
});
