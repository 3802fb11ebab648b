/**
 * Which steps get a rationale (the job's `rationale` option): `all`, `nontrivial` (not a step
 * whose tool has no near-miss beside it and whose values the user stated verbatim, none implied
 * or taken from an earlier result), or `none`. The offline teacher and the LLM teacher role
 * follow the same setting; the LLM one is not called for a step that gets none.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { Message } from '../../../core/record.js';
import { trivialStep } from './evidence.js';
import { nearMissOf } from './near-miss.js';

export const RATIONALE_MODES = ['all', 'nontrivial', 'none'] as const;
export type RationaleMode = (typeof RATIONALE_MODES)[number];

/** Everything the user has said in `messages`, lower-cased, one message a line. */
export function userWords(messages: readonly Message[]): string {
  let s = '';
  for (const m of messages) if (m.role === 'user') s += `${m.content}\n`;
  return s.toLowerCase();
}

/**
 * Whether a step of calls the model made gets a rationale (the LLM backend: no plan, so a value
 * taken from a result or implied shows as one the user did not state).
 */
export function rationaleWanted(
  mode: RationaleMode,
  calls: readonly { readonly name: string; readonly arguments: Readonly<Record<string, unknown>> }[],
  shown: readonly ApiSpec[],
  messages: readonly Message[],
): boolean {
  if (mode !== 'nontrivial') return mode === 'all';
  const byName = new Map(shown.map((a) => [a.name, a]));
  const called = calls.flatMap((c) => {
    const api = byName.get(c.name);
    return api ? [{ api, args: c.arguments }] : [];
  });
  const near = nearMissOf(called, shown) !== undefined;
  return !trivialStep(
    calls.map((c) => ({ name: c.name, args: { ...c.arguments } })),
    near,
    userWords(messages),
  );
}
