/**
 * Whether ajv would surely accept a value against a JSON Schema, answered without compiling
 * anything. Compiling costs about 1 ms and 15 KB of code per schema, kept as long as the
 * validator is: one per API per thread added 30 MB a thread on a 2,000-API pool. Arguments and
 * defaults are valid almost always, so they are first checked here, by walking the schema, and
 * only what this check cannot vouch for goes to ajv, which gives the verdict and its messages.
 *
 * `surelyValid` is true only when ajv (draft-07, `strict: false`, the formats of ajv-formats)
 * accepts the value: it knows the keywords tool parameters use (types, enum, const, properties,
 * required, additionalProperties, items, bounds, lengths, pattern, string formats, multipleOf,
 * uniqueItems) with ajv's own semantics (lengths in code points, patterns with the `u` flag,
 * ajv's deep equality and format functions). A schema with any other keyword, or with a keyword
 * value the meta-schema would refuse, is not understood and gets false; so does every value it
 * finds invalid. False means "ask ajv", never "invalid".
 */
import { regexOf } from '../core/regex-cache.js';
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2Module from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';

// CommonJS modules: under NodeNext their default import is the module object.
const equal = ((equalModule as unknown as { default?: unknown }).default ?? equalModule) as (a: unknown, b: unknown) => boolean;
const ucs2length = ((ucs2Module as unknown as { default?: unknown }).default ?? ucs2Module) as (s: string) => number;

type Schema = Record<string, unknown>;
type FormatCheck = (s: string) => boolean;

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);
const COUNTS = ['minItems', 'maxItems', 'minLength', 'maxLength', 'minProperties', 'maxProperties'];
const NUMBERS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
/** Keywords that never change a verdict (with the type of value the meta-schema allows them). */
const ANNOTATIONS: Record<string, (v: unknown) => boolean> = {
  title: (v) => typeof v === 'string',
  description: (v) => typeof v === 'string',
  $comment: (v) => typeof v === 'string',
  default: () => true,
  examples: (v) => Array.isArray(v),
  deprecated: (v) => typeof v === 'boolean',
  readOnly: (v) => typeof v === 'boolean',
  writeOnly: (v) => typeof v === 'boolean',
};

const formatChecks = new Map<string, FormatCheck>();
for (const [name, def] of Object.entries(fullFormats) as [string, unknown][]) {
  // ajv applies a format to the data type it is defined for (strings unless it says otherwise).
  if (def === true) formatChecks.set(name, () => true);
  else if (def instanceof RegExp) formatChecks.set(name, (s) => def.test(s));
  else if (typeof def === 'function') formatChecks.set(name, def as FormatCheck);
  else if (def && typeof def === 'object') {
    const d = def as { type?: string; validate?: unknown; async?: boolean };
    if ((d.type ?? 'string') !== 'string' || d.async) continue;
    const v = d.validate;
    if (v instanceof RegExp) formatChecks.set(name, (s) => v.test(s));
    else if (typeof v === 'function') formatChecks.set(name, v as FormatCheck);
  }
}

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isSchema = (v: unknown): boolean => typeof v === 'boolean' || (typeof v === 'object' && v !== null && !Array.isArray(v));

/** Whether every keyword of the schema (and its subschemas) is one this check knows, with a value the meta-schema accepts. */
function understood(s: unknown, depth: number): boolean {
  if (typeof s === 'boolean') return true;
  if (!isSchema(s) || depth > 32) return false;
  for (const [k, v] of Object.entries(s as Schema)) {
    if (k in ANNOTATIONS) {
      if (!ANNOTATIONS[k](v)) return false;
    } else if (k === 'type') {
      const list = Array.isArray(v) ? v : [v];
      if (list.length === 0 || new Set(list).size !== list.length || !list.every((t) => typeof t === 'string' && TYPES.has(t))) return false;
    } else if (k === 'enum') {
      if (!Array.isArray(v) || v.length === 0) return false;
    } else if (k === 'const') {
      continue;
    } else if (k === 'required') {
      if (!Array.isArray(v) || new Set(v).size !== v.length || !v.every((x) => typeof x === 'string' && !(x in Object.prototype))) return false;
    } else if (k === 'properties') {
      if (!isSchema(v) || typeof v === 'boolean') return false;
      for (const [name, sub] of Object.entries(v as Schema)) if (name in Object.prototype || !understood(sub, depth + 1)) return false;
    } else if (k === 'additionalProperties' || k === 'items') {
      if (!understood(v, depth + 1)) return false;
    } else if (COUNTS.includes(k)) {
      if (!isCount(v)) return false;
    } else if (NUMBERS.includes(k)) {
      if (typeof v !== 'number') return false;
    } else if (k === 'multipleOf') {
      if (typeof v !== 'number' || !(v > 0)) return false;
    } else if (k === 'uniqueItems') {
      if (typeof v !== 'boolean') return false;
    } else if (k === 'pattern') {
      if (typeof v !== 'string' || regexOf(v) === null) return false;
    } else if (k === 'format') {
      if (typeof v !== 'string' || !formatChecks.has(v)) return false;
    } else return false;
  }
  return true;
}

