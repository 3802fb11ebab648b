/**
 * BFCL questions (`question`, `function`), with the ground truth from a `ground_truth` field or
 * a possible-answer file (the first acceptable value of each argument becomes the call):
 * call-only.
 */
import type { CanonicalRecord, Message } from '../../core/record.js';
import { idOf, isObj, recordMeta, RowError, type Obj, type ReadRow } from './read-row.js';
import { splitRows } from './split-rows.js';
import { Toolset } from './toolset.js';

/** BFCL ids name the category: simple_python_3, parallel_multiple_10, irrelevance_4... */
export function bfclCategory(id: string): string {
  if (/^(live_)?parallel_multiple/.test(id)) return 'parallel-multiple';
  if (/^(live_)?parallel/.test(id)) return 'parallel';
  if (/^(live_)?multiple/.test(id)) return 'multiple';
  if (/^(live_)?irrelevance/.test(id)) return 'irrelevance';
  if (/^(live_)?simple/.test(id)) return 'single';
  if (/^multi_turn/.test(id)) return 'multi-turn';
  return 'unknown';
}

/**
 * The value a BFCL possible-answer list stands for: omitted when "" (may be omitted: the
 * default is meant) is acceptable, else the first acceptable value.
 */
function firstAcceptable(values: unknown, required = false): { value?: unknown; omit: boolean } {
  if (!Array.isArray(values)) return { value: values, omit: false };
  if (values.includes('') && !required) return { omit: true };
  for (const v of values) {
    if (v === '') continue;
    return { value: unwrapNested(v), omit: false };
  }
  return { omit: true };
}

/** Dicts inside a possible answer list their own keys' acceptable values. */
function unwrapNested(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrapNested);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    const f = Array.isArray(x) ? firstAcceptable(x) : { value: unwrapNested(x), omit: false };
    if (!f.omit) out[k] = f.value;
  }
  return out;
}

/**
 * The calls of a BFCL ground truth, with the first acceptable value of each argument (left
 * out where "" is acceptable, unless `required(name)` says the tool requires it).
 */
export function bfclCalls(groundTruth: unknown, required: (fn: string) => ReadonlySet<string> = () => new Set()): { name: string; arguments: Obj }[] {
  if (!Array.isArray(groundTruth)) throw new RowError('ground_truth is not a list');
  return groundTruth.map((g, i) => {
    if (!isObj(g) || Object.keys(g).length !== 1) throw new RowError(`ground_truth ${i} is not {function: {param: [values]}}`);
    const [name, params] = Object.entries(g)[0];
    const args: Obj = {};
    const req = required(name);
    for (const [k, vals] of Object.entries(isObj(params) ? params : {})) {
      const f = firstAcceptable(vals, req.has(k));
      if (!f.omit) args[k] = f.value;
    }
    return { name, arguments: args };
  });
}

export function fromBfcl(row: Obj, line: number, answers: ReadonlyMap<string, unknown> | undefined): ReadRow {
  const id = idOf(row, line);
  const tools = new Toolset(row.function);
  const q = row.question;
  const turns = Array.isArray(q) ? (q.length > 0 && Array.isArray(q[0]) ? (q as unknown[][]) : [q as unknown[]]) : [[{ role: 'user', content: String(q) }]];
  const messages: Message[] = [];
  for (const turn of turns) {
    for (const m of turn) {
      if (!isObj(m) || typeof m.content !== 'string') throw new RowError('a question message has no content');
      messages.push(m.role === 'system' ? { role: 'system', content: m.content } : { role: 'user', content: m.content });
    }
  }
  const truth = row.ground_truth ?? answers?.get(id);
  if (truth !== undefined) {
    const calls = bfclCalls(truth, (fn) => {
      const def = tools.defs.find((d) => d.function.name === tools.name(fn));
      const r = def?.function.parameters.required;
      return new Set(Array.isArray(r) ? (r as string[]) : []);
    });
    if (calls.length > 0) {
      messages.push({
        role: 'assistant',
        content: null,
        tool_calls: calls.map((c, i) => ({ id: `call_${i + 1}`, type: 'function', function: { name: tools.name(c.name), arguments: JSON.stringify(c.arguments) } })),
      });
    }
  }
  const record: CanonicalRecord = { id, split: 'test', tools: tools.defs, messages, meta: recordMeta(row, bfclCategory(id)) };
  return { line, record, callOnly: true };
}

/** BFCL possible answers by id (`{"id", "ground_truth"}` per line). */
export function readAnswers(text: string): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const r of splitRows(text)) if (isObj(r.value) && typeof r.value.id === 'string') m.set(r.value.id, r.value.ground_truth);
  return m;
}
