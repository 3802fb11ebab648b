/**
 * `npm run quality`: the "Must show" checker of issue 12. Counts each defect class of the issue
 * (results that ignore or contradict the call, dates against today, filler names, invalid
 * codes, canned text, cross-system chains, confirmation against the prompt, twin tools...)
 * over the records it applies to, with two example record ids per class, and the share of
 * records with any defect. It is our own reading of the records, independent of the verifier.
 *   node dist/scripts/quality.js [JOB_DIR|SHARD.jsonl ...] [--count N] [--json] [--keep DIR] [--canned-share X]
 * Without a job it runs two through the CLI (the default config and an evolved 2,000-API pool,
 * 20,000 records each unless --count). Exit 1 when a class is at 1% or more of the records it
 * applies to, or more than 5% of the records have any defect (the targets).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CANNED_SHARE, checkJob, meetsTargets, type JobReport } from './quality/check.js';
import { openJob } from './quality/job-files.js';
import { markdown } from './quality/report.js';
import { DEFAULT_JOBS, runJob } from './quality/run-jobs.js';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      count: { type: 'string', default: '20000' },
      json: { type: 'boolean', default: false },
      keep: { type: 'string' },
      'canned-share': { type: 'string', default: String(CANNED_SHARE) },
    },
  });
  const count = Number(values.count);
  const cannedShare = Number(values['canned-share']);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, not ${values.count}`);
  if (!(cannedShare > 0 && cannedShare < 1)) throw new Error(`--canned-share must be a share between 0 and 1, not ${values['canned-share']}`);
  let root: string | undefined;
  let jobs: { dir: string; label: string }[];
  if (positionals.length > 0) jobs = positionals.map((dir) => ({ dir, label: dir }));
  else {
    root = values.keep ?? mkdtempSync(join(tmpdir(), 'toolforge-quality-'));
    mkdirSync(root, { recursive: true });
    jobs = DEFAULT_JOBS.map((job) => ({ dir: runJob(root!, job, count), label: `${job.name} (${job.config ? 'evolved 2,000-API pool' : 'default config'}, toolforge run --count ${count})` }));
  }
  try {
    const reports: { label: string; report: JobReport }[] = [];
    for (const job of jobs) reports.push({ label: job.label, report: await checkJob(openJob(job.dir), { cannedShare }) });
    if (values.json) process.stdout.write(`${JSON.stringify(reports.map((r) => ({ ...r.report, label: r.label, meetsTargets: meetsTargets(r.report) })), null, 2)}\n`);
    else process.stdout.write(`${reports.map((r) => markdown(r.report, r.label)).join('\n\n')}\n`);
    return reports.every((r) => meetsTargets(r.report)) ? 0 : 1;
  } finally {
    if (root && !values.keep) rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((err: unknown) => {
  process.stderr.write(`quality: ${(err as Error).message}\n`);
  return 2;
});
