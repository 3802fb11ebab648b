/**
 * The job's checkpoint: one SQLite database (WAL) in the output directory. It holds the config
 * and its hash, the pool, every item with its status, attempts, last error and checks, the
 * committed length of each split's open shard, and the finished shards with their statistics.
 * Everything the job needs to go on after a crash is here; the records themselves are only in
 * the shard files (output/shard-writer.ts).
 *
 * The tables, pragmas and migrations are in checkpoint-schema.ts, the statements the job runs
 * per item in checkpoint-statements.ts, the read-only report queries in checkpoint-reports.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ApiSpec } from '../../api-pool/types.js';
import type { Check } from '../../core/record.js';
import type { DeviationReport } from '../../output/job-view.js';
import type { OpenShardState } from '../../output/shard-writer.js';
import { CheckpointError, UsageError } from '../../core/errors.js';
import { CHECKPOINT_FILE } from '../../core/job-files.js';
import { resourceKind } from '../../core/fs-errors.js';
import { needsCopy, openCopy } from './checkpoint-snapshot.js';
import type { Split } from '../planning/category-mix.js';
import { ITEM_STATUSES, type JobCategory, type ItemStatus } from '../../core/plan.js';
import * as reports from './checkpoint-reports.js';
import { checkFormat, configure, initialise, migrate } from './checkpoint-schema.js';
import { prepareStatements, type Statements } from './checkpoint-statements.js';

export { ITEM_STATUSES, type ItemStatus };

export { CHECKPOINT_FILE };
/** Rejected records kept for the report. */
export const REJECTED_SAMPLES = 200;

/** A planned item as the scheduler claims it. */
export interface ClaimedItem {
  readonly idx: number;
  readonly seed: number;
  readonly category: JobCategory;
  readonly split: Split;
  /** Attempts so far, this one included; never reset, so every attempt asks the model anew. */
  readonly attempts: number;
  /** Attempts made before the last `--retry-failed`: the retry budget counts from here. */
  readonly retryBase: number;
}

/** What processing one item came to. `record` is the canonical record's JSON, accepted items only. */
export interface ItemOutcome {
  readonly idx: number;
  readonly status: 'accepted' | 'rejected' | 'failed' | 'pending';
  /** The accepted record's JSON (as UTF-8 bytes when it crossed threads): it goes to a shard of the item's split. */
  readonly record?: string | Uint8Array;
  /** The accepted record's facts for the dataset statistics (output/record-facts.ts) as JSON (or its UTF-8 bytes). */
  readonly facts?: string | Uint8Array;
  /** A rejected item's record JSON: kept for the first REJECTED_SAMPLES rejected items (the report shows them). */
  readonly rejectedRecord?: string;
  readonly checks?: readonly Check[];
  readonly error?: string;
  readonly promptTokens?: number;
  readonly completionTokens?: number;
  readonly costUsd?: number;
  /** The attempt did not count (a rate limit, a job stop): give it back. */
  readonly refundAttempt?: boolean;
  /** LLM backend: how the assistant's steps deviated from the plan, as JSON (pipeline/backends/deviation-tally.ts). */
  readonly deviations?: string;
}

export interface ShardRow {
  readonly split: string;
  /** Number of the shard within its split (train-00000, train-00001, ...). */
  readonly seq: number;
  readonly path: string;
  readonly records: number;
  readonly firstIdx: number;
  readonly lastIdx: number;
  readonly sha256: string;
  readonly bytes: number;
  /** The shard's statistics as JSON (output/shard-stats.ts), or null when written by an older build. */
  readonly stats: string | null;
  /** Its Parquet twin as JSON ({path, sha256, bytes}), once written (output.format parquet, publish --parquet). */
  readonly parquet?: string | null;
  /** The file's stamp when its sha256 was last found right (core/file-hash.ts), or null. */
  readonly fileStamp?: string | null;
}

/** A shard file found right, with the stamp it has now. */
export interface ShardStamp {
  readonly split: string;
  readonly seq: number;
  readonly stamp: string;
}

export class Checkpoint {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #stmts: Statements;

