/** Call categories this build plans. Later issues add the rest of DESIGN.md's taxonomy. */
export const CATEGORIES = ['single', 'parallel', 'irrelevance'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A hidden ground-truth call of the plan (answer first, as APIGen does). */
export interface PlannedCall {
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
}

/** Everything decided about an item before any text is written. */
export interface ItemPlan {
  readonly idx: number;
  readonly seed: number;
  readonly category: Category;
  readonly difficulty: number;
  /** Names of the tools shown to the assistant, in the order shown. */
  readonly tools: readonly string[];
  /** Ground-truth calls; empty for irrelevance. */
  readonly calls: readonly PlannedCall[];
  readonly domains: readonly string[];
}
