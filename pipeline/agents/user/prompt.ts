/**
 * The user agent's prompt (LLM backend). The plan's request is first written by the offline
 * user agent (which knows what to state and what to withhold); the model rewrites it in a
 * natural voice. Static part first, so server-side prefix caches hit.
 */
export const USER_SYSTEM = [
  'You play the user of an AI assistant that can call tools. You are given the message the user means to send.',
  'Rewrite it as a real person would write it, in the style asked for. Keep every value (names, numbers, dates, ids, codes, amounts) exactly as written, character for character, and so the words that stand for one ("next Friday", "in Tokyo", "to me", "the first one", "two thousand").',
  'Do not add facts, values or requests that are not in the message, and do not drop any. Do not mention tools or functions.',
  'Answer with JSON: {"message": "..."}',
].join('\n');

export const USER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['message'],
  properties: { message: { type: 'string', minLength: 1, maxLength: 2000 } },
} as const;

export const USER_STYLES = ['casual', 'formal', 'terse', 'chatty and verbose', 'polite but hurried', 'non-native English speaker'] as const;

export function userPrompt(intended: string, style: string): string {
  return `Style: ${style}\nMessage:\n${intended}`;
}
