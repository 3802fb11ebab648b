/** Single and multiple: one call of one tool; for multiple, a tool whose domain shows siblings beside it. */
import type { ApiSpec } from '../../api-pool/types.js';
import type { Category, ItemPlan } from '../../core/plan.js';
import { argsFor, call, maybeError } from './arguments.js';
import { finishShown } from './distractors.js';
import type { Planner, Planning } from './item-plan.js';

/** One call of `target` (now and then with a planned tool error) shown among `k` distractors. */
function oneCall(p: Planning, category: Category, target: ApiSpec, k: number): ItemPlan {
  const args = argsFor(p, target);
  const error = maybeError(p, target, args);
  return finishShown(p, { category, targets: [target], calls: [call(target.name, args, error ? { error } : {})], turns: 1, extra: 0 }, k);
}

export const planSingle: Planner = (p) => oneCall(p, 'single', p.rng.pick(p.E.list), p.opts.distractors);

export const planMultiple: Planner = (p) => {
  if (p.E.withSiblings.length === 0) return undefined;
  return oneCall(p, 'multiple', p.rng.pick(p.E.withSiblings), Math.max(2, p.opts.distractors));
};
