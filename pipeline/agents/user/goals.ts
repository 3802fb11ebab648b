/**
 * What each user turn of an item must do, for the user model (LLM backend): the plan's goal for
 * the turn, which the model writes in its own words once it has read the dialogue so far. The
 * offline user agent's turn is the draft (it knows what to state, what to imply and what to
 * withhold); the goal says what of it must survive: the values stated as they are, the words
 * that imply a value, the value withheld for a clarification question, the yes of a
 * confirmation. Whether the assistant's reply is the one the plan expects before the turn (a
 * question about the missing value, a request to confirm) decides whether the user answers it
 * or reacts to the surprise.
 */
import type { Derivation, ItemPlan } from '../../../core/plan.js';
import { asksToConfirm, saysYes } from '../../../verifiers/rules/consistency-policy.js';
import { normalise } from '../../../core/derive/normalise.js';
import { labelOf } from '../../../core/derive/said-words.js';
import { statedIn } from './rewrite-check.js';

export type TurnKind = 'request' | 'give-missing' | 'confirm' | 'follow-up';

export interface ImpliedWords {
  /** The words the user says ("next Friday"). */
  readonly said: string;
  /** The argument they stand for, and its value. */
  readonly argument: string;
  readonly value: unknown;
}

export interface TurnGoal {
  readonly turn: number;
  readonly kind: TurnKind;
  /** The offline user agent's turn: what the user means to say. */
  readonly draft: string;
  /** Values and implied words the turn states, normalised: the written turn keeps each. */
  readonly keep: readonly string[];
  /** Values the turn implies, with the words it says for each. */
  readonly implied: readonly ImpliedWords[];
  /** A clarification's first request: the argument left out, whose value must not be said yet. */
  readonly withhold?: { readonly argument: string; readonly value: string };
  /** A clarification's answer: the argument asked for and its value. */
  readonly missing?: { readonly argument: string; readonly value: string };
}

function saidWords(key: string, value: unknown, d: Derivation, out: ImpliedWords[]): void {
  if (d.said) out.push({ said: d.said, argument: key, value });
  for (const [k, p] of Object.entries(d.parts ?? {})) saidWords(`${key}.${k}`, (value as Record<string, unknown> | undefined)?.[k], p, out);
}

/** The goal of every user turn of `plan`, whose offline turns are `drafts`. */
export function userGoals(plan: ItemPlan, drafts: readonly string[]): TurnGoal[] {
  const w = plan.withheld;
  const held = w ? plan.calls[w.call] : undefined;
  const heldValue = held && w ? String(held.arguments[w.argument] ?? '') : '';
  return drafts.map((draft, turn) => {
    const kind: TurnKind =
      turn === 0 ? 'request' : w && turn === 1 ? 'give-missing' : plan.safety === 'confirm' && turn === 1 ? 'confirm' : 'follow-up';
    const implied: ImpliedWords[] = [];
    for (const c of plan.calls) {
      if ((c.turn ?? 0) !== turn) continue;
      for (const [k, d] of Object.entries(c.derivations ?? {})) saidWords(k, c.arguments[k], d, implied);
    }
    const said = ` ${normalise(draft)} `;
    return {
      turn,
      kind,
      draft,
      keep: statedIn(draft, plan.calls),
      implied: implied.filter((i) => said.includes(` ${normalise(i.said)} `)),
      ...(w && turn === 0 ? { withhold: { argument: w.argument, value: heldValue } } : {}),
      ...(w && kind === 'give-missing' ? { missing: { argument: w.argument, value: heldValue } } : {}),
    };
  });
}

/** An argument's name in words ("check_in_date" -> "check in date", a nested part "dates.start" -> "dates start"). */
export const argumentWords = (key: string): string => labelOf(key.replace(/\./g, '_'));

/**
 * Whether the assistant's reply before a turn is the one the plan expects: a question for a
 * clarification's answer (about the missing value, by a word of its name or any question), a
 * request to confirm before the confirmation. Any reply will do before another kind of turn.
 */
export function replyExpected(goal: TurnGoal, reply: string): boolean {
  if (goal.kind === 'confirm') return asksToConfirm(reply);
  if (goal.kind === 'give-missing') {
    if (!reply.includes('?')) return false;
    const said = normalise(reply);
    const words = argumentWords(goal.missing?.argument ?? '').split(' ').filter((x) => x.length >= 3);
    return words.length === 0 || words.some((x) => said.includes(x)) || /\b(which|what|when|where|how many|who)\b/i.test(reply);
  }
  return true;
}

/** Why a written turn misses its goal beyond the values (rewrite-check.ts), or undefined. `expected`: the assistant's reply before it was the planned one. */
export function goalFault(goal: TurnGoal, written: string, expected = true): string | undefined {
  if (goal.kind === 'confirm' && expected && !saysYes(written)) return `the confirmation does not start with a clear yes (${JSON.stringify(written.slice(0, 60))})`;
  if (goal.withhold && goal.withhold.value.length >= 2 && ` ${normalise(written)} `.includes(` ${normalise(goal.withhold.value)} `)) {
    return `the turn says ${JSON.stringify(goal.withhold.value)}, the ${argumentWords(goal.withhold.argument)} the assistant is to ask for`;
  }
  return undefined;
}
