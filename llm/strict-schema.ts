/**
 * Any JSON Schema (an API's response schema, an agent's answer schema) made into one OpenAI
 * strict mode accepts (strict-schema-check.ts has the rules), and the way back: an answer that
 * follows the strict schema made into one that follows the original.
 *
 * - Every object gets `additionalProperties: false` and all its properties in `required`; an
 *   optional property becomes nullable, and its null is dropped on the way back.
 * - An object with free keys (a map: `additionalProperties` a schema, or no properties at all)
 *   becomes a list of `{key, value}` entries, folded back into the object.
 * - Keywords strict mode does not take (minLength, default, examples, uniqueItems, formats it
 *   does not know, ...) move into the description, where the model still reads them.
 * - `oneOf` becomes `anyOf`; `allOf` is merged; several types become an anyOf of one each;
 *   `nullable: true` (OpenAPI 3.0) becomes a null type; a schema allowing anything becomes a
 *   scalar or null.
 * - A root that is not an object is wrapped as `{value: ...}` and unwrapped on the way back.
 * - Local `$ref`s (`#/$defs/x`, `#/definitions/x`, `#`) become `$defs` entries, recursion
 *   included.
 * What still breaks the rules (a size limit, an external $ref) makes the result `ok: false`
 * with the problems: the caller then asks for `json_object` and validates the answer itself.
 * Each node leaves a plan for the way back (strict-restore.ts).
 */
import { KEEP, fitsType, jsonType, restoreValue, type Plan } from './strict-restore.js';
import { STRICT_FORMATS, strictSchemaProblems } from './strict-schema-check.js';

type Schema = Record<string, unknown>;

export type StrictForm =
  | { readonly ok: true; readonly schema: Schema; restore(value: unknown): unknown }
  | { readonly ok: false; readonly problems: readonly string[] };

