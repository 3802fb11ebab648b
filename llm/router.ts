/**
 * The router hands out slots: for a role's endpoints it picks one whose governor lets a
 * request start now, preferring the one with the most free capacity; when none can, the
 * request waits in a FIFO queue (one per set of endpoints, so a role waiting on a slow
 * endpoint does not hold up a role on another) until a slot is released or a time-based
 * limit (pause, bucket, cool-down, reset) expires.
 */
import { systemClock, type Clock, type EndpointGovernor } from './governor.js';

export interface Lease {
  readonly governor: EndpointGovernor;
  readonly tokens: number;
}

interface Waiter {
  readonly tokens: number;
  readonly resolve: (lease: Lease) => void;
  readonly reject: (err: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: (() => void) | undefined;
  done: boolean;
}

class WaitQueue {
  items: Waiter[] = [];
  head = 0;
  rr = 0;
  constructor(readonly governors: readonly EndpointGovernor[]) {}
  get length(): number {
    return this.items.length - this.head;
  }
  peek(): Waiter | undefined {
    while (this.head < this.items.length && this.items[this.head].done) this.head++;
    return this.items[this.head];
  }
  unshift(w: Waiter): void {
    if (this.head > 0) this.items[--this.head] = w;
    else this.items.unshift(w);
  }
  shift(): void {
    this.head++;
    // Compact now and then so the array does not grow without bound.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}

export class Router {
  readonly #governors: ReadonlyMap<string, EndpointGovernor>;
  readonly #clock: Clock;
  readonly #queues = new Map<string, WaitQueue>();
  #timer: unknown;
  #timerAt = Number.POSITIVE_INFINITY;
  #draining = false;
  #drainAgain = false;

  constructor(governors: ReadonlyMap<string, EndpointGovernor>, clock: Clock = systemClock) {
    this.#governors = governors;
    this.#clock = clock;
    for (const g of governors.values()) g.onCapacity(() => this.#drain());
  }

  /** Number of requests waiting for a slot. */
  get waiting(): number {
    let n = 0;
    for (const q of this.#queues.values()) n += q.length;
    return n;
  }

  /**
   * A slot on one of `endpoints` for a request estimated at `tokens`. Resolves at once when
   * one is free; the caller must `release` the lease's governor when the call ends.
   */
  acquire(endpoints: readonly string[], tokens: number, signal?: AbortSignal, first = false): Promise<Lease> {
    const q = this.#queue(endpoints);
    if (first || q.peek() === undefined) {
      const lease = this.#place(q, tokens);
      if (lease) return Promise.resolve(lease);
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Lease>((resolve, reject) => {
      const onAbort = signal
        ? () => {
            waiter.done = true;
            reject(signal.reason);
          }
        : undefined;
      const waiter: Waiter = { tokens, resolve, reject, signal, onAbort, done: false };
      if (signal && onAbort) signal.addEventListener('abort', onAbort, { once: true });
      // `first`: a retry of a call already under way goes ahead of calls not yet started.
      if (first) q.unshift(waiter);
      else q.items.push(waiter);
      this.#drain();
    });
  }

  #queue(endpoints: readonly string[]): WaitQueue {
    const key = endpoints.length === 1 ? endpoints[0] : endpoints.join('\u0000');
    let q = this.#queues.get(key);
    if (!q) {
      q = new WaitQueue(endpoints.map((n) => {
        const g = this.#governors.get(n);
        if (!g) throw new Error(`no governor for endpoint ${n}`);
        return g;
      }));
      this.#queues.set(key, q);
    }
    return q;
  }

  /** Try to start now on the freest endpoint; on failure remember the earliest time-based wake-up. */
  #place(q: WaitQueue, tokens: number): Lease | undefined {
    const gs = q.governors;
    let best: EndpointGovernor | undefined;
    let bestFree = -1;
    let minWait = Number.POSITIVE_INFINITY;
    const n = gs.length;
    for (let i = 0; i < n; i++) {
      const g = gs[(q.rr + i) % n];
      const w = g.waitMs(tokens);
      if (w === 0) {
        const free = g.freeRatio;
        if (free > bestFree) {
          best = g;
          bestFree = free;
        }
      } else if (w < minWait) minWait = w;
    }
    if (best && best.tryAcquire(tokens)) {
      q.rr = (q.rr + 1) % n;
      return { governor: best, tokens };
    }
    if (Number.isFinite(minWait)) this.#wakeIn(minWait);
    return undefined;
  }

  #drain(): void {
    // Resolving a waiter may release synchronously elsewhere and re-enter; loop instead.
    if (this.#draining) {
      this.#drainAgain = true;
      return;
    }
    this.#draining = true;
    try {
      do {
        this.#drainAgain = false;
        for (const q of this.#queues.values()) {
          for (let w = q.peek(); w !== undefined; w = q.peek()) {
            const lease = this.#place(q, w.tokens);
            if (!lease) break;
            q.shift();
            w.done = true;
            if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
            w.resolve(lease);
          }
        }
      } while (this.#drainAgain);
    } finally {
      this.#draining = false;
    }
  }

  #wakeIn(ms: number): void {
    const at = this.#clock.now() + ms;
    if (at >= this.#timerAt) return;
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = Number.POSITIVE_INFINITY;
      this.#drain();
    }, ms);
  }
}
