/**
 * Planning ahead of need: items are planned in chunks before they are claimed, as many as the
 * target still needs at the acceptance rate seen so far, and the job gives up past
 * `maxPlannedFactor` times the count.
 */
import { JobFailedError } from '../../core/errors.js';
import type { JobConfig } from '../config.js';
import { describeItem } from '../planning/category-mix.js';
import type { Checkpoint } from './checkpoint.js';
import { resolvedCount, type ItemCounts } from './job-progress.js';

/** Items planned per transaction, and how far planning runs ahead of the claims. */
const PLAN_CHUNK = 4096;
/** Below this many resolved items the acceptance rate is not yet trusted. */
export const RATE_MIN_SAMPLE = 100;

/**
 * Plan more items after the `planned` ones when the unresolved ones cannot be expected to reach
 * the target (`claimBatch`: how many the scheduler claims at once). Returns how many.
 */
export function planAhead(ck: Checkpoint, config: JobConfig, counts: ItemCounts, planned: number, claimBatch: number): number {
  const needed = config.count - counts.accepted;
  if (needed <= 0) return 0;
  const resolved = resolvedCount(counts);
  const rate = resolved >= RATE_MIN_SAMPLE ? Math.max(counts.accepted / resolved, 0.01) : 1;
  const unresolved = planned - resolved;
  const want = Math.min(Math.ceil(needed / rate) + claimBatch + config.concurrency, PLAN_CHUNK);
  if (unresolved >= want) return 0;
  const cap = Math.ceil(config.count * config.maxPlannedFactor);
  // Plan what the target still needs at the current acceptance rate, not more: work done
  // past the target is thrown away, and with a paid model it is money.
  const n = Math.min(want - unresolved, cap - planned);
  if (n <= 0) {
    if (unresolved > 0) return 0;
    throw new JobFailedError(
      `planned ${planned} items for ${config.count} accepted and only ${counts.accepted} were accepted ` +
        `(maxPlannedFactor ${config.maxPlannedFactor}); see the rejection reasons with \`toolforge status\``,
    );
  }
  const { seed, mix, unseen } = config;
  ck.plan(planned, n, (idx) => describeItem(seed, idx, mix, unseen.itemShare));
  return n;
}
