/**
 * The teacher's prompt (AutoTool-style rationales). The static part comes first and is the same
 * for every call, so server-side prefix caches hit; the item's part follows.
 */
import type { Message, ToolDefinition } from '../../../core/record.js';

export const TEACHER_SYSTEM = [
  'You explain tool choices for a dataset that teaches models to call tools.',
  'You are shown the tools an assistant could use, the conversation so far, and the tool calls the assistant made next.',
  'Write one to three sentences, in English, under 50 words, that name the chosen tool (or tools) and give the reason that decides:',
  '- what in the request picks this tool and these values: quote the user\'s own words for the deciding values (e.g. they want flights "under $300" leaving "Friday", so search_flights with max_price 300);',
  '- which value comes from which earlier tool result, and why calls run in parallel when there are several;',
  '- another tool only when it is a real near-miss (it shares the action or the object with the chosen one), and then the one difference that rules it out. Do not list the other tools, and never justify a choice between tools that do the same thing.',
  'Do not invent facts that are not in the conversation. Answer with JSON: {"reasoning": "..."}',
].join('\n');

export const TEACHER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['reasoning'],
  properties: { reasoning: { type: 'string', minLength: 10, maxLength: 800 } },
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
