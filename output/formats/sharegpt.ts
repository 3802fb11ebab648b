/**
 * ShareGPT / Hermes function-calling rows: `conversations` of {from, value}. The system turn
 * lists the tools inside <tools></tools>, one JSON object per line (Hermes-2-Pro / Qwen2.5);
 * calls are <tool_call>{"name": ..., "arguments": {...}}</tool_call>, results
 * <tool_response>{"name": ..., "content": ...}</tool_response> in one `tool` turn per step;
 * the rationale is <think>...</think> at the head of the assistant turn that calls (`reasoning`,
 * as Hermes 3 and LLaMA-Factory's reasoning templates read it) or plain text there (`content`).
 */
import type { CanonicalRecord } from '../../core/record.js';
import { callNames, dropped, kept, parseArguments, parseToolContent, rationaleOf, type Converted, type Format, type FormatOptions } from './common.js';

const PREAMBLE =
  'You are a function calling AI model. You are provided with function signatures within <tools></tools> XML tags. ' +
  "You may call one or more functions to assist with the user query. Don't make assumptions about what values to plug into functions. " +
  'Here are the available tools:';
const CALL_FORMAT =
  'For each function call return a json object with function name and arguments within <tool_call></tool_call> XML tags:\n' +
  '<tool_call>\n{"name": <function-name>, "arguments": <args-dict>}\n</tool_call>';

function convert(record: CanonicalRecord, options: FormatOptions): Converted {
  const names = callNames(record);
  const conversations: { from: string; value: string }[] = [];
  const toolsBlock = `<tools>\n${record.tools.map((t) => JSON.stringify(t)).join('\n')}\n</tools>`;
  const system = record.messages[0]?.role === 'system' ? record.messages[0].content : undefined;
  conversations.push({ from: 'system', value: [system, `${PREAMBLE}\n${toolsBlock}`, CALL_FORMAT].filter(Boolean).join('\n\n') });
  let pendingResults: string[] = [];
  const flush = (): void => {
    if (pendingResults.length > 0) conversations.push({ from: 'tool', value: pendingResults.join('\n') });
    pendingResults = [];
  };
  for (const [i, m] of record.messages.entries()) {
    if (m.role === 'system') {
      if (i > 0) conversations.push({ from: 'system', value: m.content });
      continue;
    }
    if (m.role === 'tool') {
      const name = names.get(m.tool_call_id) ?? '';
      pendingResults.push(`<tool_response>\n${JSON.stringify({ name, content: parseToolContent(m.content) })}\n</tool_response>`);
      continue;
    }
    flush();
    if (m.role === 'user') {
      conversations.push({ from: 'human', value: m.content });
      continue;
    }
    const calls = m.tool_calls ?? [];
    const rationale = calls.length > 0 ? rationaleOf(m, options) : undefined;
    const parts: string[] = [];
    if (rationale) parts.push(options.rationale === 'reasoning' ? `<think>\n${rationale}\n</think>` : rationale);
    if (m.content) parts.push(m.content);
    for (const c of calls) {
      parts.push(`<tool_call>\n${JSON.stringify({ name: c.function.name, arguments: parseArguments(record, c) })}\n</tool_call>`);
    }
    conversations.push({ from: 'gpt', value: parts.join('\n') });
  }
  flush();
  return { row: { id: record.id, category: record.meta.category, conversations } };
}

export const sharegptFormat: Format = {
  name: 'sharegpt',
  description: 'ShareGPT conversations (from/value) with Hermes tool tags: <tools>, <tool_call>, <tool_response>, <think> for the rationale',
  rationale: {
    reasoning: kept('as <think>...</think> at the head of the calling turn'),
    content: kept('as plain text at the head of the calling turn, before <tool_call>'),
    drop: dropped('dropped'),
  },
  convert,
};

export const hermesFormat: Format = { ...sharegptFormat, name: 'hermes', description: 'the same rows as sharegpt (Hermes function-calling layout)' };
