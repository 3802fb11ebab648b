import { describe, expect, it } from 'vitest';
import { EndpointGovernor, TokenBucket, parseResetMs, parseRetryAfterMs, type Clock } from '../../llm/governor.js';
import { Router } from '../../llm/router.js';

/** A clock that moves only when told; timers fire in order on `advance`. */
class FakeClock implements Clock {
  t = 1_000_000;
  #timers: { at: number; fn: () => void; id: number }[] = [];
  #id = 0;
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.#id;
    this.#timers.push({ at: this.t + ms, fn, id });
    return id;
  }
  clearTimeout(h: unknown): void {
    this.#timers = this.#timers.filter((t) => t.id !== h);
  }
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      this.#timers.sort((a, b) => a.at - b.at);
      const next = this.#timers[0];
      if (!next || next.at > end) break;
      this.#timers.shift();
      this.t = next.at;
      next.fn();
    }
    this.t = end;
  }
}

const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] ?? null });

describe('AIMD concurrency', () => {
  it('halves once per burst of 429s (a share of the recent answers), once per decrease interval, never below the floor', () => {
    const clock = new FakeClock();
    const g = new EndpointGovernor({ name: 'e', maxConcurrency: 64, clock, decreaseIntervalMs: 1000 });
    for (let i = 0; i < 16; i++) g.observe(200, headers({}));
    const steps: [string, () => void, number][] = [
      ['start', () => {}, 64],
      ['3 stray 429s among 19 answers (under 20%): waited out by their own requests', () => [1, 2, 3].forEach(() => g.onRateLimited(undefined)), 64],
      ['a 4th makes 20% of the answers: a burst, halved', () => g.onRateLimited(undefined), 32],
      ['429 in the same burst', () => g.onRateLimited(undefined), 32],
      ['429 after the interval, the share still high', () => (clock.advance(1000), g.onRateLimited(undefined)), 16],
    ];
    for (const [label, act, limit] of steps) {
      act();
      expect(g.limit, label).toBe(limit);
    }
    for (let i = 0; i < 10; i++) {
      clock.advance(1000);
      g.onRateLimited(undefined);
    }
    expect(g.limit).toBe(1);
    expect(g.snapshot().decreases).toBe(6); // 64 → 32 → 16 → 8 → 4 → 2 → 1
    const floored = new EndpointGovernor({ name: 'f', maxConcurrency: 64, minConcurrency: 8, clock });
    for (let i = 0; i < 40; i++) (clock.advance(1000), floored.onRateLimited(undefined));
    expect(floored.limit).toBe(8);
  });

  it('5% of answers 429 at random never shrinks the window', () => {
    const clock = new FakeClock();
    const g = new EndpointGovernor({ name: 'e', maxConcurrency: 64, clock });
    for (let i = 0; i < 5000; i++) {
      clock.advance(10);
      if (i % 20 === 7) g.observe(429, headers({ 'retry-after': '1' }));
      else g.observe(200, headers({}));
    }
    expect(g.snapshot()).toMatchObject({ limit: 64, decreases: 0, pausedForMs: 0, rateLimited: 250 });
  });

  it('climbs back by about one per window of successes, up to maxConcurrency', () => {
    const g = new EndpointGovernor({ name: 'e', maxConcurrency: 20, initialConcurrency: 10, clock: new FakeClock() });
    expect(g.limit).toBe(10);
    for (let i = 0; i < 10; i++) g.onSuccess();
    expect(g.limit).toBe(10); // 10 + 10 * (1/~10.x) is just under 11
    g.onSuccess();
    expect(g.limit).toBe(11);
    for (let i = 0; i < 1000; i++) g.onSuccess();
    expect(g.limit).toBe(20);
  });

  it('blocks at the live limit and wakes listeners on release', () => {
    const g = new EndpointGovernor({ name: 'e', maxConcurrency: 2, clock: new FakeClock() });
    let woken = 0;
    g.onCapacity(() => woken++);
    expect(g.tryAcquire(10)).toBe(true);
    expect(g.tryAcquire(10)).toBe(true);
    expect(g.waitMs(10)).toBe(Number.POSITIVE_INFINITY);
    expect(g.tryAcquire(10)).toBe(false);
    g.release(10);
    expect(woken).toBe(1);
    expect(g.tryAcquire(10)).toBe(true);
  });

  it('pauses the whole endpoint for retry-after only when most recent answers are 429s', () => {
    const clock = new FakeClock();
    const g = new EndpointGovernor({ name: 'e', maxConcurrency: 8, clock });
    for (let i = 0; i < 10; i++) g.observe(200, headers({}));
    for (let i = 0; i < 9; i++) g.observe(429, headers({ 'retry-after': '2' }));
    expect(g.waitMs(1)).toBe(0); // 9 of 20: each request waits out its own
    g.observe(429, headers({ 'retry-after': '2' })); // 10 of 20
    expect(g.waitMs(1)).toBe(2000);
    clock.advance(1500);
    expect(g.waitMs(1)).toBe(500);
    clock.advance(500);
    expect(g.waitMs(1)).toBe(0);
    g.observe(429, headers({ 'retry-after-ms': '250' }));
    expect(g.waitMs(1)).toBe(250);
  });
});

