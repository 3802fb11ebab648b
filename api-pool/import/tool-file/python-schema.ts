/**
 * Python-ish types (BFCL, xLAM) become JSON Schema, recursively through properties, items,
 * additionalProperties and anyOf/oneOf/allOf: `dict`→object, `float`→number,
 * `str`/`string`→string, `int`/`integer`→integer, `bool`/`boolean`→boolean,
 * `list`/`array`/`tuple`→array (a tuple keeps its `items`), `any`→no type constraint;
 * xLAM's `"T, optional"` marks a parameter optional and `List[T]` is an array of T.
 * Any other type name is reported and the tool skipped, never guessed. BFCL's non-standard
 * `optional: true` on a property is dropped (the property is simply not required).
 */
import type { JsonSchemaObject } from '../../types.js';
import { isObject, type Json } from '../json.js';
import { escapePointer, SkipError } from '../pointer.js';
import type { Note } from '../types.js';

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
 * Convert one BFCL/xLAM-typed schema to JSON Schema (a fresh object). Throws SkipError with
 * the pointer of the offending type.
 */
export function convertPythonSchema(schema: unknown, pointer: string, notes?: Note[]): Json {
  if (!isObject(schema)) {
    if (typeof schema === 'boolean') return schema as unknown as Json;
    throw new SkipError(pointer, `schema is not an object`);
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
  if (typeof v !== 'string') throw new SkipError(pointer, `type is not a string: ${JSON.stringify(v)}`);
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
      throw new SkipError(pointer, `unknown type '${v}' at ${pointer}`);
    }
    return { type: 'array', items: inner.type === undefined ? {} : { type: inner.type }, optional };
  }
  if (!Object.prototype.hasOwnProperty.call(SIMPLE_TYPES, t)) {
    throw new SkipError(pointer, `unknown type '${v}' at ${pointer}`);
  }
  const mapped = SIMPLE_TYPES[t];
  return { type: mapped ?? undefined, optional };
}

/** xLAM-style `parameters: {p: {type, description, default}}` (no JSON Schema wrapper). */
function isParamMap(p: Json): boolean {
  // A schema's `type` is a name (or a list of names); an object there is a parameter called "type" (xLAM's live_giveaways_by_type).
  if (typeof p.type === 'string' || Array.isArray(p.type) || (isObject(p.properties) && Object.values(p.properties).every(isObject))) return false;
  const vals = Object.values(p);
  return vals.length > 0 && vals.every((x) => isObject(x) && typeof x.type === 'string');
}

/** The top-level parameters of a doc as a `type: object` JSON Schema. */
export function convertParameters(params: unknown, pointer: string, notes?: Note[]): JsonSchemaObject {
  if (params === undefined || params === null) return { type: 'object', properties: {}, required: [] };
  if (!isObject(params)) throw new SkipError(pointer, `parameters is not an object`);
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
    throw new SkipError(`${pointer}/type`, `parameters must be an object schema, got type ${JSON.stringify(converted.type)}`);
  }
  const properties = (isObject(converted.properties) ? converted.properties : {}) as Record<string, Json>;
  let required = Array.isArray(converted.required) ? (converted.required as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  // Properties marked optional (`"str, optional"`) are never required.
  required = required.filter((r) => !(properties[r] && (properties[r] as Record<symbol, unknown>)[OPTIONAL]));
  return { ...converted, type: 'object', properties, required } as JsonSchemaObject;
}
