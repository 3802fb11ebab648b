/**
 * Implied values: the words the user says for an argument instead of its value ("next Friday"
 * for a date, "Apple" for AAPL). The planner decides them and records them on the planned call;
 * the user agent only says them.
 */
import type { PlannedCall } from '../../../core/plan.js';

// TODO(issue 13, merge): `PlannedCall.derivations` is added to core/plan.ts by the planner's part;
// until then it is read through this local view of the agreed interface.
export interface Derivation {
  readonly kind: string;
  /** The exact words the user uses for the argument instead of its value. */
  readonly said: string;
  /** The earlier result field the value comes from, when it does. */
  readonly from?: string;
}
type WithDerivations = PlannedCall & { readonly derivations?: Readonly<Record<string, Derivation>> };

/** How the plan has the user imply `key` of `call`, if it does. */
export function derivationOf(call: PlannedCall | undefined, key: string): Derivation | undefined {
  return (call as WithDerivations | undefined)?.derivations?.[key];
}

/** The words the user says for `key` of `call`, when the plan implies it rather than stating it. */
export function saidFor(call: PlannedCall | undefined, key: string): string | undefined {
  return derivationOf(call, key)?.said;
}

/** The call's derivations by key, or undefined when it has none. */
export function derivationsOf(call: PlannedCall): Readonly<Record<string, Derivation>> | undefined {
  return (call as WithDerivations).derivations;
}
