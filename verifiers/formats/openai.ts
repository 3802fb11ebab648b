/**
 * `messages` + `tools` rows: OpenAI fine-tuning JSONL (arguments as JSON text; also the legacy
 * `functions` / `function_call`), Hugging Face / TRL rows (arguments as objects, a `name` on tool
 * messages, `reasoning_content`, content as a list of parts, tools as JSON text) and the
 * canonical record itself (its `meta`, with the plan, is kept).
 *
 * A tool message answers the call its `tool_call_id` names; without an id, the earliest open
 * call of its `name`, else the earliest open call.
 */
import type { CanonicalRecord, Message, ToolCall } from '../../core/record.js';
import { argsString, categoryOf, idOf, isObj, recordMeta, RowError, textOf, type Obj, type ReadRow } from './read-row.js';
import { Toolset } from './toolset.js';

/** A call as written: OpenAI's {id, type, function: {name, arguments}}, or a bare {name, arguments}. */
function callOf(raw: unknown, where: string): { id?: string; name: string; args: unknown } {
  if (!isObj(raw)) throw new RowError(`${where} is not an object`);
  const f = isObj(raw.function) ? raw.function : raw;
  if (typeof f.name !== 'string' || f.name === '') throw new RowError(`${where} has no function name`);
  return { ...(typeof raw.id === 'string' ? { id: raw.id } : {}), name: f.name, args: f.arguments ?? f.parameters };
}

export function fromOpenai(row: Obj, line: number): ReadRow {
  const tools = new Toolset(row.tools ?? row.functions);
  const messages: Message[] = [];
  let n = 0;
  const open: ToolCall[] = [];
  (row.messages as unknown[]).forEach((raw, i) => {
    if (!isObj(raw)) throw new RowError(`message ${i} is not an object`);
    const where = `message ${i}`;
    const content = textOf(raw.content, where);
    switch (raw.role) {
      case 'system':
      case 'user':
        messages.push({ role: raw.role, content: content ?? '' });
        break;
      case 'assistant': {
        const list: unknown[] = Array.isArray(raw.tool_calls) ? raw.tool_calls : isObj(raw.function_call) ? [{ function: raw.function_call }] : [];
        const tool_calls: ToolCall[] = list.map((c, j) => {
          const call = callOf(c, `${where}, tool call ${j}`);
          return { id: call.id ?? `call_${++n}`, type: 'function', function: { name: tools.name(call.name), arguments: argsString(call.args) } };
        });
        open.push(...tool_calls);
        const reasoning = [raw.reasoning_content, raw.reasoning].find((r): r is string => typeof r === 'string' && r.trim() !== '');
        messages.push({
          role: 'assistant',
          // A calling step with no text has no content (the canonical record's null, the messages export's "").
          content: tool_calls.length > 0 && (content ?? '') === '' ? null : content,
          ...(reasoning !== undefined ? { reasoning } : {}),
          ...(tool_calls.length > 0 ? { tool_calls } : {}),
        });
        break;
      }
      case 'tool':
      case 'function': {
        const name = typeof raw.name === 'string' ? tools.name(raw.name) : undefined;
        let k = typeof raw.tool_call_id === 'string' ? open.findIndex((c) => c.id === raw.tool_call_id) : -1;
        if (k === -1 && name !== undefined) k = open.findIndex((c) => c.function.name === name);
        const call = k === -1 ? (typeof raw.tool_call_id === 'string' ? undefined : open[0]) : open[k];
        if (call) open.splice(open.indexOf(call), 1);
        const id = typeof raw.tool_call_id === 'string' ? raw.tool_call_id : (call?.id ?? '');
        messages.push({ role: 'tool', tool_call_id: id, content: content ?? '' });
        break;
      }
      default:
        throw new RowError(`${where} has role ${JSON.stringify(raw.role)}`);
    }
  });
  const record: CanonicalRecord = { id: idOf(row, line), split: typeof row.split === 'string' ? row.split : 'train', tools: tools.defs, messages, meta: recordMeta(row, categoryOf(row)) };
  return { line, record, callOnly: false };
}
