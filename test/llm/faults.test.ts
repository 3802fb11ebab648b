import { afterEach, describe, expect, it } from 'vitest';
import {
  LlmClient,
  LlmOutputError,
  LlmRateLimitedError,
  LlmRequestError,
  type EndpointConfig,
  type LlmRequest,
  type LlmResponse,
  type ToolDef,
} from '../../llm/index.js';
import { start, type StubFault, type StubScript, type StubServer } from '../../scripts/lib/openai-stub-server.js';

const servers: StubServer[] = [];
const clients: LlmClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const SCHEMA = { type: 'object', properties: { answer: { type: 'string', enum: ['yes', 'no'] } }, required: ['answer'], additionalProperties: false };
const TOOL: ToolDef = { type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } } };

type Kind = 'text' | 'json' | 'tools';
function request(kind: Kind, i = 0): LlmRequest {
  return {
    role: kind === 'tools' ? 'assistant' : 'judge',
    messages: [{ role: 'user', content: `question ${i}` }],
    ...(kind === 'json' ? { jsonSchema: { name: 'answer', schema: SCHEMA } } : {}),
    ...(kind === 'tools' ? { tools: [TOOL] } : {}),
    itemSeed: 100 + i,
    attempt: 0,
  };
}

interface Outcome {
  value?: LlmResponse;
  error?: unknown;
  ms: number;
}

interface FaultCase {
  name: string;
  faults: StubFault[];
  script?: StubScript;
  kind: Kind;
  endpoint?: Partial<EndpointConfig>;
  /** Requests the server must have seen (every HTTP attempt counts). */
  requests: number;
  check: (o: Outcome, c: LlmClient) => void;
}

// Prompt-mode answers (no response_format / tools in the request): what a model told to answer JSON says.
const promptedScript: StubScript = ({ body }) => {
  if (body.response_format || body.tools) return undefined;
  return body.messages?.[0].content?.includes('You can call these tools')
    ? { content: '{"tool_calls":[{"name":"lookup","arguments":{"q":"x"}}]}' }
    : { content: 'Here you go: {"answer": "yes"}' };
};

