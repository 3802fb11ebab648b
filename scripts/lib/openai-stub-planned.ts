/**
 * A stand-in assistant that does what the plan says, for jobs against the loopback stub: the
 * planned calls for each user request, then a summary of the last result; the teacher names the
 * tool. Every answer depends only on the request, as with a temperature-0 model.
 */
import { createHash } from 'node:crypto';
import type { ToolPool } from '../../api-pool/types.js';
import { resolveConfig } from '../../pipeline/config.js';
import { heldOutTools, planItem, simulateOffline } from '../../pipeline/generate.js';
import { describeItem } from '../../pipeline/planning/category-mix.js';
import { summaryOf } from '../../pipeline/engine/dry-run.js';
import type { StubAnswer, StubRequest } from './openai-stub-server.js';

export type PlannedCalls = Map<string, { name: string; arguments: unknown }[]>;

/** What the planner intends for the first `n` items of a job seeded `seed` on `pool`: user text -> calls. */
export function plannedCalls(pool: ToolPool, seed: number, n: number, mix: Readonly<Record<string, number>>): PlannedCalls {
  const out: PlannedCalls = new Map();
  const config = resolveConfig({ seed, mix });
  const heldOut = heldOutTools(pool, config.unseen.toolShare, seed);
  for (let idx = 0; idx < n; idx++) {
    const d = describeItem(seed, idx, mix, config.unseen.itemShare);
    if (d.category === 'code') continue; // code items call no API tool
    const plan = planItem(idx, d.seed, d.category, pool, { split: d.split, heldOut, distractors: config.toolset.distractors });
    const rec = simulateOffline(plan, pool, { id: 'x', split: 'train', noiseRate: 0 });
    const user = rec.messages[1];
    out.set(user.role === 'user' ? user.content : '', plan.calls.map((c) => ({ name: c.name, arguments: c.arguments })));
  }
  return out;
}

/** The assistant and teacher answers of a model that follows `planned`; undefined for other roles' requests. */
export function plannedModel(planned: PlannedCalls, models: { assistant: string; teacher: string }) {
  return (req: StubRequest): StubAnswer | undefined => {
    const msgs = req.body.messages ?? [];
    const last = msgs[msgs.length - 1];
    if (req.body.model === models.teacher) {
      const calls = String(last?.content ?? '').split('Calls to explain:\n')[1] ?? '';
      return { content: JSON.stringify({ reasoning: `The request fits ${calls.split('(')[0]} best: it does what the user asked.` }) };
    }
    if (req.body.model !== models.assistant) return undefined;
    if (last?.role === 'tool') return { content: summaryOf(String(last.content)) };
    const user = msgs.find((m) => m.role === 'user')?.content ?? '';
    const calls = planned.get(user);
    if (calls === undefined) return { content: `unplanned request: ${user}` };
    if (calls.length === 0) return { content: 'None of my tools can do that, sorry.' };
    return { toolCalls: calls.map((c, i) => ({ ...c, id: `call_${createHash('sha256').update(`${user}#${i}`).digest('hex').slice(0, 12)}` })) };
  };
}

/**
 * Every role of a job on the stub: the assistant and the teacher follow `planned`, the user model
 * writes its draft as it is, the judges pass, and the tool model (undefined here) is answered by
 * the stub from its response schema.
 */
export function allRolesModel(planned: PlannedCalls) {
  const follow = plannedModel(planned, { assistant: 'stub-assistant', teacher: 'stub-teacher' });
  return (req: StubRequest): StubAnswer | undefined => {
    if (req.body.model === 'stub-user') return { content: JSON.stringify({ message: String(req.body.messages?.[1]?.content ?? '').split('Message:\n')[1] ?? '' }) };
    if (req.body.model === 'stub-judge') return { content: JSON.stringify({ reason: 'Supported by the conversation.', verdict: 'pass' }) };
    return follow(req);
  };
}

/** The config of a job on the built-in tools with every role on the stub at `url` (models as `allRolesModel` answers them). */
export function allRolesConfig(o: { readonly seed: number; readonly count: number; readonly mix: Readonly<Record<string, number>>; readonly url: string }): string {
  return [
    `seed: ${o.seed}`,
    `count: ${o.count}`,
    `mix: ${JSON.stringify(o.mix)}`,
    'backend: llm',
    'concurrency: 16',
    'pool: { source: builtin }',
    'endpoints:',
    `  - { name: stub, baseURL: ${o.url}, maxRetries: 0, inputUsdPerMTok: 0.15, outputUsdPerMTok: 0.6 }`,
    'roles:',
    '  assistant: { endpoint: stub, model: stub-assistant, temperature: 0 }',
    '  teacher: { endpoint: stub, model: stub-teacher }',
    '  user: { endpoint: stub, model: stub-user }',
    '  tool: { endpoint: stub, model: stub-tool }',
    '  judge: { endpoint: stub, model: stub-judge }',
  ].join('\n');
}
