/**
 * Importer for tool files: function docs in the OpenAI `tools` shape, bare function objects,
 * BFCL question files and xLAM rows, turned into ApiSpec seeds.
 *
 * Accepted shapes (JSON, or JSONL with one of these per line):
 * - `[{type: 'function', function: {name, description, parameters}}, ...]` or `{tools: [...]}`;
 * - bare function objects `{name, description, parameters}` (alone or in an array);
 * - BFCL question lines `{id, question, function: [docs]}`: every doc in `function` is imported;
 * - xLAM rows `{query, tools: "<JSON string of docs>", answers}` and xLAM-style `parameters`
 *   given as a map `{param: {type, description, default}}` instead of a JSON Schema.
 *
 * Python-ish types (BFCL, xLAM) become JSON Schema, recursively through properties, items,
 * additionalProperties and anyOf/oneOf/allOf: `dict`→object, `float`→number,
 * `str`/`string`→string, `int`/`integer`→integer, `bool`/`boolean`→boolean,
 * `list`/`array`/`tuple`→array (a tuple keeps its `items`), `any`→no type constraint;
 * xLAM's `"T, optional"` marks a parameter optional and `List[T]` is an array of T.
 * Any other type name is reported and the tool skipped, never guessed. BFCL's non-standard
 * `optional: true` on a property is dropped (the property is simply not required).
 *
 * Tool names. OpenAI accepts ^[a-zA-Z0-9_-]{1,64}$; BFCL has `math.factorial`, `sympy.solve`.
 * The mapping (see `toToolName`): every character outside [a-zA-Z0-9_-] (the dot, in practice)
 * becomes `_`, and a name longer than 64 is cut to 64. When a name is changed the original is
 * kept in `ApiSpec.sourceName`, so the mapping is reversed by reading `sourceName` (never by
 * string manipulation). If the mapped name collides with another API's name (BFCL has both
 * `solve.quadratic_equation` and `solve_quadratic_equation`), `importFiles` (index.ts) gives
 * the later one a numeric suffix `_2`, `_3`, ... (names that were valid as they stand keep
 * them in preference to mapped ones), again with the original in `sourceName`.
 */
import type { ApiSpec, JsonSchemaObject } from '../types.js';
import type { ImportIssue, ImportResult } from './index.js';

type Json = Record<string, unknown>;

export const TOOL_NAME_RE = /^[a-zA-Z0-9_-]{1,64}$/;

/** The JSON pointer in its file of each converted API (the origin's fragment is not always one). */
export const sourcePointers = new WeakMap<ApiSpec, string>();

/** Map a source name to a valid tool name (see the module comment); '' maps to 'unnamed'. */
export function toToolName(source: string): string {
  const mapped = source.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
  return mapped === '' ? 'unnamed' : mapped;
}

/** kebab-case for domains: 'Swagger Petstore' → 'swagger-petstore', 'petStore' → 'pet-store'. */
export function kebabCase(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One JSON pointer token: `~` → `~0`, `/` → `~1` (RFC 6901). */
export function escapePointer(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON.stringify with sorted keys, for dedupe keys. */
export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (isObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => v[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Line and column (1-based) of a character offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, col: offset - last };
}

/** A JSON.parse error message with line/col when V8 gives a position. */
export function jsonErrorMessage(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(msg);
  if (!m) return `invalid JSON: ${msg}`;
  const { line, col } = lineCol(text, Number(m[1]));
  return `invalid JSON at line ${line}, col ${col}: ${msg}`;
}

class TypeError_ extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

const SIMPLE_TYPES: Record<string, string | null> = {
  dict: 'object',
  object: 'object',
  float: 'number',
  number: 'number',
  double: 'number',
  str: 'string',
  string: 'string',
  int: 'integer',
  integer: 'integer',
  bool: 'boolean',
  boolean: 'boolean',
  list: 'array',
  array: 'array',
  tuple: 'array',
  null: 'null',
  any: null,
};

/** Child schemas keyed by keyword: properties-like (maps) and items-like (schema or array). */
const MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions'];
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'];
const LIST_KEYWORDS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];

/**
 * Convert one BFCL/xLAM-typed schema to JSON Schema (a fresh object). Throws TypeError_ with
 * the pointer of the offending type.
 */
export function convertPythonSchema(schema: unknown, pointer: string, notes?: Note[]): Json {
  if (!isObject(schema)) {
    if (typeof schema === 'boolean') return schema as unknown as Json;
    throw new TypeError_(pointer, `schema is not an object`);
  }
  const out: Json = {};
  let optionalMark = false;
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'type') {
      const r = convertType(v, `${pointer}/type`, schema);
      if (r.type !== undefined) out.type = r.type;
      if (r.items !== undefined && schema.items === undefined) out.items = r.items;
      optionalMark = r.optional;
    } else if (k === 'optional') {
      // BFCL's non-standard marker: dropped (the property is not required).
    } else if (MAP_KEYWORDS.includes(k) && isObject(v)) {
      const m: Json = {};
      for (const [name, sub] of Object.entries(v)) m[name] = convertPythonSchema(sub, `${pointer}/${k}/${escapePointer(name)}`, notes);
      out[k] = m;
    } else if (SCHEMA_KEYWORDS.includes(k) && (isObject(v) || (k === 'items' && Array.isArray(v)))) {
      out[k] = Array.isArray(v)
        ? v.map((s, i) => convertPythonSchema(s, `${pointer}/${k}/${i}`, notes))
        : convertPythonSchema(v, `${pointer}/${k}`, notes);
    } else if (LIST_KEYWORDS.includes(k) && Array.isArray(v)) {
      out[k] = v.map((s, i) => convertPythonSchema(s, `${pointer}/${k}/${i}`, notes));
    } else {
      out[k] = v;
    }
  }
  // A tuple given as `items: [s1, s2]` (positional) becomes `prefixItems` (JSON Schema 2020-12).
  if (Array.isArray(out.items)) {
    out.prefixItems = out.items;
    out.items = false;
    if (out.minItems === undefined) out.minItems = (out.prefixItems as unknown[]).length;
  }
  if (optionalMark) Object.defineProperty(out, OPTIONAL, { value: true, enumerable: false });
  if ('default' in out) fixPythonDefault(out, pointer, notes);
  return out;
}

