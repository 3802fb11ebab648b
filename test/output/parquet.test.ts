import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HUB_FEATURES, duckdbType } from '../../output/hub-schema.js';
import { ParquetMismatchError, compareWithJsonl, jsonlToParquet, parquetColumnTypes, parquetRowCount, readParquetRows } from '../../output/parquet.js';
import { jsonlFiles } from '../../verifiers/arrow-types.js';
import { tempDir } from '../helpers/cli.js';
import { makeJob } from '../helpers/output-job.js';

let dir: string;
let out: string;
let shards: string[];

beforeAll(async () => {
  dir = await makeJob('parquet', { count: 300, shardRecords: 120, gzip: true });
  out = tempDir('parquet-out');
  shards = jsonlFiles(join(dir, 'data'));
}, 120_000);

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
const bare = (t: string): string => t.replace(/"/g, '');

describe('Parquet shards', () => {
  it('hold every record of their JSONL shard, read back by a second reader and compared row by row', async () => {
    let total = 0;
    for (const [i, shard] of shards.entries()) {
      const dest = join(out, `${i}.parquet`);
      const written = await jsonlToParquet(shard, dest);
      expect(written.sha256).toBe(sha(dest));
      expect(parquetRowCount(dest)).toBe(written.records);
      total += written.records;
    }
    expect(total).toBe(300);
  });

  it('have the declared column types', async () => {
    const dest = join(out, 'types.parquet');
    await jsonlToParquet(shards[0], dest);
    const columns = await parquetColumnTypes(dest);
    expect(columns.map((c) => ({ name: c.name, type: bare(c.type) }))).toEqual(HUB_FEATURES.map((f) => ({ name: f.name, type: bare(duckdbType(f.type)) })));
  });

  it('are the same bytes for the same JSONL', async () => {
    const a = await jsonlToParquet(shards[0], join(out, 'a.parquet'));
    const b = await jsonlToParquet(shards[0], join(out, 'b.parquet'));
    expect(a.sha256).toBe(b.sha256);
  });

  it('keep nulls, JSON strings and the order of rows', async () => {
    const dest = join(out, 'rows.parquet');
    await jsonlToParquet(shards[0], dest);
    const rows: Record<string, any>[] = [];
    for await (const r of readParquetRows(dest)) rows.push(r);
    const assistant = rows[0].messages.find((m: { role: string }) => m.role === 'assistant');
    expect(assistant.tool_call_id).toBeNull();
    expect(typeof rows[0].tools[0].function.parameters).toBe('string');
    expect(typeof rows[0].meta.seed).toBe('number');
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort());
  });

  it('are refused when they differ from their JSONL, naming the row', async () => {
    const dest = join(out, 'diff.parquet');
    const plain = join(out, 'plain.jsonl');
    const { gunzipSync } = await import('node:zlib');
    const lines = gunzipSync(readFileSync(shards[0])).toString('utf8').trim().split('\n');
    writeFileSync(plain, `${lines.join('\n')}\n`);
    await jsonlToParquet(plain, dest);
    const changed = JSON.parse(lines[7]) as { messages: { content: string | null }[] };
    changed.messages[1].content = `${changed.messages[1].content ?? ''}!`;
    lines[7] = JSON.stringify(changed);
    writeFileSync(plain, `${lines.join('\n')}\n`);
    await expect(compareWithJsonl(dest, plain)).rejects.toThrow(ParquetMismatchError);
    await expect(compareWithJsonl(dest, plain)).rejects.toThrow(/row 8 differs/);
    writeFileSync(plain, `${lines.slice(0, 5).join('\n')}\n`);
    await expect(compareWithJsonl(dest, plain)).rejects.toThrow(/more rows/);
  });
});
