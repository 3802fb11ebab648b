/** A small record builder for the consistency rule tests: one system prompt, one user turn, calls with their results. */
import type { CanonicalRecord, Message, ToolDefinition } from '../../core/record.js';
import { verifyRecordWith } from '../../verifiers/index.js';

type Obj = Record<string, unknown>;

export interface Call {
  readonly name: string;
  readonly args: Obj;
  readonly result: unknown;
  /** The tool's parameters (`properties` only); every argument is a string without one. */
  readonly params?: Record<string, Obj>;
  readonly description?: string;
}

export function record(calls: readonly Call[], opts: { system?: string; before?: Message[] } = {}): CanonicalRecord {
  const tools: ToolDefinition[] = [];
  for (const c of calls) {
    if (tools.some((t) => t.function.name === c.name)) continue;
    const properties = c.params ?? Object.fromEntries(Object.keys(c.args).map((k) => [k, { type: typeof c.args[k] === 'number' ? 'number' : 'string', description: k }]));
    tools.push({ type: 'function', function: { name: c.name, description: c.description ?? `Does ${c.name}.`, parameters: { type: 'object', properties } } });
  }
  const messages: Message[] = [
    { role: 'system', content: opts.system ?? 'You are a helpful assistant with tools.' },
    ...(opts.before ?? [{ role: 'user', content: 'Please help.' } as Message]),
    {
      role: 'assistant',
      content: null,
      tool_calls: calls.map((c, i) => ({ id: `call_${i}`, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.args) } })),
    },
    ...calls.map((c, i): Message => ({ role: 'tool', tool_call_id: `call_${i}`, content: JSON.stringify(c.result) })),
    { role: 'assistant', content: 'Done.' },
  ];
  return { id: 't-1', split: 'train', tools, messages, meta: { category: 'single', domains: ['test'], difficulty: 1, seed: 1, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } } };
}

/** The consistency findings of a record, verified without a plan (as `toolforge verify` does). */
export function findings(r: CanonicalRecord): string[] {
  return verifyRecordWith(r, {}, undefined)
    .checks.filter((c) => c.rule.startsWith('consistency.'))
    .map((c) => `${c.rule}: ${c.message}`);
}

/** The consistency rule ids that fire. */
export function fired(r: CanonicalRecord): string[] {
  return [...new Set(findings(r).map((f) => f.slice(0, f.indexOf(':'))))];
}

export const TODAY = 'Today is 2025-06-02. You are a helpful assistant with tools.';
