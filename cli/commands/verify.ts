/**
 * `toolforge verify FILE [--format openai|messages|sharegpt|hermes|xlam|bfcl] [--json] [--out FILE] [--config FILE] [--threads N]`:
 * the rule layer (and the judges when the config gives the `judge` role a model) on an existing
 * dataset. Prints a report (pass rate, failures by rule with examples, the rejection table);
 * `--out` writes the records that pass as canonical JSONL. Malformed lines are reported with
 * their line number and the run goes on. A JSONL file of 64 MB or more is verified on one thread per
 * core (`--threads` sets the number), with the same report and records as on one. BFCL question files get their ground truth from a
 * `ground_truth` field or from `possible_answer/<same file name>` beside them; a file of a
 * category whose answer is a definite list of calls with neither is refused (exit 2, naming
 * the answer file it looked for) rather than verified as if no call were right.
 * Exit code 0 when it ran, 2 for bad usage, an unreadable file or missing BFCL answers.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { guardOutput } from '../../core/output-guard.js';
import { AtomicFile } from '../../core/temp-file.js';
import { fileLines, firstLine, isArrayFile, readRows } from '../../verifiers/formats/read-rows.js';
import { LlmClient } from '../../llm/index.js';
import { loadConfig } from '../../pipeline/config.js';
import { bfclCategory, bfclFileCategory, bfclNeedsAnswers, detectFormat, FORMATS, readAnswers, splitRows, type DatasetFormat } from '../../verifiers/formats.js';
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
  /** Threads that verify the rows; 0 or unset: one per core for a JSONL file of AUTO_THREADS_BYTES or more, else one. */
  readonly threads?: number;
  /** Warnings and progress (stderr). */
  readonly log: (line: string) => void;
  /** The report (stdout). */
  readonly stdout: (text: string) => void;
}

/** A file this large is verified on one thread per core unless `--threads` says otherwise (a smaller one is done before a worker would have started). */
export const AUTO_THREADS_BYTES = 64 << 20;
const MAX_THREADS = 64;

export async function verifyCommand(opts: VerifyCommandOptions): Promise<number> {
  if (opts.format !== undefined && !(FORMATS as readonly string[]).includes(opts.format)) {
    opts.log(`error: unknown format ${JSON.stringify(opts.format)}; one of ${FORMATS.join(', ')}`);
    return 2;
  }
  if (opts.threads !== undefined && opts.threads > MAX_THREADS) {
    opts.log(`error: --threads must be at most ${MAX_THREADS}, got ${opts.threads}`);
    return 2;
  }
  const answerFile = join(dirname(opts.file), 'possible_answer', basename(opts.file));
  if (opts.out !== undefined) guardOutput(opts.out, '--out', [opts.file, answerFile, opts.configFile]);
  // The file is read as a stream (one row held at a time); its first line tells the format.
  let first: string;
  let bytes: number;
  try {
    const st = statSync(opts.file);
    if (st.isDirectory()) throw new Error('it is a directory');
    bytes = st.size;
    first = firstLine(opts.file);
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
  } else {
    const missing = missingAnswers(first, format, opts.file);
    if (missing) {
      opts.log(`error: ${opts.file}: ${missing} questions carry no "ground_truth" and ${answerFile} does not exist; without it no row could be judged`);
      return 2;
    }
  }
  // Records that pass go to --out as they pass, through a temp file that takes the name at the end.
  const out = opts.out !== undefined ? new AtomicFile(opts.out) : undefined;
  const onPassed = out
    ? async (json: string): Promise<void> => {
        if (!out.stream.write(`${json}\n`)) await out.drain();
      }
    : undefined;
  // A JSONL file goes by lines (on several threads when it is large); one JSON array is read whole.
  const array = isArrayFile(opts.file);
  const threads = array ? 1 : opts.threads !== undefined && opts.threads > 0 ? opts.threads : bytes >= AUTO_THREADS_BYTES ? availableParallelism() : 1;
  const counts = { main: 0, workers: 0 };
  let result;
  try {
    result = await verifyDataset({
      file: opts.file,
      ...(array ? { rows: readRows(opts.file) } : { lines: fileLines(opts.file), threads, threadCounts: counts }),
      ...(format ? { format } : {}),
      ...(answers ? { answers } : {}),
      fileCategory: bfclFileCategory(opts.file),
      ...(client ? { judge: { client, k: opts.k } } : {}),
      ...(onPassed ? { onPassed } : {}),
      log: opts.log,
    });
    await out?.commit();
  } catch (err) {
    out?.abort();
    throw err;
  } finally {
    client?.close();
  }
  if (threads > 1) opts.log(`verified on ${threads} threads: ${counts.main} row(s) on the main thread, ${counts.workers} on ${threads - 1} worker(s)`);
  // A file with no record in it (empty, or every line malformed) is bad input, not a verified dataset.
  const none = result.report.rows === 0;
  if (none) opts.log(`error: ${opts.file}: no record could be read${result.report.malformed.length > 0 ? ` (${result.report.malformed.length} malformed line(s))` : ' (the file holds no rows)'}`);
  if (opts.json) {
    opts.stdout(`${JSON.stringify(result.report, null, 2)}\n`);
    return none ? 1 : 0;
  }
  let text2 = formatVerifyReport(result);
  if (opts.out !== undefined) text2 += `\n\n${result.report.accepted} accepted record(s) written to ${opts.out}`;
  opts.stdout(`${text2}\n`);
  return none ? 1 : 0;
}

/** The BFCL category of a file whose questions need answers it does not carry, or undefined. */
function missingAnswers(firstText: string, format: DatasetFormat | undefined, file: string): string | undefined {
  // The first row tells: BFCL files keep one question per line (a file that is one JSON array: its first element).
  let first: unknown;
  try {
    first = JSON.parse(firstText);
  } catch {
    first = firstText.trimStart().startsWith('[') ? splitRows(readFileSync(file, 'utf8')).find((r) => r.problem === undefined)?.value : undefined;
  }
  if (Array.isArray(first)) first = first[0];
  if ((format ?? detectFormat(first)) !== 'bfcl' || first === null || typeof first !== 'object' || 'ground_truth' in first) return undefined;
  const id = (first as { id?: unknown }).id;
  const byId = typeof id === 'string' ? bfclCategory(id) : 'unknown';
  const category = byId === 'unknown' ? bfclFileCategory(file) : byId;
  return bfclNeedsAnswers(category) ? category : undefined;
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
