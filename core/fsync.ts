import { closeSync, fsyncSync, openSync } from 'node:fs';

/** fsync a file or a directory (a directory after a rename, so the new name survives a power loss). */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
