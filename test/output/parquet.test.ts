import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HUB_FEATURES, duckdbType } from '../../output/hub-schema.js';
import { ParquetMismatchError, compareWithJsonl, jsonlToParquet, parquetColumnTypes, parquetRowCount, readParquetRows } from '../../output/parquet.js';
import { jsonlFiles } from '../../verifiers/arrow-types.js';
import { publishCommand } from '../../cli/commands/output.js';
import { jobShards } from '../../output/export.js';
import { openJobView } from '../../pipeline/engine/job-view.js';
import { ensureParquetShards } from '../../pipeline/engine/parquet-shards.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { captureIo, makeJob } from '../helpers/output-job.js';

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
      expect(await parquetRowCount(dest)).toBe(written.records);
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

describe('a job with output.format parquet', () => {
  it('ends with a Parquet twin of every shard, recorded with its sha256, and a card that lists them', async () => {
    const job = await makeJob('parquet-job', { count: 120, shardRecords: 50, format: 'parquet' });
    const view = openJobView(job);
    const twins = view.parquetShards()!;
    const shards = jobShards(view);
    expect(twins.map((t) => t.path)).toEqual(shards.map((s) => s.path.replace(/\.jsonl$/, '.parquet')));
    for (const t of twins) {
      expect(sha(join(job, t.path))).toBe(t.sha256);
      expect(await compareWithJsonl(join(job, t.path), join(job, t.path.replace(/\.parquet$/, '.jsonl')))).toBe(t.records);
    }
    const card = readFileSync(join(job, 'README.md'), 'utf8');
    expect(card).toMatch(/path: data\/train-\*\.parquet/);
    for (const t of twins) expect(card).toContain(t.sha256);
    expect(readdirSync(join(job, 'data')).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('converts what a crash left unconverted, and only that', async () => {
    const job = await makeJob('parquet-crash', { count: 120, shardRecords: 50, format: 'parquet' });
    const twins = openJobView(job).parquetShards()!;
    rmSync(join(job, twins[1].path));
    expect(openJobView(job).parquetShards()).toBeUndefined();
    const lines: string[] = [];
    const again = await ensureParquetShards(job, (l) => lines.push(l));
    expect(again).toEqual(twins);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(twins[1].path);
  });
});

describe('a job written by an earlier build (records without the published schema)', () => {
  it('is not resumed into mixed shards, and is not published', async () => {
    const job = await makeJob('old-format', { count: 60, shardRecords: 25 });
    const db = new Database(join(job, 'checkpoint.sqlite'));
    db.prepare("DELETE FROM meta WHERE key = 'record_format'").run();
    db.prepare("UPDATE meta SET value = '0' WHERE key = 'complete'").run();
    db.close();
    const r = await runCli(['resume', job]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/written by an earlier toolforge.*start a new job/s);
    const io = captureIo();
    const code = await publishCommand({ dir: job, repo: 'a/b', private: false, partial: true, env: { HF_TOKEN: 'hf_x' }, hubUrl: 'http://127.0.0.1:9' }, io);
    expect(code).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/earlier toolforge whose records change column types/);
  });
});
