/**
 * Prompts of the model judges. Each is a narrow question with a JSON verdict and a reason;
 * the static part (the system message) comes first and is the same for every call, so
 * server-side prefix caches hit; the item's part (tools and dialogue) follows.
 */
import type { CanonicalRecord } from '../../core/record.js';

import { JUDGE_NAMES, type JudgeName } from '../../core/record.js';

export { JUDGE_NAMES, type JudgeName };

export const VERDICT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  // The reason first: a model that writes its reason before its verdict decides on it.
  required: ['reason', 'verdict'],
  properties: {
    reason: { type: 'string', minLength: 1, maxLength: 600 },
    verdict: { type: 'string', enum: ['pass', 'fail'] },
  },
} as const;

export interface JudgeVerdict {
  readonly verdict: 'pass' | 'fail';
  readonly reason: string;
}

const COMMON = [
  'You check one example of a dataset that teaches models to call tools (function calling).',
  'You are shown the tools offered to the assistant and the whole conversation: system, user and assistant messages, the assistant\'s tool calls with their arguments, and the tool results.',
  'Answer one question only, the one below, strictly, and do not judge anything else.',
  'Answer with JSON: {"reason": "one short sentence", "verdict": "pass" | "fail"}: first the reason, then the verdict it leads to.',
].join('\n');

export const JUDGE_SYSTEM: Record<JudgeName, string> = {
  'hallucinated-args': `${COMMON}\nQuestion: is every argument value of every tool call supported by the conversation before that call (stated by the user or the system prompt, taken from an earlier tool result, or a default or obvious choice the request implies)? Answer "fail" if any value is invented or guessed, and name it in the reason.`,
  'completes-request': `${COMMON}\nQuestion: does the assistant's final answer complete what the user asked, using the tool results faithfully (no fact contradicting or missing from the results, nothing asked left unanswered, or a clear statement of why it cannot be done)? Answer "fail" otherwise.`,
  'result-plausible': `${COMMON}\nQuestion: is every tool result plausible for the tool that produced it, given its description and the arguments of the call (right kind of data, consistent with the arguments, realistic values)? Answer "fail" if a result could not come from that tool for that call.`,
  'rationale-faithful': `${COMMON}\nQuestion: does each rationale (the "reasoning" shown before a tool-calling step) correctly name the tool that was called and give reasons that agree with the conversation and with the call actually made? Answer "fail" if a rationale names another tool, misstates the arguments or invents facts.`,
};

/** The item's part: tools and the dialogue, rendered as text. */
export function judgeUserMessage(record: CanonicalRecord): string {
  const tools = record.tools.map((t) => `- ${t.function.name}: ${t.function.description}\n  parameters: ${JSON.stringify(t.function.parameters)}`).join('\n');
  const lines = record.messages.map((m, i) => {
    if (m.role === 'assistant') {
      const parts: string[] = [];
      if (m.reasoning) parts.push(`[${i}] assistant reasoning: ${m.reasoning}`);
      if (m.tool_calls?.length) parts.push(`[${i}] assistant calls: ${m.tool_calls.map((c) => `${c.function.name}(${c.function.arguments}) id=${c.id}`).join('; ')}`);
      if (m.content) parts.push(`[${i}] assistant: ${m.content}`);
      return parts.join('\n');
    }
    if (m.role === 'tool') return `[${i}] tool result for ${m.tool_call_id}: ${m.content}`;
    return `[${i}] ${m.role}: ${m.content}`;
  });
  return `Tools offered:\n${tools || '(none)'}\n\nConversation:\n${lines.join('\n')}`;
}
