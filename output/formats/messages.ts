/**
 * The `messages` + `tools` columns that TRL's SFTTrainer takes and `apply_chat_template`
 * renders. Unlike the OpenAI format: arguments are objects (templates apply `tojson`, so a
 * string would be encoded twice), every tool message carries the function `name`, and call ids
 * are exactly 9 letters and digits (Mistral's templates require 9, some keep only the last 9).
 * Assistant messages without calls have no `tool_calls` key at all (some templates test
 * whether it is defined). A kept rationale is <think>...</think> at the head of the content of
 * the assistant message that calls; templates that drop content beside calls drop it too.
 *
 * That is the shape the templates are checked with. In the file, call arguments and tool
 * parameter schemas are JSON strings (one type per column, so the file loads with `datasets`);
 * a loader turns them back into objects before `apply_chat_template` (the README shows how), or
 * `jsonObjects` writes the objects themselves.
 */
import type { CanonicalRecord } from '../../core/record.js';
import { callNames, jsonField, parseArguments, rationaleOf, shortCallIds, type Converted, type Format, type FormatOptions } from './common.js';

export function toChatMessages(record: CanonicalRecord, options: FormatOptions): { messages: Record<string, unknown>[]; tools: Record<string, unknown>[] } {
  const ids = shortCallIds(record);
  const names = callNames(record);
  const messages: Record<string, unknown>[] = [];
  for (const m of record.messages) {
    if (m.role === 'assistant') {
      const calls = m.tool_calls ?? [];
      const rationale = calls.length > 0 ? rationaleOf(m, options) : undefined;
      const content = [rationale ? `<think>\n${rationale}\n</think>` : undefined, m.content ?? undefined].filter((s): s is string => Boolean(s)).join('\n');
      const out: Record<string, unknown> = { role: 'assistant', content };
      if (calls.length > 0) {
        out.tool_calls = calls.map((c) => ({
          id: ids.get(c.id),
          type: 'function',
          function: { name: c.function.name, arguments: parseArguments(record, c) },
        }));
      }
      messages.push(out);
    } else if (m.role === 'tool') {
      messages.push({ role: 'tool', tool_call_id: ids.get(m.tool_call_id) ?? m.tool_call_id, name: names.get(m.tool_call_id) ?? '', content: m.content });
    } else {
      messages.push({ role: m.role, content: m.content });
    }
  }
  const tools = record.tools.map((t) => ({
    type: 'function',
    function: { name: t.function.name, description: t.function.description, parameters: t.function.parameters },
  }));
  return { messages, tools };
}

export const messagesFormat: Format = {
  name: 'messages',
  description: 'TRL / apply_chat_template columns: messages (name on tool messages, 9-character call ids) and tools; arguments and parameters as JSON strings unless --json-objects',
  convert(record: CanonicalRecord, options: FormatOptions): Converted {
    const { messages, tools } = toChatMessages(record, options);
    if (options.jsonObjects) return { row: { messages, tools } };
    return {
      row: {
        messages: messages.map((m) =>
          m.tool_calls === undefined
            ? m
            : {
                ...m,
                tool_calls: (m.tool_calls as { function: { name: string; arguments: unknown } }[]).map((c) => ({
                  ...c,
                  function: { name: c.function.name, arguments: jsonField(c.function.arguments, options) },
                })),
              },
        ),
        tools: tools.map((t) => {
          const f = t.function as { name: string; description: string; parameters: unknown };
          return { type: 'function', function: { name: f.name, description: f.description, parameters: jsonField(f.parameters, options) } };
        }),
      },
    };
  },
};
