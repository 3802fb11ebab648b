/**
 * One item's planning: the options it is planned with, the state a category's planner works
 * on, and the ItemPlan built from the shape a planner returns (its shown tools and difficulty).
 */
import type { ApiSpec, ToolPool } from '../../api-pool/types.js';
import type { Rng } from '../../core/rng.js';
import type { Category, ItemPlan, ItemWorld, PlannedCall } from '../../core/plan.js';
import type { Schema } from '../values/values.js';
import type { Eligible } from './eligible.js';
import { withDerivations } from './implied.js';
import { isComplex } from './schema-facts.js';

/** How an item is planned beyond its seed and category. */
export interface PlanOptions {
  /** 'test' items use only held-out tools; 'train' items none of them. */
  readonly split: 'train' | 'test';
  /** Tool names held out of training (see heldOutTools). Pass the same Set object for a whole job: indexes are cached by it. */
  readonly heldOut: ReadonlySet<string>;
  /** Distractor tools shown beside the targets (fewer when the pool is too small). */
  readonly distractors: number;
}

/** What a category's planner works on: the item, the tools of its split, and its two random streams. */
export interface Planning {
  readonly pool: ToolPool;
  readonly idx: number;
  readonly seed: number;
  readonly opts: PlanOptions;
  readonly E: Eligible;
  readonly rng: Rng;
  readonly values: Rng;
  /** Which optional arguments with a default the user leaves to it (arguments.ts). */
  readonly leave: Rng;
  /** The item's world (today, locale, user): drawn first, on its own stream. */
  readonly world: ItemWorld;
}

/** Plans an item of one category, or returns undefined when the split's tools cannot support it. */
export type Planner = (p: Planning) => ItemPlan | undefined;

/** What a category's planner decides: targets, calls, distractors, turns and its own share of the difficulty. */
export interface Shape {
  readonly category: Category;
  readonly targets: readonly ApiSpec[];
  readonly calls: readonly PlannedCall[];
  /** Shown tools besides the targets (irrelevance: all of them). */
  readonly distractors: readonly ApiSpec[];
  /** Whether the targets are shown (not for irrelevance). */
  readonly showTargets: boolean;
  readonly turns: number;
  readonly extra: number;
  readonly withheld?: ItemPlan['withheld'];
  readonly safety?: ItemPlan['safety'];
  /** The domain of the request (irrelevance: of its hidden target). */
  readonly domain?: string;
}

/** The plan of a shape: the shown tools shuffled, the domains, the difficulty (1 to 3). */
export function finish(p: Planning, s: Shape): ItemPlan {
  const shown = p.rng.shuffle(s.showTargets ? [...s.targets, ...s.distractors] : [...s.distractors]);
  const domains: string[] = [];
  const first = s.domain ?? s.targets[0]?.domain ?? shown[0]?.domain;
  if (first !== undefined) domains.push(first);
  for (const t of [...s.targets, ...shown]) if (!domains.includes(t.domain)) domains.push(t.domain);
  // Difficulty: 1 + hard distractors (same subdomain) + complex arguments or many calls + the category's own extra.
  let d = 1;
  if (s.targets.some((t) => s.distractors.some((x) => x.domain === t.domain && x.subdomain === t.subdomain))) d++;
  const complex = s.calls.some((c) => {
    const props = (p.pool.byName.get(c.name)?.parameters.properties ?? {}) as Record<string, Schema>;
    const keys = Object.keys(c.arguments);
    return keys.length >= 4 || keys.some((k) => props[k] && isComplex(props[k]));
  });
  if (complex || s.calls.length >= 3) d++;
  d += s.extra;
  return {
    world: p.world,
    idx: p.idx,
    seed: p.seed,
    category: s.category,
    difficulty: Math.max(1, Math.min(3, d)),
    split: p.opts.split,
    tools: shown.map((t) => t.name),
    targets: s.targets.map((t) => t.name),
    calls: withDerivations(p.pool, p.seed, p.world, s.calls, s.withheld),
    domains,
    turns: s.turns,
    ...(s.withheld ? { withheld: s.withheld } : {}),
    ...(s.safety ? { safety: s.safety } : {}),
  };
}
