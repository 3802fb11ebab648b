/**
 * One error path for what the file system and the machine refuse: a missing or unwritable
 * place, a read-only disk, a full one, a symlink loop, the checkpoint's SQLite saying the same.
 * Each becomes one line naming the path, what is wrong and what to do, with its exit code
 * (2: the user gave a place that cannot serve; 1: the machine ran out of something). A stack
 * trace is for --debug only.
 */
import { ToolforgeError } from './errors.js';

interface Kind {
  readonly what: string;
  readonly todo: string;
  readonly exitCode: number;
}

const NO_SPACE: Kind = { what: 'cannot be written: no space left on the device', todo: 'free some space', exitCode: 1 };
const DENIED: Kind = { what: 'cannot be accessed: permission denied', todo: 'give a place you may use, or change its permissions', exitCode: 2 };
const READ_ONLY: Kind = { what: 'cannot be written: it is on a read-only file system or is a read-only file', todo: 'give a writable place', exitCode: 2 };

/** Node's error codes (errno names) and SQLite's (better-sqlite3's `code`, extended codes by prefix). */
const KINDS: Readonly<Record<string, Kind>> = {
  ENOENT: { what: 'does not exist', todo: 'check the path', exitCode: 2 },
  ENOTDIR: { what: 'goes through a file as if it were a directory', todo: 'give a path whose parents are directories', exitCode: 2 },
  EISDIR: { what: 'is a directory', todo: 'give a file path', exitCode: 2 },
  ELOOP: { what: 'is a loop of symbolic links', todo: 'fix the link', exitCode: 2 },
  ENAMETOOLONG: { what: 'is too long a name', todo: 'give a shorter path', exitCode: 2 },
  EACCES: DENIED,
  EPERM: DENIED,
  EROFS: READ_ONLY,
  ENOSPC: NO_SPACE,
  EDQUOT: { ...NO_SPACE, what: 'cannot be written: the disk quota is used up' },
  EMFILE: { what: 'cannot be opened: too many open files', todo: 'raise the limit (ulimit -n)', exitCode: 1 },
  ENFILE: { what: 'cannot be opened: too many open files on the system', todo: 'close other programs', exitCode: 1 },
  EIO: { what: 'cannot be read or written: input/output error', todo: 'check the disk', exitCode: 1 },
  SQLITE_FULL: NO_SPACE,
  SQLITE_READONLY: READ_ONLY,
  SQLITE_CANTOPEN: { what: 'cannot be opened (a missing or unwritable directory, or a read-only one without the WAL files)', todo: 'check the path and its permissions', exitCode: 2 },
  SQLITE_IOERR: { what: 'cannot be read or written: input/output error (a full or failing disk)', todo: 'check the disk and free some space', exitCode: 1 },
  SQLITE_BUSY: { what: 'is busy: another process holds it', todo: 'wait for that process', exitCode: 1 },
  SQLITE_PERM: DENIED,
};

/** What kind of resource error `err` is, if any (SQLite's extended codes, like SQLITE_READONLY_DBMOVED, by their prefix). */
export function resourceKind(err: unknown): { code: string; kind: Kind } | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  // A directory where the database should be is the user's mistake, said as damage by the caller.
  if (typeof code !== 'string' || code === 'SQLITE_CANTOPEN_ISDIR') return undefined;
  const base = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  const kind = KINDS[code] ?? KINDS[base];
  return kind ? { code: base, kind } : undefined;
}

/** A resource error as the CLI says it. */
export class ResourceError extends ToolforgeError {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ResourceContext {
  /** The path to name when the error carries none (SQLite's errors, writes to an open file). */
  readonly path?: string;
  /** The command that goes on once the cause is fixed (`toolforge resume DIR`). */
  readonly then?: string;
}

/** `err` as one line with its exit code, or undefined when it is not a file-system or resource error. */
export function resourceError(err: unknown, context: ResourceContext = {}): ResourceError | undefined {
  if (err instanceof ResourceError) return err;
  const found = resourceKind(err);
  if (!found) return undefined;
  const { path: errPath, dest } = err as { path?: unknown; dest?: unknown };
  const path = typeof errPath === 'string' ? errPath : context.path;
  const where = path !== undefined ? `${path}${typeof dest === 'string' ? ` (to ${dest})` : ''}` : 'a file';
  // Going on is worth saying when the machine ran out of something; a wrong place is given again anyway.
  const then = context.then && found.kind.exitCode === 1 ? `, then run \`${context.then}\` (nothing is lost)` : '';
  return new ResourceError(`${where} ${found.kind.what} [${found.code}]; ${found.kind.todo}${then}`, found.kind.exitCode, found.code, { cause: err });
}
