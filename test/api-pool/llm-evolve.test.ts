import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { evolvePoolLlm } from '../../api-pool/llm-evolve.js';
import type { SeedDomain } from '../../api-pool/types.js';
import { validatePool } from '../../api-pool/validate.js';
import { LlmCache, LlmClient } from '../../llm/index.js';
import { start, type StubRequest, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { runCli, tempDir } from '../helpers/cli.js';

const api = (name: string, subdomain: string) => ({
  name,
  domain: 'weather',
  subdomain,
  description: `Seed ${name.replace(/_/g, ' ')} for ${subdomain}.`,
  parameters: { type: 'object' as const, properties: { city: { type: 'string', description: 'City' } }, required: ['city'], additionalProperties: false },
  returns: { type: 'object', properties: { ok: { type: 'boolean' } } },
  origin: 'seed',
});

const DOMAINS: SeedDomain[] = [
  {
    name: 'weather',
    description: 'Weather data',
    subdomains: [
      { name: 'forecasts', description: 'Forecasts' },
      { name: 'air-quality', description: 'Air quality' },
    ],
    apis: [api('get_forecast_seed', 'forecasts'), api('get_air_quality_seed', 'air-quality')],
  },
];

const WORDS = ['pollen', 'uv', 'storm', 'tide', 'frost', 'humidity', 'wind', 'snow', 'fog', 'heat', 'rain', 'smoke'];

/** An evolver model: three APIs per request, one of them broken in a way the validator must catch. */
function evolverModel(req: StubRequest) {
  const prompt = String(req.body.messages?.[1]?.content ?? '');
  const sub = /Subdomain: (\S+)/.exec(prompt)![1];
  const h = [...prompt].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
  const w = (k: number) => WORDS[(h + k * 5) % WORDS.length];
  const good = (k: number) => ({
    name: `${w(k)}_${sub.replace(/-/g, '_')}_${h % 9973}_${k}`,
    description: `Report ${w(k)} levels and ${w(k + 1)} alerts for a place, by ${w(k + 2)} band, with ${k} extra option(s).`,
    parameters: {
      type: 'object',
      properties: { place: { type: 'string', description: 'Place', required: true }, [`${w(k)}_band`]: { type: 'string', enum: ['low', 'high'], description: 'Band', required: false } },
    },
    returns: { type: 'object', properties: { level: { type: 'number', description: 'Level', required: true } } },
  });
  const broken = { ...good(9), name: 'bad.name.with.dots', description: '   ' };
  return { content: JSON.stringify({ apis: [good(0), good(1), broken] }) };
}

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

function client(url: string, db: Database.Database | undefined): LlmClient {
  return new LlmClient({
    endpoints: [{ name: 'stub', baseURL: url, maxRetries: 0 }],
    roles: { evolver: { endpoint: 'stub', model: 'evolver-model' } },
    cache: db ? new LlmCache(db) : false,
  });
}

describe('LLM tool evolution', () => {
  it('runs from the CLI: pool build --backend llm --config FILE, cached beside the pool', async () => {
    stub = await start({ script: (req) => evolverModel(req) });
    const dir = tempDir('evolve-cli');
    const config = join(dir, 'job.yaml');
    writeFileSync(config, `endpoints:\n  - { name: stub, baseURL: ${stub.url} }\nroles:\n  evolver: { endpoint: stub, model: m }\n`);
    const out = join(dir, 'pool.jsonl');
    const first = await runCli(['pool', 'build', '--backend', 'llm', '--config', config, '--out', out, '--size', '260']);
    expect(first.code, first.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(260);
    expect(first.stderr).toMatch(/212 seeds, 48 from the model/);
    const calls = stub.requestCount();
    const again = await runCli(['pool', 'build', '--backend', 'llm', '--config', config, '--out', out, '--size', '260']);
    expect(again.code, again.stderr).toBe(0);
    expect(stub.requestCount()).toBe(calls);
    const noRole = join(dir, 'bad.yaml');
    writeFileSync(noRole, `endpoints:\n  - { name: stub, baseURL: ${stub.url} }\n`);
    const bad = await runCli(['pool', 'build', '--backend', 'llm', '--config', noRole, '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('evolver');
  });

  it('adds what passes the checks, reports what does not, and repeats no call when run again', async () => {
    stub = await start({ script: (req) => evolverModel(req) });
    const db = new Database(join(tempDir('evolve'), 'cache.sqlite'));
    const skips: { name: string; problem: string }[] = [];
    const c1 = client(stub.url, db);
    const first = await evolvePoolLlm({ domains: DOMAINS, size: 20, seed: 1, client: c1, concurrency: 3, onSkip: (s) => skips.push(s) });
    c1.close();
    expect(first.apis).toHaveLength(20);
    expect(first.report.seeds).toBe(2);
    expect(first.report.added).toBe(18);
    expect(validatePool(first.apis).invalid).toEqual([]);
    expect(first.apis.filter((a) => a.origin.startsWith('evolved:llm:weather/')).length).toBe(18);
    // The broken API of every answer is reported with the validator's reasons.
    const broken = skips.filter((s) => s.name === 'bad.name.with.dots');
    expect(broken.length).toBeGreaterThan(0);
    expect(broken[0].problem).toMatch(/name/);
    expect(broken[0].problem).toMatch(/description/);
    // The answer's required flags became each object's required list.
    const added = first.apis.find((a) => a.origin.startsWith('evolved:llm:'))!;
    expect(added.parameters).toMatchObject({ type: 'object', required: ['place'], additionalProperties: false });
    expect(added.parameters.properties.place).toEqual({ type: 'string', description: 'Place' });
    // The request carried the node, the examples and a diversity target, static part first.
    const body = stub.requests[0];
    expect(body.messages?.[0]?.content).toMatch(/^You design realistic web APIs/);
    expect(body.messages?.[1]?.content).toMatch(/Subdomain: .*\n.*Diversity target: /);
    expect(body.response_format?.type).toBe('json_schema');

    const calls = stub.requestCount();
    const c2 = client(stub.url, db);
    const again = await evolvePoolLlm({ domains: DOMAINS, size: 20, seed: 1, client: c2, concurrency: 3 });
    c2.close();
    expect(stub.requestCount()).toBe(calls); // all answers from the cache
    expect(again.apis).toEqual(first.apis);
    db.close();
  });

  it('counts a failed request and goes on', async () => {
    // Three unusable answers in a row: the first call runs out of its samples (outputRetries 2) and fails.
    stub = await start({ script: (req) => evolverModel(req), faults: [{ kind: 'invalid-json', at: [1, 2, 3] }] });
    const skips: { name: string; problem: string }[] = [];
    const c = client(stub.url, undefined);
    const r = await evolvePoolLlm({ domains: DOMAINS, size: 8, seed: 2, client: c, concurrency: 1, onSkip: (s) => skips.push(s) });
    c.close();
    expect(r.apis).toHaveLength(8);
    expect(r.report.failedRequests).toBe(1);
    expect(skips.some((s) => s.name === '(request)')).toBe(true);
  });
});
