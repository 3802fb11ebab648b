/**
 * One record as the detectors read it: its world (today, locale), its system prompt, the
 * tools it offers, and its calls in order, each with the arguments sent, the result the tool
 * gave back (parsed) and the definition of the tool called. When the job's pool is known (the
 * checkpoint holds it), each call also knows its API's domain.
 */
import type { ItemWorld } from '../../core/plan.js';
import type { CanonicalRecord, ToolDefinition } from '../../core/record.js';

export type ToolDef = ToolDefinition['function'];

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface CallView {
  readonly name: string;
  readonly args: Readonly<Record<string, unknown>>;
  /** The tool's answer, parsed; undefined when there is none or it is not JSON. */
  readonly result: unknown;
  /** The answer is an error (a planned tool error), not a result. */
  readonly failed: boolean;
  readonly def?: ToolDef;
  /** The API's domain in the job's pool, when the pool is known. */
  readonly domain?: string;
  /** Index of the assistant message holding the call. */
  readonly message: number;
}

export interface RecordView {
  readonly id: string;
  readonly record: CanonicalRecord;
  readonly world?: ItemWorld;
  readonly system: string;
  readonly tools: ReadonlyMap<string, ToolDef>;
  readonly calls: readonly CallView[];
  /** Tool name -> domain, when the job's pool is known. */
  readonly domains?: ReadonlyMap<string, string>;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An error answer: `{"error": ...}` and nothing else of substance. */
const isError = (r: unknown): boolean => isObject(r) && 'error' in r && Object.keys(r).length <= 2;

export function recordView(record: CanonicalRecord, domains?: ReadonlyMap<string, string>): RecordView {
  const tools = new Map(record.tools.map((t) => [t.function.name, t.function]));
  const answers = new Map<string, unknown>();
  for (const m of record.messages) if (m.role === 'tool') answers.set(m.tool_call_id, parse(m.content));
  const calls: CallView[] = [];
  for (const [i, m] of record.messages.entries()) {
    if (m.role !== 'assistant' || !m.tool_calls) continue;
    for (const c of m.tool_calls) {
      const args = parse(c.function.arguments);
      const result = answers.get(c.id);
      calls.push({
        name: c.function.name,
        args: isObject(args) ? args : {},
        result,
        failed: isError(result),
        def: tools.get(c.function.name),
        domain: domains?.get(c.function.name),
        message: i,
      });
    }
  }
  const first = record.messages[0];
  return {
    id: record.id,
    record,
    world: record.meta.plan?.world,
    system: first?.role === 'system' ? first.content : '',
    tools,
    calls,
    domains,
  };
}

/** The JSON Schema of one parameter of a tool (top level), if the tool defines it. */
export function paramSchema(def: ToolDef | undefined, name: string): Readonly<Record<string, unknown>> | undefined {
  const props = def?.parameters?.properties;
  const p = isObject(props) ? props[name] : undefined;
  return isObject(p) ? p : undefined;
}

