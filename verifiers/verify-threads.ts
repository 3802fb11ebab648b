/**
 * `toolforge verify` on several threads. The main thread reads the file's lines and sends them in
 * batches to worker threads (verify-worker.ts), verifying a batch itself whenever the workers
 * have enough queued; the outcomes come back in the file's order, so the report, the examples and
 * the records written are the ones a single thread gives (an outcome depends only on its row and
 * the file's format, which the main thread learns from the first rows before any batch leaves).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { DatasetFormat } from './formats.js';
import { verifyLines, type RowContext, type RowOutcome } from './verify-row.js';

/** Lines per batch: large enough that messaging costs little, small enough to keep both threads busy. */
export const VERIFY_BATCH = 64;
/** Batches a worker has queued at most; past that the main thread verifies the next batch itself. */
const AHEAD = 3;
/** Batches done and waiting for an earlier one: past that the reader waits (memory stays flat). */
const MAX_WAITING = 256;

export interface VerifyWorkerData {
  readonly answers?: ReadonlyMap<string, unknown>;
  readonly fileCategory?: string;
  readonly judges: boolean;
  readonly keepPassed: boolean;
}
export interface VerifyRequest {
  readonly batch: number;
  readonly first: number;
  readonly lines: readonly string[];
  readonly format: DatasetFormat;
}
export type VerifyAnswer = { readonly batch: number; readonly outcomes: RowOutcome[] } | { readonly batch: number; readonly error: string };

/** Rows verified by each kind of thread (the report's log line). */
export interface ThreadCounts {
  main: number;
  workers: number;
}

interface Batch {
  outcomes?: RowOutcome[];
  error?: Error;
  done?: Promise<void>;
}

interface Slot {
  readonly worker: Worker;
  readonly batches: Map<number, { readonly batch: Batch; readonly settle: () => void }>;
  dead?: Error;
}

/** The lines of a file in batches, with the line number of each batch's first line. */
function* batches(lines: Iterable<string>): Generator<{ first: number; lines: string[] }> {
  let first = 1;
  let chunk: string[] = [];
  for (const l of lines) {
    chunk.push(l);
    if (chunk.length === VERIFY_BATCH) {
      yield { first, lines: chunk };
      first += chunk.length;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield { first, lines: chunk };
}

/**
 * The outcomes of every row of `lines` (a JSONL file's lines, blank ones included), in order,
 * verified on the main thread and `workers` worker threads. `url`: the worker's script (tests).
 */
export async function* threadedOutcomes(
  lines: Iterable<string>,
  ctx: RowContext,
  workers: number,
  counts: ThreadCounts,
  url: URL = new URL('./verify-worker.js', import.meta.url),
): AsyncGenerator<RowOutcome> {
  const data: VerifyWorkerData = { ...(ctx.answers ? { answers: ctx.answers } : {}), ...(ctx.fileCategory !== undefined ? { fileCategory: ctx.fileCategory } : {}), judges: ctx.judges, keepPassed: ctx.keepPassed };
  const slots: Slot[] = Array.from({ length: workers }, () => {
    const slot: Slot = { worker: new Worker(url, { workerData: data }), batches: new Map() };
    const fail = (err: Error): void => {
      slot.dead ??= err;
      for (const { batch, settle } of slot.batches.values()) {
        batch.error = err;
        settle();
      }
      slot.batches.clear();
    };
    slot.worker.on('message', (m: VerifyAnswer) => {
      const waiting = slot.batches.get(m.batch);
      if (!waiting) return;
      slot.batches.delete(m.batch);
      if ('error' in m) waiting.batch.error = new Error(`a verify worker thread failed: ${m.error}`);
      else {
        waiting.batch.outcomes = m.outcomes;
        counts.workers += m.outcomes.length;
      }
      waiting.settle();
    });
    slot.worker.on('error', (err) => fail(new Error(`a verify worker thread failed: ${err.message}`)));
    slot.worker.on('exit', (code) => fail(new Error(`a verify worker thread exited with code ${code}`)));
    return slot;
  });
  let nextBatch = 0;
  const send = (slot: Slot, b: { first: number; lines: string[] }, format: DatasetFormat): Batch => {
    const batch: Batch = {};
    const id = nextBatch++;
    batch.done = new Promise<void>((resolve) => slot.batches.set(id, { batch, settle: resolve }));
    const request: VerifyRequest = { batch: id, first: b.first, lines: b.lines, format };
    slot.worker.postMessage(request);
    return batch;
  };
  const waiting: Batch[] = [];
  // The batches at the head that are done, in order; a worker's failure ends the run here.
  function* ready(): Generator<RowOutcome> {
    while (waiting.length > 0) {
      const head = waiting[0];
      if (head.error) throw head.error;
      if (!head.outcomes) return;
      waiting.shift();
      yield* head.outcomes;
    }
  }
  try {
    for (const b of batches(lines)) {
      // Rows go to a worker only once the format is known: every row after the first readable one follows it.
      const format = ctx.format;
      let slot: Slot | undefined;
      if (format !== undefined) for (const s of slots) if (!s.dead && s.batches.size < AHEAD && (!slot || s.batches.size < slot.batches.size)) slot = s;
      if (slot && format !== undefined) waiting.push(send(slot, b, format));
      else {
        const outcomes = verifyLines(b.first, b.lines, ctx);
        counts.main += outcomes.length;
        waiting.push({ outcomes });
        // A turn of the event loop lets the workers' answers in.
        if (slots.length > 0) await nextTurn();
      }
      yield* ready();
      while (waiting.length > MAX_WAITING) {
        await waiting[0].done;
        yield* ready();
      }
    }
    while (waiting.length > 0) {
      await waiting[0].done;
      yield* ready();
    }
  } finally {
    for (const s of slots) s.worker.removeAllListeners('exit');
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