describe('token buckets (rpm / tpm)', () => {
  it('rpm: a 10 s burst, then one request per 60000/rpm ms', () => {
    const clock = new FakeClock();
    const g = new EndpointGovernor({ name: 'e', maxConcurrency: 100, rpm: 60, clock });
    let started = 0;
    while (g.tryAcquire(1)) started++;
    expect(started).toBe(10);
    expect(g.waitMs(1)).toBe(1000);
    clock.advance(1000);
    expect(g.tryAcquire(1)).toBe(true);
    expect(g.tryAcquire(1)).toBe(false);
  });

  it('tpm: waits for tokens, gives back an over-estimate, lets an oversized request go from a full bucket', () => {
    const clock = new FakeClock();
    const b = new TokenBucket(6000, clock); // 100 tokens/s, capacity 1000
    expect(b.capacity).toBe(1000);
    expect(b.waitMs(800)).toBe(0);
    b.take(800);
    expect(b.waitMs(800)).toBe(6000); // 600 missing at 0.1/ms
    b.adjust(800 - 100); // the call used 100, not 800
    expect(b.waitMs(800)).toBe(0);
    const full = new TokenBucket(6000, clock);
    expect(full.waitMs(5000)).toBe(0); // bigger than the bucket: goes when full, into debt
    full.take(5000);
    expect(full.waitMs(1)).toBeGreaterThan(40_000);
  });

  it('unlimited when 0', () => {
    const b = new TokenBucket(0, new FakeClock());
    b.take(1e9);
    expect(b.waitMs(1e9)).toBe(0);
  });
});

