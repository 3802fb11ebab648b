import { afterEach, describe, expect, it } from 'vitest';
import { LlmClient, LlmRequestError } from '../../llm/index.js';
import { resolveEndpoint } from '../../llm/config.js';
import { LatencyTracker } from '../../llm/call-slot.js';
import { start } from '../../scripts/lib/openai-stub-server.js';
import { startSilentServer } from '../helpers/silent-server.js';

const request = (i: number) => ({ role: 'user' as const, messages: [{ role: 'user' as const, content: `hello ${i}` }], itemSeed: i, attempt: 0 });

const servers: { close(): Promise<void> }[] = [];
const clients: LlmClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('LLM client HTTP timeouts (issue 17)', () => {
  it('gives up on an endpoint that accepts and never answers after the first-byte timeout, each SDK attempt', async () => {
    const s = await startSilentServer();
    servers.push(s);
    const c = new LlmClient({ endpoints: [{ name: 'e', baseURL: `${s.url}/v1`, firstByteTimeoutMs: 200, maxRetries: 1 }], roles: { judge: { endpoint: 'e', model: 'm' } }, env: {}, cache: false });
    clients.push(c);
    const t0 = Date.now();
    const err = await c.complete({ role: 'judge', messages: [{ role: 'user', content: 'hello' }], itemSeed: 1, attempt: 0 }).catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(err).toBeInstanceOf(LlmRequestError);
    expect((err as LlmRequestError).kind).toBe('timeout');
    expect((err as Error).message).toContain("no answer within the endpoint's timeouts (connect 5000 ms, first byte 200 ms, whole attempt 120000 ms; 1 SDK retries)");
    expect(s.requests).toEqual(['POST /v1/chat/completions', 'POST /v1/chat/completions']);
  });

  it('has a connect timeout of seconds, and a first-byte timeout that follows the latencies, by default', () => {
    const ep = resolveEndpoint({ name: 'e', baseURL: 'http://127.0.0.1:1/v1' });
    expect(ep).toMatchObject({ connectTimeoutMs: 5000, firstByteTimeoutMs: 120000, firstByteTimeoutFactor: 4, timeoutMs: 120000 });
  });

  it.each([
    // [latencies seen, factor, the configured first-byte timeout, the one that follows]
    ['none yet', [], 4, 120_000, 120_000],
    ['19 answers: not enough', Array(19).fill(100), 4, 120_000, 120_000],
    ['fast answers: the floor of 5 s', Array(24).fill(100), 4, 120_000, 5000],
    ['answers of 3 s: 4 x p99', Array(24).fill(3000), 4, 120_000, 12_000],
    ['answers of 50 s: capped by the configured timeout', Array(24).fill(50_000), 4, 120_000, 120_000],
    ['factor 0: always the configured timeout', Array(24).fill(100), 0, 30_000, 30_000],
  ])('the first-byte timeout after %s', (_label, seen, factor, configured, expected) => {
    const t = new LatencyTracker(0, 250, configured, factor);
    for (const ms of seen) t.record(ms);
    expect(t.firstByteTimeoutMs).toBe(expected);
  });

  it('a hang on the stub, once the latencies are known, is given up at the first-byte timeout they set (not the configured 120 s) and retried by the SDK', async () => {
    const s = await start();
    servers.push(s);
    // No hedging here: the timeout alone must free the call.
    const c = new LlmClient({ endpoints: [{ name: 'e', baseURL: s.url, hedgePercentile: 0, maxRetries: 1 }], roles: { user: { endpoint: 'e', model: 'm' } }, env: {}, cache: false });
    clients.push(c);
    for (let i = 0; i < LatencyTracker.TIMEOUT_MIN_SAMPLES + LatencyTracker.EARLY_RECOMPUTE; i++) await c.complete(request(i));
    const n = s.requestCount();
    s.setFaults([{ kind: 'hang', at: n + 1 }]);
    const r = await c.complete(request(9999));
    expect(r.text).toBe(`stub reply ${n + 2}`);
    expect(s.requestCount()).toBe(n + 2);
    // This test's own limit (30 s) is far below the configured 120 s: only the derived 5 s lets it pass.
  }, 30_000);
});
