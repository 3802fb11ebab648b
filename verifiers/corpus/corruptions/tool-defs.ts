/** Corruptions of a tool definition the record offers (rules/tool-defs.ts): one tool no call uses is changed. */
import type { CorpusEntry, Obj } from '../entry.js';
import type { Corruption } from '../corruption.js';

const uncalledTool = (e: CorpusEntry): number => {
  const called = new Set(e.record.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []).map((c) => c.function.name) : [])));
  return e.record.tools.findIndex((t) => !called.has(t.function.name));
};

/** The entry with one tool that no call uses changed by `f` (on a copy), or undefined where every tool is called or `f` says it cannot change it (false). */
function changeTool(e: CorpusEntry, f: (fn: Obj) => unknown): CorpusEntry | undefined {
  const i = uncalledTool(e);
  if (i < 0) return undefined;
  const tools = structuredClone([...e.record.tools]);
  if (f(tools[i].function as unknown as Obj) === false) return undefined;
  return { ...e, record: { ...e.record, tools } };
}

export const TOOL_DEF_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'tool name not valid',
    expected: 'tools.name',
    apply: (e) => changeTool(e, (f) => (f.name = `${String(f.name)} v2!`)),
  },
  {
    name: 'tool schema not valid',
    expected: 'tools.schema',
    apply: (e) => changeTool(e, (f) => (f.parameters = { ...(f.parameters as Obj), type: 'array' })),
  },
  {
    name: 'required names an undeclared property',
    expected: 'tools.required',
    apply: (e) => changeTool(e, (f) => (f.parameters = { ...(f.parameters as Obj), required: ['no_such_parameter'] })),
  },
  {
    name: 'tool without a description',
    expected: 'tools.description',
    apply: (e) => changeTool(e, (f) => (f.description = '')),
  },
  {
    name: 'a default outside its schema',
    expected: 'tools.default',
    // "N/A" outside an enum, a string for a number, a number for a string: the first parameter that has one of those types.
    apply: (e) =>
      changeTool(e, (f) => {
        const props = ((f.parameters as Obj).properties ?? {}) as Record<string, Obj>;
        const [k, p] = Object.entries(props).find(([, x]) => Array.isArray(x.enum) || ['integer', 'number', 'string'].includes(x.type as string)) ?? [];
        if (!k || !p) return false;
        props[k] = { ...p, default: Array.isArray(p.enum) ? 'N/A' : p.type === 'string' ? 42 : 'five years' };
        return true;
      }),
  },
];
