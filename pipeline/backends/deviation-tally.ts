/**
 * How the assistant's steps differed from the plan in one item, and what became of each
 * sample that differed: the item's `deviations` in the checkpoint, summed by `status`.
 */

/** The ways a step's calls can differ from the plan's calls for that step. */
export const DEVIATION_CLASSES = ['wrong-tool', 'wrong-value', 'missing-call', 'extra-call', 'reordered', 'equivalent-value'] as const;
export type DeviationClass = (typeof DEVIATION_CLASSES)[number];

/** Classes that mean the same calls as planned: the step is kept as it is (an equivalent value written as planned). */
export const EQUIVALENT_CLASSES: ReadonlySet<DeviationClass> = new Set(['reordered', 'equivalent-value']);

/**
 * What became of a sample with a deviation: kept (an equivalent one), asked again (resampled),
 * left for another sample of the same set that agreed (discarded), or the last one the budget
 * allowed, so its item is rejected (rejected).
 */
export const HANDLINGS = ['accepted', 'resampled', 'discarded', 'rejected'] as const;
export type Handling = (typeof HANDLINGS)[number];

export interface Deviation {
  readonly class: DeviationClass;
  /** What differs, for logs and the rejection message ("search_flights.date: planned ..."). */
  readonly detail: string;
}

/** One item's count: assistant steps checked, samples asked for them, deviations by class and handling. */
export interface DeviationTally {
  steps: number;
  samples: number;
  byClass: Partial<Record<DeviationClass, Partial<Record<Handling, number>>>>;
}

export const emptyTally = (): DeviationTally => ({ steps: 0, samples: 0, byClass: {} });

/** Count each class of a sample's deviations once, as handled `how`. */
export function countDeviations(tally: DeviationTally, deviations: readonly Deviation[], how: Handling): void {
  for (const c of new Set(deviations.map((d) => d.class))) {
    const row = (tally.byClass[c] ??= {});
    row[how] = (row[how] ?? 0) + 1;
  }
}
