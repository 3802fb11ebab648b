/**
 * The governor slot of one call, moved per HTTP attempt: the SDK's retries sleep (a 429's
 * retry-after, a 5xx's backoff) with the slot given back, so one request waiting out its own
 * retry-after does not hold a place in the window, and the retry takes a slot again (ahead of
 * new calls) before it is sent. The fetch given to the SDK does the moving (endpoint-call.ts);
 * the slot rides in the request's `fetchOptions`, so nothing shared is looked up per request.
 *
 * Also here: each endpoint's recent latencies, and the delay after which a call still waiting
 * for its first answer is hedged (sent once more; the first answer wins, the other is aborted).
 */
import type { EndpointGovernor } from './governor.js';

/** Statuses after which the SDK retries (or gives up): the attempt's slot is given back at once. */
export function releasesSlot(status: number): boolean {
  return status === 429 || status === 408 || status === 409 || status >= 500;
}

export class CallSlot {
  #held = true;
  /** Called when an attempt is sent (true) or answered (false): the hedge timer follows it. */
  onAttempt: ((sent: boolean) => void) | undefined;
  /** An attempt of this call is on the wire now (not sleeping before a retry, not waiting for a slot). */
  inAttempt = false;

  readonly #take: (signal: AbortSignal | undefined) => Promise<void>;

  constructor(
    readonly governor: EndpointGovernor,
    readonly tokens: number,
    take: (signal: AbortSignal | undefined) => Promise<void>,
  ) {
    this.#take = take;
  }

  get held(): boolean {
    return this.#held;
  }

  /** Take a slot again for a retry (waits for the governor). */
  async take(signal: AbortSignal | undefined): Promise<void> {
    if (this.#held) return;
    await this.#take(signal);
    this.#held = true;
  }

  /** Give the slot back (idempotent); `actualTokens` corrects the tpm estimate. */
  give(actualTokens?: number): void {
    if (!this.#held) return;
    this.#held = false;
    this.governor.release(this.tokens, actualTokens);
  }
}

/** The `fetchOptions` key that carries a call's slot to the fetch. */
export const SLOT_KEY = 'toolforgeSlot';

/**
 * Recent latencies of one endpoint's answered attempts (to the answer's headers), and what is
 * drawn from them: the delay after which a call still waiting is hedged (the `percentile` of the
 * last SAMPLES, at least `minMs`, once MIN_SAMPLES are in), and the first-byte timeout (their
 * p99 times `timeoutFactor`, between TIMEOUT_FLOOR_MS and the configured first-byte timeout,
 * once TIMEOUT_MIN_SAMPLES are in; the configured value before). Recomputed every RECOMPUTE
 * answers (every EARLY_RECOMPUTE while few are in): a sort of at most 512 numbers, well under a
 * microsecond per request.
 */
export class LatencyTracker {
  static readonly SAMPLES = 512;
  static readonly RECOMPUTE = 64;
  static readonly EARLY_RECOMPUTE = 8;
  /** Answers needed before any hedge: the tail is not known before. */
  static readonly MIN_SAMPLES = 200;
  /** Answers needed before the first-byte timeout follows them (the largest of 20 stands for the p99 until more are in). */
  static readonly TIMEOUT_MIN_SAMPLES = 20;
  /** The first-byte timeout drawn from latencies is never shorter than this, ms. */
  static readonly TIMEOUT_FLOOR_MS = 5000;
  readonly #ring = new Float64Array(LatencyTracker.SAMPLES);
  #at = 0;
  #filled = 0;
  #sinceRecompute = 0;
  #delayMs: number | undefined;
  #timeoutMs: number;

  constructor(
    /** Percentile of latency after which a call is hedged; 0 = never. */
    readonly percentile: number,
    /** Never hedge sooner than this, ms. */
    readonly minMs: number,
    /** The configured first-byte timeout, ms: used until latencies are known, and the most it becomes. */
    readonly maxTimeoutMs = Number.POSITIVE_INFINITY,
    /** First-byte timeout as a multiple of the p99 latency; 0 = always `maxTimeoutMs`. */
    readonly timeoutFactor = 0,
  ) {
    this.#timeoutMs = maxTimeoutMs;
  }

  record(ms: number): void {
    if (this.percentile <= 0 && this.timeoutFactor <= 0) return;
    this.#ring[this.#at] = ms;
    this.#at = (this.#at + 1) % LatencyTracker.SAMPLES;
    if (this.#filled < LatencyTracker.SAMPLES) this.#filled++;
    const every = this.#filled < LatencyTracker.MIN_SAMPLES ? LatencyTracker.EARLY_RECOMPUTE : LatencyTracker.RECOMPUTE;
    if (++this.#sinceRecompute >= every && this.#filled >= LatencyTracker.TIMEOUT_MIN_SAMPLES) {
      this.#sinceRecompute = 0;
      const sorted = this.#ring.slice(0, this.#filled).sort();
      const at = (pct: number): number => sorted[Math.min(sorted.length - 1, Math.floor((pct / 100) * sorted.length))];
      if (this.timeoutFactor > 0) {
        this.#timeoutMs = Math.min(this.maxTimeoutMs, Math.max(LatencyTracker.TIMEOUT_FLOOR_MS, Math.ceil(at(99) * this.timeoutFactor)));
      }
      if (this.percentile > 0 && this.#filled >= LatencyTracker.MIN_SAMPLES) this.#delayMs = Math.max(this.minMs, Math.ceil(at(this.percentile)));
    }
  }

  /** The first-byte timeout of the next attempt, ms. */
  get firstByteTimeoutMs(): number {
    return this.#timeoutMs;
  }

  /** How long an attempt may wait for its answer before it is hedged; undefined: no hedging (yet). */
  get hedgeDelayMs(): number | undefined {
    return this.#delayMs;
  }
}
