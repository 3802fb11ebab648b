/**
 * Parquet twins of a job's sealed JSONL shards (`output.format: parquet`, `publish --parquet`):
 * each shard written again as `data/<split>-<seq>.parquet`, read back and compared row by row,
 * fsynced, recorded in the checkpoint with its sha256, then given its final name. The JSONL
 * shards stay: the job resumes, exports and counts from them. Done again, it converts only what
 * is missing or no longer matches its record, so an interrupted conversion just goes on.
 */
import { existsSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CheckpointError, ShardIntegrityError } from '../../core/errors.js';
import { sha256File } from '../../core/file-hash.js';
import { fsyncPath } from '../../core/fsync.js';
import type { ParquetShard } from '../../output/job-view.js';
import { jsonlToParquet } from '../../output/parquet.js';
import { Checkpoint } from './checkpoint.js';
import { acquireLock } from './lock.js';
import { checkShardFile } from './shard-integrity.js';


/** `data/train-00003.jsonl(.gz)` -> `data/train-00003.parquet`. */
export function parquetPathOf(shardPath: string): string {
  return shardPath.replace(/\.jsonl(\.gz)?$/, '.parquet');
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}


/**
 * Every sealed shard of the job in `dir` with its Parquet twin, converting the ones that lack it.
 * Takes the job's lock: a job running in another process is refused, not raced.
 */
export async function ensureParquetShards(dir: string, log: (line: string) => void = () => {}): Promise<ParquetShard[]> {
  const release = acquireLock(dir);
  const ck = Checkpoint.open(dir);
  try {
    return await convertShards(dir, ck, log);
  } finally {
    ck.close();
    release();
  }
}

/** The same, for a caller that holds the lock and the open checkpoint (the job, when it completes). */
export async function convertShards(dir: string, ck: Checkpoint, log: (line: string) => void): Promise<ParquetShard[]> {
  const out: ParquetShard[] = [];
  for (const shard of ck.shards()) {
    const recorded = shard.parquet ? (JSON.parse(shard.parquet) as { path: string; sha256: string; bytes: number }) : undefined;
    if (recorded && sizeOf(join(dir, recorded.path)) === recorded.bytes && sha256File(join(dir, recorded.path)) === recorded.sha256) {
      out.push({ ...recorded, split: shard.split, records: shard.records });
      continue;
    }
    const source = join(dir, shard.path);
    if (checkShardFile(dir, shard).state !== 'ok') {
      throw new ShardIntegrityError(
        `shard ${source} is missing or has changed since it was written (its size or sha256 differs from the checkpoint's record); nothing was converted from it. \`toolforge resume ${dir}\` rebuilds it`,
      );
    }
    const path = parquetPathOf(shard.path);
    const temp = `${join(dir, path)}.partial`;
    const started = performance.now();
    const written = await jsonlToParquet(source, temp);
    if (written.records !== shard.records) {
      throw new CheckpointError(`${temp} holds ${written.records} rows, the shard ${shard.path} ${shard.records}`);
    }
    fsyncPath(temp);
    ck.setShardParquet(shard.split, shard.seq, { path, sha256: written.sha256, bytes: written.bytes });
    renameSync(temp, join(dir, path));
    log(`wrote ${path}: ${written.records} rows, ${written.bytes} bytes, compared row by row with ${shard.path} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    out.push({ path, split: shard.split, records: written.records, sha256: written.sha256, bytes: written.bytes });
  }
  return out;
}

/** The Parquet twins the checkpoint records, or undefined unless every shard has one on disk. */
export function recordedParquetShards(dir: string, shards: ReturnType<Checkpoint['shards']>): ParquetShard[] | undefined {
  const out: ParquetShard[] = [];
  for (const s of shards) {
    if (!s.parquet) return undefined;
    const p = JSON.parse(s.parquet) as { path: string; sha256: string; bytes: number };
    if (!existsSync(join(dir, p.path))) return undefined;
    out.push({ ...p, split: s.split, records: s.records });
  }
  return out;
}
