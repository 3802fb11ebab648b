/**
 * `toolforge run --dry-run`: what an LLM job will cost before it starts. A sample of the job's
 * own items goes through the real LLM item path (prompts, retries, judges) against a rehearsal
 * model in this process: an answerer that does what the plan says (the assistant makes the
 * planned calls, the user says the planned request, the tool answers in its response schema,
 * judges pass). Prompt and completion tokens are counted with o200k_base on what would be sent
 * and answered (messages, tools, schemas), calls are counted as the client makes them, and the
 * sample's accept rate says how many items the job plans for its count. The range comes from
 * the accept rate's uncertainty over the sample (a 90% Wilson interval) and, above it, a real
 * model's longer answers (completion tokens up to each role's maxTokens are not assumed: the
 * high end doubles the rehearsal's completion tokens).
 *
 * Nothing is sent anywhere and no job directory is made.
 */
import { createHash } from 'node:crypto';
import type { ToolPool } from '../../api-pool/types.js';
import { LlmClient, type EndpointConfig, type RolesConfig } from '../../llm/index.js';
import type { Role } from '../../llm/config.js';
import type { UsageTotals } from '../../llm/usage.js';
import { countTokens } from '../../output/shard-stats.js';
import { LlmProcessor } from '../backends/llm-processor.js';
import type { JobConfig } from '../config.js';
import { heldOutTools, planItem, simulateOffline } from '../generate.js';
import { describeItem } from '../planning/category-mix.js';
import type { ClaimedItem } from './checkpoint.js';
import { generateFromSchema, type JsonSchema } from '../values/schema-sample.js';

export interface RoleEstimate {
  readonly role: string;
  readonly calls: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly costUsd: number;
}

export interface DryRunEstimate {
  readonly count: number;
  readonly sampled: number;
  readonly accepted: number;
  readonly acceptRate: number;
  /** Items the job is expected to plan for its count: [low, expected, high]. */
  readonly items: readonly [number, number, number];
  /** The whole job, per role, at the expected item count. */
  readonly byRole: readonly RoleEstimate[];
  readonly total: RoleEstimate;
  /** Cost range in US dollars: [low, expected, high]. */
  readonly costUsd: readonly [number, number, number];
  /** Share of the online price the calls are priced at (batch mode: llm.batch.priceFactor). */
  readonly priceFactor: number;
}

const REHEARSAL_HOST = 'http://rehearsal.invalid';

