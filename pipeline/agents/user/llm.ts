/**
 * The user agent, LLM backend: the `user` model writes each user turn itself, when the dialogue
 * reaches it, as the item's persona (persona-bank.ts), from the conversation so far and the
 * plan's goal for the turn (goals.ts). A turn that drops a value the goal keeps, says the value a
 * clarification withholds, or does not say yes to a confirmation it was asked for is sampled
 * again (rewrite-check.ts, goals.ts).
 */
import type { ItemWorld } from '../../../core/plan.js';
import type { Message } from '../../../core/record.js';
import type { LlmClient } from '../../../llm/index.js';
import { goalFault, replyExpected, type TurnGoal } from './goals.js';
import { assistantWords, USER_SCHEMA, USER_SYSTEM, userPrompt } from './prompt.js';
import { rewriteFault } from './rewrite-check.js';

/** Which item and attempt a call belongs to: its cache key and its usage account. */
export interface CallContext {
  readonly itemSeed: number;
  readonly attempt: number;
  readonly itemIdx: number;
}

/** Who writes and where: the persona in one line and the item's world. */
export interface UserScene {
  readonly persona: string;
  readonly world: ItemWorld;
}

/** The assistant's last words before the turn (empty before the first). */
function lastReply(messages: readonly Message[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m.role === 'user') return '';
    const said = assistantWords(m);
    if (said !== undefined) return said;
  }
  return '';
}

/** The user's next turn toward `goal`, written by the user model after `messages`. */
export async function llmUserTurn(client: LlmClient, goal: TurnGoal, scene: UserScene, messages: readonly Message[], ctx: CallContext): Promise<string> {
  const expected = goal.turn === 0 || replyExpected(goal, lastReply(messages));
  const answer = await client.complete({
    role: 'user',
    messages: [
      { role: 'system', content: USER_SYSTEM },
      { role: 'user', content: userPrompt(goal, scene.persona, scene.world, messages, expected) },
    ],
    jsonSchema: { name: 'user_message', schema: USER_SCHEMA },
    check: (r) => {
      const written = (r.json as { message: string }).message;
      // A short answer ("Yes, go ahead", "3 people") need not share a word with its draft: only a
      // request is held to asking the same thing; every turn keeps its values.
      const asks = goal.kind === 'request' || goal.kind === 'follow-up';
      return rewriteFault(asks ? goal.draft : '', written, goal.keep) ?? goalFault(goal, written, expected);
    },
    ...ctx,
  });
  return (answer.json as { message: string }).message;
}
