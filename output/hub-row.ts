/**
 * The canonical record as a published row (hub-schema.ts) and back. Records live in memory with
 * real objects (tool parameter schemas, the plan, the verdict); on disk every row has the same
 * column types, so the free-form parts are JSON strings and each tool message names its
 * function. `hubRow` picks the schema's fields one by one, so nothing outside the schema can
 * reach a shard.
 */
import type { CanonicalRecord, Message, PlanTruth, ToolDefinition, Verdict } from '../core/record.js';

/** Each tool's row JSON, made once per definition object: the records of a job share their pool's definitions, and tools are over half a row's bytes. */
const toolJsonCache = new WeakMap<object, string>();

function toolJson(t: ToolDefinition): string {
  let j = toolJsonCache.get(t);
  if (j === undefined) {
    j = JSON.stringify({
      type: 'function',
      function: { name: t.function.name, description: t.function.description, parameters: JSON.stringify(t.function.parameters) },
    });
    toolJsonCache.set(t, j);
  }
  return j;
}

function messageRow(m: Message, names: ReadonlyMap<string, string>): Record<string, unknown> {
  switch (m.role) {
    case 'assistant':
      return {
        role: 'assistant',
        content: m.content,
        ...(m.reasoning !== undefined ? { reasoning: m.reasoning } : {}),
        ...(m.tool_calls !== undefined
          ? { tool_calls: m.tool_calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.function.name, arguments: c.function.arguments } })) }
          : {}),
      };
    case 'tool':
      return { role: 'tool', tool_call_id: m.tool_call_id, name: names.get(m.tool_call_id) ?? null, content: m.content };
    default:
      return { role: m.role, content: m.content };
  }
}

/** The record as one published row (one JSONL line, without the newline). */
export function hubRowJson(record: CanonicalRecord): string {
  const names = new Map<string, string>();
  for (const m of record.messages) if (m.role === 'assistant') for (const c of m.tool_calls ?? []) names.set(c.id, c.function.name);
  const meta = record.meta;
  const metaRow = {
    category: meta.category,
    domains: meta.domains,
    difficulty: meta.difficulty,
    seed: meta.seed,
    accepted: meta.verdict.accepted,
    turns: meta.turns ?? null,
    usage: { prompt_tokens: meta.usage.prompt_tokens, completion_tokens: meta.usage.completion_tokens },
    plan: meta.plan !== undefined ? JSON.stringify(meta.plan) : null,
    verdict: JSON.stringify(meta.verdict),
  };
  return (
    `{"id":${JSON.stringify(record.id)},"split":${JSON.stringify(record.split)},` +
    `"tools":[${record.tools.map(toolJson).join(',')}],` +
    `"messages":${JSON.stringify(record.messages.map((m) => messageRow(m, names)))},` +
    `"meta":${JSON.stringify(metaRow)}}`
  );
}

const parseIfString = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * A published row back to the canonical record: the JSON strings parsed, the derived fields
 * (a tool message's function name, `meta.accepted`) dropped. Rows of earlier builds, which kept
 * objects in place of the JSON strings, read the same.
 */
export function recordFromRow(row: unknown): CanonicalRecord {
  const problem = rowProblem(row);
  if (problem !== undefined) throw new RecordRowError(problem);
  return decode(row as Record<string, unknown>);
}

/** A line that is JSON but not a toolforge row. */
export class RecordRowError extends Error {}

function rowProblem(row: unknown): string | undefined {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return 'not a toolforge record (not a JSON object)';
  const r = row as Record<string, unknown>;
  if (!Array.isArray(r.messages) || !Array.isArray(r.tools)) return 'not a toolforge record (no messages or tools array)';
  if (r.meta === null || typeof r.meta !== 'object') return 'not a toolforge record (no meta object)';
  for (const [i, t] of r.tools.entries()) {
    const f = (t as { function?: { name?: unknown } } | null)?.function;
    if (!f || typeof f.name !== 'string') return `not a toolforge record (tools[${i}] has no function name)`;
  }
  return undefined;
}

function decode(row: Record<string, unknown>): CanonicalRecord {
  const tools = (row.tools as { type: 'function'; function: { name: string; description: string; parameters: unknown } }[]).map(
    (t): ToolDefinition => ({
      type: 'function',
      function: { name: t.function.name, description: t.function.description, parameters: parseIfString(t.function.parameters) as Record<string, unknown> },
    }),
  );
  const messages = (row.messages as Record<string, unknown>[]).map((m): Message => {
    if (m.role === 'tool') return { role: 'tool', tool_call_id: m.tool_call_id as string, content: m.content as string };
    if (m.role === 'assistant') {
      const out: Record<string, unknown> = { role: 'assistant', content: m.content ?? null };
      if (m.reasoning !== undefined && m.reasoning !== null) out.reasoning = m.reasoning;
      if (m.tool_calls !== undefined && m.tool_calls !== null) out.tool_calls = m.tool_calls;
      return out as Message;
    }
    return { role: m.role, content: m.content } as Message;
  });
  const meta = row.meta as Record<string, unknown>;
  const plan = meta.plan === null || meta.plan === undefined ? undefined : (parseIfString(meta.plan) as PlanTruth);
  const usage = meta.usage as { prompt_tokens: number; completion_tokens: number };
  return {
    id: row.id as string,
    split: row.split as string,
    tools,
    messages,
    meta: {
      category: meta.category as string,
      domains: meta.domains as string[],
      difficulty: meta.difficulty as number,
      seed: meta.seed as number,
      verdict: parseIfString(meta.verdict) as Verdict,
      usage: { prompt_tokens: usage.prompt_tokens, completion_tokens: usage.completion_tokens },
      ...(meta.turns !== undefined && meta.turns !== null ? { turns: meta.turns as number } : {}),
      ...(plan !== undefined ? { plan } : {}),
    },
  };
}

/** One JSONL line of a shard as a canonical record. */
export function parseRecordLine(line: string): CanonicalRecord {
  return recordFromRow(JSON.parse(line) as Record<string, unknown>);
}
