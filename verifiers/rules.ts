/**
 * The rule layer: cheap, deterministic checks every record goes through before any model
 * judge sees it. Each failed rule is one Check with a stable id (RULE_IDS, rule-ids.ts), the
 * layer ('rules') and a pointer into the record (`at.message` = index in messages, `at.call`
 * = index in that message's tool_calls). A record is accepted when no rule fails.
 *
 * Families, one file each under rules/: tool-defs (tools.*), calls (calls.*, args.*; duplicate-calls:
 * calls.duplicate; roles: args.roles),
 * structure (structure.*), grounding (grounding.*), category (category.*), plan-agreement
 * (plan.*), hygiene (hygiene.*), consistency (consistency.*, one file per concept). Rules that need the plan are skipped without one; category
 * rules are skipped for categories they do not know.
 */
import type { ToolPool } from '../api-pool/types.js';
import type { CanonicalRecord, Verdict } from '../core/record.js';
import type { ItemPlan } from '../core/plan.js';
import { checkCalls } from './rules/calls.js';
import { checkCategory } from './rules/category.js';
import { checkConsistency } from './rules/consistency.js';
import { analyse } from './rules/context.js';
import { checkDuplicateCalls } from './rules/duplicate-calls.js';
import { checkGrounding } from './rules/grounding.js';
import { checkHygiene } from './rules/hygiene.js';
import { checkPlan } from './rules/plan-agreement.js';
import { checkRoles } from './rules/roles.js';
import { checkStructure } from './rules/structure.js';
import { checkToolDefs } from './rules/tool-defs.js';
import { isCodeRecord, verifyCodeRecord } from './code/verify-code.js';

export { RULE_IDS, RULE_INFO, JUDGE_IDS, RULE_LAYER_IDS, familyOf, layerOf, type Layer, type RuleId } from './rule-ids.js';

export interface VerifyContext {
  /** The job's pool: definitions that are the pool's own APIs are not validated again. */
  readonly pool?: ToolPool;
  /** The item's plan: enables the plan.* rules and the plan-aware category checks. */
  readonly plan?: ItemPlan;
}

export interface RuleOptions {
  /** Rule ids to leave out (e.g. call-only formats have no tool results and no final answer). */
  readonly skip?: ReadonlySet<string>;
}

/** Run every rule on a record. */
export function verifyRecord(record: CanonicalRecord, context?: { pool?: ToolPool; plan?: ItemPlan }): Verdict {
  return verifyRecordWith(record, context, undefined);
}

/** verifyRecord with options (rules to skip). */
export function verifyRecordWith(record: CanonicalRecord, context: VerifyContext | undefined, options: RuleOptions | undefined): Verdict {
  // Code items are verified by their execution, not against tool schemas (verifiers/code/).
  if (isCodeRecord(record)) {
    const verdict = verifyCodeRecord(record);
    const skip = options?.skip;
    if (!skip || skip.size === 0) return verdict;
    const checks = verdict.checks.filter((c) => !skip.has(c.rule));
    return { accepted: checks.length === 0, checks };
  }
  const ctx = analyse(record, context?.pool, context?.plan);
  checkToolDefs(ctx);
  checkCalls(ctx);
  checkDuplicateCalls(ctx);
  checkRoles(ctx);
  checkStructure(ctx);
  checkGrounding(ctx);
  checkCategory(ctx);
  checkPlan(ctx);
  checkHygiene(ctx);
  checkConsistency(ctx);
  const skip = options?.skip;
  const checks = skip && skip.size > 0 ? ctx.checks.filter((c) => !skip.has(c.rule)) : ctx.checks;
  return { accepted: checks.length === 0, checks };
}
