import { Rng, itemSeed, subSeed } from './rng.js';
import type { Category } from './types.js';

/**
 * Item `idx` of a job: its seed from the job seed and the index alone, its category drawn from
 * the mix with that seed. Nothing else goes in, so planning more items later, or in other batch
 * sizes, gives every item the same seed and category.
 */
export function describeItem(
  jobSeed: number,
  idx: number,
  mix: Readonly<Partial<Record<Category, number>>>,
): { seed: number; category: Category } {
  const seed = itemSeed(jobSeed, idx);
  const weights = Object.fromEntries(Object.entries(mix).filter(([, w]) => (w ?? 0) > 0)) as Record<Category, number>;
  const category = new Rng(subSeed(seed, 'category')).weighted(weights);
  return { seed, category };
}
