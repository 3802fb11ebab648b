/**
 * plan: decide everything about an item before any text is written (answer first, as APIGen
 * does): its tools, the distractors shown beside them, the hidden ground-truth calls, the
 * user turns, and the difficulty. A pure function of (seed, category, pool, options).
 *
 * The entry: the held-out tools of a job and the plan of one item. The tools a split may use
 * are indexed in eligible.ts, hard distractors chosen in distractors.ts, arguments drawn in
 * arguments.ts, and each category family planned in its own file (single-multiple, parallel,
 * dependent, nested, no-call, dialogue).
 */
import type { ApiSpec, ToolPool } from '../../api-pool/types.js';
import { Rng, subSeed } from '../../core/rng.js';
import type { Category, ItemPlan } from '../../core/plan.js';
import { drawWorld } from '../world/world.js';
import { planDependent } from './dependent.js';
import { planClarification, planMultiTurn, planSafety } from './dialogue.js';
import { eligibleOf } from './eligible.js';
import type { PlanOptions, Planner, Planning } from './item-plan.js';
import { planNested } from './nested.js';
import { planIrrelevance } from './no-call.js';
import { planParallel, planParallelMultiple } from './parallel.js';
import { planMultiple, planSingle } from './single-multiple.js';

export type { PlanOptions } from './item-plan.js';

export const DEFAULT_PLAN_OPTIONS: PlanOptions = Object.freeze({ split: 'train', heldOut: new Set<string>(), distractors: 3 });

/**
 * The tools held out of training (the unseen split): exactly round(share x pool size) of
 * them, ranked by a hash of (jobSeed, name); the same for the same pool and seed.
 */
export function heldOutTools(pool: ToolPool, share: number, jobSeed: number): Set<string> {
  const n = Math.max(0, Math.min(pool.list.length, Math.round(share * pool.list.length)));
  const ranked = pool.list.map((t) => [subSeed(jobSeed >>> 0, t.name), t.name] as const);
  ranked.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return new Set(ranked.slice(0, n).map(([, name]) => name));
}

/**
 * The plan of item `idx`. When the tools of the split cannot support the category (e.g. no
 * dependent pair among held-out tools), a simpler category is planned instead and the plan's
 * `category` says which. Throws when the split has no tool at all.
 */
export function planItem(idx: number, seed: number, category: Category, pool: ToolPool, opts: PlanOptions = DEFAULT_PLAN_OPTIONS): ItemPlan {
  if (pool.list.length === 0) throw new Error('planItem: the tool pool is empty');
  const E = eligibleOf(pool, opts);
  if (E.list.length === 0) throw new Error(`planItem: no tool of the pool is available to the ${opts.split} split`);
  const p: Planning = {
    pool,
    idx,
    seed,
    opts,
    E,
    rng: new Rng(subSeed(seed, 'plan')),
    values: new Rng(subSeed(seed, 'args')),
    leave: new Rng(subSeed(seed, 'defaults')),
    world: drawWorld(seed),
  };
  let c: Category | undefined = category;
  while (c !== undefined) {
    const plan = PLANNERS[c](p);
    if (plan) return plan;
    c = FALLBACK[c];
  }
  throw new Error(`planItem: cannot plan a ${category} item`); // single always succeeds
}

/** For callers of the old API: the tool an irrelevance item's user asks for (its plan target). */
export function irrelevanceTarget(plan: ItemPlan, pool: ToolPool): ApiSpec | undefined {
  return plan.targets.length > 0 ? pool.byName.get(plan.targets[0]) : undefined;
}

/** The category planned instead when the split's tools cannot support one. */
const FALLBACK: Readonly<Record<Category, Category | undefined>> = {
  single: undefined,
  multiple: 'single',
  parallel: 'single',
  'parallel-multiple': 'parallel',
  dependent: 'multi-turn',
  nested: 'single',
  irrelevance: 'single',
  clarification: 'single',
  'multi-turn': 'single',
  safety: 'single',
};

/** The planner of each category. */
const PLANNERS: Readonly<Record<Category, Planner>> = {
  single: planSingle,
  multiple: planMultiple,
  parallel: planParallel,
  'parallel-multiple': planParallelMultiple,
  dependent: planDependent,
  nested: planNested,
  irrelevance: planIrrelevance,
  clarification: planClarification,
  'multi-turn': planMultiTurn,
  safety: planSafety,
};