const ROOT_DEF = 'root';
/** What may stay on a node, by type (the rest moves into the description). */
const KEPT: Readonly<Record<string, readonly string[]>> = {
  string: ['pattern', 'format'],
  number: ['multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'],
  integer: ['multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'],
  array: ['minItems', 'maxItems'],
  object: [],
  boolean: [],
  null: [],
};
/** Handled by the transform itself, never noted in the description. */
const STRUCTURAL = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'anyOf', 'oneOf', 'allOf', 'enum', 'const', 'description', 'title', 'nullable', '$ref', '$defs', 'definitions', '$schema', '$id']);
const ANY_VALUE: Schema = { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }] };

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Transform {
  readonly defs: Record<string, Schema> = {};
  readonly defPlans = new Map<string, Plan>();
  readonly problems: string[] = [];
  constructor(readonly root: Schema) {}

  /** The original schema a local $ref points at, with the $defs name it gets. */
  resolve(ref: unknown): { name: string; target: unknown } | undefined {
    if (ref === '#') return { name: ROOT_DEF, target: this.root };
    const m = typeof ref === 'string' ? /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref) : null;
    const target = m ? (this.root[m[1]] as Schema | undefined)?.[m[2]] : undefined;
    return m && target !== undefined ? { name: m[2], target } : undefined;
  }

  /** One node: its strict form and plan. `s` is any original subschema. */
  node(s: unknown, p: string): { schema: Schema; plan: Plan } {
    if (s === true || (isSchema(s) && Object.keys(s).every((k) => k === 'description' || k === 'title'))) {
      return { schema: withDescription({ ...ANY_VALUE }, describe(isSchema(s) ? s : {}, [])), plan: KEEP };
    }
    if (!isSchema(s)) {
      this.problems.push(`${p || '/'}: ${JSON.stringify(s)} is not a schema`);
      return { schema: { type: 'null' }, plan: KEEP };
    }
    if ('$ref' in s) return this.ref(s, p);
    if (Array.isArray(s.allOf)) return this.node(mergeAll(s, (r) => this.resolve(r)?.target), p);
    const branches = (s.anyOf ?? s.oneOf) as unknown;
    if (Array.isArray(branches) && branches.length > 0) return this.union(s, branches, p);
    const types = typesOf(s);
    if (types.length === 0) return { schema: withDescription({ ...ANY_VALUE }, describe(s, [])), plan: KEEP };
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length === 0) return this.typed(s, 'null', p);
    if (nonNull.length > 1) {
      const parts = types.map((t) => this.node({ ...s, type: t, nullable: false, description: undefined, title: undefined }, p));
      return { schema: withDescription({ anyOf: parts.map((x) => x.schema) }, text(s)), plan: { k: 'anyOf', branches: parts } };
    }
    const one = this.typed(s, nonNull[0], p);
    if (!types.includes('null')) return one;
    return nullable(one);
  }

  ref(s: Schema, p: string): { schema: Schema; plan: Plan } {
    const hit = this.resolve(s.$ref);
    if (!hit) {
      this.problems.push(`${p || '/'}: $ref ${JSON.stringify(s.$ref)} is not a local reference`);
      return { schema: { type: 'null' }, plan: KEEP };
    }
    if (!this.defPlans.has(hit.name)) {
      this.defPlans.set(hit.name, KEEP); // placeholder: a recursive ref finds the name taken
      const t = this.node(hit.target, `/$defs/${hit.name}`);
      this.defs[hit.name] = t.schema;
      this.defPlans.set(hit.name, t.plan);
    }
    const schema: Schema = { $ref: `#/$defs/${hit.name}` };
    if (typeof s.description === 'string') schema.description = s.description;
    return { schema, plan: { k: 'ref', name: hit.name } };
  }

  union(s: Schema, branches: unknown[], p: string): { schema: Schema; plan: Plan } {
    const base: Schema = { ...s };
    delete base.anyOf;
    delete base.oneOf;
    // Branches that only add constraints (`anyOf: [{required: [a]}, {required: [b]}]`) cannot
    // be a strict union: they are said in the description.
    const substantive = branches.some((b) => isSchema(b) && ['type', 'properties', 'items', 'enum', 'const', '$ref', 'anyOf', 'oneOf', 'allOf'].some((k) => k in b));
    if (!substantive) return this.node({ ...base, description: joinText(text(s), `One of: ${JSON.stringify(branches)}`) }, p);
    const hasBase = Object.keys(base).some((k) => k !== 'description' && k !== 'title');
    const parts = branches.map((b, i) => this.node(hasBase && isSchema(b) && !('$ref' in b) ? mergeAll({ allOf: [base, b] }, () => undefined) : b, `${p}/anyOf/${i}`));
    return { schema: withDescription({ anyOf: parts.map((x) => x.schema) }, text(s)), plan: { k: 'anyOf', branches: parts } };
  }

  typed(s: Schema, type: string, p: string): { schema: Schema; plan: Plan } {
    const kept = KEPT[type] ?? [];
    const out: Schema = { type };
    const moved: string[] = [];
    for (const [k, v] of Object.entries(s)) {
      if (STRUCTURAL.has(k)) continue;
      if (kept.includes(k) && keepable(k, v)) out[k] = v;
      else moved.push(`${k}: ${JSON.stringify(v)}`);
    }
    if (s.exclusiveMinimum === true || s.exclusiveMaximum === true) draft4Bounds(s, out);
    if (Array.isArray(s.enum)) {
      const en = s.enum.filter((v) => fitsType(v, type));
      if (en.length > 0) out.enum = en;
    }
    if ('const' in s && fitsType(s.const, type)) out.const = s.const;
    if (type === 'string' && !('pattern' in out)) {
      const implied = impliedPattern(s, 'format' in out);
      if (implied) out.pattern = implied;
    }
    let plan: Plan = KEEP;
    let schema = out;
    if (type === 'object') ({ schema, plan } = this.object(s, out, p, moved));
    else if (type === 'array') {
      const items = Array.isArray(s.items) ? (s.items.length > 0 ? { anyOf: s.items } : true) : (s.items ?? true);
      const t = this.node(items, `${p}/items`);
      out.items = t.schema;
      plan = { k: 'array', items: t.plan, unique: s.uniqueItems === true };
    }
    return { schema: withDescription(schema, describe(s, moved)), plan };
  }

  object(s: Schema, out: Schema, p: string, moved: string[]): { schema: Schema; plan: Plan } {
    const required = Array.isArray(s.required) ? (s.required as unknown[]).filter((r): r is string => typeof r === 'string') : [];
    let props = isSchema(s.properties) ? s.properties : undefined;
    // An open object without properties names its keys by `required` alone (BFCL's dicts).
    if (!props && required.length > 0) props = Object.fromEntries(required.map((k) => [k, true]));
    const extra = s.additionalProperties;
    if (!props && extra !== false) {
      const value = this.node(isSchema(extra) ? extra : true, `${p}/additionalProperties`);
      const entry = { type: 'object', properties: { key: { type: 'string' }, value: value.schema }, required: ['key', 'value'], additionalProperties: false };
      const schema: Schema = { type: 'array', items: entry };
      if (typeof s.minProperties === 'number') schema.minItems = s.minProperties;
      if (typeof s.maxProperties === 'number') schema.maxItems = s.maxProperties;
      moved.unshift('an object given as the list of its entries (key and value)');
      return { schema, plan: { k: 'map', value: value.plan } };
    }
    if (extra !== undefined && extra !== false) moved.push(`additionalProperties: ${JSON.stringify(extra)}`);
    const properties: Schema = {};
    const plans: Record<string, { plan: Plan; dropNull: boolean }> = {};
    for (const [k, sub] of Object.entries(props ?? {})) {
      const t = this.node(sub, `${p}/properties/${k}`);
      const optional = !required.includes(k);
      const addNull = optional && !acceptsNull(t.schema);
      properties[k] = addNull ? nullable(t).schema : t.schema;
      plans[k] = { plan: t.plan, dropNull: addNull };
    }
    out.properties = properties;
    out.required = Object.keys(properties);
    out.additionalProperties = false;
    return { schema: out, plan: { k: 'object', props: plans } };
  }
}

