/**
 * Implied values: the words the user says for an argument instead of its value ("next Friday"
 * for a date, "Apple" for AAPL). The planner decides them and records them on the planned call;
 * the user agent only says them. An object or list whose fields are implied one by one (a nested
 * derivation) is said as usual, from a copy of it with each implied field's words in its place.
 */
import { standsAlone } from '../../../core/derive/enum-words.js';
import type { Derivation, PlannedCall } from '../../../core/plan.js';

export type { Derivation };

/** How the plan has the user imply `key` of `call`, if it does. */
export function derivationOf(call: PlannedCall | undefined, key: string): Derivation | undefined {
  return call?.derivations?.[key];
}

/** The words the user says for `key` of `call`, when the plan implies it as a whole rather than stating it. */
export function saidFor(call: PlannedCall | undefined, key: string): string | undefined {
  const d = derivationOf(call, key);
  return d?.kind === 'nested' ? undefined : d?.said;
}

/** `v` with the words of every part `d` implies in the part's place (the value itself when `d` implies no part). */
export function shownValue(v: unknown, d: Derivation | undefined): unknown {
  if (d?.kind !== 'nested' || !d.parts || v === null || typeof v !== 'object') return d && d.kind !== 'nested' ? d.said : v;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(v) ? [...v] : { ...(v as Record<string, unknown>) };
  for (const [k, p] of Object.entries(d.parts)) {
    const at = Array.isArray(copy) ? Number(k) : k;
    (copy as Record<string | number, unknown>)[at] = shownValue((copy as Record<string | number, unknown>)[at], p);
  }
  return copy;
}

/** The call's derivations by key, or undefined when it has none. */
export function derivationsOf(call: PlannedCall): Readonly<Record<string, Derivation>> | undefined {
  return call.derivations;
}

/** Whether implied words of `kind` stand alone in a request ("cheapest first", "by car", "to me"), outside the value's clause. */
export function saidAlone(kind: string | undefined, said: string): boolean {
  return kind === 'user-profile' || (kind === 'enum-words' && standsAlone(said));
}
