/**
 * The governor of one endpoint decides whether a request may start now (crawlee keeps its
 * autoscaling apart from the task loop in the same way). It combines:
 * - AIMD concurrency: the live limit grows by ~1 per window of successes (additive increase)
 *   and is halved once per burst of 429s (multiplicative decrease), between a floor
 *   (`minConcurrency`) and a ceiling (`maxConcurrency`). A burst is a share of 429s among the
 *   recent responses (`decreaseShare`, default 20%): a stray 429 is waited out by its own request
 *   (its retry-after, with its slot given back meanwhile) and does not shrink the window;
 * - a pause of the whole endpoint for `retry-after` only when most recent answers are 429s
 *   (`pauseShare`), so new requests do not pile onto a server that refuses nearly everything;
 * - token buckets for the configured rpm / tpm;
 * - the provider's `x-ratelimit-remaining-*` / `x-ratelimit-reset-*` headers;
 * - a cool-down after consecutive failures, so the other endpoints of a role carry on.
 * It never sleeps: `waitMs()` says how long until a request could start, the router waits.
 */

/** Time source, injectable so AIMD, buckets and cool-downs are tested with a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  // Not unref'd: a request waiting for a slot (after a 429 paused its endpoint) may be the only
  // thing the process is waiting on, and it must stay alive until the slot comes.
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Headers as the fetch API exposes them. */
export interface HeaderReader {
  get(name: string): string | null;
}

export interface GovernorOptions {
  readonly name: string;
  /** Upper bound of the live concurrency limit. */
  readonly maxConcurrency: number;
  /** Live limit at start. Default `maxConcurrency` (the configured bound is trusted until a 429 says otherwise). */
  readonly initialConcurrency?: number;
  /** Lower bound of the live limit. Default 1. */
  readonly minConcurrency?: number;
  /** Factor applied to the limit on a 429. Default 0.5. */
  readonly decreaseFactor?: number;
  /** Limit added per window of `limit` successes. Default 1. */
  readonly increasePerWindow?: number;
  /** At most one decrease per this many ms: a burst of 429s from one overload counts once. Default 1000. */
  readonly decreaseIntervalMs?: number;
  /** Share of 429s among the last RECENT_RESPONSES answers at which a 429 lowers the limit. Default 0.2. */
  readonly decreaseShare?: number;
  /** Share of 429s among the last RECENT_RESPONSES answers at which a 429 pauses the whole endpoint for its retry-after. Default 0.5. */
  readonly pauseShare?: number;
  /** Requests per minute; 0 = unlimited. Default 0. */
  readonly rpm?: number;
  /** Tokens per minute; 0 = unlimited. Default 0. */
  readonly tpm?: number;
  /** Consecutive failures before a cool-down. Default 3. */
  readonly cooldownAfterFailures?: number;
  /** First cool-down; doubles while failures go on, capped at 10 min. Default 30000. */
  readonly cooldownMs?: number;
  /** How long the endpoint may fail every call before the job stops; no cool-down reaches past it. Default 600000. */
  readonly maxDownMs?: number;
  readonly clock?: Clock;
}

const MAX_COOLDOWN_MS = 600_000;
/** How many recent answers the share of 429s is taken over. */
export const RECENT_RESPONSES = 100;
/** The share is never taken over fewer answers than this, so the first 429 of a run is not a "burst" by itself. */
const MIN_SHARE_BASE = 20;

/**
 * A token bucket refilled continuously at `perMinute`. It holds at most 10 s of budget, so a
 * fresh start does not fire a whole minute's budget at once. A cost larger than the bucket may
 * still go when the bucket is full (it goes into debt), otherwise it could never go at all.
 */