  private constructor(path: string, db: Database.Database) {
    this.path = path;
    this.#db = db;
    this.#stmts = prepareStatements(db);
  }

  static exists(dir: string): boolean {
    return existsSync(join(dir, CHECKPOINT_FILE));
  }

  /** Make a new checkpoint in `dir` with the job's config and pool. */
  static create(dir: string, config: unknown, configHash: string, pool: readonly ApiSpec[], now: number): Checkpoint {
    const path = join(dir, CHECKPOINT_FILE);
    const db = new Database(path);
    configure(db);
    initialise(db, config, configHash, pool, now);
    return new Checkpoint(path, db);
  }

  /**
   * Open an existing checkpoint; a file that is not one, or is damaged, is reported and left
   * untouched (nothing is written before it is known to be a checkpoint). A read-only job is
   * read from a copy (checkpoint-snapshot.ts); what the machine refuses (a full disk, a
   * read-only place) is thrown as it is, for the caller to say with its context.
   */
  static open(dir: string, options: { readonly readonly?: boolean } = {}): Checkpoint {
    const path = join(dir, CHECKPOINT_FILE);
    if (!existsSync(path)) throw new UsageError(`no toolforge job in ${dir}: ${path} does not exist`);
    const damaged = (why: string, cause?: unknown): CheckpointError =>
      new CheckpointError(
        `cannot read the checkpoint ${path}: ${why}. The file was left as it is; if it is damaged, restore it from a copy ` +
          `(\`toolforge repair ${dir}\` restores the backup taken at the last shard) or start the job again in a new directory.`,
        { cause },
      );
    if (statSync(path).size === 0) throw damaged('it is empty (0 bytes)');
    let db: Database.Database | undefined;
    try {
      try {
        db = new Database(path, { fileMustExist: true, readonly: options.readonly ?? false });
        db.pragma('busy_timeout = 5000');
        checkFormat(db);
      } catch (err) {
        if (!options.readonly || !needsCopy(err)) throw err;
        db?.close();
        db = openCopy(path);
        checkFormat(db);
      }
      if (!options.readonly) {
        configure(db);
        migrate(db);
      }
      return new Checkpoint(path, db);
    } catch (err) {
      db?.close();
      if (err instanceof CheckpointError || resourceKind(err)) throw err;
      throw damaged((err as Error).message, err);
    }
  }

  /**
   * Store stamps of shard files found right through a connection of its own, for a caller that
   * has the checkpoint open read-only (`status` while a job runs, or a copied job). Only a
   * cache: where it cannot be written (a read-only directory), the files are hashed again next time.
   */
  static storeShardStamps(dir: string, stamps: readonly ShardStamp[]): void {
    if (stamps.length === 0) return;
    let db: Database.Database | undefined;
    try {
      db = new Database(join(dir, CHECKPOINT_FILE), { fileMustExist: true });
      db.pragma('busy_timeout = 1000');
      const set = db.prepare('UPDATE shards SET file_stamp = ? WHERE split = ? AND seq = ?');
      db.transaction(() => {
        for (const s of stamps) set.run(s.stamp, s.split, s.seq);
      })();
    } catch {
      // a read-only job, an earlier build's checkpoint, a busy one: the cache waits for next time
    } finally {
      db?.close();
    }
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }

  /** Opened read-only: nothing can be written through it. */
  get readonly(): boolean {
    return this.#db.readonly;
  }

  getMeta(key: string): string | undefined {
    return this.#stmts.getMeta.get(key) as string | undefined;
  }

  setMeta(key: string, value: string): void {
    this.#stmts.setMeta.run(key, value);
  }

  config(): unknown {
    return JSON.parse(this.getMeta('config') ?? 'null');
  }

  pool(): ApiSpec[] {
    return (this.#db.prepare('SELECT spec FROM pool ORDER BY rowid').pluck().all() as string[]).map(
      (s) => JSON.parse(s) as ApiSpec,
    );
  }

  /** Number of items planned so far: items 0..planned-1 exist (or were dropped as surplus). */
  planned(): number {
    return Number(this.getMeta('planned') ?? '0');
  }

