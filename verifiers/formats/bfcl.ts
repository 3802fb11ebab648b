/**
 * BFCL questions (`question`, `function`), with the ground truth from a `ground_truth` field or
 * a possible-answer file (the first acceptable value of each argument becomes the call):
 * call-only. The category comes from the id (`simple_python_3`, `live_relevance_4-4-0`), else
 * from the file's name (`BFCL_v4_parallel.json`). The question's turns keep their roles: a
 * live question's assistant history stays assistant text.
 */
import { basename } from 'node:path';
import type { CanonicalRecord, Message } from '../../core/record.js';
import { tokenise } from '../rules/request-tokens.js';
import { idOf, isObj, recordMeta, RowError, type Obj, type ReadRow } from './read-row.js';
import { splitRows } from './split-rows.js';
import { Toolset } from './toolset.js';

/** BFCL category names (from an id or a file name) and the toolforge category each stands for. */
const CATEGORIES: readonly [RegExp, string][] = [
  [/^(live_)?parallel_multiple/, 'parallel-multiple'],
  [/^(live_)?parallel/, 'parallel'],
  [/^(live_)?multiple/, 'multiple'],
  [/^(live_)?irrelevance/, 'irrelevance'],
  // Relevance: some call is right, whichever (BFCL keeps no possible answer for it).
  [/^(live_)?relevance/, 'relevance'],
  [/^(live_)?simple|^(java|javascript|sql|rest)(_|$)/, 'single'],
  [/^multi_turn/, 'multi-turn'],
];

/** BFCL ids name the category: simple_python_3, parallel_multiple_10, irrelevance_4... */
export function bfclCategory(id: string): string {
  for (const [re, category] of CATEGORIES) if (re.test(id)) return category;
  return 'unknown';
}

/** The category a BFCL file's name gives (`BFCL_v4_live_simple.json` → single), or 'unknown'. */
export function bfclFileCategory(path: string): string {
  return bfclCategory(basename(path).replace(/^BFCL_v\d+_/i, '').replace(/\.jsonl?$/i, ''));
}

/** Categories whose right answer is a definite list of calls: without a ground truth their rows cannot be judged. */
export function bfclNeedsAnswers(category: string): boolean {
  return category !== 'irrelevance' && category !== 'relevance' && category !== 'unknown';
}

/** Whether the question says a value: a number as a number, a text as it is (case aside). */
export type Stated = (value: unknown) => boolean;

/** A number in scientific notation as people write it: "8.854 x 10^-12", "3×10^8", "1.6*10^-19". */
const SCIENTIFIC = /(\d+(?:\.\d+)?)\s*[x×*]\s*10\s*\^?\s*([-−]?\d+)/g;

/** What a question states, for choosing among acceptable values. */
export function statedIn(text: string): Stated {
  const lower = text.toLowerCase();
  let numbers: Set<number> | undefined;
  return (v) => {
    if (typeof v === 'string') return v.trim() !== '' && lower.includes(v.toLowerCase());
    if (typeof v !== 'number') return false;
    if (!numbers) {
      numbers = new Set(tokenise(text).flatMap((t) => (t.num === undefined ? [] : [t.num])));
      for (const m of text.matchAll(SCIENTIFIC)) numbers.add(Number(`${m[1]}e${m[2].replace('−', '-')}`));
    }
    return numbers.has(v);
  };
}

/**
 * The value a BFCL possible-answer list stands for: the first acceptable value; where "" (may
 * be omitted: the default is meant) is acceptable too, omitted unless the question states one
 * of the acceptable values (a user who says "a face value of $1000" sends it). An empty list of
 * an array parameter is the empty array (BFCL writes `[]` where nothing of a kind was asked:
 * `"bank_hours_start": []`); of any other parameter, nothing.
 */
function firstAcceptable(values: unknown, required = false, schema?: Obj, stated?: Stated): { value?: unknown; omit: boolean } {
  if (!Array.isArray(values)) return { value: values, omit: false };
  if (values.length === 0 && schema?.type === 'array') return { value: [], omit: false };
  if (values.includes('') && !required) {
    const said = stated ? values.find((v) => v !== '' && stated(v)) : undefined;
    return said === undefined ? { omit: true } : { value: unwrapNested(said), omit: false };
  }
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
 * out where "" is acceptable, unless the tool requires it or `stated` says the question gives
 * one). `params(name)` gives a tool's parameters schema (for what it requires and which
 * parameters are arrays).
 */
export function bfclCalls(groundTruth: unknown, params: (fn: string) => Obj | undefined = () => undefined, stated?: Stated): { name: string; arguments: Obj }[] {
  if (!Array.isArray(groundTruth)) throw new RowError('ground_truth is not a list');
  return groundTruth.map((g, i) => {
    if (!isObj(g) || Object.keys(g).length !== 1) throw new RowError(`ground_truth ${i} is not {function: {param: [values]}}`);
    const [name, given] = Object.entries(g)[0];
    const args: Obj = {};
    const schema = params(name);
    const req = new Set(Array.isArray(schema?.required) ? (schema.required as string[]) : []);
    const props = isObj(schema?.properties) ? schema.properties : {};
    for (const [k, vals] of Object.entries(isObj(given) ? given : {})) {
      const f = firstAcceptable(vals, req.has(k), isObj(props[k]) ? props[k] : undefined, stated);
      if (!f.omit) args[k] = f.value;
    }
    return { name, arguments: args };
  });
}

/** A question message as a message of the record (its role kept). */
function questionMessage(m: unknown): Message {
  if (!isObj(m) || typeof m.content !== 'string') throw new RowError('a question message has no content');
  switch (m.role) {
    case 'system':
      return { role: 'system', content: m.content };
    case 'assistant':
      return { role: 'assistant', content: m.content };
    case 'user':
    case undefined:
      return { role: 'user', content: m.content };
    default:
      throw new RowError(`a question message has the role ${JSON.stringify(m.role)}`);
  }
}

export function fromBfcl(row: Obj, line: number, answers: ReadonlyMap<string, unknown> | undefined, fileCategory = 'unknown'): ReadRow {
  const id = idOf(row, line);
  const tools = new Toolset(row.function);
  const q = row.question;
  const turns = Array.isArray(q) ? (q.length > 0 && Array.isArray(q[0]) ? (q as unknown[][]) : [q as unknown[]]) : [[{ role: 'user', content: String(q) }]];
  const messages: Message[] = turns.flatMap((turn) => turn.map(questionMessage));
  const truth = row.ground_truth ?? answers?.get(id);
  if (truth !== undefined) {
    const question = messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
    const calls = bfclCalls(truth, (fn) => tools.defs.find((d) => d.function.name === tools.name(fn))?.function.parameters as Obj | undefined, statedIn(question));
    if (calls.length > 0) {
      messages.push({
        role: 'assistant',
        content: null,
        tool_calls: calls.map((c, i) => ({ id: `call_${i + 1}`, type: 'function', function: { name: tools.name(c.name), arguments: JSON.stringify(c.arguments) } })),
      });
    }
  }
  const byId = bfclCategory(id);
  const record: CanonicalRecord = { id, split: 'test', tools: tools.defs, messages, meta: recordMeta(row, byId === 'unknown' ? fileCategory : byId) };
  return { line, record, callOnly: true };
}

/** BFCL possible answers by id (`{"id", "ground_truth"}` per line). */
export function readAnswers(text: string): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const r of splitRows(text)) if (isObj(r.value) && typeof r.value.id === 'string') m.set(r.value.id, r.value.ground_truth);
  return m;
}
