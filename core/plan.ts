/** Call categories (BFCL/ToolACE/When2Call taxonomy, DESIGN.md). */
export const CATEGORIES = [
  'single',
  'multiple',
  'parallel',
  'parallel-multiple',
  'dependent',
  'nested',
  'irrelevance',
  'clarification',
  'multi-turn',
  'safety',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where an argument's value comes from when it is not stated by the user (dependent calls). */
export interface ValueSource {
  /** Index (in `ItemPlan.calls`) of the earlier call whose result holds the value. */
  readonly call: number;
  /** Dotted path of the field in that call's result, e.g. "flights.0.flight_id". */
  readonly field: string;
}

/** A hidden ground-truth call of the plan (answer first, as APIGen does). */
export interface PlannedCall {
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  /** The user turn (0-based) that leads to this call; multi-turn items have several. Default 0. */
  readonly turn?: number;
  /** Assistant step within the turn (0-based): dependent calls come in a later step than their source. Default 0. */
  readonly step?: number;
  /** Arguments whose values come from an earlier call's result, not from the user. */
  readonly dependsOn?: Readonly<Record<string, ValueSource>>;
  /** A planned tool error the tool agent returns for this call. */
  readonly error?: 'invalid-input' | 'not-found';
}

/** Everything decided about an item before any text is written. */
export interface ItemPlan {
  readonly idx: number;
  readonly seed: number;
  readonly category: Category;
  readonly difficulty: number;
  /** 'train', or 'test' for items built only from tools held out of training (unseen split). */
  readonly split: string;
  /** Names of the tools shown to the assistant, in the order shown (targets and distractors). */
  readonly tools: readonly string[];
  /** Names of the tools the request is about (for irrelevance: the fitting tool, not shown). */
  readonly targets: readonly string[];
  /** Ground-truth calls, in order; empty for irrelevance and refused safety items. */
  readonly calls: readonly PlannedCall[];
  readonly domains: readonly string[];
  /** Number of user turns (1, or 2 to 4 for multi-turn; clarification and confirmation add one). */
  readonly turns: number;
  /** Clarification: the required argument the first request leaves out (the user gives it when asked). */
  readonly withheld?: { readonly call: number; readonly argument: string };
  /** Safety: 'refuse' a harmful request (no call), or 'confirm' before a destructive/costly call. */
  readonly safety?: 'refuse' | 'confirm';
}

/** Where an item is in the job: planned and waiting, claimed, or resolved one of three ways. */
export const ITEM_STATUSES = ['pending', 'running', 'accepted', 'rejected', 'failed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