/** The types a schema allows, from `type`, `nullable` or what it holds. */
function typesOf(s: Schema): string[] {
  let types: string[];
  if (typeof s.type === 'string') types = [s.type];
  else if (Array.isArray(s.type)) types = s.type.filter((t): t is string => typeof t === 'string');
  else if (isSchema(s.properties) || 'additionalProperties' in s || Array.isArray(s.required)) types = ['object'];
  else if ('items' in s) types = ['array'];
  else if (Array.isArray(s.enum)) types = [...new Set(s.enum.map(jsonType))];
  else if ('const' in s) types = [jsonType(s.const)];
  else if (['minLength', 'maxLength', 'pattern', 'format'].some((k) => k in s)) types = ['string'];
  else if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'].some((k) => k in s)) types = ['number'];
  else types = [];
  types = types.map((t) => (t === 'dict' ? 'object' : t === 'list' || t === 'tuple' ? 'array' : t === 'float' ? 'number' : t === 'int' ? 'integer' : t === 'bool' ? 'boolean' : t === 'str' ? 'string' : t));
  if (s.nullable === true && types.length > 0 && !types.includes('null')) types.push('null');
  return [...new Set(types)].filter((t) => t in KEPT);
}

/** Strict mode takes these keywords only in their plain form. */
function keepable(k: string, v: unknown): boolean {
  if (k === 'format') return STRICT_FORMATS.has(v as string);
  if (k === 'pattern') return typeof v === 'string' && plainPattern(v);
  if (k === 'exclusiveMinimum' || k === 'exclusiveMaximum') return typeof v === 'number';
  return typeof v === 'number' && !(k === 'multipleOf' && v <= 0);
}

