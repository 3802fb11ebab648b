/**
 * What the scheduler tells the progress display (progress.ts) on every flush and at the end:
 * counts, shards, the acceptance rate of this run and the time left at that rate.
 */

export interface ProgressSnapshot {
  readonly target: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly failed: number;
  readonly written: number;
  readonly shards: number;
  /** Accepted per second in this run. */
  readonly acceptedPerSec: number;
  /** Dollars spent on model calls over the whole job (0 offline). */
  readonly costUsd: number;
  /** Dollars the whole job will have cost at the cost per accepted record so far; undefined while unknown. */
  readonly projectedUsd?: number | undefined;
  /** Seconds left at the current rate, or undefined while unknown. */
  readonly etaSec: number | undefined;
}

export interface ProgressSink {
  update(snapshot: ProgressSnapshot): void;
  stop(snapshot: ProgressSnapshot): void;
}

/** Resolved items of the job by outcome. */
export interface ItemCounts {
  accepted: number;
  rejected: number;
  failed: number;
}

export function resolvedCount(counts: ItemCounts): number {
  return counts.accepted + counts.rejected + counts.failed;
}

/** The snapshot of a run that started at `startedAt` with `acceptedAtStart` items already accepted. */
export function progressSnapshot(p: {
  readonly target: number;
  readonly counts: ItemCounts;
  readonly acceptedAtStart: number;
  readonly startedAt: number;
  readonly now: number;
  readonly written: number;
  readonly shards: number;
  readonly costUsd: number;
  readonly projectedUsd?: number | undefined;
}): ProgressSnapshot {
  const elapsedSec = Math.max((p.now - p.startedAt) / 1000, 1e-3);
  const acceptedPerSec = (p.counts.accepted - p.acceptedAtStart) / elapsedSec;
  const left = Math.max(p.target - p.counts.accepted, 0);
  return {
    target: p.target,
    accepted: Math.min(p.counts.accepted, p.target),
    rejected: p.counts.rejected,
    failed: p.counts.failed,
    written: p.written,
    shards: p.shards,
    acceptedPerSec,
    etaSec: acceptedPerSec > 0 ? left / acceptedPerSec : undefined,
    costUsd: p.costUsd,
    ...(p.projectedUsd !== undefined ? { projectedUsd: p.projectedUsd } : {}),
  };
}
