/**
 * The scheduler: plans items ahead of need, claims them in transactions, keeps `concurrency`
 * of them in flight, stores outcomes in batched transactions, and writes a shard as soon as
 * the resolved prefix of the job holds enough accepted records. What goes into the shards
 * depends only on item outcomes in index order, never on timing, so a resumed job writes
 * the same bytes as an uninterrupted one.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { writeShard, removePartialShards } from '../output/shard-writer.js';
import type { Checkpoint, ClaimedItem, ItemOutcome } from './checkpoint.js';
import { SPLITS, describeItem, type Split } from './category-mix.js';
import type { JobConfig } from './config.js';
import { JobFailedError } from './errors.js';
import type { ItemProcessor } from './item-processor.js';
import { addUsage, type UsageSnapshot } from './llm/usage.js';

/** Outcomes are stored at least this often... */
const FLUSH_MS = 250;
/** ...or once this many are waiting. */
const FLUSH_ITEMS = 2048;
/** Items planned per transaction, and how far planning runs ahead of the claims. */
const PLAN_CHUNK = 4096;
/** Below this many resolved items the acceptance rate is not yet trusted. */
const RATE_MIN_SAMPLE = 100;
/** The job stops when more than this share of resolved items failed (after RATE_MIN_SAMPLE). */
const MAX_FAILED_SHARE = 0.5;

export interface ProgressSnapshot {
  readonly target: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly failed: number;
  readonly written: number;
  readonly shards: number;
  /** Accepted per second in this run. */
  readonly acceptedPerSec: number;
  /** Dollars spent on model calls over the whole job (0 offline). */
  readonly costUsd: number;
  /** Seconds left at the current rate, or undefined while unknown. */
  readonly etaSec: number | undefined;
}

export interface ProgressSink {
  update(snapshot: ProgressSnapshot): void;
  stop(snapshot: ProgressSnapshot): void;
}

export interface JobDeps {
  readonly dir: string;
  readonly checkpoint: Checkpoint;
  readonly config: JobConfig;
  readonly processor: ItemProcessor;
  readonly progress: ProgressSink;
  /** Aborting stops the claims; running items finish, queued ones are released. */
  readonly signal: AbortSignal;
  /** Clock in ms; injected for tests. Default Date.now. */
  readonly now?: () => number;
  /** Model usage of this run so far (LLM backend): stored with the checkpoint at every flush. */
  readonly llmUsage?: () => UsageSnapshot;
}

export interface JobResult {
  readonly complete: boolean;
  readonly interrupted: boolean;
  readonly snapshot: ProgressSnapshot;
}

export async function runJob(deps: JobDeps): Promise<JobResult> {
  return new JobRun(deps).run();
}

