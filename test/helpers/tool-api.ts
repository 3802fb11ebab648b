/** Hand-made APIs for the tool agent's rule tests: a name, its parameters and its result's properties, in a few lines. */
import type { ApiSpec } from '../../api-pool/types.js';
import { FIXED_WORLD, type ItemWorld } from '../../core/plan.js';
import { offlineToolResult } from '../../pipeline/agents/tool/offline.js';

type S = Record<string, unknown>;

/** An API whose parameters are `params` (all optional) and whose result has `returns` (those in `required` always present). */
export function api(name: string, params: Record<string, S>, returns: Record<string, S>, required: string[] = Object.keys(returns), description = `${name.replace(/_/g, ' ')}.`): ApiSpec {
  return {
    name,
    domain: 'test',
    description,
    parameters: { type: 'object', properties: params },
    returns: { type: 'object', properties: returns, required },
    origin: 'test',
  };
}

/** A list of objects with every property required. */
export const listOf = (props: Record<string, S>, extra: S = {}): S => ({ type: 'array', minItems: 3, maxItems: 6, items: { type: 'object', properties: props, required: Object.keys(props) }, ...extra });

export const STR: S = { type: 'string' };
export const INT: S = { type: 'integer' };
export const NUM: S = { type: 'number' };
export const BOOL: S = { type: 'boolean' };
export const DATE: S = { type: 'string', format: 'date' };
export const DATE_TIME: S = { type: 'string', format: 'date-time' };

/** The world of a test call: the fixed one, on `today`. */
export const worldOn = (today: string): ItemWorld => ({ ...FIXED_WORLD, today });

type Obj = Record<string, unknown>;

/** The results of `n` calls of `a` with `args` on `today`, each made distinct by a seed argument the API ignores. */
export function results(a: ApiSpec, args: Obj, n = 20, today = '2025-06-02'): Obj[] {
  return Array.from({ length: n }, (_, i) => offlineToolResult(a, { ...args, _seed: i }, worldOn(today)) as Obj);
}

/** The items of every result's list `key`. */
export const itemsOf = (rs: readonly Obj[], key: string): Obj[] => rs.flatMap((r) => (r[key] as Obj[] | undefined) ?? []);
