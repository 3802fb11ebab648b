/**
 * Errors of the LLM layer, named by what the scheduler must do with them (STYLE.md, 2):
 *
 * | error                 | action    | scheduler                                                       |
 * | --------------------- | --------- | --------------------------------------------------------------- |
 * | LlmOutputError        | 'retry'   | spend one attempt, retry the item (attempt + 1)                 |
 * | LlmRateLimitedError   | 'requeue' | put the item back WITHOUT spending an attempt (same attempt)    |
 * | LlmRequestError       | 'retry'   | retryable status: spend one attempt, retry the item             |
 * |                       | 'fail'    | 400/404/413/422...: mark the item failed with the message       |
 * |                       | 'stop'    | 401/403: the key or the endpoint is wrong, stop the job         |
 * | LlmEndpointDownError  | 'stop'    | every endpoint of a role down past maxDownMs: stop (exit 1)     |
 * | LlmConfigError        | 'stop'    | stop the job (exit 2)                                           |
 *
 * None of them holds an API key: they carry the endpoint's name, never its client.
 */
import { ToolforgeError, quote } from '../core/errors.js';

export type LlmErrorAction = 'retry' | 'requeue' | 'fail' | 'stop';

export abstract class LlmError extends ToolforgeError {
  abstract readonly action: LlmErrorAction;
}

/** One problem with a model's answer: a JSON pointer into the answer and what is wrong there. */
export interface LlmOutputIssue {
  readonly pointer: string;
  readonly problem: string;
}

export type LlmOutputReason = 'not-json' | 'schema' | 'length' | 'content-filter' | 'bad-tool-call' | 'empty' | 'check';

/** The answer is unusable (not JSON, fails its schema, cut off by max_tokens): retry the item, spending an attempt. */
export class LlmOutputError extends LlmError {
  readonly action = 'retry' as const;
  readonly exitCode = 1;
  readonly reason: LlmOutputReason;
  readonly issues: readonly LlmOutputIssue[];
  /** The model's raw text (or tool-call JSON), for the checkpoint's last error and for debugging prompts. */
  readonly raw: string;
  readonly endpoint: string;
  readonly model: string;
  readonly finishReason: string | undefined;
  constructor(
    reason: LlmOutputReason,
    fields: {
      issues: readonly LlmOutputIssue[];
      raw: string;
      endpoint: string;
      model: string;
      finishReason?: string;
      cause?: unknown;
    },
  ) {
    const first = fields.issues[0];
    super(
      `unusable answer from ${fields.endpoint} (${fields.model}): ${reason}` +
        (first ? ` at ${first.pointer || '/'}: ${first.problem}` : '') +
        (fields.issues.length > 1 ? ` (+${fields.issues.length - 1} more)` : ''),
      { cause: fields.cause },
    );
    this.reason = reason;
    this.issues = fields.issues;
    this.raw = fields.raw;
    this.endpoint = fields.endpoint;
    this.model = fields.model;
    this.finishReason = fields.finishReason;
  }
}

/**
 * The endpoint kept answering 429 through the SDK's retries. A 429 is a signal, not a failure of
 * the item: requeue it without spending an attempt, after `retryAfterMs` if given.
 */
export class LlmRateLimitedError extends LlmError {
  readonly action = 'requeue' as const;
  readonly requeue = true;
  readonly exitCode = 1;
  constructor(
    readonly endpoint: string,
    readonly retryAfterMs: number | undefined,
    readonly requestId: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`rate limited by ${endpoint}${retryAfterMs !== undefined ? `, retry after ${retryAfterMs} ms` : ''}`, options);
  }
}

export type LlmRequestKind = 'http' | 'timeout' | 'connection';

/** An HTTP call that failed after the SDK's own retries. `retryable` and `action` follow the status. */
export class LlmRequestError extends LlmError {
  readonly exitCode = 1;
  readonly action: 'retry' | 'fail' | 'stop';
  readonly retryable: boolean;
  constructor(
    readonly endpoint: string,
    readonly kind: LlmRequestKind,
    readonly status: number | undefined,
    readonly requestId: string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${endpoint}: ${kind === 'http' ? `HTTP ${status}` : kind}: ${message}`, options);
    this.action = requestAction(kind, status);
    this.retryable = this.action === 'retry';
  }
}

/** What the scheduler does after the SDK gave up on a call that ended with `status`. */
export function requestAction(kind: LlmRequestKind, status: number | undefined): 'retry' | 'fail' | 'stop' {
  if (kind !== 'http' || status === undefined) return 'retry';
  if (status === 401 || status === 403) return 'stop';
  if (status === 408 || status === 409 || status === 429 || status >= 500) return 'retry';
  return 'fail';
}

/**
 * Every endpoint a role may use has failed every call for longer than its `maxDownMs`
 * (refused connections, timeouts, 5xx): waiting on would stall the job without end. Stop the
 * job (exit 1, nothing lost); resume once the server is up.
 */
export class LlmEndpointDownError extends LlmError {
  readonly action = 'stop' as const;
  readonly exitCode = 1;
  constructor(
    readonly endpoints: readonly string[],
    readonly downForMs: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The LLM config is unusable (unknown endpoint, missing key variable, unconfigured role): stop the job, exit 2. */
export class LlmConfigError extends LlmError {
  readonly action = 'stop' as const;
  readonly exitCode = 2;
  readonly option: string | undefined;
  constructor(message: string, fields: { option?: string; value?: unknown; cause?: unknown } = {}) {
    super('value' in fields ? `${message} (got ${quote(fields.value)})` : message, { cause: fields.cause });
    this.option = fields.option;
  }
}

/**
 * Batch mode with `submit: files`: a round was written for a batch run elsewhere (`vllm
 * run-batch`, a provider's console), or one written earlier is not imported yet. Stop the job
 * (nothing is lost); `toolforge batch import` brings the answers in, `toolforge resume` goes on.
 */
export class LlmBatchExportedError extends LlmError {
  readonly action = 'stop' as const;
  readonly exitCode = 0;
  constructor(
    readonly files: readonly string[],
    message: string,
  ) {
    super(message);
  }
}
