/**
 * The scheduler: plans items ahead of need, claims them in transactions, keeps `concurrency`
 * of them in flight, stores outcomes in batched transactions, and writes a shard as soon as
 * the resolved prefix of the job holds enough accepted records. What goes into the shards
 * depends only on item outcomes in index order, never on timing, so a resumed job writes
 * the same bytes as an uninterrupted one.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { tokenStride } from '../../output/shard-stats.js';
import { OpenShard, openShardFile, publishShard, settleShards, type OpenShardState } from '../../output/shard-writer.js';
import type { Checkpoint, ClaimedItem, ItemOutcome } from './checkpoint.js';
import { SPLITS, describeItem, type Split } from '../planning/category-mix.js';
import type { JobConfig } from '../config.js';
import { JobFailedError } from '../../core/errors.js';
import type { ItemProcessor } from '../backends/item-processor.js';
import { addUsage, type UsageSnapshot } from '../../llm/usage.js';

/** Outcomes are stored at least this often... */
const FLUSH_MS = 250;
/** ...or once this many are waiting. */
const FLUSH_ITEMS = 2048;
/** Items planned per transaction, and how far planning runs ahead of the claims. */
const PLAN_CHUNK = 4096;
/** Accepted records held in memory for the items before them, at most (about; see the loop). */
const HELD_MAX = 4096;
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
  readonly #inFlight = new Set<number>();
  /** Items kept in flight: `concurrency`, or more when the processor needs more to stay busy. */
  readonly #concurrency: number;
  /** Items started in a row before the event loop gets a turn. */
  readonly #yieldEvery: number;
  /** Wakes the loop when an asynchronous item settles. */
  #wake: (() => void) | undefined;
  #outcomes: ItemOutcome[] = [];
  #queue: ClaimedItem[] = [];
  /** Per split, the shard records are appended to. */
  readonly #open: Record<Split, OpenShard>;
  /** Accepted records waiting for every item before them to be resolved (then they are appended). */
  readonly #held = new Map<number, { split: Split; record: string; facts: string | null }>();
  /** Records in sealed shards, and in sealed and open ones. */
  #written = 0;
  #appended = 0;
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
    this.#concurrency = Math.max(deps.config.concurrency, deps.processor.minInFlight ?? 0);
    this.#claimBatch = Math.max(64, this.#concurrency * 2);
    this.#yieldEvery = deps.processor.yieldEvery ?? 256;
    this.#ck.releaseRunning();
    // The shards: sealed ones (finish a rename a crash cut short), and each split's open one,
    // cut back to what the checkpoint committed. Accepted items whose records are in neither
    // are done again (their records were in memory when the process stopped).
    const sealed = this.#ck.shards();
    const next: Record<Split, { seq: number; lastIdx: number }> = { train: { seq: 0, lastIdx: -1 }, test: { seq: 0, lastIdx: -1 } };
    for (const shard of sealed) {
      const n = next[shard.split as Split];
      n.seq = Math.max(n.seq, shard.seq + 1);
      n.lastIdx = Math.max(n.lastIdx, shard.lastIdx);
      this.#written += shard.records;
      this.#shardCount++;
    }
    const committed = this.#ck.openShards();
    const { gzip } = deps.config.output;
    const stride = tokenStride(deps.config.count);
    // A committed open shard is taken up when it is the split's next one (always, unless the
    // checkpoint comes from an earlier build); every other temporary file goes.
    const resumed = (split: Split): OpenShardState | undefined => (committed[split]?.seq === next[split].seq ? committed[split] : undefined);
    settleShards(deps.dir, sealed, new Set(SPLITS.map((split) => openShardFile(deps.dir, split, next[split].seq))));
    const open = {} as Record<Split, OpenShard>;
    const appendedThrough = {} as Record<Split, number>;
    for (const split of SPLITS) {
      const state = resumed(split);
      if (state) {
        const { shard, lost } = OpenShard.resume(deps.dir, split, gzip, stride, state);
        open[split] = shard;
        appendedThrough[split] = lost || state.records === 0 ? next[split].lastIdx : state.lastIdx;
      } else {
        open[split] = OpenShard.create(deps.dir, split, next[split].seq, gzip, stride);
        appendedThrough[split] = next[split].lastIdx;
      }
      this.#appended += open[split].records;
    }
    this.#open = open;
    this.#appended += this.#written;
    if (!this.#ck.isComplete()) {
      this.#ck.resetUnwritten(appendedThrough);
      this.#ck.commitOpenShards(this.#openStates());
    } else {
      for (const split of SPLITS) open[split].discard(); // a complete job has no open shard
    }
    const counts = this.#ck.countsByStatus();
    this.#counts = { accepted: counts.accepted, rejected: counts.rejected, failed: counts.failed };
    this.#acceptedAtStart = counts.accepted;
    this.#complete = this.#ck.isComplete();
    this.#planned = this.#ck.planned();
    const stored = this.#ck.getMeta('llm_usage');
    this.#usageBefore = stored ? (JSON.parse(stored) as UsageSnapshot) : undefined;
    this.#startedAt = this.#lastFlushAt = this.#now();
  }

  async run(): Promise<JobResult> {
    const { signal } = this.#deps;
    if (!this.#complete && this.#appended >= this.#config.count) {
      // A crash came after the last record was appended and before the job was marked complete.
      const last = Math.max(...this.#ck.shards().map((sh) => sh.lastIdx), ...SPLITS.map((split) => this.#open[split].lastIdx));
      this.#finish(last);
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
      this.#flush();
    }
    if (this.#complete && this.#inFlight.size > 0) {
      // Surplus items still in flight: their calls are paid for, so let them land in the
      // response cache and the usage totals (their outcomes are not kept).
      await this.#drain();
      if (this.#deps.llmUsage) this.#ck.setMeta('llm_usage', JSON.stringify(this.#usage()));
    }
    for (const split of SPLITS) this.#open[split].close();
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
      // Records wait in memory for the items before them: when too many wait, let the ones
      // running finish (and the frontier move) before starting more.
      const room = this.#held.size < HELD_MAX || this.#inFlight.size === 0;
      while (room && this.#inFlight.size < this.#concurrency && this.#queue.length > 0 && sinceYield < this.#yieldEvery) {
        this.#start(this.#queue.shift()!);
        sinceYield++;
      }
      if (this.#inFlight.size > 0 && (this.#inFlight.size >= this.#concurrency || this.#queue.length === 0 || !room)) {
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

  #start(item: ClaimedItem): void {
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
    if (action === 'stop') {
      this.#fatal ??= err instanceof Error ? err : new Error(error);
      return { idx: item.idx, status: 'pending', error, refundAttempt: true };
    }
    const spent = item.attempts - item.retryBase;
    return { idx: item.idx, status: spent >= this.#config.maxAttempts ? 'failed' : 'pending', error };
  }

  /** An item is done: its outcome waits for the next flush; an accepted record goes to the item's split. */
  #settle(outcome: ItemOutcome, split: Split): void {
    if (this.#complete) return; // surplus work finishing after the target was reached
    this.#outcomes.push(outcome);
    if (outcome.status === 'accepted' && outcome.record !== undefined) {
      this.#held.set(outcome.idx, { split, record: outcome.record, facts: outcome.facts ?? null });
    }
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
    this.#appendReady();
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
   * Append to the open shards every held record below the frontier (the lowest unresolved
   * item), in index order, sealing each shard that fills up; finish the job at the count-th
   * record. The output is the `count` accepted items of lowest index, whatever the timing.
   */
  #appendReady(): void {
    if (this.#complete || this.#held.size === 0) return;
    const frontier = this.#ck.frontier();
    const ready: number[] = [];
    for (const idx of this.#held.keys()) if (idx < frontier) ready.push(idx);
    if (ready.length === 0) return;
    ready.sort((a, b) => a - b);
    const { count, output } = this.#config;
    let cutoff: number | undefined;
    for (const idx of ready) {
      const h = this.#held.get(idx)!;
      this.#held.delete(idx);
      const shard = this.#open[h.split];
      shard.append(idx, h.record, h.facts);
      this.#appended++;
      if (this.#appended === count) cutoff = idx;
      if (shard.records >= output.shardRecords) this.#seal(h.split);
      if (cutoff !== undefined) break;
    }
    if (cutoff !== undefined) {
      this.#finish(cutoff);
      return;
    }
    this.#ck.commitOpenShards(this.#openStates());
  }

  /** The count-th record (item `cutoff`) is appended: seal what is open, drop the surplus, done. */
  #finish(cutoff: number): void {
    for (const split of SPLITS) if (this.#open[split].records > 0) this.#seal(split);
    for (const split of SPLITS) this.#open[split].discard();
    this.#ck.complete(cutoff);
    this.#complete = true;
    this.#held.clear();
  }

  /** Seal split's open shard: fsync, record it with the open shards' state, rename it, open the next. */
  #seal(split: Split): void {
    const shard = this.#open[split];
    const sealed = shard.seal();
    const next = OpenShard.create(this.#deps.dir, split, shard.seq + 1, this.#config.output.gzip, tokenStride(this.#config.count));
    this.#open[split] = next;
    this.#ck.addShard({ split, seq: shard.seq, ...sealed, stats: JSON.stringify(sealed.stats) }, this.#openStates(), this.#now());
    publishShard(this.#deps.dir, sealed.path, split, shard.seq);
    this.#written += sealed.records;
    this.#shardCount++;
  }

  #openStates(): Record<Split, OpenShardState> {
    return { train: this.#open.train.state(), test: this.#open.test.state() };
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