/**
 * BFCL docs often write defaults the Python way, as strings: `"false"` for a boolean, `"10"`
 * for an integer, `"None"` for no value. Those are converted (and noted); any other mismatch
 * is left for validation to report.
 */
function fixPythonDefault(s: Json, pointer: string, notes: Note[] | undefined): void {
  const d = s.default;
  const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
  if (typeof d !== 'string' && d !== null) return;
  let fixed: unknown = d;
  if ((d === null || /^none$/i.test(d)) && types.length > 0 && !types.includes('null') && !types.includes('string')) {
    delete s.default;
    notes?.push({ pointer: `${pointer}/default`, problem: `default ${JSON.stringify(d)} (Python None) dropped` });
    return;
  }
  if (typeof d !== 'string' || types.includes('string')) return;
  if (types.includes('boolean') && /^(true|false)$/i.test(d)) fixed = d.toLowerCase() === 'true';
  else if (types.includes('integer') && /^-?\d+$/.test(d.trim())) fixed = Number(d);
  else if (types.includes('number') && d.trim() !== '' && Number.isFinite(Number(d))) fixed = Number(d);
  if (fixed !== d) {
    s.default = fixed;
    notes?.push({ pointer: `${pointer}/default`, problem: `default ${JSON.stringify(d)} converted to ${JSON.stringify(fixed)}` });
  }
}

interface Note {
  pointer: string;
  problem: string;
}

const OPTIONAL = Symbol('optional');

function convertType(v: unknown, pointer: string, _schema: Json): { type?: unknown; items?: Json; optional: boolean } {
  if (Array.isArray(v)) {
    const types: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = convertType(v[i], `${pointer}/${i}`, _schema);
      if (r.type === undefined) return { optional: false }; // `any` in a union: no constraint
      if (!types.includes(r.type)) types.push(r.type);
    }
    return { type: types.length === 1 ? types[0] : types, optional: false };
  }
  if (typeof v !== 'string') throw new TypeError_(pointer, `type is not a string: ${JSON.stringify(v)}`);
  let t = v.trim();
  let optional = false;
  const opt = /^(.*?),\s*optional$/i.exec(t);
  if (opt) {
    t = opt[1].trim();
    optional = true;
  }
  const list = /^(?:list|List|array|Array)\[(.+)\]$/.exec(t);
  if (list) {
    let inner: { type?: unknown };
    try {
      inner = convertType(list[1], pointer, _schema);
    } catch {
      throw new TypeError_(pointer, `unknown type '${v}' at ${pointer}`);
    }
    return { type: 'array', items: inner.type === undefined ? {} : { type: inner.type }, optional };
  }
  if (!Object.prototype.hasOwnProperty.call(SIMPLE_TYPES, t)) {
    throw new TypeError_(pointer, `unknown type '${v}' at ${pointer}`);
  }
  const mapped = SIMPLE_TYPES[t];
  return { type: mapped ?? undefined, optional };
}

