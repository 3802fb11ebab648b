/**
 * A dialogue's user side in a second language, when the item's language is one (choice.ts):
 * the user's turns in it, and the plan as the dialogue has it (implied values kept, reworded or
 * stated instead: plan-words.ts), which the teacher explains and the record's meta carries.
 */
import type { ToolPool } from '../../../../api-pool/types.js';
import { normalise } from '../../../../core/derive/normalise.js';
import type { ItemPlan } from '../../../../core/plan.js';
import { Rng, subSeed } from '../../../../core/rng.js';
import type { Pick } from '../../text.js';
import { intentOf } from '../intent.js';
import type { UserTurns } from '../offline.js';
import { dialogueLanguage } from './choice.js';
import { GRAMMARS } from './grammars.js';
import { dialogueDerivations } from './plan-words.js';
import { userTurnsIn } from './turns.js';
import type { Lang } from './types.js';

export interface DialogueIn {
  readonly lang: Lang;
  readonly user: UserTurns;
  /** The plan with the derivations the dialogue says. */
  readonly plan: ItemPlan;
}

/**
 * The user's turns of `plan` in its dialogue's language, or undefined when the dialogue is
 * English (as drawn, or because a turn cannot be written in the language). The turns draw on
 * their own stream, so an item that stays English is the same as if it had never been tried.
 */
export function dialogueIn(plan: ItemPlan, pool: ToolPool): DialogueIn | undefined {
  const lang = dialogueLanguage(plan, pool);
  if (lang === 'en') return undefined;
  const rng = new Rng(subSeed(plan.seed, 'language-turns'));
  const pick: Pick = (items) => items[Math.floor(rng.next() * items.length)];
  const t = userTurnsIn(plan, pool, GRAMMARS[lang], rng, pick);
  if (!t) return undefined;
  const about = pool.byName.get(plan.calls[0]?.name ?? plan.targets[0] ?? '');
  const ask = about ? intentOf(about).ask : 'answer a question';
  const said = ` ${normalise(t.texts.join('\n'))} `;
  const calls = plan.calls.map((c, i) => {
    const { derivations: _omit, ...rest } = c;
    const d = dialogueDerivations(c, t.reworded.get(i), said);
    return d ? { ...rest, derivations: d } : rest;
  });
  return { lang, user: { texts: t.texts, ask, ...(t.hidden ? { hidden: t.hidden } : {}) }, plan: { ...plan, calls } };
}
