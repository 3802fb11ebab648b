/**
 * What every rule family reads: the record, parsed once (tool map, calls with parsed arguments,
 * the assistant steps that call tools, where the user turns are, each message's text normalised
 * and parsed as JSON when a rule first asks), and the list the failed checks go into.
 */
import type { ToolPool } from '../../api-pool/types.js';
import type { CanonicalRecord, Check, Message, ToolDefinition } from '../../core/record.js';
import type { ItemPlan } from '../../core/plan.js';
import type { RuleId } from '../rule-ids.js';
import { normalise } from './normalise.js';

export type ToolFn = ToolDefinition['function'];
export type AssistantMessage = Extract<Message, { role: 'assistant' }>;

export interface ParsedCall {
  /** Index of the assistant message in `messages`. */
  readonly message: number;
  /** Index of the call in that message's tool_calls. */
  readonly call: number;
  readonly id: string;
  readonly name: string;
  readonly raw: string;
  /** The arguments when they are a JSON object. */
  readonly args: Record<string, unknown> | undefined;
  /** The tool's definition when the toolset has it. */
  readonly tool: ToolFn | undefined;
  /** Index of the step (assistant message with calls) among the record's steps. */
  readonly step: number;
}

export interface RuleContext {
  readonly record: CanonicalRecord;
  readonly messages: readonly Message[];
  readonly category: string;
  readonly pool: ToolPool | undefined;
  readonly plan: ItemPlan | undefined;
  readonly tools: ReadonlyMap<string, ToolFn>;
  readonly calls: readonly ParsedCall[];
  /** Calls grouped by assistant message, in order. */
  readonly steps: readonly (readonly ParsedCall[])[];
  /** Indexes of the user messages. */
  readonly users: readonly number[];
  /** Tool message index by tool_call_id (first answer). */
  readonly answers: ReadonlyMap<string, number>;
  /** Tool names whose definitions are broken (their calls are not schema-checked twice). */
  readonly brokenTools: Set<string>;
  readonly checks: Check[];
  /** normalise() of message `mi`'s text, computed once per record. */
  normalised(mi: number): string;
  /** The words of normalised(mi) (split at its spaces), computed once per record; rules must not change the list. */
  words(mi: number): readonly string[];
  /** JSON.parse() of message `mi`'s text (a tool result), or NOT_JSON; parsed once per record and shared: rules must not change it. */
  json(mi: number): unknown;
  add(rule: RuleId, message: string, at?: { message?: number; call?: number }): void;
}

/** What RuleContext.json gives for a text that is not JSON. */
export const NOT_JSON: unique symbol = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function parseArgs(raw: unknown): Record<string, unknown> | undefined {
  if (typeof raw !== 'string') return raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  try {
    const v = JSON.parse(raw) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function analyse(record: CanonicalRecord, pool: ToolPool | undefined, plan: ItemPlan | undefined): RuleContext {
  const messages = Array.isArray(record.messages) ? record.messages : [];
  const tools = new Map<string, ToolFn>();
  for (const t of record.tools ?? []) {
    const fn = t?.function;
    if (fn && typeof fn.name === 'string' && !tools.has(fn.name)) tools.set(fn.name, fn);
  }
  const calls: ParsedCall[] = [];
  const steps: ParsedCall[][] = [];
  const users: number[] = [];
  const answers = new Map<string, number>();
  for (let mi = 0; mi < messages.length; mi++) {
    const m = messages[mi];
    if (m.role === 'user') users.push(mi);
    else if (m.role === 'tool') {
      if (!answers.has(m.tool_call_id)) answers.set(m.tool_call_id, mi);
    } else if (m.role === 'assistant' && m.tool_calls && m.tool_calls.length > 0) {
      const step: ParsedCall[] = [];
      for (let ci = 0; ci < m.tool_calls.length; ci++) {
        const c = m.tool_calls[ci];
        const name = typeof c?.function?.name === 'string' ? c.function.name : '';
        const raw = c?.function?.arguments as unknown;
        const pc: ParsedCall = {
          message: mi,
          call: ci,
          id: typeof c?.id === 'string' ? c.id : '',
          name,
          raw: typeof raw === 'string' ? raw : JSON.stringify(raw) ?? '',
          args: parseArgs(raw),
          tool: tools.get(name),
          step: steps.length,
        };
        step.push(pc);
        calls.push(pc);
      }
      steps.push(step);
    }
  }
  const checks: Check[] = [];
  const norms: (string | undefined)[] = [];
  const words: (readonly string[] | undefined)[] = [];
  const parsed = new Map<number, unknown>();
  return {
    record,
    messages,
    category: typeof record.meta?.category === 'string' ? record.meta.category : 'unknown',
    pool,
    plan,
    tools,
    calls,
    steps,
    users,
    answers,
    brokenTools: new Set(),
    checks,
    normalised(mi) {
      return (norms[mi] ??= normalise(textOf(messages[mi])));
    },
    words(mi) {
      return (words[mi] ??= this.normalised(mi).split(' '));
    },
    json(mi) {
      if (parsed.has(mi)) return parsed.get(mi);
      const v = parseJson(textOf(messages[mi]));
      parsed.set(mi, v);
      return v;
    },
    add(rule, message, at = {}) {
      checks.push({ rule, message, at, layer: 'rules' });
    },
  };
}

/** The text of a message ('' when none). */
export function textOf(m: Message): string {
  return typeof m.content === 'string' ? m.content : '';
}