export async function dryRun(config: JobConfig, pool: ToolPool, options: { sample?: number } = {}): Promise<DryRunEstimate> {
  const sample = Math.max(1, Math.min(config.count, options.sample ?? 60));
  const heldOut = heldOutTools(pool, config.unseen.toolShare, config.seed);
  const planned = new Map<string, { name: string; arguments: unknown }[]>();
  // Tool-calling items only: code items (pipeline/code/) are not rehearsed.
  const items: ClaimedItem[] = [];
  for (let idx = 0; items.length < sample && idx < sample * 50; idx++) {
    const d = describeItem(config.seed, idx, config.mix as Record<string, number>, config.unseen.itemShare);
    if (d.category === 'code') continue;
    const plan = planItem(idx, d.seed, d.category, pool, { split: d.split, heldOut, distractors: config.toolset.distractors });
    const user = simulateOffline(plan, pool, { id: 'x', split: 'train', noiseRate: 0 }).messages[1];
    planned.set(user.role === 'user' ? user.content : '', plan.calls.map((c) => ({ name: c.name, arguments: c.arguments })));
    items.push({ idx, seed: d.seed, category: d.category, split: d.split, attempts: 1, retryBase: 0 });
  }

  // One rehearsal endpoint per role, priced as the role's real endpoint: the URL says whose call it is.
  const roles = config.roles as RolesConfig;
  const endpoints: EndpointConfig[] = [];
  const rehearsalRoles: RolesConfig = {};
  const prices = new Map<string, { inputUsdPerMTok: number; outputUsdPerMTok: number }>();
  for (const [role, rc] of Object.entries(roles) as [Role, NonNullable<RolesConfig[Role]>][]) {
    const realName = typeof rc.endpoint === 'string' ? rc.endpoint : rc.endpoint[0];
    const real = config.endpoints.find((e) => e.name === realName);
    const price = { inputUsdPerMTok: real?.inputUsdPerMTok ?? 0, outputUsdPerMTok: real?.outputUsdPerMTok ?? 0 };
    prices.set(role, price);
    endpoints.push({ name: `rehearse-${role}`, baseURL: `${REHEARSAL_HOST}/${role}/v1`, maxRetries: 0, maxConcurrency: 64, hedgePercentile: 0, ...price });
    rehearsalRoles[role] = { ...rc, endpoint: `rehearse-${role}` };
  }
  const client = new LlmClient({ endpoints, roles: rehearsalRoles, env: {}, cache: false, fetch: rehearsalFetch(planned) });
  const processor = new LlmProcessor({ ...config, llm: { ...config.llm, mode: 'online' } }, pool, client);
  let accepted = 0;
  try {
    for (let i = 0; i < items.length; i += 8) {
      const outcomes = await Promise.all(items.slice(i, i + 8).map((it) => processor.process(it)));
      accepted += outcomes.filter((o) => o.status === 'accepted').length;
    }
  } finally {
    client.close();
  }

  const usage = client.usage.snapshot();
  const acceptRate = accepted / sample;
  const [low, high] = wilson(accepted, sample, 1.645);
  const expectedItems = Math.ceil(config.count / Math.max(acceptRate, 1 / (sample * 2)));
  const itemsRange: [number, number, number] = [Math.ceil(config.count / Math.max(high, 1e-9)), expectedItems, Math.ceil(config.count / Math.max(low, 1 / (sample * 2)))];
  const priceFactor = config.llm.mode === 'batch' ? config.llm.batch.priceFactor : 1;
  const scale = expectedItems / sample;
  const byRole = Object.entries(usage.byRole).map(([role, u]) => estimateOf(role, u as UsageTotals, scale, priceFactor));
  const total = estimateOf('all', usage.totals, scale, priceFactor);
  const costFor = (n: number, completionFactor: number): number =>
    (n / sample) * priceFactor * Object.entries(usage.byRole).reduce((sum, [role, u]) => {
      const p = prices.get(role)!;
      return sum + (u!.promptTokens * p.inputUsdPerMTok + u!.completionTokens * completionFactor * p.outputUsdPerMTok) / 1e6;
    }, 0);
  return {
    count: config.count,
    sampled: sample,
    accepted,
    acceptRate,
    items: itemsRange,
    byRole,
    total,
    costUsd: [costFor(itemsRange[0], 1), total.costUsd, costFor(itemsRange[2], 2)],
    priceFactor,
  };
}

function estimateOf(role: string, u: UsageTotals, scale: number, priceFactor: number): RoleEstimate {
  return { role, calls: Math.round(u.calls * scale), promptTokens: Math.round(u.promptTokens * scale), completionTokens: Math.round(u.completionTokens * scale), costUsd: u.costUsd * scale * priceFactor };
}

/** Wilson score interval of a proportion. */
function wilson(k: number, n: number, z: number): [number, number] {
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = p + (z * z) / (2 * n);
  const r = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, (c - r) / d), Math.min(1, (c + r) / d)];
}

interface Body {
  model?: string;
  messages?: { role: string; content?: string | null; tool_calls?: unknown }[];
  tools?: { function: { name: string; parameters?: JsonSchema } }[];
  response_format?: { type: string; json_schema?: { schema?: JsonSchema } };
  seed?: number;
}