describe('rate-limit headers', () => {
  it.each([
    ['1s', 1000],
    ['20ms', 20],
    ['6m0s', 360_000],
    ['1h2m3.5s', 3_723_500],
    ['2', 2000],
    ['', undefined],
    ['soon', undefined],
  ])('parseResetMs(%j) = %j', (v, ms) => {
    expect(parseResetMs(v)).toBe(ms);
  });

  it.each([
    [{ 'retry-after-ms': '150' }, 150],
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': new Date(1_000_000 + 5000).toUTCString() }, 5000],
    [{}, undefined],
  ])('parseRetryAfterMs(%j) = %j', (h, ms) => {
    const got = parseRetryAfterMs(headers(h as Record<string, string>), 1_000_000);
    if (ms === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(ms, -3);
  });

  it('x-ratelimit-remaining-requests 0 holds requests until the reset', () => {
    const clock = new FakeClock();
    const g = new EndpointGovernor({ name: 'e', maxConcurrency: 8, clock });
    g.observe(200, headers({ 'x-ratelimit-remaining-requests': '1', 'x-ratelimit-reset-requests': '2s' }));
    expect(g.tryAcquire(1)).toBe(true); // the last one left
    expect(g.waitMs(1)).toBe(2000);
    clock.advance(2000);
    expect(g.waitMs(1)).toBe(0);
  });

  it('x-ratelimit-remaining-tokens below the estimate holds requests while others are in flight', () => {
    const clock = new FakeClock();
    const g = new EndpointGovernor({ name: 'e', maxConcurrency: 8, clock });
    g.observe(200, headers({ 'x-ratelimit-remaining-tokens': '500', 'x-ratelimit-reset-tokens': '300ms' }));
    expect(g.tryAcquire(400)).toBe(true);
    expect(g.waitMs(400)).toBe(300);
    clock.advance(300);
    expect(g.waitMs(400)).toBe(0);
  });
});

describe('cool-down', () => {
  it('after N consecutive failures, doubling while failures go on, reset by a success', () => {
    const clock = new FakeClock();
    const g = new EndpointGovernor({ name: 'e', maxConcurrency: 8, clock, cooldownAfterFailures: 3, cooldownMs: 1000 });
    expect(g.onFailure()).toBe(false);
    expect(g.onFailure()).toBe(false);
    expect(g.onFailure()).toBe(true);
    expect(g.waitMs(1)).toBe(1000);
    expect(g.cooledDown).toBe(true);
    clock.advance(1000);
    expect(g.waitMs(1)).toBe(0);
    expect(g.onFailure()).toBe(true); // still failing: twice as long
    expect(g.waitMs(1)).toBe(2000);
    clock.advance(2000);
    g.onSuccess();
    expect(g.onFailure()).toBe(false);
  });
});

describe('router', { timeout: 5000 }, () => {
  it('prefers the endpoint with the most free capacity and queues FIFO when all are full', async () => {
    const clock = new FakeClock();
    const a = new EndpointGovernor({ name: 'a', maxConcurrency: 2, clock });
    const b = new EndpointGovernor({ name: 'b', maxConcurrency: 1, clock });
    const r = new Router(new Map([['a', a], ['b', b]]), clock);
    const first = await r.acquire(['a', 'b'], 1);
    const second = await r.acquire(['a', 'b'], 1);
    const third = await r.acquire(['a', 'b'], 1);
    expect([first, second, third].map((l) => l.governor.name).sort()).toEqual(['a', 'a', 'b']);
    const order: number[] = [];
    const w1 = r.acquire(['a', 'b'], 1).then((l) => (order.push(1), l));
    const w2 = r.acquire(['a', 'b'], 1).then((l) => (order.push(2), l));
    expect(r.waiting).toBe(2);
    b.release(1);
    expect((await w1).governor.name).toBe('b');
    a.release(1);
    expect((await w2).governor.name).toBe('a');
    expect(order).toEqual([1, 2]);
  });

  it('skips a cooled-down endpoint, and waits on the clock when every endpoint is paused', async () => {
    const clock = new FakeClock();
    const a = new EndpointGovernor({ name: 'a', maxConcurrency: 4, clock, cooldownAfterFailures: 1, cooldownMs: 5000 });
    const b = new EndpointGovernor({ name: 'b', maxConcurrency: 4, clock });
    const r = new Router(new Map([['a', a], ['b', b]]), clock);
    a.onFailure();
    for (let i = 0; i < 3; i++) {
      const lease = await r.acquire(['a', 'b'], 1);
      expect(lease.governor.name).toBe('b');
      lease.governor.release(1);
    }
    for (let i = 0; i < 10; i++) b.onRateLimited(1000); // half the recent answers: a burst that pauses b
    let got: string | undefined;
    const p = r.acquire(['a', 'b'], 1).then((l) => (got = l.governor.name));
    await Promise.resolve();
    expect(got).toBeUndefined();
    clock.advance(999);
    await Promise.resolve();
    expect(got).toBeUndefined();
    clock.advance(1);
    await p;
    expect(got).toBe('b');
  });

  it('an aborted wait leaves the queue', async () => {
    const clock = new FakeClock();
    const a = new EndpointGovernor({ name: 'a', maxConcurrency: 1, clock });
    const r = new Router(new Map([['a', a]]), clock);
    await r.acquire(['a'], 1);
    const ac = new AbortController();
    const p = r.acquire(['a'], 1, ac.signal);
    ac.abort(new Error('shutdown'));
    await expect(p).rejects.toThrow('shutdown');
    const next = r.acquire(['a'], 1);
    a.release(1);
    expect((await next).governor.name).toBe('a');
    expect(a.inFlight).toBe(1);
  });
});
