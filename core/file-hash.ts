/**
 * A file's sha256, read a chunk at a time (memory stays flat whatever its size), and the stamp
 * that says whether a file may have changed since it was last hashed.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

const CHUNK_BYTES = 1 << 20;

/** sha256 of the file's bytes, as hex. Throws the file system's error (ENOENT, EACCES, ...). */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Size, modification and change time (ns) and inode of a file, or undefined when it cannot be
 * read. Any write changes the change time, which no user call can set back (unlike the
 * modification time), so an unchanged stamp means unchanged bytes since the stamp was taken.
 */
export function fileStamp(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** The size a stamp holds. */
export function stampSize(stamp: string): number {
  return Number(stamp.slice(0, stamp.indexOf(':')));
}
