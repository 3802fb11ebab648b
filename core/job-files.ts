/**
 * The names of a job directory's own files, in one place: the engine writes them, and every
 * command that writes elsewhere must know them to never write over them (output-guard.ts).
 */

/** The checkpoint (SQLite); its -wal, -shm and -journal files sit beside it. */
export const CHECKPOINT_FILE = 'checkpoint.sqlite';
/** The shards, sealed and open. */
export const DATA_DIR = 'data';
/** One process per job (pipeline/engine/lock.ts). */
export const LOCK_FILE = 'job.lock';
/** The checkpoint's backup, taken at each shard seal. */
export const BACKUP_FILE = 'checkpoint.backup.sqlite';

/** The LLM response cache (SQLite, llm/cache.ts); its -wal and -shm files sit beside it. */
export const CACHE_FILE = 'llm-cache.sqlite';

/** Files of a job directory no command may write over (beside everything under DATA_DIR). */
export const JOB_OWN_FILES: readonly string[] = [
  CHECKPOINT_FILE,
  `${CHECKPOINT_FILE}-wal`,
  `${CHECKPOINT_FILE}-shm`,
  `${CHECKPOINT_FILE}-journal`,
  LOCK_FILE,
  BACKUP_FILE,
  CACHE_FILE,
  `${CACHE_FILE}-wal`,
  `${CACHE_FILE}-shm`,
  `${CACHE_FILE}-journal`,
];
