/**
 * The checkpoint's database file: its tables, the pragmas every writable connection sets (WAL),
 * what makes a file a checkpoint this build reads, and the migration of an earlier build's file.
 */
import type Database from 'better-sqlite3';
import type { ApiSpec } from '../../api-pool/types.js';

const FORMAT = 'toolforge-checkpoint';
const SCHEMA_VERSION = 1;
/**
 * How records are written in the shards: 2 is the published row with one type per column
 * (output/hub-row.ts). A checkpoint without it is an earlier build's, whose rows kept free-form
 * objects (record format 1).
 */
export const RECORD_FORMAT = 2;

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
  finished_at INTEGER,
  -- LLM backend: the assistant's steps off the plan, by class and handling (JSON, pipeline/backends/deviation-tally.ts).
  deviations TEXT
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
  -- The shard's Parquet twin, once written: {"path", "sha256", "bytes"} as JSON.
  parquet TEXT,
  -- The file's stamp (core/file-hash.ts) when its sha256 was last found right: unchanged, no need to hash again.
  file_stamp TEXT,
  PRIMARY KEY (split, seq)
);
`;

/** Tables and first meta rows of a new checkpoint, with the job's config and pool, in one transaction. */
export function initialise(db: Database.Database, config: unknown, configHash: string, pool: readonly ApiSpec[], now: number): void {
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
    setMeta.run('record_format', String(RECORD_FORMAT));
    const addApi = db.prepare('INSERT INTO pool (name, spec) VALUES (?, ?)');
    for (const api of pool) addApi.run(api.name, JSON.stringify(api));
  })();
}

/** Throws (a plain Error, with what is wrong) unless `db` is a sound checkpoint of this build's schema. */
export function checkFormat(db: Database.Database): void {
  const format = db.prepare("SELECT value FROM meta WHERE key = 'format'").pluck().get();
  if (format !== FORMAT) throw new Error(`its meta table does not say it is a ${FORMAT}`);
  const version = Number(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get());
  if (version !== SCHEMA_VERSION) throw new Error(`schema version ${version}, this build reads ${SCHEMA_VERSION}`);
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
}

/** The pragmas of a writable connection. */
export function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a power loss may drop the last transactions, never corrupt; a process
  // crash loses nothing. Shards are fsynced before they are recorded, so no record is lost.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

/** Columns later builds added (all nullable): a checkpoint from an earlier build gets them on its next writable open (migrate). */
const ADDED_COLUMNS: readonly { table: string; column: string; type: string }[] = [
  { table: 'shards', column: 'stats', type: 'TEXT' },
  { table: 'shards', column: 'parquet', type: 'TEXT' },
  { table: 'shards', column: 'file_stamp', type: 'TEXT' },
  { table: 'items', column: 'deviations', type: 'TEXT' },
];

export function hasColumn(db: Database.Database, table: string, column: string): boolean {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).some((c) => c.name === column);
}

/**
 * Bring an earlier build's checkpoint up to this one: add the columns it lacks, and drop the
 * `results` table it kept records in until their shard was written (those items are accepted
 * and in no shard, so the next run does them again: see resetUnwritten).
 */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    for (const c of ADDED_COLUMNS) if (!hasColumn(db, c.table, c.column)) db.exec(`ALTER TABLE ${c.table} ADD COLUMN ${c.column} ${c.type}`);
    db.exec('DROP TABLE IF EXISTS results');
  })();
}
