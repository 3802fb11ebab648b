/**
 * A dataset file's rows read as a stream (`toolforge verify` on a file larger than memory): a
 * JSONL file line by line, so one row at a time is held; a file that is one JSON array (it
 * cannot be read row by row) whole. Line numbers are the file's.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
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

/** The rows of `file`, JSONL streamed line by line; a file that starts with '[' read whole as one array (or as JSONL when it is not one). */
export async function* readRows(file: string): AsyncGenerator<RawRow> {
  if (firstLine(file).trimStart().startsWith('[')) {
    yield* splitRows(readFileSync(file, 'utf8'));
    return;
  }
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    const l = raw.trim();
    if (l === '') continue;
    try {
      yield { line, value: JSON.parse(l) as unknown };
    } catch (err) {
      yield { line, problem: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
}
