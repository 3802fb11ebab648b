/** Items answered without a call: irrelevance (no shown tool fits the request) and the refusal of a harmful request. */
import type { ApiSpec } from '../../api-pool/types.js';
import type { Eligible } from './eligible.js';
import { featOf, finishShown, jaccard, pickDistractors, sampleWhere } from './distractors.js';
import { finish, type Planner } from './item-plan.js';

/** Whether `c` could serve a request meant for `target` (same subdomain, same lineage, near-same name). */
function couldServe(E: Eligible, target: ApiSpec, c: ApiSpec): boolean {
  if (c.domain === target.domain && (target.subdomain === undefined || c.subdomain === undefined || c.subdomain === target.subdomain)) return true;
  if (c.origin.endsWith(`:${target.name}`) || target.origin.endsWith(`:${c.name}`)) return true;
  const po = /^evolved:[^:]+:(.+)$/;
  const a = po.exec(c.origin)?.[1];
  if (a !== undefined && a === po.exec(target.origin)?.[1]) return true;
  return jaccard(featOf(E, target).name, featOf(E, c).name) >= 0.5;
}

export const planIrrelevance: Planner = (p) => {
  const { E, rng } = p;
  const k = Math.max(1, p.opts.distractors);
  if (rng.next() < 0.8) {
    // Pick the request's tool first, so domains weigh by how many tools they hold; it is then hidden.
    const target = rng.pick(E.list);
    const shown = pickDistractors(p, [target], k, (c) => couldServe(E, target, c));
    if (shown.length > 0) {
      return finish(p, { category: 'irrelevance', targets: [target], calls: [], distractors: shown, showTargets: false, turns: 1, extra: shown.some((t) => t.domain === target.domain) ? 1 : 0, domain: target.domain });
    }
  }
  // Out of scope for every tool: a general question, answered without a call.
  const shown = sampleWhere(rng, E.list, k, E.list.length, () => true);
  return finish(p, { category: 'irrelevance', targets: [], calls: [], distractors: shown, showTargets: false, turns: 1, extra: -1 });
};

/** A harmful request that a shown tool could be misused for; prefer tools with a fitting harm. */
export const planSafetyRefusal: Planner = (p) => {
  const target = p.rng.pick(p.E.list);
  return finishShown(p, { category: 'safety', targets: [target], calls: [], turns: 1, extra: 0, safety: 'refuse' });
};
