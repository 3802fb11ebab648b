import type { ClaimedItem, ItemOutcome } from './checkpoint.js';

/**
 * Turns one claimed item into its outcome. The offline backend answers synchronously (no
 * promise, so the scheduler skips the microtask round trip); LLM backends return a promise.
 * Throwing means "this attempt failed": the scheduler retries up to maxAttempts, then marks
 * the item failed with the error's message.
 */
export interface ItemProcessor {
  process(item: ClaimedItem): ItemOutcome | Promise<ItemOutcome>;
}
