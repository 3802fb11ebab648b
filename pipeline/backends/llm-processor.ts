/**
 * The LLM backend of an item. The plan and the system prompt come from the offline planner;
 * each agent uses its role's model when the config gives it one, else its offline backend:
 * - user: the offline user agent's turns, rewritten by the `user` model in a drawn style;
 * - assistant (required): native tool calls (or the layer's prompt fallback), never the plan;
 *   each step is read against the plan's step (step-deviation.ts): an equivalent alternative is
 *   kept, any other deviation is sampled again up to `deviation.resamples` (step-samples.ts),
 *   then the item is rejected; `assistant.samples` asks several samples of every step at once;
 * - tool: the `tool` model answering in the API's response schema, the same call always
 *   getting the same answer (through the response cache);
 * - teacher: the rationale of each tool-calling step.
 * Each role's LLM side is in pipeline/agents/<role>/llm.ts.
 * The record then goes through the same rule verifier as offline records, with its plan, and,
 * where the `judge` role is configured, through the model judges (config `judges`).
 */
import type { ToolPool } from '../../api-pool/types.js';
import type { Check, Message, ToolCall, Verdict } from '../../core/record.js';
import type { LlmClient } from '../../llm/index.js';
import { judgeVotes, verifyRecord } from '../../verifiers/index.js';
import { llmAssistantStep } from '../agents/assistant/llm.js';
import { llmRationale } from '../agents/teacher/llm.js';
import { rationaleWanted } from '../agents/teacher/mode.js';
import { llmToolResult } from '../agents/tool/llm.js';
import { llmUserTurn, type CallContext } from '../agents/user/llm.js';
import { statedIn } from '../agents/user/rewrite-check.js';
import type { JobConfig } from '../config.js';
import type { ClaimedItem, ItemOutcome } from '../engine/checkpoint.js';
import { offlineToolResult, simulateOffline } from '../generate.js';
import type { Deviation } from './deviation-tally.js';
import { emptyTally } from './deviation-tally.js';
import { sameMeaningIn } from './equivalent-value.js';
import { verdictOutcome, type ItemProcessor } from './item-processor.js';
import { ItemPlanner, recordId } from './offline-processor.js';
import { plannedSteps, readStep } from './step-deviation.js';
import { DEFAULT_STEP_POLICY, sampleStep, type StepPolicy } from './step-samples.js';

/** Assistant messages per user turn at most: calls, results, calls again, ..., the answer. */
const MAX_STEPS_PER_TURN = 4;

export class LlmProcessor implements ItemProcessor {
  readonly #config: JobConfig;
  readonly #pool: ToolPool;
  readonly #client: LlmClient;
  readonly #planner: ItemPlanner;

  // No abort signal reaches the calls: on Ctrl-C, calls in flight finish (they are paid for)
  // and their items are stored; a second Ctrl-C ends the process at once.
  constructor(config: JobConfig, pool: ToolPool, client: LlmClient) {
    this.#config = config;
    this.#pool = pool;
    this.#client = client;
    this.#planner = new ItemPlanner(config, pool);
  }

  /** Batch mode: enough items in flight that a round holds many calls. */
  get minInFlight(): number {
    return this.#config.llm?.mode === 'batch' ? this.#config.llm.batch.itemsInFlight : 0;
  }

  async process(item: ClaimedItem): Promise<ItemOutcome> {
    try {
      return await this.#process(item);
    } finally {
      // Usage of a failed attempt is still spent; it is counted in the run's totals.
      this.#client.usage.takeItem(item.idx);
    }
  }

