/**
 * A chat completion as the response cache keeps it, whether it came online (endpoint-call.ts) or
 * as a line of a batch output file (batch-files.ts): content, function tool calls, finish reason,
 * token counts (the server's, or estimated at 4 characters a token where it leaves usage out).
 */
import type OpenAI from 'openai';
import type { CachedCompletion } from './cache.js';
import type { Mode } from './request-body.js';

export function cachedCompletion(
  data: OpenAI.Chat.Completions.ChatCompletion,
  at: { readonly endpoint: string; readonly model: string; readonly mode: Mode; readonly requestId: string | null | undefined },
  promptChars: () => number,
): CachedCompletion {
  const choice = data.choices?.[0];
  const content = choice?.message?.content ?? null;
  const toolCalls = (choice?.message?.tool_calls ?? [])
    .filter((t): t is OpenAI.Chat.Completions.ChatCompletionMessageFunctionToolCall => t.type === 'function')
    .map((t) => ({ id: t.id, name: t.function.name, arguments: t.function.arguments }));
  return {
    v: 1,
    endpoint: at.endpoint,
    model: data.model || at.model,
    mode: at.mode,
    content,
    ...(toolCalls.length > 0 ? { toolCalls } : {}),
    finishReason: choice?.finish_reason ?? (choice ? 'stop' : 'none'),
    promptTokens: data.usage?.prompt_tokens ?? Math.ceil(promptChars() / 4),
    completionTokens: data.usage?.completion_tokens ?? Math.ceil(((content?.length ?? 0) + toolCalls.reduce((n, t) => n + t.arguments.length, 0)) / 4),
    ...(at.requestId ? { requestId: at.requestId } : {}),
  };
}
