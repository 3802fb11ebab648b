import { afterEach, describe, expect, it } from 'vitest';
import { LlmClient, LlmConfigError, LlmOutputError, type EndpointConfig, type LlmClientOptions, type RolesConfig, type ToolDef } from '../../llm/index.js';
import { toStrictSchema } from '../../llm/strict-schema.js';
import { start, type StubOptions, type StubServer } from '../../scripts/lib/openai-stub-server.js';

const servers: StubServer[] = [];
const clients: LlmClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(o: StubOptions = {}): Promise<StubServer> {
  const s = await start(o);
  servers.push(s);
  return s;
}

function client(endpoints: EndpointConfig[], roles: RolesConfig, extra: Partial<LlmClientOptions> = {}): LlmClient {
  const c = new LlmClient({ endpoints, roles, env: {}, ...extra });
  clients.push(c);
  return c;
}

const ask = (content: string) => [{ role: 'user' as const, content }];

const WEATHER: ToolDef = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather in a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string', minLength: 1 }, unit: { type: 'string', enum: ['c', 'f'] } },
      required: ['city'],
      additionalProperties: false,
    },
  },
};

describe('LlmClient: text, usage, cost', () => {
  it('answers text, fills usage and cost from the prices, sends the role params and a seed', async () => {
    const s = await server();
    const c = client(
      [{ name: 'local', baseURL: s.url, inputUsdPerMTok: 2, outputUsdPerMTok: 8 }],
      { user: { endpoint: 'local', model: 'm-user', temperature: 0.3, maxTokens: 77 } },
    );
    const r = await c.complete({ role: 'user', messages: [{ role: 'system', content: 'be brief' }, ...ask('hi')], itemSeed: 5, attempt: 0, itemIdx: 3 });
    expect(r.text).toBe('stub reply 1');
    expect(r).toMatchObject({ endpoint: 'local', model: 'm-user', finishReason: 'stop', cached: false });
    expect(r.usage.promptTokens).toBeGreaterThan(0);
    expect(r.usage.costUsd).toBeCloseTo((r.usage.promptTokens * 2 + r.usage.completionTokens * 8) / 1e6, 12);
    const body = s.requests[0];
    expect(body).toMatchObject({ model: 'm-user', temperature: 0.3, max_tokens: 77 });
    expect(typeof body.seed).toBe('number');
    expect(body.response_format).toBeUndefined();
    expect(body.tools).toBeUndefined();
    const u = c.usage.snapshot();
    expect(u.totals.calls).toBe(1);
    expect(u.byRole.user?.promptTokens).toBe(r.usage.promptTokens);
    expect(u.byEndpoint.local.costUsd).toBeCloseTo(r.usage.costUsd, 12);
    expect(c.usage.takeItem(3)?.calls).toBe(1);
    expect(c.usage.item(3)).toBeUndefined();
  });

  it('sends only the fields the API knows (the record\'s `reasoning` stays home)', async () => {
    const s = await server();
    const c = client([{ name: 'e', baseURL: s.url }], { assistant: { endpoint: 'e', model: 'm' } });
    await c.complete({
      role: 'assistant',
      messages: [
        ...ask('weather in Lyon?'),
        { role: 'assistant', content: null, reasoning: 'why', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lyon"}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: '{"temp_c":14}' },
      ],
      itemSeed: 1,
      attempt: 0,
    });
    const sent = s.requests[0].messages as Record<string, unknown>[];
    expect(sent[1]).not.toHaveProperty('reasoning');
    expect(sent[1].tool_calls).toEqual([{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lyon"}' } }]);
    expect(sent[2]).toEqual({ role: 'tool', tool_call_id: 'call_1', content: '{"temp_c":14}' });
  });

  it('sends the key from the named environment variable as a bearer token', async () => {
    const s = await server();
    const c = client([{ name: 'e', baseURL: s.url, apiKeyEnv: 'MY_LLM_KEY' }], { judge: { endpoint: 'e', model: 'm' } }, { env: { MY_LLM_KEY: 'sk-abc' } });
    await c.complete({ role: 'judge', messages: ask('?'), itemSeed: 1, attempt: 0 });
    expect(s.requestHeaders[0].authorization).toBe('Bearer sk-abc');
  });
});

describe('LlmClient: structured output', () => {
  // Each schema goes out as response_format json_schema; the stub generates a value that follows
  // it and the client validates it (a generator or validator bug fails here).
  const schemas: [string, object][] = [
    ['string enum', { type: 'object', properties: { verdict: { type: 'string', enum: ['accept', 'reject'] } }, required: ['verdict'], additionalProperties: false }],
    ['integer bounds', { type: 'object', properties: { score: { type: 'integer', minimum: 1, maximum: 5 } }, required: ['score'], additionalProperties: false }],
    ['array of objects', { type: 'object', properties: { apis: { type: 'array', minItems: 2, maxItems: 4, items: { type: 'object', properties: { name: { type: 'string', minLength: 3 }, ok: { type: 'boolean' } }, required: ['name', 'ok'] } } }, required: ['apis'] }],
    ['nested objects, nullable', { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'object', properties: { c: { type: ['number', 'null'], minimum: 0.5, maximum: 0.9 } }, required: ['c'] } }, required: ['b'] } }, required: ['a'] }],
    ['formats', { type: 'object', properties: { when: { type: 'string', format: 'date' }, mail: { type: 'string', format: 'email' } }, required: ['when', 'mail'] }],
  ];
  it.each(schemas)('%s: native json_schema in its strict form, validated', async (_, schema) => {
    const s = await server({ strictSchemas: true });
    const c = client([{ name: 'e', baseURL: s.url }], { judge: { endpoint: 'e', model: 'm' } });
    const r = await c.complete({ role: 'judge', messages: ask('rate'), jsonSchema: { name: 'verdict', schema }, itemSeed: 9, attempt: 0 });
    expect(r.json).toBeTypeOf('object');
    const strict = toStrictSchema(schema);
    expect(strict.ok).toBe(true);
    expect(s.requests[0].response_format).toEqual({ type: 'json_schema', json_schema: { name: 'verdict', schema: strict.ok && strict.schema, strict: true } });
  });

  it('an answer that fails its schema is an LlmOutputError with ajv issues and the raw text', async () => {
    const s = await server({ script: [{ content: '{"score": 9}' }] });
    // One sample, to read how it is classified (fresh samples after it: test/llm/cache.test.ts).
    const c = client([{ name: 'e', baseURL: s.url }], { judge: { endpoint: 'e', model: 'm', outputRetries: 0 } });
    const err = await c
      .complete({ role: 'judge', messages: ask('rate'), jsonSchema: { name: 's', schema: schemas[1][1] }, itemSeed: 1, attempt: 0 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmOutputError);
    const e = err as LlmOutputError;
    expect(e).toMatchObject({ reason: 'schema', raw: '{"score": 9}', action: 'retry', endpoint: 'e' });
    expect(e.issues).toEqual([{ pointer: '/score', problem: 'must be <= 5' }]);
    expect(c.usage.totals().outputErrors).toBe(1);
  });

  it('prompt mode: schema in the system prompt, first JSON value extracted from prose', async () => {
    const s = await server({ script: [{ content: 'Sure! Here it is:\n```json\n{"verdict": "accept"}\n```\nAnything else?' }] });
    const c = client([{ name: 'e', baseURL: s.url, structuredOutput: 'prompt' }], { judge: { endpoint: 'e', model: 'm' } });
    const r = await c.complete({ role: 'judge', messages: [{ role: 'system', content: 'You judge.' }, ...ask('rate')], jsonSchema: { name: 'verdict', schema: schemas[0][1] }, itemSeed: 1, attempt: 0 });
    expect(r.json).toEqual({ verdict: 'accept' });
    const body = s.requests[0];
    expect(body.response_format).toBeUndefined();
    expect(body.messages?.[0].content).toMatch(/^You judge\.\n\n.*JSON Schema/s);
    expect(body.messages).toHaveLength(2);
  });
});

describe('LlmClient: tool calling', () => {
  it('native: tool calls with parsed arguments', async () => {
    const s = await server();
    const c = client([{ name: 'e', baseURL: s.url }], { assistant: { endpoint: 'e', model: 'm' } });
    const r = await c.complete({ role: 'assistant', messages: ask('weather in Lyon?'), tools: [WEATHER], itemSeed: 2, attempt: 0 });
    expect(r.toolCalls).toHaveLength(1);
    expect(r.toolCalls?.[0].name).toBe('get_weather');
    expect(typeof r.toolCalls?.[0].arguments.city).toBe('string');
    expect(r.finishReason).toBe('tool_calls');
    expect(s.requests[0].tools).toEqual([WEATHER]);
  });

  it.each([
    ['unknown tool', [{ name: 'get_wether', arguments: { city: 'Lyon' } }], /no tool named "get_wether"/],
    ['arguments not JSON', [{ name: 'get_weather', arguments: '{"city": Lyon}' }], /arguments are not JSON/],
    ['arguments fail the parameters schema', [{ name: 'get_weather', arguments: { unit: 'k' } }], /must have required property 'city'/],
  ])('native, %s: LlmOutputError bad-tool-call', async (_, toolCalls, message) => {
    const s = await server({ script: [{ toolCalls }] });
    const c = client([{ name: 'e', baseURL: s.url }], { assistant: { endpoint: 'e', model: 'm', outputRetries: 0 } });
    const err = (await c.complete({ role: 'assistant', messages: ask('?'), tools: [WEATHER], itemSeed: 2, attempt: 0 }).catch((e: unknown) => e)) as LlmOutputError;
    expect(err).toBeInstanceOf(LlmOutputError);
    expect(err.reason).toBe('bad-tool-call');
    expect(err.issues.map((i) => i.problem).join('; ')).toMatch(message);
  });

  it('native: a text answer instead of a call', async () => {
    const s = await server({ script: [{ content: 'No tool fits; I cannot book flights.' }] });
    const c = client([{ name: 'e', baseURL: s.url }], { assistant: { endpoint: 'e', model: 'm' } });
    const r = await c.complete({ role: 'assistant', messages: ask('book a flight'), tools: [WEATHER], itemSeed: 2, attempt: 0 });
    expect(r).toMatchObject({ text: 'No tool fits; I cannot book flights.' });
    expect(r.toolCalls).toBeUndefined();
  });

  it('prompt mode: tools described in the system prompt, JSON envelope parsed, history turned into text', async () => {
    const s = await server({
      script: [
        { content: 'I will call it. {"tool_calls":[{"name":"get_weather","arguments":{"city":"Lyon","unit":"c"}}]}' },
        { content: '{"content": "It is 14 °C in Lyon."}' },
      ],
    });
    const c = client([{ name: 'e', baseURL: s.url, toolCalling: 'prompt' }], { assistant: { endpoint: 'e', model: 'm' } });
    const r1 = await c.complete({ role: 'assistant', messages: ask('weather in Lyon?'), tools: [WEATHER], itemSeed: 2, attempt: 0 });
    expect(r1.toolCalls).toEqual([{ id: 'call_1', name: 'get_weather', arguments: { city: 'Lyon', unit: 'c' } }]);
    const r2 = await c.complete({
      role: 'assistant',
      messages: [
        ...ask('weather in Lyon?'),
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lyon"}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: '{"temp_c":14}' },
      ],
      tools: [WEATHER],
      itemSeed: 2,
      attempt: 0,
    });
    expect(r2.text).toBe('It is 14 °C in Lyon.');
    for (const body of s.requests) {
      expect(body.tools).toBeUndefined();
      expect(body.messages?.[0].role).toBe('system');
      expect(body.messages?.[0].content).toContain('"get_weather"');
    }
    const sent = s.requests[1].messages as Record<string, unknown>[];
    expect(sent.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(JSON.parse(sent[2].content as string)).toEqual({ tool_calls: [{ name: 'get_weather', arguments: { city: 'Lyon' } }] });
  });
});

describe('LlmClient: several endpoints for one role', () => {
  it('spreads requests over free capacity, cools a failing endpoint down, the other carries on', async () => {
    const good = await server({ latencyMs: 20 });
    const bad = await server({ faults: [{ kind: 'reset', times: Infinity }] });
    const c = client(
      [
        { name: 'good', baseURL: good.url, maxConcurrency: 4 },
        { name: 'bad', baseURL: bad.url, maxConcurrency: 4, maxRetries: 0, cooldownAfterFailures: 2, cooldownMs: 60_000 },
      ],
      { user: { endpoint: ['bad', 'good'], model: 'm' } },
    );
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => c.complete({ role: 'user', messages: ask(`q${i}`), itemSeed: i, attempt: 0 })));
    const failed = results.filter((r) => r.status === 'rejected');
    // Only the calls that made `bad` cool down (2) and those in flight on it then (< 4) fail.
    expect(failed.length).toBeLessThanOrEqual(2 + 4);
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(good.requestCount()).toBe(40 - failed.length);
    const states = Object.fromEntries(c.endpointStates().map((st) => [st.name, st]));
    expect(states.bad.cooledForMs).toBeGreaterThan(0);
    const after = await c.complete({ role: 'user', messages: ask('later'), itemSeed: 99, attempt: 0 });
    expect(after.endpoint).toBe('good');
  });
});

