/**
 * The faults the stub server injects: per request number, or from a queue (each fault for its
 * `times` requests, 400s only for requests that carry what they refuse); and what each fault
 * answers (an HTTP error, or a 200 with an unusable answer).
 */
import { strictSchemaProblems } from '../../llm/strict-schema-check.js';
import { defaultAnswer, type ChatBody, type StubAnswer } from './openai-stub-answers.js';

export type StubFaultKind =
  /** 429 with Retry-After (`retryAfterS`, default 0) or Retry-After-Ms (`retryAfterMs`). */
  | '429'
  /** 500 / 503, with Retry-After-Ms when `retryAfterMs` is given (keeps the SDK's backoff short in tests). */
  | '500'
  | '503'
  /** 401 invalid key (not retried). */
  | '401'
  /** The connection is destroyed without an answer. */
  | 'reset'
  /** No answer at all, until the client times out (or the server closes). */
  | 'hang'
  /** 200 with content that is not JSON. */
  | 'invalid-json'
  /** 200 with a cut-off answer and finish_reason "length". */
  | 'length'
  /** 400 "response_format is not supported" (only for requests that carry response_format). */
  | '400-response-format'
  /** 400 "tools are not supported" (only for requests that carry tools). */
  | '400-tools'
  /** 400 "Invalid schema for response_format" (only for requests that carry a json_schema). */
  | '400-invalid-schema';

export interface StubFault {
  readonly kind: StubFaultKind;
  /** Request number(s) (1-based, chat completions only) that get this fault. Without it, the fault is queued. */
  readonly at?: number | readonly number[];
  /** A queued fault applies to this many requests (Infinity allowed). Default 1. */
  readonly times?: number;
  readonly retryAfterS?: number;
  readonly retryAfterMs?: number;
}

interface QueuedFault {
  fault: StubFault;
  left: number;
}

/** The faults of a test: which request gets which. */
export class FaultSchedule {
  readonly #byNumber = new Map<number, StubFault>();
  readonly #queue: QueuedFault[] = [];

  constructor(faults: readonly StubFault[]) {
    for (const f of faults) {
      if (f.at !== undefined) for (const n of typeof f.at === 'number' ? [f.at] : f.at) this.#byNumber.set(n, f);
      else this.#queue.push({ fault: f, left: f.times ?? 1 });
    }
  }

  /** The fault request `n` gets, if any (a queued fault is used up by it). */
  next(n: number, body: ChatBody): StubFault | undefined {
    const fixed = this.#byNumber.get(n);
    if (fixed) return fixed;
    for (const q of this.#queue) {
      if (q.left <= 0) continue;
      if (q.fault.kind === '400-response-format' && !body.response_format) continue;
      if (q.fault.kind === '400-tools' && !body.tools) continue;
      if (q.fault.kind === '400-invalid-schema' && body.response_format?.type !== 'json_schema') continue;
      q.left--;
      return q.fault;
    }
    return undefined;
  }
}

