/**
 * The offline assistant's deliberate mistakes: with probability `noiseRate` an item gets one
 * realistic error (a wrong type, a missing required argument, a made-up tool, a call left
 * unanswered...), and those records exist to exercise the verifiers, which must reject them.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { ItemPlan } from '../../../core/plan.js';
import type { Rng } from '../../../core/rng.js';
import type { Schema } from '../../values/values.js';
import { cap, say, type Obj } from '../text.js';
import type { ToolError } from '../tool/offline.js';

/** The mistakes the offline assistant can make, each one a verifier must catch. */
export const MISTAKES = [
  'wrong-type',
  'missing-required',
  'unknown-param',
  'enum-violation',
  'unknown-tool',
  'irrelevance-call',
  'dangling-call',
  'invalid-json',
] as const;
export type Mistake = (typeof MISTAKES)[number];

/** One call of the assistant as the offline dialogue builds it (before any mistake). */
export interface Call {
  id: string;
  name: string;
  args: Obj;
  json: string;
  /** The tool answers with an error instead of a result. */
  broken: boolean;
  api?: ApiSpec;
  turn: number;
  step: number;
  error?: ToolError;
  /** Arguments from an earlier result: key -> phrase of the field. */
  from?: Record<string, string>;
}

const EXTRA_PARAMS: readonly (readonly [string, unknown])[] = [
  ['limit', 10],
  ['verbose', true],
  ['language', 'en'],
  ['timezone', 'UTC'],
  ['user_id', 'me'],
  ['format', 'json'],
];

function wrongTypeOf(schema: Schema | undefined, v: unknown): unknown {
  switch (schema?.type) {
    case 'string':
      // Models send "12345" as 12345, or wrap a single value in a list.
      return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : [v];
    case 'integer':
    case 'number':
    case 'boolean':
      return String(v);
    case 'array':
      return Array.isArray(v) ? v.map(say).join(', ') : undefined;
    case 'object':
      return JSON.stringify(v);
    default:
      return undefined;
  }
}

function enumViolationOf(schema: Schema | undefined, v: unknown): unknown {
  const values = schema?.enum;
  if (!Array.isArray(values)) return undefined;
  const candidates: unknown[] =
    typeof v === 'string' ? [cap(v), v.toUpperCase(), v.replace(/_/g, ' '), `${v}s`, 'other'] : typeof v === 'number' ? [v + 1, v * 2 + 3] : [];
  return candidates.find((c) => c !== v && !values.includes(c));
}

/** The mistakes that make sense for this item, in a fixed order. */
export function applicableMistakes(plan: ItemPlan, calls: readonly Call[]): Mistake[] {
  if (plan.category === 'irrelevance') return ['irrelevance-call', 'unknown-tool'];
  if (calls.length === 0) return ['unknown-tool']; // a refused request: acting on it with a made-up tool
  const out: Mistake[] = ['unknown-tool', 'dangling-call'];
  const has = (test: (api: ApiSpec, k: string, v: unknown) => boolean): boolean =>
    calls.some((c) => c.api !== undefined && Object.keys(c.args).some((k) => test(c.api as ApiSpec, k, c.args[k])));
  if (has((api, k, v) => wrongTypeOf(api.parameters.properties[k], v) !== undefined)) out.push('wrong-type');
  if (has((api, k) => (api.parameters.required ?? []).includes(k))) out.push('missing-required');
  if (calls.some((c) => c.api?.parameters.additionalProperties === false)) out.push('unknown-param');
  if (has((api, k, v) => enumViolationOf(api.parameters.properties[k], v) !== undefined)) out.push('enum-violation');
  if (calls.some((c) => Object.keys(c.args).length > 0)) out.push('invalid-json');
  return out;
}

/** Apply an argument-level mistake to one call that allows it. */
export function corruptCall(mistake: Mistake, calls: Call[], shown: ReadonlySet<string>, rng: Rng): void {
  const order = rng.shuffle(calls.map((_, i) => i));
  for (const i of order) {
    const c = calls[i];
    const api = c.api;
    const keys = rng.shuffle(Object.keys(c.args));
    const props = api?.parameters.properties ?? {};
    if (mistake === 'unknown-tool') {
      const candidates = [`${c.name}_v2`, c.name.replace(/_(\w)/g, (_m, ch: string) => ch.toUpperCase()), `${c.name}s`, `my_${c.name}`];
      const fresh = candidates.filter((n) => n !== c.name && !shown.has(n) && /^[a-zA-Z0-9_-]{1,64}$/.test(n));
      c.name = fresh.length > 0 ? rng.pick(fresh) : 'unknown_tool';
      c.broken = true;
      return;
    }
    if (mistake === 'invalid-json' && keys.length > 0) {
      const variants = [c.json.replace(/"/g, "'"), `${c.json.slice(0, -1)},}`, c.json.slice(0, -1)];
      c.json = rng.pick(variants);
      c.broken = true;
      return;
    }
    for (const k of keys) {
      let next: Obj | undefined;
      if (mistake === 'wrong-type') {
        const w = wrongTypeOf(props[k], c.args[k]);
        if (w !== undefined) next = { ...c.args, [k]: w };
      } else if (mistake === 'enum-violation') {
        const w = enumViolationOf(props[k], c.args[k]);
        if (w !== undefined) next = { ...c.args, [k]: w };
      } else if (mistake === 'missing-required' && (api?.parameters.required ?? []).includes(k)) {
        next = { ...c.args };
        delete next[k];
      }
      if (next) {
        c.args = next;
        c.json = JSON.stringify(next);
        c.broken = true;
        return;
      }
    }
    if (mistake === 'unknown-param' && api?.parameters.additionalProperties === false) {
      const extra = EXTRA_PARAMS.find(([k]) => !(k in props)) as readonly [string, unknown];
      c.args = { ...c.args, [extra[0]]: extra[1] };
      c.json = JSON.stringify(c.args);
      c.broken = true;
      return;
    }
  }
  throw new Error(`simulateOffline: mistake ${mistake} does not apply`); // applicableMistakes guards this
}
