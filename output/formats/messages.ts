/**
 * The `id`, `category`, `messages` + `tools` columns that TRL's SFTTrainer takes and `apply_chat_template`
 * renders. Unlike the OpenAI format: every tool message carries the function `name`, and call ids
 * are exactly 9 letters and digits (Mistral's templates require 9, some keep only the last 9).
 * Assistant messages without calls have no `tool_calls` key at all (some templates test
 * whether it is defined); a calling step's content is "" (never null: Qwen3's template looks
 * for `</think>` in it). The rationale goes to `reasoning_content` (read by Qwen3- and
 * DeepSeek-style templates), to `content` before the calls, or nowhere (RationaleMode).
 *
 * `toChatMessages` is the shape the templates are checked with, arguments as objects (templates
 * apply `tojson`). In the file, call arguments and tool parameter schemas are JSON strings (one
 * type per column, so the file loads with `datasets`; templates written for the OpenAI form,
 * such as Functionary's, take the strings as they are); a loader turns them into objects for
 * the others, or `jsonObjects` writes the objects themselves.
 */
import type { CanonicalRecord } from '../../core/record.js';
import { callNames, dropped, jsonField, kept, parseArguments, rationaleOf, shortCallIds, type Converted, type Format, type FormatOptions } from './common.js';

export interface ChatView {
  readonly messages: Record<string, unknown>[];
  readonly tools: Record<string, unknown>[];
}

export function toChatMessages(record: CanonicalRecord, options: FormatOptions): ChatView {
  const ids = shortCallIds(record);
  const names = callNames(record);
  const messages: Record<string, unknown>[] = [];
  for (const m of record.messages) {
    if (m.role === 'assistant') {
      const calls = m.tool_calls ?? [];
      const rationale = calls.length > 0 ? rationaleOf(m, options) : undefined;
      const inContent = options.rationale === 'content' ? rationale : undefined;
      const out: Record<string, unknown> = { role: 'assistant', content: [inContent, m.content ?? undefined].filter((s): s is string => Boolean(s)).join('\n\n') };
      if (rationale !== undefined && options.rationale === 'reasoning') out.reasoning_content = rationale;
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
  description:
    'TRL / apply_chat_template columns: id, category, messages (name on tool messages, 9-character call ids, reasoning_content) and tools; arguments and parameters as JSON strings unless --json-objects',
  rationale: {
    reasoning: kept('in reasoning_content of the calling step (Qwen3- and DeepSeek-style templates render it as reasoning)'),
    content: kept('as the content of the calling step, before its calls'),
    drop: dropped('dropped'),
  },
  convert(record: CanonicalRecord, options: FormatOptions): Converted {
    const { messages, tools } = toChatMessages(record, options);
    if (options.jsonObjects) return { row: { id: record.id, category: record.meta.category, messages, tools } };
    return {
      row: {
        id: record.id,
        category: record.meta.category,
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