/** xLAM-style `parameters: {p: {type, description, default}}` (no JSON Schema wrapper). */
function isParamMap(p: Json): boolean {
  if ('type' in p || 'properties' in p) return false;
  const vals = Object.values(p);
  return vals.length > 0 && vals.every((x) => isObject(x) && typeof x.type === 'string');
}

/** The top-level parameters of a doc as a `type: object` JSON Schema. */
export function convertParameters(params: unknown, pointer: string, notes?: Note[]): JsonSchemaObject {
  if (params === undefined || params === null) return { type: 'object', properties: {}, required: [] };
  if (!isObject(params)) throw new TypeError_(pointer, `parameters is not an object`);
  let src = params;
  if (isParamMap(params)) {
    const required = Object.entries(params)
      .filter(([, s]) => !/,\s*optional$/i.test(String((s as Json).type)) && !('default' in (s as Json)))
      .map(([k]) => k);
    src = { type: 'object', properties: params, required };
  }
  const converted = convertPythonSchema(src, pointer, notes);
  if (converted.type === undefined && converted.properties !== undefined) converted.type = 'object';
  if (converted.type !== 'object') {
    throw new TypeError_(`${pointer}/type`, `parameters must be an object schema, got type ${JSON.stringify(converted.type)}`);
  }
  const properties = (isObject(converted.properties) ? converted.properties : {}) as Record<string, Json>;
  let required = Array.isArray(converted.required) ? (converted.required as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  // Properties marked optional (`"str, optional"`) are never required.
  required = required.filter((r) => !(properties[r] && (properties[r] as Record<symbol, unknown>)[OPTIONAL]));
  return { ...converted, type: 'object', properties, required } as JsonSchemaObject;
}

/** Where one doc sits in its file, for origin and issue pointers. */
interface DocRef {
  doc: unknown;
  pointer: string;
  origin: string;
  /** Shown in problems: e.g. `(BFCL id simple_python_1, line 2)`. */
  where: string;
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/** Collect every function doc of a parsed value (one JSON document or one JSONL line). */
function collectDocs(value: unknown, base: string, file: string, where: string, out: DocRef[], issues: ImportIssue[]): void {
  const b = basename(file);
  const push = (doc: unknown, ptr: string, origin: string, w = where) => out.push({ doc, pointer: ptr, origin, where: w });
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (isObject(v) && (('question' in v && 'function' in v) || (typeof v.tools === 'string' && 'query' in v))) {
        collectDocs(v, `${base}/${i}`, file, where, out, issues);
      } else push(v, `${base}/${i}`, `tools:${b}#${base}/${i}`);
    });
    return;
  }
  if (!isObject(value)) {
    issues.push({ file, pointer: base, problem: `not a tool doc, tools list or BFCL question${where}` });
    return;
  }
  if ('function' in value && ('question' in value || 'id' in value) && value.type !== 'function') {
    // BFCL question line.
    const fns = Array.isArray(value.function) ? value.function : [value.function];
    const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : undefined;
    const w = id === undefined ? where : ` (BFCL id ${id}${where ? `, ${where.replace(/^ \(|\)$/g, '')}` : ''})`;
    fns.forEach((f, i) => {
      const ptr = Array.isArray(value.function) ? `${base}/function/${i}` : `${base}/function`;
      const origin = id !== undefined ? `bfcl:${b}#${id}${Array.isArray(value.function) ? `/function/${i}` : ''}` : `bfcl:${b}#${ptr}`;
      push(f, ptr, origin, w);
    });
    return;
  }
  if ('tools' in value) {
    let tools = value.tools;
    if (typeof tools === 'string') {
      // xLAM: tools is a JSON string.
      try {
        tools = JSON.parse(tools);
      } catch (err) {
        issues.push({ file, pointer: `${base}/tools`, problem: `tools string is not JSON${where}: ${err instanceof Error ? err.message : err}` });
        return;
      }
      const arr = Array.isArray(tools) ? tools : [tools];
      arr.forEach((t, i) => push(t, `${base}/tools/${i}`, `tools:${b}#${base}/tools/${i}`));
      return;
    }
    if (!Array.isArray(tools)) {
      issues.push({ file, pointer: `${base}/tools`, problem: `tools is not an array${where}` });
      return;
    }
    tools.forEach((t, i) => push(t, `${base}/tools/${i}`, `tools:${b}#${base}/tools/${i}`));
    return;
  }
  push(value, base, `tools:${b}#${base}`);
}

