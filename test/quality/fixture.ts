/**
 * Hand-made records for the checker's tests: small, consistent worlds (today 2025-06-02, the
 * user in Lyon) that a test then breaks on purpose, one defect class at a time.
 */
import { FIXED_WORLD, type ItemWorld } from '../../core/plan.js';
import type { CanonicalRecord, Message, ToolDefinition } from '../../core/record.js';
import type { Finding, JobFacts } from '../../scripts/quality/detector.js';
import type { Detector } from '../../scripts/quality/detector.js';
import { recordView } from '../../scripts/quality/record-view.js';

export const TODAY = FIXED_WORLD.today;
export const SYSTEM = `Today is ${TODAY}. You help users by calling the provided tools when appropriate and answering from their results.`;
export const NO_FACTS: JobFacts = { canned: new Set() };

export function tool(name: string, description: string, properties: Record<string, Record<string, unknown>> = {}, required: string[] = []): ToolDefinition {
  return { type: 'function', function: { name, description, parameters: { type: 'object', properties, required, additionalProperties: false } } };
}

export interface Step {
  readonly name: string;
  readonly args: Record<string, unknown>;
  readonly result: unknown;
}

export interface RecordSpec {
  readonly id?: string;
  readonly system?: string;
  readonly world?: ItemWorld;
  readonly tools: readonly ToolDefinition[];
  readonly user: string;
  /** Messages between the first user request and the first call (a confirmation round). */
  readonly before?: readonly Message[];
  /** Assistant steps: the calls of each step are made together, their results follow. */
  readonly steps: readonly (readonly Step[])[];
  /** The assistant's final answer ("Done." unless given). */
  readonly answer?: string;
}

let n = 0;

export function record(spec: RecordSpec): CanonicalRecord {
  const messages: Message[] = [{ role: 'system', content: spec.system ?? SYSTEM }, { role: 'user', content: spec.user }, ...(spec.before ?? [])];
  for (const step of spec.steps) {
    const ids = step.map(() => `call_${++n}`);
    messages.push({ role: 'assistant', content: null, tool_calls: step.map((c, i) => ({ id: ids[i], type: 'function' as const, function: { name: c.name, arguments: JSON.stringify(c.args) } })) });
    for (const [i, c] of step.entries()) messages.push({ role: 'tool', tool_call_id: ids[i], content: JSON.stringify(c.result) });
  }
  messages.push({ role: 'assistant', content: spec.answer ?? 'Done.' });
  const calls = spec.steps.flat().map((c) => ({ name: c.name, arguments: c.args }));
  return {
    id: spec.id ?? `fixture-${++n}`,
    split: 'train',
    tools: spec.tools,
    messages,
    meta: {
      category: 'single',
      domains: [],
      difficulty: 1,
      seed: 0,
      verdict: { accepted: true, checks: [] },
      usage: { prompt_tokens: 0, completion_tokens: 0 },
      plan: { targets: [...new Set(calls.map((c) => c.name))], calls, world: spec.world ?? FIXED_WORLD },
    },
  };
}

/** One detector on one record. */
export function judge(d: Detector, r: CanonicalRecord, options: { facts?: JobFacts; domains?: ReadonlyMap<string, string> } = {}): Finding | undefined {
  return d.check(recordView(r, options.domains), options.facts ?? NO_FACTS);
}
