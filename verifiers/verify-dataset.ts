/**
 * Verifying a dataset nobody here wrote (`toolforge verify`): the rule layer, then the judges
 * when a judge client is given, on every row read from an openai, sharegpt, xlam or BFCL file.
 * The result is a report (pass rate, failures by rule with examples) and the rows that pass,
 * as canonical records.
 */
import type { LlmClient } from '../llm/index.js';
import { splitRows, type DatasetFormat } from './formats.js';
import { rowsOfLines, type RawRow } from './formats/read-rows.js';
import { judgeRecord } from './judges.js';
import { rejectionTable } from './stats.js';
import { CALL_ONLY_SKIP, passedRecord, verifyRow, type RowContext, type RowOutcome } from './verify-row.js';
import { threadedOutcomes, type ThreadCounts } from './verify-threads.js';

const EXAMPLES_PER_RULE = 3;

export interface VerifyReport {
  readonly file: string;
  readonly format: DatasetFormat;
  readonly rows: number;
  readonly malformed: readonly { line: number; problem: string }[];
  readonly accepted: number;
  readonly rejected: number;
  readonly passRate: number;
  readonly judges: boolean;
  readonly skippedRules: readonly string[];
  readonly failures: readonly { rule: string; layer: string; records: number; examples: readonly { line: number; id: string; message: string }[] }[];
}

export interface VerifyDatasetOptions {
  /** The file's name, for the report and messages. */
  readonly file: string;
  /** The file's text; or else `rows` or `lines`, read as they come (a file larger than memory). */
  readonly text?: string;
  /** The file's rows as they are read (verifiers/formats/read-rows.ts). */
  readonly rows?: Iterable<RawRow>;
  /** A JSONL file's lines as they are read, blank ones included (read-rows.ts `fileLines`): they can be verified on several threads. */
  readonly lines?: Iterable<string>;
  /** Threads that verify `lines` (the main thread and `threads - 1` workers); default 1. */
  readonly threads?: number;
  /** Counted here: rows verified on the main thread and on the workers. */
  readonly threadCounts?: ThreadCounts;
  /** Each record that passes, as it passes, as one JSON line (nothing is kept here: memory stays flat in the file's size). */
  readonly onPassed?: (json: string) => void | Promise<void>;
  /** Default: detected from the first row. */
  readonly format?: DatasetFormat;
  /** BFCL ground truth by question id, when it is kept beside the questions. */
  readonly answers?: Map<string, unknown>;
  /** The category the file's name gives (BFCL), for rows whose id does not name one. */
  readonly fileCategory?: string;
  /** The model layer: judges run on every row the rules accept. */
  readonly judge?: { readonly client: LlmClient; readonly k?: number };
  /** Warnings (skipped lines, judge failures). */
  readonly log: (line: string) => void;
}

export interface VerifyDatasetResult {
  readonly report: VerifyReport;
  readonly rejectedByLayer: { readonly rules: number; readonly judges: number };
}

