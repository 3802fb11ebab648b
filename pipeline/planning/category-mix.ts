import { Rng, itemSeed, subSeed } from '../../core/rng.js';
import type { JobCategory } from '../../core/plan.js';

/** The splits a job writes: train, and the unseen-tool test split. */
export const SPLITS = ['train', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/**
 * Item `idx` of a job: its seed from the job seed and the index alone, its category drawn from
 * the mix and its split from the test share, both with that seed. Nothing else goes in, so
 * planning more items later, or in other batch sizes, gives every item the same seed, category
 * and split.
 */
export function describeItem<C extends JobCategory = JobCategory>(
  jobSeed: number,
  idx: number,
  mix: Readonly<Partial<Record<C, number>>>,
  testShare = 0,
): { seed: number; category: C; split: Split } {
  const seed = itemSeed(jobSeed, idx);
  const weights = Object.fromEntries(Object.entries(mix).filter(([, w]) => ((w as number | undefined) ?? 0) > 0)) as Record<C, number>;
  const category = new Rng(subSeed(seed, 'category')).weighted(weights);
  const split: Split = testShare > 0 && new Rng(subSeed(seed, 'split')).next() < testShare ? 'test' : 'train';
  return { seed, category, split };
}
