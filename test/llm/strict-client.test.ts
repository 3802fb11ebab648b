/**
 * json_schema requests against a stub that refuses, as OpenAI does, any strict schema outside
 * strict mode's rules: the strict form goes out, the answer comes back to the original schema,
 * and a 400 on the schema falls back to json_object for that schema (for every schema after
 * STRICT_REFUSALS_OFF of them), remembered on the endpoint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { STRICT_REFUSALS_OFF } from '../../llm/endpoint-call.js';
import { LlmClient, LlmOutputError } from '../../llm/index.js';
import { strictSchemaProblems } from '../../llm/strict-schema-check.js';
import { start, type StubOptions, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { validator } from '../helpers/schema.js';

const servers: StubServer[] = [];
const clients: LlmClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(o: StubOptions = {}): Promise<{ s: StubServer; c: LlmClient }> {
  const s = await start({ strictSchemas: true, ...o });
  servers.push(s);
  // One sample per call: each answer is read as it comes (fresh samples after an unusable one: test/llm/cache.test.ts).
  const c = new LlmClient({ endpoints: [{ name: 'e', baseURL: s.url, maxRetries: 0 }], roles: { tool: { endpoint: 'e', model: 'm', outputRetries: 0 } }, env: {} });
  clients.push(c);
  return { s, c };
}

/** A response schema as API pools write them: optional fields, lengths, a URI, a map, a default. */
const RESULT = {
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^ord_[0-9]{4}$' },
    note: { type: 'string', minLength: 2, maxLength: 40 },
    link: { type: 'string', format: 'uri' },
    totals: { type: 'object', additionalProperties: { type: 'number', minimum: 0 } },
    status: { type: 'string', enum: ['open', 'shipped'], default: 'open' },
    lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' }, qty: { type: 'integer', minimum: 1 } }, required: ['sku'] } },
  },
  required: ['id', 'status'],
};

const ask = (i: number, schema: object = RESULT) => ({ role: 'tool' as const, messages: [{ role: 'user' as const, content: `call ${i}` }], jsonSchema: { name: 'tool_result', schema }, itemSeed: i, attempt: 1 });

describe('json_schema in strict mode', () => {
  it('sends the strict form and brings answers back to the original schema', async () => {
    const { s, c } = await setup();
    for (let i = 0; i < 20; i++) {
      const r = await c.complete(ask(i));
      expect(validator(RESULT)(r.json), JSON.stringify(r.json)).toBe(true);
    }
    expect(s.requestCount()).toBe(20);
    for (const body of s.requests) {
      expect(body.response_format?.type).toBe('json_schema');
      expect(body.response_format?.json_schema?.strict).toBe(true);
      expect(strictSchemaProblems(body.response_format?.json_schema?.schema)).toEqual([]);
    }
    expect(c.endpointSupport().e).toEqual({ jsonSchema: true, tools: undefined, strict: true });
  });

  it('a 400 "Invalid schema" falls back to json_object for that schema, remembered; a new schema goes strict again', async () => {
    const { s, c } = await setup({ faults: [{ kind: '400-invalid-schema', times: 1 }] });
    const r = await c.complete(ask(1));
    expect(validator(RESULT)(r.json)).toBe(true);
    expect(s.requests.map((b) => b.response_format?.type)).toEqual(['json_schema', 'json_object']);
    expect(s.requests[1].messages?.[0]).toMatchObject({ role: 'system', content: expect.stringContaining('"^ord_[0-9]{4}$"') });
    await c.complete(ask(2));
    expect(s.requests[2].response_format?.type).toBe('json_object');
    const other = { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] };
    await c.complete(ask(3, other));
    expect(s.requests[3].response_format?.type).toBe('json_schema');
    expect(c.endpointSupport().e).toMatchObject({ strictSchemasRefused: 1 });
  });

  it(`after ${STRICT_REFUSALS_OFF} refused schemas, every schema goes as json_object`, async () => {
    const { s, c } = await setup({ faults: [{ kind: '400-invalid-schema', times: Infinity }] });
    const schema = (k: number) => ({ type: 'object', properties: { [`f${k}`]: { type: 'string' } }, required: [`f${k}`] });
    for (let k = 0; k < STRICT_REFUSALS_OFF + 2; k++) await c.complete(ask(k, schema(k)));
    const types = s.requests.map((b) => b.response_format?.type);
    expect(types).toEqual([...Array.from({ length: STRICT_REFUSALS_OFF }, () => ['json_schema', 'json_object']).flat(), 'json_object', 'json_object']);
    expect(c.endpointSupport().e).toMatchObject({ strict: false, strictSchemasRefused: STRICT_REFUSALS_OFF });
  });

  it('a schema beyond strict mode\'s limits goes as json_object from the start, and its answer is checked here', async () => {
    const big = { type: 'object', properties: Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`p${i}`, { type: 'integer' }])), required: ['p0'] };
    const { s, c } = await setup({ script: [{ content: '{"p0": 1, "p1": 2}' }, { content: '{"p1": 2}' }] });
    expect((await c.complete(ask(1, big))).json).toEqual({ p0: 1, p1: 2 });
    const err = await c.complete(ask(2, big)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmOutputError);
    expect(err).toMatchObject({ reason: 'schema', issues: [{ pointer: '', problem: "must have required property 'p0'" }] });
    expect(s.requests.map((b) => b.response_format?.type)).toEqual(['json_object', 'json_object']);
  });

  it('an answer to the strict form is checked against the original after coming back (a null on a required field fails)', async () => {
    const { c } = await setup({ script: [{ content: '{"id": "ord_1234", "note": null, "link": null, "totals": [{"key": "EUR", "value": 2}], "status": "open", "lines": null}' }, { content: '{"id": null, "note": null, "link": null, "totals": null, "status": "open", "lines": null}' }] });
    expect((await c.complete(ask(1))).json).toEqual({ id: 'ord_1234', totals: { EUR: 2 }, status: 'open' });
    const err = await c.complete(ask(2)).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'schema', issues: [{ pointer: '/id', problem: 'must be string' }] });
  });
});
