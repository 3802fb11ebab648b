/**
 * The tool agent, LLM backend: the `tool` model plays the API and answers one call in the API's
 * response schema, told today's date and where the user is. It is asked with a seed made from
 * the call itself, so the response cache gives the same call the same answer anywhere in the job.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import { subSeed } from '../../../core/rng.js';
import type { ItemWorld } from '../../../core/plan.js';
import type { LlmClient } from '../../../llm/index.js';
import { TOOL_SYSTEM, toolAnswerSchema, toolPrompt } from './prompt.js';

export async function llmToolResult(client: LlmClient, api: ApiSpec, args: Record<string, unknown>, world: ItemWorld): Promise<unknown> {
  const answer = await client.complete({
    role: 'tool',
    messages: [
      { role: 'system', content: TOOL_SYSTEM },
      { role: 'user', content: toolPrompt(api, args, world) },
    ],
    jsonSchema: { name: 'tool_result', schema: toolAnswerSchema(api) },
    // The same call on the same day in the same place: the same answer, anywhere in the job.
    itemSeed: subSeed(0x7001, `${api.name}\u0000${canonicalJson(args)}\u0000${world.today}\u0000${world.locale.city}`),
    attempt: 1,
  });
  return answer.json;
}
