/**
 * The LLM backend in a real job: the CLI (a child process) against the loopback
 * OpenAI-compatible stub, scripted as a model that calls exactly the planned tools.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import { start, type StubAnswer, type StubFault, type StubRequest, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { readShards, startCli, tempDir, type CliResult } from '../helpers/cli.js';
import { plannedCalls as plannedCallsOf, type PlannedCalls } from '../helpers/planned-model.js';

const SECRET = 'sk-test-Zq8-never-store-me-4711';
const pool = makePool(BUILTIN_TOOLS);

/** The single-turn categories: a scripted model answers them from the first request alone. */
const MIX = { single: 1, multiple: 1, parallel: 1, 'parallel-multiple': 1, nested: 1, irrelevance: 1 };

/** What the planner intends for the first `n` items of a job seeded `seed`: user text -> calls. */
const plannedCalls = (seed: number, n: number): PlannedCalls => plannedCallsOf(pool, seed, n, MIX);

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * A model that does what the plan says: the planned calls, then a summary; the teacher names
 * the tool. Every answer (call ids too) depends only on the request, as with a temperature-0
 * model, so two runs can be compared byte for byte.
 */
function perfectModel(planned: Map<string, { name: string; arguments: unknown }[]>) {
  return (req: StubRequest): StubAnswer | undefined => {
    const msgs = req.body.messages ?? [];
    const last = msgs[msgs.length - 1];
    if (req.body.response_format) {
      const calls = String(last?.content ?? '').split('Calls to explain:\n')[1] ?? '';
      return { content: JSON.stringify({ reasoning: `The request fits ${calls.split('(')[0]} best: it does what the user asked.` }) };
    }
    if (last?.role === 'tool') return { content: `Here is what I found: ${String(last.content).slice(0, 80)}` };
    const user = msgs.find((m) => m.role === 'user')?.content ?? '';
    const calls = planned.get(user);
    if (calls === undefined) return { content: `unplanned request: ${user}` }; // fails the test's checks, not the server
    if (calls.length === 0) return { content: 'None of my tools can do that, sorry.' };
    return { toolCalls: calls.map((c, i) => ({ ...c, id: `call_${hash(`${user}#${i}`)}` })) };
  };
}

function jobConfig(dir: string, stub: StubServer, extra = ''): string {
  const path = join(dir, 'job.yaml');
  writeFileSync(
    path,
    [
      'seed: 5',
      'count: 30',
      `mix: ${JSON.stringify(MIX)}`,
      'backend: llm',
      'pool:',
      '  source: builtin',
      'progress:',
      '  intervalMs: 50',
      'endpoints:',
      '  - name: stub',
      `    baseURL: ${stub.url}`,
      '    apiKeyEnv: TOOLFORGE_TEST_KEY',
      '    maxRetries: 1',
      '    timeoutMs: 5000',
      '    inputUsdPerMTok: 2',
      '    outputUsdPerMTok: 8',
      'roles:',
      '  assistant: { endpoint: stub, model: stub-assistant, temperature: 0 }',
      '  teacher: { endpoint: stub, model: stub-teacher }',
      extra.includes('concurrency') ? '' : 'concurrency: 4',
      extra,
    ].join('\n'),
  );
  return path;
}

function cli(args: string[], onStderr?: Parameters<typeof startCli>[1]): Promise<CliResult> {
  process.env.TOOLFORGE_TEST_KEY = SECRET;
  try {
    return startCli(args, onStderr).done;
  } finally {
    delete process.env.TOOLFORGE_TEST_KEY;
  }
}

function records(dir: string): { messages: { role: string; reasoning?: string; tool_calls?: { function: { name: string; arguments: string } }[] }[]; meta: { category: string; usage: { prompt_tokens: number } } }[] {
  return [...readShards(dir).values()].flatMap((b) => b.toString('utf8').trim().split('\n').map((l) => JSON.parse(l)));
}

function allBytes(dir: string): string {
  let text = '';
  const walk = (d: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, name.name);
      if (name.isDirectory()) walk(full);
      else text += readFileSync(full).toString('latin1');
    }
  };
  walk(dir);
  return text;
}

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

describe('a job on the LLM backend', () => {
  it('makes records from the model answers, with teacher rationales, usage and cost, and never stores the key', async () => {
    stub = await start({ script: perfectModel(plannedCalls(5, 400)) });
    const dir = tempDir('llm');
    const job = join(dir, 'job');
    const r = await cli(['run', '--out', job, '--config', jobConfig(dir, stub)]);
    expect(r.code, r.stderr).toBe(0);
    const recs = records(job);
    expect(recs).toHaveLength(30);
    for (const rec of recs) {
      const steps = rec.messages.filter((m) => m.tool_calls?.length);
      if (rec.meta.category === 'irrelevance') expect(steps).toHaveLength(0);
      else {
        expect(steps.length).toBeGreaterThan(0);
        for (const s of steps) expect(s.reasoning?.length ?? 0).toBeGreaterThanOrEqual(10);
      }
      expect(rec.meta.usage.prompt_tokens).toBeGreaterThan(0);
    }
    // The assistant saw the toolset and the history; the key went out as a bearer token.
    const assistantCalls = stub.requests.filter((b) => b.model === 'stub-assistant');
    expect(assistantCalls.every((b) => (b.tools?.length ?? 0) >= 1)).toBe(true);
    expect(assistantCalls.some((b) => b.messages?.some((m) => m.role === 'tool'))).toBe(true);
    expect(stub.requestHeaders.every((h) => h.authorization === `Bearer ${SECRET}`)).toBe(true);

    const status = await cli(['status', job, '--json']);
    const s = JSON.parse(status.stdout) as { llm: { totals: { calls: number; costUsd: number }; byRole: Record<string, { calls: number }> }; usage: { costUsd: number } };
    expect(s.llm.totals.calls).toBe(stub.requestCount());
    expect(s.llm.byRole.assistant.calls).toBeGreaterThan(0);
    expect(s.llm.byRole.teacher.calls).toBeGreaterThan(0);
    expect(s.llm.totals.costUsd).toBeGreaterThan(0);
    expect(s.usage.costUsd).toBeGreaterThan(0);

    // The key is nowhere: checkpoint (with its cache), shards, logs, output.
    expect(allBytes(job)).not.toContain(SECRET);
    expect(r.stderr + r.stdout + status.stdout).not.toContain(SECRET);
    expect(readFileSync(join(dir, 'job.yaml'), 'utf8')).not.toContain(SECRET);
  });

  it('runs every agent on its own model: user rewrites, tool answers cached per call', async () => {
    const model = perfectModel(plannedCalls(5, 400));
    stub = await start({
      script: (req) => {
        if (req.body.model === 'stub-user') {
          const intended = String(req.body.messages?.[1]?.content ?? '').split('Message:\n')[1] ?? '';
          return { content: JSON.stringify({ message: intended }) };
        }
        if (req.body.model === 'stub-tool') return undefined; // the stub answers in the response schema
        return model(req);
      },
    });
    const dir = tempDir('llm-agents');
    const job = join(dir, 'job');
    const extra = ['  user: { endpoint: stub, model: stub-user }', '  tool: { endpoint: stub, model: stub-tool }'].join('\n');
    const config = jobConfig(dir, stub).replace('.yaml', '-agents.yaml');
    writeFileSync(config, readFileSync(jobConfig(dir, stub), 'utf8').replace('roles:\n', `roles:\n${extra}\n`));
    const r = await cli(['run', '--out', job, '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    const byModel = (m: string) => stub!.requests.filter((b) => b.model === m);
    expect(byModel('stub-user').length).toBeGreaterThanOrEqual(30);
    expect(byModel('stub-user')[0].messages?.[0]?.content).toMatch(/^You play the user/);
    const toolCalls = byModel('stub-tool');
    expect(toolCalls.length).toBeGreaterThan(0);
    expect(toolCalls[0].response_format?.type).toBe('json_schema');
    // No request is sent twice: a call's answer comes from the cache after that, and a call asked
    // again after an unusable answer is a fresh sample (a seed of its own).
    const asked = toolCalls.map((b) => `${b.seed} ${JSON.stringify(b.messages)}`);
    expect(new Set(asked).size).toBe(asked.length);
    const s = JSON.parse((await cli(['status', job, '--json'])).stdout) as { llm: { byRole: Record<string, { calls: number }> } };
    expect(Object.keys(s.llm.byRole).sort()).toEqual(['assistant', 'teacher', 'tool', 'user']);
  });

  it('resumes after an interrupt without repeating a single model call, and writes the same shards', async () => {
    const planned = plannedCalls(5, 400);
    stub = await start({ script: perfectModel(planned), latencyMs: 25 });
    const dir = tempDir('llm-resume');
    const config = jobConfig(dir, stub);
    const job = join(dir, 'job');
    let sent = false;
    const first = await cli(['run', '--out', job, '--config', config], (chunk, child) => {
      if (!sent && chunk.includes('accepted')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    expect(first.code, first.stderr).toBe(130);
    const before = stub.requestCount();
    expect(before).toBeGreaterThan(0);
    const second = await cli(['resume', job]);
    expect(second.code, second.stderr).toBe(0);
    const seen = stub.requests.map((b) => JSON.stringify(b));
    expect(new Set(seen).size).toBe(seen.length); // zero repeated calls

    // An uninterrupted run of the same job on a fresh server gives the same records.
    await stub.close();
    stub = await start({ script: perfectModel(planned) });
    const refDir = tempDir('llm-ref');
    const ref = join(refDir, 'job');
    const r = await cli(['run', '--out', ref, '--config', jobConfig(refDir, stub)]);
    expect(r.code, r.stderr).toBe(0);
    const a = readShards(job);
    const b = readShards(ref);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of b) expect(a.get(name)!.equals(bytes), name).toBe(true);
  });

  it.each([
    ['429 with Retry-After', [{ kind: '429', times: 6, retryAfterMs: 30 }] as StubFault[]],
    ['503', [{ kind: '503', times: 3, retryAfterMs: 10 }] as StubFault[]],
    ['connection reset', [{ kind: 'reset', times: 3 }] as StubFault[]],
  ])('rides out %s without failing or spending item attempts', async (_label, faults) => {
    stub = await start({ script: perfectModel(plannedCalls(5, 400)), faults });
    const dir = tempDir('llm-faults');
    const job = join(dir, 'job');
    const r = await cli(['run', '--out', job, '--config', jobConfig(dir, stub)]);
    expect(r.code, r.stderr).toBe(0);
    const db = new Database(join(job, 'checkpoint.sqlite'), { readonly: true });
    const worst = db.prepare("SELECT max(attempts) FROM items WHERE status IN ('accepted','rejected')").pluck().get() as number;
    const failed = db.prepare("SELECT count(*) FROM items WHERE status = 'failed'").pluck().get() as number;
    db.close();
    expect(failed).toBe(0);
    if (_label.startsWith("429")) expect(worst, r.stdout + r.stderr.slice(-1500)).toBe(1);
  });

  it('samples a call again after an unusable answer, and retries its item when the call runs out of samples', async () => {
    // Requests 2-4 are one call's three samples (outputRetries 2): its item takes a second attempt. Request 6 is one bad sample of another call, taken again at the call.
    stub = await start({ script: perfectModel(plannedCalls(5, 400)), faults: [{ kind: 'invalid-json', at: [2, 3, 4, 6] }] });
    const dir = tempDir('llm-bad');
    const job = join(dir, 'job');
    const r = await cli(['run', '--out', job, '--config', jobConfig(dir, stub, 'concurrency: 1')]);
    expect(r.code, r.stderr).toBe(0);
    const db = new Database(join(job, 'checkpoint.sqlite'), { readonly: true });
    const retried = db.prepare('SELECT count(*) FROM items WHERE attempts > 1').pluck().get() as number;
    db.close();
    expect(retried).toBe(1);
    expect(records(job)).toHaveLength(30);
    // Each bad sample was followed by a fresh one: no request body was sent twice.
    const bodies = stub.requests.map((b) => JSON.stringify(b));
    expect(new Set(bodies).size).toBe(bodies.length);
    expect(stub.requests[2].messages).toEqual(stub.requests[1].messages);
    expect(stub.requests[2].seed).not.toBe(stub.requests[1].seed);
  });

  it('stops the job on a bad key (401) with exit 1 and goes on after the fix', async () => {
    stub = await start({ script: perfectModel(plannedCalls(5, 400)), faults: [{ kind: '401', times: 1 }] });
    const dir = tempDir('llm-401');
    const job = join(dir, 'job');
    const r = await cli(['run', '--out', job, '--config', jobConfig(dir, stub)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the job stopped: .*401/i);
    const again = await cli(['resume', job]);
    expect(again.code, again.stderr).toBe(0);
    expect(records(job)).toHaveLength(30);
  });

  it('marks items failed when retries run out, and --retry-failed takes them up again', async () => {
    const model = perfectModel(plannedCalls(5, 400));
    let teacherCalls = 0;
    // The first nine rationale samples are not JSON: three calls (of three items, one at a time) run out of their three samples each; with maxAttempts 1 their items fail.
    const script = (req: StubRequest): StubAnswer | undefined =>
      req.body.response_format && ++teacherCalls <= 9 ? { content: 'no JSON here' } : model(req);
    stub = await start({ script, latencyMs: 20 });
    const dir = tempDir('llm-failed');
    const job = join(dir, 'job');
    const config = jobConfig(dir, stub, 'concurrency: 1\nmaxAttempts: 1');
    let sent = false;
    const r = await cli(['run', '--out', job, '--config', config], (chunk, child) => {
      // Interrupt only once all three bad answers have failed their items, so none is left for the resumed run.
      if (!sent && /"failed":([3-9]|\d\d)/.test(chunk)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    expect(r.code, r.stderr).toBe(130);
    const s1 = JSON.parse((await cli(['status', job, '--json'])).stdout) as { failed: number; failures: { idx: number; error: string }[] };
    expect(s1.failed).toBe(3);
    expect(s1.failures[0].error).toMatch(/JSON/i);
    const again = await cli(['resume', job, '--retry-failed']);
    expect(again.code, again.stderr).toBe(0);
    const s2 = JSON.parse((await cli(['status', job, '--json'])).stdout) as { failed: number };
    expect(s2.failed).toBe(0);
    // Each failed item was tried again, as a new attempt (a new call, not the cached bad answer).
    const db = new Database(join(job, 'checkpoint.sqlite'), { readonly: true });
    for (const f of s1.failures) {
      const row = db.prepare('SELECT status, attempts FROM items WHERE idx = ?').get(f.idx) as { status: string; attempts: number };
      expect(['accepted', 'rejected'], `item ${f.idx}`).toContain(row.status);
      expect(row.attempts).toBe(2);
    }
    db.close();
  });

  it.each([
    ['pruned of finished items', 'prune'],
    ["kept in the checkpoint by an earlier build", 'legacy'],
  ])('interrupted, its response cache %s, resumes without repeating a model call', async (_label, how) => {
    stub = await start({ script: perfectModel(plannedCalls(5, 400)), latencyMs: 25 });
    const dir = tempDir('llm-cache-file');
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const job = join(dir, 'job');
    let sent = false;
    const first = await cli(['run', '--out', job, '--config', jobConfig(dir, stub)], (chunk, child) => {
      if (!sent && chunk.includes('accepted')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    expect(first.code, first.stderr).toBe(130);
    const cacheFile = join(job, 'llm-cache.sqlite');
    expect(existsSync(cacheFile)).toBe(true);
    const ckPath = join(job, 'checkpoint.sqlite');
    const status = JSON.parse((await cli(['status', job, '--json'])).stdout) as { cache: { calls: number; bytes: number } };
    expect(status.cache.calls).toBe(stub.requestCount());
    expect(status.cache.bytes).toBeGreaterThan(0);
    expect((await cli(['status', job])).stdout).toMatch(/response cache: \d+ calls in [\d.]+ MB \(llm-cache\.sqlite, \d+ bytes a call\)/);
    if (how === 'prune') {
      const pruned = await cli(['cache', 'prune', job]);
      expect(pruned.code, pruned.stderr).toBe(0);
      const m = /dropped (\d+) cached calls of finished items; (\d+) kept/.exec(pruned.stdout);
      expect(m, pruned.stdout).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThan(0);
      expect(Number(m![1]) + Number(m![2])).toBe(status.cache.calls);
    } else {
      // Put the cache back where an earlier build kept it: a table of JSON text in the checkpoint.
      const cache = new Database(cacheFile, { readonly: true });
      const rows = cache.prepare('SELECT key, value FROM llm_calls').all() as { key: Buffer; value: Buffer }[];
      cache.close();
      const { decodeCached } = await import('../../llm/cache.js');
      const ck = new Database(ckPath);
      ck.exec('CREATE TABLE llm_cache (key TEXT PRIMARY KEY, response TEXT NOT NULL, created_at INTEGER)');
      const put = ck.prepare('INSERT INTO llm_cache VALUES (?, ?, 0)');
      for (const r of rows) put.run(r.key.toString('hex'), JSON.stringify(decodeCached(r.value)));
      ck.close();
      for (const f of ['', '-wal', '-shm']) rmSync(cacheFile + f, { force: true });
    }
    const before = stub.requestCount();
    const second = await cli(['resume', job]);
    expect(second.code, second.stderr).toBe(0);
    expect(stub.requestCount()).toBeGreaterThan(before);
    const seen = stub.requests.map((b) => JSON.stringify(b));
    expect(new Set(seen).size).toBe(seen.length); // zero repeated calls
    const db = new Database(ckPath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('llm_cache', 'llm_calls')").pluck().get()).toBe(0);
    db.close();
  });

  it('--no-cache writes no response cache', async () => {
    stub = await start({ script: perfectModel(plannedCalls(5, 400)) });
    const dir = tempDir('llm-nocache');
    const job = join(dir, 'job');
    const r = await cli(['run', '--out', job, '--config', jobConfig(dir, stub), '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const db = new Database(join(job, 'checkpoint.sqlite'), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name IN ('llm_cache', 'llm_calls')").pluck().all();
    db.close();
    expect(tables).toEqual([]);
    expect(existsSync(join(job, 'llm-cache.sqlite'))).toBe(false);
  });

  it('runs the model judges in the job: a record is kept only if they pass it, with their votes in its meta', async () => {
    const model = perfectModel(plannedCalls(5, 400));
    // The judge fails "completes-request" on every answer that declines (the irrelevance items), and passes the rest.
    const script = (req: StubRequest): StubAnswer | undefined => {
      if (req.body.model !== 'stub-judge') return model(req);
      const system = String(req.body.messages?.[0]?.content ?? '');
      const dialogue = String(req.body.messages?.[1]?.content ?? '');
      const fail = /complete what the user asked/.test(system) && dialogue.includes('None of my tools can do that');
      return { content: JSON.stringify({ reason: fail ? 'The answer declines what the user asked.' : 'Supported by the conversation.', verdict: fail ? 'fail' : 'pass' }) };
    };
    stub = await start({ script });
    const dir = tempDir('llm-judges');
    const job = join(dir, 'job');
    const config = jobConfig(dir, stub, 'judges:\n  k: 1');
    writeFileSync(config, readFileSync(config, 'utf8').replace('roles:\n', 'roles:\n  judge: { endpoint: stub, model: stub-judge, temperature: 0 }\n'));
    const r = await cli(['run', '--out', job, '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    const judged = stub.requests.filter((b) => b.model === 'stub-judge');
    // Judges answer reason first, verdict last.
    expect(Object.keys((judged[0].response_format?.json_schema?.schema as { properties: object }).properties)).toEqual(['reason', 'verdict']);
    const recs = records(job);
    expect(recs).toHaveLength(30);
    for (const rec of recs) {
      const verdict = JSON.parse((rec.meta as unknown as { verdict: string }).verdict) as { judges?: { judge: string; verdict: string; reason: string }[] };
      expect(verdict.judges?.length, rec.meta.category).toBeGreaterThanOrEqual(1);
      expect(verdict.judges!.every((j) => j.verdict === 'pass' && j.reason !== '')).toBe(true);
      expect(rec.meta.category).not.toBe('irrelevance');
    }
    // Every record the rules accepted was judged: at least one judge request per record written.
    expect(judged.length).toBeGreaterThanOrEqual(recs.length);
    const s = JSON.parse((await cli(['status', job, '--json'])).stdout) as { rejectedByLayer: { judges: number } };
    expect(s.rejectedByLayer.judges).toBeGreaterThan(0);
    expect((await cli(['status', job])).stdout).toMatch(/\| rejected by judges \| \(all\) \| \d+ \|/);
    expect(readFileSync(join(job, 'README.md'), 'utf8')).toMatch(/then the model judges \(hallucinated-args, completes-request, result-plausible, rationale-faithful; 1 sample\) on every record the rules accept/);
  });

  it('accepts nothing from a model that answers "Keep" to everything', async () => {
    const script = (req: StubRequest): StubAnswer =>
      req.body.response_format ? { content: JSON.stringify(req.body.model === 'stub-user' ? { message: 'Keep' } : { reasoning: 'Keep' }) } : { content: req.body.model === 'stub-assistant' ? 'Sure, Keep' : 'Keep' };
    stub = await start({ script });
    const dir = tempDir('llm-keep');
    const job = join(dir, 'job');
    const config = jobConfig(dir, stub, 'count: 12\nmaxAttempts: 1\nmix: { irrelevance: 1, single: 1, safety: 1 }');
    writeFileSync(config, readFileSync(config, 'utf8').replace('count: 30\n', '').replace(`mix: ${JSON.stringify(MIX)}\n`, '').replace('roles:\n', 'roles:\n  user: { endpoint: stub, model: stub-user }\n'));
    const r = await cli(['run', '--out', job, '--config', config]);
    const s = JSON.parse((await cli(['status', job, '--json'])).stdout) as { accepted: number; rejected: number; failed: number; written: number; failures: { error: string }[] };
    expect(s.accepted, r.stderr).toBe(0);
    expect(s.written).toBe(0);
    expect(s.rejected + s.failed).toBeGreaterThan(0);
    // The user model's "Keep" is no rewrite of a request: it fails its check and is sampled again until the item fails.
    expect(s.failures.some((f) => /rewrite/.test(f.error))).toBe(true);
  });
});
