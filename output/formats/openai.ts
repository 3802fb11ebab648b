/**
 * OpenAI chat fine-tuning JSONL: `messages`, `tools`, `parallel_tool_calls`, arguments as JSON
 * strings. Tool parameter schemas are JSON strings too, so the file loads with Arrow (one type per
 * column); `jsonObjects` writes them as objects, as OpenAI's fine-tuning upload requires. Rows are checked against the rules of OpenAI's fine-tuning data format: roles,
 * every tool call answered by a tool message with its id right after it, names of listed tools,
 * arguments that parse to an object, at least one assistant message to learn from.
 */
import type { CanonicalRecord } from '../../core/record.js';
import { RecordFormatError, dropped, jsonField, kept, parseArguments, rationaleOf, type Converted, type Format, type FormatOptions } from './common.js';

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;

export const openaiFormat: Format = {
  name: 'openai',
  description: 'OpenAI chat fine-tuning JSONL (messages, tools, parallel_tool_calls)',
  rationale: {
    reasoning: dropped('dropped: the OpenAI fine-tuning format has no reasoning field (--rationale content keeps it as the text before the calls)'),
    content: kept('as the content of the calling step, before its calls'),
    drop: dropped('dropped'),
  },
  convert(record: CanonicalRecord, options: FormatOptions): Converted {
    const messages: Record<string, unknown>[] = [];
    let parallel = false;
    for (const m of record.messages) {
      if (m.role === 'assistant') {
        const calls = m.tool_calls ?? [];
        if (calls.length > 1) parallel = true;
        const rationale = calls.length > 0 && options.rationale === 'content' ? rationaleOf(m, options) : undefined;
        const content = [rationale, m.content ?? undefined].filter((s): s is string => Boolean(s)).join('\n\n');
        const out: Record<string, unknown> = { role: 'assistant', content: content || null };
        if (calls.length > 0) {
          out.tool_calls = calls.map((c) => ({
            id: c.id,
            type: 'function',
            function: { name: c.function.name, arguments: JSON.stringify(parseArguments(record, c)) },
          }));
        }
        messages.push(out);
      } else if (m.role === 'tool') {
        messages.push({ role: 'tool', tool_call_id: m.tool_call_id, content: m.content });
      } else {
        messages.push({ role: m.role, content: m.content });
      }
    }
    const row = {
      messages,
      tools: record.tools.map((t) => ({
        type: 'function',
        function: { name: t.function.name, description: t.function.description, parameters: jsonField(t.function.parameters, options) },
      })),
      parallel_tool_calls: parallel,
    };
    const problems = validateOpenAiRow(row);
    if (problems.length > 0) throw new RecordFormatError(`${record.id}: not a valid OpenAI fine-tuning example: ${problems.join('; ')}`);
    return { row };
  },
};

/** The problems of one OpenAI fine-tuning example (empty when it is valid). */
export function validateOpenAiRow(row: { messages: readonly Record<string, unknown>[]; tools?: readonly Record<string, unknown>[]; parallel_tool_calls?: boolean }): string[] {
  const problems: string[] = [];
  const tools = new Set<string>();
  for (const [i, t] of (row.tools ?? []).entries()) {
    const f = t.function as { name?: unknown; parameters?: unknown } | undefined;
    if (t.type !== 'function' || !f || typeof f.name !== 'string') problems.push(`tools[${i}] is not a function tool`);
    else if (!NAME.test(f.name)) problems.push(`tools[${i}] name "${f.name}" breaks ^[a-zA-Z0-9_-]{1,64}$`);
    else if (tools.has(f.name)) problems.push(`tools[${i}] name "${f.name}" is listed twice`);
    else tools.add(f.name);
    if (f?.parameters !== undefined && (parametersOf(f.parameters) as { type?: unknown } | undefined)?.type !== 'object') {
      problems.push(`tools[${i}] parameters are not a JSON Schema object`);
    }
  }
  let open: string[] = [];
  let assistants = 0;
  for (const [i, m] of row.messages.entries()) {
    const role = m.role;
    if (role !== 'tool' && open.length > 0) problems.push(`messages[${i}]: calls ${open.join(', ')} have no tool message before it`), (open = []);
    switch (role) {
      case 'system':
      case 'user':
        if (typeof m.content !== 'string' || m.content === '') problems.push(`messages[${i}] (${role}) has no text content`);
        if (role === 'system' && i !== 0) problems.push(`messages[${i}]: a system message only comes first`);
        break;
      case 'assistant': {
        assistants++;
        const calls = (m.tool_calls as { id?: unknown; type?: unknown; function?: { name?: unknown; arguments?: unknown } }[] | undefined) ?? [];
        if (calls.length === 0 && (typeof m.content !== 'string' || m.content === '')) problems.push(`messages[${i}]: assistant message with neither content nor tool calls`);
        if (calls.length > 1 && row.parallel_tool_calls === false) problems.push(`messages[${i}]: ${calls.length} calls but parallel_tool_calls is false`);
        for (const [j, c] of calls.entries()) {
          const where = `messages[${i}].tool_calls[${j}]`;
          if (typeof c.id !== 'string' || c.id === '') problems.push(`${where} has no id`);
          if (c.type !== 'function') problems.push(`${where} type is not "function"`);
          const name = c.function?.name;
          if (typeof name !== 'string' || !tools.has(name)) problems.push(`${where} calls "${String(name)}", which is not in tools`);
          const args = c.function?.arguments;
          if (typeof args !== 'string') problems.push(`${where} arguments are not a JSON string`);
          else {
            try {
              const v: unknown = JSON.parse(args);
              if (v === null || typeof v !== 'object' || Array.isArray(v)) problems.push(`${where} arguments are not a JSON object`);
            } catch {
              problems.push(`${where} arguments are not valid JSON`);
            }
          }
          if (typeof c.id === 'string') {
            if (open.includes(c.id)) problems.push(`${where} id ${c.id} is used twice`);
            open.push(c.id);
          }
        }
        break;
      }
      case 'tool': {
        const id = m.tool_call_id;
        if (typeof id !== 'string' || !open.includes(id)) problems.push(`messages[${i}] (tool) answers ${String(id)}, which is not an open call of the assistant message before it`);
        else open = open.filter((x) => x !== id);
        if (typeof m.content !== 'string') problems.push(`messages[${i}] (tool) content is not a string`);
        break;
      }
      default:
        problems.push(`messages[${i}] has role "${String(role)}" (system, user, assistant or tool)`);
    }
  }
  if (open.length > 0) problems.push(`calls ${open.join(', ')} are never answered`);
  if (assistants === 0) problems.push('no assistant message to learn from');
  return problems;
}

/** Parameters as an object, whether written as one or as its JSON text (undefined when unreadable). */
function parametersOf(p: unknown): unknown {
  if (typeof p !== 'string') return p;
  try {
    return JSON.parse(p);
  } catch {
    return undefined;
  }
}
