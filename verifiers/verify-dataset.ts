/**
 * Verifying a dataset nobody here wrote (`toolforge verify`): the rule layer, then the judges
 * when a judge client is given, on every row read from an openai, sharegpt, xlam or BFCL file.
 * The result is a report (pass rate, failures by rule with examples) and the rows that pass,
 * as canonical records.
 */
import type { CanonicalRecord, Check } from '../core/record.js';
import type { LlmClient } from '../llm/index.js';
import { readDataset, type DatasetFormat } from './formats.js';
import { judgeRecord } from './judges.js';
import { verifyRecordWith } from './rules.js';
import { rejectionTable } from './stats.js';

/** Rules that do not apply to call-only rows (xLAM, BFCL: no tool results, no final answer). */
const CALL_ONLY_SKIP = new Set(['structure.unanswered-call', 'structure.final-answer']);
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
  /** The file's text. */
  readonly text: string;
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
  /** The rows that passed, as canonical records with an accepting verdict. */
  readonly passed: readonly CanonicalRecord[];
  readonly rejectedByLayer: { readonly rules: number; readonly judges: number };
}

export async function verifyDataset(opts: VerifyDatasetOptions): Promise<VerifyDatasetResult> {
  const data = readDataset(opts.text, opts.format, opts.answers, opts.fileCategory);
  for (const i of data.issues) opts.log(`${opts.file}:${i.line}: skipped: ${i.problem}`);

  const failures = new Map<string, { rule: string; layer: string; records: number; examples: { line: number; id: string; message: string }[] }>();
  const passed: CanonicalRecord[] = [];
  let rejectedByRules = 0;
  let rejectedByJudges = 0;
  const skipped = new Set<string>();
  for (const row of data.rows) {
    const skip = row.callOnly ? CALL_ONLY_SKIP : undefined;
    if (skip) for (const s of skip) skipped.add(s);
    const verdict = verifyRecordWith(row.record, {}, { skip });
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
      passed.push({ ...row.record, meta: { ...row.record.meta, verdict: { accepted: true, checks: [] } } });
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

  const rows = data.rows.length;
  const report: VerifyReport = {
    file: opts.file,
    format: data.format,
    rows,
    malformed: data.issues,
    accepted: passed.length,
    rejected: rows - passed.length,
    passRate: rows === 0 ? 0 : passed.length / rows,
    judges: opts.judge !== undefined,
    skippedRules: [...skipped],
    failures: [...failures.values()].sort((a, b) => b.records - a.records || a.rule.localeCompare(b.rule)),
  };
  return { report, passed, rejectedByLayer: { rules: rejectedByRules, judges: rejectedByJudges } };
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
