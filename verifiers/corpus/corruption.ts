/**
 * A corruption (one change to a valid entry, with the rule meant to catch it) and the edits
 * the corruption families share. Every edit works on a copy: the valid entry is not touched.
 */
import type { Message, ToolCall } from '../../core/record.js';
import type { RuleId } from '../rule-ids.js';
import type { CorpusEntry, Obj } from './entry.js';

export type Assistant = Extract<Message, { role: 'assistant' }>;

export interface Corruption {
  readonly name: string;
  readonly expected: RuleId;
  readonly also?: readonly RuleId[];
  /** The corrupted copy, or undefined when the corruption does not apply to this entry. */
  apply(e: CorpusEntry): CorpusEntry | undefined;
}

/** The entry with its messages as `f` edits a copy of them, or undefined where `f` says the corruption does not apply. */
export function withMessages(e: CorpusEntry, f: (m: Message[]) => Message[] | undefined): CorpusEntry | undefined {
  const m = f(structuredClone([...e.record.messages]));
  return m ? { ...e, record: { ...e.record, messages: m } } : undefined;
}

/** The indexes of the assistant messages that make calls. */
export function callMessages(m: Message[]): number[] {
  return m.flatMap((x, i) => (x.role === 'assistant' && (x.tool_calls?.length ?? 0) > 0 ? [i] : []));
}

/** Replace the first call of call message `which` by what `f` makes of it; f gets (call, tool parameters). */
export function changeCall(e: CorpusEntry, f: (c: ToolCall, params: Obj) => ToolCall | undefined, which = 0): CorpusEntry | undefined {
  return withMessages(e, (m) => {
    const at = callMessages(m)[which];
    if (at === undefined) return undefined;
    const a = m[at] as Assistant;
    const c = a.tool_calls![0];
    const params = e.record.tools.find((t) => t.function.name === c.function.name)?.function.parameters ?? {};
    const next = f(c, params);
    if (!next) return undefined;
    m[at] = { ...a, tool_calls: [next, ...a.tool_calls!.slice(1)] };
    return m;
  });
}

/** Replace the arguments of the first call of call message `which`; f gets (args, tool parameters). */
export function changeArgs(e: CorpusEntry, f: (args: Obj, params: Obj) => Obj | undefined, which = 0): CorpusEntry | undefined {
  return changeCall(
    e,
    (c, params) => {
      const next = f(JSON.parse(c.function.arguments) as Obj, params);
      return next ? { ...c, function: { ...c.function, arguments: JSON.stringify(next) } } : undefined;
    },
    which,
  );
}

export const propsOf = (params: Obj): Record<string, Obj> => (params.properties ?? {}) as Record<string, Obj>;
export const finalIdx = (m: Message[]): number => m.length - 1;

/** The entry with the first call of its first call message made twice (a new id, a copy of its answer right after the step's answers). */
export function withFirstCallTwice(e: CorpusEntry): CorpusEntry | undefined {
  return withMessages(e, (m) => {
    const at = callMessages(m)[0];
    if (at === undefined) return undefined;
    const a = m[at] as Assistant;
    const c = a.tool_calls![0];
    const copy = { ...c, id: `${c.id}_again` };
    const answer = m.find((x) => x.role === 'tool' && x.tool_call_id === c.id);
    if (!answer || answer.role !== 'tool') return undefined;
    m[at] = { ...a, tool_calls: [...a.tool_calls!, copy] };
    let end = at + 1;
    while (end < m.length && m[end].role === 'tool') end++;
    m.splice(end, 0, { ...answer, tool_call_id: copy.id });
    return m;
  });
}
