/**
 * Reading a job's shards as a stream of canonical records, and `toolforge export`: every
 * record converted to one format, written as JSONL (gzip when OUT ends in .gz) under a
 * temporary name and renamed when complete, with the chat-template check on the way.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';
import { TemplateTally, type ChatTemplate } from './chat-template.js';
import { FORMATS, RecordFormatError, type RationaleMode } from './formats/index.js';
import type { CanonicalRecord } from '../core/record.js';
import { AtomicFile } from '../core/temp-file.js';
import { recordFromRow } from './hub-row.js';
import type { JobView, ShardInfo } from './job-view.js';
import { EXTRA_SPLIT, type ShardStats } from './shard-stats.js';
import { TemplateBudgetError } from './template-budget.js';

/** A shard, a record or a file the export cannot use: exit 2 for bad input, with the place named. */
export class ExportInputError extends Error {}

/** The job's shards as its checkpoint records them, each checked to be on disk with its size. */
export function jobShards(job: JobView): ShardInfo[] {
  return job.shards().map((s) => {
      const full = join(job.dir, s.path);
      if (!existsSync(full)) throw new ExportInputError(`shard ${full} is recorded in the checkpoint but missing on disk`);
      const size = statSync(full).size;
      if (size !== s.bytes) throw new ExportInputError(`shard ${full} has ${size} bytes, the checkpoint recorded ${s.bytes}: it changed since it was written`);
      return {
        path: s.path,
        split: splitOf(s.path),
        records: s.records,
        sha256: s.sha256,
        bytes: s.bytes,
        firstIdx: s.firstIdx,
        lastIdx: s.lastIdx,
        ...(s.stats !== null ? { stats: JSON.parse(s.stats) as ShardStats } : {}),
      };
    });
}

/** `data/train-00003.jsonl.gz` -> `train`. */
export function splitOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  const m = /^(.+)-\d{5}\.jsonl(\.gz)?$/.exec(name);
  return m ? m[1] : 'train';
}

export type { ShardInfo };

export interface RecordAt {
  readonly record: CanonicalRecord;
  /** file:line, for messages. */
  readonly where: string;
  readonly shard: ShardInfo;
}

/** The records of the shards, in order, one line at a time (gzip aware): memory stays flat. */
export async function* readRecords(dir: string, shards: readonly ShardInfo[]): AsyncGenerator<RecordAt> {
  for (const shard of shards) {
    const full = join(dir, shard.path);
    const raw = createReadStream(full);
    const input = shard.path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
    const lines = createInterface({ input, crlfDelay: Infinity });
    let n = 0;
    try {
      for await (const line of lines) {
        n++;
        if (line.trim() === '') continue;
        let row: unknown;
        try {
          row = JSON.parse(line);
        } catch (err) {
          throw new ExportInputError(`${full}:${n}: not valid JSON: ${(err as Error).message}`);
        }
        let record: CanonicalRecord;
        try {
          record = recordFromRow(row);
        } catch (err) {
          throw new ExportInputError(`${full}:${n}: ${(err as Error).message}`);
        }
        yield { record, where: `${full}:${n}`, shard };
      }
    } catch (err) {
      if (err instanceof ExportInputError) throw err;
      throw new ExportInputError(`${full}: cannot be read: ${(err as Error).message}`);
    } finally {
      lines.close();
      raw.destroy();
    }
  }
}

/** A JSONL writer to a temporary file, renamed into place by `commit()` (gzip when the name ends in .gz). */
export class JsonlOut {
  readonly path: string;
  readonly #file: AtomicFile;
  readonly #gzip?: Gzip;
  lines = 0;
  constructor(path: string) {
    this.path = path;
    this.#file = new AtomicFile(path);
    if (path.endsWith('.gz')) {
      this.#gzip = createGzip();
      this.#gzip.pipe(this.#file.stream);
    }
  }
  async write(row: unknown): Promise<void> {
    this.lines++;
    const sink = this.#gzip ?? this.#file.stream;
    if (!sink.write(`${JSON.stringify(row)}\n`)) await this.#file.drain(sink);
  }
  async commit(): Promise<void> {
    await this.#file.commit(this.#gzip ?? this.#file.stream);
  }
  abort(): void {
    this.#gzip?.destroy();
    this.#file.abort();
  }
}

