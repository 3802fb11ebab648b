/**
 * ShareGPT/Hermes: `conversations` of `{from, value}` (or `role`/`content`), calls in
 * `<tool_call>` tags, results in `<tool_response>` tags, tools in `tools` or in `<tools>` in the
 * system turn (hermes-system.ts takes the function-calling instructions out of the prompt);
 * `function_call` / `observation` turns as ToolACE/Glaive write them. A `<think>` block at the
 * head of an assistant turn is its rationale; a response `{"name", "content"}` (as Hermes writes
 * it) answers an open call of that name (answeredCall), and gives its content.
 */
import type { CanonicalRecord, Message, ToolCall } from '../../core/record.js';
import { readHermesSystem } from './hermes-system.js';
import { parseJsonOrPython } from './python-literal.js';
import { argsString, categoryOf, idOf, isObj, parseMaybeJson, recordMeta, RowError, type Obj, type ReadRow } from './read-row.js';
import { Toolset } from './toolset.js';

const TOOL_CALL_TAG = /<tool_call>([\s\S]*?)<\/tool_call>/g;
const TOOL_RESPONSE_TAG = /<tool_response>([\s\S]*?)<\/tool_response>/g;
const THINK = /^\s*<think>([\s\S]*?)<\/think>\s*/;

interface Turn {
  readonly from: string;
  readonly value: string;
}

function turnsOf(row: Obj): Turn[] {
  return (row.conversations as unknown[]).map((t, i) => {
    if (!isObj(t)) throw new RowError(`turn ${i} is not an object`);
    const from = t.from ?? t.role;
    if (typeof from !== 'string') throw new RowError(`turn ${i} has no "from"`);
    const value = t.value ?? t.content;
    return { from, value: typeof value === 'string' ? value : JSON.stringify(value ?? '') };
  });
}

/** A call or a list of calls inside <tool_call>: JSON, or a Python literal as Hermes datasets write it. */
function callsIn(body: string, turn: number): unknown[] {
  let v: unknown;
  try {
    v = parseJsonOrPython(body.trim());
  } catch (err) {
    throw new RowError(`the tool call in turn ${turn} is neither JSON nor a Python literal: ${(err as Error).message}`);
  }
  return Array.isArray(v) ? v : [v];
}

/** A response's content: Hermes wraps it as {"name", "content"} (the content may be a Python literal); the content is kept as text. */
function responseOf(body: string): { name?: string; content: string } {
  const t = body.trim();
  if (t.startsWith('{')) {
    try {
      const v = parseJsonOrPython(t);
      if (isObj(v) && typeof v.name === 'string' && 'content' in v && Object.keys(v).length === 2) {
        return { name: v.name, content: typeof v.content === 'string' ? v.content : JSON.stringify(v.content) };
      }
    } catch {
      // Not JSON: the text is the result.
    }
  }
  return { content: t };
}

/** The argument values of a call, as text, to find them in a result. */
function argumentTexts(call: ToolCall): string[] {
  let args: unknown;
  try {
    args = JSON.parse(call.function.arguments);
  } catch {
    return [];
  }
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v)) Object.values(v).forEach(visit);
    else if ((typeof v === 'string' && v.length > 1) || typeof v === 'number') out.push(String(v));
  };
  visit(args);
  return out;
}

/**
 * The open call a response answers. Hermes rows have no call ids: the response names its tool,
 * and of several open calls to that tool (a parallel step) it answers the one whose argument
 * values it repeats most, the earliest on a tie; without a name, the earliest open call.
 */
function answeredCall(open: readonly ToolCall[], name: string | undefined, content: string): number {
  if (name === undefined) return 0;
  let best = -1;
  let bestScore = -1;
  open.forEach((c, k) => {
    if (c.function.name !== name) return;
    const score = argumentTexts(c).filter((t) => content.includes(t)).length;
    if (score > bestScore) (best = k), (bestScore = score);
  });
  return Math.max(0, best);
}

export function fromSharegpt(row: Obj, line: number): ReadRow {
  const turns = turnsOf(row);
  let toolDocs: unknown = row.tools === undefined ? undefined : parseMaybeJson(row.tools, 'tools');
  const prompts: string[] = [];
  // The tools are needed to map call names, so the system turns (and their <tools>) are read first.
  for (const text of [typeof row.system === 'string' ? row.system : undefined, ...turns.filter((t) => t.from === 'system').map((t) => t.value)]) {
    if (text === undefined) continue;
    const s = readHermesSystem(text);
    if (toolDocs === undefined && s.tools) toolDocs = s.tools;
    prompts.push(s.prompt);
  }
  const tools = new Toolset(toolDocs);
  const messages: Message[] = [];
  let systems = typeof row.system === 'string' ? 1 : 0;
  if (systems === 1 && prompts[0] !== '') messages.push({ role: 'system', content: prompts[0] });
  const open: ToolCall[] = [];
  let n = 0;
  for (const [i, t] of turns.entries()) {
    switch (t.from) {
      case 'system': {
        const prompt = prompts[systems++];
        if (prompt !== '') messages.push({ role: 'system', content: prompt });
        break;
      }
      case 'human':
      case 'user':
        messages.push({ role: 'user', content: t.value });
        break;
      case 'gpt':
      case 'assistant':
      case 'function_call': {
        const think = t.from === 'function_call' ? null : THINK.exec(t.value);
        const value = think ? t.value.slice(think[0].length) : t.value;
        const tool_calls: ToolCall[] = [];
        const bodies = t.from === 'function_call' ? [value] : [...value.matchAll(TOOL_CALL_TAG)].map((m) => m[1]);
        for (const b of bodies) {
          for (const one of callsIn(b, i)) {
            if (!isObj(one) || typeof one.name !== 'string') throw new RowError(`the tool call in turn ${i} has no name`);
            const call: ToolCall = { id: `call_${++n}`, type: 'function', function: { name: tools.name(one.name), arguments: argsString(one.arguments ?? one.parameters) } };
            open.push(call);
            tool_calls.push(call);
          }
        }
        const text = t.from === 'function_call' ? '' : value.replace(TOOL_CALL_TAG, '').trim();
        const reasoning = think ? think[1].trim() : '';
        messages.push({
          role: 'assistant',
          content: tool_calls.length > 0 && text === '' ? null : text,
          ...(reasoning !== '' ? { reasoning } : {}),
          ...(tool_calls.length > 0 ? { tool_calls } : {}),
        });
        break;
      }
      case 'tool':
      case 'observation':
      case 'function_response':
      case 'ipython': {
        const parts = [...t.value.matchAll(TOOL_RESPONSE_TAG)].map((m) => m[1]);
        for (const p of parts.length > 0 ? parts : [t.value]) {
          const r = responseOf(p);
          const call = open.splice(answeredCall(open, r.name === undefined ? undefined : tools.name(r.name), r.content), 1)[0];
          messages.push({ role: 'tool', tool_call_id: call?.id ?? `call_orphan_${i}`, content: r.content });
        }
        break;
      }
      default:
        throw new RowError(`turn ${i} has an unknown "from": ${JSON.stringify(t.from)}`);
    }
  }
  const record: CanonicalRecord = { id: idOf(row, line), split: typeof row.split === 'string' ? row.split : 'train', tools: tools.defs, messages, meta: recordMeta(row, categoryOf(row)) };
  return { line, record, callOnly: false };
}
