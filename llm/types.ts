/**
 * What an agent sends to the LLM layer and gets back (`LlmClient.complete`): messages in the
 * canonical record's shape, the request with its optional JSON Schema or tools, and the response
 * with text, JSON or tool calls, usage and where it came from.
 */
import type { Role } from './config.js';
import type { ToolDef } from './output.js';

export type { ToolDef } from './output.js';

/** A tool call as the canonical record writes it (arguments as a JSON string). */
export interface LlmWireToolCall {
  readonly id: string;
  readonly type: 'function';
  readonly function: { readonly name: string; readonly arguments: string };
}

/** A chat message in the canonical record's shape; extra fields (e.g. `reasoning`) are not sent. */
export type LlmMessage =
  | { readonly role: 'system'; readonly content: string }
  | { readonly role: 'user'; readonly content: string }
  | { readonly role: 'assistant'; readonly content: string | null; readonly tool_calls?: readonly LlmWireToolCall[]; readonly reasoning?: string }
  | { readonly role: 'tool'; readonly tool_call_id: string; readonly content: string };

export interface LlmRequest {
  readonly role: Role;
  readonly messages: readonly LlmMessage[];
  /** Ask for a JSON answer following `schema` (validated here; a failure is an LlmOutputError). */
  readonly jsonSchema?: { readonly name: string; readonly schema: object; readonly strict?: boolean };
  /** Offer these tools (assistant role); the answer is tool calls or text. */
  readonly tools?: readonly ToolDef[];
  /** Check each tool call's arguments against its tool's parameters schema. Default true. */
  readonly validateToolArguments?: boolean;
  /** The item's seed and attempt: part of the cache key (a retry is a new request, a resume is not). */
  readonly itemSeed: number;
  readonly attempt: number;
  /**
   * The caller's sample of this call (0, the default, is the first): a step the pipeline asks
   * again or asks several times is a new request with a seed and cache key of its own.
   */
  readonly sample?: number;
  /** For per-item usage and logs. */
  readonly itemIdx?: number;
  /** Aborts the wait for a slot and the HTTP call (job shutdown). The abort reason is thrown as is. */
  readonly signal?: AbortSignal;
  /**
   * What the caller needs of an answer beyond its schema (a rewrite that keeps the request's
   * values): the problem, or undefined when the answer will do. An answer with a problem is
   * unusable (reason "check"): sampled again at the call, like one that fails its schema.
   */
  readonly check?: (response: LlmResponse) => string | undefined;
}

export interface LlmToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: Record<string, unknown>;
}

export interface LlmResponse {
  readonly text?: string;
  readonly json?: unknown;
  readonly toolCalls?: readonly LlmToolCall[];
  readonly usage: { readonly promptTokens: number; readonly completionTokens: number; readonly costUsd: number };
  readonly finishReason: string;
  readonly endpoint: string;
  readonly model: string;
  readonly cached: boolean;
}
