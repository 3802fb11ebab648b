/**
 * Validation of one API and of a pool: what every API must satisfy before it may be handed
 * to a model as a tool. Each problem is reported with a JSON pointer into the API, so an
 * import can say exactly which part of which file was skipped and why.
 *
 * Checks: both schemas valid against the JSON Schema draft-07 meta-schema (what ajv and the
 * OpenAI tool format both accept; 2020-12-only keywords are ignored rather than rejected, and
 * draft-07 checks about 2.5x faster than 2020-12's dynamic-ref meta-schema); parameters `type: object`
 * with `properties`; a tool name OpenAI accepts; a non-empty description (and no empty
 * description string anywhere in the schemas); `required` an array naming only declared
 * properties (at every level; an object that declares no `properties` and allows any key names
 * its keys by `required` alone, as JSON Schema reads it); no `$ref` (a tool schema must be
 * self-contained); every `enum` non-empty without duplicates; every `default` and `examples`
 * entry valid against the schema it sits in, except `default: null` on an optional property of
 * any type: Python's `Optional[str] = None`, "no value unless given" (the importers drop it).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { safeRegExp } from '../core/regex-cache.js';
import type { ApiSpec } from './types.js';
import { ValidatorCache } from './validator-cache.js';
import { surelyValid } from './value-check.js';
import { canonicalJson } from '../core/canonical-json.js';


export interface ApiIssue {
  /** JSON pointer into the API, e.g. `/parameters/properties/unit/enum`. */
  pointer: string;
  problem: string;
}

type Schema = Record<string, unknown>;

export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

// Meta-schema checkers for the process (validateSchema caches nothing per API): a fast one
// that stops at the first error, and an allErrors one run only on schemas that failed.
const metaFast = new Ajv({ strict: false, allErrors: false, validateFormats: false, logger: false });
const metaAll = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });

// Value checks for default/examples: most values are checked without compiling anything
// (surelyValid); the others go to ajv, with a subschema compiled once and kept in a bounded
// cache keyed by its canonical JSON without annotations (many APIs share `{type: integer,
// minimum: 1, maximum: 100}`), so nothing grows with the number of APIs validated.
const VALUE_CACHE_MAX = 64;
const valueValidators = new ValidatorCache(
  () => addFormatsModule.default(new Ajv({ strict: false, allErrors: false, validateSchema: false, addUsedSchema: false, logger: false, code: { regExp: safeRegExp } })),
  VALUE_CACHE_MAX,
);

function esc(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples', '$comment', 'deprecated', 'readOnly', 'writeOnly']);

function stripAnnotations(schema: Schema): Schema {
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) if (!ANNOTATIONS.has(k)) out[k] = v;
  return out;
}

function valueValidator(schema: Schema): ValidateFunction | string {
  const key = canonicalJson(stripAnnotations(schema));
  return valueValidators.get(key, () => JSON.parse(key) as Schema);
}

function describeAjvErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 3)
    .map((e) => `${e.instancePath || '(value)'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

/** Keywords whose value is one subschema, an array of subschemas, or a map of them. */
const SUB_ONE = ['additionalProperties', 'contains', 'not', 'if', 'then', 'else', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems'];
const SUB_ARRAY = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const SUB_MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

/** Walk every subschema (schema positions only: a property named `$ref` is not a keyword). */
function walkSchema(schema: unknown, pointer: string, visit: (s: Schema, p: string) => void): void {
  if (!isObject(schema)) return;
  visit(schema, pointer);
  for (const k of SUB_ONE) if (k in schema) walkSchema(schema[k], `${pointer}/${k}`, visit);
  for (const k of SUB_ARRAY) {
    const v = schema[k];
    if (Array.isArray(v)) v.forEach((s, i) => walkSchema(s, `${pointer}/${k}/${i}`, visit));
  }
  for (const k of SUB_MAP) {
    const v = schema[k];
    if (isObject(v)) for (const [name, s] of Object.entries(v)) walkSchema(s, `${pointer}/${k}/${esc(name)}`, visit);
  }
  const items = schema.items;
  if (Array.isArray(items)) items.forEach((s, i) => walkSchema(s, `${pointer}/items/${i}`, visit));
  else walkSchema(items, `${pointer}/items`, visit);
}

function checkSchemaTree(root: unknown, base: string, issues: ApiIssue[]): void {
  // First pass: structural checks. Value checks need a $ref-free schema, so they run after.
  let hasRef = false;
  /** Optional properties whose default is null: valid whatever their type. */
  const optionalNull = new Set<Schema>();
  walkSchema(root, base, (s, p) => {
    if ('$ref' in s || '$dynamicRef' in s || '$recursiveRef' in s) {
      hasRef = true;
      const key = '$ref' in s ? '$ref' : '$dynamicRef' in s ? '$dynamicRef' : '$recursiveRef';
      issues.push({ pointer: `${p}/${esc(key)}`, problem: `unresolved ${key} ${JSON.stringify(s[key])}: tool schemas must be self-contained` });
    }
    if ('description' in s && (typeof s.description !== 'string' || s.description.trim() === '')) {
      issues.push({ pointer: `${p}/description`, problem: 'description is empty' });
    }
    if ('required' in s) {
      const req = s.required;
      if (!Array.isArray(req)) {
        issues.push({ pointer: `${p}/required`, problem: 'required must be an array of property names' });
      } else {
        const props = isObject(s.properties) ? s.properties : undefined;
        const composed = !props && (Array.isArray(s.allOf) || Array.isArray(s.anyOf) || Array.isArray(s.oneOf));
        // An open object without `properties` (BFCL's `{type: dict, required: [adults, children]}`) names its keys by `required`.
        const keysByRequired = !props && p !== base && s.additionalProperties !== false;
        if (!composed && !keysByRequired) {
          req.forEach((name, i) => {
            if (typeof name !== 'string') issues.push({ pointer: `${p}/required/${i}`, problem: 'required entry is not a string' });
            else if (!props || !Object.prototype.hasOwnProperty.call(props, name)) {
              issues.push({ pointer: `${p}/required/${i}`, problem: `required "${name}" is not declared in properties` });
            }
          });
        }
      }
    }
    if (isObject(s.properties)) {
      const req = Array.isArray(s.required) ? s.required : [];
      for (const [name, sub] of Object.entries(s.properties)) if (isObject(sub) && sub.default === null && !req.includes(name)) optionalNull.add(sub);
    }
    if ('enum' in s) {
      const en = s.enum;
      if (!Array.isArray(en) || en.length === 0) {
        issues.push({ pointer: `${p}/enum`, problem: 'enum must be a non-empty array' });
      } else {
        const seen = new Map<string, number>();
        en.forEach((v, i) => {
          const c = canonicalJson(v);
          const first = seen.get(c);
          if (first !== undefined) issues.push({ pointer: `${p}/enum`, problem: `duplicate value ${c} at index ${i} (same as index ${first})` });
          else seen.set(c, i);
        });
      }
    }
  });
  if (hasRef) return;
  walkSchema(root, base, (s, p) => {
    const hasDefault = 'default' in s && !(s.default === null && optionalNull.has(s));
    const examples = s.examples;
    if (!hasDefault && !Array.isArray(examples)) return;
    if ((!hasDefault || surelyValid(s, s.default)) && (!Array.isArray(examples) || examples.every((ex) => surelyValid(s, ex)))) return;
    const v = valueValidator(s);
    if (typeof v === 'string') {
      issues.push({ pointer: p || '/', problem: `schema does not compile: ${v}` });
      return;
    }
    if (hasDefault && !v(s.default)) {
      issues.push({ pointer: `${p}/default`, problem: `default ${JSON.stringify(s.default)} does not match its schema: ${describeAjvErrors(v)}` });
    }
    if (Array.isArray(examples)) {
      examples.forEach((ex, i) => {
        if (!v(ex)) issues.push({ pointer: `${p}/examples/${i}`, problem: `example ${JSON.stringify(ex)} does not match its schema: ${describeAjvErrors(v)}` });
      });
    }
  });
}

function metaCheck(schema: unknown, base: string, issues: ApiIssue[]): boolean {
  if (!isObject(schema)) {
    issues.push({ pointer: base, problem: 'must be a JSON Schema object' });
    return false;
  }
  try {
    if (metaFast.validateSchema(schema)) return true;
    metaAll.validateSchema(schema);
  } catch (err) {
    issues.push({ pointer: base, problem: `meta-schema check failed: ${err instanceof Error ? err.message : String(err)}` });
    return false;
  }
  for (const e of metaAll.errors ?? []) {
    const allowed = e.params && 'allowedValues' in e.params ? ` (${JSON.stringify(e.params.allowedValues)})` : '';
    issues.push({ pointer: `${base}${e.instancePath}`, problem: `not valid JSON Schema: ${e.message ?? 'invalid'}${allowed}` });
  }
  return false;
}

/** Every problem of one API; an empty list means the API is valid. Never throws. */
export function validateApi(api: ApiSpec): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const a = api as unknown as Record<string, unknown>;
  if (!isObject(a)) return [{ pointer: '', problem: 'API must be an object' }];

  if (typeof a.name !== 'string' || !TOOL_NAME_PATTERN.test(a.name)) {
    issues.push({ pointer: '/name', problem: `name ${JSON.stringify(a.name)} must match ${TOOL_NAME_PATTERN.source}` });
  }
  if (typeof a.domain !== 'string' || a.domain.trim() === '') issues.push({ pointer: '/domain', problem: 'domain must be a non-empty string' });
  if ('subdomain' in a && a.subdomain !== undefined && (typeof a.subdomain !== 'string' || a.subdomain.trim() === '')) {
    issues.push({ pointer: '/subdomain', problem: 'subdomain, when present, must be a non-empty string' });
  }
  if (typeof a.description !== 'string' || a.description.trim() === '') {
    issues.push({ pointer: '/description', problem: 'description must be a non-empty string' });
  }
  if (typeof a.origin !== 'string' || a.origin === '') issues.push({ pointer: '/origin', problem: 'origin must be a non-empty string' });

  const params = a.parameters;
  if (metaCheck(params, '/parameters', issues) || isObject(params)) {
    const p = params as Schema;
    if (p.type !== 'object') issues.push({ pointer: '/parameters/type', problem: `parameters must have type "object", got ${JSON.stringify(p.type)}` });
    if (!isObject(p.properties)) issues.push({ pointer: '/parameters/properties', problem: 'parameters must declare properties (an object)' });
    checkSchemaTree(p, '/parameters', issues);
  }
  const returns = a.returns;
  if (metaCheck(returns, '/returns', issues) || isObject(returns)) checkSchemaTree(returns, '/returns', issues);
  return issues;
}

/** Validate every API; names used by an earlier API are flagged on the later ones. */
export function validatePool(apis: readonly ApiSpec[]): { valid: ApiSpec[]; invalid: { api: ApiSpec; issues: ApiIssue[] }[] } {
  const valid: ApiSpec[] = [];
  const invalid: { api: ApiSpec; issues: ApiIssue[] }[] = [];
  const seen = new Set<string>();
  for (const api of apis) {
    const issues = validateApi(api);
    const name = (api as { name?: unknown })?.name;
    if (typeof name === 'string') {
      if (seen.has(name)) issues.push({ pointer: '/name', problem: `duplicate name "${name}": an earlier API already uses it` });
      seen.add(name);
    }
    if (issues.length === 0) valid.push(api);
    else invalid.push({ api, issues });
  }
  return { valid, invalid };
}
