/**
 * The assistant, LLM backend: one step of the `assistant` model over the dialogue so far, with
 * native tool calls (or the LLM layer's prompt fallback). It never sees the plan.
 */
import type { Message, ToolDefinition } from '../../../core/record.js';
import type { LlmClient, LlmToolCall, ToolDef } from '../../../llm/index.js';
import type { CallContext } from '../user/llm.js';

export interface AssistantStep {
  readonly text: string | undefined;
  readonly toolCalls: readonly LlmToolCall[];
}

/** `sample`: which sample of this step (0 first); another is a fresh request (pipeline/backends/step-samples.ts). */
export async function llmAssistantStep(client: LlmClient, messages: readonly Message[], tools: readonly ToolDefinition[], ctx: CallContext, sample = 0): Promise<AssistantStep> {
  const answer = await client.complete({
    ...ctx,
    ...(sample > 0 ? { sample } : {}),
    role: 'assistant',
    messages,
    tools: tools as readonly ToolDef[],
    // Wrong arguments are the verifier's to judge and count, not a reason to re-ask.
    validateToolArguments: false,
  });
  return { text: answer.text, toolCalls: answer.toolCalls ?? [] };
}