export async function verifyDataset(opts: VerifyDatasetOptions): Promise<VerifyDatasetResult> {
  const failures = new Map<string, { rule: string; layer: string; records: number; examples: { line: number; id: string; message: string }[] }>();
  const issues: { line: number; problem: string }[] = [];
  let rejectedByRules = 0;
  let rejectedByJudges = 0;
  let rows = 0;
  let accepted = 0;
  const skipped = new Set<string>();
  const ctx: RowContext = {
    ...(opts.format ? { format: opts.format } : {}),
    ...(opts.answers ? { answers: opts.answers } : {}),
    ...(opts.fileCategory !== undefined ? { fileCategory: opts.fileCategory } : {}),
    judges: opts.judge !== undefined,
    keepPassed: opts.onPassed !== undefined,
  };
  // Rows verified one at a time as they are read, or on several threads and counted in the file's order.
  const outcomes: Iterable<RowOutcome> | AsyncIterable<RowOutcome> =
    opts.lines && (opts.threads ?? 1) > 1
      ? threadedOutcomes(opts.lines, ctx, (opts.threads ?? 1) - 1, opts.threadCounts ?? { main: 0, workers: 0 })
      : serialOutcomes(opts.lines ? rowsOfLines(opts.lines) : (opts.rows ?? splitRows(opts.text ?? '')), ctx, opts.threadCounts);
  for await (const o of outcomes) {
    if ('problem' in o) {
      issues.push({ line: o.line, problem: o.problem });
      opts.log(`${opts.file}:${o.line}: skipped: ${o.problem}`);
      continue;
    }
    rows++;
    if (o.callOnly) for (const s of CALL_ONLY_SKIP) skipped.add(s);
    let checks = o.checks;
    let passed = o.passed;
    if (checks.length === 0 && o.record && opts.judge) {
      try {
        checks = await judgeRecord(o.record, opts.judge.client, { k: opts.judge.k });
      } catch (err) {
        opts.log(`${opts.file}:${o.line}: judges failed: ${err instanceof Error ? err.message : String(err)}`);
        checks = [{ rule: 'judge.error', message: err instanceof Error ? err.message : String(err), at: {}, layer: 'judges' }];
      }
      if (checks.length > 0) rejectedByJudges++;
      else if (opts.onPassed) passed = JSON.stringify(passedRecord(o.record));
    } else if (checks.length > 0) rejectedByRules++;
    if (checks.length === 0) {
      accepted++;
      if (opts.onPassed && passed !== undefined) await opts.onPassed(passed);
      continue;
    }
    for (const rule of new Set(checks.map((c) => c.rule))) {
      const c = checks.find((x) => x.rule === rule)!;
      const f = failures.get(rule) ?? { rule, layer: c.layer ?? 'rules', records: 0, examples: [] };
      f.records++;
      if (f.examples.length < EXAMPLES_PER_RULE) f.examples.push({ line: o.line, id: o.id, message: c.message });
      failures.set(rule, f);
    }
  }

  const report: VerifyReport = {
    file: opts.file,
    format: ctx.format ?? 'openai',
    rows,
    malformed: issues,
    accepted,
    rejected: rows - accepted,
    passRate: rows === 0 ? 0 : accepted / rows,
    judges: opts.judge !== undefined,
    skippedRules: [...skipped],
    failures: [...failures.values()].sort((a, b) => b.records - a.records || a.rule.localeCompare(b.rule)),
  };
  return { report, rejectedByLayer: { rules: rejectedByRules, judges: rejectedByJudges } };
}

function* serialOutcomes(rows: Iterable<RawRow>, ctx: RowContext, counts?: ThreadCounts): Generator<RowOutcome> {
  for (const raw of rows) {
    if (counts) counts.main++;
    yield verifyRow(raw, ctx);
  }
}

/** The report as text: counts, failures by rule with examples, the rejection table. */
export function formatVerifyReport(result: VerifyDatasetResult): string {
  const { report } = result;
  const { rows } = report;
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${report.file}: ${rows} record(s) read as ${report.format}${report.malformed.length > 0 ? `, ${report.malformed.length} malformed line(s) skipped (${report.malformed.map((i) => i.line).join(', ')})` : ''}`,
    `rules${report.judges ? ' and judges' : ''}: ${report.accepted} accepted, ${report.rejected} rejected, pass rate ${rows === 0 ? '-' : pct(report.passRate)}`,
  ];
  if (report.skippedRules.length > 0) lines.push(`not applicable to call-only rows (no tool results or final answers): ${report.skippedRules.join(', ')}`);
  if (report.failures.length > 0) {
    lines.push('', 'failures by rule (records):');
    for (const f of report.failures) {
      lines.push(`  ${String(f.records).padStart(6)}  ${f.rule}`);
      for (const e of f.examples) lines.push(`          line ${e.line} (${e.id}): ${e.message.length > 160 ? `${e.message.slice(0, 157)}...` : e.message}`);
    }
  }
  lines.push(
    '',
    rejectionTable(
      report.failures.map((f) => ({ rule: f.rule, count: f.records })),
      rows,
      { rejected: report.rejected, rejectedByLayer: result.rejectedByLayer },
    ),
  );
  return lines.join('\n');
}
