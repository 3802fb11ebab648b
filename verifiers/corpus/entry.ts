/**
 * One corpus entry (a record with its plan) and the builders the hand-written trajectories
 * are written with: a message per role, and `entry()`, which fills in the record and the
 * plan around the messages and the planned calls.
 */
import type { CanonicalRecord, Message, ToolCall } from '../../core/record.js';
import { FIXED_WORLD, type Category, type ItemPlan, type PlannedCall } from '../../core/plan.js';
import { CORPUS_TOOLS } from './tools.js';

export type Obj = Record<string, unknown>;

export interface CorpusEntry {
  readonly name: string;
  readonly record: CanonicalRecord;
  readonly plan: ItemPlan;
  /** A value that is stated in the conversation and valid for the schema, but not the planned one. */
  readonly decoy?: { readonly call: number; readonly argument: string; readonly value: unknown };
}

export const sys = (content: string): Message => ({ role: 'system', content });
export const user = (content: string): Message => ({ role: 'user', content });
export const say = (content: string): Message => ({ role: 'assistant', content });
export const tool = (id: string, result: unknown): Message => ({ role: 'tool', tool_call_id: id, content: JSON.stringify(result) });
export const calls = (reasoning: string, ...cs: [string, string, Obj][]): Message => ({
  role: 'assistant',
  content: null,
  reasoning,
  tool_calls: cs.map(([id, name, args]): ToolCall => ({ id, type: 'function', function: { name, arguments: JSON.stringify(args) } })),
});

/** An entry waiting for its index (its place in the corpus), which gives its id and seed. */
export type Draft = (idx: number) => CorpusEntry;

export function entry(
  name: string,
  category: Category,
  toolNames: string[],
  messages: Message[],
  planCalls: PlannedCall[],
  extra: Partial<ItemPlan> = {},
  decoy?: CorpusEntry['decoy'],
): Draft {
  return (idx) => {
    const users = messages.filter((m) => m.role === 'user').length;
    const record: CanonicalRecord = {
      id: `corpus-${String(idx).padStart(3, '0')}`,
      split: 'train',
      tools: toolNames.map((n) => CORPUS_TOOLS[n]),
      messages,
      meta: { category, domains: ['corpus'], difficulty: 1, seed: 1000 + idx, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } },
    };
    const plan: ItemPlan = {
      world: FIXED_WORLD,
      idx,
      seed: 1000 + idx,
      category,
      difficulty: 1,
      split: 'train',
      tools: toolNames,
      targets: [...new Set(planCalls.map((c) => c.name))],
      calls: planCalls,
      domains: ['corpus'],
      turns: users,
      ...extra,
    };
    return { name, record, plan, ...(decoy ? { decoy } : {}) };
  };
}
