/**
 * `npm run quality`: the "Must show" checker of issues 12 and 13. Consistency (issue 12) counts each defect class of the issue
 * (results that ignore or contradict the call, dates against today, filler names, invalid
 * codes, canned text, cross-system chains, confirmation against the prompt, twin tools...)
 * over the records it applies to, with two example record ids per class, and the share of
 * records with any defect. It is our own reading of the records, independent of the verifier.
 * Text (issue 13) gives how first user turns read (description copies, slot phrases, near
 * duplicates, distinct-2), the share of implied arguments and the rationales' length and
 * near duplicates, beside the same first-turn figures on BFCL's questions (third-party data in
 * ../shared/fixtures/bfcl, when it is there; --reference DIR or none).
 *   node dist/scripts/quality.js [JOB_DIR|SHARD.jsonl ...] [--count N] [--json] [--keep DIR] [--canned-share X]
 *        [--checks consistency,text] [--reference DIR|none]
 * Without a job it runs two through the CLI (the default config and an evolved 2,000-API pool,
 * 20,000 records each unless --count). Exit 1 when a target of a check run is missed: a
 * consistency class at 1% or more of the records it applies to, more than 5% of the records with
 * any defect, or a text figure outside its target (scripts/quality/text/metrics.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CANNED_SHARE, checkJob, meetsTargets, type JobReport } from './quality/check.js';
import { openJob } from './quality/job-files.js';
import { markdown } from './quality/report.js';
import { DEFAULT_JOBS, runJob } from './quality/run-jobs.js';
import { textMisses, type TextReport } from './quality/text/metrics.js';
import { textMarkdown } from './quality/text/report.js';
import { textReportOfBfcl, textReportOfJob } from './quality/text/samples.js';

/** Third-party questions read for reference, beside the repository (never inside it). */
const BFCL = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/bfcl');
const CHECKS = ['consistency', 'text'] as const;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      count: { type: 'string', default: '20000' },
      json: { type: 'boolean', default: false },
      keep: { type: 'string' },
      'canned-share': { type: 'string', default: String(CANNED_SHARE) },
      checks: { type: 'string', default: CHECKS.join(',') },
      reference: { type: 'string' },
    },
  });
  const checks = new Set(values.checks.split(',').map((c) => c.trim()));
  for (const c of checks) if (!(CHECKS as readonly string[]).includes(c)) throw new Error(`--checks takes ${CHECKS.join(', ')} (comma-separated), not ${c}`);
  const reference = values.reference ?? (existsSync(BFCL) ? BFCL : 'none');
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
    const reports: { label: string; report?: JobReport; text?: TextReport }[] = [];
    for (const job of jobs) {
      const input = openJob(job.dir);
      reports.push({
        label: job.label,
        ...(checks.has('consistency') ? { report: await checkJob(input, { cannedShare }) } : {}),
        ...(checks.has('text') ? { text: await textReportOfJob(input) } : {}),
      });
    }
    const ref = checks.has('text') && reference !== 'none' ? { label: 'BFCL (third-party)', report: textReportOfBfcl(reference), reference: true } : undefined;
    const ok = reports.every((r) => (!r.report || meetsTargets(r.report)) && (!r.text || textMisses(r.text).length === 0));
    if (values.json) {
      const rows = reports.map((r) => ({ ...r.report, label: r.label, ...(r.report ? { meetsTargets: meetsTargets(r.report) } : {}), ...(r.text ? { text: r.text, textMisses: textMisses(r.text) } : {}) }));
      process.stdout.write(`${JSON.stringify(ref ? [...rows, { label: ref.label, reference: true, text: ref.report }] : rows, null, 2)}\n`);
    } else {
      const parts = reports.flatMap((r) => (r.report ? [markdown(r.report, r.label)] : []));
      // A column is named by its job (the label's parenthesis says how it was made; the tables above say it).
      const texts = reports.flatMap((r) => (r.text ? [{ label: r.label.replace(/ \(.*$/, ''), report: r.text }] : []));
      if (texts.length > 0) parts.push(`### How the text reads (issue 13)\n\n${textMarkdown(ref ? [...texts, ref] : texts)}`);
      process.stdout.write(`${parts.join('\n\n')}\n`);
    }
    return ok ? 0 : 1;
  } finally {
    if (root && !values.keep) rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((err: unknown) => {
  process.stderr.write(`quality: ${(err as Error).message}\n`);
  return 2;
});
