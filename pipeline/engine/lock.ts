import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8').trim());
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
