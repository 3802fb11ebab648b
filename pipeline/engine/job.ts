/**
 * The scheduler: plans items ahead of need (job-planning.ts), claims them in transactions, keeps
 * `concurrency` of them in flight, stores outcomes in batched transactions, and writes a shard
 * as soon as the resolved prefix of the job holds enough accepted records (job-shards.ts). What
 * goes into the shards depends only on item outcomes in index order, never on timing, so a
 * resumed job writes the same bytes as an uninterrupted one.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Checkpoint, ClaimedItem, ItemOutcome } from './checkpoint.js';
import type { Split } from '../planning/category-mix.js';
import type { JobConfig } from '../config.js';
import { JobFailedError } from '../../core/errors.js';
import type { ItemProcessor } from '../backends/item-processor.js';
import { addUsage, type UsageSnapshot } from '../../llm/usage.js';
import { RATE_MIN_SAMPLE, planAhead } from './job-planning.js';
import { progressSnapshot, resolvedCount, type ItemCounts, type ProgressSink, type ProgressSnapshot } from './job-progress.js';
import { JobShards } from './job-shards.js';
import { CheckpointBackups } from './checkpoint-backup.js';

export type { ProgressSink, ProgressSnapshot } from './job-progress.js';

/** Outcomes are stored at least this often... */
const FLUSH_MS = 250;
/** ...or once this many are waiting. */
const FLUSH_ITEMS = 2048;
/** Accepted records held in memory for the items before them, at most (about; see the loop). */
const HELD_MAX = 4096;
/** Resolved items before the accept rate caps the items in flight near the end. */
const CAP_MIN_SAMPLE = 20;
/** Items kept in flight near the end, as a multiple of what the accept rate says the target needs. */
const CAP_MARGIN = 1.25;
/** Records accepted before the cost per record is taken to project the whole job's. */
const PROJECT_MIN_ACCEPTED = 20;
/** The job stops when more than this share of resolved items failed (after RATE_MIN_SAMPLE). */
const MAX_FAILED_SHARE = 0.5;

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
  /** Of the last `window` model calls, how many failed (LLM backend): errors.stopRate reads it. */
  readonly llmRecent?: (window: number) => { readonly calls: number; readonly failed: number };
  /**
   * Batch mode: the limits are checked each time a batch's answers come back (not only at the
   * job's flushes, which wait for items to settle), and before each round is sent.
   */
  readonly llmBatch?: {
    readonly onResults: (cb: () => void) => void;
    readonly setGate: (gate: () => Error | undefined) => void;
  };
}

export interface JobResult {
  readonly complete: boolean;
  readonly interrupted: boolean;
  readonly snapshot: ProgressSnapshot;
  /** Why the last checkpoint backup failed, if it did (the checkpoint itself is sound). */
  readonly backupFailure?: string;
  /** Items started in this run (attempts: an item retried counts again). */
  readonly started: number;
  /** A complete run: items started that are not kept (finished past the target, or accepted past the records written; paid for). */
  readonly surplus: number;
  /** Records in the job's extra split (finished past the target and kept: keepExtra), all runs. */
  readonly extra: number;
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
  readonly #counts: ItemCounts;
  readonly #inFlight = new Set<number>();
  /** Items kept in flight: `concurrency`, or more when the processor needs more to stay busy. */
  readonly #concurrency: number;
  /** Items started in a row before the event loop gets a turn. */
  readonly #yieldEvery: number;
  /** Wakes the loop when an asynchronous item settles. */
  #wake: (() => void) | undefined;
  #outcomes: ItemOutcome[] = [];
  #queue: ClaimedItem[] = [];
  /** Held records and the open shards they go to. */
  readonly #shards: JobShards;
  /** A copy of the checkpoint taken at each shard seal. */
  readonly #backups: CheckpointBackups;
  /** Items planned so far (kept here: planning is checked on every turn of the loop). */
  #planned: number;
  #complete = false;
  /** Items started in this run. */
  #started = 0;
  /** Items resolved (kept as accepted, rejected or failed) when this run started. */
  readonly #resolvedAtStart: number;
  #lastFlushAt: number;
  readonly #startedAt: number;
  readonly #acceptedAtStart: number;
  /** Records in the extra split when this run started. */
  readonly #extraAtStart: number;
  #lastError: string | undefined;
  /** An error that says the job must stop (a bad key, a config the endpoint refuses). */
  #fatal: Error | undefined;
  readonly #usageBefore: UsageSnapshot | undefined;

