/**
 * Readers of tool-use datasets into canonical records, for `toolforge verify`:
 * - openai: the canonical record, or OpenAI fine-tuning JSONL (`messages` + `tools`; also the
 *   legacy `functions` / `function_call`);
 * - sharegpt: ShareGPT/Hermes (`conversations` of `{from, value}`, calls in `<tool_call>` tags,
 *   results in `<tool_response>` tags, tools in `tools` or in `<tools>` in the system turn;
 *   `function_call` / `observation` turns as ToolACE/Glaive write them);
 * - xlam: APIGen's xLAM (`query`, `tools`, `answers`; JSON strings or values);
 * - bfcl: BFCL questions (`question`, `function`), with the ground truth from a
 *   `ground_truth` field or a possible-answer file (the first acceptable value of each
 *   argument becomes the call).
 * Tool docs with BFCL/xLAM types (`dict`, `float`, ...) become JSON Schema as the pool
 * importer does, and names OpenAI refuses (`math.factorial`) are mapped the same way.
 * xLAM and BFCL rows have no tool results and no final answer: they are "call-only".
 */
import { convertParameters, toToolName } from '../api-pool/import/tool-file.js';
import type { CanonicalRecord, Message, ToolCall, ToolDefinition } from '../core/record.js';

export const FORMATS = ['openai', 'sharegpt', 'xlam', 'bfcl'] as const;
export type DatasetFormat = (typeof FORMATS)[number];

export interface ReadRow {
  /** 1-based line (JSONL) or entry (JSON array) number. */
  readonly line: number;
  readonly record: CanonicalRecord;
  /** The format has no tool results or final answers (xLAM, BFCL). */
  readonly callOnly: boolean;
}

export interface ReadIssue {
  readonly line: number;
  readonly problem: string;
}

export interface ReadResult {
  readonly format: DatasetFormat;
  readonly rows: readonly ReadRow[];
  readonly issues: readonly ReadIssue[];
}

class RowError extends Error {}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The format a row looks like, or undefined. */
export function detectFormat(row: unknown): DatasetFormat | undefined {
  if (!isObj(row)) return undefined;
  if (Array.isArray(row.messages)) return 'openai';
  if (Array.isArray(row.conversations)) return 'sharegpt';
  if ('query' in row && 'answers' in row) return 'xlam';
  if ('question' in row && 'function' in row) return 'bfcl';
  return undefined;
}

