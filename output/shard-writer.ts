/**
 * Shards: accepted records as JSONL, written so that nothing half-written is ever left under
 * its final name.
 *
 * Each split has one open shard, `data/<split>-<seq>.jsonl.partial`, that records are appended
 * to in index order as the job goes (no copy of them waits in the checkpoint). The checkpoint
 * stores how many records and bytes of it are committed; after a crash the job truncates the
 * file back to that length, and the items whose records were cut off are done again. A full
 * shard is fsynced (and gzipped to `<final>.partial` when asked), recorded in the checkpoint,
 * then renamed to its final name; a crash between the two is finished on the next start
 * (`settleShards`). The bytes of a shard depend only on its records, never on when the
 * process was interrupted.
 */
import { createHash, type Hash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { recordFacts, type RecordFacts } from './record-facts.js';
import type { CanonicalRecord } from '../core/record.js';
import { parseRecordLine } from './hub-row.js';
import { ShardStatsBuilder, type ShardStats } from './shard-stats.js';
import { fsyncPath } from '../core/fsync.js';
import { DATA_DIR } from '../core/job-files.js';

export { DATA_DIR };
const TEMP_SUFFIX = '.partial';
const NEWLINE = Buffer.from('\n');
const decoder = new TextDecoder();
const textOf = (v: string | Uint8Array): string => (typeof v === 'string' ? v : decoder.decode(v));

/** Bytes gathered before one write(2). */
const WRITE_CHUNK_BYTES = 1 << 20;

export interface WrittenShard {
  /** Relative to the job directory, e.g. data/train-00000.jsonl */
  readonly path: string;
  readonly records: number;
  readonly sha256: string;
  readonly bytes: number;
  readonly firstIdx: number;
  readonly lastIdx: number;
  readonly stats: ShardStats;
}

/** What the checkpoint keeps of an open shard: the committed part of its file. */
export interface OpenShardState {
  readonly seq: number;
  readonly records: number;
  readonly bytes: number;
  readonly firstIdx: number;
  readonly lastIdx: number;
}

export function shardPath(split: string, seq: number, gzip: boolean): string {
  return join(DATA_DIR, `${split}-${String(seq).padStart(5, '0')}.jsonl${gzip ? '.gz' : ''}`);
}

/** The open shard's file: the plain JSONL shard's name with `.partial`. */
function openPath(jobDir: string, split: string, seq: number): string {
  return join(jobDir, shardPath(split, seq, false) + TEMP_SUFFIX);
}

export class OpenShard {
  readonly split: string;
  readonly seq: number;
  readonly #jobDir: string;
  readonly #gzip: boolean;
  readonly #file: string;
  #fd: number;
  #hash: Hash;
  #stats: ShardStatsBuilder;
  #records = 0;
  /** Bytes on disk; appended bytes not yet written wait in `#buf` (`#used` of them). */
  #bytes = 0;
  readonly #buf = Buffer.allocUnsafe(WRITE_CHUNK_BYTES);
  #used = 0;
  #firstIdx = -1;
  #lastIdx = -1;

  private constructor(jobDir: string, split: string, seq: number, gzip: boolean, stride: number) {
    this.#jobDir = jobDir;
    this.split = split;
    this.seq = seq;
    this.#gzip = gzip;
    mkdirSync(join(jobDir, DATA_DIR), { recursive: true });
    this.#file = openPath(jobDir, split, seq);
    this.#fd = openSync(this.#file, existsSync(this.#file) ? 'r+' : 'w+');
    this.#hash = createHash('sha256');
    this.#stats = new ShardStatsBuilder(split, stride, true);
  }

  /**
   * Open shard `state.seq` of `split`, keeping the committed part of its file: the file is
   * cut back to `state.bytes`, and its records are read once for the hash and the statistics.
   * `lost` says the file held less than the checkpoint committed (a power loss): the shard
   * then starts empty, and the caller must do its records again.
   */
  static resume(jobDir: string, split: string, gzip: boolean, stride: number, state: OpenShardState): { shard: OpenShard; lost: boolean } {
    const shard = new OpenShard(jobDir, split, state.seq, gzip, stride);
    const size = fstatSync(shard.#fd).size;
    if (size < state.bytes) {
      ftruncateSync(shard.#fd, 0);
      return { shard, lost: true };
    }
    if (size > state.bytes) ftruncateSync(shard.#fd, state.bytes);
    if (state.bytes > 0) {
      // Read the committed part a chunk at a time: hash its bytes, parse its lines.
      const chunk = Buffer.allocUnsafe(WRITE_CHUNK_BYTES);
      let carry = Buffer.alloc(0);
      for (let pos = 0; pos < state.bytes; ) {
        const n = readSync(shard.#fd, chunk, 0, Math.min(chunk.length, state.bytes - pos), pos);
        if (n === 0) break;
        pos += n;
        shard.#hash.update(chunk.subarray(0, n));
        const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
        const base = pos - data.length;
        let start = 0;
        for (let end = data.indexOf(10); end >= 0; end = data.indexOf(10, start)) {
          const record = parseRecordLine(data.toString('utf8', start, end));
          shard.#stats.add(recordFacts(record), () => record, { offset: base + start, bytes: end - start });
          shard.#records++;
          start = end + 1;
        }
        carry = Buffer.from(data.subarray(start));
      }
      shard.#bytes = state.bytes;
      shard.#firstIdx = state.firstIdx;
      shard.#lastIdx = state.lastIdx;
      if (shard.#records !== state.records) {
        throw new Error(`${shard.#file} holds ${shard.#records} records in its first ${state.bytes} bytes, the checkpoint says ${state.records}`);
      }
    }
    return { shard, lost: false };
  }

  /** A new, empty shard. */
  static create(jobDir: string, split: string, seq: number, gzip: boolean, stride: number): OpenShard {
    const shard = new OpenShard(jobDir, split, seq, gzip, stride);
    ftruncateSync(shard.#fd, 0);
    return shard;
  }

  get records(): number {
    return this.#records;
  }

  get lastIdx(): number {
    return this.#lastIdx;
  }

  /**
   * Append record `idx` (its JSON, one line, as a string or as UTF-8 bytes) with its facts
   * (JSON, or null to compute them from the record).
   */
  append(idx: number, record: string | Uint8Array, facts: string | Uint8Array | null): void {
    if (this.#firstIdx < 0) this.#firstIdx = idx;
    this.#lastIdx = idx;
    this.#records++;
    // Strings are encoded straight into the buffer (a UTF-16 unit is at most 3 UTF-8 bytes): no joined copy.
    const most = (typeof record === 'string' ? record.length * 3 : record.length) + 1;
    if (this.#used + most > this.#buf.length) this.flush();
    const offset = this.#bytes + this.#used;
    let bytes: number;
    if (most > this.#buf.length) {
      const buf = typeof record === 'string' ? Buffer.from(`${record}\n`, 'utf8') : Buffer.concat([record, NEWLINE]);
      this.#write(buf);
      bytes = buf.length - 1;
    } else {
      if (typeof record === 'string') bytes = this.#buf.write(record, this.#used, 'utf8');
      else {
        this.#buf.set(record, this.#used);
        bytes = record.length;
      }
      this.#used += bytes;
      this.#buf[this.#used++] = 10;
    }
    const parse = (): CanonicalRecord => parseRecordLine(textOf(record));
    this.#stats.add(facts !== null ? (JSON.parse(textOf(facts)) as RecordFacts) : recordFacts(parse()), parse, { offset, bytes });
  }

  /** Write what is appended to the file (no fsync: the checkpoint commits it next). */
  flush(): void {
    if (this.#used === 0) return;
    this.#write(this.#buf.subarray(0, this.#used));
    this.#used = 0;
  }

  #write(buf: Buffer): void {
    this.#hash.update(buf);
    for (let off = 0; off < buf.length; ) off += writeSync(this.#fd, buf, off, buf.length - off, this.#bytes + off);
    this.#bytes += buf.length;
  }

  /** What the checkpoint commits: the records appended so far, written to the file first. */
  state(): OpenShardState {
    this.flush();
    return { seq: this.seq, records: this.#records, bytes: this.#bytes, firstIdx: this.#firstIdx, lastIdx: this.#lastIdx };
  }

  /**
   * Make the shard final: fsync it (gzip it to `<final>.partial` when asked) and return what the
   * checkpoint records. The caller records it, then calls `publish` to give it its final name.
   */
  seal(): WrittenShard {
    this.flush();
    fsyncSync(this.#fd);
    closeSync(this.#fd);
    this.#fd = -1;
    const rel = shardPath(this.split, this.seq, this.#gzip);
    let sha256: string;
    let bytes: number;
    if (this.#gzip) {
      // zlib writes no timestamp or file name, so the same records always give the same bytes.
      const packed = gzipSync(readFileSync(this.#file), { level: 6 });
      const temp = join(this.#jobDir, rel) + TEMP_SUFFIX;
      const fd = openSync(temp, 'w');
      try {
        for (let off = 0; off < packed.length; ) off += writeSync(fd, packed, off);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      sha256 = createHash('sha256').update(packed).digest('hex');
      bytes = packed.length;
    } else {
      sha256 = this.#hash.digest('hex');
      bytes = this.#bytes;
    }
    return { path: rel, records: this.#records, sha256, bytes, firstIdx: this.#firstIdx, lastIdx: this.#lastIdx, stats: this.#stats.finish() };
  }

  /** Close and delete an open shard that will get no records (the job is complete). */
  discard(): void {
    this.close();
    rmSync(this.#file, { force: true });
  }

  /** Close the file without sealing (the job stops; the checkpoint has the committed state). */
  close(): void {
    if (this.#fd >= 0) closeSync(this.#fd);
    this.#fd = -1;
  }
}

/** Give a recorded shard its final name (see OpenShard.seal), and drop its open file. */
export function publishShard(jobDir: string, path: string, split: string, seq: number): void {
  const final = join(jobDir, path);
  const plain = openPath(jobDir, split, seq);
  // Plain shards: the open file is `<final>.partial`; gzipped ones: the open file is dropped.
  if (existsSync(final + TEMP_SUFFIX)) renameSync(final + TEMP_SUFFIX, final);
  if (plain !== final + TEMP_SUFFIX) rmSync(plain, { force: true });
  fsyncPath(join(jobDir, DATA_DIR));
}

/** Give their final names to recorded shards a crash left under their temporary one (see OpenShard.seal). */
export function finishSealedShards(jobDir: string, recorded: readonly { path: string; split: string; seq: number }[]): void {
  for (const s of recorded) if (!existsSync(join(jobDir, s.path))) publishShard(jobDir, s.path, s.split, s.seq);
}

/**
 * On start: finish shards the checkpoint records but a crash left under their temporary name,
 * and remove every other temporary file but the open shards' (`keep`).
 */
export function settleShards(jobDir: string, recorded: readonly { path: string; split: string; seq: number }[], keep: ReadonlySet<string>): void {
  finishSealedShards(jobDir, recorded);
  let names: string[];
  try {
    names = readdirSync(join(jobDir, DATA_DIR));
  } catch {
    return;
  }
  for (const name of names) {
    const full = join(jobDir, DATA_DIR, name);
    if (name.endsWith(TEMP_SUFFIX) && !keep.has(full)) rmSync(full, { force: true });
  }
}

/** The open shard file of `split` number `seq` (for settleShards' `keep`). */
export function openShardFile(jobDir: string, split: string, seq: number): string {
  return openPath(jobDir, split, seq);
}
