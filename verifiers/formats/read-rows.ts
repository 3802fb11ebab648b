/**
 * A dataset file's rows read as a stream (`toolforge verify` on a file larger than memory): a
 * JSONL file line by line, so one row at a time is held; a file that is one JSON array (it
 * cannot be read row by row) whole. Line numbers are the file's.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { splitRows } from './split-rows.js';

export interface RawRow {
  readonly line: number;
  readonly value?: unknown;
  readonly problem?: string;
}

/** The file's first line (all of it, however long), or '' for an empty file. */
export function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    const buf = Buffer.alloc(64 * 1024);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const nl = buf.subarray(0, n).indexOf(10);
      if (nl >= 0) {
        chunks.push(Buffer.from(buf.subarray(0, nl)));
        break;
      }
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The lines of `file` as they are read, 1 MB at a time (a newline byte is never inside a UTF-8 character). */
export function* fileLines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(CHUNK);
    let rest: Buffer | undefined;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const data = rest ? Buffer.concat([rest, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
        yield data.toString('utf8', start, nl);
        start = nl + 1;
      }
      rest = start < data.length ? Buffer.from(data.subarray(start)) : undefined;
    }
    if (rest) yield rest.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
const CHUNK = 1 << 20;

/** The rows of `file`, JSONL read line by line; a file that starts with '[' read whole as one array (or as JSONL when it is not one). */
export function* readRows(file: string): Generator<RawRow> {
  if (isArrayFile(file)) {
    yield* splitRows(readFileSync(file, 'utf8'));
    return;
  }
  yield* rowsOfLines(fileLines(file));
}

/** The rows of a JSONL file's lines (blank ones included: they count in the line numbers). */
export function* rowsOfLines(lines: Iterable<string>): Generator<RawRow> {
  let line = 0;
  for (const text of lines) {
    const row = parseLine(++line, text);
    if (row) yield row;
  }
}

/** A JSONL line as a row: undefined for a blank line, a problem for one that is not JSON. */
export function parseLine(line: number, text: string): RawRow | undefined {
  const l = text.trim();
  if (l === '') return undefined;
  try {
    return { line, value: JSON.parse(l) as unknown };
  } catch (err) {
    return { line, problem: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Whether `file` is one JSON array (read whole) rather than JSONL (read line by line). */
export const isArrayFile = (file: string): boolean => firstLine(file).trimStart().startsWith('[');
