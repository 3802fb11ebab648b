import { afterEach, describe, expect, it } from 'vitest';
import { LlmClient } from '../../llm/index.js';
import { start, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { validEntries } from '../../verifiers/corpus.js';
import { JUDGE_NAMES, judgeRecord } from '../../verifiers/index.js';
import { JUDGE_SYSTEM } from '../../verifiers/prompts/judges.js';

const servers: StubServer[] = [];
const clients: LlmClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.close();
});

/** A stub that answers each judge from `verdicts[judge][n]` (n = how many times that judge was asked). */
async function judgeStub(verdicts: Partial<Record<string, ('pass' | 'fail')[]>>): Promise<{ client: LlmClient; server: StubServer }> {
  const asked = new Map<string, number>();
  const server = await start({
    script: (req) => {
      const system = req.body.messages?.[0]?.content ?? '';
      const name = JUDGE_NAMES.find((n) => system === JUDGE_SYSTEM[n])!;
      const i = asked.get(name) ?? 0;
      asked.set(name, i + 1);
      const v = verdicts[name]?.[i] ?? 'pass';
      return { content: JSON.stringify({ verdict: v, reason: `${name} says ${v} (${i})` }) };
    },
  });
  servers.push(server);
  const client = new LlmClient({ endpoints: [{ name: 'stub', baseURL: server.url, maxRetries: 0 }], roles: { judge: { endpoint: 'stub', model: 'judge-model' } }, env: {} });
  clients.push(client);
  return { client, server };
}

const single = validEntries().find((e) => e.name.startsWith('single: weather'))!.record;
const irrelevance = validEntries().find((e) => e.record.meta.category === 'irrelevance')!.record;

describe('judgeRecord', () => {
  it('asks every applicable judge once and returns no check when all pass', async () => {
    const { client, server } = await judgeStub({});
    expect(await judgeRecord(single, client, {})).toEqual([]);
    expect(server.requestCount()).toBe(4);
    const body = server.requests[0];
    expect(body.model).toBe('judge-model');
    expect(body.response_format?.type).toBe('json_schema');
    // The static part first, the item after it.
    expect(body.messages?.[1]?.content).toContain('get_current_weather({"city":"Lyon","units":"metric"})');
  });

  it('turns a failing verdict into a check of the judges layer pointing at the record', async () => {
    const { client } = await judgeStub({ 'hallucinated-args': ['fail'], 'rationale-faithful': ['fail'] });
    const checks = await judgeRecord(single, client);
    expect(checks).toEqual([
      { rule: 'judge.hallucinated-args', message: 'hallucinated-args says fail (0)', at: { message: 2 }, layer: 'judges' },
      { rule: 'judge.rationale-faithful', message: 'rationale-faithful says fail (0)', at: { message: 2 }, layer: 'judges' },
    ]);
  });

  it('takes the majority of k samples', async () => {
    const { client, server } = await judgeStub({ 'completes-request': ['fail', 'pass', 'fail'], 'result-plausible': ['fail', 'pass', 'pass'] });
    const checks = await judgeRecord(single, client, { k: 3, judges: ['completes-request', 'judge.result-plausible'] });
    expect(server.requestCount()).toBe(6);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ rule: 'judge.completes-request', at: { message: 4 }, layer: 'judges' });
    expect(checks[0].message).toMatch(/\(2 of 3 judges\)$/);
  });

  it('skips judges that do not apply (no calls, no results, no rationale)', async () => {
    const { client, server } = await judgeStub({ 'completes-request': ['fail'] });
    const checks = await judgeRecord(irrelevance, client);
    expect(server.requestCount()).toBe(1);
    expect(checks.map((c) => c.rule)).toEqual(['judge.completes-request']);
  });

  it('refuses an unknown judge name', async () => {
    const { client } = await judgeStub({});
    await expect(judgeRecord(single, client, { judges: ['vibes'] })).rejects.toThrow(/unknown judge/);
  });
});
