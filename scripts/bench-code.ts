/**
 * `npm run bench:code`: code-interpreter jobs on the offline backend through the real CLI, as a
 * user runs them (`toolforge run --preset code`). Prints accepted code trajectories per second
 * over the whole run (Pyodide start-up included, once per sandbox worker), peak RSS of the job
 * process (its sandbox worker threads included), programs run and rejected items:
 *   npm run bench:code                        # 20k items, tool and inline formats
 *   npm run bench:code -- 2000 20000           # chosen sizes
 *   npm run bench:code -- --workers 1 20000   # sandbox workers (default: code.workers 0, one per core up to 4)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from './lib/measure-child.js';

interface Row {
  format: string;
  count: number;
  wallSec: number;
  acceptedPerSec: number;
  peakRssMb: number;
  programs: number;
  rejected: number;
}

async function benchOnce(format: 'tool' | 'inline', count: number, workers: number | undefined): Promise<Row> {
  const root = mkdtempSync(join(tmpdir(), 'toolforge-bench-code-'));
  const dir = join(root, 'job');
  const config = join(root, 'job.yaml');
  writeFileSync(config, `code:\n  format: ${format}\n${workers !== undefined ? `  workers: ${workers}\n` : ''}unseen: { itemShare: 0.1 }\n`);
  const run = await runCli(['run', '--out', dir, '--preset', 'code', '--config', config, '--count', String(count), '--seed', '1']);
  if (run.code !== 0) throw new Error(`bench job failed with exit ${run.code}:\n${run.stderr}`);
  const db = new Database(join(dir, 'checkpoint.sqlite'), { readonly: true });
  const programs = (db.prepare('SELECT count(*) AS n FROM code_runs').get() as { n: number }).n;
  const rejected = (db.prepare("SELECT count(*) AS n FROM items WHERE status = 'rejected'").get() as { n: number }).n;
  db.close();
  rmSync(root, { recursive: true, force: true });
  return { format, count, wallSec: run.wallSec, acceptedPerSec: count / run.wallSec, peakRssMb: run.peakKb / 1024, programs, rejected };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let workers: number | undefined;
  const w = args.indexOf('--workers');
  if (w >= 0) {
    workers = Number(args[w + 1]);
    args.splice(w, 2);
  }
  const sizes = args.length > 0 ? args.map(Number) : [20000];
  const rows: Row[] = [];
  for (const count of sizes) {
    for (const format of ['tool', 'inline'] as const) {
      const row = await benchOnce(format, count, workers);
      rows.push(row);
      process.stderr.write(`${format} ${count}: ${row.acceptedPerSec.toFixed(0)}/s, peak RSS ${row.peakRssMb.toFixed(0)} MB\n`);
    }
  }
  console.log('| format | accepted | wall | accepted/s | peak RSS | programs run | rejected |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.format} | ${r.count.toLocaleString('en')} | ${r.wallSec.toFixed(1)} s | ${r.acceptedPerSec.toFixed(0)} | ${r.peakRssMb.toFixed(0)} MB | ${r.programs.toLocaleString('en')} | ${r.rejected} |`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
