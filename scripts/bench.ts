/**
 * `npm run bench`: end-to-end offline jobs through the real CLI, as a user runs them.
 * Prints accepted trajectories per second, peak RSS (VmHWM of the job process) and the size
 * of the checkpoint and the shards, for each pool source and job size:
 *   npm run bench                                   # builtin, seeds and evolved pools, 20k and 200k
 *   npm run bench -- --pools builtin 20000 200000   # one pool, chosen sizes
 *   npm run bench -- --threads 1 --pools evolved    # the offline backend on one thread (default: one per core)
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './lib/measure-child.js';

interface BenchRow {
  pool: string;
  count: number;
  wallSec: number;
  acceptedPerSec: number;
  peakRssMb: number;
  rssAtHalfMb: number;
  checkpointMb: number;
  shardsMb: number;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const st = statSync(join(dir, name));
    total += st.isDirectory() ? dirBytes(join(dir, name)) : st.size;
  }
  return total;
}

async function benchOnce(pool: string, count: number, threads: number | undefined): Promise<BenchRow> {
  const root = mkdtempSync(join(tmpdir(), 'toolforge-bench-'));
  const dir = join(root, 'job');
  const config = join(root, 'job.yaml');
  writeFileSync(config, `pool:\n  source: ${pool}\n${threads !== undefined ? `threads: ${threads}\n` : ''}`);
  let rssAtHalfKb = 0;
  // The peak so far when half the shards are written: a flat job has the same peak at the end.
  const run = await runCli(['run', '--out', dir, '--config', config, '--count', String(count), '--seed', '1'], (peakKb) => {
    if (rssAtHalfKb !== 0) return;
    try {
      const shards = readdirSync(join(dir, 'data')).filter((n) => n.endsWith('.jsonl')).length;
      if (shards * 10000 >= count / 2) rssAtHalfKb = peakKb;
    } catch {
      /* no data dir yet */
    }
  });
  const { wallSec, peakKb } = run;
  if (run.code !== 0) throw new Error(`bench job failed with exit ${run.code}:\n${run.stderr}`);
  const row: BenchRow = {
    pool,
    count,
    wallSec,
    acceptedPerSec: count / wallSec,
    peakRssMb: peakKb / 1024,
    rssAtHalfMb: rssAtHalfKb / 1024,
    checkpointMb: statSync(join(dir, 'checkpoint.sqlite')).size / 2 ** 20,
    shardsMb: dirBytes(join(dir, 'data')) / 2 ** 20,
  };
  rmSync(root, { recursive: true, force: true });
  return row;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const poolAt = args.indexOf('--pools');
  const pools = poolAt >= 0 ? args.splice(poolAt, 2)[1].split(',') : ['builtin', 'seeds', 'evolved'];
  const threadsAt = args.indexOf('--threads');
  const threads = threadsAt >= 0 ? Number(args.splice(threadsAt, 2)[1]) : undefined;
  const sizes = args.map(Number);
  const counts = sizes.length > 0 ? sizes : [20000, 200000];
  console.log(
    `offline job end to end (toolforge run, seed 1, default config but pool.source${threads !== undefined ? `, threads ${threads}` : ''}), wall time includes start-up and the card`,
  );
  console.log('pool      count     wall s   accepted/s   peak RSS MB   peak RSS at half MB   checkpoint MB   shards MB');
  for (const pool of pools) {
    for (const count of counts) {
      const r = await benchOnce(pool, count, threads);
      console.log(
        `${r.pool.padEnd(9)} ${String(r.count).padEnd(9)} ${r.wallSec.toFixed(1).padStart(6)}   ${r.acceptedPerSec.toFixed(0).padStart(10)}   ` +
          `${r.peakRssMb.toFixed(0).padStart(11)}   ${r.rssAtHalfMb.toFixed(0).padStart(19)}   ` +
          `${r.checkpointMb.toFixed(1).padStart(13)}   ${r.shardsMb.toFixed(0).padStart(9)}`,
      );
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
