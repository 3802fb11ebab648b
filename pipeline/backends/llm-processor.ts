/**
 * The LLM backend of an item. The plan and the system prompt come from the offline planner;
 * each agent uses its role's model when the config gives it one, else its offline backend:
 * - user: the `user` model writes each turn when the dialogue reaches it, as the item's persona,
 *   toward the plan's goal for the turn (the offline user agent's draft and what must survive
 *   of it: agents/user/goals.ts);
 * - assistant (required): native tool calls (or the layer's prompt fallback), never the plan;
 *   each step is read against the plan's step (step-deviation.ts): an equivalent alternative is
 *   kept, any other deviation is sampled again up to `deviation.resamples` (step-samples.ts),
 *   then the item is rejected; `assistant.samples` asks several samples of every step at once;
 * - tool: the `tool` model answering in the API's response schema, told the item's world, the
 *   item's earlier results and the plan's error for the call, its answer aligned to the call
 *   by the offline result rules;
 * - teacher: the rationale of each tool-calling step.
 * Each role's LLM side is in pipeline/agents/<role>/llm.ts.
 * The record then goes through the same rule verifier as offline records, with its plan, and,
 * where the `judge` role is configured, through the model judges (config `judges`).
 */
import type { ToolPool } from '../../api-pool/types.js';
import type { Check, Message, ToolCall, Verdict } from '../../core/record.js';
import type { LlmClient } from '../../llm/index.js';
import { verifyRecord } from '../../verifiers/index.js';
import { llmAssistantStep } from '../agents/assistant/llm.js';
import { llmRationale } from '../agents/teacher/llm.js';
import { rationaleWanted } from '../agents/teacher/mode.js';
import { llmToolResult, type EarlierCall } from '../agents/tool/llm.js';
import { userGoals } from '../agents/user/goals.js';
import { llmUserTurn, type CallContext, type UserScene } from '../agents/user/llm.js';
import { describePersona, personaOf } from '../agents/user/persona-bank.js';
import type { JobConfig } from '../config.js';
import type { ClaimedItem, ItemOutcome } from '../engine/checkpoint.js';
import { offlineToolResult, simulateOffline } from '../generate.js';
import { EntityMemory } from '../agents/tool/entity-memory.js';
import type { Schema } from '../values/values.js';
import { callMoment } from '../agents/tool/clock.js';
import type { Deviation } from './deviation-tally.js';
import { emptyTally } from './deviation-tally.js';
import { sameMeaningIn } from './equivalent-value.js';
import { verdictOutcome, type ItemProcessor } from './item-processor.js';
import { withJudges } from './judged.js';
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
    // The user's turns, in order: the first request, then (after each assistant answer in text)
    // the next one: an answer to a clarifying question, a confirmation, or the next request of a
    // multi-turn dialogue. The offline user agent drafts each from the plan; the user model, when
    // there is one, writes each itself when the dialogue reaches it, as the item's persona.
    const drafts = base.messages.filter((m): m is Extract<Message, { role: 'user' }> => m.role === 'user').map((m) => m.content);
    const goals = roles.user ? userGoals(plan, drafts) : undefined;
    const persona = personaOf(item.seed, plan.domains[0], base.meta.plan?.language ?? 'en', plan.world.locale.language);
    const scene: UserScene = { persona: describePersona(persona), world: plan.world };
    const messages: Message[] = [base.messages[0]];
    const userTurn = async (turn: number): Promise<Message> => ({ role: 'user', content: goals ? await llmUserTurn(client, goals[turn], scene, messages, ctx) : drafts[turn] });
    messages.push(await userTurn(0));
    const due = plannedSteps(plan.calls);
    const schemas = new Map(base.tools.map((t) => [t.function.name, t.function.parameters]));
    const policy = { samples: this.#config.assistant?.samples ?? DEFAULT_STEP_POLICY.samples, resamples: this.#config.deviation?.resamples ?? DEFAULT_STEP_POLICY.resamples };
    const tally = emptyTally();
    let offPlan: readonly Deviation[] | undefined;
    let nextUser = 1;
    // What the tools returned so far in this item: the tool model keeps to it.
    const earlier: EarlierCall[] = [];
    const entities = new EntityMemory();
    // The step within the user turn the dialogue is at: with the turn, the moment of its calls on the item's clock.
    let turnStep = 0;
    for (let step = 0; step < MAX_STEPS_PER_TURN * drafts.length && !offPlan; step++) {
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
        if (nextUser >= drafts.length || offPlan) break;
        messages.push(await userTurn(nextUser++));
        turnStep = 0;
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
      const at = callMoment(plan.world, { turn: nextUser - 1, step: turnStep++ });
      for (const [k, c] of calls.entries()) {
        const api = shown.has(c.name) ? this.#pool.byName.get(c.name) : undefined;
        // The plan's error for the call this one stands for (a planned not-found or invalid input).
        const error = sampled.reading.planned[k]?.error;
        const answer = !api
          ? { error: `unknown function ${c.name}` }
          : roles.tool
            ? await llmToolResult(client, api, c.arguments, { world: plan.world, earlier, at, ...(error ? { error } : {}) }, ctx)
            : offlineToolResult(api, c.arguments, plan.world, error, at);
        // One thing keeps the name an earlier result gave it (tool/entity-memory.ts).
        const result = entities.agree(answer, api?.returns as Schema | undefined, c.arguments);
        entities.remember(result);
        earlier.push({ name: c.name, arguments: c.arguments, result });
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
    const verdict = await withJudges(rules, record, client, this.#config, item.idx);
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
