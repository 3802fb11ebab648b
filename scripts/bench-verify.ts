/**
 * `npm run bench:verify`: the speed and memory of `toolforge verify` on data with many distinct
 * tools, through the real CLI as a user runs it: on one thread (`--threads 1`, the figure issue 14
 * asks for: one core) and on one thread per core (the default for a file this large). It makes
 * an offline job on an evolved pool (2,000 APIs by default), exports it as OpenAI fine-tuning
 * rows (what third-party data looks like: no plan) and also verifies the job's own rows (with the
 * plan), each timed end to end and net of start-up (the same command on a one-record file).
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/bench-verify.js [records=10000] [--pool-size 2000] [--keep DIR]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './lib/measure-child.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const poolSize = Number(option('--pool-size') ?? 2000);
const keep = option('--keep');
const records = Number(args[0] ?? 10_000);

/** Distinct tool definitions (name and parameters) in a JSONL file of rows with `tools`. */
function distinctTools(file: string): number {
  const seen = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const row = JSON.parse(line) as { tools?: { function?: { name?: string; parameters?: unknown } }[] };
    for (const t of row.tools ?? []) seen.add(`${t.function?.name}\u0000${JSON.stringify(t.function?.parameters)}`);
  }
  return seen.size;
}

async function must(cliArgs: string[]): Promise<void> {
  const r = await runCli(cliArgs);
  if (r.code !== 0) throw new Error(`toolforge ${cliArgs.join(' ')} failed with exit ${r.code}:\n${r.stderr}`);
}

interface Row {
  input: string;
  threads: string;
  records: number;
  tools: number;
  wallSec: number;
  startSec: number;
  perSec: number;
  peakMb: number;
  passRate: number;
}

async function timeVerify(input: string, file: string, one: string, threads: number | undefined): Promise<Row> {
  const start = await runCli(['verify', one, '--json']);
  const run = await runCli(['verify', file, '--json', ...(threads !== undefined ? ['--threads', String(threads)] : [])]);
  if (run.code !== 0 && run.code !== 1) throw new Error(`verify ${file} failed with exit ${run.code}:\n${run.stderr}`);
  const report = JSON.parse(run.stdout) as { rows: number; passRate: number };
  const net = Math.max(1e-3, run.wallSec - start.wallSec);
  return {
    input,
    threads: threads === undefined ? `default (${availableParallelism()} cores)` : String(threads),
    records: report.rows,
    tools: distinctTools(file),
    wallSec: run.wallSec,
    startSec: start.wallSec,
    perSec: report.rows / net,
    peakMb: run.peakKb / 1024,
    passRate: report.passRate,
  };
}

async function main(): Promise<void> {
  const root = keep ?? mkdtempSync(join(tmpdir(), 'toolforge-bench-verify-'));
  mkdirSync(root, { recursive: true });
  const job = join(root, 'job');
  const config = join(root, 'job.yaml');
  writeFileSync(config, `pool:\n  source: evolved\n  size: ${poolSize}\n`);
  await must(['run', '--out', job, '--config', config, '--count', String(records), '--seed', '1']);
  const openai = join(root, 'openai.jsonl');
  await must(['export', job, '--format', 'openai', '--out', openai, '--no-check-templates']);
  const own = join(root, 'rows.jsonl');
  writeFileSync(own, '');
  const data = join(job, 'data');
  for (const name of readdirSync(data).filter((n) => n.endsWith('.jsonl')).sort()) appendFileSync(own, readFileSync(join(data, name)));
  const rows: Row[] = [];
  for (const [input, file] of [
    ['OpenAI rows (no plan)', openai],
    ['toolforge rows (with plan)', own],
  ] as const) {
    const one = join(root, `one-${rows.length}.jsonl`);
    writeFileSync(one, `${readFileSync(file, 'utf8').split('\n', 1)[0]}\n`);
    rows.push(await timeVerify(input, file, one, 1));
    rows.push(await timeVerify(input, file, one, undefined));
  }
  console.log(`toolforge verify, one process, evolved pool of ${poolSize} APIs; records/s net of start-up (verify of a one-record file)`);
  console.log('| input | threads | records | distinct tools | wall s | start-up s | records/s | peak RSS MB | pass rate |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.input} | ${r.threads} | ${r.records} | ${r.tools} | ${r.wallSec.toFixed(1)} | ${r.startSec.toFixed(1)} | ${Math.round(r.perSec)} | ${Math.round(r.peakMb)} | ${(100 * r.passRate).toFixed(1)}% |`,
    );
  }
  if (!keep) rmSync(root, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
