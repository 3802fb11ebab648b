/**
 * Readers of tool-use datasets into canonical records, for `toolforge verify`:
 * - openai (also `messages`): the canonical record (with its plan), OpenAI fine-tuning JSONL
 *   (`messages` + `tools`; also the legacy `functions` / `function_call`), and Hugging Face
 *   `messages` + `tools` rows (arguments as objects, `reasoning_content`, content parts);
 * - sharegpt (also `hermes`): ShareGPT/Hermes (`conversations` of `{from, value}`, calls in
 *   `<tool_call>` tags, results in `<tool_response>` tags, tools in `tools` or in `<tools>` in
 *   the system turn, whose function-calling instructions are not part of the prompt;
 *   `function_call` / `observation` turns as ToolACE/Glaive write them);
 * - xlam: APIGen's xLAM (`query`, `tools`, `answers`; JSON strings or values);
 * - bfcl: BFCL questions (`question`, `function`), with the ground truth from a
 *   `ground_truth` field or a possible-answer file (the first acceptable value of each
 *   argument becomes the call).
 * Tool docs with BFCL/xLAM types (`dict`, `float`, ...) become JSON Schema as the pool
 * importer does, and names OpenAI refuses (`math.factorial`) are mapped the same way.
 * xLAM and BFCL rows have no tool results and no final answer: they are "call-only".
 *
 * One reader per format under formats/ (openai.ts, sharegpt.ts, xlam.ts, bfcl.ts), with what
 * they share (read-row.ts, toolset.ts); this file splits a dataset's text into rows
 * (split-rows.ts), picks each row's format (detect.ts) and hands it to its reader.
 */
import { detectFormat, READER, type DatasetFormat } from './formats/detect.js';
import { fromBfcl } from './formats/bfcl.js';
import { fromOpenai } from './formats/openai.js';
import { isObj, RowError, type ReadRow } from './formats/read-row.js';
import { fromSharegpt } from './formats/sharegpt.js';
import { splitRows } from './formats/split-rows.js';
import { fromXlam } from './formats/xlam.js';

export { FORMATS, detectFormat, type DatasetFormat } from './formats/detect.js';
export { bfclCalls, bfclCategory, readAnswers } from './formats/bfcl.js';
export type { ReadRow } from './formats/read-row.js';
export { splitRows } from './formats/split-rows.js';

export interface ReadIssue {
  readonly line: number;
  readonly problem: string;
}

export interface ReadResult {
  readonly format: DatasetFormat;
  readonly rows: readonly ReadRow[];
  readonly issues: readonly ReadIssue[];
}

/** One parsed row as a canonical record; throws an Error with the problem. */
export function rowToRecord(row: unknown, format: DatasetFormat, line: number, answers?: ReadonlyMap<string, unknown>): ReadRow {
  if (!isObj(row)) throw new RowError('not a JSON object');
  switch (READER[format]) {
    case 'openai':
      if (!Array.isArray(row.messages)) throw new RowError('no "messages" list');
      return fromOpenai(row, line);
    case 'sharegpt':
      if (!Array.isArray(row.conversations)) throw new RowError('no "conversations" list');
      return fromSharegpt(row, line);
    case 'xlam':
      return fromXlam(row, line);
    case 'bfcl':
      if (!('question' in row)) throw new RowError('no "question"');
      return fromBfcl(row, line, answers);
  }
}

/** Read a whole dataset; malformed rows become issues with their line number. */
export function readDataset(text: string, format?: DatasetFormat, answers?: ReadonlyMap<string, unknown>): ReadResult {
  const rows: ReadRow[] = [];
  const issues: ReadIssue[] = [];
  let fmt = format;
  for (const r of splitRows(text)) {
    if (r.problem !== undefined) {
      issues.push({ line: r.line, problem: r.problem });
      continue;
    }
    const f = fmt ?? detectFormat(r.value);
    if (!f) {
      issues.push({ line: r.line, problem: 'not a row of a known format (messages, conversations, query/answers, question/function)' });
      continue;
    }
    fmt ??= f;
    try {
      rows.push(rowToRecord(r.value, f, r.line, answers));
    } catch (err) {
      issues.push({ line: r.line, problem: err instanceof Error ? err.message : String(err) });
    }
  }
  return { format: fmt ?? 'openai', rows, issues };
}