  async #process(item: ClaimedItem): Promise<ItemOutcome> {
    const roles = this.#config.roles;
    const client = this.#client;
    const plan = this.#planner.plan(item);
    const base = simulateOffline(plan, this.#pool, { id: recordId(this.#config.name, item.idx), split: item.split, noiseRate: 0 });
    const shown = new Set(plan.tools);
    const shownApis = plan.tools.flatMap((n) => this.#pool.byName.get(n) ?? []);
    const ctx: CallContext = { itemSeed: item.seed, attempt: item.attempts, itemIdx: item.idx };
    // The user's turns come from the offline user agent, in order: the first request, then
    // (after each assistant answer in text) the next one: an answer to a clarifying question,
    // a confirmation, or the next request of a multi-turn dialogue. The user model, when there
    // is one, rewrites each.
    const userTurns: Message[] = await Promise.all(
      base.messages
        .filter((m): m is Extract<Message, { role: 'user' }> => m.role === 'user')
        .map(async (m, turn) => (roles.user ? { role: 'user' as const, content: await llmUserTurn(client, m.content, turn, ctx, statedIn(m.content, plan.calls)) } : m)),
    );
    const messages: Message[] = [base.messages[0], userTurns[0]];
    const due = plannedSteps(plan.calls);
    const schemas = new Map(base.tools.map((t) => [t.function.name, t.function.parameters]));
    const policy = { samples: this.#config.assistant?.samples ?? DEFAULT_STEP_POLICY.samples, resamples: this.#config.deviation?.resamples ?? DEFAULT_STEP_POLICY.resamples };
    const tally = emptyTally();
    let offPlan: readonly Deviation[] | undefined;
    let nextUser = 1;
    for (let step = 0; step < MAX_STEPS_PER_TURN * userTurns.length && !offPlan; step++) {
      // The plan's calls for this step: its next step's, when that step belongs to the user turn the dialogue is at.
      const planned = due[0] && (due[0][0].turn ?? 0) === nextUser - 1 ? due[0] : [];
      const sampled = await sampleStep(
        (sample) => llmAssistantStep(client, messages, base.tools, ctx, sample),
        (s) => readStep(s.toolCalls, planned, (name) => schemas.get(name), sameMeaningIn(base, messages, s.toolCalls, this.#pool, plan)),
        policy,
        tally,
      );
      if (!sampled.kept) offPlan = sampled.reading.deviations;
      const calls = sampled.reading.calls;
      if (calls.length === 0) {
        messages.push({ role: 'assistant', content: sampled.step.text ?? '' });
        if (nextUser >= userTurns.length || offPlan) break;
        messages.push(userTurns[nextUser++]);
        continue;
      }
      if (planned.length > 0) due.shift();
      const toolCalls: ToolCall[] = calls.map((c) => ({
        id: c.id,
        type: 'function',
        function: { name: c.name, arguments: JSON.stringify(c.arguments) },
      }));
      // A step off the plan ends its item: no rationale or tool answers are bought for it.
      if (offPlan) {
        messages.push({ role: 'assistant', content: sampled.step.text || null, tool_calls: toolCalls });
        break;
      }
      // The teacher is asked only for a step the job's `rationale` setting keeps one for.
      const explain = roles.teacher && rationaleWanted(this.#config.rationale, calls, shownApis, messages);
      const reasoning = explain ? await llmRationale(client, base.tools, messages, calls, ctx) : undefined;
      messages.push({ role: 'assistant', content: sampled.step.text || null, ...(reasoning ? { reasoning } : {}), tool_calls: toolCalls });
      for (const c of calls) {
        const api = shown.has(c.name) ? this.#pool.byName.get(c.name) : undefined;
        const result = !api ? { error: `unknown function ${c.name}` } : roles.tool ? await llmToolResult(client, api, c.arguments, plan.world) : offlineToolResult(api, c.arguments, plan.world);
        messages.push({ role: 'tool', tool_call_id: c.id, content: JSON.stringify(result) });
      }
    }
    const usage = client.usage.item(item.idx);
    const record = {
      ...base,
      messages,
      meta: {
        ...base.meta,
        usage: { prompt_tokens: usage?.promptTokens ?? 0, completion_tokens: usage?.completionTokens ?? 0 },
      },
    };
    const rules = offPlanVerdict(verifyRecord(record, { pool: this.#pool, plan }), offPlan, policy);
    // The judges see what the rules accept; a record is kept only if they pass it too, and their votes go with it.
    const judged = rules.accepted && roles.judge ? await judgeVotes(record, client, { k: this.#config.judges?.k ?? 1, ...(this.#config.judges?.names ? { judges: this.#config.judges.names } : {}), itemIdx: item.idx }) : undefined;
    const verdict: Verdict = judged ? { accepted: judged.checks.length === 0, checks: [...rules.checks, ...judged.checks], judges: judged.votes } : rules;
    const spent = client.usage.item(item.idx);
    const cost = { promptTokens: spent?.promptTokens ?? 0, completionTokens: spent?.completionTokens ?? 0, costUsd: spent?.costUsd ?? 0 };
    return { ...verdictOutcome(item, record, verdict), ...cost, deviations: JSON.stringify(tally) };
  }
}

/** The rules' verdict on a record whose last step stayed off the plan: rejected, with what was off. */
function offPlanVerdict(rules: Verdict, offPlan: readonly Deviation[] | undefined, policy: StepPolicy): Verdict {
  if (!offPlan) return rules;
  const rule = offPlan.every((d) => d.class === 'wrong-value') ? 'plan.arguments' : 'plan.mismatch';
  const samples = policy.samples + policy.resamples;
  const check: Check = { rule, message: `an assistant step was off the plan in all ${samples} samples: ${offPlan.map((d) => `${d.class} (${d.detail})`).join('; ')}`, layer: 'rules' };
  return { accepted: false, checks: [check, ...rules.checks] };
}