/** Schemas already looked at (the pool's own objects are met again and again). */
const understoodCache = new WeakMap<object, boolean>();

function isType(v: unknown, t: string): boolean {
  switch (t) {
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'integer':
      return typeof v === 'number' && !(v % 1) && !Number.isNaN(v);
    default:
      return typeof v === t;
  }
}

function numberOk(s: Schema, v: number): boolean {
  if (typeof s.minimum === 'number' && v < s.minimum) return false;
  if (typeof s.maximum === 'number' && v > s.maximum) return false;
  if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) return false;
  if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) return false;
  if (typeof s.multipleOf === 'number') {
    // ajv's own test: the quotient must survive parseInt.
    const q = v / s.multipleOf;
    if (q !== parseInt(q as unknown as string)) return false;
  }
  return true;
}

function stringOk(s: Schema, v: string): boolean {
  if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
    const n = ucs2length(v);
    if (typeof s.minLength === 'number' && n < s.minLength) return false;
    if (typeof s.maxLength === 'number' && n > s.maxLength) return false;
  }
  if (typeof s.pattern === 'string' && !regexOf(s.pattern)!.test(v)) return false;
  if (typeof s.format === 'string' && !formatChecks.get(s.format)!(v)) return false;
  return true;
}

function arrayOk(s: Schema, v: unknown[]): boolean {
  if (typeof s.minItems === 'number' && v.length < s.minItems) return false;
  if (typeof s.maxItems === 'number' && v.length > s.maxItems) return false;
  if (s.uniqueItems === true) for (let i = 1; i < v.length; i++) for (let j = 0; j < i; j++) if (equal(v[i], v[j])) return false;
  if (s.items !== undefined) for (const x of v) if (!valueOk(s.items, x)) return false;
  return true;
}

function objectOk(s: Schema, v: Record<string, unknown>): boolean {
  const props = s.properties as Schema | undefined;
  const required = s.required as string[] | undefined;
  if (required) for (let i = 0; i < required.length; i++) if (v[required[i]] === undefined) return false;
  const extra = s.additionalProperties;
  // The value's own keys (a few) rather than every declared property (often many).
  let n = 0;
  for (const k in v) {
    n++;
    const x = v[k];
    if (props !== undefined && Object.prototype.hasOwnProperty.call(props, k)) {
      if (x !== undefined && !valueOk(props[k], x)) return false;
    } else if (extra === false || (extra !== undefined && extra !== true && !valueOk(extra, x))) return false;
  }
  if (typeof s.minProperties === 'number' && n < s.minProperties) return false;
  if (typeof s.maxProperties === 'number' && n > s.maxProperties) return false;
  return true;
}

function inEnum(list: readonly unknown[], v: unknown): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === v || (typeof v === 'object' && v !== null && equal(v, list[i]))) return true;
  return false;
}

/** The walk itself, over a schema already understood. */
function valueOk(schema: unknown, v: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  const s = schema as Schema;
  const t = s.type;
  if (t !== undefined && !(typeof t === 'string' ? isType(v, t) : (t as string[]).some((x) => isType(v, x)))) return false;
  if (s.enum !== undefined && !inEnum(s.enum as unknown[], v)) return false;
  if ('const' in s && !equal(v, s.const)) return false;
  if (typeof v === 'number') return numberOk(s, v);
  if (typeof v === 'string') return stringOk(s, v);
  if (Array.isArray(v)) return arrayOk(s, v);
  if (typeof v === 'object' && v !== null) return objectOk(s, v as Record<string, unknown>);
  return true;
}

/** True only when ajv would accept `value` against `schema`; false means "ask ajv" (see above). */
export function surelyValid(schema: unknown, value: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isSchema(schema)) return false;
  let ok = understoodCache.get(schema as object);
  if (ok === undefined) understoodCache.set(schema as object, (ok = understood(schema, 0)));
  return ok && valueOk(schema, value);
}
