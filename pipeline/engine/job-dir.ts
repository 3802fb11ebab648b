/**
 * The job directory a `run --out` names: it must be (or become) a directory. Anything else
 * (an empty name, a file, a path through a file, a dangling symlink, a symlink loop) is a
 * UsageError or a resource error with exit 2, said in one line before anything is made.
 */
import { lstatSync, mkdirSync, readlinkSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { resourceError } from '../../core/fs-errors.js';

export function checkJobDir(dir: string): void {
  if (dir.trim() === '') throw new UsageError('--out is empty: give the job directory (a new or empty one, or a job to go on with)');
  try {
    if (!statSync(dir).isDirectory()) {
      throw new UsageError(`--out ${dir} is a file, not a directory: give a new or empty directory, or a job to go on with`);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      // Not there yet: made by the run, unless it is a link to nowhere.
      if (isLink(dir)) throw new UsageError(`--out ${dir} is a symbolic link to ${readlinkSync(dir)}, which does not exist: give a directory`);
      return;
    }
    throw resourceError(err, { path: dir }) ?? err;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Make the job directory and its parents. Node's recursive mkdir says ENOENT when a parent
 * cannot be written (a read-only mount): the plain mkdir of the missing part says why.
 */
export function makeJobDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    let missing = dir;
    while (!exists(dirname(missing))) missing = dirname(missing);
    mkdirSync(missing); // throws the real reason (EROFS, EACCES)
    throw err;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
