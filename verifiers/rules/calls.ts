/**
 * calls.* and args.*: every call names a tool of the record's toolset, its arguments are a
 * JSON object, and they are valid against that tool's parameters (ajv: types, enums, formats,
 * bounds, patterns, required), with no parameter the tool does not declare (also when the
 * schema leaves `additionalProperties` open).
 *
 * Compiled validators are cached: compiling costs ~1000x a validation.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { RuleId } from '../rule-ids.js';
import type { RuleContext } from './context.js';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
addFormats(ajv);

/** By identity of the parameters object (records built in-process share the pool's), then by name + JSON. */
const byObject = new WeakMap<object, ValidateFunction>();
const byKey = new Map<string, ValidateFunction>();

export function validatorFor(name: string, parameters: Record<string, unknown>): ValidateFunction {
  let v = byObject.get(parameters);
  if (v) return v;
  const key = `${name}\u0000${JSON.stringify(parameters)}`;
  v = byKey.get(key);
  if (!v) {
    try {
      v = ajv.compile(parameters);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const fail = (() => false) as unknown as ValidateFunction;
      fail.errors = [{ instancePath: '', schemaPath: '#', keyword: 'schema', params: {}, message: `tool schema does not compile: ${message}` }];
      v = fail;
    }
    byKey.set(key, v);
  }
  byObject.set(parameters, v);
  return v;
}

function describe(e: ErrorObject): string {
  const extra =
    e.keyword === 'additionalProperties'
      ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
      : e.keyword === 'enum'
        ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
        : '';
  return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
}

function ruleOf(e: ErrorObject): RuleId {
  if (e.keyword === 'required') return 'args.required';
  if (e.keyword === 'additionalProperties') return 'args.unknown';
  return 'args.schema';
}

export function checkCalls(ctx: RuleContext): void {
  for (const c of ctx.calls) {
    const at = { message: c.message, call: c.call };
    if (c.tool === undefined) ctx.add('calls.unknown-tool', `tool ${JSON.stringify(c.name)} is not in the record's tools`, at);
    if (c.args === undefined) {
      let why = 'not a JSON object';
      try {
        JSON.parse(c.raw);
      } catch (err) {
        why = `not valid JSON: ${err instanceof Error ? err.message : String(err)}`;
      }
      ctx.add('args.json', `arguments of ${c.name} are ${why}`, at);
      continue;
    }
    if (c.tool === undefined || ctx.brokenTools.has(c.name)) continue;
    const params = c.tool.parameters;
    if (params === null || typeof params !== 'object') continue;
    const validate = validatorFor(c.name, params);
    const byRule = new Map<RuleId, string[]>();
    if (!validate(c.args)) {
      for (const e of validate.errors ?? []) {
        const r = ruleOf(e);
        const list = byRule.get(r) ?? [];
        list.push(describe(e));
        byRule.set(r, list);
      }
    }
    // Unknown parameters also where the schema leaves additionalProperties open.
    if (!('additionalProperties' in params) && !('patternProperties' in params)) {
      const props = params.properties;
      if (props !== null && typeof props === 'object') {
        for (const k in c.args) {
          if (!Object.prototype.hasOwnProperty.call(props, k)) {
            const list = byRule.get('args.unknown') ?? [];
            list.push(`/ must NOT have additional properties (${k})`);
            byRule.set('args.unknown', list);
          }
        }
      }
    }
    for (const [rule, list] of byRule) {
      const what = rule === 'args.required' ? 'miss a required argument' : rule === 'args.unknown' ? 'have an unknown parameter' : 'do not match its parameters';
      ctx.add(rule, `arguments of ${c.name} ${what}: ${list.join('; ')}`, at);
    }
  }
}