/** The HTTP error a fault answers with, or undefined for a fault answered with a 200. */
export function faultResponse(f: StubFault, body: ChatBody): { status: number; body: unknown; headers: Record<string, string> } | undefined {
  switch (f.kind) {
    case '429': {
      const headers: Record<string, string> = {};
      if (f.retryAfterMs !== undefined) headers['retry-after-ms'] = String(f.retryAfterMs);
      else headers['retry-after'] = String(f.retryAfterS ?? 0);
      return { status: 429, body: { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded', param: null } }, headers };
    }
    case '500':
      return { status: 500, body: { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } }, headers: retryAfter(f) };
    case '503':
      return { status: 503, body: { error: { message: 'The engine is currently overloaded, please try again later.', type: 'server_error', param: null, code: null } }, headers: retryAfter(f) };
    case '401':
      return { status: 401, body: { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }, headers: {} };
    case '400-response-format':
      return {
        status: 400,
        body: { error: { message: `response_format of type '${body.response_format?.type}' is not supported by this server`, type: 'invalid_request_error', param: 'response_format', code: null } },
        headers: {},
      };
    case '400-invalid-schema':
      return {
        status: 400,
        body: { error: { message: `Invalid schema for response_format '${body.response_format?.json_schema?.name ?? ''}': this server's grammar does not take it.`, type: 'invalid_request_error', param: 'response_format', code: null } },
        headers: {},
      };
    case '400-tools':
      return { status: 400, body: { error: { message: 'tools are not supported by this model', type: 'invalid_request_error', param: 'tools', code: null } }, headers: {} };
    default:
      return undefined;
  }
}

function retryAfter(f: StubFault): Record<string, string> {
  return f.retryAfterMs !== undefined ? { 'retry-after-ms': String(f.retryAfterMs) } : f.retryAfterS !== undefined ? { 'retry-after': String(f.retryAfterS) } : {};
}

/** The unusable 200 answer of a fault that has no HTTP error. */
export function faultAnswer(f: StubFault, body: ChatBody, n: number): StubAnswer {
  if (f.kind === 'invalid-json') return { content: '{"answer": tru', finishReason: 'stop' };
  if (f.kind === 'length') {
    const full = defaultAnswer(body, n);
    const text = full.content ?? JSON.stringify(full.toolCalls ?? []);
    return { content: text.slice(0, Math.max(1, Math.floor(text.length / 2))), finishReason: 'length' };
  }
  return defaultAnswer(body, n);
}

/**
 * OpenAI's answer to a strict json_schema that breaks strict mode's rules: HTTP 400 "Invalid
 * schema for response_format", naming the first problem. Undefined when the request is fine.
 */
export function strictSchemaRefusal(body: ChatBody): { status: number; body: unknown; headers: Record<string, string> } | undefined {
  const rf = body.response_format;
  if (rf?.type !== 'json_schema' || rf.json_schema?.strict !== true) return undefined;
  const problems = strictSchemaProblems(rf.json_schema.schema);
  if (problems.length === 0) return undefined;
  const message = `Invalid schema for response_format '${rf.json_schema.name ?? ''}': ${problems[0]}`;
  return { status: 400, body: { error: { message, type: 'invalid_request_error', param: 'response_format', code: null } }, headers: {} };
}

/**
 * Faults drawn at random at given rates (a share of requests each, e.g. `{ '429': 0.05 }`),
 * from a seeded generator so a benchmark's fault pattern is the same run after run.
 */
export class FaultMix {
  readonly #kinds: { fault: StubFault; upTo: number }[] = [];
  #state: number;

  constructor(rates: Partial<Record<StubFaultKind, number>>, options: { seed?: number; retryAfterS?: number } = {}) {
    let acc = 0;
    for (const [kind, rate] of Object.entries(rates) as [StubFaultKind, number][]) {
      if (!(rate >= 0 && rate <= 1)) throw new Error(`fault rate of ${kind} must be between 0 and 1 (got ${rate})`);
      acc += rate;
      const fault: StubFault = kind === '429' ? { kind, retryAfterS: options.retryAfterS ?? 1 } : { kind };
      this.#kinds.push({ fault, upTo: acc });
    }
    if (acc > 1) throw new Error(`fault rates add up to ${acc}, more than 1`);
    this.#state = (options.seed ?? 1) >>> 0 || 1;
  }

  /** The fault of the next request, if any. */
  next(): StubFault | undefined {
    // xorshift32: cheap, seeded, good enough to spread faults.
    let x = this.#state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#state = x >>> 0;
    const u = this.#state / 0x1_0000_0000;
    for (const k of this.#kinds) if (u < k.upTo) return k.fault;
    return undefined;
  }
}

/** `429=0.05,500=0.03` as rates, with a clear error naming the bad part. */
export function parseFaultRates(text: string): Partial<Record<StubFaultKind, number>> {
  const out: Partial<Record<StubFaultKind, number>> = {};
  if (text.trim() === '') return out;
  for (const part of text.split(',')) {
    const [kind, rate] = part.split('=');
    const r = Number(rate);
    if (!KINDS.includes(kind as StubFaultKind) || rate === undefined || !(r >= 0 && r <= 1)) {
      throw new Error(`--faults: ${JSON.stringify(part)} is not KIND=RATE with KIND one of ${KINDS.join(', ')} and RATE between 0 and 1`);
    }
    out[kind as StubFaultKind] = r;
  }
  return out;
}

const KINDS: readonly StubFaultKind[] = ['429', '500', '503', '401', 'reset', 'hang', 'invalid-json', 'length'];
