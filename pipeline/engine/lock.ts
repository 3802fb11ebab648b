import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JobMismatchError } from '../../core/errors.js';
import { LOCK_FILE } from '../../core/job-files.js';

/**
 * One process per job directory. The lock file holds the owner's pid; a lock whose process is
 * gone (a crash, a kill -9) is stale and taken over.
 */
export function acquireLock(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // The pid is in the file before it takes the lock's name (link fails if the name is taken):
      // a process that finds the lock always reads whose it is, never an empty file it would take for stale.
      const mine = `${path}.${process.pid}`;
      writeFileSync(mine, String(process.pid));
      try {
        linkSync(mine, path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // A file system without hard links: create the lock in place (the pid follows at once).
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw err;
        writeFileSync(path, String(process.pid), { flag: 'wx' });
      } finally {
        rmSync(mine, { force: true });
      }
      let held = true;
      // Released once only: a second call must not remove a lock another process has taken since.
      return () => {
        if (held) rmSync(path, { force: true });
        held = false;
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let pid: number;
      try {
        pid = Number(readFileSync(path, 'utf8').trim());
      } catch {
        continue; // released meanwhile: try again
      }
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new JobMismatchError(`another toolforge process (pid ${pid}) is running the job in ${dir}; wait for it or stop it first`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new JobMismatchError(`cannot take the lock ${path}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