/** The rehearsal model behind a fetch: answers by role (from the URL), with o200k token counts. */
function rehearsalFetch(planned: Map<string, { name: string; arguments: unknown }[]>) {
  let n = 0;
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const role = url.slice(REHEARSAL_HOST.length + 1).split('/')[0];
    const body = JSON.parse(String(init?.body ?? '{}')) as Body;
    const answer = answerAs(role, body, planned, ++n);
    const toolCalls = answer.toolCalls?.map((t, i) => ({ id: t.id ?? `call_${n}_${i}`, type: 'function', function: { name: t.name, arguments: JSON.stringify(t.arguments) } }));
    const content = answer.content ?? null;
    // What a server counts: every message, the tools and the schema, a few tokens of framing each.
    const promptTokens =
      (body.messages ?? []).reduce((s, m) => s + 4 + countTokens(String(m.content ?? '')) + (m.tool_calls ? countTokens(JSON.stringify(m.tool_calls)) : 0), 0) +
      (body.tools ? countTokens(JSON.stringify(body.tools)) : 0) +
      (body.response_format?.json_schema ? countTokens(JSON.stringify(body.response_format.json_schema)) : 0);
    const completionTokens = Math.max(1, countTokens(content ?? '') + (toolCalls ? countTokens(JSON.stringify(toolCalls)) : 0));
    const completion = {
      id: `rehearsal-${n}`,
      object: 'chat.completion',
      created: 0,
      model: body.model ?? 'rehearsal',
      choices: [{ index: 0, message: { role: 'assistant', content, ...(toolCalls ? { tool_calls: toolCalls } : {}), refusal: null }, logprobs: null, finish_reason: toolCalls ? 'tool_calls' : 'stop' }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    };
    return new Response(JSON.stringify(completion), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

function answerAs(role: string, body: Body, planned: Map<string, { name: string; arguments: unknown }[]>, n: number): { content?: string; toolCalls?: { id?: string; name: string; arguments: unknown }[] } {
  const msgs = body.messages ?? [];
  const last = msgs[msgs.length - 1];
  const schema = body.response_format?.json_schema?.schema;
  switch (role) {
    case 'user':
      return { content: JSON.stringify({ message: String(msgs[1]?.content ?? '').split('Message:\n')[1] ?? '' }) };
    case 'judge':
      return { content: JSON.stringify({ reason: 'Supported by the conversation.', verdict: 'pass' }) };
    case 'teacher': {
      const calls = String(last?.content ?? '').split('Calls to explain:\n')[1] ?? '';
      return { content: JSON.stringify({ reasoning: `The request fits ${calls.split('(')[0]} best: it does what the user asked.` }) };
    }
    case 'assistant': {
      if (last?.role === 'tool') return { content: summaryOf(String(last.content ?? '')) };
      const user = msgs.find((m) => m.role === 'user')?.content ?? '';
      const calls = planned.get(String(user));
      if (calls === undefined || calls.length === 0) return { content: 'None of my tools can do that, sorry.' };
      return { toolCalls: calls.map((c, i) => ({ ...c, id: `call_${createHash('sha256').update(`${user}#${i}`).digest('hex').slice(0, 12)}` })) };
    }
    default: {
      // The tool (and any other role asked for JSON): a value of its schema.
      let state = (body.seed ?? 0) ^ Math.imul(n, 0x9e3779b1);
      const rng = (): number => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      return { content: schema ? JSON.stringify(generateFromSchema(schema, rng)) : 'OK.' };
    }
  }
}

/**
 * The rehearsal assistant's answer after a tool result: a short, whole-sentence summary of up
 * to three of its top-level values, as a concise model answers (the loopback stand-in of the
 * benches and tests answers the same way: scripts/lib/openai-stub-planned.ts).
 */
export function summaryOf(result: string): string {
  let facts: string[] = [];
  try {
    const v = JSON.parse(result) as unknown;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      facts = Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')
        .slice(0, 3)
        .map(([k, x]) => `${k.replace(/_/g, ' ')} ${String(x)}`);
    }
  } catch {
    /* not JSON: no facts */
  }
  return facts.length > 0 ? `Here is what I found: ${facts.join(', ')}.` : 'The tool answered; the details are in its result.';
}
