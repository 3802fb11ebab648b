/**
 * The request body sent for one mode: "native" carries `tools` or `response_format` as the API
 * defines them (a json_schema in its strict-mode form, strict-schema.ts); "json-object", for a
 * schema strict mode cannot take or an endpoint refused, asks for `json_object` and describes the
 * original schema in the system message; "prompt", for endpoints that refuse response_format or
 * tools, describes the tools or the schema in the system message and turns earlier tool calls
 * and results into plain text. Also the size estimate the rate limits are charged with, and the
 * per-call seed.
 */
import type OpenAI from 'openai';
import type { ResolvedRole } from './config.js';
import { extractFirstJson, jsonInstructions, toolInstructions, type ToolDef } from './output.js';
import { strictFormOf } from './strict-schema.js';
import type { LlmMessage, LlmRequest } from './types.js';

export type Mode = 'native' | 'json-object' | 'prompt';

/** The strict-mode form a native request sends, when it asks for strict and one exists. */
export function strictSchemaOf(req: LlmRequest): object | undefined {
  if (!req.jsonSchema || req.jsonSchema.strict === false) return undefined;
  const form = strictFormOf(req.jsonSchema.schema);
  return form.ok ? form.schema : undefined;
}

/** The request body for one mode. */
export function buildBody(
  role: ResolvedRole,
  req: LlmRequest,
  tools: readonly ToolDef[] | undefined,
  seed: number | undefined,
  mode: Mode,
): OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming {
  let messages: Record<string, unknown>[];
  const extra: Record<string, unknown> = {};
  if (tools && mode === 'native') {
    messages = req.messages.map(wireMessage);
    extra.tools = tools.map((t) => ({ type: 'function', function: t.function }));
  } else if (tools) {
    messages = withSystem(req.messages.map(promptedToolMessage), toolInstructions(tools));
  } else if (req.jsonSchema && mode === 'native') {
    messages = req.messages.map(wireMessage);
    const strict = req.jsonSchema.strict !== false;
    extra.response_format = {
      type: 'json_schema',
      json_schema: { name: req.jsonSchema.name, schema: (strict && strictSchemaOf(req)) || req.jsonSchema.schema, strict },
    };
  } else if (req.jsonSchema && mode === 'json-object') {
    messages = withSystem(req.messages.map(wireMessage), jsonInstructions(req.jsonSchema.name, req.jsonSchema.schema));
    extra.response_format = { type: 'json_object' };
  } else if (req.jsonSchema) {
    messages = withSystem(req.messages.map(wireMessage), jsonInstructions(req.jsonSchema.name, req.jsonSchema.schema));
  } else {
    messages = req.messages.map(wireMessage);
  }
  return {
    model: role.model,
    messages: messages as unknown as OpenAI.Chat.Completions.ChatCompletionMessageParam[],
    temperature: role.temperature,
    max_tokens: role.maxTokens,
    ...(seed !== undefined ? { seed } : {}),
    ...extra,
  };
}

/** Only the fields the API knows (the canonical record adds `reasoning`). */
function wireMessage(m: LlmMessage): Record<string, unknown> {
  switch (m.role) {
    case 'assistant':
      return m.tool_calls && m.tool_calls.length > 0
        ? { role: 'assistant', content: m.content, tool_calls: m.tool_calls.map((t) => ({ id: t.id, type: 'function', function: { name: t.function.name, arguments: t.function.arguments } })) }
        : { role: 'assistant', content: m.content ?? '' };
    case 'tool':
      return { role: 'tool', tool_call_id: m.tool_call_id, content: m.content };
    default:
      return { role: m.role, content: m.content };
  }
}

/** For endpoints without tool support: earlier tool calls and results become plain text. */
function promptedToolMessage(m: LlmMessage): Record<string, unknown> {
  if (m.role === 'assistant' && m.tool_calls && m.tool_calls.length > 0) {
    const calls = m.tool_calls.map((t) => ({ name: t.function.name, arguments: extractFirstJson(t.function.arguments)?.value ?? {} }));
    return { role: 'assistant', content: JSON.stringify({ tool_calls: calls }) };
  }
  if (m.role === 'tool') return { role: 'user', content: `Result of tool call ${m.tool_call_id}: ${m.content}` };
  return wireMessage(m);
}

function withSystem(messages: Record<string, unknown>[], instructions: string): Record<string, unknown>[] {
  const first = messages[0];
  if (first && first.role === 'system') {
    return [{ role: 'system', content: `${String(first.content)}\n\n${instructions}` }, ...messages.slice(1)];
  }
  return [{ role: 'system', content: instructions }, ...messages];
}

// Schemas and tool lists are shared between many requests: measure each once.
const sizeCache = new WeakMap<object, number>();
function jsonSize(v: object | undefined): number {
  if (v === undefined) return 0;
  let n = sizeCache.get(v);
  if (n === undefined) {
    n = JSON.stringify(v)?.length ?? 0;
    sizeCache.set(v, n);
  }
  return n;
}

export function requestChars(messages: readonly LlmMessage[], schema: object | undefined, tools: readonly ToolDef[] | undefined): number {
  let n = jsonSize(schema) + jsonSize(tools as object | undefined);
  for (const m of messages) {
    n += 8 + (m.content?.length ?? 0);
    if (m.role === 'assistant' && m.tool_calls) for (const t of m.tool_calls) n += t.function.name.length + t.function.arguments.length + 16;
  }
  return n;
}

/**
 * A 31-bit seed for the API from the item's seed and attempt (so a retry samples anew), the
 * call's retry after an unusable answer, and the caller's sample of the call (a step asked
 * again or asked n times); the first sample's seed is unchanged by either.
 */
export function callSeed(itemSeed: number, attempt: number, retry = 0, sample = 0): number {
  let h = Math.imul((itemSeed >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ Math.imul(attempt + 1, 0xc2b2ae35), 0x27d4eb2f);
  if (retry > 0) h = Math.imul(h ^ (h >>> 15) ^ Math.imul(retry, 0x165667b1), 0x85ebca77);
  if (sample > 0) h = Math.imul(h ^ (h >>> 14) ^ Math.imul(sample, 0x2545f491), 0x9e3779b1);
  return (h ^ (h >>> 16)) >>> 1;
}
