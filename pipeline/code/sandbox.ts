/**
 * The Python sandbox: Pyodide (CPython in WebAssembly) in worker threads, one interpreter per
 * worker, reused from program to program with a fresh namespace each time (sandbox-driver.ts).
 * A program that runs past `timeoutMs` is stopped by terminating its worker, which is replaced;
 * the programs queued behind it go to the other workers or to the replacement. Start-up
 * (about 2 s per worker) is paid once per worker, and again only for a replacement.
 */
import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DRIVER_SOURCE } from './sandbox-driver.js';
import { WORKER_SOURCE } from './sandbox-worker.js';

/** What a program gave: its printed text, the repr of a final expression's value, the error that stopped it. */
export interface RunResult {
  readonly stdout: string;
  readonly result: string | null;
  readonly error: string | null;
}

export interface SandboxLimits {
  /** Wall-clock limit of one program, in ms. */
  readonly timeoutMs: number;
  /** Characters of stdout+stderr (and of a result's repr) a program may produce. */
  readonly outputChars: number;
  /** The interpreter's heap after a program, in MB, past which the program fails and the worker is replaced. */
  readonly memoryMb: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { timeoutMs: 3000, outputChars: 4000, memoryMb: 256 };

/** The sandbox could not start an interpreter: the job stops (no item is at fault). */
export class SandboxStartError extends Error {
  readonly action = 'stop';
}

interface Job {
  readonly id: number;
  readonly code: string;
  readonly resolve: (r: RunResult) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

/** Where Pyodide's files are: the package's own directory (its module, the WebAssembly, the standard library). */
function pyodideFiles(): { pyodideUrl: string; indexURL: string } {
  const module = createRequire(import.meta.url).resolve('pyodide/pyodide.mjs');
  return { pyodideUrl: pathToFileURL(module).href, indexURL: dirname(module) + sep };
}

export class Sandbox {
  readonly limits: SandboxLimits;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #nextId = 0;
  #closed = false;
  #failed: Error | undefined;
  /** Workers terminated and replaced (timeouts, memory). */
  replaced = 0;
  /** Programs run. */
  runs = 0;

  constructor(options: { workers: number; limits?: Partial<SandboxLimits> }) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    for (let i = 0; i < Math.max(1, options.workers); i++) this.#slots.push(this.#start());
  }

  /** Run one program; the promise never rejects for anything the program does. */
  run(code: string): Promise<RunResult> {
    if (this.#closed) return Promise.reject(new Error('the sandbox is closed'));
    if (this.#failed) return Promise.reject(this.#failed);
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, code, resolve, reject });
      this.#pump();
    });
  }

  /** Resolves once every worker has its interpreter loaded (for benches and tests that time runs alone). */
  async ready(): Promise<void> {
    await Promise.all(this.#slots.map((s) => (s.ready ? undefined : new Promise<void>((res) => s.worker.once('message', () => res())))));
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('the sandbox is closed'));
    await Promise.all(this.#slots.map((s) => (clearTimeout(s.timer), s.worker.terminate())));
  }

  #start(): Slot {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...pyodideFiles(), driver: DRIVER_SOURCE, outputChars: this.limits.outputChars, memoryMb: this.limits.memoryMb },
    });
    const slot: Slot = { worker, ready: false, job: undefined, timer: undefined };
    worker.on('message', (m: { ready?: true; failed?: string; id?: number; answer?: RunResult; replace?: boolean }) => {
      if (m.ready) {
        slot.ready = true;
        this.#pump();
      } else if (m.failed !== undefined) {
        this.#fail(new SandboxStartError(`the Python sandbox could not start: ${m.failed}`));
      } else if (slot.job && m.id === slot.job.id && m.answer) {
        const job = slot.job;
        clearTimeout(slot.timer);
        slot.job = undefined;
        this.runs++;
        job.resolve(m.answer);
        if (m.replace) this.#replace(slot);
        this.#pump();
      }
    });
    worker.on('error', (err) => {
      // A worker that dies under a program (an abort in the interpreter) fails that program only.
      const job = slot.job;
      slot.job = undefined;
      clearTimeout(slot.timer);
      if (job) job.resolve({ stdout: '', result: null, error: `SandboxError: the interpreter stopped (${err.message})` });
      else if (!slot.ready) this.#fail(new SandboxStartError(`the Python sandbox could not start: ${err.message}`));
      if (!this.#closed && !this.#failed) this.#replace(slot);
    });
    return slot;
  }

  #replace(slot: Slot): void {
    const i = this.#slots.indexOf(slot);
    if (i < 0 || this.#closed) return;
    void slot.worker.terminate();
    this.replaced++;
    this.#slots[i] = this.#start();
  }

  #fail(err: Error): void {
    if (this.#failed) return;
    this.#failed = err;
    for (const job of this.#queue.splice(0)) job.reject(err);
    for (const s of this.#slots) if (s.job) s.job.reject(err);
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.#queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        if (slot.job !== job) return;
        slot.job = undefined;
        job.resolve({ stdout: '', result: null, error: `TimeoutError: the program ran longer than ${this.limits.timeoutMs} ms and was stopped` });
        this.#replace(slot);
        this.#pump();
      }, this.limits.timeoutMs);
      slot.worker.postMessage({ id: job.id, code: job.code });
    }
  }
}