const cases: FaultCase[] = [
  {
    name: '429 with Retry-After-Ms: honoured by the SDK, then success; a lone 429 leaves the window as it was',
    faults: [{ kind: '429', at: 1, retryAfterMs: 150 }],
    kind: 'text',
    requests: 2,
    check: (o, c) => {
      expect(o.error).toBeUndefined();
      expect(o.value?.text).toBe('stub reply 2');
      expect(o.ms).toBeGreaterThanOrEqual(140);
      const st = c.endpointStates()[0];
      expect(st.limit).toBe(8); // not a burst: waited out by its own request
      expect(st.rateLimited).toBe(1);
    },
  },
  {
    name: '429 with Retry-After (seconds) through all SDK retries: LlmRateLimitedError, requeue without spending an attempt',
    faults: [{ kind: '429', times: Infinity, retryAfterS: 0.05 }],
    kind: 'text',
    endpoint: { maxRetries: 1 },
    requests: 2,
    check: (o, c) => {
      expect(o.error).toBeInstanceOf(LlmRateLimitedError);
      const e = o.error as LlmRateLimitedError;
      expect(e).toMatchObject({ requeue: true, action: 'requeue', endpoint: 'e', retryAfterMs: 50, requestId: 'req_stub_2' });
      expect(o.ms).toBeGreaterThanOrEqual(45);
      expect(c.usage.totals().rateLimited).toBe(1);
      expect(c.endpointStates()[0].limit).toBe(8); // 2 answers, both 429: too few to call a burst
    },
  },
  {
    name: '500 once: retried by the SDK, then success',
    faults: [{ kind: '500', at: 1, retryAfterMs: 5 }],
    kind: 'text',
    requests: 2,
    check: (o, c) => {
      expect(o.value?.text).toBe('stub reply 2');
      expect(c.endpointStates()[0]).toMatchObject({ limit: 8, consecutiveFailures: 0 });
    },
  },
  {
    name: '503 on every attempt: LlmRequestError 503 after maxRetries, retryable',
    faults: [{ kind: '503', times: Infinity, retryAfterMs: 5 }],
    kind: 'text',
    requests: 3,
    check: (o, c) => {
      expect(o.error).toBeInstanceOf(LlmRequestError);
      expect(o.error).toMatchObject({ kind: 'http', status: 503, retryable: true, action: 'retry', endpoint: 'e', requestId: 'req_stub_3' });
      expect(c.endpointStates()[0].consecutiveFailures).toBe(1);
      expect(c.usage.totals().requestErrors).toBe(1);
    },
  },
  {
    name: 'connection reset once: retried by the SDK, then success',
    faults: [{ kind: 'reset', at: 1 }],
    kind: 'json',
    requests: 2,
    check: (o) => {
      expect(o.value?.json).toEqual({ answer: expect.stringMatching(/^(yes|no)$/) });
    },
  },
  {
    name: 'connection reset on every attempt: LlmRequestError kind connection, retryable',
    faults: [{ kind: 'reset', times: Infinity }],
    kind: 'text',
    endpoint: { maxRetries: 1 },
    requests: 2,
    check: (o) => {
      expect(o.error).toBeInstanceOf(LlmRequestError);
      expect(o.error).toMatchObject({ kind: 'connection', status: undefined, retryable: true, action: 'retry' });
    },
  },
  {
    name: 'hang past the timeout: timeout error after the SDK retries',
    faults: [{ kind: 'hang', times: Infinity }],
    kind: 'text',
    endpoint: { timeoutMs: 150, maxRetries: 1 },
    requests: 2,
    check: (o) => {
      expect(o.error).toBeInstanceOf(LlmRequestError);
      expect(o.error).toMatchObject({ kind: 'timeout', retryable: true, action: 'retry' });
      expect((o.error as Error).message).toMatch(/no answer within the endpoint's timeouts \(.*whole attempt 150 ms/);
      expect(o.ms).toBeGreaterThanOrEqual(290);
    },
  },
  {
    name: 'hang once: the SDK retries after the timeout and succeeds',
    faults: [{ kind: 'hang', at: 1 }],
    kind: 'tools',
    endpoint: { timeoutMs: 150 },
    requests: 2,
    check: (o) => {
      expect(o.value?.toolCalls?.[0].name).toBe('lookup');
    },
  },
  {
    name: 'invalid JSON in the content: LlmOutputError not-json (no HTTP retry)',
    faults: [{ kind: 'invalid-json', at: 1 }],
    kind: 'json',
    requests: 1,
    check: (o, c) => {
      expect(o.error).toBeInstanceOf(LlmOutputError);
      expect(o.error).toMatchObject({ reason: 'not-json', raw: '{"answer": tru', action: 'retry' });
      // A usable HTTP answer is a success for the governor.
      expect(c.endpointStates()[0].consecutiveFailures).toBe(0);
    },
  },
  {
    name: 'finish_reason length: LlmOutputError length',
    faults: [{ kind: 'length', at: 1 }],
    kind: 'json',
    requests: 1,
    check: (o) => {
      expect(o.error).toBeInstanceOf(LlmOutputError);
      expect(o.error).toMatchObject({ reason: 'length', finishReason: 'length' });
    },
  },
  {
    name: '401: LlmRequestError that stops the job, not retried',
    faults: [{ kind: '401', times: Infinity }],
    kind: 'text',
    requests: 1,
    check: (o) => {
      expect(o.error).toBeInstanceOf(LlmRequestError);
      expect(o.error).toMatchObject({ status: 401, retryable: false, action: 'stop' });
    },
  },
  {
    name: '400 unsupported response_format: fallback to instructions, then success',
    faults: [{ kind: '400-response-format', times: Infinity }],
    script: promptedScript,
    kind: 'json',
    requests: 2,
    check: (o, c) => {
      expect(o.value?.json).toEqual({ answer: 'yes' });
      expect(c.endpointSupport().e).toEqual({ jsonSchema: false, tools: undefined });
    },
  },
  {
    name: '400 unsupported tools: fallback to tools in the prompt, then success',
    faults: [{ kind: '400-tools', times: Infinity }],
    script: promptedScript,
    kind: 'tools',
    requests: 2,
    check: (o, c) => {
      expect(o.value?.toolCalls).toEqual([{ id: 'call_1', name: 'lookup', arguments: { q: 'x' } }]);
      expect(c.endpointSupport().e).toEqual({ jsonSchema: undefined, tools: false });
    },
  },
];

describe('faults: each injected fault and what the client does', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, fc) => {
    const s = await start({ faults: fc.faults, script: fc.script });
    servers.push(s);
    const c = new LlmClient({
      endpoints: [{ name: 'e', baseURL: s.url, maxConcurrency: 8, timeoutMs: 2000, maxRetries: 2, ...fc.endpoint }],
      // One sample per call: each fault's answer is read as it is (fresh samples after an unusable one: test/llm/cache.test.ts).
      roles: { judge: { endpoint: 'e', model: 'm', outputRetries: 0 }, assistant: { endpoint: 'e', model: 'm', outputRetries: 0 } },
      env: {},
    });
    clients.push(c);
    const t0 = performance.now();
    const o: Outcome = await c.complete(request(fc.kind)).then(
      (value) => ({ value, ms: performance.now() - t0 }),
      (error: unknown) => ({ error, ms: performance.now() - t0 }),
    );
    fc.check(o, c);
    expect(s.requestCount()).toBe(fc.requests);
  });
});

