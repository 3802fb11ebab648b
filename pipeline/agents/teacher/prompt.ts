/**
 * The teacher's prompt (AutoTool-style rationales). The static part comes first and is the same
 * for every call, so server-side prefix caches hit; the item's part follows.
 */
import type { Message, ToolDefinition } from '../../../core/record.js';

export const TEACHER_SYSTEM = [
  'You explain tool choices for a dataset that teaches models to call tools.',
  'You are shown the tools an assistant could use, the conversation so far, and the tool calls the assistant made next.',
  'Write one or two sentences, in English, that name the chosen tool (or tools) and say why it fits the request better than the other tools shown, and where each argument value comes from.',
  'Do not invent facts that are not in the conversation. Answer with JSON: {"reasoning": "..."}',
].join('\n');

export const TEACHER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['reasoning'],
  properties: { reasoning: { type: 'string', minLength: 10, maxLength: 1200 } },
} as const;

/** The item's part: the toolset (names and descriptions), the dialogue, the calls to explain. */
export function teacherUserMessage(
  tools: readonly ToolDefinition[],
  dialogue: readonly Message[],
  calls: readonly { name: string; arguments: unknown }[],
): string {
  const shown = tools.map((t) => `- ${t.function.name}: ${t.function.description}`).join('\n');
  const lines = dialogue
    .filter((m) => m.role !== 'system')
    .map((m) => {
      if (m.role === 'assistant') {
        return m.tool_calls?.length
          ? `assistant called ${m.tool_calls.map((c) => `${c.function.name}(${c.function.arguments})`).join(', ')}`
          : `assistant: ${m.content ?? ''}`;
      }
      return `${m.role}: ${m.content}`;
    })
    .join('\n');
  const chosen = calls.map((c) => `${c.name}(${JSON.stringify(c.arguments)})`).join(', ');
  return `Tools shown:\n${shown}\n\nConversation:\n${lines}\n\nCalls to explain:\n${chosen}`;
}
