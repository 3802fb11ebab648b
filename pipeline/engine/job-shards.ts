/**
 * The scheduler's hand-off to the shard writer: accepted records wait in memory until every
 * item before them is resolved, then they are appended, in index order, to their split's open
 * shard; a full shard is sealed, recorded in the checkpoint and published, and the job is
 * finished at the count-th record. On start, the shards are brought back to what the
 * checkpoint committed (see the README, "Resume").
 *
 * With `keepExtra`, records finished past the target are not dropped: the ones held at the
 * count-th record go to one `extra` shard recorded with the job's completion, and the ones of
 * items still in flight then go, as they land, to an open `extra` shard that the checkpoint
 * commits record by record and that is sealed once they have all landed (or on the next start,
 * after a crash). They never count toward the target; which items they are depends on timing,
 * the target's splits do not.
 */
import { EXTRA_SPLIT, tokenStride } from '../../output/shard-stats.js';
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
  /** Records in sealed extra shards (not counted in `written`), and the next extra shard's number. */
  #extraWritten = 0;
  #extraSeq = 0;
  /** After completion, the extra shard that records of items still in flight go to. */
  #extraOpen: OpenShard | undefined;

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
      if (shard.split === EXTRA_SPLIT) {
        this.#extraWritten += shard.records;
        this.#extraSeq = Math.max(this.#extraSeq, shard.seq + 1);
        this.#shardCount++;
        continue;
      }
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
    // A complete job's extra shard left open by a crash while the last items landed is kept (below).
    const extraState = ck.isComplete() && committed[EXTRA_SPLIT]?.seq === this.#extraSeq ? committed[EXTRA_SPLIT] : undefined;
    const keep = new Set(SPLITS.map((split) => openShardFile(dir, split, next[split].seq)));
    if (extraState) keep.add(openShardFile(dir, EXTRA_SPLIT, extraState.seq));
    settleShards(dir, sealed, keep);
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
      if (extraState) {
        // Records of items that landed after completion, committed before a crash: seal them.
        this.#extraOpen = OpenShard.resume(dir, EXTRA_SPLIT, gzip, stride, extraState).shard;
        this.sealExtra();
      }
    }
  }

  /** Records in sealed shards. */
  get written(): number {
    return this.#written;
  }

  /** Records kept past the target, in sealed extra shards. */
  get extraWritten(): number {
    return this.#extraWritten;
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
    const main = this.#ck.shards().filter((sh) => sh.split !== EXTRA_SPLIT);
    return Math.max(...main.map((sh) => sh.lastIdx), ...SPLITS.map((split) => this.#open[split].lastIdx));
  }

  /**
   * The count-th record (item `cutoff`) is appended: seal what is open; the records held past
   * it go to an extra shard (keepExtra) or are dropped; the job is complete.
   */
  finish(cutoff: number): void {
    for (const split of SPLITS) if (this.#open[split].records > 0) this.#seal(split);
    for (const split of SPLITS) this.#open[split].discard();
    const extra = this.#config.keepExtra ? [...this.#held.keys()].filter((idx) => idx > cutoff).sort((a, b) => a - b) : [];
    if (extra.length === 0) {
      this.#ck.complete(cutoff);
    } else {
      const shard = OpenShard.create(this.#dir, EXTRA_SPLIT, this.#extraSeq, this.#config.output.gzip, tokenStride(this.#config.count));
      for (const idx of extra) {
        const h = this.#held.get(idx)!;
        shard.append(idx, h.record, h.facts);
      }
      const sealed = shard.seal();
      const row = { split: EXTRA_SPLIT, seq: shard.seq, ...sealed, stats: JSON.stringify(sealed.stats) };
      this.#ck.complete(cutoff, { shard: row, now: this.#now() });
      this.#published(row, sealed.records);
    }
    this.#held.clear();
  }

  /**
   * A record of an item that finished after the job was complete (keepExtra): appended to the
   * open extra shard and committed, so a crash before `sealExtra` keeps it.
   */
  appendExtra(idx: number, record: string | Uint8Array, facts: string | Uint8Array | null): void {
    this.#extraOpen ??= OpenShard.create(this.#dir, EXTRA_SPLIT, this.#extraSeq, this.#config.output.gzip, tokenStride(this.#config.count));
    this.#extraOpen.append(idx, record, facts);
    this.#ck.commitOpenShards({ [EXTRA_SPLIT]: this.#extraOpen.state() });
  }

  /** Every item in flight at completion has landed: seal the open extra shard, if it has records. */
  sealExtra(): void {
    const shard = this.#extraOpen;
    if (!shard) return;
    this.#extraOpen = undefined;
    if (shard.records === 0) {
      shard.discard();
      this.#ck.commitOpenShards({});
      return;
    }
    const sealed = shard.seal();
    const row = { split: EXTRA_SPLIT, seq: shard.seq, ...sealed, stats: JSON.stringify(sealed.stats) };
    this.#ck.addShard(row, {}, this.#now());
    this.#published(row, sealed.records);
  }

  /** A recorded extra shard takes its name. */
  #published(row: { split: string; seq: number; path: string }, records: number): void {
    publishShard(this.#dir, row.path, row.split, row.seq);
    stampSealedShard(this.#dir, this.#ck, row);
    this.#onSeal();
    this.#extraWritten += records;
    this.#extraSeq = row.seq + 1;
    this.#shardCount++;
  }

  close(): void {
    for (const split of SPLITS) this.#open[split].close();
    this.#extraOpen?.close();
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
