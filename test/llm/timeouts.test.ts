import { afterEach, describe, expect, it } from 'vitest';
import { LlmClient, LlmRequestError } from '../../llm/index.js';
import { resolveEndpoint } from '../../llm/config.js';
import { startSilentServer, type SilentServer } from '../helpers/silent-server.js';

const servers: SilentServer[] = [];
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
    expect((err as Error).message).toContain("no answer within the endpoint's timeouts (connect 5000 ms, first byte 200 ms, whole attempt 60000 ms; 1 SDK retries)");
    expect(s.requests).toEqual(['POST /v1/chat/completions', 'POST /v1/chat/completions']);
  });

  it('has connect and first-byte timeouts of seconds by default', () => {
    const ep = resolveEndpoint({ name: 'e', baseURL: 'http://127.0.0.1:1/v1' });
    expect(ep.connectTimeoutMs).toBe(5000);
    expect(ep.firstByteTimeoutMs).toBe(30000);
  });
});
