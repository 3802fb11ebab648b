import { afterEach, describe, expect, it } from 'vitest';
import { LatencyTracker, releasesSlot } from '../../llm/call-slot.js';
import { LlmClient, type LlmRequest } from '../../llm/index.js';
import { start, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { FaultMix, parseFaultRates } from '../../scripts/lib/openai-stub-faults.js';

const servers: StubServer[] = [];
const clients: LlmClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function request(i: number): LlmRequest {
  return { role: 'user', messages: [{ role: 'user', content: `question ${i}` }], itemSeed: i, attempt: 0 };
}

describe('the slot of a call moves per HTTP attempt', () => {
  it('a request waiting out its retry-after gives its slot to the next call (concurrency 1)', async () => {
    const s = await start({ faults: [{ kind: '429', at: 1, retryAfterMs: 400 }] });
    servers.push(s);
    let inFlight = 0;
    let peak = 0;
    const c = new LlmClient({
      endpoints: [{ name: 'e', baseURL: s.url, maxConcurrency: 1 }],
      roles: { user: { endpoint: 'e', model: 'm' } },
      env: {},
      cache: false,
      fetch: async (input, init) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });
    clients.push(c);
    const done: number[] = [];
    const first = c.complete(request(1)).then((r) => (done.push(1), r));
    const second = c.complete(request(2)).then((r) => (done.push(2), r));
    const [a, b] = await Promise.all([first, second]);
    // The second call ran while the first slept: it finished first, and never two at once.
    expect(done).toEqual([2, 1]);
    expect(peak).toBe(1);
    expect(a.text).toBe('stub reply 3');
    expect(b.text).toBe('stub reply 2');
    expect(c.endpointStates()[0]).toMatchObject({ inFlight: 0, limit: 1 });
  });

  it.each([
    [200, false],
    [400, false],
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [503, true],
  ])('status %i gives the slot back before the SDK retries: %s', (status, released) => {
    expect(releasesSlot(status)).toBe(released);
  });
});

describe('hedged calls', () => {
  it('a hung request is sent again past the p99 and the first answer wins; the hung one is abandoned', async () => {
    const s = await start({ latencyMs: 2 });
    servers.push(s);
    const c = new LlmClient({
      endpoints: [{ name: 'e', baseURL: s.url, maxConcurrency: 16, hedgeMinMs: 100, firstByteTimeoutMs: 30_000, timeoutMs: 60_000 }],
      roles: { user: { endpoint: 'e', model: 'm' } },
      env: {},
      cache: false,
    });
    clients.push(c);
    for (let i = 0; i < LatencyTracker.MIN_SAMPLES + LatencyTracker.RECOMPUTE; i += 16) {
      await Promise.all(Array.from({ length: 16 }, (_, k) => c.complete(request(i + k))));
    }
    expect(c.usage.hedges).toBe(0);
    const n = s.requestCount();
    s.setFaults([{ kind: 'hang', at: n + 1 }]);
    const t0 = performance.now();
    const r = await c.complete(request(9999));
    const ms = performance.now() - t0;
    expect(r.text).toBe(`stub reply ${n + 2}`);
    expect(c.usage.hedges).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(100);
    expect(ms).toBeLessThan(10_000); // nowhere near the 30 s first-byte timeout
    expect(c.endpointStates()[0].inFlight).toBe(0);
  });

  it('hedgePercentile 0 never hedges', async () => {
    const t = new LatencyTracker(0, 10);
    for (let i = 0; i < 1000; i++) t.record(i);
    expect(t.hedgeDelayMs).toBeUndefined();
    const u = new LatencyTracker(99, 10);
    for (let i = 0; i < LatencyTracker.MIN_SAMPLES - 1; i++) u.record(50);
    expect(u.hedgeDelayMs).toBeUndefined();
    for (let i = 0; i < LatencyTracker.RECOMPUTE; i++) u.record(i === 0 ? 5000 : 50);
    expect(u.hedgeDelayMs).toBe(50);
    for (let i = 0; i < 512; i++) u.record(i < 20 ? 900 : 40);
    expect(u.hedgeDelayMs).toBe(900); // 20 of 512 (4%) above: the p99 is among them
  });
});

describe('the stub fault mix', () => {
  it('draws faults at about their rates, the same ones for the same seed', () => {
    const draw = (seed: number) => {
      const m = new FaultMix(parseFaultRates('429=0.05,hang=0.01'), { seed });
      return Array.from({ length: 20000 }, () => m.next()?.kind ?? '-');
    };
    const a = draw(7);
    expect(draw(7)).toEqual(a);
    const share = (k: string) => a.filter((x) => x === k).length / a.length;
    expect(share('429')).toBeGreaterThan(0.04);
    expect(share('429')).toBeLessThan(0.06);
    expect(share('hang')).toBeGreaterThan(0.005);
    expect(share('hang')).toBeLessThan(0.015);
  });

  it.each([['429=2', /429=2/], ['boom=0.1', /boom=0.1/], ['429', /"429"/]])('a bad --faults %s is quoted back', (text, re) => {
    expect(() => parseFaultRates(text)).toThrow(re);
  });
});
