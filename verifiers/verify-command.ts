/**
 * `toolforge verify FILE [--format openai|sharegpt|xlam|bfcl] [--json] [--out FILE] [--config FILE]`:
 * the rule layer (and the judges when the config gives the `judge` role a model) on an existing
 * dataset. Prints a report (pass rate, failures by rule with examples, the rejection table);
 * `--out` writes the records that pass as canonical JSONL. Malformed lines are reported with
 * their line number and the run goes on. BFCL question files get their ground truth from a
 * `ground_truth` field or from `possible_answer/<same file name>` beside them.
 * Exit code 0 when it ran, 2 for bad usage or an unreadable file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CanonicalRecord, Check } from '../output/record.js';
import { loadConfig } from '../pipeline/config.js';
import { LlmClient } from '../pipeline/llm/index.js';
import { FORMATS, readAnswers, readDataset, type DatasetFormat } from './formats.js';
import { judgeRecord } from './judges.js';
import { verifyRecordWith } from './rules.js';
import { rejectionTable } from './stats.js';

export interface VerifyCommandOptions {
  readonly file: string;
  /** Default: detected from the first row. */
  readonly format?: string;
  readonly json: boolean;
  /** Write the records that pass here (canonical JSONL). */
  readonly out?: string;
  /** Job config: its `judge` role and endpoints run the model layer. */
  readonly configFile?: string;
  /** Samples per judge (majority vote). Default 1. */
  readonly k?: number;
  /** Warnings and progress (stderr). */
  readonly log: (line: string) => void;
  /** The report (stdout). */
  readonly stdout: (text: string) => void;
}

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

export async function verifyCommand(opts: VerifyCommandOptions): Promise<number> {
  if (opts.format !== undefined && !(FORMATS as readonly string[]).includes(opts.format)) {
    opts.log(`error: unknown format ${JSON.stringify(opts.format)}; one of ${FORMATS.join(', ')}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(opts.file, 'utf8');
  } catch (err) {
    opts.log(`error: cannot read ${opts.file}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  let client: LlmClient | undefined;
  if (opts.configFile !== undefined) {
    try {
      const config = loadConfig(opts.configFile);
      if (config.roles.judge) client = new LlmClient({ endpoints: config.endpoints, roles: config.roles, cache: false });
      else opts.log(`note: ${opts.configFile} gives the judge role no model; running the rules only`);
    } catch (err) {
      opts.log(`error: ${err instanceof Error ? err.message : String(err)}`);
      return 2;
    }
  }
  const format = opts.format as DatasetFormat | undefined;
  let answers: Map<string, unknown> | undefined;
  const answerFile = join(dirname(opts.file), 'possible_answer', basename(opts.file));
  if ((format === 'bfcl' || format === undefined) && existsSync(answerFile)) {
    answers = readAnswers(readFileSync(answerFile, 'utf8'));
    opts.log(`ground truth from ${answerFile} (${answers.size} answers)`);
  }
  const data = readDataset(text, format, answers);
  for (const i of data.issues) opts.log(`${opts.file}:${i.line}: skipped: ${i.problem}`);

  const failures = new Map<string, { rule: string; layer: string; records: number; examples: { line: number; id: string; message: string }[] }>();
  const passed: CanonicalRecord[] = [];
  let rejectedByRules = 0;
  let rejectedByJudges = 0;
  const skipped = new Set<string>();
  try {
    for (const row of data.rows) {
      const skip = row.callOnly ? CALL_ONLY_SKIP : undefined;
      if (skip) for (const s of skip) skipped.add(s);
      const verdict = verifyRecordWith(row.record, {}, { skip });
      let checks: readonly Check[] = verdict.checks;
      if (verdict.accepted && client) {
        try {
          checks = await judgeRecord(row.record, client, { k: opts.k });
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
  } finally {
    client?.close();
  }

  if (opts.out !== undefined) {
    const tmp = `${opts.out}.tmp-${process.pid}`;
    writeFileSync(tmp, passed.map((r) => `${JSON.stringify(r)}\n`).join(''));
    renameSync(tmp, opts.out);
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
    judges: client !== undefined,
    skippedRules: [...skipped],
    failures: [...failures.values()].sort((a, b) => b.records - a.records || a.rule.localeCompare(b.rule)),
  };
  if (opts.json) {
    opts.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${opts.file}: ${rows} record(s) read as ${data.format}${data.issues.length > 0 ? `, ${data.issues.length} malformed line(s) skipped (${data.issues.map((i) => i.line).join(', ')})` : ''}`,
    `rules${client ? ' and judges' : ''}: ${passed.length} accepted, ${rows - passed.length} rejected, pass rate ${rows === 0 ? '-' : pct(report.passRate)}`,
  ];
  if (skipped.size > 0) lines.push(`not applicable to call-only rows (no tool results or final answers): ${[...skipped].join(', ')}`);
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
      { rejected: rows - passed.length, rejectedByLayer: { rules: rejectedByRules, judges: rejectedByJudges } },
    ),
  );
  if (opts.out !== undefined) lines.push('', `${passed.length} accepted record(s) written to ${opts.out}`);
  opts.stdout(`${lines.join('\n')}\n`);
  return 0;
}
