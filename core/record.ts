/**
 * The canonical record: OpenAI chat fine-tuning shape plus metadata (DESIGN.md).
 * Every export format is derived from this one shape.
 */
import type { Derivation, ItemWorld, ValueSource } from './plan.js';

export interface ToolCall {
  readonly id: string;
  readonly type: 'function';
  readonly function: { readonly name: string; /** JSON-encoded object */ readonly arguments: string };
}

export type Message =
  | { readonly role: 'system'; readonly content: string }
  | { readonly role: 'user'; readonly content: string }
  | {
      readonly role: 'assistant';
      readonly content: string | null;
      /** Teacher rationale for the tool choice (AutoTool); only on steps with tool calls. */
      readonly reasoning?: string;
      readonly tool_calls?: readonly ToolCall[];
    }
  | { readonly role: 'tool'; readonly tool_call_id: string; readonly content: string };

export interface ToolDefinition {
  readonly type: 'function';
  readonly function: {
    readonly name: string;
    readonly description: string;
    readonly parameters: Record<string, unknown>;
  };
}

/** One failed (or noted) check of a verifier. `at` points into the record. */
export interface Check {
  readonly rule: string;
  readonly message: string;
  readonly at?: { readonly message?: number; readonly call?: number };
  /** Which verifier layer made the check: the cheap rules or a model judge. */
  readonly layer?: 'rules' | 'judges';
}

export interface Verdict {
  readonly accepted: boolean;
  readonly checks: readonly Check[];
  /** The model judges' verdicts, passed or failed, with their reasons (where judges ran). */
  readonly judges?: readonly JudgeVote[];
}

/** The model judges (verifiers/judges.ts), each one narrow question about a record. */
export const JUDGE_NAMES = ['hallucinated-args', 'completes-request', 'result-plausible', 'rationale-faithful'] as const;
export type JudgeName = (typeof JUDGE_NAMES)[number];

/** One judge's verdict on a record: the majority of its `samples`, and the reason of a sample that voted so. */
export interface JudgeVote {
  readonly judge: string;
  readonly verdict: 'pass' | 'fail';
  readonly reason: string;
  readonly fails: number;
  readonly samples: number;
}

export interface Usage {
  readonly prompt_tokens: number;
  readonly completion_tokens: number;
}

export interface RecordMeta {
  readonly category: string;
  readonly domains: readonly string[];
  readonly difficulty: number;
  readonly seed: number;
  readonly verdict: Verdict;
  readonly usage: Usage;
  /** Number of user turns in the dialogue. */
  readonly turns?: number;
  /** The plan's hidden ground truth (answer first), for evaluating the test split. */
  readonly plan?: PlanTruth;
}

/** The hidden ground truth of an item's plan, as stored in a record's meta. */
export interface PlanTruth {
  /** The tools the request is about (for irrelevance: the fitting tool, which is not shown). */
  readonly targets: readonly string[];
  readonly calls: readonly {
    readonly name: string;
    readonly arguments: Readonly<Record<string, unknown>>;
    /** Arguments taken from an earlier call's result: which call, which field, what kind of entity. */
    readonly dependsOn?: Readonly<Record<string, ValueSource>>;
    /** The user turn (0-based) that leads to the call, when not the first. */
    readonly turn?: number;
    /** Arguments the user implies rather than states: the words used and how they give the value (issue 13). */
    readonly derivations?: Readonly<Record<string, Derivation>>;
  }[];
  /** Clarification: the required argument the first request leaves out. */
  readonly withheld?: { readonly call: number; readonly argument: string };
  readonly safety?: 'refuse' | 'confirm';
  /** The item's world: today, the user's locale, the user (absent in records of earlier builds). */
  readonly world?: ItemWorld;
  /** The dialogue's language (ISO 639-1) when it is not English: the user writes it and the assistant answers in it. */
  readonly language?: string;
  /** Code items (category "code"): the problem's known answer and how the trajectory was written. */
  readonly code?: CodeTruth;
}

/**
 * The ground truth of a code item (answer first): the problem, the answer the generator computed,
 * and what each program run was meant to do. The programs and their real outputs are in the
 * messages (python tool calls and their results, or ```python / ```output blocks inline).
 */
export interface CodeTruth {
  /** arithmetic, percent, units, dates, counting, decimals, combinatorics, linear, quadratic, cubic (or "file" for problems read from a file). */
  readonly skill: string;
  /** "big": the big-values variant (9-11 digit integers, long decimals); "standard" otherwise. */
  readonly variant: 'standard' | 'big';
  readonly question: string;
  /** The known answer: "23", "12.35", "7/3", "2024-11-19", "Tuesday", "-2, 1, 3". */
  readonly answer: string;
  readonly unit?: string;
  /** Absolute tolerance of a numeric answer (0: exact, up to float noise). */
  readonly tolerance: number;
  /** "tool": python tool calls; "inline": code and output blocks inside the assistant's text. */
  readonly format: 'tool' | 'inline';
  /** The final answer is given as \boxed{...}. */
  readonly boxed: boolean;
  /** What each program run, in order, was meant to do: run cleanly ("ok"), or go wrong on purpose ("error", "wrong") for the next to fix. */
  readonly runs: readonly ('ok' | 'error' | 'wrong')[];
}

export interface CanonicalRecord {
  readonly id: string;
  readonly split: string;
  readonly tools: readonly ToolDefinition[];
  readonly messages: readonly Message[];
  readonly meta: RecordMeta;
}
