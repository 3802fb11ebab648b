/**
 * The published row schema: one column type per path, the same for every row of every job, so
 * `datasets.load_dataset` and the Hub's dataset viewer (both read with Arrow, which needs one
 * type per column path) load any toolforge dataset. Free-form JSON (tool parameter schemas,
 * the plan, the verdict) travels as JSON strings; call arguments are JSON strings as in
 * OpenAI's format. Written once here, it gives the DuckDB column types the Parquet shards are
 * written with, the card's `dataset_info.features`, and the README's table.
 */

export type FieldType = 'string' | 'int64' | 'bool' | { readonly list: FieldType } | { readonly struct: readonly Field[] };

export interface Field {
  readonly name: string;
  readonly type: FieldType;
  /** What the column holds, for the README and the card. */
  readonly doc: string;
}

const CALL: readonly Field[] = [
  { name: 'id', type: 'string', doc: 'call id, answered by the tool message with the same tool_call_id' },
  { name: 'type', type: 'string', doc: '"function"' },
  {
    name: 'function',
    type: {
      struct: [
        { name: 'name', type: 'string', doc: 'the tool called' },
        { name: 'arguments', type: 'string', doc: 'the arguments, a JSON object as a string (OpenAI format)' },
      ],
    },
    doc: 'the call',
  },
];

const MESSAGE: readonly Field[] = [
  { name: 'role', type: 'string', doc: 'system, user, assistant or tool' },
  { name: 'content', type: 'string', doc: 'the text; null on an assistant message that only calls tools' },
  { name: 'reasoning', type: 'string', doc: "assistant: the teacher's rationale for the calls of this step (null elsewhere)" },
  { name: 'tool_calls', type: { list: { struct: CALL } }, doc: 'assistant: the calls of this step (null when it calls nothing)' },
  { name: 'tool_call_id', type: 'string', doc: 'tool: the call this message answers' },
  { name: 'name', type: 'string', doc: 'tool: the function whose result this is' },
];

const TOOL: readonly Field[] = [
  { name: 'type', type: 'string', doc: '"function"' },
  {
    name: 'function',
    type: {
      struct: [
        { name: 'name', type: 'string', doc: 'tool name, ^[a-zA-Z0-9_-]{1,64}$' },
        { name: 'description', type: 'string', doc: 'what the tool does' },
        { name: 'parameters', type: 'string', doc: 'JSON Schema of the arguments (type object), as a JSON string' },
      ],
    },
    doc: 'the function definition',
  },
];

const META: readonly Field[] = [
  { name: 'category', type: 'string', doc: 'single, multiple, parallel, parallel-multiple, dependent, nested, irrelevance, clarification, multi-turn or safety' },
  { name: 'domains', type: { list: 'string' }, doc: 'API domains of the tools the item is about' },
  { name: 'difficulty', type: 'int64', doc: 'planned difficulty, 1 to 5' },
  { name: 'seed', type: 'int64', doc: "the item's seed (from the job seed and its index): replays the item" },
  { name: 'accepted', type: 'bool', doc: 'the verifiers accepted the record (always true in the shards)' },
  { name: 'turns', type: 'int64', doc: 'user turns in the dialogue' },
  {
    name: 'usage',
    type: {
      struct: [
        { name: 'prompt_tokens', type: 'int64', doc: 'model input tokens spent on the item (0 offline)' },
        { name: 'completion_tokens', type: 'int64', doc: 'model output tokens spent on the item (0 offline)' },
      ],
    },
    doc: 'tokens spent',
  },
  { name: 'plan', type: 'string', doc: "the plan's hidden ground truth as a JSON string: targets, calls, withheld, safety; for code items, code (question, known answer, unit, tolerance, what each program run was meant to do)" },
  { name: 'verdict', type: 'string', doc: 'the verdict as a JSON string: accepted, checks (rule, message, at, layer)' },
];

/** Every published row, in column order. */
export const HUB_FEATURES: readonly Field[] = [
  { name: 'id', type: 'string', doc: 'record id: job name and item index, e.g. toolforge-000042' },
  { name: 'split', type: 'string', doc: 'train, or test for items built only from tools held out of train' },
  { name: 'tools', type: { list: { struct: TOOL } }, doc: 'the toolset shown to the assistant (targets and distractors)' },
  { name: 'messages', type: { list: { struct: MESSAGE } }, doc: 'the dialogue, OpenAI chat format' },
  { name: 'meta', type: { struct: META }, doc: 'how the item was made and judged' },
];

/** The DuckDB type of a field type, for `read_json(..., columns = {...})`. */
export function duckdbType(t: FieldType): string {
  if (t === 'string') return 'VARCHAR';
  if (t === 'int64') return 'BIGINT';
  if (t === 'bool') return 'BOOLEAN';
  if ('list' in t) return `${duckdbType(t.list)}[]`;
  return `STRUCT(${t.struct.map((f) => `"${f.name}" ${duckdbType(f.type)}`).join(', ')})`;
}

/** The card's `dataset_info.features` entry of a field (the Hub's YAML form of datasets.Features). */
export function cardFeature(f: Field): Record<string, unknown> {
  return { name: f.name, ...cardType(f.type) };
}

function cardType(t: FieldType): Record<string, unknown> {
  if (typeof t === 'string') return { dtype: t };
  if ('struct' in t) return { struct: t.struct.map(cardFeature) };
  if (typeof t.list === 'string') return { sequence: t.list };
  if ('struct' in t.list) return { list: t.list.struct.map(cardFeature) };
  return { sequence: cardType(t.list) };
}

/**
 * The leaf column paths of the schema, as the Arrow-style checker names them: `/messages/[]/role`,
 * `/meta/domains/[]`. A fixed schema has a few dozen.
 */
export function schemaPaths(fields: readonly Field[] = HUB_FEATURES, prefix = ''): string[] {
  const out: string[] = [];
  const walk = (t: FieldType, path: string): void => {
    if (typeof t === 'string') out.push(path);
    else if ('list' in t) walk(t.list, `${path}/[]`);
    else for (const f of t.struct) walk(f.type, `${path}/${f.name}`);
  };
  for (const f of fields) walk(f.type, `${prefix}/${f.name}`);
  return out;
}

/** The schema as Markdown rows (path, type, what it holds), for the README and the card. */
export function schemaTable(): string {
  const rows: string[] = ['| column | type | what it holds |', '| --- | --- | --- |'];
  const typeName = (t: FieldType): string =>
    typeof t === 'string' ? t : 'list' in t ? `list<${typeName(t.list)}>` : 'struct';
  const walk = (f: Field, path: string): void => {
    rows.push(`| \`${path}\` | \`${typeName(f.type)}\` | ${f.doc} |`);
    const inner = typeof f.type === 'object' && 'list' in f.type ? f.type.list : f.type;
    if (typeof inner === 'object' && 'struct' in inner) for (const g of inner.struct) walk(g, `${path}${inner === f.type ? '' : '[]'}.${g.name}`);
  };
  for (const f of HUB_FEATURES) walk(f, f.name);
  return rows.join('\n');
}
