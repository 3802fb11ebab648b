/**
 * Deviation handling in a real job: the CLI against the loopback stub, scripted as a model that
 * follows the plan except in one class of deviation (wrong tool, wrong value, missing call, extra
 * call, reordered independent calls, an equivalent value), either once per step (its next sample
 * agrees) or always. Each class is counted in `status` and handled as specified: equivalent
 * kept at once, the others resampled then kept, or rejected after `deviation.resamples`, with
 * the request counts read from the stub's request log.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import { start, type StubAnswer, type StubRequest, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { readShards, startCli, tempDir, type CliResult } from '../helpers/cli.js';
import { plannedCalls, plannedModel, type PlannedCalls } from '../helpers/planned-model.js';

type Call = { name: string; arguments: Record<string, unknown> };
/** The model's calls for a step off the plan, or its text instead of calls; undefined: the class does not apply to this step. */
type Deviate = (calls: Call[], tools: readonly string[]) => Call[] | string | undefined;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const firstArg = (c: Call, ok: (v: unknown) => boolean): string | undefined => Object.keys(c.arguments).find((k) => ok(c.arguments[k]));
const withArg = (calls: Call[], k: string, v: unknown): Call[] => [{ ...calls[0], arguments: { ...calls[0].arguments, [k]: v } }, ...calls.slice(1)];

