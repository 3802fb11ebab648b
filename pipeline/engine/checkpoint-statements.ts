/**
 * The checkpoint's prepared statements: the ones the job runs for every item or flush, prepared
 * once per connection.
 */
import type Database from 'better-sqlite3';
import { hasColumn } from './checkpoint-schema.js';

export type Statements = ReturnType<typeof prepareStatements>;

export function prepareStatements(db: Database.Database) {
  // A read-only open of an earlier build's checkpoint reads the added columns as null.
  // (Only a read-only connection can lack them, and it never writes.)
  const hasStats = hasColumn(db, 'shards', 'stats');
  const stats = hasStats ? 'stats' : 'NULL AS stats';
  const parquet = hasColumn(db, 'shards', 'parquet') ? 'parquet' : 'NULL AS parquet';
  const hasStamp = hasColumn(db, 'shards', 'file_stamp');
  const stamp = hasStamp ? 'file_stamp AS fileStamp' : 'NULL AS fileStamp';
  // Without the column, the value goes to finished_at, whose later assignment wins (SQLite keeps the rightmost).
  const deviations = hasColumn(db, 'items', 'deviations') ? 'deviations' : 'finished_at';
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
         attempts = max(attempts - ?, 0), ${deviations} = ?, finished_at = ?
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
      `SELECT split, seq, path, records, first_idx AS firstIdx, last_idx AS lastIdx, sha256, bytes, ${stats}, ${parquet}, ${stamp} FROM shards ORDER BY split DESC, seq`,
    ),
    setStamp: hasStamp ? db.prepare('UPDATE shards SET file_stamp = ? WHERE split = ? AND seq = ?') : undefined,
    acceptedItems: db.prepare(
      `SELECT idx, seed, category, split, attempts, retry_base AS retryBase FROM items
       WHERE split = ? AND status = 'accepted' AND idx BETWEEN ? AND ? ORDER BY idx`,
    ),
    setParquet: db.prepare('UPDATE shards SET parquet = ? WHERE split = ? AND seq = ?'),
    addShard: db.prepare(
      `INSERT INTO shards (split, seq, path, records, first_idx, last_idx, sha256, bytes, written_at${hasStats ? ', stats' : ''})
       VALUES (@split, @seq, @path, @records, @firstIdx, @lastIdx, @sha256, @bytes, @now${hasStats ? ', @stats' : ''})`,
    ),
  };
}
