/**
 * `toolforge verify FILE [--format openai|messages|sharegpt|hermes|xlam|bfcl] [--json] [--out FILE] [--config FILE]`:
 * the rule layer (and the judges when the config gives the `judge` role a model) on an existing
 * dataset. Prints a report (pass rate, failures by rule with examples, the rejection table);
 * `--out` writes the records that pass as canonical JSONL. Malformed lines are reported with
 * their line number and the run goes on. BFCL question files get their ground truth from a
 * `ground_truth` field or from `possible_answer/<same file name>` beside them.
 * Exit code 0 when it ran, 2 for bad usage or an unreadable file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { guardOutput } from '../../core/output-guard.js';
import { writeFileAtomic } from '../../core/temp-file.js';
import { LlmClient } from '../../llm/index.js';
import { loadConfig } from '../../pipeline/config.js';
import { FORMATS, readAnswers, type DatasetFormat } from '../../verifiers/formats.js';
import { checkArrowTypes, formatArrowReport, jsonlFiles } from '../../verifiers/arrow-types.js';
import { formatVerifyReport, verifyDataset } from '../../verifiers/verify-dataset.js';

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

export async function verifyCommand(opts: VerifyCommandOptions): Promise<number> {
  if (opts.format !== undefined && !(FORMATS as readonly string[]).includes(opts.format)) {
    opts.log(`error: unknown format ${JSON.stringify(opts.format)}; one of ${FORMATS.join(', ')}`);
    return 2;
  }
  const answerFile = join(dirname(opts.file), 'possible_answer', basename(opts.file));
  if (opts.out !== undefined) guardOutput(opts.out, '--out', [opts.file, answerFile, opts.configFile]);
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
  if ((format === 'bfcl' || format === undefined) && existsSync(answerFile)) {
    answers = readAnswers(readFileSync(answerFile, 'utf8'));
    opts.log(`ground truth from ${answerFile} (${answers.size} answers)`);
  }
  let result;
  try {
    result = await verifyDataset({
      file: opts.file,
      text,
      ...(format ? { format } : {}),
      ...(answers ? { answers } : {}),
      ...(client ? { judge: { client, k: opts.k } } : {}),
      log: opts.log,
    });
  } finally {
    client?.close();
  }

  if (opts.out !== undefined) {
    writeFileAtomic(opts.out, result.passed.map((r) => `${JSON.stringify(r)}\n`).join(''));
  }
  if (opts.json) {
    opts.stdout(`${JSON.stringify(result.report, null, 2)}\n`);
    return 0;
  }
  let text2 = formatVerifyReport(result);
  if (opts.out !== undefined) text2 += `\n\n${result.passed.length} accepted record(s) written to ${opts.out}`;
  opts.stdout(`${text2}\n`);
  return 0;
}

/**
 * `toolforge verify FILE|DIR --hub-schema [--json]`: does the data load with Arrow (one type per
 * column path across every row of every file)? Exit 0 when it does, 1 when a path changes type
 * or a line is not a JSON object, 2 when the path cannot be read.
 */
export async function hubSchemaCommand(opts: { readonly path: string; readonly json: boolean; readonly log: (line: string) => void; readonly stdout: (text: string) => void }): Promise<number> {
  let files: string[];
  try {
    files = jsonlFiles(opts.path);
  } catch (err) {
    opts.log(`error: cannot read ${opts.path}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  if (files.length === 0) {
    opts.log(`error: ${opts.path} holds no .jsonl or .jsonl.gz file`);
    return 2;
  }
  let report;
  try {
    report = await checkArrowTypes(files);
  } catch (err) {
    opts.log(`error: cannot read ${opts.path}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  opts.stdout(opts.json ? `${JSON.stringify({ path: opts.path, files, ...report }, null, 2)}\n` : `${formatArrowReport(report, opts.path)}\n`);
  return report.conflicts.length === 0 && report.malformed.length === 0 ? 0 : 1;
}