/** Convert one function doc. */
function convertDoc(ref: DocRef, file: string, warnings: ImportIssue[]): { api?: ApiSpec; issue?: ImportIssue } {
  let fn = ref.doc;
  let ptr = ref.pointer;
  const where = ref.where;
  if (isObject(fn) && fn.type === 'function' && isObject(fn.function)) {
    fn = fn.function;
    ptr = `${ptr}/function`;
  }
  if (!isObject(fn)) return { issue: { file, pointer: ref.pointer, problem: `function doc is not an object${where}` } };
  if (typeof fn.name !== 'string' || fn.name.trim() === '') {
    return { issue: { file, pointer: `${ptr}/name`, problem: `function doc has no name${where}` } };
  }
  const sourceName = fn.name;
  try {
    const notes: Note[] = [];
    const parameters = convertParameters(fn.parameters, `${ptr}/parameters`, notes);
    let returns: Json = { type: 'object', properties: {} };
    for (const key of ['returns', 'response', 'output_schema']) {
      if (isObject(fn[key])) {
        returns = convertPythonSchema(fn[key], `${ptr}/${key}`, notes);
        break;
      }
    }
    const name = toToolName(sourceName);
    const domain = typeof fn.domain === 'string' && kebabCase(fn.domain) !== '' ? kebabCase(fn.domain) : 'imported';
    const subdomain =
      typeof fn.subdomain === 'string' && kebabCase(fn.subdomain) !== ''
        ? kebabCase(fn.subdomain)
        : sourceName.includes('.') && kebabCase(sourceName.slice(0, sourceName.lastIndexOf('.'))) !== ''
          ? kebabCase(sourceName.slice(0, sourceName.lastIndexOf('.')))
          : undefined;
    const api: ApiSpec = {
      name,
      domain,
      ...(subdomain === undefined ? {} : { subdomain }),
      description: typeof fn.description === 'string' ? fn.description.trim() : '',
      parameters,
      returns,
      origin: ref.origin,
      ...(name === sourceName ? {} : { sourceName }),
    };
    for (const n of notes) warnings.push({ file, pointer: n.pointer, problem: `${sourceName}: ${n.problem}${where}` });
    return { api };
  } catch (err) {
    if (err instanceof TypeError_) {
      return { issue: { file, pointer: err.pointer, problem: `${sourceName}: ${err.message}${where}` } };
    }
    throw err;
  }
}

/**
 * Import the function docs of a parsed tool file. Identical docs (same name and same JSON)
 * are imported once; a bad doc is skipped with its pointer and the others go on.
 */
export function importToolValues(
  values: readonly { value: unknown; base: string; where: string }[],
  file: string,
): ImportResult {
  const docs: DocRef[] = [];
  const skipped: ImportIssue[] = [];
  for (const { value, base, where } of values) collectDocs(value, base, file, where, docs, skipped);
  const seen = new Set<string>();
  const apis: ApiSpec[] = [];
  const warnings: ImportIssue[] = [];
  for (const ref of docs) {
    const inner = isObject(ref.doc) && ref.doc.type === 'function' && isObject(ref.doc.function) ? ref.doc.function : ref.doc;
    const key = `${isObject(inner) ? String(inner.name) : ''}\u0000${stableStringify(inner)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = convertDoc(ref, file, warnings);
    if (r.api) {
      apis.push(r.api);
      sourcePointers.set(r.api, ref.pointer);
    }
    if (r.issue) skipped.push(r.issue);
  }
  return { apis, skipped, warnings };
}

/** Import a tool file's text: one JSON document, or JSONL (one value per line). */
export function importToolText(text: string, file: string): ImportResult {
  try {
    const value: unknown = JSON.parse(text);
    return importToolValues([{ value, base: '', where: '' }], file);
  } catch (err) {
    const lines = text.split(/\r?\n/);
    const firstIdx = lines.findIndex((l) => l.trim() !== '');
    let jsonl = false;
    if (firstIdx >= 0 && lines.slice(firstIdx + 1).some((l) => l.trim() !== '')) {
      try {
        JSON.parse(lines[firstIdx]);
        jsonl = true;
      } catch {
        jsonl = false;
      }
    }
    if (!jsonl) return { apis: [], skipped: [{ file, pointer: '', problem: jsonErrorMessage(text, err) }], warnings: [] };
    // JSONL: pointer `/<line index>` (0-based, as if the lines were an array); problems name the 1-based line.
    const values: { value: unknown; base: string; where: string }[] = [];
    const bad: ImportIssue[] = [];
    lines.forEach((l, i) => {
      if (l.trim() === '') return;
      try {
        values.push({ value: JSON.parse(l), base: `/${i}`, where: ` (line ${i + 1})` });
      } catch (e) {
        bad.push({ file, pointer: `/${i}`, problem: `line ${i + 1}: ${jsonErrorMessage(l, e)}` });
      }
    });
    const r = importToolValues(values, file);
    return { apis: r.apis, skipped: [...bad, ...r.skipped], warnings: r.warnings };
  }
}
