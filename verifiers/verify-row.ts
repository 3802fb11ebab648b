/**
 * One row of a dataset verified by the rules (`toolforge verify`): read into a canonical record
 * and checked, with nothing kept between rows but the rules' own caches. An outcome depends only
 * on the row (and the format the file's first readable row set), so rows can be verified on any
 * thread and counted in the file's order (verify-threads.ts).
 */
import type { CanonicalRecord, Check } from '../core/record.js';
import { SCHEMA_BOUNDS, schemaBoundsProblem, type SchemaBounds } from '../core/schema-bounds.js';
import { detectFormat, rowToRecord, type DatasetFormat } from './formats.js';
import { parseLine, type RawRow } from './formats/read-rows.js';
import { verifyRecordWith } from './rules.js';

/** Rules that do not apply to call-only rows (xLAM, BFCL: no tool results, no final answer). */
export const CALL_ONLY_SKIP: ReadonlySet<string> = new Set(['structure.unanswered-call', 'structure.final-answer']);
/** A row holds tool schemas a few levels down (`tools/0/function/parameters`), and many of them. */
const ROW_BOUNDS: SchemaBounds = { ...SCHEMA_BOUNDS, maxDepth: SCHEMA_BOUNDS.maxDepth + 16, maxNodes: 1_000_000, what: 'row' };

/** What a row came to: an issue (the row is not counted), or the rules' verdict on its record. */
export type RowOutcome =
  | { readonly line: number; readonly problem: string }
  | {
      readonly line: number;
      readonly id: string;
      readonly callOnly: boolean;
      /** The rules' checks: none when they accept the record. */
      readonly checks: readonly Check[];
      /** The record, when the rules accept it and the judges are to see it. */
      readonly record?: CanonicalRecord;
      /** The record with its verdict as one JSON line, when the rules accept it and no judge is to run. */
      readonly passed?: string;
    };

/** What every row of a file shares. */
export interface RowContext {
  /** The file's format: given, or set by the first row whose format is known (the rows after follow it). */
  format?: DatasetFormat;
  readonly answers?: ReadonlyMap<string, unknown>;
  readonly fileCategory?: string;
  /** An accepted record goes to the judges (`record`) rather than out as it is (`passed`). */
  readonly judges: boolean;
  /** Accepted records are wanted as JSON lines (`--out`). */
  readonly keepPassed: boolean;
}

/** The record with the verdict of a record that passed. */
export const passedRecord = (record: CanonicalRecord): CanonicalRecord => ({ ...record, meta: { ...record.meta, verdict: { accepted: true, checks: [] } } });

export function verifyRow(raw: RawRow, ctx: RowContext): RowOutcome {
  if (raw.problem !== undefined) return { line: raw.line, problem: raw.problem };
  // A row nested deeper than any tool schema may be, or too large to walk, is one issue, not a stack overflow.
  const tooBig = schemaBoundsProblem(raw.value, ROW_BOUNDS);
  if (tooBig !== undefined) return { line: raw.line, problem: `row ${tooBig}` };
  const format = ctx.format ?? detectFormat(raw.value);
  if (!format) return { line: raw.line, problem: 'not a row of a known format (messages, conversations, query/answers, question/function)' };
  ctx.format ??= format;
  let row;
  try {
    row = rowToRecord(raw.value, format, raw.line, ctx.answers, ctx.fileCategory);
  } catch (err) {
    return { line: raw.line, problem: err instanceof Error ? err.message : String(err) };
  }
  let checks: readonly Check[];
  try {
    checks = verifyRecordWith(row.record, {}, { skip: row.callOnly ? CALL_ONLY_SKIP : undefined }).checks;
  } catch (err) {
    // A rule that cannot read a malformed record must not end the run: the row is reported, the others go on.
    return { line: row.line, problem: `the rules cannot read this record: ${err instanceof Error ? err.message : String(err)}` };
  }
  const base = { line: row.line, id: row.record.id, callOnly: row.callOnly, checks };
  if (checks.length > 0) return base;
  if (ctx.judges) return { ...base, record: row.record };
  return ctx.keepPassed ? { ...base, passed: JSON.stringify(passedRecord(row.record)) } : base;
}

/** The rows of `lines`, the first of them line `first` of the file, verified in order. */
export function verifyLines(first: number, lines: readonly string[], ctx: RowContext): RowOutcome[] {
  const out: RowOutcome[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = parseLine(first + i, lines[i]);
    if (raw) out.push(verifyRow(raw, ctx));
  }
  return out;
}
