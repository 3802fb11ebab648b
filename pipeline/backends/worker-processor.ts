/**
 * The offline backend on several threads: the main thread and `threads - 1` worker threads
 * generate and verify items. Each worker keeps a few batches of claimed items queued; while
 * they are busy, the main thread does the next items itself, between its own work (the
 * checkpoint, the shards, the progress). Each worker builds its own OfflineProcessor from the
 * job's config and pool (offline-worker.ts); an item's outcome depends only on the item, so
 * which thread made it never changes a byte of the output.
 */
import { availableParallelism } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { ApiSpec } from '../../api-pool/types.js';
import type { ClaimedItem, ItemOutcome } from '../engine/checkpoint.js';
import type { JobConfig } from '../config.js';
import type { ItemProcessor } from './item-processor.js';
import type { OfflineProcessor } from './offline-processor.js';
import { unpackOutcome, type PackedOutcome } from './outcome-bytes.js';

/** Items per message to a worker: large enough that messaging costs little, small enough to keep it busy. */
export const WORKER_BATCH = 32;
/** Items each worker has queued at most; past that the main thread does items itself. */
const WORKER_AHEAD = 3 * WORKER_BATCH;
/** Items the main thread does between two looks at the workers' answers. */
const INLINE_BURST = 8;
/**
 * A worker's young generation: records are short-lived, and a small nursery keeps the RSS of
 * each thread down at no cost in throughput (npm run bench).
 */
const WORKER_YOUNG_MB = 8;

export interface WorkerRequest {
  readonly batch: number;
  readonly items: readonly ClaimedItem[];
}

/** A worker's answer to a batch: outcomes whose records and facts are in `bytes` (outcome-bytes.ts). */
export interface WorkerAnswers {
  readonly batch: number;
  readonly answers: readonly PackedOutcome[];
  readonly bytes?: Uint8Array;
}

interface Waiting {
  readonly item: ClaimedItem;
  readonly resolve: (o: ItemOutcome) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Batches sent and not yet answered. */
  readonly batches: Map<number, Waiting[]>;
  items: number;
}

/** Threads the offline backend generates on (the main thread included): `threads`, 0 meaning one per core. */
export function offlineThreads(config: Pick<JobConfig, 'threads'>): number {
  return config.threads === 0 ? availableParallelism() : config.threads;
}

/** The error a worker's death gives its items: the job stops, nothing is lost (items are released). */
export class WorkerDiedError extends Error {
  readonly action = 'stop';
}

export interface WorkerProcessorOptions {
  /** Worker threads to start. */
  readonly workers: number;
  /** The main thread's own processor: it takes items while the workers are full. Without one, every item goes to a worker. */
  readonly inline?: OfflineProcessor;
  /** The worker's script (tests pass their own). Default: offline-worker.js beside this module. */
  readonly workerUrl?: URL;
}

export class WorkerProcessor implements ItemProcessor {
  readonly #slots: Slot[];
  readonly #latencyMs: number;
  readonly #inline: OfflineProcessor | undefined;
  #waiting: Waiting[] = [];
  #flushQueued = false;
  #nextBatch = 0;
  #closed = false;
  #died: Error | undefined;

  constructor(config: JobConfig, pool: readonly ApiSpec[], options: WorkerProcessorOptions) {
    this.#latencyMs = config.offlineLatencyMs;
    this.#inline = options.inline;
    const url = options.workerUrl ?? new URL('./offline-worker.js', import.meta.url);
    this.#slots = Array.from({ length: options.workers }, () => {
      const worker = new Worker(url, { workerData: { config, pool }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      const slot: Slot = { worker, batches: new Map(), items: 0 };
      worker.on('message', (m: WorkerAnswers) => this.#answered(slot, m));
      worker.on('error', (err) => this.#fail(slot, err));
      worker.on('exit', (code) => {
        if (!this.#closed) this.#fail(slot, new Error(`a worker thread exited with code ${code}`));
      });
      return slot;
    });
  }

  /** Items in flight that fill every worker, and some for the main thread to go on with. */
  get minInFlight(): number {
    return this.#slots.length * WORKER_AHEAD + (this.#inline ? 4 * INLINE_BURST : 0);
  }

  /** Synchronous items between two turns of the event loop: short, so answers from the workers come in. */
  get yieldEvery(): number {
    return INLINE_BURST;
  }

  process(item: ClaimedItem): ItemOutcome | Promise<ItemOutcome> {
    if (this.#latencyMs > 0) return delay(this.#latencyMs).then(() => this.#enqueue(item));
    if (this.#inline && this.#queued() >= this.#slots.length * WORKER_AHEAD) return this.#inline.processNow(item);
    return this.#enqueue(item);
  }

  /** Items given to the workers and not yet answered (sent or about to be). */
  #queued(): number {
    let n = this.#waiting.length;
    for (const s of this.#slots) n += s.items;
    return n;
  }

  #enqueue(item: ClaimedItem): Promise<ItemOutcome> {
    if (this.#died) return Promise.reject(this.#died);
    return new Promise<ItemOutcome>((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      if (this.#waiting.length >= WORKER_BATCH) this.#flush();
      else if (!this.#flushQueued) {
        // What the scheduler starts in this turn goes out together.
        this.#flushQueued = true;
        queueMicrotask(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#flushQueued = false;
    if (this.#died) {
      for (const w of this.#waiting.splice(0)) w.reject(this.#died);
      return;
    }
    while (this.#waiting.length > 0) {
      const items = this.#waiting.splice(0, WORKER_BATCH);
      let slot = this.#slots[0];
      for (const s of this.#slots) if (s.items < slot.items) slot = s;
      const batch = this.#nextBatch++;
      slot.batches.set(batch, items);
      slot.items += items.length;
      const request: WorkerRequest = { batch, items: items.map((w) => w.item) };
      slot.worker.postMessage(request);
    }
  }

  #answered(slot: Slot, m: WorkerAnswers): void {
    const waiting = slot.batches.get(m.batch);
    if (!waiting) return;
    slot.batches.delete(m.batch);
    slot.items -= waiting.length;
    for (let i = 0; i < waiting.length; i++) {
      const a = m.answers[i];
      if ('outcome' in a) waiting[i].resolve(m.bytes ? unpackOutcome(a, m.bytes) : a.outcome);
      else waiting[i].reject(new Error(a.error));
    }
  }

  #fail(slot: Slot, err: Error): void {
    this.#died ??= new WorkerDiedError(`offline worker thread failed: ${err.message}`);
    for (const waiting of slot.batches.values()) for (const w of waiting) w.reject(this.#died);
    slot.batches.clear();
    slot.items = 0;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}
