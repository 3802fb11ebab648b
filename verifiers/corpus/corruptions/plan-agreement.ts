/** Corruptions of the agreement between the calls and the plan (rules/plan-agreement.ts). */
import { changeArgs, withFirstCallTwice, type Corruption } from '../corruption.js';

export const PLAN_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'grounded value that is not the planned one',
    expected: 'plan.arguments',
    also: ['consistency.echo'],
    apply: (e) => (e.decoy ? changeArgs(e, (args) => ({ ...args, [e.decoy!.argument]: e.decoy!.value }), e.decoy.call) : undefined),
  },
  {
    name: 'extra call not in the plan',
    expected: 'plan.mismatch',
    // The extra call repeats the first: a duplicate call too (rules/duplicate-calls.ts).
    also: ['category.parallel-count', 'calls.duplicate'],
    apply: (e) => (e.record.meta.category === 'parallel' || e.record.meta.category === 'parallel-multiple' ? undefined : withFirstCallTwice(e)),
  },
];
