/**
 * Python-ish types (BFCL, xLAM) become JSON Schema, recursively through properties, items,
 * additionalProperties and anyOf/oneOf/allOf: `dict`→object, `float`→number,
 * `str`/`string`→string, `int`/`integer`→integer, `bool`/`boolean`→boolean,
 * `list`/`array`/`tuple`→array (a tuple keeps its `items`), `any`→no type constraint;
 * xLAM's `"T, optional"` marks a parameter optional and `List[T]` is an array of T.
 * Any other type name is reported and the tool skipped, never guessed. BFCL's non-standard
 * `optional: true` on a property is dropped (the property is simply not required), and an
 * `enum` of plain values written on an array is its items' enum.
 */
import type { JsonSchemaObject } from '../../types.js';
import { normaliseDefault } from '../defaults.js';
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
  // An `enum` of plain values on an array (BFCL's `{type: array, items: {type: string}, enum: [...]}`)
  // lists what its items may be: as written, no array could match it.
  if (out.type === 'array' && Array.isArray(out.enum) && (out.enum as unknown[]).every((v) => !Array.isArray(v)) && (out.items === undefined || isObject(out.items))) {
    out.items = { ...((out.items as Json | undefined) ?? {}), enum: out.enum };
    delete out.enum;
    notes?.push({ pointer: `${pointer}/enum`, problem: 'enum of an array moved to its items' });
  }
  if (out.type === 'object' && out.properties === undefined && Array.isArray(out.required) && out.additionalProperties !== false) declareRequiredKeys(out, pointer, notes);
  if (optionalMark) Object.defineProperty(out, OPTIONAL, { value: true, enumerable: false });
  // Python-style defaults (None, "false", "timing, attractions"): defaults.ts says what they mean.
  normaliseDefault(out, pointer, notes);
  return out;
}

/**
 * BFCL's `{type: dict, description: "'adults' is the number of adults ...", required: [adults,
 * children]}` names its keys by `required` alone. A reader reads an object with those keys, as
 * the description tells them: each becomes a property, an integer where the description says it
 * is a number or count of something, else of any type, described by the sentence that names it.
 */
const SENTENCES = /(?<=\.)\s+/;
const COUNTED = /\b(?:number|count|amount|how many)\b/i;

function declareRequiredKeys(out: Json, pointer: string, notes: Note[] | undefined): void {
  const description = typeof out.description === 'string' ? out.description : '';
  const properties: Json = {};
  for (const key of out.required as unknown[]) {
    if (typeof key !== 'string') continue;
    const sentence = description.split(SENTENCES).find((x) => x.includes(`'${key}'`) || x.includes(`"${key}"`));
    const counted = sentence !== undefined && COUNTED.test(sentence);
    properties[key] = { ...(counted ? { type: 'integer' } : {}), description: sentence ?? `The ${key.replace(/_/g, ' ')}.` };
  }
  out.properties = properties;
  notes?.push({ pointer: `${pointer}/required`, problem: `keys named only by required declared as properties (${Object.keys(properties).join(', ')})` });
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