describe('fallback is remembered per endpoint', () => {
  it.each<[Kind, StubFault['kind'], 'response_format' | 'tools']>([
    ['json', '400-response-format', 'response_format'],
    ['tools', '400-tools', 'tools'],
  ])('%s: after one 400, later calls go straight to prompt mode', async (kind, fault, field) => {
    const s = await start({ faults: [{ kind: fault, times: Infinity }], script: promptedScript });
    servers.push(s);
    const c = new LlmClient({ endpoints: [{ name: 'e', baseURL: s.url }], roles: { judge: { endpoint: 'e', model: 'm' }, assistant: { endpoint: 'e', model: 'm' } }, env: {} });
    clients.push(c);
    for (let i = 0; i < 3; i++) await c.complete(request(kind, i));
    expect(s.requestCount()).toBe(4); // one 400, then one request per call
    expect(s.requests.map((b) => field in b)).toEqual([true, false, false, false]);
  });

  it('an endpoint configured "native" does not fall back: the 400 is an LlmRequestError that fails the item', async () => {
    const s = await start({ faults: [{ kind: '400-response-format', times: Infinity }] });
    servers.push(s);
    const c = new LlmClient({ endpoints: [{ name: 'e', baseURL: s.url, structuredOutput: 'native' }], roles: { judge: { endpoint: 'e', model: 'm' } }, env: {} });
    clients.push(c);
    const err = await c.complete(request('json')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmRequestError);
    expect(err).toMatchObject({ status: 400, retryable: false, action: 'fail' });
  });
});

describe('AIMD against the server', () => {
  it('a 429 burst halves the limit once; successes climb it back; in-flight never exceeds the live limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const s = await start({ latencyMs: 5, faults: [{ kind: '429', at: [3, 4, 5, 6, 7, 8], retryAfterMs: 30 }] });
    servers.push(s);
    const c = new LlmClient({
      endpoints: [{ name: 'e', baseURL: s.url, maxConcurrency: 8 }],
      roles: { user: { endpoint: 'e', model: 'm' } },
      env: {},
      aimd: { decreaseIntervalMs: 10_000 },
      // Count requests in flight at the HTTP level, through the injected fetch.
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
    const first = await Promise.all(Array.from({ length: 8 }, (_, i) => c.complete({ role: 'user', messages: [{ role: 'user', content: `a${i}` }], itemSeed: i, attempt: 0 })));
    expect(first).toHaveLength(8);
    const afterBurst = c.endpointStates()[0];
    expect(afterBurst.rateLimited).toBe(6);
    expect(afterBurst.decreases).toBe(1);
    expect(afterBurst.limit).toBeLessThan(8);
    expect(afterBurst.limit).toBeGreaterThanOrEqual(4);
    peak = 0;
    for (let round = 0; round < 6; round++) {
      await Promise.all(Array.from({ length: 8 }, (_, i) => c.complete({ role: 'user', messages: [{ role: 'user', content: `b${round}-${i}` }], itemSeed: i, attempt: 0 })));
    }
    expect(c.endpointStates()[0].limit).toBe(8);
    expect(peak).toBeLessThanOrEqual(8);
  });
});

describe('rate-limit headers against the server', () => {
  it('x-ratelimit-remaining-requests 0 holds the next request until x-ratelimit-reset-requests', async () => {
    const s = await start({ headers: { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '300ms' } });
    servers.push(s);
    const c = new LlmClient({ endpoints: [{ name: 'e', baseURL: s.url }], roles: { judge: { endpoint: 'e', model: 'm' } }, env: {} });
    clients.push(c);
    await c.complete(request('text', 1));
    const t0 = performance.now();
    await c.complete(request('text', 2));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(250);
    expect(s.requestCount()).toBe(2);
  });

  it('configured rpm spaces requests out', async () => {
    const s = await start();
    servers.push(s);
    // 120 rpm: a bucket of 20 (10 s), refilled at one per 500 ms. The 21st of a burst waits.
    const c = new LlmClient({ endpoints: [{ name: 'e', baseURL: s.url, rpm: 120 }], roles: { judge: { endpoint: 'e', model: 'm' } }, env: {} });
    clients.push(c);
    const t0 = performance.now();
    const done: number[] = [];
    await Promise.all(Array.from({ length: 21 }, (_, i) => c.complete(request('text', i)).then(() => done.push(performance.now() - t0))));
    done.sort((a, b) => a - b);
    expect(done[19]).toBeLessThan(300);
    expect(done[20]).toBeGreaterThanOrEqual(300);
  });
});