  /** Plan items [from, from + n): `describe(idx)` gives each its seed and category. */
  plan(from: number, n: number, describe: (idx: number) => { seed: number; category: JobCategory; split: Split }): void {
    this.#db.transaction(() => {
      for (let idx = from; idx < from + n; idx++) {
        const { seed, category, split } = describe(idx);
        this.#stmts.insertItem.run(idx, seed, category, split);
      }
      this.#stmts.setMeta.run('planned', String(from + n));
    })();
  }

  /** Take up to `n` pending items of lowest index and mark them running, in one transaction. */
  claim(n: number): ClaimedItem[] {
    return this.#stmts.claim.all(n) as ClaimedItem[];
  }

  /** Items left running by a process that died are pending again; the crash does not count as an attempt. */
  releaseRunning(): number {
    return this.#stmts.release.run().changes;
  }

  /** Failed items become pending again with a fresh retry budget. Returns how many. */
  retryFailed(): number {
    return this.#db
      .prepare("UPDATE items SET status = 'pending', retry_base = attempts, finished_at = NULL WHERE status = 'failed'")
      .run().changes;
  }

  /** Give back items that were claimed but not processed (on interrupt). */
  releaseItems(idxs: readonly number[]): void {
    this.#db.transaction(() => {
      for (const idx of idxs) this.#stmts.releaseOne.run(idx);
    })();
  }

  /** Store a batch of outcomes and the active time they took, in one transaction. */
  record(outcomes: readonly ItemOutcome[], activeMs: number, now: number): void {
    this.#db.transaction(() => {
      for (const o of outcomes) {
        if (o.rejectedRecord !== undefined) this.#stmts.putRejectedSample.run(o.idx, o.rejectedRecord, REJECTED_SAMPLES);
        this.#stmts.finish.run(
          o.status,
          o.checks && o.checks.length > 0 ? JSON.stringify(o.checks) : null,
          o.error ?? null,
          o.promptTokens ?? 0,
          o.completionTokens ?? 0,
          o.costUsd ?? 0,
          o.refundAttempt ? 1 : 0,
          o.deviations ?? null,
          o.status === 'pending' ? null : now,
          o.idx,
        );
      }
      const active = Number(this.#stmts.getMeta.get('active_ms') ?? '0') + Math.max(0, Math.round(activeMs));
      this.#stmts.setMeta.run('active_ms', String(active));
    })();
  }

  /** Lowest index not yet resolved (pending or running), or `planned()` if there is none. */
  frontier(): number {
    const p = this.#stmts.minOfStatus.get('pending') as number | null;
    const r = this.#stmts.minOfStatus.get('running') as number | null;
    const lows = [p, r].filter((v): v is number => v !== null);
    return lows.length > 0 ? Math.min(...lows) : this.planned();
  }

  /** The open shards' committed state, per split (see output/shard-writer.ts). */
  openShards(): Partial<Record<string, OpenShardState>> {
    return JSON.parse(this.getMeta('open_shards') ?? '{}') as Partial<Record<string, OpenShardState>>;
  }

  /** Commit what the open shards' files hold. */
  commitOpenShards(states: Partial<Record<string, OpenShardState>>): void {
    this.#stmts.setMeta.run('open_shards', JSON.stringify(states));
  }

  /**
   * Accepted items whose records are in no shard (after `appendedThrough[split]`, the last index
   * a shard of the split holds) go back to pending: their records were in memory or in a part
   * of an open shard that was never committed when the process stopped. The attempt is given
   * back, so a model's answers come from the response cache. Returns how many.
   */
  resetUnwritten(appendedThrough: Readonly<Record<string, number>>): number {
    return this.#db.transaction(() => {
      let n = 0;
      for (const [split, last] of Object.entries(appendedThrough)) {
        n += this.#stmts.resetUnwritten.run(split, last).changes;
      }
      return n;
    })();
  }

  shards(): ShardRow[] {
    return this.#stmts.shards.all() as ShardRow[];
  }

  /** Forget a sealed shard (an extra shard found damaged: its records cannot be made again). */
  dropShard(split: string, seq: number): void {
    this.#db.prepare('DELETE FROM shards WHERE split = ? AND seq = ?').run(split, seq);
  }

  /** Record the Parquet twin of shard `seq` of `split` (written, fsynced, compared with the JSONL). */
  setShardParquet(split: string, seq: number, parquet: { readonly path: string; readonly sha256: string; readonly bytes: number }): void {
    this.#stmts.setParquet.run(JSON.stringify(parquet), split, seq);
  }

  /** Remember the stamps of shard files whose sha256 was found right (a no-op on an earlier build's read-only checkpoint). */
  setShardStamps(stamps: readonly ShardStamp[]): void {
    const set = this.#stmts.setStamp;
    if (!set || stamps.length === 0) return;
    this.#db.transaction(() => {
      for (const s of stamps) set.run(s.stamp, s.split, s.seq);
    })();
  }

  /** The accepted items of `split` from `firstIdx` to `lastIdx`, in order: the records of one shard. */
  acceptedItems(split: string, firstIdx: number, lastIdx: number): ClaimedItem[] {
    return this.#stmts.acceptedItems.all(split, firstIdx, lastIdx) as ClaimedItem[];
  }

  /** How the shards' records are written (checkpoint-schema.ts, RECORD_FORMAT); 1 for an earlier build's job. */
  recordFormat(): number {
    return Number(this.getMeta('record_format') ?? '1');
  }

  /** Record a sealed shard, with the open shards' state that follows it, in one transaction. */
  addShard(shard: ShardRow, open: Partial<Record<string, OpenShardState>>, now: number): void {
    this.#db.transaction(() => {
      this.#stmts.addShard.run({ ...shard, now });
      this.commitOpenShards(open);
    })();
  }

  /**
   * The job reached its count with the item at `cutoffIdx`: items after it are surplus (planned
   * ahead, or done past the target) and leave the job, so its counts equal its target's shards'.
   * `extra`: the shard of the records finished past the target (keepExtra), recorded in the
   * same transaction, so it is there exactly when the job is complete.
   */
  complete(cutoffIdx: number, extra?: { readonly shard: ShardRow; readonly now: number }): void {
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM items WHERE idx > ?').run(cutoffIdx);
      this.#db.prepare('DELETE FROM rejected_samples WHERE idx > ?').run(cutoffIdx);
      if (extra) this.#stmts.addShard.run({ ...extra.shard, now: extra.now });
      this.commitOpenShards({});
      this.#stmts.setMeta.run('complete', '1');
    })();
  }

  isComplete(): boolean {
    return this.getMeta('complete') === '1';
  }

  countsByStatus(): Record<ItemStatus, number> {
    return reports.countsByStatus(this.#db);
  }

  countsByCategory(): Record<string, Partial<Record<ItemStatus, number>>> {
    return reports.countsByCategory(this.#db);
  }

  countsBySplit(): Record<string, Partial<Record<ItemStatus, number>>> {
    return reports.countsBySplit(this.#db);
  }

  /** The rules rejected items failed, most frequent first: items per rule (an item may fail several). */
  topRejections(limit: number): { rule: string; count: number; example: string }[] {
    return reports.topRejections(this.#db, limit);
  }

  /** Rejected items per verification layer, each counted once per layer. */
  rejectedByLayer(): Record<'rules' | 'judges', number> {
    return reports.rejectedByLayer(this.#db);
  }

  /** The LLM assistant's steps off the plan, summed over the resolved items; undefined offline. */
  deviations(): DeviationReport | undefined {
    return reports.deviations(this.#db);
  }

  /** Failed items with their last errors. */
  failures(limit: number): { idx: number; attempts: number; error: string }[] {
    return reports.failures(this.#db, limit);
  }

  /** Tokens and dollars spent on the items of the job (surplus items leave with their rows). */
  usage(): { promptTokens: number; completionTokens: number; costUsd: number } {
    return reports.usage(this.#db);
  }

  /** The better-sqlite3 handle, for the LLM response cache that lives in the checkpoint. */
  get database(): Database.Database {
    return this.#db;
  }

  /** Fold the WAL back into the main file (on a clean stop). */
  checkpointWal(): void {
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
