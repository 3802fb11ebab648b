/**
 * Implied values: the words the user says for an argument instead of its value ("next Friday"
 * for a date, "Apple" for AAPL). The planner decides them and records them on the planned call;
 * the user agent only says them.
 */
import type { Derivation, PlannedCall } from '../../../core/plan.js';

export type { Derivation };

/** How the plan has the user imply `key` of `call`, if it does. */
export function derivationOf(call: PlannedCall | undefined, key: string): Derivation | undefined {
  return call?.derivations?.[key];
}

/** The words the user says for `key` of `call`, when the plan implies it rather than stating it. */
export function saidFor(call: PlannedCall | undefined, key: string): string | undefined {
  return derivationOf(call, key)?.said;
}

/** The call's derivations by key, or undefined when it has none. */
export function derivationsOf(call: PlannedCall): Readonly<Record<string, Derivation>> | undefined {
  return call.derivations;
}