  constructor(deps: JobDeps) {
    this.#deps = deps;
    this.#ck = deps.checkpoint;
    this.#config = deps.config;
    this.#now = deps.now ?? Date.now;
    this.#concurrency = Math.max(deps.config.concurrency, deps.processor.minInFlight ?? 0);
    this.#claimBatch = Math.max(64, this.#concurrency * 2);
    this.#yieldEvery = deps.processor.yieldEvery ?? 256;
    this.#ck.releaseRunning();
    this.#backups = new CheckpointBackups(deps.dir, this.#ck);
    this.#shards = new JobShards(deps.dir, this.#ck, deps.config, this.#now, () => this.#backups.take());
    const counts = this.#ck.countsByStatus();
    this.#counts = { accepted: counts.accepted, rejected: counts.rejected, failed: counts.failed };
    this.#acceptedAtStart = counts.accepted;
    this.#extraAtStart = this.#shards.extraWritten;
    this.#resolvedAtStart = counts.accepted + counts.rejected + counts.failed;
    this.#complete = this.#ck.isComplete();
    this.#planned = this.#ck.planned();
    const stored = this.#ck.getMeta('llm_usage');
    this.#usageBefore = stored ? (JSON.parse(stored) as UsageSnapshot) : undefined;
    this.#startedAt = this.#lastFlushAt = this.#now();
    deps.llmBatch?.onResults(() => this.#checkNow());
    deps.llmBatch?.setGate(() => (this.#complete ? undefined : (this.#fatal ?? this.#limitError())));
  }

  /** Between flushes (a batch came back): a passed limit stops the job now. */
  #checkNow(): void {
    if (this.#complete || this.#fatal) return;
    const err = this.#limitError();
    if (!err) return;
    this.#fatal = err;
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  async run(): Promise<JobResult> {
    const { signal } = this.#deps;
    if (!this.#complete && this.#shards.appended >= this.#config.count) {
      // A crash came after the last record was appended and before the job was marked complete.
      this.#shards.finish(this.#shards.lastAppended());
      this.#complete = true;
    }
    try {
      await this.#loop(signal);
    } catch (err) {
      // Planning gave up or too many items failed: stop in order (below), then say why.
      this.#fatal ??= err instanceof Error ? err : new Error(String(err));
    }
    if (!this.#complete) {
      // Interrupted or stopped: running items finish, queued ones go back to pending.
      await this.#drain();
      this.#ck.releaseItems(this.#queue.map((i) => i.idx));
      this.#queue = [];
      this.#flush(false);
    }
    if (this.#complete && this.#inFlight.size > 0) {
      // Surplus items still in flight: their calls are paid for, so let them land in the
      // response cache and the usage totals; their records go to the extra split (keepExtra).
      await this.#drain();
      if (this.#deps.llmUsage) this.#ck.setMeta('llm_usage', JSON.stringify(this.#usage()));
    }
    this.#shards.sealExtra();
    await this.#backups.settle();
    this.#shards.close();
    this.#ck.checkpointWal();
    const snapshot = this.#snapshot();
    this.#deps.progress.stop(snapshot);
    if (this.#fatal instanceof JobFailedError) throw this.#fatal;
    if (this.#fatal) {
      throw new JobFailedError(
        `the job stopped: ${this.#fatal.message}. Nothing is lost: fix the cause, then run \`toolforge resume ${this.#deps.dir}\`.`,
        { cause: this.#fatal },
      );
    }
    return {
      complete: this.#complete,
      interrupted: !this.#complete,
      snapshot,
      started: this.#started,
      surplus: this.#complete ? Math.max(0, this.#started - (resolvedCount(this.#ck.countsByStatus()) - this.#resolvedAtStart) - (this.#shards.extraWritten - this.#extraAtStart)) : 0,
      extra: this.#shards.extraWritten,
      ...(this.#backups.failure ? { backupFailure: this.#backups.failure } : {}),
    };
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
      // Records wait in memory for the items before them: when too many wait, let the ones
      // running finish (and the frontier move) before starting more.
      const room = this.#shards.held < HELD_MAX || this.#inFlight.size === 0;
      const cap = this.#startCap();
      while (room && this.#inFlight.size < cap && this.#queue.length > 0 && sinceYield < this.#yieldEvery) {
        this.#start(this.#queue.shift()!);
        sinceYield++;
      }
      if (this.#inFlight.size > 0 && (this.#inFlight.size >= cap || this.#queue.length === 0 || !room)) {
        await this.#settled();
        sinceYield = 0;
      } else if (sinceYield >= this.#yieldEvery) {
        // Synchronous items never give the event loop a turn: let timers, signals and the
        // workers' answers in.
        sinceYield = 0;
        await yieldToLoop();
      }
      if (this.#now() - this.#lastFlushAt >= FLUSH_MS || this.#outcomes.length >= FLUSH_ITEMS) this.#flush();
    }
  }

  /**
   * Items to keep in flight: `concurrency`, but near the end only as many as the target still
   * needs at the accept rate so far (with a margin): an item started past that is paid for and
   * most likely thrown away. Before CAP_MIN_SAMPLE items are resolved the rate is not trusted.
   */
  #startCap(): number {
    const resolved = resolvedCount(this.#counts);
    if (resolved < CAP_MIN_SAMPLE) return this.#concurrency;
    const needed = this.#config.count - this.#counts.accepted;
    // Enough accepted: the job waits for the items before them in flight; nothing new is needed.
    if (needed <= 0) return 1;
    const rate = Math.max(this.#counts.accepted / resolved, 0.01);
    return Math.max(1, Math.min(this.#concurrency, Math.ceil((needed / rate) * CAP_MARGIN) + 1));
  }

  #start(item: ClaimedItem): void {
    this.#started++;
    let result: ItemOutcome | Promise<ItemOutcome>;
    try {
      result = this.#deps.processor.process(item);
    } catch (err) {
      this.#settle(this.#failedAttempt(item, err), item.split);
      return;
    }
    if (result instanceof Promise) {
      this.#inFlight.add(item.idx);
      const done = (o: ItemOutcome): void => {
        this.#inFlight.delete(item.idx);
        this.#settle(o, item.split);
        const wake = this.#wake;
        this.#wake = undefined;
        wake?.();
      };
      result.then(done, (err: unknown) => done(this.#failedAttempt(item, err)));
    } else {
      this.#settle(result, item.split);
    }
  }

  /** Resolves when the next asynchronous item settles (one promise, however many are in flight). */
  #settled(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#wake = resolve;
    });
  }

  /** Wait for every item in flight. */
  async #drain(): Promise<void> {
    while (this.#inFlight.size > 0) await this.#settled();
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
    // A job error from below (the batch gate's budget stop): the job stops, the attempt is given back.
    if (action === 'stop' || err instanceof JobFailedError) {
      this.#fatal ??= err instanceof Error ? err : new Error(error);
      return { idx: item.idx, status: 'pending', error, refundAttempt: true };
    }
    const spent = item.attempts - item.retryBase;
    return { idx: item.idx, status: spent >= this.#config.maxAttempts ? 'failed' : 'pending', error };
  }

  /** An item is done: its outcome waits for the next flush; an accepted record goes to the item's split. */
  #settle(outcome: ItemOutcome, split: Split): void {
    if (this.#complete) {
      // Surplus work finishing after the target was reached: kept in the extra split, or counted in the result.
      if (this.#config.keepExtra && outcome.status === 'accepted' && outcome.record !== undefined) {
        this.#shards.appendExtra(outcome.idx, outcome.record, outcome.facts ?? null);
      }
      return;
    }
    this.#outcomes.push(outcome);
    if (outcome.status === 'accepted' && outcome.record !== undefined) {
      this.#shards.hold(outcome.idx, split, outcome.record, outcome.facts ?? null);
    }
    if (outcome.status !== 'pending') this.#counts[outcome.status]++;
    if (outcome.error !== undefined) this.#lastError = outcome.error;
    // A model job's budget and error rate are checked as each item lands, not only at the next
    // flush: on a fast endpoint many items land between two flushes, each of them paid for.
    if (this.#deps.llmUsage) this.#checkNow();
  }

  /** Plan more items when the unresolved ones cannot be expected to reach the target. Returns how many. */
  #ensurePlanned(): number {
    const n = planAhead(this.#ck, this.#config, this.#counts, this.#planned, this.#claimBatch);
    this.#planned += n;
    return n;
  }

  /** Store the outcomes; `check`: also stop the job when a limit is passed (not while it is already stopping). */
  #flush(check = true): void {
    const now = this.#now();
    this.#ck.record(this.#outcomes, now - this.#lastFlushAt, now);
    if (this.#deps.llmUsage) this.#ck.setMeta('llm_usage', JSON.stringify(this.#usage()));
    this.#outcomes = [];
    this.#lastFlushAt = now;
    if (!this.#complete && this.#shards.appendReady()) this.#complete = true;
    const resolved = resolvedCount(this.#counts);
    if (check && !this.#complete && !this.#fatal) this.#checkLimits();
    if (check && !this.#complete && !this.#fatal && resolved >= RATE_MIN_SAMPLE && this.#counts.failed / resolved > MAX_FAILED_SHARE) {
      throw new JobFailedError(
        `${this.#counts.failed} of ${resolved} items failed; the last error was: ${this.#lastError}. ` +
          `Nothing is lost: fix the cause, then run \`toolforge resume ${this.#deps.dir} --retry-failed\`.`,
      );
    }
    this.#deps.progress.update(this.#snapshot());
  }

  /**
   * budget.maxUsd: the money spent, or the projection for the whole job once enough items are
   * accepted to say it, passes the budget; errors.stopRate: too many of the last model calls
   * failed (the endpoint or the prompts are broken). Either stops the job cleanly, for a resume.
   */
  #checkLimits(): void {
    const err = this.#limitError();
    if (err) throw err;
  }

  /** The error that stops the job when a limit is passed (see #checkLimits), or undefined. */
  #limitError(): JobFailedError | undefined {
    const dir = this.#deps.dir;
    const max = this.#config.budget?.maxUsd ?? 0;
    if (max > 0 && this.#deps.llmUsage) {
      const spent = this.#usage().totals.costUsd;
      const projected = this.#projectedUsd(spent);
      if (spent > max || (projected !== undefined && projected > max)) {
        return new JobFailedError(
          `budget.maxUsd is $${max.toFixed(2)}: $${spent.toFixed(4)} spent` +
            (projected !== undefined ? `, $${projected.toFixed(4)} projected for ${this.#config.count} records at the cost per accepted record so far` : '') +
            `. The job stopped; nothing is lost. To go on, raise budget.maxUsd in a config file and run \`toolforge resume ${dir} --config FILE\`.`,
        );
      }
    }
    const stopRate = this.#config.errors?.stopRate ?? 0.5;
    const window = this.#config.errors?.window ?? 200;
    if (stopRate < 1 && this.#deps.llmRecent) {
      const r = this.#deps.llmRecent(window);
      if (r.calls >= window && r.failed / r.calls >= stopRate) {
        return new JobFailedError(
          `${r.failed} of the last ${r.calls} model calls failed (errors.stopRate ${stopRate}); the last error was: ${this.#lastError ?? 'none recorded'}. ` +
            `The endpoint or the prompts look broken, so the job stopped; nothing is lost: fix the cause, then run \`toolforge resume ${dir}\`.`,
        );
      }
    }
    return undefined;
  }

  /** The whole job's cost at the cost per accepted record so far; undefined until PROJECT_MIN_ACCEPTED records are accepted. */
  #projectedUsd(spent: number): number | undefined {
    const accepted = this.#counts.accepted;
    if (accepted < Math.min(PROJECT_MIN_ACCEPTED, this.#config.count)) return undefined;
    return (spent / accepted) * this.#config.count;
  }

  #snapshot(): ProgressSnapshot {
    return progressSnapshot({
      target: this.#config.count,
      counts: this.#counts,
      acceptedAtStart: this.#acceptedAtStart,
      startedAt: this.#startedAt,
      now: this.#now(),
      written: this.#shards.written,
      shards: this.#shards.shardCount,
      costUsd: this.#deps.llmUsage ? this.#usage().totals.costUsd : 0,
      ...(this.#deps.llmUsage ? { projectedUsd: this.#projectedUsd(this.#usage().totals.costUsd) } : {}),
    });
  }

  /** Usage of the whole job: earlier runs (from the checkpoint) plus this one. */
  #usage(): UsageSnapshot {
    return addUsage(this.#usageBefore, this.#deps.llmUsage!());
  }
}
