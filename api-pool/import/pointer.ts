/** JSON pointers (RFC 6901) into an imported file, and the error that skips one operation or tool doc at its pointer. */
import type { ApiSpec } from '../types.js';

/** One JSON pointer token: `~` → `~0`, `/` → `~1` (RFC 6901). */
export function escapePointer(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The inverse of escapePointer. */
export function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The JSON pointer in its file of each converted API (the origin's fragment is not always one). */
export const sourcePointers = new WeakMap<ApiSpec, string>();

/** A problem that skips the current operation or tool doc; `pointer` is where in the file it arose. */
export class SkipError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}
