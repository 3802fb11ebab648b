/**
 * `npm run check:hub-schema`: does what toolforge publishes load on the Hub? Runs jobs through
 * the real CLI (the default seeds pool, an evolved 2,000-API pool, tool calls with code items, and
 * inline code items; 20,000 records each by default), then checks their shards and every export format the way Arrow reads JSON Lines
 * (one type per column path), writes each shard as Parquet and compares it row by row with its
 * JSONL. Prints one Markdown table for the README.
 *   npm run check:hub-schema                    # 20,000 records per job
 *   npm run check:hub-schema -- 2000            # smaller jobs
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonlToParquet } from '../output/parquet.js';
import { checkArrowTypes, jsonlFiles, type ArrowTypeReport } from '../verifiers/arrow-types.js';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../cli/main.js');
const FORMATS = ['openai', 'sharegpt', 'hermes', 'xlam', 'messages', 'rl'] as const;

function cli(args: readonly string[]): void {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, TOOLFORGE_LOG_LEVEL: 'warn' }, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`toolforge ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
}

interface Row {
  readonly job: string;
  readonly what: string;
  readonly report: ArrowTypeReport;
  readonly parquet?: string;
}

async function checkJob(root: string, name: string, poolYaml: string, count: number): Promise<Row[]> {
  const dir = join(root, name);
  const config = join(root, `${name}.yaml`);
  writeFileSync(config, poolYaml);
  const t0 = performance.now();
  cli(['run', '--out', dir, '--config', config, '--count', String(count), '--seed', '1']);
  process.stderr.write(`${name}: job of ${count} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  const shards = jsonlFiles(join(dir, 'data'));
  let parquetRows = 0;
  const t1 = performance.now();
  for (const [i, shard] of shards.entries()) parquetRows += (await jsonlToParquet(shard, join(root, `${name}-${i}.parquet`))).records;
  const parquetSec = (performance.now() - t1) / 1000;
  const rows: Row[] = [{ job: name, what: 'shards', report: await checkArrowTypes(shards), parquet: `${parquetRows} rows equal (${parquetSec.toFixed(1)} s)` }];
  for (const format of FORMATS) {
    const out = join(root, `${name}-${format}.jsonl`);
    cli(['export', dir, '--format', format, '--out', out, '--no-check-templates']);
    rows.push({ job: name, what: `export ${format}`, report: await checkArrowTypes([out]) });
  }
  return rows;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 20_000);
  const root = mkdtempSync(join(tmpdir(), 'toolforge-hub-schema-'));
  try {
    const rows = [
      ...(await checkJob(root, 'seeds', 'pool:\n  source: seeds\n', count)),
      ...(await checkJob(root, 'evolved-2000', 'pool:\n  source: evolved\n  size: 2000\n', count)),
      // Code items beside tool calls, in one dataset: the tool, the inline format in its own job.
      ...(await checkJob(root, 'tools-and-code', 'mix: { single: 1, multiple: 1, parallel: 1, dependent: 1, irrelevance: 1, clarification: 1, code: 2 }\n', count)),
      ...(await checkJob(root, 'code-inline', 'mix: { code: 1 }\ncode: { format: inline }\n', count)),
    ];
    const lines = ['| job | file | rows | column paths | conflicting paths | Parquet round trip |', '| --- | --- | ---: | ---: | ---: | --- |'];
    for (const r of rows) {
      lines.push(`| ${r.job} | ${r.what} | ${r.report.rows} | ${r.report.columnPaths} | ${r.report.conflicts.length + r.report.malformed.length} | ${r.parquet ?? ''} |`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    const bad = rows.filter((r) => r.report.conflicts.length > 0 || r.report.malformed.length > 0 || r.report.columnPaths > 40);
    for (const r of bad) for (const c of r.report.conflicts) process.stderr.write(`${r.job} ${r.what}: ${c.path}: ${c.first.kind} then ${c.then.kind}\n`);
    if (bad.length > 0) process.exitCode = 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
