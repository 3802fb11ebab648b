/**
 * Shards: accepted records as JSONL, written so that nothing half-written is ever left under
 * its final name. Write to a temporary name, fsync, rename, fsync the directory; only then is
 * the shard recorded in the checkpoint (by the caller).
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DATA_DIR = 'data';
const TEMP_SUFFIX = '.partial';
/** Bytes gathered before one write(2). */
const WRITE_CHUNK_BYTES = 1 << 20;

export interface WrittenShard {
  /** Relative to the job directory, e.g. data/train-00000.jsonl */
  readonly path: string;
  readonly records: number;
  readonly sha256: string;
  readonly bytes: number;
}

export function shardPath(split: string, seq: number, gzip: boolean): string {
  return join(DATA_DIR, `${split}-${String(seq).padStart(5, '0')}.jsonl${gzip ? '.gz' : ''}`);
}

/** Write `lines` (one JSON record each, no newline) as shard `seq`. */
export function writeShard(
  jobDir: string,
  split: string,
  seq: number,
  gzip: boolean,
  lines: Iterable<string>,
): WrittenShard {
  const rel = shardPath(split, seq, gzip);
  const final = join(jobDir, rel);
  const temp = final + TEMP_SUFFIX;
  mkdirSync(join(jobDir, DATA_DIR), { recursive: true });
  const hash = createHash('sha256');
  const fd = openSync(temp, 'w');
  let records = 0;
  let bytes = 0;
  try {
    const parts: Buffer[] = [];
    let pending: string[] = [];
    let pendingLength = 0;
    const emit = (buf: Buffer): void => {
      if (gzip) {
        parts.push(buf);
        return;
      }
      hash.update(buf);
      bytes += buf.length;
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
    };
    for (const line of lines) {
      pending.push(line, '\n');
      pendingLength += line.length + 1;
      records++;
      if (pendingLength >= WRITE_CHUNK_BYTES) {
        emit(Buffer.from(pending.join(''), 'utf8'));
        pending = [];
        pendingLength = 0;
      }
    }
    if (pending.length > 0) emit(Buffer.from(pending.join(''), 'utf8'));
    if (gzip) {
      // zlib writes no timestamp or file name, so the same records always give the same bytes.
      const packed = gzipSync(Buffer.concat(parts), { level: 6 });
      hash.update(packed);
      bytes = packed.length;
      for (let off = 0; off < packed.length; ) off += writeSync(fd, packed, off);
    }
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(temp, final);
  fsyncDir(join(jobDir, DATA_DIR));
  return { path: rel, records, sha256: hash.digest('hex'), bytes };
}

/** Remove shards a crashed process left half-written. */
export function removePartialShards(jobDir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(join(jobDir, DATA_DIR));
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.endsWith(TEMP_SUFFIX)) {
      rmSync(join(jobDir, DATA_DIR, name), { force: true });
      removed++;
    }
  }
  return removed;
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
