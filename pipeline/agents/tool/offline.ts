/**
 * The offline tool agent: a result following the API's `returns` schema, a pure function of
 * the tool name and the canonical JSON of the arguments (keys sorted at every depth), so the
 * same call always gets the same answer, whatever the key order the caller used. The planner
 * relies on this to compute, ahead of time, the value a dependent call takes from an earlier
 * result (see `valueAt`).
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import { Rng, subSeed } from '../../../core/rng.js';
import { generateObject, generateValue, type Schema } from '../../values/values.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { ItemWorld } from '../../../core/plan.js';


type Obj = Record<string, unknown>;

/** A planned tool error (PlannedCall.error). */
export type ToolError = 'invalid-input' | 'not-found';

function bare(schema: unknown): string {
  if (!schema || typeof schema !== 'object') return '';
  const { description: _d, title: _t, ...rest } = schema as Obj;
  return JSON.stringify(rest);
}

const echoCache = new WeakMap<ApiSpec, readonly string[]>();

/** Result keys copied from the call's arguments (city, symbol...): only where the argument is certainly valid for them too. */
export function echoKeys(api: ApiSpec): readonly string[] {
  let echo = echoCache.get(api);
  if (echo) return echo;
  const retProps = ((api.returns as Obj).properties ?? {}) as Record<string, Schema>;
  const out: string[] = [];
  for (const k in retProps) {
    const p = api.parameters.properties[k];
    if (!p) continue;
    const rs = retProps[k];
    const r = bare(rs);
    if (r === bare(p) || (r === '{"type":"string"}' && p.type === 'string')) out.push(k);
    // A number echoes too when the result bounds admit it (checked per call in echoable).
    else if ((rs.type === 'integer' || rs.type === 'number') && p.type === rs.type && !rs.enum && !rs.multipleOf) out.push(k);
  }
  echoCache.set(api, (echo = out));
  return echo;
}

/** The argument an error message is about: an id-like one first, else the first one. */
export function errorSubject(api: ApiSpec, args: Readonly<Obj>): string | undefined {
  const keys = Object.keys(args).filter((k) => typeof args[k] === 'string' || typeof args[k] === 'number');
  return keys.find((k) => /(^|_)(id|code|number|ref|reference|symbol|sku)$/i.test(k)) ?? keys[0];
}

function errorResult(api: ApiSpec, args: Readonly<Obj>, error: ToolError): Obj {
  const k = errorSubject(api, args);
  const label = k === undefined ? 'request' : k.replace(/[_-]+/g, ' ');
  const v = k === undefined ? '' : ` ${String(args[k])}`;
  return error === 'not-found'
    ? { error: { code: 'NOT_FOUND', status: 404, message: `No record matches ${label}${v}`, ...(k ? { param: k } : {}) } }
    : { error: { code: 'INVALID_ARGUMENT', status: 400, message: `The ${label}${v} is not valid for ${api.name}`, ...(k ? { param: k } : {}) } };
}

/**
 * The offline tool agent: a result following the API's response schema, the same for the same
 * call (name + canonical arguments). With `error`, the planned error object instead.
 */
export function offlineToolResult(api: ApiSpec, args: Readonly<Obj>, world: ItemWorld, error?: ToolError): unknown {
  if (error) return errorResult(api, args, error);
  // The same call on the same day in the same place gets the same answer.
  const key = `${api.name}\u0000${canonicalJson(args)}\u0000${world.today}\u0000${world.locale.city}`;
  // The planner computes the results dependent calls read; the simulator then asks again.
  const hit = recent.get(key);
  if (hit !== undefined && hit.api === api) return hit.result;
  const rng = new Rng(subSeed(0x70_01_f0, key));
  const returns = api.returns as Schema;
  let result: unknown;
  if (returns.type !== 'object' && !returns.properties) result = generateValue(returns, rng, 'result', -1, { world, api });
  else {
    const out = generateObject(returns, rng, { optionalRate: 0.7, world, api });
    const props = ((returns.properties ?? {}) as Record<string, Schema>);
    for (const k of echoKeys(api)) if (k in args && echoable(props[k], args[k])) out[k] = args[k];
    result = out;
  }
  if (recent.size >= 64) recent.clear();
  recent.set(key, { api, result });
  return result;
}

function echoable(s: Schema | undefined, v: unknown): boolean {
  if (!s || typeof v !== 'number') return true;
  if (typeof s.minimum === 'number' && v < s.minimum) return false;
  if (typeof s.maximum === 'number' && v > s.maximum) return false;
  if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) return false;
  if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) return false;
  return s.type !== 'integer' || Number.isInteger(v);
}

/** The last few results (callers must not mutate them). */
const recent = new Map<string, { api: ApiSpec; result: unknown }>();

/** The value at a dotted path ("offers.0.offer_id") of a result, or undefined. */
export function valueAt(result: unknown, path: string): unknown {
  let cur: unknown = result;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[Number(part)] : (cur as Obj)[part];
  }
  return cur;
}
