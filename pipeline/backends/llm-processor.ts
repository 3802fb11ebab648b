/**
 * The LLM backend of an item. The plan and the system prompt come from the offline planner;
 * each agent uses its role's model when the config gives it one, else its offline backend:
 * - user: the offline user agent's turns, rewritten by the `user` model in a drawn style;
 * - assistant (required): native tool calls (or the layer's prompt fallback), never the plan;
 * - tool: the `tool` model answering in the API's response schema, the same call always
 *   getting the same answer (through the response cache);
 * - teacher: the rationale of each tool-calling step.
 * The record then goes through the same rule verifier as offline records, with its plan.
 */
import type { ApiSpec, ToolPool } from '../../api-pool/types.js';
import type { Message, ToolCall, ToolDefinition } from '../../core/record.js';
import { verifyRecord } from '../../verifiers/index.js';
import type { ClaimedItem, ItemOutcome } from '../engine/checkpoint.js';
import type { JobConfig } from '../config.js';
import { offlineToolResult, simulateOffline } from '../generate.js';
import { verdictOutcome, type ItemProcessor } from './item-processor.js';
import type { LlmClient, ToolDef } from '../../llm/index.js';
import { ItemPlanner, recordId } from './offline-processor.js';
import { TEACHER_SCHEMA, TEACHER_SYSTEM, teacherUserMessage } from '../agents/teacher/prompt.js';
import { TOOL_SYSTEM, toolAnswerSchema, toolPrompt } from '../agents/tool/prompt.js';
import { USER_SCHEMA, USER_STYLES, USER_SYSTEM, userPrompt } from '../agents/user/prompt.js';
import { subSeed } from '../../core/rng.js';
import { canonicalJson } from '../../core/canonical-json.js';

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

  async process(item: ClaimedItem): Promise<ItemOutcome> {
    try {
      return await this.#process(item);
    } finally {
      // Usage of a failed attempt is still spent; it is counted in the run's totals.
      this.#client.usage.takeItem(item.idx);
    }
  }

  async #process(item: ClaimedItem): Promise<ItemOutcome> {
    const plan = this.#planner.plan(item);
    const base = simulateOffline(plan, this.#pool, { id: recordId(this.#config.name, item.idx), split: item.split, noiseRate: 0 });
    const shown = new Set(plan.tools);
    // The user's turns come from the offline user agent, in order: the first request, then
    // (after each assistant answer in text) the next one: an answer to a clarifying question,
    // a confirmation, or the next request of a multi-turn dialogue.
    const userTurns = await Promise.all(
      base.messages.filter((m): m is Extract<Message, { role: 'user' }> => m.role === 'user').map((m, turn) => this.#userTurn(m, turn, item)),
    );
    const messages: Message[] = [base.messages[0], userTurns[0]];
    let nextUser = 1;
    const common = { itemSeed: item.seed, attempt: item.attempts, itemIdx: item.idx };
    for (let step = 0; step < MAX_STEPS_PER_TURN * userTurns.length; step++) {
      const answer = await this.#client.complete({
        ...common,
        role: 'assistant',
        messages,
        tools: base.tools as readonly ToolDef[],
        // Wrong arguments are the verifier's to judge and count, not a reason to re-ask.
        validateToolArguments: false,
      });
      const calls = answer.toolCalls ?? [];
      if (calls.length === 0) {
        messages.push({ role: 'assistant', content: answer.text ?? '' });
        if (nextUser >= userTurns.length) break;
        messages.push(userTurns[nextUser++]);
        continue;
      }
      const toolCalls: ToolCall[] = calls.map((c) => ({
        id: c.id,
        type: 'function',
        function: { name: c.name, arguments: JSON.stringify(c.arguments) },
      }));
      const reasoning = await this.#rationale(base.tools, messages, calls, common);
      messages.push({ role: 'assistant', content: answer.text || null, ...(reasoning ? { reasoning } : {}), tool_calls: toolCalls });
      for (const c of calls) {
        const api = shown.has(c.name) ? this.#pool.byName.get(c.name) : undefined;
        const result = api ? await this.#toolResult(api, c.arguments) : { error: `unknown function ${c.name}` };
        messages.push({ role: 'tool', tool_call_id: c.id, content: JSON.stringify(result) });
      }
    }
    const usage = this.#client.usage.item(item.idx);
    const record = {
      ...base,
      messages,
      meta: {
        ...base.meta,
        usage: { prompt_tokens: usage?.promptTokens ?? 0, completion_tokens: usage?.completionTokens ?? 0 },
      },
    };
    const verdict = verifyRecord(record, { pool: this.#pool, plan });
    const spent = { promptTokens: usage?.promptTokens ?? 0, completionTokens: usage?.completionTokens ?? 0, costUsd: usage?.costUsd ?? 0 };
    return { ...verdictOutcome(item, record, verdict), ...spent };
  }

  /** The user's turn: the offline agent's message, rewritten by the `user` model when there is one. */
  async #userTurn(offline: Extract<Message, { role: 'user' }>, turn: number, item: ClaimedItem): Promise<Message> {
    if (!this.#config.roles.user) return offline;
    const style = USER_STYLES[subSeed(item.seed, `user-style:${turn}`) % USER_STYLES.length];
    const answer = await this.#client.complete({
      role: 'user',
      messages: [
        { role: 'system', content: USER_SYSTEM },
        { role: 'user', content: userPrompt(offline.content, style) },
      ],
      jsonSchema: { name: 'user_message', schema: USER_SCHEMA },
      itemSeed: item.seed,
      attempt: item.attempts,
      itemIdx: item.idx,
    });
    return { role: 'user', content: (answer.json as { message: string }).message };
  }

  /**
   * A tool's answer: the offline tool agent, or the `tool` model. The model is asked with a
   * seed made from the call itself, so the response cache gives the same call the same answer
   * anywhere in the job.
   */
  async #toolResult(api: ApiSpec, args: Record<string, unknown>): Promise<unknown> {
    if (!this.#config.roles.tool) return offlineToolResult(api, args);
    const answer = await this.#client.complete({
      role: 'tool',
      messages: [
        { role: 'system', content: TOOL_SYSTEM },
        { role: 'user', content: toolPrompt(api, args) },
      ],
      jsonSchema: { name: 'tool_result', schema: toolAnswerSchema(api) },
      itemSeed: subSeed(0x7001, `${api.name}\u0000${canonicalJson(args)}`),
      attempt: 1,
    });
    return answer.json;
  }

  async #rationale(
    tools: readonly ToolDefinition[],
    dialogue: readonly Message[],
    calls: readonly { name: string; arguments: unknown }[],
    common: { itemSeed: number; attempt: number; itemIdx: number },
  ): Promise<string | undefined> {
    if (!this.#config.roles.teacher) return undefined;
    const answer = await this.#client.complete({
      ...common,
      role: 'teacher',
      messages: [
        { role: 'system', content: TEACHER_SYSTEM },
        { role: 'user', content: teacherUserMessage(tools, dialogue, calls) },
      ],
      jsonSchema: { name: 'rationale', schema: TEACHER_SCHEMA },
    });
    return (answer.json as { reasoning: string }).reasoning;
  }
}