describe('LlmClient: config errors', () => {
  it.each<[string, () => unknown, RegExp]>([
    ['unknown endpoint in a role', () => new LlmClient({ endpoints: [{ name: 'a', baseURL: 'http://127.0.0.1:1/v1' }], roles: { user: { endpoint: 'b', model: 'm' } }, env: {} }), /roles\/user\/endpoint: no endpoint named "b"/],
    ['missing key variable', () => new LlmClient({ endpoints: [{ name: 'a', baseURL: 'http://127.0.0.1:1/v1', apiKeyEnv: 'NOPE_KEY' }], roles: {}, env: {} }), /NOPE_KEY \(apiKeyEnv\) is not set/],
    ['a key in config', () => new LlmClient({ endpoints: [{ name: 'a', baseURL: 'http://127.0.0.1:1/v1', apiKey: 'sk-inline' } as EndpointConfig], roles: {}, env: {} }), /keys are never stored in config/],
    ['duplicate endpoint', () => new LlmClient({ endpoints: [{ name: 'a', baseURL: 'http://x/v1' }, { name: 'a', baseURL: 'http://y/v1' }], roles: {}, env: {} }), /duplicate endpoint name/],
  ])('%s → LlmConfigError', (_, build, message) => {
    let err: unknown;
    try {
      build();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LlmConfigError);
    expect((err as LlmConfigError).action).toBe('stop');
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('sk-inline');
  });

  it('a role without a model is a LlmConfigError at call time', async () => {
    const c = client([{ name: 'a', baseURL: 'http://127.0.0.1:1/v1' }], {});
    await expect(c.complete({ role: 'teacher', messages: ask('?'), itemSeed: 1, attempt: 0 })).rejects.toBeInstanceOf(LlmConfigError);
  });
});
