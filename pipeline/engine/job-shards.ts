/**
 * The scheduler's hand-off to the shard writer: accepted records wait in memory until every
 * item before them is resolved, then they are appended, in index order, to their split's open
 * shard; a full shard is sealed, recorded in the checkpoint and published, and the job is
 * finished at the count-th record. On start, the shards are brought back to what the
 * checkpoint committed (see the README, "Resume").
 */
import { tokenStride } from '../../output/shard-stats.js';
import { OpenShard, openShardFile, publishShard, settleShards, type OpenShardState } from '../../output/shard-writer.js';
import type { JobConfig } from '../config.js';
import { SPLITS, type Split } from '../planning/category-mix.js';
import type { Checkpoint } from './checkpoint.js';
import { stampSealedShard } from './shard-integrity.js';

const bytesOf = (v: string | Uint8Array): Uint8Array => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v);

export class JobShards {
  readonly #dir: string;
  readonly #ck: Checkpoint;
  readonly #config: JobConfig;
  readonly #now: () => number;
  /** Called once a shard is sealed and recorded (the job backs the checkpoint up). */
  readonly #onSeal: () => void;
  /** Per split, the shard records are appended to. */
  readonly #open: Record<Split, OpenShard>;
  /** Accepted records waiting for every item before them to be resolved (then they are appended). */
  readonly #held = new Map<number, { split: Split; record: Uint8Array; facts: Uint8Array | null }>();
  /** Records in sealed shards, and in sealed and open ones. */
  #written = 0;
  #appended = 0;
  #shardCount = 0;

  /**
   * Take up the shards: sealed ones (finish a rename a crash cut short), and each split's open
   * one, cut back to what the checkpoint committed. Accepted items whose records are in neither
   * go back to pending (their records were in memory when the process stopped).
   */
  constructor(dir: string, ck: Checkpoint, config: JobConfig, now: () => number, onSeal: () => void = () => {}) {
    this.#onSeal = onSeal;
    this.#dir = dir;
    this.#ck = ck;
    this.#config = config;
    this.#now = now;
    const sealed = ck.shards();
    const next: Record<Split, { seq: number; lastIdx: number }> = { train: { seq: 0, lastIdx: -1 }, test: { seq: 0, lastIdx: -1 } };
    for (const shard of sealed) {
      const n = next[shard.split as Split];
      n.seq = Math.max(n.seq, shard.seq + 1);
      n.lastIdx = Math.max(n.lastIdx, shard.lastIdx);
      this.#written += shard.records;
      this.#shardCount++;
    }
    const committed = ck.openShards();
    const { gzip } = config.output;
    const stride = tokenStride(config.count);
    // A committed open shard is taken up when it is the split's next one (always, unless the
    // checkpoint comes from an earlier build); every other temporary file goes.
    const resumed = (split: Split): OpenShardState | undefined => (committed[split]?.seq === next[split].seq ? committed[split] : undefined);
    settleShards(dir, sealed, new Set(SPLITS.map((split) => openShardFile(dir, split, next[split].seq))));
    const open = {} as Record<Split, OpenShard>;
    const appendedThrough = {} as Record<Split, number>;
    for (const split of SPLITS) {
      const state = resumed(split);
      if (state) {
        const { shard, lost } = OpenShard.resume(dir, split, gzip, stride, state);
        open[split] = shard;
        appendedThrough[split] = lost || state.records === 0 ? next[split].lastIdx : state.lastIdx;
      } else {
        open[split] = OpenShard.create(dir, split, next[split].seq, gzip, stride);
        appendedThrough[split] = next[split].lastIdx;
      }
      this.#appended += open[split].records;
    }
    this.#open = open;
    this.#appended += this.#written;
    if (!ck.isComplete()) {
      ck.resetUnwritten(appendedThrough);
      ck.commitOpenShards(this.#openStates());
    } else {
      for (const split of SPLITS) open[split].discard(); // a complete job has no open shard
    }
  }

  /** Records in sealed shards. */
  get written(): number {
    return this.#written;
  }

  /** Records in sealed and open shards. */
  get appended(): number {
    return this.#appended;
  }

  get shardCount(): number {
    return this.#shardCount;
  }

  /** Accepted records waiting in memory. */
  get held(): number {
    return this.#held.size;
  }

  /**
   * An accepted record waits for the items before it, as UTF-8 bytes: outside the JS heap, a
   * waiting record is neither copied nor promoted by the GC (see outcome-bytes.ts).
   */
  hold(idx: number, split: Split, record: string | Uint8Array, facts: string | Uint8Array | null): void {
    this.#held.set(idx, { split, record: bytesOf(record), facts: facts === null ? null : bytesOf(facts) });
  }

  /**
   * Append to the open shards every held record below the frontier (the lowest unresolved
   * item), in index order, sealing each shard that fills up; finish the job at the count-th
   * record. The output is the `count` accepted items of lowest index, whatever the timing.
   * Returns true when that finished the job.
   */
  appendReady(): boolean {
    if (this.#held.size === 0) return false;
    const frontier = this.#ck.frontier();
    const ready: number[] = [];
    for (const idx of this.#held.keys()) if (idx < frontier) ready.push(idx);
    if (ready.length === 0) return false;
    ready.sort((a, b) => a - b);
    const { count, output } = this.#config;
    let cutoff: number | undefined;
    for (const idx of ready) {
      const h = this.#held.get(idx)!;
      this.#held.delete(idx);
      const shard = this.#open[h.split];
      shard.append(idx, h.record, h.facts);
      this.#appended++;
      if (this.#appended === count) cutoff = idx;
      if (shard.records >= output.shardRecords) this.#seal(h.split);
      if (cutoff !== undefined) break;
    }
    if (cutoff !== undefined) {
      this.finish(cutoff);
      return true;
    }
    this.#ck.commitOpenShards(this.#openStates());
    return false;
  }

  /** The index of the last record appended (for a crash after the count-th record and before the job was marked complete). */
  lastAppended(): number {
    return Math.max(...this.#ck.shards().map((sh) => sh.lastIdx), ...SPLITS.map((split) => this.#open[split].lastIdx));
  }

  /** The count-th record (item `cutoff`) is appended: seal what is open, drop the surplus. */
  finish(cutoff: number): void {
    for (const split of SPLITS) if (this.#open[split].records > 0) this.#seal(split);
    for (const split of SPLITS) this.#open[split].discard();
    this.#ck.complete(cutoff);
    this.#held.clear();
  }

  close(): void {
    for (const split of SPLITS) this.#open[split].close();
  }

  /** Seal split's open shard: fsync, record it with the open shards' state, rename it, open the next. */
  #seal(split: Split): void {
    const shard = this.#open[split];
    const sealed = shard.seal();
    const next = OpenShard.create(this.#dir, split, shard.seq + 1, this.#config.output.gzip, tokenStride(this.#config.count));
    this.#open[split] = next;
    this.#ck.addShard({ split, seq: shard.seq, ...sealed, stats: JSON.stringify(sealed.stats) }, this.#openStates(), this.#now());
    publishShard(this.#dir, sealed.path, split, shard.seq);
    stampSealedShard(this.#dir, this.#ck, { split, seq: shard.seq, path: sealed.path });
    this.#onSeal();
    this.#written += sealed.records;
    this.#shardCount++;
  }

  #openStates(): Record<Split, OpenShardState> {
    return { train: this.#open.train.state(), test: this.#open.test.state() };
  }
}
