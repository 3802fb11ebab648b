/**
 * Parquet shards for the Hub: a JSONL shard written again as Parquet with the published schema's
 * column types stated (hub-schema.ts), by DuckDB (`COPY ... TO ... (FORMAT parquet)`), in row
 * groups small enough for the dataset viewer. Every file is read back with a second,
 * independent reader (hyparquet) and compared row by row with its JSONL before it counts.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { HUB_FEATURES, duckdbType, type Field, type FieldType } from './hub-schema.js';

/** Rows per row group: the viewer reads a row group at a time, and a toolforge row is 5-10 KB. */
export const PARQUET_ROW_GROUP_ROWS = 1000;

export interface ParquetWritten {
  readonly records: number;
  readonly sha256: string;
  readonly bytes: number;
}

/** A Parquet file that does not hold what its JSONL holds. */
export class ParquetMismatchError extends Error {}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

// DuckDB (a native library of about 70 MB) and the Parquet reader load when a file is written or
// read, not with every command.
async function openDuckDb() {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  // One thread: the bytes then never depend on the machine (checked the same on 1 and 2 threads).
  return DuckDBInstance.create(':memory:', { threads: '1' });
}

async function reader() {
  const [{ parquetMetadata, parquetReadObjects }, { compressors }] = await Promise.all([import('hyparquet'), import('hyparquet-compressors')]);
  return { parquetMetadata, parquetReadObjects, compressors };
}

/** `{'id': 'VARCHAR', ...}`: the columns DuckDB reads the JSONL with, in schema order. */
function columnsSpec(fields: readonly Field[] = HUB_FEATURES): string {
  return `{${fields.map((f) => `${sqlString(f.name)}: ${sqlString(duckdbType(f.type))}`).join(', ')}}`;
}

/**
 * Write `jsonl` (plain or .gz) as Parquet at `dest` (zstd, PARQUET_ROW_GROUP_ROWS rows per
 * group, rows in file order), read it back and compare it with the JSONL row by row. The same
 * JSONL always gives the same bytes. On any failure `dest` is removed.
 */
export async function jsonlToParquet(jsonl: string, dest: string): Promise<ParquetWritten> {
  const db = await openDuckDb();
  try {
    const con = await db.connect();
    try {
      await con.run(
        `COPY (SELECT * FROM read_json(${sqlString(jsonl)}, format = 'newline_delimited', columns = ${columnsSpec()})) ` +
          `TO ${sqlString(dest)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP_ROWS})`,
      );
    } finally {
      con.closeSync();
    }
    const records = await compareWithJsonl(dest, jsonl);
    const bytes = readFileSync(dest);
    return { records, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  } catch (err) {
    rmSync(dest, { force: true });
    throw err;
  } finally {
    db.closeSync();
  }
}

function arrayBufferOf(path: string): ArrayBuffer {
  const buf = readFileSync(path);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

/** The rows of a Parquet file, a row group at a time, INT64 as numbers. */
export async function* readParquetRows(path: string): AsyncGenerator<Record<string, unknown>> {
  const { parquetMetadata, parquetReadObjects, compressors } = await reader();
  const file = arrayBufferOf(path);
  const metadata = parquetMetadata(file);
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    const rows = await parquetReadObjects({ file, metadata, rowStart: start, rowEnd: end, compressors });
    for (const row of rows) yield numbers(row) as Record<string, unknown>;
    start = end;
  }
}

/** Rows in a Parquet file, from its footer. */
export async function parquetRowCount(path: string): Promise<number> {
  const { parquetMetadata } = await reader();
  return Number(parquetMetadata(arrayBufferOf(path)).num_rows);
}

function numbers(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(numbers);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numbers(x)]));
  return v;
}

/**
 * A JSONL row as its Parquet row reads: every schema field present (null where the JSONL left it
 * out), keys outside the schema kept, so that a row with a field the schema lacks compares unequal.
 */
export function asSchemaRow(value: unknown, type: FieldType = { struct: HUB_FEATURES }): unknown {
  if (value === null || value === undefined) return null;
  if (typeof type === 'string') return value;
  if ('list' in type) return Array.isArray(value) ? value.map((v) => asSchemaRow(v, type.list)) : value;
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of type.struct) out[f.name] = asSchemaRow(obj[f.name], f.type);
  for (const [k, v] of Object.entries(obj)) if (!(k in out)) out[k] = v;
  return out;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => k in (b as object) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Compare a Parquet file with its JSONL row by row; returns the row count, or throws naming the first row that differs. */
export async function compareWithJsonl(parquet: string, jsonl: string): Promise<number> {
  const raw = createReadStream(jsonl);
  const lines = createInterface({ input: jsonl.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let n = 0;
  for await (const row of readParquetRows(parquet)) {
    let next = await lines.next();
    while (!next.done && next.value.trim() === '') next = await lines.next();
    n++;
    if (next.done) throw new ParquetMismatchError(`${parquet} has more rows than ${jsonl} (${n} or more)`);
    if (!sameJson(row, asSchemaRow(JSON.parse(next.value)))) {
      throw new ParquetMismatchError(`${parquet}: row ${n} differs from ${jsonl}:${n}`);
    }
  }
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (next.value.trim() !== '') throw new ParquetMismatchError(`${parquet} has ${n} rows, ${jsonl} has more`);
  }
  return n;
}

/** A Parquet file's columns as DuckDB reads them (name and type), to compare with the declared schema. */
export async function parquetColumnTypes(path: string): Promise<{ name: string; type: string }[]> {
  const db = await openDuckDb();
  try {
    const con = await db.connect();
    try {
      const reader = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`);
      return reader.getRowObjectsJson().map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    } finally {
      con.closeSync();
    }
  } finally {
    db.closeSync();
  }
}
