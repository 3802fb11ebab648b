/** OpenAI fine-tuning JSONL (`messages` + `tools`; also the legacy `functions` / `function_call`), and the canonical record itself. */
import type { CanonicalRecord, Message, ToolCall } from '../../core/record.js';
import { argsString, categoryOf, idOf, isObj, recordMeta, RowError, type Obj, type ReadRow } from './read-row.js';
import { Toolset } from './toolset.js';

export function fromOpenai(row: Obj, line: number): ReadRow {
  const tools = new Toolset(row.tools ?? row.functions);
  const messages: Message[] = [];
  let n = 0;
  let lastCallIds: string[] = [];
  (row.messages as unknown[]).forEach((raw, i) => {
    if (!isObj(raw)) throw new RowError(`message ${i} is not an object`);
    const content = typeof raw.content === 'string' ? raw.content : raw.content === null || raw.content === undefined ? null : JSON.stringify(raw.content);
    switch (raw.role) {
      case 'system':
      case 'user':
        messages.push({ role: raw.role, content: content ?? '' });
        break;
      case 'assistant': {
        const list = Array.isArray(raw.tool_calls) ? raw.tool_calls : isObj(raw.function_call) ? [{ function: raw.function_call }] : [];
        const tool_calls: ToolCall[] = list.map((c: unknown) => {
          const co = isObj(c) ? c : {};
          const f = isObj(co.function) ? co.function : {};
          return { id: typeof co.id === 'string' ? co.id : `call_${++n}`, type: 'function', function: { name: tools.name(String(f.name ?? '')), arguments: argsString(f.arguments) } };
        });
        lastCallIds = tool_calls.map((c) => c.id);
        messages.push({ role: 'assistant', content, ...(typeof raw.reasoning === 'string' ? { reasoning: raw.reasoning } : {}), ...(tool_calls.length > 0 ? { tool_calls } : {}) });
        break;
      }
      case 'tool':
      case 'function': {
        const id = typeof raw.tool_call_id === 'string' ? raw.tool_call_id : (lastCallIds.shift() ?? '');
        messages.push({ role: 'tool', tool_call_id: id, content: content ?? '' });
        break;
      }
      default:
        throw new RowError(`message ${i} has role ${JSON.stringify(raw.role)}`);
    }
  });
  const record: CanonicalRecord = { id: idOf(row, line), split: typeof row.split === 'string' ? row.split : 'train', tools: tools.defs, messages, meta: recordMeta(row, categoryOf(row)) };
  return { line, record, callOnly: false };
}