export class TokenBucket {
  readonly capacity: number;
  #tokens: number;
  #last: number;
  readonly #perMs: number;
  constructor(
    readonly perMinute: number,
    readonly clock: Clock,
  ) {
    this.capacity = Math.max(1, perMinute / 6);
    this.#tokens = this.capacity;
    this.#perMs = perMinute / 60_000;
    this.#last = clock.now();
  }
  get unlimited(): boolean {
    return this.perMinute <= 0;
  }
  #refill(): void {
    const now = this.clock.now();
    if (now > this.#last) {
      this.#tokens = Math.min(this.capacity, this.#tokens + (now - this.#last) * this.#perMs);
      this.#last = now;
    }
  }
  get tokens(): number {
    this.#refill();
    return this.#tokens;
  }
  /** Milliseconds until `cost` may be taken (0 = now). */
  waitMs(cost: number): number {
    if (this.unlimited) return 0;
    this.#refill();
    const need = Math.min(cost, this.capacity);
    if (this.#tokens >= need) return 0;
    return Math.max(1, Math.ceil((need - this.#tokens) / this.#perMs));
  }
  take(cost: number): void {
    if (this.unlimited) return;
    this.#refill();
    this.#tokens -= cost;
  }
  /** Give back an over-estimate (or take more for an under-estimate when negative). */
  adjust(delta: number): void {
    if (this.unlimited) return;
    this.#refill();
    this.#tokens = Math.min(this.capacity, this.#tokens + delta);
  }
}

/** Parse OpenAI's reset durations ("1s", "6m0s", "20ms", "1h2m3.5s") or plain seconds. */
export function parseResetMs(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  let total = 0;
  let matched = false;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    matched = true;
    const n = Number(m[1]);
    total += m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : m[2] === 'm' ? n * 60_000 : n * 3_600_000;
  }
  return matched ? total : undefined;
}

/** `retry-after-ms`, else `retry-after` in seconds or as an HTTP date. */
export function parseRetryAfterMs(headers: HeaderReader, now: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms !== '' && !Number.isNaN(Number(ms))) return Math.max(0, Number(ms));
  const after = headers.get('retry-after');
  if (after === null || after === '') return undefined;
  if (!Number.isNaN(Number(after))) return Math.max(0, Number(after) * 1000);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface GovernorSnapshot {
  readonly name: string;
  readonly limit: number;
  readonly inFlight: number;
  readonly pausedForMs: number;
  readonly cooledForMs: number;
  readonly consecutiveFailures: number;
  /** Time since the first of the failures in a row (0 when the last call succeeded). */
  readonly downForMs: number;
  readonly rateLimited: number;
  readonly decreases: number;
}

export class EndpointGovernor {
  readonly name: string;
  readonly maxConcurrency: number;
  readonly minConcurrency: number;
  readonly #clock: Clock;
  readonly #decreaseFactor: number;
  readonly #increasePerWindow: number;
  readonly #decreaseIntervalMs: number;
  readonly #decreaseShare: number;
  readonly #pauseShare: number;
  // Ring of the last RECENT_RESPONSES answers: 1 for a 429, 0 otherwise.
  readonly #recent = new Uint8Array(RECENT_RESPONSES);
  #recentAt = 0;
  #recentFilled = 0;
  #recent429 = 0;
  readonly #cooldownAfter: number;
  readonly #cooldownMs: number;
  readonly maxDownMs: number;
  readonly #rpm: TokenBucket;
  readonly #tpm: TokenBucket;
  #cwnd: number;
  #inFlight = 0;
  #lastDecreaseAt = Number.NEGATIVE_INFINITY;
  #pausedUntil = 0;
  #cooledUntil = 0;
  #cooldownLevel = 0;
  #failures = 0;
  /** When the current run of failures began; undefined after a success. */
  #failingSince: number | undefined;
  #rateLimited = 0;
  #decreases = 0;
  // From the provider's headers; undefined until a response carries them.
  #remainingRequests: number | undefined;
  #requestsResetAt = 0;
  #remainingTokens: number | undefined;
  #tokensResetAt = 0;
  readonly #listeners = new Set<() => void>();

  constructor(o: GovernorOptions) {
    this.name = o.name;
    this.#clock = o.clock ?? systemClock;
    this.maxConcurrency = o.maxConcurrency;
    this.minConcurrency = Math.min(o.minConcurrency ?? 1, o.maxConcurrency);
    this.#cwnd = Math.min(o.maxConcurrency, Math.max(this.minConcurrency, o.initialConcurrency ?? o.maxConcurrency));
    this.#decreaseFactor = o.decreaseFactor ?? 0.5;
    this.#increasePerWindow = o.increasePerWindow ?? 1;
    this.#decreaseIntervalMs = o.decreaseIntervalMs ?? 1000;
    this.#decreaseShare = o.decreaseShare ?? 0.2;
    this.#pauseShare = o.pauseShare ?? 0.5;
    this.#cooldownAfter = o.cooldownAfterFailures ?? 3;
    this.#cooldownMs = o.cooldownMs ?? 30_000;
    this.maxDownMs = o.maxDownMs ?? 600_000;
    this.#rpm = new TokenBucket(o.rpm ?? 0, this.#clock);
    this.#tpm = new TokenBucket(o.tpm ?? 0, this.#clock);
  }

  /** The live concurrency limit (whole requests). */
  get limit(): number {
    return Math.floor(this.#cwnd);
  }
  get inFlight(): number {
    return this.#inFlight;
  }
  /** Share of the live limit still free, for the router's choice. */
  get freeRatio(): number {
    const l = this.limit;
    return l <= 0 ? 0 : (l - this.#inFlight) / l;
  }
  get cooledDown(): boolean {
    return this.#clock.now() < this.#cooledUntil;
  }

  /** Called when capacity may have become available (a release, a limit increase). */
  onCapacity(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Milliseconds until a request estimated at `tokens` may start: 0 = now, Infinity = when a
   * request in flight ends (the concurrency limit is reached).
   */
  waitMs(tokens: number): number {
    const now = this.#clock.now();
    if (now < this.#cooledUntil) return this.#cooledUntil - now;
    if (now < this.#pausedUntil) return this.#pausedUntil - now;
    if (this.#inFlight >= this.limit) return Number.POSITIVE_INFINITY;
    let wait = 0;
    if (this.#remainingRequests !== undefined) {
      if (now >= this.#requestsResetAt) this.#remainingRequests = undefined;
      else if (this.#remainingRequests <= 0) wait = Math.max(wait, this.#requestsResetAt - now);
    }
    if (this.#remainingTokens !== undefined) {
      if (now >= this.#tokensResetAt) this.#remainingTokens = undefined;
      else if (this.#remainingTokens < tokens && this.#remainingTokens < this.#tpmHeaderFloor()) {
        wait = Math.max(wait, this.#tokensResetAt - now);
      }
    }
    wait = Math.max(wait, this.#rpm.waitMs(1), this.#tpm.waitMs(tokens));
    return wait;
  }

  // A request bigger than what the header says is left may still go when nothing of ours is in
  // flight: otherwise one large prompt could wait forever on a small remaining budget.
  #tpmHeaderFloor(): number {
    return this.#inFlight === 0 ? 1 : Number.POSITIVE_INFINITY;
  }

  /** Take a slot if `waitMs(tokens)` is 0. */
  tryAcquire(tokens: number): boolean {
    if (this.waitMs(tokens) !== 0) return false;
    this.#inFlight++;
    this.#rpm.take(1);
    this.#tpm.take(tokens);
    if (this.#remainingRequests !== undefined) this.#remainingRequests--;
    if (this.#remainingTokens !== undefined) this.#remainingTokens -= tokens;
    return true;
  }

  /**
   * Take a slot past the live limit, for a hedge (the caller bounds how many): allowed unless the
   * endpoint is cooled down or paused.
   */
  tryAcquireExtra(tokens: number): boolean {
    const now = this.#clock.now();
    if (now < this.#cooledUntil || now < this.#pausedUntil) return false;
    this.#inFlight++;
    this.#rpm.take(1);
    this.#tpm.take(tokens);
    return true;
  }

  /** Free the slot; `actualTokens` (when known) corrects the tpm estimate. */
  release(estimatedTokens: number, actualTokens?: number): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    if (actualTokens !== undefined) this.#tpm.adjust(estimatedTokens - actualTokens);
    this.#notify();
  }

  /** A call succeeded: additive increase, failures forgotten. */
  onSuccess(): void {
    this.#failures = 0;
    this.#failingSince = undefined;
    this.#cooldownLevel = 0;
    if (this.#cwnd < this.maxConcurrency) {
      const before = this.limit;
      this.#cwnd = Math.min(this.maxConcurrency, this.#cwnd + this.#increasePerWindow / this.#cwnd);
      if (this.limit > before) this.#notify();
    }
  }

  /**
   * A 429 was seen (possibly one the SDK will retry). Its own request waits its retry-after (the
   * SDK's retry, its slot given back meanwhile: endpoint-call.ts). The window shrinks only when
   * 429s make a burst (at least `decreaseShare` of the recent answers), and then once per
   * `decreaseIntervalMs`, never below the floor; the whole endpoint pauses only when most recent
   * answers are 429s.
   */
  onRateLimited(retryAfterMs: number | undefined): void {
    const now = this.#clock.now();
    this.#rateLimited++;
    this.#record(1);
    const share = this.rateLimitedShare;
    if (share >= this.#decreaseShare && now - this.#lastDecreaseAt >= this.#decreaseIntervalMs) {
      const next = Math.max(this.minConcurrency, this.#cwnd * this.#decreaseFactor);
      if (next < this.#cwnd) this.#decreases++;
      this.#cwnd = next;
      this.#lastDecreaseAt = now;
    }
    if (retryAfterMs !== undefined && retryAfterMs > 0 && share >= this.#pauseShare) {
      this.#pausedUntil = Math.max(this.#pausedUntil, now + retryAfterMs);
    }
  }

  /** Share of 429s among the recent answers (over at least MIN_SHARE_BASE answers). */
  get rateLimitedShare(): number {
    return this.#recent429 / Math.max(MIN_SHARE_BASE, this.#recentFilled);
  }

  #record(is429: 0 | 1): void {
    const i = this.#recentAt;
    if (this.#recentFilled === RECENT_RESPONSES) this.#recent429 -= this.#recent[i];
    else this.#recentFilled++;
    this.#recent[i] = is429;
    this.#recent429 += is429;
    this.#recentAt = i + 1 === RECENT_RESPONSES ? 0 : i + 1;
  }

  /** A call failed after the SDK's retries (5xx, connection, timeout). Enough in a row: cool down. */
  onFailure(): boolean {
    const now = this.#clock.now();
    this.#failures++;
    this.#failingSince ??= now;
    if (this.#failures >= this.#cooldownAfter) {
      // Never cool down past the time the endpoint may stay down: the call then is the last try.
      const left = Math.max(0, this.#failingSince + this.maxDownMs - now);
      const ms = Math.min(MAX_COOLDOWN_MS, this.#cooldownMs * 2 ** this.#cooldownLevel, left);
      this.#cooldownLevel++;
      this.#cooledUntil = now + ms;
      return true;
    }
    return false;
  }

  /** How long the endpoint has failed every call (0 when the last call succeeded). */
  get downForMs(): number {
    return this.#failingSince === undefined ? 0 : this.#clock.now() - this.#failingSince;
  }

  /** Read `x-ratelimit-*` from any response of this endpoint. */
  onHeaders(h: HeaderReader): void {
    const now = this.#clock.now();
    const rr = h.get('x-ratelimit-remaining-requests');
    if (rr !== null && rr !== '' && !Number.isNaN(Number(rr))) {
      const reset = parseResetMs(h.get('x-ratelimit-reset-requests'));
      this.#remainingRequests = Number(rr);
      // Without a reset time the figure is only trusted for a second.
      this.#requestsResetAt = now + (reset ?? 1000);
    }
    const rt = h.get('x-ratelimit-remaining-tokens');
    if (rt !== null && rt !== '' && !Number.isNaN(Number(rt))) {
      const reset = parseResetMs(h.get('x-ratelimit-reset-tokens'));
      this.#remainingTokens = Number(rt);
      this.#tokensResetAt = now + (reset ?? 1000);
    }
  }

  /** Every HTTP response of this endpoint passes here (through the fetch given to the SDK). */
  observe(status: number, headers: HeaderReader): void {
    this.onHeaders(headers);
    if (status === 429) this.onRateLimited(parseRetryAfterMs(headers, this.#clock.now()));
    else this.#record(0);
  }

  snapshot(): GovernorSnapshot {
    const now = this.#clock.now();
    return {
      name: this.name,
      limit: this.limit,
      inFlight: this.#inFlight,
      pausedForMs: Math.max(0, this.#pausedUntil - now),
      cooledForMs: Math.max(0, this.#cooledUntil - now),
      consecutiveFailures: this.#failures,
      downForMs: this.downForMs,
      rateLimited: this.#rateLimited,
      decreases: this.#decreases,
    };
  }

  #notify(): void {
    for (const l of this.#listeners) l();
  }
}
