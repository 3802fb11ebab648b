/**
 * The user agent's prompt (LLM backend). The model plays one person (persona-bank.ts) and writes
 * their next message itself, having read the conversation so far, toward the plan's goal for the
 * turn (goals.ts): the offline user agent's draft says what the user means, and which of its
 * values and words must survive. Static part first, so server-side prefix caches hit; the draft
 * comes last, after "Message:".
 */
import type { ItemWorld } from '../../../core/plan.js';
import type { Message } from '../../../core/record.js';
import { argumentWords, type TurnGoal } from './goals.js';

export const USER_SYSTEM = [
  'You play the user of an AI assistant that can call tools, in a conversation that becomes training data.',
  'You are told who you are, where and when you are, the conversation so far, and what your next message must do, with a draft of it after "Message:".',
  'Write only your next message, as this person would write it at this point of the conversation: in their voice, tone and language, answering or reacting to what the assistant just said, if it said something.',
  'Keep every value of the draft (names, numbers, dates, ids, codes, amounts) exactly as written, character for character, and so the words that stand for one ("next Friday", "in Tokyo", "to me", "the first one", "two thousand"): never replace such words by the value they stand for.',
  'Do not add facts, values or requests that are not in the draft, and do not drop any. Never mention tools, functions or parameter names, and never answer for the assistant.',
  'Answer with JSON: {"message": "..."}',
].join('\n');

export const USER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['message'],
  properties: { message: { type: 'string', minLength: 1, maxLength: 2000 } },
} as const;

/** What the turn must do, in words. `expected`: the assistant's last reply is the one the plan expects. */
function task(goal: TurnGoal, expected: boolean): string {
  const reactFirst = expected ? '' : 'The assistant\'s last reply is not what you expected: react to it as this person would, briefly, then ';
  switch (goal.kind) {
    case 'request':
      return 'Open the conversation with your request.';
    case 'give-missing':
      return `${reactFirst || 'The assistant asked you for a detail: '}give your ${argumentWords(goal.missing?.argument ?? 'answer')} as the draft does.`;
    case 'confirm':
      return expected
        ? 'The assistant asked you to confirm before it acts: confirm, starting with a clear yes (for example "Yes, ...", "Sure, go ahead").'
        : `${reactFirst}say again that you want it done.`;
    case 'follow-up':
      return 'Go on with the conversation: your next request, after the assistant\'s answer.';
  }
}

/** What the user sees of a message from the assistant: its words when it answered in text, else nothing. */
export function assistantWords(m: Message): string | undefined {
  return m.role === 'assistant' && typeof m.content === 'string' && m.content.trim() !== '' && !(m.tool_calls?.length ?? 0) ? m.content : undefined;
}

/** The conversation as the user saw it: their own turns and the assistant's words (never tool calls or results). */
export function dialogueForUser(messages: readonly Message[]): string {
  const lines: string[] = [];
  for (const m of messages) {
    const said = assistantWords(m);
    if (m.role === 'user') lines.push(`you: ${m.content}`);
    else if (said !== undefined) lines.push(`assistant: ${said}`);
  }
  return lines.length > 0 ? lines.join('\n') : '(nothing yet: you write first)';
}

export function userPrompt(goal: TurnGoal, persona: string, world: ItemWorld, messages: readonly Message[], expected = true): string {
  const l = world.locale;
  const parts = [
    `You are: ${persona}.`,
    `Today is ${world.today}; you are in ${l.city}, ${l.countryName}.`,
    `Conversation so far:\n${dialogueForUser(messages)}`,
    `Your next message: ${task(goal, expected)}`,
  ];
  if (goal.keep.length > 0) parts.push(`Keep exactly: ${goal.keep.map((v) => JSON.stringify(v)).join(', ')}`);
  if (goal.implied.length > 0) parts.push(`Say these words, not the value they stand for: ${goal.implied.map((i) => `"${i.said}" (${argumentWords(i.argument)})`).join(', ')}`);
  if (goal.withhold) parts.push(`Do not say your ${argumentWords(goal.withhold.argument)} yet: the assistant is to ask for it.`);
  parts.push(`Message:\n${goal.draft}`);
  return parts.join('\n');
}