function parseMaybeJson(v: unknown, what: string): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch (err) {
    throw new RowError(`${what} is a string that is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Tool docs of a row as tool definitions, and the map from source names to tool names. */
class Toolset {
  readonly defs: ToolDefinition[] = [];
  readonly names = new Map<string, string>();

  constructor(docs: unknown) {
    const list = docs === undefined || docs === null ? [] : Array.isArray(docs) ? docs : [docs];
    const used = new Set<string>();
    for (const d of list) {
      const f = isObj(d) && d.type === 'function' && isObj(d.function) ? d.function : d;
      if (!isObj(f) || typeof f.name !== 'string') throw new RowError('a tool is not a function doc with a name');
      let name = toToolName(f.name);
      for (let i = 2; used.has(name); i++) name = `${toToolName(f.name).slice(0, 60)}_${i}`;
      used.add(name);
      this.names.set(f.name, name);
      let parameters: Obj;
      try {
        parameters = convertParameters(f.parameters ?? { type: 'object', properties: {} }, '/parameters') as unknown as Obj;
      } catch {
        parameters = isObj(f.parameters) ? f.parameters : {}; // the rules report what is wrong with it
      }
      this.defs.push({ type: 'function', function: { name, description: typeof f.description === 'string' ? f.description : '', parameters } });
    }
  }

  name(source: string): string {
    return this.names.get(source) ?? source;
  }
}

function meta(row: Obj, category: string): CanonicalRecord['meta'] {
  const m = isObj(row.meta) ? row.meta : {};
  return {
    category: typeof m.category === 'string' ? m.category : category,
    domains: Array.isArray(m.domains) ? (m.domains as string[]) : [],
    difficulty: typeof m.difficulty === 'number' ? m.difficulty : 0,
    seed: typeof m.seed === 'number' ? m.seed : 0,
    verdict: { accepted: true, checks: [] },
    usage: { prompt_tokens: 0, completion_tokens: 0 },
  };
}

const argsString = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v ?? {}));

function idOf(row: Obj, line: number): string {
  return typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `line-${line}`;
}

function categoryOf(row: Obj): string {
  return typeof row.category === 'string' ? row.category : 'unknown';
}

function fromOpenai(row: Obj, line: number): ReadRow {
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
  const record: CanonicalRecord = { id: idOf(row, line), split: typeof row.split === 'string' ? row.split : 'train', tools: tools.defs, messages, meta: meta(row, categoryOf(row)) };
  return { line, record, callOnly: false };
}

const TOOL_CALL_TAG = /<tool_call>([\s\S]*?)<\/tool_call>/g;
const TOOL_RESPONSE_TAG = /<tool_response>([\s\S]*?)<\/tool_response>/g;
const TOOLS_TAG = /<tools>([\s\S]*?)<\/tools>/;

function fromSharegpt(row: Obj, line: number): ReadRow {
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
  const record: CanonicalRecord = { id: idOf(row, line), split: 'train', tools: tools.defs, messages, meta: meta(row, categoryOf(row)) };
  return { line, record, callOnly: false };
}

function fromXlam(row: Obj, line: number): ReadRow {
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
  const record: CanonicalRecord = { id: idOf(row, line), split: 'train', tools: tools.defs, messages, meta: meta(row, categoryOf(row)) };
  return { line, record, callOnly: true };
}

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

function fromBfcl(row: Obj, line: number, answers: ReadonlyMap<string, unknown> | undefined): ReadRow {
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
  const record: CanonicalRecord = { id, split: 'test', tools: tools.defs, messages, meta: meta(row, bfclCategory(id)) };
  return { line, record, callOnly: true };
}

/** One parsed row as a canonical record; throws an Error with the problem. */
export function rowToRecord(row: unknown, format: DatasetFormat, line: number, answers?: ReadonlyMap<string, unknown>): ReadRow {
  if (!isObj(row)) throw new RowError('not a JSON object');
  switch (format) {
    case 'openai':
      if (!Array.isArray(row.messages)) throw new RowError('no "messages" list');
      return fromOpenai(row, line);
    case 'sharegpt':
      if (!Array.isArray(row.conversations)) throw new RowError('no "conversations" list');
      return fromSharegpt(row, line);
    case 'xlam':
      return fromXlam(row, line);
    case 'bfcl':
      if (!('question' in row)) throw new RowError('no "question"');
      return fromBfcl(row, line, answers);
  }
}

/** The rows of a dataset file's text: JSONL, or one JSON array. */
export function splitRows(text: string): { line: number; value?: unknown; problem?: string }[] {
  const t = text.trimStart();
  if (t.startsWith('[')) {
    try {
      const all = JSON.parse(t) as unknown[];
      return all.map((value, i) => ({ line: i + 1, value }));
    } catch {
      // Not one array: read it as JSONL below.
    }
  }
  const out: { line: number; value?: unknown; problem?: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l === '') continue;
    try {
      out.push({ line: i + 1, value: JSON.parse(l) as unknown });
    } catch (err) {
      out.push({ line: i + 1, problem: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return out;
}

/** BFCL possible answers by id (`{"id", "ground_truth"}` per line). */
export function readAnswers(text: string): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const r of splitRows(text)) if (isObj(r.value) && typeof r.value.id === 'string') m.set(r.value.id, r.value.ground_truth);
  return m;
}

/** Read a whole dataset; malformed rows become issues with their line number. */
export function readDataset(text: string, format?: DatasetFormat, answers?: ReadonlyMap<string, unknown>): ReadResult {
  const rows: ReadRow[] = [];
  const issues: ReadIssue[] = [];
  let fmt = format;
  for (const r of splitRows(text)) {
    if (r.problem !== undefined) {
      issues.push({ line: r.line, problem: r.problem });
      continue;
    }
    const f = fmt ?? detectFormat(r.value);
    if (!f) {
      issues.push({ line: r.line, problem: 'not a row of a known format (messages, conversations, query/answers, question/function)' });
      continue;
    }
    fmt ??= f;
    try {
      rows.push(rowToRecord(r.value, f, r.line, answers));
    } catch (err) {
      issues.push({ line: r.line, problem: err instanceof Error ? err.message : String(err) });
    }
  }
  return { format: fmt ?? 'openai', rows, issues };
}
