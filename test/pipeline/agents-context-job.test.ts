/**
 * The LLM agents with context in a real job (issue 15, item 5): the CLI against the loopback
 * stub, the assistant scripted to say what the offline dialogue says at each point (so every
 * category's turns happen: a clarifying question, a request to confirm, follow-ups), the user
 * and tool roles on their own models. Asserted from the request log: each user turn is written
 * after the assistant's reply it answers, from the dialogue so far, as a persona; the tool model
 * sees the item's earlier results and the plan's errors; the teacher sees only what the
 * assistant saw.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import type { CanonicalRecord } from '../../core/record.js';
import { resolveConfig } from '../../pipeline/config.js';
import { heldOutTools, planItem, simulateOffline } from '../../pipeline/generate.js';
import { describeItem } from '../../pipeline/planning/category-mix.js';
import { start, type StubAnswer, type StubRequest, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { startCli, tempDir } from '../helpers/cli.js';

const pool = makePool(BUILTIN_TOOLS);
const SEED = 9;
const COUNT = 30;
const MIX = { clarification: 1, 'multi-turn': 1, safety: 1, dependent: 1, single: 1 };

/** The offline dialogue of each of the job's first items, by its first user turn. */
function offlineDialogues(n: number): Map<string, CanonicalRecord> {
  const config = resolveConfig({ seed: SEED, mix: MIX });
  const heldOut = heldOutTools(pool, config.unseen.toolShare, SEED);
  const out = new Map<string, CanonicalRecord>();
  for (let idx = 0; idx < n; idx++) {
    const d = describeItem(SEED, idx, MIX, config.unseen.itemShare);
    const plan = planItem(idx, d.seed, d.category, pool, { split: d.split, heldOut, distractors: config.toolset.distractors });
    const rec = simulateOffline(plan, pool, { id: 'x', split: 'train', noiseRate: 0 });
    out.set((rec.messages[1] as { content: string }).content, rec);
  }
  return out;
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);
const promptOf = (req: { messages?: { content?: string | null }[] }): string => String(req.messages?.[1]?.content ?? '');

/**
 * The stand-in: the user model writes the draft as it is; the assistant says what the offline
 * dialogue says next (its calls, or its words), except that `surprise` replaces a clarifying
 * question by a text that asks nothing; the teacher names the tool; the tool model answers from
 * the schema (the stub's default).
 */