class JobRun {
  readonly #ck: Checkpoint;
  readonly #config: JobConfig;
  readonly #deps: JobDeps;
  readonly #now: () => number;
  readonly #claimBatch: number;
  readonly #counts: { accepted: number; rejected: number; failed: number };
  readonly #inFlight = new Map<number, Promise<void>>();
  #outcomes: ItemOutcome[] = [];
  #queue: ClaimedItem[] = [];
  /** Per split: index of the last record in a shard, and shards written. */
  readonly #splits: Record<Split, { lastIdx: number; shards: number }> = {
    train: { lastIdx: -1, shards: 0 },
    test: { lastIdx: -1, shards: 0 },
  };
  #written = 0;
  /** Items planned so far (kept here: planning is checked on every turn of the loop). */
  #planned: number;
  #shardCount = 0;
  #complete = false;
  #lastFlushAt: number;
  readonly #startedAt: number;
  readonly #acceptedAtStart: number;
  #lastError: string | undefined;
  /** An error that says the job must stop (a bad key, a config the endpoint refuses). */
  #fatal: Error | undefined;
  readonly #usageBefore: UsageSnapshot | undefined;

  constructor(deps: JobDeps) {
    this.#deps = deps;
    this.#ck = deps.checkpoint;
    this.#config = deps.config;
    this.#now = deps.now ?? Date.now;
    this.#claimBatch = Math.max(64, deps.config.concurrency * 2);
    this.#ck.releaseRunning();
    removePartialShards(deps.dir);
    const counts = this.#ck.countsByStatus();
    this.#counts = { accepted: counts.accepted, rejected: counts.rejected, failed: counts.failed };
    this.#acceptedAtStart = counts.accepted;
    for (const shard of this.#ck.shards()) {
      const state = this.#splits[shard.split as Split];
      state.lastIdx = Math.max(state.lastIdx, shard.lastIdx);
      state.shards = Math.max(state.shards, shard.seq + 1);
      this.#written += shard.records;
      this.#shardCount++;
    }
    this.#complete = this.#ck.isComplete();
    this.#planned = this.#ck.planned();
    const stored = this.#ck.getMeta('llm_usage');
    this.#usageBefore = stored ? (JSON.parse(stored) as UsageSnapshot) : undefined;
    this.#startedAt = this.#lastFlushAt = this.#now();
  }

  async run(): Promise<JobResult> {
    const { signal } = this.#deps;
    // A crash may have come after outcomes were stored and before their shard was written.
    this.#writeReadyShards();
    try {
      await this.#loop(signal);
    } catch (err) {
      // Planning gave up or too many items failed: stop in order (below), then say why.
      this.#fatal ??= err instanceof Error ? err : new Error(String(err));
    }
    if (!this.#complete) {
      // Interrupted or stopped: running items finish, queued ones go back to pending.
      await Promise.all(this.#inFlight.values());
      this.#ck.releaseItems(this.#queue.map((i) => i.idx));
      this.#queue = [];
      this.#flush();
    }
    if (this.#complete && this.#inFlight.size > 0) {
      // Surplus items still in flight: their calls are paid for, so let them land in the
      // response cache and the usage totals (their outcomes are not kept).
      await Promise.all(this.#inFlight.values());
      if (this.#deps.llmUsage) this.#ck.setMeta('llm_usage', JSON.stringify(this.#usage()));
    }
    this.#ck.checkpointWal();
    const snapshot = this.#snapshot();
    this.#deps.progress.stop(snapshot);
    if (this.#fatal instanceof JobFailedError) throw this.#fatal;
    if (this.#fatal) {
      throw new JobFailedError(
        `the job stopped: ${this.#fatal.message}. Nothing is lost: fix the cause, then run \`toolforge resume DIR\`.`,
        { cause: this.#fatal },
      );
    }
    return { complete: this.#complete, interrupted: !this.#complete, snapshot };
  }

  async #loop(signal: AbortSignal): Promise<void> {
    let sinceYield = 0;
    while (!this.#complete && !signal.aborted && !this.#fatal) {
      this.#ensurePlanned();
      if (this.#queue.length === 0) this.#queue = this.#ck.claim(this.#claimBatch);
      if (this.#queue.length === 0 && this.#inFlight.size === 0) {
        // Store what is buffered: items to retry become claimable, shards may be due.
        this.#flush();
        if (this.#complete) break;
        this.#queue = this.#ck.claim(this.#claimBatch);
        // Nothing pending, nothing running, target not written: planning must add items (or throw).
        if (this.#queue.length === 0 && this.#ensurePlanned() === 0) {
          throw new JobFailedError('internal error: nothing left to plan or claim, yet the job is not complete');
        }
        continue;
      }
      while (this.#inFlight.size < this.#config.concurrency && this.#queue.length > 0) {
        this.#start(this.#queue.shift()!);
        sinceYield++;
      }
      if (this.#inFlight.size >= this.#config.concurrency || (this.#queue.length === 0 && this.#inFlight.size > 0)) {
        await Promise.race(this.#inFlight.values());
      } else if (sinceYield >= 256) {
        // Synchronous processors never give the event loop a turn: let timers and signals in.
        sinceYield = 0;
        await yieldToLoop();
      }
      if (this.#now() - this.#lastFlushAt >= FLUSH_MS || this.#outcomes.length >= FLUSH_ITEMS) this.#flush();
    }
  }

  #start(item: ClaimedItem): void {
    let result: ItemOutcome | Promise<ItemOutcome>;
    try {
      result = this.#deps.processor.process(item);
    } catch (err) {
      this.#settle(this.#failedAttempt(item, err));
      return;
    }
    if (result instanceof Promise) {
      const settled = result
        .then(
          (o) => this.#settle(o),
          (err: unknown) => this.#settle(this.#failedAttempt(item, err)),
        )
        .finally(() => this.#inFlight.delete(item.idx));
      this.#inFlight.set(item.idx, settled);
    } else {
      this.#settle(result);
    }
  }

  /**
   * An attempt threw. Errors may say what to do (`action`, as the LLM layer's do): requeue
   * without spending the attempt (a rate limit), fail the item now (a request the endpoint will
   * never take), stop the job (a bad key). Anything else spends the attempt.
   */
  #failedAttempt(item: ClaimedItem, err: unknown): ItemOutcome {
    const error = err instanceof Error ? err.message : String(err);
    const action = (err as { action?: unknown } | null)?.action;
    if (action === 'requeue') return { idx: item.idx, status: 'pending', error, refundAttempt: true };
    if (action === 'fail') return { idx: item.idx, status: 'failed', error };
    if (action === 'stop') {
      this.#fatal ??= err instanceof Error ? err : new Error(error);
      return { idx: item.idx, status: 'pending', error, refundAttempt: true };
    }
    const spent = item.attempts - item.retryBase;
    return { idx: item.idx, status: spent >= this.#config.maxAttempts ? 'failed' : 'pending', error };
  }

  #settle(outcome: ItemOutcome): void {
    if (this.#complete) return; // surplus work finishing after the target was reached
    this.#outcomes.push(outcome);
    if (outcome.status !== 'pending') this.#counts[outcome.status]++;
    if (outcome.error !== undefined) this.#lastError = outcome.error;
  }

  #resolved(): number {
    return this.#counts.accepted + this.#counts.rejected + this.#counts.failed;
  }

  /** Plan more items when the unresolved ones cannot be expected to reach the target. Returns how many. */
  #ensurePlanned(): number {
    const needed = this.#config.count - this.#counts.accepted;
    if (needed <= 0) return 0;
    const resolved = this.#resolved();
    const rate = resolved >= RATE_MIN_SAMPLE ? Math.max(this.#counts.accepted / resolved, 0.01) : 1;
    const planned = this.#planned;
    const unresolved = planned - resolved;
    const want = Math.min(Math.ceil(needed / rate) + this.#claimBatch + this.#config.concurrency, PLAN_CHUNK);
    if (unresolved >= want) return 0;
    const cap = Math.ceil(this.#config.count * this.#config.maxPlannedFactor);
    // Plan what the target still needs at the current acceptance rate, not more: work done
    // past the target is thrown away, and with a paid model it is money.
    const n = Math.min(want - unresolved, cap - planned);
    if (n <= 0) {
      if (unresolved > 0) return 0;
      throw new JobFailedError(
        `planned ${planned} items for ${this.#config.count} accepted and only ${this.#counts.accepted} were accepted ` +
          `(maxPlannedFactor ${this.#config.maxPlannedFactor}); see the rejection reasons with \`toolforge status\``,
      );
    }
    const { seed, mix, unseen } = this.#config;
    this.#ck.plan(planned, n, (idx) => describeItem(seed, idx, mix, unseen.itemShare));
    this.#planned += n;
    return n;
  }

  #flush(): void {
    const now = this.#now();
    this.#ck.record(this.#outcomes, now - this.#lastFlushAt, now);
    if (this.#deps.llmUsage) this.#ck.setMeta('llm_usage', JSON.stringify(this.#usage()));
    this.#outcomes = [];
    this.#lastFlushAt = now;
    this.#writeReadyShards();
    const resolved = this.#resolved();
    if (!this.#complete && !this.#fatal && resolved >= RATE_MIN_SAMPLE && this.#counts.failed / resolved > MAX_FAILED_SHARE) {
      throw new JobFailedError(
        `${this.#counts.failed} of ${resolved} items failed; the last error was: ${this.#lastError}. ` +
          'Nothing is lost: fix the cause, then run `toolforge resume DIR --retry-failed`.',
      );
    }
    this.#deps.progress.update(this.#snapshot());
  }

  /**
   * Write every shard the resolved prefix can fill, per split; finish the job once the prefix
   * holds `count` accepted items. The output is the `count` accepted items of lowest index, so
   * a shard only takes records at or below the cut-off (the count-th accepted item) once it is
   * known, and below the frontier (the lowest unresolved item) always.
   */
  #writeReadyShards(): void {
    if (this.#complete) return;
    const { count, output } = this.#config;
    const frontier = this.#ck.frontier();
    let cutoff: number | undefined;
    if (this.#counts.accepted >= count) {
      const nth = this.#ck.nthAccepted(count);
      if (nth !== undefined && nth < frontier) cutoff = nth;
    }
    const limit = cutoff ?? frontier - 1;
    for (const split of SPLITS) {
      const state = this.#splits[split];
      for (;;) {
        const available = this.#ck.acceptedBetween(split, state.lastIdx, limit + 1);
        const take = available >= output.shardRecords ? output.shardRecords : cutoff !== undefined ? available : 0;
        if (take === 0) break;
        this.#writeShard(split, take);
      }
    }
    if (cutoff !== undefined) {
      this.#ck.complete(cutoff);
      this.#complete = true;
    }
  }

  #writeShard(split: Split, take: number): void {
    const state = this.#splits[split];
    let firstIdx = -1;
    let lastIdx = -1;
    const rows = this.#ck.acceptedAfter(split, state.lastIdx, take);
    function* lines(): Generator<string> {
      for (const row of rows) {
        if (firstIdx < 0) firstIdx = row.idx;
        lastIdx = row.idx;
        yield row.result;
      }
    }
    const shard = writeShard(this.#deps.dir, split, state.shards, this.#config.output.gzip, lines());
    this.#ck.addShard({ split, seq: state.shards, ...shard, firstIdx, lastIdx }, this.#now());
    state.shards++;
    state.lastIdx = lastIdx;
    this.#written += shard.records;
    this.#shardCount++;
  }

  #snapshot(): ProgressSnapshot {
    const elapsedSec = Math.max((this.#now() - this.#startedAt) / 1000, 1e-3);
    const acceptedPerSec = (this.#counts.accepted - this.#acceptedAtStart) / elapsedSec;
    const left = Math.max(this.#config.count - this.#counts.accepted, 0);
    return {
      target: this.#config.count,
      accepted: Math.min(this.#counts.accepted, this.#config.count),
      rejected: this.#counts.rejected,
      failed: this.#counts.failed,
      written: this.#written,
      shards: this.#shardCount,
      acceptedPerSec,
      etaSec: acceptedPerSec > 0 ? left / acceptedPerSec : undefined,
      costUsd: this.#deps.llmUsage ? this.#usage().totals.costUsd : 0,
    };
  }

  /** Usage of the whole job: earlier runs (from the checkpoint) plus this one. */
  #usage(): UsageSnapshot {
    return addUsage(this.#usageBefore, this.#deps.llmUsage!());
  }
}
