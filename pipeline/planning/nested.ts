/** Nested: one call whose arguments hold an object or a list of objects. */
import { generateValue, type Schema } from '../values/values.js';
import { argsFor, call, inSchemaOrder } from './arguments.js';
import { finishShown } from './distractors.js';
import type { Planner } from './item-plan.js';

export const planNested: Planner = (p) => {
  if (p.E.nested.length === 0) return undefined;
  const [target, keys] = p.rng.pick(p.E.nested);
  let args = argsFor(p, target, 0.3 + 0.4 * p.rng.next());
  if (!keys.some((k) => k in args)) {
    const k = p.rng.pick(keys);
    args[k] = generateValue(target.parameters.properties[k] as Schema, p.values, k, -1, { world: p.world, api: target });
    args = inSchemaOrder(target, args);
  }
  return finishShown(p, { category: 'nested', targets: [target], calls: [call(target.name, args)], turns: 1, extra: 1 });
};
