/** Drawing a call's arguments: from the schema, shared between calls, with an occasional planned tool error. */
import type { ApiSpec } from '../../api-pool/types.js';
import type { PlannedCall } from '../../core/plan.js';
import { errorSubject } from '../agents/tool/offline.js';
import { generateObject, type Schema } from '../values/values.js';
import type { Planning } from './item-plan.js';
import { fits } from './schema-facts.js';

/** Probability that a single / multiple / parallel item has a planned tool error. */
export const ERROR_RATE = 0.06;

/** Arguments for `api`: the required ones and each optional one with probability `rate` (by default drawn per call). */
export function argsFor(p: Planning, api: ApiSpec, rate?: number): Record<string, unknown> {
  return generateObject(api.parameters, p.values, { optionalRate: rate ?? 0.2 + 0.5 * p.rng.next(), world: p.world, api });
}

/** Re-order `args` in the order of the schema's properties (after adding a key). */
export function inSchemaOrder(api: ApiSpec, args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in api.parameters.properties) if (k in args) out[k] = args[k];
  return out;
}

/** Share values between the calls of one request where a key and its schema allow (the same city for weather and air quality). */
export function shareValues(api: ApiSpec, args: Record<string, unknown>, from: Readonly<Record<string, unknown>>): void {
  const props = api.parameters.properties as Record<string, Schema>;
  for (const k in args) if (k in from && typeof from[k] !== 'object' && fits(props[k], from[k])) args[k] = from[k];
}

/** Now and then (ERROR_RATE) a planned tool error, for a call with an argument the error can be about. */
export function maybeError(p: Planning, api: ApiSpec, args: Readonly<Record<string, unknown>>): PlannedCall['error'] {
  if (p.rng.next() >= ERROR_RATE || errorSubject(api, args) === undefined) return undefined;
  return p.rng.bool(0.5) ? 'not-found' : 'invalid-input';
}

/** A planned call. */
export function call(name: string, args: Readonly<Record<string, unknown>>, extra: Partial<PlannedCall> = {}): PlannedCall {
  return { name, arguments: args, ...extra };
}
