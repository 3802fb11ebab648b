/**
 * `toolforge repair DIR`: a job whose checkpoint is damaged (or gone) gets back the backup taken
 * at a shard seal (checkpoint-backup.ts). The damaged file is kept aside, never deleted; the
 * restored checkpoint's sealed shards are checked by sha256 against the files; what was done
 * after the backup is done again by `toolforge resume DIR`, to the same bytes.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CheckpointError, UsageError } from '../../core/errors.js';
import { fsyncPath } from '../../core/fsync.js';
import { BACKUP_FILE, CHECKPOINT_FILE } from '../../core/job-files.js';
import { Checkpoint } from './checkpoint.js';
import { checkFormat } from './checkpoint-schema.js';
import { acquireLock } from './lock.js';
import { checkShards, type CheckedShard } from './shard-integrity.js';

export type RepairOutcome =
  | { readonly state: 'sound'; readonly shards: readonly CheckedShard[] }
  | { readonly state: 'restored'; readonly keptAs: string | undefined; readonly shards: readonly CheckedShard[] };

/** Is the checkpoint in `dir` sound? Its problem in words, or undefined. */
function checkpointProblem(dir: string): string | undefined {
  if (!existsSync(join(dir, CHECKPOINT_FILE))) return 'it is missing';
  try {
    Checkpoint.open(dir, { readonly: true }).close();
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** A name beside the checkpoint that nothing has yet: checkpoint.damaged-1.sqlite, -2, ... */
function asideName(dir: string): string {
  for (let n = 1; ; n++) {
    const name = `checkpoint.damaged-${n}.sqlite`;
    if (!existsSync(join(dir, name))) return name;
  }
}

export function repairJob(dir: string): RepairOutcome {
  if (!existsSync(dir)) throw new UsageError(`${dir} does not exist; give the directory of a toolforge job`);
  const release = acquireLock(dir);
  try {
    const problem = checkpointProblem(dir);
    if (problem === undefined) {
      const ck = Checkpoint.open(dir, { readonly: true });
      try {
        return { state: 'sound', shards: checkShards(dir, ck) };
      } finally {
        ck.close();
      }
    }
    const backup = join(dir, BACKUP_FILE);
    if (!existsSync(backup)) {
      throw new CheckpointError(`the checkpoint of ${dir} cannot be used (${problem}) and there is no backup (${BACKUP_FILE} is taken at each shard seal); start the job again in a new directory`);
    }
    const db = new Database(backup, { readonly: true, fileMustExist: true });
    try {
      checkFormat(db);
    } catch (err) {
      throw new CheckpointError(`the checkpoint of ${dir} cannot be used (${problem}), and neither can its backup ${backup} (${(err as Error).message}); start the job again in a new directory`);
    } finally {
      db.close();
    }
    const path = join(dir, CHECKPOINT_FILE);
    let keptAs: string | undefined;
    if (existsSync(path)) {
      keptAs = asideName(dir);
      renameSync(path, join(dir, keptAs));
      // The damaged file's WAL belongs to it: kept with it, never replayed into the restored one.
      for (const side of ['-wal', '-shm']) if (existsSync(path + side)) renameSync(path + side, join(dir, keptAs + side));
    }
    copyFileSync(backup, `${path}.partial`);
    fsyncPath(`${path}.partial`);
    renameSync(`${path}.partial`, path);
    rmSync(`${path}-wal`, { force: true });
    fsyncPath(dir);
    const ck = Checkpoint.open(dir);
    try {
      return { state: 'restored', keptAs, shards: checkShards(dir, ck) };
    } finally {
      ck.close();
    }
  } finally {
    release();
  }
}
