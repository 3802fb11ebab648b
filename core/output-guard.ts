/**
 * Outputs never overlap inputs. Every command that writes a file asks here first: a target that
 * is a job's checkpoint (or its WAL, lock or backup), anything under a job's `data/`, or one of
 * the command's own input files is refused with a UsageError (exit 2, one line) before anything
 * is written. Paths are compared where they really are: symlinks resolved, hard links by inode.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';
import { CHECKPOINT_FILE, DATA_DIR, JOB_OWN_FILES } from './job-files.js';

/**
 * Where a path really is: symlinks resolved; for a path that does not exist yet, the real path
 * of its nearest existing ancestor with the rest appended.
 */
export function realTarget(path: string): string {
  let head = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(head), ...rest);
    } catch (err) {
      // Not there (or a dangling link): look at its directory. Any other trouble (ENOTDIR,
      // ELOOP, EACCES) is the write's to report, with its own error.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(head) === head) return resolve(path);
      rest.unshift(basename(head));
      head = dirname(head);
    }
  }
}

function sameFile(a: string, b: string): boolean {
  if (realTarget(a) === realTarget(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.isFile() && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The toolforge job directory `real` is in (or is), if any: the nearest ancestor holding a checkpoint. */
function enclosingJob(real: string): string | undefined {
  for (let dir = real; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CHECKPOINT_FILE))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Refuse (UsageError, exit 2) to write `target` when it is one of `inputs` or a job's own file.
 * `flag` names the option in the message (`--out`). A directory target (export per split) is
 * refused when it is a job's `data/` or inside it; the job directory itself is allowed.
 */
export function guardOutput(target: string, flag: string, inputs: readonly (string | undefined)[] = []): void {
  for (const input of inputs) {
    if (input !== undefined && existsSync(input) && sameFile(target, input)) {
      throw new UsageError(`${flag} ${target} is an input of this command (${input}): writing it would destroy what it reads; give another path`);
    }
  }
  const real = realTarget(target);
  const job = enclosingJob(real);
  if (job === undefined) return;
  const rel = relative(job, real);
  const own = JOB_OWN_FILES.includes(rel)
    ? `${rel}, a file of the toolforge job in ${job}`
    : rel === DATA_DIR || rel.startsWith(DATA_DIR + sep)
      ? `in the ${DATA_DIR}/ directory (the shards) of the toolforge job in ${job}`
      : undefined;
  if (own !== undefined) {
    throw new UsageError(`${flag} ${target} is ${own}: writing there would destroy the job; give a path outside its ${DATA_DIR}/ and checkpoint`);
  }
}
