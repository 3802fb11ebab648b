/**
 * Code items on the LLM backend: the CLI against the loopback stub, scripted as a model that
 * writes a program for the question, reads the tool's output and answers from it. The problems
 * come from a JSONL file with known answers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { start, type StubAnswer, type StubRequest, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { parseRecordLine } from '../../output/hub-row.js';
import { codeRuns, verifyRecord } from '../../verifiers/index.js';
import { readShards, runCli, tempDir } from '../helpers/cli.js';

const KEY = 'sk-test-code-never-store-me';

/** A model that turns "What is EXPR?" into print(EXPR), then answers with what the program printed. */
function coder(req: StubRequest): StubAnswer | undefined {
  const msgs = req.body.messages ?? [];
  const last = msgs[msgs.length - 1];
  if (last?.role === 'tool') {
    const out = (JSON.parse(String(last.content)) as { stdout: string }).stdout.trim();
    return { content: `The program prints \`${out}\`.\n\n\\boxed{${out}}` };
  }
  const question = String(msgs.find((m) => m.role === 'user')?.content ?? '');
  const expr = /^What is (.+)\?$/.exec(question)?.[1] ?? 'None';
  return { content: 'Big products are safer in Python.', toolCalls: [{ id: `call_${req.n}`, name: 'python', arguments: { code: `print(${expr})` } }] };
}

function problemsFile(dir: string, rows: readonly string[]): string {
  const path = join(dir, 'problems.jsonl');
  writeFileSync(path, rows.join('\n') + '\n');
  return path;
}

function config(dir: string, stub: StubServer, count: number): string {
  const path = join(dir, 'job.yaml');
  writeFileSync(
    path,
    [
      'name: llmcode',
      `count: ${count}`,
      'mix: { code: 1 }',
      'backend: llm',
      'code: { problems: problems.jsonl }',
      'endpoints:',
      `  - { name: stub, baseURL: ${stub.url}, apiKeyEnv: TOOLFORGE_TEST_KEY, maxRetries: 1, timeoutMs: 5000 }`,
      'roles:',
      '  assistant: { endpoint: stub, model: stub-coder, temperature: 0 }',
    ].join('\n'),
  );
  return path;
}

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

async function cli(args: string[]) {
  process.env.TOOLFORGE_TEST_KEY = KEY;
  try {
    return await runCli(args);
  } finally {
    delete process.env.TOOLFORGE_TEST_KEY;
  }
}