function script(dialogues: Map<string, CanonicalRecord>, surprise = false) {
  return (req: StubRequest): StubAnswer | undefined => {
    const msgs = req.body.messages ?? [];
    if (req.body.model === 'stub-user') return { content: JSON.stringify({ message: promptOf(req.body).split('Message:\n')[1] ?? '' }) };
    if (req.body.model === 'stub-teacher') {
      const calls = promptOf(req.body).split('Calls to explain:\n')[1] ?? '';
      return { content: JSON.stringify({ reasoning: `The request fits ${calls.split('(')[0]} best: it does what the user asked.` }) };
    }
    if (req.body.model !== 'stub-assistant') return undefined;
    const first = msgs.find((m) => m.role === 'user')?.content ?? '';
    const rec = dialogues.get(first);
    if (!rec) return { content: `unplanned request: ${first}` };
    const next = rec.messages[msgs.length];
    if (!next || next.role !== 'assistant') return { content: 'All done.' };
    if (next.tool_calls?.length) {
      return { toolCalls: next.tool_calls.map((c, i) => ({ id: `call_${hash(`${first}#${msgs.length}#${i}`)}`, name: c.function.name, arguments: JSON.parse(c.function.arguments) })) };
    }
    if (surprise && rec.meta.category === 'clarification' && msgs.length === 2) return { content: 'Sure, I have noted that down for you.' };
    return { content: next.content ?? '' };
  };
}

function jobConfig(dir: string, stub: StubServer): string {
  const path = join(dir, 'job.yaml');
  writeFileSync(
    path,
    [
      `seed: ${SEED}`,
      `count: ${COUNT}`,
      `mix: ${JSON.stringify(MIX)}`,
      'backend: llm',
      'pool:',
      '  source: builtin',
      'endpoints:',
      '  - name: stub',
      `    baseURL: ${stub.url}`,
      '    apiKeyEnv: TOOLFORGE_TEST_KEY',
      '    maxRetries: 1',
      '    timeoutMs: 5000',
      'roles:',
      '  assistant: { endpoint: stub, model: stub-assistant, temperature: 0 }',
      '  teacher: { endpoint: stub, model: stub-teacher }',
      '  user: { endpoint: stub, model: stub-user }',
      '  tool: { endpoint: stub, model: stub-tool }',
      'concurrency: 4',
    ].join('\n'),
  );
  return path;
}

async function run(dir: string, stub: StubServer): Promise<void> {
  process.env.TOOLFORGE_TEST_KEY = 'sk-test-context';
  try {
    const r = await startCli(['run', '--out', join(dir, 'job'), '--config', jobConfig(dir, stub)]).done;
    if (process.env.KEEP_JOB) console.log(dir);
    expect(r.code, r.stderr).toBe(0);
  } finally {
    delete process.env.TOOLFORGE_TEST_KEY;
  }
}

function records(job: string): CanonicalRecord[] {
  const data = join(job, 'data');
  return readdirSync(data)
    .filter((n) => n.endsWith('.jsonl'))
    .flatMap((n) => readFileSync(join(data, n), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as CanonicalRecord));
}

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

describe('LLM agents with context in a job', () => {
  it('writes each user turn after the reply it answers, as a persona; the tool model sees the item so far; the teacher what the assistant saw', async () => {
    const dialogues = offlineDialogues(800);
    stub = await start({ script: script(dialogues) });
    const dir = tempDir('agents-context');
    await run(dir, stub);
    const byModel = (m: string) => stub!.requests.filter((b) => b.model === m);

    // Every user turn is written by the user model, as a persona, with the world.
    const user = byModel('stub-user').map(promptOf);
    expect(user.length).toBeGreaterThan(COUNT);
    expect(user.every((p) => /^You are: a \d+-year-old /.test(p) && /\nToday is \d{4}-\d{2}-\d{2}; you are in /.test(p))).toBe(true);
    expect(new Set(user.map((p) => p.split('\n')[0])).size).toBeGreaterThan(COUNT / 2);
    // Later turns are written from the dialogue so far, which holds the assistant's reply they answer.
    const later = user.filter((p) => !p.includes('(nothing yet: you write first)'));
    expect(later.length).toBeGreaterThan(5);
    expect(later.every((p) => /\nassistant: .+/.test(p))).toBe(true);
    const answers = later.filter((p) => p.includes('Your next message: The assistant asked you for a detail: give your'));
    expect(answers.length, 'clarification answers').toBeGreaterThan(0);
    const confirms = later.filter((p) => p.includes('confirm, starting with a clear yes'));
    expect(confirms.length, 'confirmations').toBeGreaterThan(0);
    for (const p of confirms) expect(p).toMatch(/\nassistant: [^\n]*\?/);
    expect(later.some((p) => p.includes('Your next message: Go on with the conversation'))).toBe(true);
    // A clarification's first request is told to leave the value out.
    expect(user.some((p) => /Do not say your .+ yet/.test(p))).toBe(true);

    // The tool model: today and place in every request, the item's earlier results in later ones.
    const tool = byModel('stub-tool');
    expect(tool.every((b) => /^Today: \d{4}-\d{2}-\d{2}\n/.test(promptOf(b)))).toBe(true);
    const withEarlier = tool.map(promptOf).filter((p) => !p.includes('Earlier calls in this session:\n(none)'));
    expect(withEarlier.length).toBeGreaterThan(0);
    for (const p of withEarlier) expect(p).toMatch(/Earlier calls in this session:\n- \w+\(\{.*\}\) returned \{/);
    // Planned errors reach the tool model and the record keeps the plan's code with the model's words.
    const errors = tool.filter((b) => b.response_format?.json_schema?.name === 'tool_error');
    expect(errors.length, 'planned errors').toBeGreaterThan(0);
    for (const b of errors) expect(promptOf(b)).toMatch(/This call fails: (NOT_FOUND|INVALID_ARGUMENT|UNAVAILABLE)/);
    const recs = records(join(dir, 'job'));
    const erred = recs.flatMap((r) => r.messages).filter((m) => m.role === 'tool' && /"code":"(NOT_FOUND|INVALID_ARGUMENT|UNAVAILABLE)"/.test(m.content));
    expect(erred.length).toBeGreaterThan(0);

    // The teacher sees only what the assistant saw: each line of its conversation is in the assistant's request.
    const seen = new Set(byModel('stub-assistant').flatMap((b) => (b.messages ?? []).map((m) => String(m.content ?? ''))));
    for (const b of byModel('stub-teacher')) {
      const conversation = promptOf(b).split('Conversation:\n')[1]?.split('\n\nCalls to explain:')[0] ?? '';
      for (const line of conversation.split('\n')) {
        const m = /^(user|tool|system): (.*)$/.exec(line);
        if (m) expect(seen.has(m[2]), line).toBe(true);
      }
    }
  });

  it('a user whose clarifying question never came reacts to the reply instead of answering a question', async () => {
    const dialogues = offlineDialogues(800);
    stub = await start({ script: script(dialogues, true) });
    const dir = tempDir('agents-surprise');
    await run(dir, stub);
    const user = stub.requests.filter((b) => b.model === 'stub-user').map(promptOf);
    const reactions = user.filter((p) => p.includes("The assistant's last reply is not what you expected: react to it"));
    expect(reactions.length).toBeGreaterThan(0);
    for (const p of reactions) expect(p).toContain('assistant: Sure, I have noted that down for you.');
  });
});
