/**
 * Verifying a dataset nobody here wrote (`toolforge verify`): the rule layer, then the judges
 * when a judge client is given, on every row read from an openai, sharegpt, xlam or BFCL file.
 * The result is a report (pass rate, failures by rule with examples) and the rows that pass,
 * as canonical records.
 */
import type { CanonicalRecord, Check } from '../core/record.js';
import { SCHEMA_BOUNDS, schemaBoundsProblem, type SchemaBounds } from '../core/schema-bounds.js';
import type { LlmClient } from '../llm/index.js';
import { detectFormat, rowToRecord, splitRows, type DatasetFormat, type ReadRow } from './formats.js';
import type { RawRow } from './formats/read-rows.js';
import { judgeRecord } from './judges.js';
import { verifyRecordWith } from './rules.js';
import { rejectionTable } from './stats.js';

/** Rules that do not apply to call-only rows (xLAM, BFCL: no tool results, no final answer). */
const CALL_ONLY_SKIP = new Set(['structure.unanswered-call', 'structure.final-answer']);
const EXAMPLES_PER_RULE = 3;
/** A row holds tool schemas a few levels down (`tools/0/function/parameters`), and many of them. */
const ROW_BOUNDS: SchemaBounds = { ...SCHEMA_BOUNDS, maxDepth: SCHEMA_BOUNDS.maxDepth + 16, maxNodes: 1_000_000, what: 'row' };

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
  /** The file's text; or else `rows`, read as they come (a file larger than memory). */
  readonly text?: string;
  /** The file's rows as they are read (verifiers/formats/read-rows.ts). */
  readonly rows?: Iterable<RawRow>;
  /** Each record that passes, as it passes (nothing is kept here: memory stays flat in the file's size). */
  readonly onPassed?: (record: CanonicalRecord) => void | Promise<void>;
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
  let format = opts.format;
  const skipped = new Set<string>();
  const issue = (line: number, problem: string): void => {
    issues.push({ line, problem });
    opts.log(`${opts.file}:${line}: skipped: ${problem}`);
  };
  // One row read, turned into a record and verified at a time.
  for (const raw of opts.rows ?? splitRows(opts.text ?? '')) {
    if (raw.problem !== undefined) {
      issue(raw.line, raw.problem);
      continue;
    }
    // A row nested deeper than any tool schema may be, or too large to walk, is one issue, not a stack overflow.
    const tooBig = schemaBoundsProblem(raw.value, ROW_BOUNDS);
    if (tooBig !== undefined) {
      issue(raw.line, `row ${tooBig}`);
      continue;
    }
    const f = format ?? detectFormat(raw.value);
    if (!f) {
      issue(raw.line, 'not a row of a known format (messages, conversations, query/answers, question/function)');
      continue;
    }
    format ??= f;
    let row: ReadRow;
    try {
      row = rowToRecord(raw.value, f, raw.line, opts.answers, opts.fileCategory);
    } catch (err) {
      issue(raw.line, err instanceof Error ? err.message : String(err));
      continue;
    }
    rows++;
    const skip = row.callOnly ? CALL_ONLY_SKIP : undefined;
    if (skip) for (const s of skip) skipped.add(s);
    let verdict: ReturnType<typeof verifyRecordWith>;
    try {
      verdict = verifyRecordWith(row.record, {}, { skip });
    } catch (err) {
      // A rule that cannot read a malformed record must not end the run: the row is reported, the others go on.
      rows--;
      issue(row.line, `the rules cannot read this record: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    let checks: readonly Check[] = verdict.checks;
    if (verdict.accepted && opts.judge) {
      try {
        checks = await judgeRecord(row.record, opts.judge.client, { k: opts.judge.k });
      } catch (err) {
        opts.log(`${opts.file}:${row.line}: judges failed: ${err instanceof Error ? err.message : String(err)}`);
        checks = [{ rule: 'judge.error', message: err instanceof Error ? err.message : String(err), at: {}, layer: 'judges' }];
      }
      if (checks.length > 0) rejectedByJudges++;
    } else if (!verdict.accepted) rejectedByRules++;
    if (checks.length === 0) {
      accepted++;
      const record = { ...row.record, meta: { ...row.record.meta, verdict: { accepted: true, checks: [] } } };
      if (opts.onPassed) await opts.onPassed(record);
      continue;
    }
    for (const rule of new Set(checks.map((c) => c.rule))) {
      const c = checks.find((x) => x.rule === rule)!;
      const f = failures.get(rule) ?? { rule, layer: c.layer ?? 'rules', records: 0, examples: [] };
      f.records++;
      if (f.examples.length < EXAMPLES_PER_RULE) f.examples.push({ line: row.line, id: row.record.id, message: c.message });
      failures.set(rule, f);
    }
  }

  const report: VerifyReport = {
    file: opts.file,
    format: format ?? 'openai',
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