export interface ExportOptions {
  readonly job: JobView;
  readonly format: string;
  /** A file (all splits, `extra` included), or a directory (existing, or ending in /): one `<split>.jsonl` per split (`extra.jsonl` for the records kept past the target). */
  readonly out: string;
  /** Where the rationale goes (formats/common.ts). */
  readonly rationale: RationaleMode;
  /** Tool parameters (and `messages` arguments) as objects: not loadable with Arrow (formats/common.ts). */
  readonly jsonObjects?: boolean;
  /** Templates every record is rendered through; none skips the check. */
  readonly templates?: readonly ChatTemplate[];
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ExportResult {
  readonly files: { path: string; split: string; rows: number }[];
  readonly records: number;
  readonly written: number;
  readonly skipped: Record<string, number>;
  readonly templates: TemplateTally[];
  /** Records that failed a template (an error). */
  readonly templateFailures: number;
}

export async function exportJob(options: ExportOptions): Promise<ExportResult> {
  const format = FORMATS[options.format];
  if (!format) throw new ExportInputError(`unknown format "${options.format}"; use one of ${Object.keys(FORMATS).join(', ')}`);
  const shards = jobShards(options.job);
  const total = shards.reduce((n, s) => n + s.records, 0);
  const perSplit = options.out.endsWith('/') || (existsSync(options.out) && statSync(options.out).isDirectory());
  const outs = new Map<string, JsonlOut>();
  const outFor = (split: string): JsonlOut => {
    const key = perSplit ? split : '';
    let o = outs.get(key);
    if (!o) {
      o = new JsonlOut(perSplit ? join(options.out, `${split}.jsonl`) : options.out);
      outs.set(key, o);
    }
    return o;
  };
  const tallies = (options.templates ?? []).map((t) => new TemplateTally(t));
  // The templates see the rationale only where the file holds it.
  const checked = { rationale: format.rationale[options.rationale].kept ? options.rationale : ('drop' as const) };
  const skipped: Record<string, number> = {};
  let records = 0;
  let written = 0;
  try {
    if (!perSplit) outFor('');
    for await (const { record, where, shard } of readRecords(options.job.dir, shards)) {
      records++;
      let converted;
      try {
        converted = format.convert(record, { rationale: options.rationale, jsonObjects: options.jsonObjects ?? false });
      } catch (err) {
        if (err instanceof RecordFormatError) throw new ExportInputError(`${where}: ${err.message}`);
        throw err;
      }
      try {
        for (const t of tallies) t.add(record, checked, where);
      } catch (err) {
        if (err instanceof TemplateBudgetError) throw new TemplateBudgetError(`${err.message} (rendering ${where}); nothing was exported`);
        throw err;
      }
      if ('skip' in converted) {
        skipped[converted.skip] = (skipped[converted.skip] ?? 0) + 1;
      } else {
        await outFor(shard.split === EXTRA_SPLIT ? EXTRA_SPLIT : (record.split ?? shard.split)).write(converted.row);
        written++;
      }
      if (options.onProgress && records % 1000 === 0) options.onProgress(records, total);
    }
    for (const o of outs.values()) await o.commit();
  } catch (err) {
    for (const o of outs.values()) o.abort();
    throw err;
  }
  options.onProgress?.(records, total);
  return {
    files: [...outs.entries()].map(([split, o]) => ({ path: o.path, split: split || 'all', rows: o.lines })),
    records,
    written,
    skipped,
    templates: tallies,
    templateFailures: tallies.reduce((n, t) => n + t.failed, 0),
  };
}
