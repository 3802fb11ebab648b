/**
 * What the stub server answers: a scripted answer when the test gave one (a queue consumed in
 * order, or a function of the request), else an answer generated to follow the request (JSON for
 * a schema, sent or described in the system message for json_object; a call to the first tool; or
 * text), wrapped as a chat completion.
 */
import type { IncomingMessage } from 'node:http';
import { generateFromSchema, type JsonSchema } from './schema-values.js';

export interface StubAnswer {
  readonly content?: string | null;
  readonly toolCalls?: readonly { readonly name: string; readonly arguments: unknown; readonly id?: string }[];
  readonly finishReason?: string;
  readonly usage?: { readonly prompt_tokens: number; readonly completion_tokens: number };
  /** Extra response headers (e.g. x-ratelimit-*). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface StubRequest {
  /** 1-based number of this chat completion request. */
  readonly n: number;
  readonly body: ChatBody;
  readonly headers: IncomingMessage['headers'];
}

/** A queue of answers (consumed in order, then the generated default), or a function (undefined = default). */
export type StubScript = readonly StubAnswer[] | ((req: StubRequest) => StubAnswer | undefined);

export interface ChatBody {
  model?: string;
  messages?: { role: string; content?: string | null }[];
  response_format?: { type: string; json_schema?: { name?: string; schema?: JsonSchema; strict?: boolean } };
  tools?: { type: string; function: { name: string; description?: string; parameters?: JsonSchema } }[];
  max_tokens?: number;
  seed?: number;
  [k: string]: unknown;
}

/** The test's script: answers are taken from it in order (a queue) or computed (a function). */
export class AnswerScript {
  #script: StubScript | undefined;
  #pos = 0;

  constructor(script: StubScript | undefined) {
    this.#script = script;
  }

  set(script: StubScript | undefined): void {
    this.#script = script;
    this.#pos = 0;
  }

  /** The scripted answer to `req`, or undefined for the generated default. */
  next(req: StubRequest): StubAnswer | undefined {
    const script = this.#script;
    if (script === undefined) return undefined;
    if (typeof script === 'function') return script(req);
    if (this.#pos < script.length) return script[this.#pos++];
    return undefined;
  }
}

/** The answer that follows the request: JSON for a schema, a call to the first tool, or text. */
export function defaultAnswer(body: ChatBody, n: number): StubAnswer {
  const rng = mulberry32((body.seed ?? 0) ^ Math.imul(n, 0x9e3779b1));
  const schema = body.response_format?.type === 'json_schema' ? body.response_format.json_schema?.schema : undefined;
  if (schema) return { content: JSON.stringify(generateFromSchema(schema, rng)), finishReason: 'stop' };
  if (body.response_format?.type === 'json_object') {
    // The schema described in the system message (llm/output.ts jsonInstructions), if any.
    const system = String(body.messages?.find((m) => m.role === 'system')?.content ?? '');
    const described = /follows this JSON Schema[^\n]*\n(\{.*\})\s*$/s.exec(system);
    return { content: described ? JSON.stringify(generateFromSchema(JSON.parse(described[1]) as JsonSchema, rng)) : '{"ok":true}', finishReason: 'stop' };
  }
  const tool = body.tools?.[0];
  if (tool) {
    return { toolCalls: [{ name: tool.function.name, arguments: generateFromSchema(tool.function.parameters ?? { type: 'object' }, rng) }], finishReason: 'tool_calls' };
  }
  return { content: `stub reply ${n}`, finishReason: 'stop' };
}

/** The chat completion that carries `a`. */
export function completion(body: ChatBody, a: StubAnswer, n: number): unknown {
  const toolCalls = a.toolCalls?.map((t, i) => ({
    id: t.id ?? `call_${n}_${i + 1}`,
    type: 'function',
    function: { name: t.name, arguments: typeof t.arguments === 'string' ? t.arguments : JSON.stringify(t.arguments) },
  }));
  const content = a.content === undefined ? (toolCalls ? null : '') : a.content;
  const promptTokens = Math.ceil(JSON.stringify(body.messages ?? []).length / 4);
  const completionTokens = Math.max(1, Math.ceil(((content ?? '').length + (toolCalls ? JSON.stringify(toolCalls).length : 0)) / 4));
  const usage = a.usage ?? { prompt_tokens: promptTokens, completion_tokens: completionTokens };
  return {
    id: `chatcmpl-stub-${n}`,
    object: 'chat.completion',
    created: 1700000000,
    model: body.model ?? 'stub-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, ...(toolCalls ? { tool_calls: toolCalls } : {}), refusal: null },
        logprobs: null,
        finish_reason: a.finishReason ?? (toolCalls ? 'tool_calls' : 'stop'),
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
