/**
 * Where the CLI's words go. Every text passes through escapeControls: a malformed line of an
 * input file that `verify` or `pool stats` echoes cannot set the terminal's title or clear its
 * screen. (JSON output stays valid: the escapes are JSON's own.)
 */
import { escapeControls } from '../core/secrets.js';

/** Write `text` to stdout as it is given (the caller adds line ends). */
export function writeOut(text: string): void {
  process.stdout.write(escapeControls(text));
}

/** Write `text` to stderr as it is given. */
export function writeErr(text: string): void {
  process.stderr.write(escapeControls(text));
}
