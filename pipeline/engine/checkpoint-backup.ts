/**
 * A consistent copy of the checkpoint at each shard seal, through SQLite's online backup
 * (better-sqlite3's `db.backup`): `checkpoint.backup.sqlite` beside it, written under a
 * temporary name, fsynced and renamed, so a crash mid-copy leaves the previous backup whole.
 * `toolforge repair DIR` restores it when the checkpoint is damaged (repair.ts). The copy runs
 * between the job's turns of the event loop, on the job's own connection (its writes meanwhile
 * are in the copy).
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE } from '../../core/job-files.js';
import { fsyncPath } from '../../core/fsync.js';
import type { Checkpoint } from './checkpoint.js';

/** Pages per backup step: all of them at once (a checkpoint copies at disk speed; the step loop only adds turns). */
const ALL_PAGES = 0x7fffffff;

/**
 * A backup costs the main thread about 10 ms per MB of checkpoint (a 200k-item job's is ~45 MB):
 * after one that took T ms, the next waits until 50 T ms have passed (at most 2% of the run),
 * and a seal within that time is backed up at the next seal after it, or when the job stops.
 */
const SPACING = 50;

export class CheckpointBackups {
  readonly #ck: Checkpoint;
  readonly #dir: string;
  #running: Promise<void> | undefined;
  /** A seal came while a backup ran, or too soon after one: back up again. */
  #due = false;
  #endedAt = -Infinity;
  #costMs = 0;
  /** Why the last backup failed (the job goes on: the checkpoint itself is sound). */
  failure: string | undefined;

  constructor(dir: string, ck: Checkpoint) {
    this.#dir = dir;
    this.#ck = ck;
  }

  /** A shard was sealed: back the checkpoint up now, or as soon as the spacing allows. */
  take(): void {
    this.#due = true;
    if (!this.#running && performance.now() - this.#endedAt >= SPACING * this.#costMs) this.#running = this.#loop();
  }

  /** Take the backup still due, and resolve once none runs (before the checkpoint is closed). */
  async settle(): Promise<void> {
    if (this.#due && !this.#running) this.#running = this.#loop();
    while (this.#running) await this.#running;
  }

  async #loop(): Promise<void> {
    while (this.#due) {
      this.#due = false;
      const started = performance.now();
      try {
        await backupCheckpoint(this.#dir, this.#ck);
        this.failure = undefined;
      } catch (err) {
        this.failure = (err as Error).message;
      }
      this.#endedAt = performance.now();
      this.#costMs = this.#endedAt - started;
      if (this.#due && performance.now() - this.#endedAt < SPACING * this.#costMs) break;
    }
    this.#running = undefined;
  }
}

/** Copy the checkpoint of the job in `dir` to its backup file. */
export async function backupCheckpoint(dir: string, ck: Checkpoint): Promise<void> {
  const target = join(dir, BACKUP_FILE);
  const temp = `${target}.partial`;
  try {
    await ck.database.backup(temp, { progress: () => ALL_PAGES });
    fsyncPath(temp);
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
