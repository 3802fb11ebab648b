/**
 * The job's checkpoint: one SQLite database (WAL) in the output directory. It holds the config
 * and its hash, the pool, every item with its status, attempts, last error and checks, the
 * committed length of each split's open shard, and the finished shards with their statistics.
 * Everything the job needs to go on after a crash is here; the records themselves are only in
 * the shard files (output/shard-writer.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ApiSpec } from '../../api-pool/types.js';
import type { Check } from '../../core/record.js';
import type { OpenShardState } from '../../output/shard-writer.js';
import { CheckpointError, UsageError } from '../../core/errors.js';
import type { Split } from '../planning/category-mix.js';
import { ITEM_STATUSES, type Category, type ItemStatus } from '../../core/plan.js';

export { ITEM_STATUSES, type ItemStatus };

export const CHECKPOINT_FILE = 'checkpoint.sqlite';
/** Rejected records kept for the report. */
export const REJECTED_SAMPLES = 200;
const FORMAT = 'toolforge-checkpoint';
const SCHEMA_VERSION = 1;


/** A planned item as the scheduler claims it. */
export interface ClaimedItem {
  readonly idx: number;
  readonly seed: number;
  readonly category: Category;
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
  /** The accepted record's JSON: it goes to a shard of the item's split. */
  readonly record?: string;
  /** The accepted record's facts for the dataset statistics (output/record-facts.ts) as JSON. */
  readonly facts?: string;
  /** A rejected item's record JSON: kept for the first REJECTED_SAMPLES rejected items (the report shows them). */
  readonly rejectedRecord?: string;
  readonly checks?: readonly Check[];
  readonly error?: string;
  readonly promptTokens?: number;
  readonly completionTokens?: number;
  readonly costUsd?: number;
  /** The attempt did not count (a rate limit, a job stop): give it back. */
  readonly refundAttempt?: boolean;
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
}

const DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE pool (name TEXT PRIMARY KEY, spec TEXT NOT NULL);
CREATE TABLE items (
  idx INTEGER PRIMARY KEY,
  seed INTEGER NOT NULL,
  category TEXT NOT NULL,
  split TEXT NOT NULL DEFAULT 'train',
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  retry_base INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  checks TEXT,
  prompt_tokens INTEGER NOT NULL DEFAULT 0,
  completion_tokens INTEGER NOT NULL DEFAULT 0,
  cost_usd REAL NOT NULL DEFAULT 0,
  finished_at INTEGER
);
CREATE INDEX items_by_status ON items (status, idx);
-- A sample of rejected records, so users can see what the verifiers turned away.
CREATE TABLE rejected_samples (idx INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE shards (
  split TEXT NOT NULL,
  seq INTEGER NOT NULL,
  path TEXT NOT NULL,
  records INTEGER NOT NULL,
  first_idx INTEGER NOT NULL,
  last_idx INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  written_at INTEGER NOT NULL,
  stats TEXT,
  PRIMARY KEY (split, seq)
);
`;

export class Checkpoint {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #stmts: ReturnType<typeof prepare>;

  private constructor(path: string, db: Database.Database) {
    this.path = path;
    this.#db = db;
    this.#stmts = prepare(db);
  }

  static exists(dir: string): boolean {
    return existsSync(join(dir, CHECKPOINT_FILE));
  }

  /** Make a new checkpoint in `dir` with the job's config and pool. */
  static create(dir: string, config: unknown, configHash: string, pool: readonly ApiSpec[], now: number): Checkpoint {
    const path = join(dir, CHECKPOINT_FILE);
    const db = new Database(path);
    configure(db);
    db.transaction(() => {
      db.exec(DDL);
      const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      setMeta.run('format', FORMAT);
      setMeta.run('schema_version', String(SCHEMA_VERSION));
      setMeta.run('config', JSON.stringify(config));
      setMeta.run('config_hash', configHash);
      setMeta.run('created_at', String(now));
      setMeta.run('active_ms', '0');
      setMeta.run('planned', '0');
      setMeta.run('complete', '0');
      const addApi = db.prepare('INSERT INTO pool (name, spec) VALUES (?, ?)');
      for (const api of pool) addApi.run(api.name, JSON.stringify(api));
    })();
    return new Checkpoint(path, db);
  }

  /** Open an existing checkpoint; a file that is not one, or is damaged, is reported and left untouched. */
  static open(dir: string, options: { readonly readonly?: boolean } = {}): Checkpoint {
    const path = join(dir, CHECKPOINT_FILE);
    if (!existsSync(path)) throw new UsageError(`no toolforge job in ${dir}: ${path} does not exist`);
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { fileMustExist: true, readonly: options.readonly ?? false });
      if (!options.readonly) configure(db);
      const format = db.prepare("SELECT value FROM meta WHERE key = 'format'").pluck().get();
      if (format !== FORMAT) throw new Error(`its meta table does not say it is a ${FORMAT}`);
      const version = Number(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get());
      if (version !== SCHEMA_VERSION) throw new Error(`schema version ${version}, this build reads ${SCHEMA_VERSION}`);
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
      if (!options.readonly) migrate(db);
      return new Checkpoint(path, db);
    } catch (err) {
      db?.close();
      if (err instanceof CheckpointError) throw err;
      throw new CheckpointError(
        `cannot read the checkpoint ${path}: ${(err as Error).message}. The file was left as it is; ` +
          'if it is damaged, restore it from a copy or start the job again in a new directory.',
        { cause: err },
      );
    }
  }

  close(): void {
    if (this.#db.open) this.#db.close();
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
  plan(from: number, n: number, describe: (idx: number) => { seed: number; category: Category; split: Split }): void {
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

  /** Record a sealed shard, with the open shards' state that follows it, in one transaction. */
  addShard(shard: ShardRow, open: Partial<Record<string, OpenShardState>>, now: number): void {
    this.#db.transaction(() => {
      this.#stmts.addShard.run({ ...shard, now });
      this.commitOpenShards(open);
    })();
  }

  /**
   * The job reached its count with the item at `cutoffIdx`: items after it are surplus (planned
   * ahead, or done past the target) and leave the job, so its counts equal its shards'.
   */
  complete(cutoffIdx: number): void {
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM items WHERE idx > ?').run(cutoffIdx);
      this.#db.prepare('DELETE FROM rejected_samples WHERE idx > ?').run(cutoffIdx);
      this.#stmts.setMeta.run('complete', '1');
    })();
  }

  isComplete(): boolean {
    return this.getMeta('complete') === '1';
  }

  countsByStatus(): Record<ItemStatus, number> {
    const counts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
    for (const row of this.#db.prepare('SELECT status, count(*) AS n FROM items GROUP BY status').all() as {
      status: ItemStatus;
      n: number;
    }[]) {
      counts[row.status] = row.n;
    }
    return counts;
  }

  countsByCategory(): Record<string, Partial<Record<ItemStatus, number>>> {
    const out: Record<string, Partial<Record<ItemStatus, number>>> = {};
    for (const row of this.#db
      .prepare('SELECT category, status, count(*) AS n FROM items GROUP BY category, status ORDER BY category')
      .all() as { category: string; status: ItemStatus; n: number }[]) {
      (out[row.category] ??= {})[row.status] = row.n;
    }
    return out;
  }

  countsBySplit(): Record<string, Partial<Record<ItemStatus, number>>> {
    const out: Record<string, Partial<Record<ItemStatus, number>>> = {};
    for (const row of this.#db
      .prepare('SELECT split, status, count(*) AS n FROM items GROUP BY split, status ORDER BY split DESC')
      .all() as { split: string; status: ItemStatus; n: number }[]) {
      (out[row.split] ??= {})[row.status] = row.n;
    }
    return out;
  }

  /** The rules rejected items failed, most frequent first: items per rule (an item may fail several). */
  topRejections(limit: number): { rule: string; count: number; example: string }[] {
    return this.#db
      .prepare(
        `SELECT c.value ->> '$.rule' AS rule, count(DISTINCT items.idx) AS count, min(c.value ->> '$.message') AS example
         FROM items, json_each(items.checks) AS c
         WHERE items.status = 'rejected' AND items.checks IS NOT NULL
         GROUP BY rule ORDER BY count DESC, rule LIMIT ?`,
      )
      .all(limit) as { rule: string; count: number; example: string }[];
  }

  /** Failed items with their last errors. */
  failures(limit: number): { idx: number; attempts: number; error: string }[] {
    return this.#db
      .prepare("SELECT idx, attempts, last_error AS error FROM items WHERE status = 'failed' ORDER BY idx LIMIT ?")
      .all(limit) as { idx: number; attempts: number; error: string }[];
  }

  /** Tokens and dollars spent on the items of the job (surplus items leave with their rows). */
  usage(): { promptTokens: number; completionTokens: number; costUsd: number } {
    return this.#db
      .prepare(
        'SELECT coalesce(sum(prompt_tokens),0) AS promptTokens, coalesce(sum(completion_tokens),0) AS completionTokens, coalesce(sum(cost_usd),0) AS costUsd FROM items',
      )
      .get() as { promptTokens: number; completionTokens: number; costUsd: number };
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

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a power loss may drop the last transactions, never corrupt; a process
  // crash loses nothing. Shards are fsynced before they are recorded, so no record is lost.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

/** Columns later builds added (all nullable): a checkpoint from an earlier build gets them on its next writable open (migrate). */
const ADDED_COLUMNS: readonly { table: string; column: string; type: string }[] = [{ table: 'shards', column: 'stats', type: 'TEXT' }];

function hasColumn(db: Database.Database, table: string, column: string): boolean {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).some((c) => c.name === column);
}

/**
 * Bring an earlier build's checkpoint up to this one: add the columns it lacks, and drop the
 * `results` table it kept records in until their shard was written (those items are accepted
 * and in no shard, so the next run does them again: see resetUnwritten).
 */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    for (const c of ADDED_COLUMNS) if (!hasColumn(db, c.table, c.column)) db.exec(`ALTER TABLE ${c.table} ADD COLUMN ${c.column} ${c.type}`);
    db.exec('DROP TABLE IF EXISTS results');
  })();
}

function prepare(db: Database.Database) {
  // A read-only open of an earlier build's checkpoint reads the added columns as null.
  // (Only a read-only connection can lack them, and it never writes.)
  const hasStats = hasColumn(db, 'shards', 'stats');
  const stats = hasStats ? 'stats' : 'NULL AS stats';
  return {
    getMeta: db.prepare('SELECT value FROM meta WHERE key = ?').pluck(),
    setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    insertItem: db.prepare('INSERT INTO items (idx, seed, category, split) VALUES (?, ?, ?, ?)'),
    claim: db.prepare(
      `UPDATE items SET status = 'running', attempts = attempts + 1
       WHERE idx IN (SELECT idx FROM items WHERE status = 'pending' ORDER BY idx LIMIT ?)
       RETURNING idx, seed, category, split, attempts, retry_base AS retryBase`,
    ),
    release: db.prepare("UPDATE items SET status = 'pending', attempts = max(attempts - 1, 0) WHERE status = 'running'"),
    releaseOne: db.prepare(
      "UPDATE items SET status = 'pending', attempts = max(attempts - 1, 0) WHERE idx = ? AND status = 'running'",
    ),
    finish: db.prepare(
      `UPDATE items SET status = ?, checks = ?, last_error = ?,
         prompt_tokens = prompt_tokens + ?, completion_tokens = completion_tokens + ?, cost_usd = cost_usd + ?,
         attempts = max(attempts - ?, 0), finished_at = ?
       WHERE idx = ?`,
    ),
    minOfStatus: db.prepare('SELECT min(idx) FROM items WHERE status = ?').pluck(),
    resetUnwritten: db.prepare(
      "UPDATE items SET status = 'pending', attempts = max(attempts - 1, 0), finished_at = NULL WHERE status = 'accepted' AND split = ? AND idx > ?",
    ),
    putRejectedSample: db.prepare(
      'INSERT OR REPLACE INTO rejected_samples (idx, record) SELECT ?, ? WHERE (SELECT count(*) FROM rejected_samples) < ?',
    ),
    shards: db.prepare(
      `SELECT split, seq, path, records, first_idx AS firstIdx, last_idx AS lastIdx, sha256, bytes, ${stats} FROM shards ORDER BY split DESC, seq`,
    ),
    addShard: db.prepare(
      `INSERT INTO shards (split, seq, path, records, first_idx, last_idx, sha256, bytes, written_at${hasStats ? ', stats' : ''})
       VALUES (@split, @seq, @path, @records, @firstIdx, @lastIdx, @sha256, @bytes, @now${hasStats ? ', @stats' : ''})`,
    ),
  };
}
