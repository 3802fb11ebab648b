/** APIGen's xLAM (`query`, `tools`, `answers`; JSON strings or values): call-only. */
import type { CanonicalRecord, Message, ToolCall } from '../../core/record.js';
import { argsString, categoryOf, idOf, isObj, parseMaybeJson, recordMeta, RowError, type Obj, type ReadRow } from './read-row.js';
import { Toolset } from './toolset.js';

export function fromXlam(row: Obj, line: number): ReadRow {
  if (typeof row.query !== 'string') throw new RowError('"query" is not a string');
  const tools = new Toolset(parseMaybeJson(row.tools, 'tools'));
  const answers = parseMaybeJson(row.answers, 'answers');
  if (!Array.isArray(answers)) throw new RowError('"answers" is not a list of calls');
  const tool_calls: ToolCall[] = answers.map((a, i) => {
    if (!isObj(a) || typeof a.name !== 'string') throw new RowError(`answer ${i} has no name`);
    return { id: `call_${i + 1}`, type: 'function', function: { name: tools.name(a.name), arguments: argsString(a.arguments) } };
  });
  const messages: Message[] = [{ role: 'user', content: row.query }];
  if (tool_calls.length > 0) messages.push({ role: 'assistant', content: null, tool_calls });
  const record: CanonicalRecord = { id: idOf(row, line), split: 'train', tools: tools.defs, messages, meta: recordMeta(row, categoryOf(row)) };
  return { line, record, callOnly: true };
}
