/**
 * Issue 15, item 4, "must show": against a loopback stub that, like OpenAI, answers a
 * json_schema request only when its schema meets strict mode's rules (else HTTP 400 "Invalid
 * schema for response_format") and that answers from the strict schema it was sent (nulls in
 * optional fields, maps as lists of entries), a job on the 212 seed APIs completes every item,
 * and the evolver grows a pool to 400 with at least 100 valid, distinct APIs from the model.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { evolvePoolLlm } from '../../api-pool/llm-evolve.js';
import { seedDomains } from '../../api-pool/seeds/load.js';
import { makePool } from '../../api-pool/types.js';
import { validatePool } from '../../api-pool/validate.js';
import { LlmClient } from '../../llm/index.js';
import { strictSchemaProblems } from '../../llm/strict-schema-check.js';
import { start, type ChatBody, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { readShards, runCli, tempDir } from '../helpers/cli.js';
import { plannedCalls, plannedModel } from '../helpers/planned-model.js';

const MIX = { single: 1, multiple: 1, parallel: 1, 'parallel-multiple': 1, nested: 1, irrelevance: 1 };

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

/** Every json_schema request was strict, and strict mode would have taken its schema. */
function expectStrict(bodies: readonly ChatBody[]): void {
  expect(bodies.length).toBeGreaterThan(0);
  for (const b of bodies) {
    expect(b.response_format?.type).toBe('json_schema');
    expect(b.response_format?.json_schema?.strict).toBe(true);
    expect(strictSchemaProblems(b.response_format?.json_schema?.schema)).toEqual([]);
  }
}

describe('a provider that takes strict schemas only', () => {
  it('a job on the seed APIs completes every item, the tool model answering from strict schemas', async () => {
    const planned = plannedModel(plannedCalls(makePool(seedDomains().flatMap((d) => d.apis)), 5, 400, MIX), { assistant: 'stub-assistant', teacher: 'stub-teacher' });
    stub = await start({
      strictSchemas: true,
      script: (req) => {
        if (req.body.model === 'stub-user') {
          const intended = String(req.body.messages?.[1]?.content ?? '').split('Message:\n')[1] ?? '';
          return { content: JSON.stringify({ message: intended }) };
        }
        return planned(req); // the tool model: undefined, an answer generated from the schema sent
      },
    });
    const dir = tempDir('strict-job');
    const config = join(dir, 'job.yaml');
    writeFileSync(
      config,
      [
        'seed: 5',
        'count: 40',
        `mix: ${JSON.stringify(MIX)}`,
        'backend: llm',
        'concurrency: 4',
        'pool: { source: seeds }',
        'endpoints:',
        `  - { name: stub, baseURL: ${stub.url}, maxRetries: 0 }`,
        'roles:',
        '  assistant: { endpoint: stub, model: stub-assistant, temperature: 0 }',
        '  teacher: { endpoint: stub, model: stub-teacher }',
        '  user: { endpoint: stub, model: stub-user }',
        '  tool: { endpoint: stub, model: stub-tool }',
      ].join('\n'),
    );
    const job = join(dir, 'job');
    const r = await runCli(['run', '--out', job, '--config', config]);
    expect(r.code, r.stderr.slice(-2000)).toBe(0);

    const db = new Database(join(job, 'checkpoint.sqlite'), { readonly: true });
    const byStatus = Object.fromEntries((db.prepare('SELECT status, count(*) AS n FROM items GROUP BY status').all() as { status: string; n: number }[]).map((x) => [x.status, x.n]));
    db.close();
    expect(byStatus.failed ?? 0).toBe(0);
    expect(byStatus.accepted).toBe(40);
    const records = [...readShards(job).values()].flatMap((b) => b.toString('utf8').trim().split('\n'));
    expect(records).toHaveLength(40);

    const schemaBodies = stub.requests.filter((b) => b.response_format);
    expectStrict(schemaBodies);
    const toolBodies = schemaBodies.filter((b) => b.model === 'stub-tool');
    const apisAsked = new Set(toolBodies.map((b) => /API: (\S+)/.exec(String(b.messages?.[1]?.content))?.[1]));
    expect(apisAsked.size).toBeGreaterThanOrEqual(20);
    // Optional result fields went out nullable: the answers carried nulls the client dropped.
    expect(toolBodies.some((b) => JSON.stringify(b.response_format?.json_schema?.schema).includes('"null"'))).toBe(true);
  });

  it('the evolver grows the seeds to 400 APIs with at least 100 valid, distinct ones from the model', async () => {
    stub = await start({ strictSchemas: true });
    const client = new LlmClient({ endpoints: [{ name: 'stub', baseURL: stub.url, maxRetries: 0 }], roles: { evolver: { endpoint: 'stub', model: 'evolver' } }, env: {} });
    const skips: string[] = [];
    const { apis, report } = await evolvePoolLlm({ domains: seedDomains(), size: 400, seed: 7, client, concurrency: 8, onSkip: (s) => skips.push(s.problem) });
    client.close();
    expect(report.failedRequests, skips.slice(0, 5).join('\n')).toBe(0);
    expect(report.added).toBeGreaterThanOrEqual(100);
    expect(apis).toHaveLength(400);
    expect(validatePool(apis).invalid).toEqual([]);
    expect(new Set(apis.map((a) => a.name)).size).toBe(400);
    const fromModel = apis.filter((a) => a.origin.startsWith('evolved:llm:'));
    expect(fromModel).toHaveLength(report.added);
    // The model's typed properties and required flags made real schemas.
    expect(fromModel.some((a) => (a.parameters.required?.length ?? 0) > 0 && Object.keys(a.returns.properties as object).length > 0)).toBe(true);
    expectStrict(stub.requests);
    expect(stub.requestCount()).toBe(report.requests);
  });
});
