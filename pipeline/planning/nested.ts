/** Nested: one call whose arguments hold an object or a list of objects. */
import { generateObject } from '../values/values.js';
import { argsFor, call, inSchemaOrder, withinResultBounds } from './arguments.js';
import { finishShown } from './distractors.js';
import type { Planner } from './item-plan.js';

export const planNested: Planner = (p) => {
  if (p.E.nested.length === 0) return undefined;
  const [target, keys] = p.rng.pick(p.E.nested);
  let args = argsFor(p, target, 0.3 + 0.4 * p.rng.next());
  if (!keys.some((k) => k in args)) {
    // The nested argument is drawn with the others, in one object, so it is where they are
    // (a search's `near` point in its `city`).
    const k = p.rng.pick(keys);
    const whole = generateObject(target.parameters, p.values, { optionalRate: 1, world: p.world, api: target });
    const keep = new Set([...Object.keys(args), k]);
    args = inSchemaOrder(target, Object.fromEntries(Object.entries(whole).filter(([key]) => keep.has(key))));
    withinResultBounds(target, args);
  }
  return finishShown(p, { category: 'nested', targets: [target], calls: [call(target.name, args)], turns: 1, extra: 1 });
};