describe('code items on the LLM backend, problems from a file', () => {
  it("runs the model's programs, keeps the records whose answer is the known one, rejects the one that is not", async () => {
    stub = await start({ script: coder });
    const dir = tempDir('code-llm');
    const rows: string[] = [];
    for (let i = 0; i < 20; i++) {
      const a = 123456789n + BigInt(i) * 1000003n;
      const b = 987654321n - BigInt(i) * 7919n;
      // Problem 5's "known" answer is off by one: a model that computes is rejected on it.
      const answer = a * b + 42n + (i === 5 ? 1n : 0n);
      rows.push(JSON.stringify({ question: `What is ${a} * ${b} + 42?`, answer: answer.toString() }));
    }
    problemsFile(dir, rows);
    const r = await cli(['run', '--out', join(dir, 'job'), '--config', config(dir, stub, 19)]);
    expect(r.code, r.stderr).toBe(0);
    const records = [...readShards(join(dir, 'job')).values()].flatMap((b) => b.toString('utf8').trim().split('\n').map(parseRecordLine));
    expect(records).toHaveLength(19);
    expect(records.map((x) => x.meta.plan!.code!.question)).not.toContain(JSON.parse(rows[5]).question);
    for (const rec of records) {
      expect(verifyRecord(rec).checks).toEqual([]);
      const [run] = codeRuns(rec).runs;
      expect(run.output).toBe(rec.meta.plan!.code!.answer); // the sandbox really ran it: Python's big integers
      expect(rec.meta.plan!.code!.skill).toBe('file');
    }
    const status = JSON.parse((await cli(['status', join(dir, 'job'), '--json'])).stdout) as { rejected: number; topRejections: { rule: string }[] };
    expect(status.rejected).toBe(1);
    // The final answer is not the (wrong) known one, and no output shows that known one either.
    expect(status.topRejections.map((t) => t.rule).sort()).toEqual(['code.answer', 'code.unsupported']);
  });

  it('runs the model judges on what the execution checks accept, keeping their votes; a failed vote rejects', async () => {
    // The judge fails the record of the problem whose numbers start 123456790 (problem 1), passes the rest.
    stub = await start({
      script: (req) => {
        if (req.body.model !== 'stub-judge') return coder(req);
        const text = JSON.stringify(req.body.messages);
        const fail = text.includes('123456790');
        return { content: JSON.stringify({ reason: fail ? 'The answer restates the question.' : 'The program computes what was asked.', verdict: fail ? 'fail' : 'pass' }) };
      },
    });
    const dir = tempDir('code-llm-judged');
    const rows = Array.from({ length: 8 }, (_, i) => {
      const a = 123456789n + BigInt(i);
      return JSON.stringify({ question: `What is ${a} * 3?`, answer: (a * 3n).toString() });
    });
    problemsFile(dir, rows);
    writeFileSync(join(dir, 'job.yaml'), readFileSync(config(dir, stub, 7), 'utf8') + '\n  judge: { endpoint: stub, model: stub-judge }\njudges: { k: 1 }\n');
    const r = await cli(['run', '--out', join(dir, 'job'), '--config', join(dir, 'job.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(stub.requests.filter((b) => b.model === 'stub-judge').length).toBeGreaterThanOrEqual(8);
    const records = [...readShards(join(dir, 'job')).values()].flatMap((b) => b.toString('utf8').trim().split('\n').map(parseRecordLine));
    expect(records).toHaveLength(7);
    for (const rec of records) {
      const votes = rec.meta.verdict?.judges ?? [];
      expect(votes.length).toBeGreaterThan(0);
      expect(votes.every((v) => v.verdict === 'pass')).toBe(true);
    }
    expect(records.map((x) => x.meta.plan!.code!.question)).not.toContain('What is 123456790 * 3?');
  });

  it("asks the generator's problems in the user model's words, every number kept; a rewrite that drops one is asked again", async () => {
    const seen = new Set<string>();
    stub = await start({
      script: (req) => {
        if (req.body.model !== 'stub-user') return coder(req);
        const prompt = String(req.body.messages?.[1]?.content ?? '');
        const question = prompt.split('Message:\n')[1] ?? '';
        // The first sample of each problem drops its numbers; the next one keeps them.
        const first = !seen.has(prompt);
        seen.add(prompt);
        return { content: JSON.stringify({ message: first ? 'Can you help me with a sum?' : `Quick one for my homework: ${question}` }) };
      },
    });
    const dir = tempDir('code-llm-user');
    writeFileSync(
      join(dir, 'job.yaml'),
      readFileSync(config(dir, stub, 6), 'utf8').replace('code: { problems: problems.jsonl }\n', 'maxPlannedFactor: 2\n') + '\n  user: { endpoint: stub, model: stub-user }\n',
    );
    const r = await cli(['run', '--out', join(dir, 'job'), '--config', join(dir, 'job.yaml')]);
    // The coder reads only "What is EXPR?", so these items are rejected: what is asked of the user model is the point here.
    expect([0, 1], r.stderr).toContain(r.code);
    const user = stub.requests.filter((b) => b.model === 'stub-user');
    expect(user.length).toBeGreaterThanOrEqual(6);
    expect(user.length % 2).toBe(0);
    expect(new Set(user.map((b) => JSON.stringify(b.messages))).size).toBe(user.length / 2);
    const asked = stub.requests.filter((b) => b.model === 'stub-coder').map((b) => String(b.messages?.find((m) => m.role === 'user')?.content ?? ''));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q).toMatch(/^Quick one for my homework: /);
    expect(asked.some((q) => /\d/.test(q))).toBe(true);
  });

  it('refuses a bad problems file, naming the file, the line and the problem', async () => {
    stub = await start({ script: coder });
    const dir = tempDir('code-llm-bad');
    problemsFile(dir, ['{"question": "What is 1 + 1?", "answer": "2"}', '', '{"question": "What is 2 + 2?"}']);
    const r = await cli(['run', '--out', join(dir, 'job'), '--config', config(dir, stub, 2)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`problems file ${join(dir, 'problems.jsonl')}, line 3: "answer" must be a string or a number (got undefined)`);
    expect(stub.requestCount()).toBe(0);
  });
});