const DEVIATE: Record<string, Deviate> = {
  'wrong-tool': (calls, tools) => {
    const other = tools.find((t) => !calls.some((c) => c.name === t));
    return other ? [{ ...calls[0], name: other }, ...calls.slice(1)] : undefined;
  },
  'wrong-value': (calls) => {
    const k = firstArg(calls[0], (v) => typeof v === 'string' || typeof v === 'number');
    return k === undefined ? undefined : withArg(calls, k, typeof calls[0].arguments[k] === 'number' ? (calls[0].arguments[k] as number) + 7 : 'zzyzx');
  },
  'missing-call': () => 'Done, all sorted.',
  'extra-call': (calls) => [...calls, calls[0]],
  reordered: (calls) => (calls.length > 1 ? [...calls].reverse() : undefined),
  // A day in words ("June 2, 2025" for 2025-06-02), else a number written as text.
  'equivalent-value': (calls) => {
    const day = firstArg(calls[0], (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
    if (day !== undefined) {
      const [y, m, d] = (calls[0].arguments[day] as string).split('-').map(Number);
      return withArg(calls, day, `${MONTHS[m - 1]} ${d}, ${y}`);
    }
    const n = firstArg(calls[0], (v) => typeof v === 'number');
    return n === undefined ? undefined : withArg(calls, n, String(calls[0].arguments[n]));
  },
};

const pool = makePool(BUILTIN_TOOLS);
const SEED = 5;
const PLANNED = 60;
const planned = new Map<string, PlannedCalls>();
function plannedFor(mix: Record<string, number>): PlannedCalls {
  const key = JSON.stringify(mix);
  if (!planned.has(key)) planned.set(key, plannedCalls(pool, SEED, PLANNED, mix));
  return planned.get(key)!;
}

const userOf = (req: StubRequest): string => String(req.body.messages?.find((m) => m.role === 'user')?.content ?? '');

/** The planned model, with a whole final answer (the helper's is cut at 80 characters, which the hygiene rules reject). */
function follower(calls: PlannedCalls) {
  const follow = plannedModel(calls, { assistant: 'stub-assistant', teacher: 'stub-teacher' });
  return (req: StubRequest): StubAnswer | undefined => {
    const msgs = req.body.messages ?? [];
    return msgs[msgs.length - 1]?.role === 'tool' ? { content: `Here is what I found: ${String(msgs[msgs.length - 1].content)}` } : follow(req);
  };
}

/**
 * The planned model, off the plan in class `kind` at every step that plans calls, in the first
 * `off` samples of the step (the ones after that agree); `deviated` collects the items' requests.
 */
function deviatingModel(calls: PlannedCalls, kind: string, off: number, deviated: Set<string>) {
  const follow = follower(calls);
  const asked = new Map<string, number>();
  return (req: StubRequest): StubAnswer | undefined => {
    const answer = follow(req);
    if (!answer?.toolCalls) return answer;
    const key = JSON.stringify(req.body.messages);
    const n = asked.get(key) ?? 0;
    asked.set(key, n + 1);
    if (n >= off) return answer;
    const other = DEVIATE[kind](answer.toolCalls as Call[], (req.body.tools ?? []).map((t) => t.function.name));
    if (other === undefined) return answer;
    deviated.add(userOf(req));
    return typeof other === 'string' ? { content: other } : { toolCalls: other.map((c, i) => ({ ...c, id: `${answer.toolCalls![0].id}_${i}` })) };
  };
}

function config(dir: string, stub: StubServer, mix: Record<string, number>, extra: string): string {
  const path = join(dir, 'job.yaml');
  const lines = [
    `seed: ${SEED}`,
    extra.includes('count:') ? '' : 'count: 6',
    'maxPlannedFactor: 2',
    `mix: ${JSON.stringify(mix)}`,
    'backend: llm',
    'concurrency: 1',
    'pool:',
    '  source: builtin',
    'endpoints:',
    '  - name: stub',
    `    baseURL: ${stub.url}`,
    '    apiKeyEnv: TOOLFORGE_TEST_KEY',
    '    maxRetries: 0',
    'roles:',
    '  assistant: { endpoint: stub, model: stub-assistant, temperature: 0.7 }',
    extra,
  ];
  writeFileSync(path, lines.join('\n'));
  return path;
}

function cli(args: string[]): Promise<CliResult> {
  process.env.TOOLFORGE_TEST_KEY = 'sk-test-deviation';
  try {
    return startCli(args).done;
  } finally {
    delete process.env.TOOLFORGE_TEST_KEY;
  }
}

interface Status {
  accepted: number;
  rejected: number;
  failed: number;
  rejectionsByRule: { rule: string; count: number }[];
  llm: { byRole: { assistant: { calls: number } } };
  deviations: { steps: number; samples: number; itemsDeviated: number; byClass: Record<string, Record<string, number>> };
}

type Rec = { messages: { role: string; content?: string; tool_calls?: { function: { name: string; arguments: string } }[] }[] };
function records(dir: string): Rec[] {
  return [...readShards(dir).values()].flatMap((b) => b.toString('utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec));
}

interface ItemSeen {
  readonly user: string;
  readonly status: string;
  /** The item's deviations by class and handling, as its checkpoint row has them. */
  readonly byClass: Record<string, Record<string, number>>;
  /** Its requests in the stub's log. */
  readonly requests: number;
  readonly deviated: boolean;
}

/** Run a job with the deviating model: its resolved items (as the checkpoint has them), the status, the records. */
async function run(kind: string, off: number, mix: Record<string, number>, extra = '') {
  const calls = plannedFor(mix);
  const users = [...calls.keys()];
  expect(users).toHaveLength(PLANNED); // one request text per item: the stub's log splits by item
  const deviated = new Set<string>();
  stub = await start({ script: deviatingModel(calls, kind, off, deviated) });
  const dir = tempDir(`deviation-${kind}`);
  const job = join(dir, 'job');
  const r = await cli(['run', '--out', job, '--config', config(dir, stub, mix, extra)]);
  expect([0, 1], r.stderr.slice(-2000)).toContain(r.code);
  const s = JSON.parse((await cli(['status', job, '--json'])).stdout) as Status;
  const perItem = new Map<string, number>();
  for (const b of stub.requests) {
    const user = String(b.messages?.find((m) => m.role === 'user')?.content ?? '');
    perItem.set(user, (perItem.get(user) ?? 0) + 1);
  }
  const db = new Database(join(job, 'checkpoint.sqlite'), { readonly: true });
  const rows = db.prepare("SELECT idx, status, deviations FROM items WHERE status IN ('accepted', 'rejected') ORDER BY idx").all() as { idx: number; status: string; deviations: string }[];
  db.close();
  const items: ItemSeen[] = rows.map((row) => ({
    user: users[row.idx],
    status: row.status,
    byClass: (JSON.parse(row.deviations) as { byClass: Record<string, Record<string, number>> }).byClass,
    requests: perItem.get(users[row.idx]) ?? 0,
    deviated: deviated.has(users[row.idx]),
  }));
  expect(items.filter((i) => i.deviated).length, `no item of ${JSON.stringify(mix)} let the model deviate as ${kind}`).toBeGreaterThanOrEqual(2);
  // The status counts every request the stub logged, and sums the items' rows.
  expect(s.llm.byRole.assistant.calls).toBe(stub.requestCount());
  const sum: Record<string, Record<string, number>> = {};
  for (const i of items) for (const [c, h] of Object.entries(i.byClass)) for (const [k, n] of Object.entries(h)) (sum[c] ??= {})[k] = (sum[c][k] ?? 0) + n;
  expect(s.deviations.byClass).toEqual(sum);
  expect(s.deviations.itemsDeviated).toBe(items.filter((i) => Object.keys(i.byClass).length > 0).length);
  return { items, s, recs: records(job), calls, stub, job };
}

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

const SINGLE = { single: 1 };
const PARALLEL = { parallel: 1 };

describe('deviation handling in a job against the stub', () => {
  it.each([
    ['reordered', PARALLEL],
    ['equivalent-value', SINGLE],
  ])('keeps a step with %s calls at once, counted as accepted, no resample', async (kind, mix) => {
    const { items, recs, calls } = await run(kind, Infinity, mix, 'count: 12');
    for (const i of items) {
      expect(i.byClass, i.user).toEqual(i.deviated ? { [kind]: { accepted: 1 } } : {});
      expect(i.status, i.user).toBe('accepted');
      expect(i.requests, i.user).toBe(2); // the calls, then the answer: nothing asked again
    }
    // An equivalent value is written as planned: the record's calls are the plan's (reordered ones in the model's order).
    for (const rec of recs) {
      const user = rec.messages.find((m) => m.role === 'user')?.content ?? '';
      const step = rec.messages.find((m) => m.tool_calls)?.tool_calls ?? [];
      const got = step.map((c) => ({ name: c.function.name, arguments: JSON.parse(c.function.arguments) as unknown }));
      const seen = items.find((i) => i.user === user)!;
      expect(kind === 'reordered' && seen.deviated ? [...got].reverse() : got).toEqual(calls.get(user));
    }
  });

  it.each([
    ['wrong-tool', SINGLE],
    ['wrong-value', SINGLE],
    ['missing-call', SINGLE],
    ['extra-call', SINGLE],
  ])('resamples a step with a %s and keeps the sample that agrees', async (kind, mix) => {
    const { items, stub } = await run(kind, 1, mix);
    for (const i of items) {
      expect(i.byClass, i.user).toEqual(i.deviated ? { [kind]: { resampled: 1 } } : {});
      expect(i.status, i.user).toBe('accepted');
      expect(i.requests, i.user).toBe(i.deviated ? 3 : 2); // the step off the plan, its new sample, the answer
    }
    // The new sample is a new request: the same conversation with another seed.
    const deviated = new Set(items.filter((i) => i.deviated).map((i) => i.user));
    const seeds = new Map<string, Set<number | undefined>>();
    for (const b of stub.requests.filter((b) => b.messages?.length === 2 && deviated.has(String(b.messages[1].content)))) {
      const key = JSON.stringify(b.messages);
      seeds.set(key, (seeds.get(key) ?? new Set()).add(b.seed));
    }
    expect(seeds.size).toBe(deviated.size);
    for (const s of seeds.values()) expect(s.size).toBe(2);
  });

  it.each([
    ['wrong-tool', SINGLE, 'plan.mismatch'],
    ['wrong-value', SINGLE, 'plan.arguments'],
    ['missing-call', SINGLE, 'plan.mismatch'],
    ['extra-call', SINGLE, 'plan.mismatch'],
  ])('rejects an item whose step keeps a %s through the budget (deviation.resamples: 1)', async (kind, mix, rule) => {
    const { items, s, job } = await run(kind, Infinity, mix, 'deviation: { resamples: 1 }');
    for (const i of items) {
      expect(i.byClass, i.user).toEqual(i.deviated ? { [kind]: { resampled: 1, rejected: 1 } } : {});
      expect(i.status, i.user).toBe(i.deviated ? 'rejected' : 'accepted');
      expect(i.requests, i.user).toBe(2); // deviated: two samples of the step, then nothing more for the item
    }
    const rejected = items.filter((i) => i.deviated).length;
    expect(s.rejected).toBe(rejected);
    expect(s.rejectionsByRule.find((r) => r.rule === rule)?.count).toBe(rejected);
    // The card counts the deviations too, by class and what became of them.
    if (kind === 'wrong-tool') {
      const card = await cli(['card', job]);
      expect(card.code, card.stderr).toBe(0);
      const text = readFileSync(join(job, 'README.md'), 'utf8');
      expect(text).toContain(`${rejected} items had a sample off it`);
      expect(text).toContain('| deviation | rejected | resampled |');
      expect(text).toContain(`| wrong-tool | ${rejected} | ${rejected} |`);
    }
  });

  it('asks assistant.samples samples of every step and keeps the one that agrees; the others are counted', async () => {
    // Of each call step's three samples, the first two to arrive have a wrong value: only the third agrees.
    const { items, s, job } = await run('wrong-value', 2, SINGLE, 'assistant: { samples: 3 }');
    for (const i of items) {
      expect(i.byClass, i.user).toEqual(i.deviated ? { 'wrong-value': { discarded: 2 } } : {});
      expect(i.status, i.user).toBe('accepted');
      expect(i.requests, i.user).toBe(6); // three samples of the calls, three of the answer
    }
    expect(s.deviations.samples).toBe(3 * s.deviations.steps);
    const discarded = 2 * items.filter((i) => i.deviated).length;
    const text = (await cli(['status', job])).stdout;
    expect(text).toContain(`assistant steps against the plan: ${s.deviations.steps} steps in ${items.length} items, ${s.deviations.samples} samples asked`);
    expect(text).toMatch(new RegExp(`wrong-value\\s+0\\s+0\\s+${discarded}\\s+0\\n`));
  });
});