/** A pattern with no lookaround and no backreference, in the syntax every engine shares. */
function plainPattern(p: string): boolean {
  if (/\(\?[=!<]|\\[1-9]|\\k<|\(\?[a-z]/.test(p)) return false;
  try {
    new RegExp(p, 'u');
    return true;
  } catch {
    return false;
  }
}

/** What a URI looks like, said as the pattern strict mode takes (its `format` list has no uri). */
const URL_PATTERN = '^https?://[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(/[A-Za-z0-9._~-]+)*/?$';

/**
 * A pattern that keeps a constraint strict mode has no keyword for: a URI format, or a length
 * (when no pattern or format is there already). Narrower than the original, never wider.
 */
function impliedPattern(s: Schema, formatKept: boolean): string | undefined {
  if (s.format === 'uri' || s.format === 'url') return URL_PATTERN;
  if (formatKept || 'pattern' in s) return undefined;
  const min = typeof s.minLength === 'number' ? Math.max(0, Math.floor(s.minLength)) : 0;
  const max = typeof s.maxLength === 'number' ? Math.floor(s.maxLength) : undefined;
  return min > 0 || max !== undefined ? `^.{${min},${max ?? ''}}$` : undefined;
}

/** Draft-04's boolean exclusive bounds as numbers. */
function draft4Bounds(s: Schema, out: Schema): void {
  if (s.exclusiveMinimum === true && typeof s.minimum === 'number') {
    out.exclusiveMinimum = s.minimum;
    delete out.minimum;
  }
  if (s.exclusiveMaximum === true && typeof s.maximum === 'number') {
    out.exclusiveMaximum = s.maximum;
    delete out.maximum;
  }
}

function acceptsNull(s: Schema): boolean {
  if (Array.isArray(s.type)) return s.type.includes('null');
  if (s.type === 'null') return true;
  return Array.isArray(s.anyOf) && s.anyOf.some((b) => isSchema(b) && acceptsNull(b));
}

/** `t` or null: a type union for a plain scalar, an anyOf for the rest. */
function nullable(t: { schema: Schema; plan: Plan }): { schema: Schema; plan: Plan } {
  const s = t.schema;
  if (acceptsNull(s)) return t;
  if (typeof s.type === 'string' && !('enum' in s) && !('const' in s) && s.type !== 'object' && s.type !== 'array') {
    return { schema: { ...s, type: [s.type, 'null'] }, plan: t.plan };
  }
  if (Array.isArray(s.anyOf)) return { schema: { ...s, anyOf: [...s.anyOf, { type: 'null' }] }, plan: t.plan };
  const { description, ...rest } = s;
  const schema: Schema = { anyOf: [rest, { type: 'null' }] };
  if (description !== undefined) schema.description = description;
  return { schema, plan: t.plan.k === 'keep' ? KEEP : { k: 'anyOf', branches: [{ schema: rest, plan: t.plan }, { schema: { type: 'null' }, plan: KEEP }] } };
}

/** The description, or the title, of a node. */
function text(s: Schema): string | undefined {
  return typeof s.description === 'string' ? s.description : typeof s.title === 'string' ? s.title : undefined;
}

function joinText(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return `${a}${/[.!?]$/.test(a) ? '' : '.'} ${b}`;
}

/** The node's own text with the keywords that could not stay. */
function describe(s: Schema, moved: readonly string[]): string | undefined {
  return joinText(text(s), moved.length > 0 ? `(${moved.join('; ')})` : undefined);
}

function withDescription(s: Schema, description: string | undefined): Schema {
  if (description !== undefined && !('$ref' in s)) s.description = description;
  return s;
}

/** `allOf` folded into one schema: properties and required united, other keywords first-wins. */
function mergeAll(s: Schema, deref: (ref: unknown) => unknown): Schema {
  const out: Schema = {};
  const parts = [s, ...((s.allOf as unknown[]) ?? [])].map((x) => (isSchema(x) && '$ref' in x ? (deref(x.$ref) ?? x) : x));
  for (const part of parts) {
    if (!isSchema(part)) continue;
    const flat = Array.isArray(part.allOf) && part !== s ? mergeAll(part, deref) : part;
    for (const [k, v] of Object.entries(flat)) {
      if (k === 'allOf') continue;
      if (k === 'properties' && isSchema(v)) out.properties = { ...(out.properties as Schema | undefined), ...v };
      else if (k === 'required' && Array.isArray(v)) out.required = [...new Set([...((out.required as string[] | undefined) ?? []), ...v])];
      else if (!(k in out)) out[k] = v;
    }
  }
  return out;
}

/** The strict form of `schema` and the way back, or why there is none. */
export function toStrictSchema(schema: object): StrictForm {
  const original = schema as Schema;
  let t = new Transform(original);
  let top: { schema: Schema; plan: Plan } | undefined = isSchema(original) && typesOf(original).join() === 'object' && !('$ref' in original) ? t.node(original, '') : undefined;
  // A root that is not an object (or becomes a list of entries) is wrapped.
  const wrap = top?.schema.type !== 'object';
  if (!top || wrap) {
    t = new Transform(original);
    top = t.node({ type: 'object', properties: { value: original }, required: ['value'], additionalProperties: false }, '');
  }
  const plan = top.plan;
  const out: Schema = { ...top.schema };
  if (Object.keys(t.defs).length > 0) out.$defs = t.defs;
  const problems = [...t.problems, ...strictSchemaProblems(out)];
  if (problems.length > 0) return { ok: false, problems };
  const ctx = { defPlans: t.defPlans, defs: t.defs, root: out };
  return {
    ok: true,
    schema: out,
    restore(value: unknown): unknown {
      const back = restoreValue(plan, value, ctx);
      return wrap && isSchema(back) ? back.value : back;
    },
  };
}

const memo = new WeakMap<object, StrictForm>();
/** `toStrictSchema`, once per schema object (agents reuse their schemas across calls). */
export function strictFormOf(schema: object): StrictForm {
  let form = memo.get(schema);
  if (!form) {
    form = toStrictSchema(schema);
    memo.set(schema, form);
  }
  return form;
}
