/** Parallel and parallel-multiple: calls made at once, of one tool with a varying parameter or of several related tools. */
import type { ApiSpec } from '../../api-pool/types.js';
import type { PlannedCall } from '../../core/plan.js';
import { emailPartners } from '../values/siblings.js';
import { agreeMakeModel, agreeSportLeague, generateObject, generateValue, placeKeys, reconcileObject, type Schema } from '../values/values.js';
import { ERROR_RATE, argsFor, call, inSchemaOrder, shareValues } from './arguments.js';
import { errorSubject, opaqueId } from '../agents/tool/offline.js';
import { finishShown, sampleWhere, similarTo } from './distractors.js';
import type { Planner, Planning } from './item-plan.js';
import { MAX_PARALLEL_CALLS, variety } from './schema-facts.js';

/**
 * n calls of `api` that differ only in `key` ("the same thing for A, B and C"). When `key` names
 * a place (a city), the other place fields of the call (its country, zone, coordinates) change
 * with it, drawn from the same place, so each call stays one real place; when it is a person's
 * email, the person's name changes with it (no contact "Leonard Spencer" at another's address).
 */
export function variedCalls(p: Planning, api: ApiSpec, key: string, n: number, base: Record<string, unknown>): PlannedCall[] {
  const keySchema = api.parameters.properties[key] as Schema;
  const places = placeKeys(api.parameters, api);
  const partners = places.has(key) ? [...places] : emailPartners(api.parameters as Schema, key);
  const together = partners.filter((k) => k !== key && k in base);
  const seen = new Set<string>();
  const calls: PlannedCall[] = [];
  for (let tries = 0; calls.length < n && tries < n * 8; tries++) {
    let args: Record<string, unknown>;
    if (calls.length === 0 && key in base) args = base;
    else if (together.length > 0) {
      const fresh = generateObject(api.parameters, p.values, { optionalRate: 1, world: p.world, api, vary: true });
      args = { ...base, [key]: fresh[key] };
      for (const k of together) args[k] = fresh[k];
    } else args = { ...base, [key]: generateValue(keySchema, p.values, key, -1, { world: p.world, api, vary: true }) };
    // A varied end of a range (time_min) keeps its order with the other end (time_max).
    if (args !== base) {
      reconcileObject(args, api.parameters, p.values);
      // A varied model or sport takes its make or league along (no NBA scores in baseball).
      agreeMakeModel(args, api.parameters as Schema, key);
      agreeSportLeague(args, api.parameters as Schema, key);
    }
    const k = String(args[key]);
    if (seen.has(k)) continue;
    seen.add(k);
    calls.push(call(api.name, inSchemaOrder(api, args)));
  }
  return calls;
}

export const planParallel: Planner = (p) => {
  if (p.E.parallel.length === 0) return undefined;
  const [target, key] = p.rng.pick(p.E.parallel);
  const n = Math.min(p.rng.int(2, MAX_PARALLEL_CALLS), variety(target.parameters.properties[key] as Schema));
  const base = argsFor(p, target, 0.15 + 0.4 * p.rng.next());
  let calls = variedCalls(p, target, key, n, base);
  if (calls.length < 2) return undefined;
  if (p.rng.next() < ERROR_RATE) {
    const i = p.rng.int(0, calls.length - 1);
    // Only a thing looked up by its identifier can be missing; a playlist's name to create cannot be
    // "not found", and one service does not fail one call as unavailable while answering the others.
    if (opaqueId(target, errorSubject(target, calls[i].arguments))) calls = calls.map((c, j) => (j === i ? { ...c, error: 'not-found' as const } : c));
  }
  return finishShown(p, { category: 'parallel', targets: [target], calls, turns: 1, extra: 1 });
};

export const planParallelMultiple: Planner = (p) => {
  const first = p.rng.pick(p.E.list);
  const nTools = p.rng.int(2, 3);
  const others = p.rng.sample(similarTo(p.E, first).slice(0, 6), nTools - 1);
  if (others.length === 0) {
    const o = sampleWhere(p.rng, p.E.list, 1, p.E.list.length - 1, (t) => t !== first);
    if (o.length === 0) return undefined;
    others.push(...o);
  }
  const targets = [first, ...others];
  const calls: PlannedCall[] = [];
  let shared: Record<string, unknown> = {};
  for (const t of targets) {
    const args = argsFor(p, t);
    shareValues(t, args, shared, p.world.locale.currency);
    shared = { ...args, ...shared };
    const key = p.E.parallelKey.get(t);
    if (key !== undefined && targets.length === 2 && p.rng.bool(0.5)) calls.push(...variedCalls(p, t, key, 2, args));
    else calls.push(call(t.name, args));
  }
  return finishShown(p, { category: 'parallel-multiple', targets, calls, turns: 1, extra: 1 });
};
