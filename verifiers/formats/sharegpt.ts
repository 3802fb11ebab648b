/**
 * ShareGPT/Hermes: `conversations` of `{from, value}`, calls in `<tool_call>` tags, results in
 * `<tool_response>` tags, tools in `tools` or in `<tools>` in the system turn; `function_call` /
 * `observation` turns as ToolACE/Glaive write them.
 */
import type { CanonicalRecord, Message, ToolCall } from '../../core/record.js';
import { argsString, categoryOf, idOf, isObj, parseMaybeJson, recordMeta, RowError, type Obj, type ReadRow } from './read-row.js';
import { Toolset } from './toolset.js';

const TOOL_CALL_TAG = /<tool_call>([\s\S]*?)<\/tool_call>/g;
const TOOL_RESPONSE_TAG = /<tool_response>([\s\S]*?)<\/tool_response>/g;
const TOOLS_TAG = /<tools>([\s\S]*?)<\/tools>/;

export function fromSharegpt(row: Obj, line: number): ReadRow {
  const turns = row.conversations as unknown[];
  let toolDocs: unknown = row.tools === undefined ? undefined : parseMaybeJson(row.tools, 'tools');
  const messages: Message[] = [];
  const system = typeof row.system === 'string' ? row.system : undefined;
  const pushSystem = (text: string): void => {
    const m = TOOLS_TAG.exec(text);
    if (m) {
      if (toolDocs === undefined) {
        const inner = m[1].trim();
        try {
          toolDocs = JSON.parse(inner) as unknown;
        } catch {
          // One JSON doc per line (Hermes writes them so).
          toolDocs = inner.split('\n').filter((l) => l.trim() !== '').map((l) => parseMaybeJson(l.trim(), 'a tool in <tools>'));
        }
      }
      text = text.replace(TOOLS_TAG, '').replace(/\n{3,}/g, '\n\n').trim();
    }
    if (text !== '') messages.push({ role: 'system', content: text });
  };
  if (system) pushSystem(system);
  const pending: string[] = [];
  let n = 0;
  const raw: { from: string; value: string }[] = turns.map((t, i) => {
    if (!isObj(t) || typeof t.from !== 'string') throw new RowError(`turn ${i} has no "from"`);
    return { from: t.from, value: typeof t.value === 'string' ? t.value : JSON.stringify(t.value ?? '') };
  });
  // Tools are needed to map call names: the system turns (and their <tools>) come first.
  for (const t of raw) if (t.from === 'system') pushSystem(t.value);
  const tools = new Toolset(toolDocs);
  for (const [i, t] of raw.entries()) {
    switch (t.from) {
      case 'system':
        break;
      case 'human':
      case 'user':
        messages.push({ role: 'user', content: t.value });
        break;
      case 'gpt':
      case 'assistant':
      case 'function_call': {
        const tool_calls: ToolCall[] = [];
        const bodies = t.from === 'function_call' ? [t.value] : [...t.value.matchAll(TOOL_CALL_TAG)].map((m) => m[1]);
        for (const b of bodies) {
          const c = parseMaybeJson(b.trim(), `the tool call in turn ${i}`);
          const calls = Array.isArray(c) ? c : [c];
          for (const one of calls) {
            if (!isObj(one) || typeof one.name !== 'string') throw new RowError(`the tool call in turn ${i} has no name`);
            const id = `call_${++n}`;
            pending.push(id);
            tool_calls.push({ id, type: 'function', function: { name: tools.name(one.name), arguments: argsString(one.arguments ?? one.parameters) } });
          }
        }
        const text = t.from === 'function_call' ? '' : t.value.replace(TOOL_CALL_TAG, '').trim();
        messages.push({ role: 'assistant', content: tool_calls.length > 0 && text === '' ? null : text, ...(tool_calls.length > 0 ? { tool_calls } : {}) });
        break;
      }
      case 'tool':
      case 'observation':
      case 'function_response':
      case 'ipython': {
        const parts = [...t.value.matchAll(TOOL_RESPONSE_TAG)].map((m) => m[1].trim());
        for (const p of parts.length > 0 ? parts : [t.value]) messages.push({ role: 'tool', tool_call_id: pending.shift() ?? `call_orphan_${i}`, content: p });
        break;
      }
      default:
        throw new RowError(`turn ${i} has an unknown "from": ${JSON.stringify(t.from)}`);
    }
  }
  const record: CanonicalRecord = { id: idOf(row, line), split: 'train', tools: tools.defs, messages, meta: recordMeta(row, categoryOf(row)) };
  return { line, record, callOnly: false };
}
