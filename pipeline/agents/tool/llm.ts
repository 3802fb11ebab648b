/**
 * The tool agent, LLM backend: the `tool` model plays the API and answers one call. It is told
 * today's date and where the user is, what the earlier calls of the same item returned (so a
 * list after a create shows what was created), and, for a call the plan makes fail, the error
 * to give. Its answer is then made to follow from the call by the offline agent's result rules
 * (offline.ts `alignResult`: echoes, filters, dates, counts, places), so a model that drifts
 * from the call cannot put a contradiction in the record. Answers are cached per item and call:
 * the same call in two items gets two answers, each in its item's world.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import { Rng, subSeed } from '../../../core/rng.js';
import type { ItemWorld } from '../../../core/plan.js';
import type { LlmClient } from '../../../llm/index.js';
import type { CallContext } from '../user/llm.js';
import { alignResult, errorResult, type ToolError } from './offline.js';
import { TOOL_SYSTEM, toolAnswerSchema, toolErrorSchema, toolPrompt, type EarlierCall } from './prompt.js';

export type { EarlierCall } from './prompt.js';

/** What the tool agent knows of the item beyond the call: its world, the calls before, the planned error. */
export interface ToolScene {
  readonly world: ItemWorld;
  readonly earlier: readonly EarlierCall[];
  readonly error?: ToolError;
  /** The call's moment on the item's clock (clock.ts). */
  readonly at?: string;
}

type Obj = Record<string, unknown>;

export async function llmToolResult(client: LlmClient, api: ApiSpec, args: Readonly<Obj>, scene: ToolScene, ctx: CallContext): Promise<unknown> {
  const key = `tool\u0000${api.name}\u0000${canonicalJson(args)}\u0000${scene.earlier.length}`;
  const planned = scene.error ? errorResult(api, args, scene.error) : undefined;
  const answer = await client.complete({
    ...ctx,
    role: 'tool',
    messages: [
      { role: 'system', content: TOOL_SYSTEM },
      { role: 'user', content: toolPrompt(api, args, scene.world, scene.earlier, planned && (planned.error as Obj)) },
    ],
    jsonSchema: planned ? { name: 'tool_error', schema: toolErrorSchema(String((planned.error as Obj).code)) } : { name: 'tool_result', schema: toolAnswerSchema(api) },
    itemSeed: subSeed(ctx.itemSeed, key),
  });
  if (planned) {
    // The code, status and argument are the plan's; the words are the model's.
    const said = (answer.json as { error: { message: string } }).error.message;
    return { error: { ...(planned.error as Obj), message: said } };
  }
  const returns = api.returns as { type?: unknown };
  const json = structuredClone(answer.json) as Obj;
  const rng = new Rng(subSeed(ctx.itemSeed, `align\u0000${key}`));
  if (returns.type === 'object') return alignResult(api, json, args, scene.world, rng, scene.at);
  return json.result;
}
