/**
 * Reading a job for the checker: its shards (data/*.jsonl, gzipped or not; a JSONL file may be
 * given instead of a job directory), one record at a time, and, when the directory holds the
 * job's checkpoint, each tool's domain from the pool stored there.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { CanonicalRecord } from '../../core/record.js';
import { parseRecordLine } from '../../output/hub-row.js';
import { Checkpoint, CHECKPOINT_FILE } from '../../pipeline/engine/checkpoint.js';

export interface JobInput {
  readonly path: string;
  readonly shards: readonly string[];
  /** Tool name -> domain, from the job's pool; undefined without a checkpoint. */
  readonly domains?: ReadonlyMap<string, string>;
}

export function openJob(path: string): JobInput {
  if (statSync(path).isFile()) return { path, shards: [path] };
  const data = join(path, 'data');
  if (!existsSync(data)) throw new Error(`${path}: no data/ folder (not a toolforge job directory)`);
  const shards = readdirSync(data)
    .filter((f) => /\.jsonl(\.gz)?$/.test(f))
    .sort()
    .map((f) => join(data, f));
  if (shards.length === 0) throw new Error(`${data}: no shard (*.jsonl)`);
  let domains: Map<string, string> | undefined;
  if (existsSync(join(path, CHECKPOINT_FILE))) {
    const cp = Checkpoint.open(path, { readonly: true });
    try {
      domains = new Map(cp.pool().map((api) => [api.name, api.domain]));
    } finally {
      cp.close();
    }
  }
  return { path, shards, domains };
}

/** The job's records, shard by shard, line by line. */
export async function* readRecords(job: JobInput): AsyncGenerator<CanonicalRecord> {
  for (const shard of job.shards) {
    const raw = createReadStream(shard);
    const lines = createInterface({ input: shard.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      try {
        yield parseRecordLine(line);
      } catch (err) {
        throw new Error(`${shard}:${n}: ${(err as Error).message}`);
      }
    }
  }
}
