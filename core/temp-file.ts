/**
 * Writing a file so that a half-written one never stands under its name: the bytes go to a
 * temp file beside the target (same file system, so the rename is atomic), renamed when
 * complete; on a failure the temp file is removed, and so it is when SIGINT or SIGTERM stops
 * the process while a temp file is open.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { constants } from 'node:os';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';

const TEMP_SUFFIX = '.partial';

/** The temp file a target is written through. */
export function tempBeside(target: string): string {
  return `${target}${TEMP_SUFFIX}`;
}

/** Temp files being written now: removed if a signal stops the process. */
const live = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
  // `run` and `resume` stop cleanly on their own handlers; alone, stop as the signal would have.
  if (process.listenerCount(signal) > 1) return;
  process.stderr.write(`\n${signal}: stopped; no partial file was left\n`);
  process.exit(128 + (constants.signals[signal] ?? 0));
}

/** Remove `path` if a signal stops the process before the returned function is called. */
export function trackTemp(path: string): () => void {
  if (live.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  live.add(path);
  return () => {
    if (!live.delete(path) || live.size > 0) return;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/** Write `data` to `target` through a temp file beside it. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temp = tempBeside(target);
  const release = trackTemp(temp);
  try {
    writeFileSync(temp, data);
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  } finally {
    release();
  }
}

/**
 * A file written as a stream through a temp file beside it. A write error (a full disk, an
 * unwritable directory) rejects `drain` and `commit` instead of escaping as an unhandled
 * 'error' event; `abort` removes the temp file.
 */
export class AtomicFile {
  readonly target: string;
  readonly temp: string;
  readonly stream: WriteStream;
  readonly #failed: Promise<never>;
  readonly #release: () => void;

  constructor(target: string) {
    this.target = target;
    this.temp = tempBeside(target);
    mkdirSync(dirname(target), { recursive: true });
    this.#release = trackTemp(this.temp);
    this.stream = createWriteStream(this.temp);
    this.#failed = new Promise<never>((_, reject) => this.stream.once('error', reject));
    this.#failed.catch(() => {}); // seen by whoever waits next
  }

  /** Wait until `sink` (this file's stream, or a stream piped into it) takes more; rejects on a write error. */
  async drain(sink: Writable = this.stream): Promise<void> {
    await Promise.race([once(sink, 'drain'), this.#failed]);
  }

  /** End `sink` (the stream written to), wait for the bytes to be on disk, and give the file its name. */
  async commit(sink: Writable = this.stream): Promise<void> {
    try {
      const closed = once(this.stream, 'close');
      sink.end();
      await Promise.race([closed, this.#failed]);
      renameSync(this.temp, this.target);
    } catch (err) {
      this.abort();
      throw err;
    }
    this.#release();
  }

  /** Stop writing and remove the temp file. */
  abort(): void {
    this.stream.destroy();
    rmSync(this.temp, { force: true });
    this.#release();
  }
}
