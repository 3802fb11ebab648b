/**
 * Reading a checkpoint where nothing can be written. A WAL-mode SQLite file can be opened
 * read-only only when its -shm file exists or can be made beside it; in a read-only job
 * directory (a read-only mount, a snapshot, another user's files) neither holds. Then the
 * checkpoint (with its WAL, if any) is copied once per process to a private temp directory
 * and read there: `status`, `export`, `card --out` and `report --out` work on such a job.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';

/** Checkpoint path -> its copy, made once per process and removed when the process exits. */
const copies = new Map<string, string>();

function removeCopies(): void {
  for (const copy of copies.values()) rmSync(join(copy, '..'), { recursive: true, force: true });
  copies.clear();
}

/** Did a read-only open fail only because no -shm file can be made beside the checkpoint? */
export function needsCopy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY'));
}

/** Open a read-only connection to a copy of the checkpoint at `path` (and of its WAL). */
export function openCopy(path: string): Database.Database {
  let copy = copies.get(path);
  if (copy === undefined) {
    if (copies.size === 0) process.once('exit', removeCopies);
    const dir = mkdtempSync(join(tmpdir(), 'toolforge-readonly-'));
    copy = join(dir, basename(path));
    try {
      copyFileSync(path, copy);
      if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    copies.set(path, copy);
  }
  return new Database(copy, { readonly: true, fileMustExist: true });
}
