/**
 * The user agent, LLM backend: the offline user agent's turn (which knows what to state and what
 * to withhold) rewritten by the `user` model in a style drawn from the item's seed.
 */
import { subSeed } from '../../../core/rng.js';
import type { LlmClient } from '../../../llm/index.js';
import { USER_SCHEMA, USER_STYLES, USER_SYSTEM, userPrompt } from './prompt.js';
import { rewriteFault } from './rewrite-check.js';

/** Which item and attempt a call belongs to: its cache key and its usage account. */
export interface CallContext {
  readonly itemSeed: number;
  readonly attempt: number;
  readonly itemIdx: number;
}

/**
 * The turn rewritten by the user model. `keep`: the values and implied words the turn states
 * (rewrite-check.ts); a rewrite that drops one, or asks something else, is sampled again.
 */
export async function llmUserTurn(client: LlmClient, offlineText: string, turn: number, ctx: CallContext, keep: readonly string[] = []): Promise<string> {
  const style = USER_STYLES[subSeed(ctx.itemSeed, `user-style:${turn}`) % USER_STYLES.length];
  const answer = await client.complete({
    role: 'user',
    messages: [
      { role: 'system', content: USER_SYSTEM },
      { role: 'user', content: userPrompt(offlineText, style) },
    ],
    jsonSchema: { name: 'user_message', schema: USER_SCHEMA },
    check: (r) => rewriteFault(offlineText, (r.json as { message: string }).message, keep),
    ...ctx,
  });
  return (answer.json as { message: string }).message;
}
