/**
 * calls.* and args.*: every call names a tool of the record's toolset, its arguments are a
 * JSON object, and they are valid against that tool's parameters (ajv: types, enums, formats,
 * bounds, patterns, required), with no parameter the tool does not declare (also when the
 * schema leaves `additionalProperties` open).
 *
 * Arguments are first checked without compiling anything (`surelyValid`: ajv's semantics for the
 * keywords tool parameters use); only arguments it cannot vouch for go to ajv, which gives the
 * verdict and the messages. Compiled validators are kept in a bounded cache: compiling costs
 * ~1000x a validation, and one validator per API per thread, kept forever, held 30 MB a thread
 * on a 2,000-API pool.
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { safeRegExp } from '../../core/regex-cache.js';
import { ValidatorCache } from '../../api-pool/validator-cache.js';
import { surelyValid } from '../../api-pool/value-check.js';
import type { RuleId } from '../rule-ids.js';
import type { RuleContext } from './context.js';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/**
 * Only arguments surelyValid cannot vouch for (invalid ones, mostly) need a compiled validator:
 * 256 hold every tool of the seeds pool (the default job compiles each once, ~4 MB a thread);
 * on larger pools an invalid call may compile again (~1 ms), which is rare.
 */
const VALIDATORS_KEPT = 256;
// Patterns run on RE2 (core/regex-cache.ts): a tool's `^(a+)+$` cannot stall the check.
const validators = new ValidatorCache(() => addFormats(new Ajv({ allErrors: true, strict: false, logger: false, code: { regExp: safeRegExp } })), VALIDATORS_KEPT);
const NO_ERRORS: readonly ErrorObject[] = [];

/** ajv's errors for `args` against a tool's parameters (none when valid). */
export function argumentErrors(parameters: Record<string, unknown>, args: unknown): readonly ErrorObject[] {
  if (surelyValid(parameters, args)) return NO_ERRORS;
  // Keyed by the schema's JSON, computed only here (rarely): tools with the same parameters share a validator.
  const v = validators.get(JSON.stringify(parameters), () => parameters);
  if (typeof v === 'string') return [{ instancePath: '', schemaPath: '#', keyword: 'schema', params: {}, message: `tool schema does not compile: ${v}` }];
  return v(args) ? NO_ERRORS : (v.errors ?? NO_ERRORS);
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
    const byRule = new Map<RuleId, string[]>();
    for (const e of argumentErrors(params, c.args)) {
      const r = ruleOf(e);
      const list = byRule.get(r) ?? [];
      list.push(describe(e));
      byRule.set(r, list);
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
