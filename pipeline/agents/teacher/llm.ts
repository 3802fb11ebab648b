/** The teacher, LLM backend: the rationale of one tool-calling step, from the `teacher` model. */
import type { Message, ToolDefinition } from '../../../core/record.js';
import type { LlmClient } from '../../../llm/index.js';
import type { CallContext } from '../user/llm.js';
import { TEACHER_SCHEMA, TEACHER_SYSTEM, teacherUserMessage } from './prompt.js';

export async function llmRationale(
  client: LlmClient,
  tools: readonly ToolDefinition[],
  dialogue: readonly Message[],
  calls: readonly { name: string; arguments: unknown }[],
  ctx: CallContext,
): Promise<string> {
  const answer = await client.complete({
    ...ctx,
    role: 'teacher',
    messages: [
      { role: 'system', content: TEACHER_SYSTEM },
      { role: 'user', content: teacherUserMessage(tools, dialogue, calls) },
    ],
    jsonSchema: { name: 'rationale', schema: TEACHER_SCHEMA },
  });
  return (answer.json as { reasoning: string }).reasoning;
}
