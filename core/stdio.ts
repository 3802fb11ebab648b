/**
 * Output that arrives. Writes to a pipe are asynchronous: what the reader has not taken yet
 * waits in the process (a pipe holds 64 KiB), and `process.exit()` drops it. The CLI waits
 * for stdout and stderr to be handed over before it exits.
 */

interface Drainable {
  readonly writableLength: number;
  readonly destroyed: boolean;
  readonly writable: boolean;
  write(chunk: string, callback: (err?: Error | null) => void): boolean;
}

/** Resolves once everything written to `stream` so far is taken by the reader, or the reader is gone. */
export function drained(stream: Drainable): Promise<void> {
  if (stream.destroyed || !stream.writable || stream.writableLength === 0) return Promise.resolve();
  // Writes complete in order: the callback of an empty write comes after every earlier one.
  return new Promise((resolve) => {
    stream.write('', () => resolve());
  });
}

/** Wait until stdout and stderr are drained (a reader that closed its end counts as drained). */
export async function drainStdio(): Promise<void> {
  // A closed pipe (`| head`) fails the pending writes with EPIPE: that is the reader's choice, not an error.
  process.stdout.on('error', () => {});
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
}
