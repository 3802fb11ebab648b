import { recordFacts } from '../../output/record-facts.js';
import type { CanonicalRecord, Verdict } from '../../core/record.js';
import { hubRowJson } from '../../output/hub-row.js';
import type { ClaimedItem, ItemOutcome } from '../engine/checkpoint.js';

/**
 * Turns one claimed item into its outcome. The offline backend answers synchronously (no
 * promise, so the scheduler skips the microtask round trip); LLM backends return a promise.
 * Throwing means "this attempt failed": the scheduler retries up to maxAttempts, then marks
 * the item failed with the error's message.
 */
export interface ItemProcessor {
  process(item: ClaimedItem): ItemOutcome | Promise<ItemOutcome>;
  /** Items the scheduler should keep in flight at least, whatever `concurrency` says (worker batches). */
  readonly minInFlight?: number;
  /** Synchronous outcomes in a row before the scheduler lets the event loop turn (default 256). */
  readonly yieldEvery?: number;
  /** Let go of threads and handles; called once the job has stopped. */
  close?(): Promise<void>;
}

/** A verified record's outcome: the record with its verdict as JSON, and, when accepted, its facts for the statistics. */
export function verdictOutcome(item: ClaimedItem, record: CanonicalRecord, verdict: Verdict): ItemOutcome {
  const json = hubRowJson({ ...record, meta: { ...record.meta, verdict } });
  if (!verdict.accepted) return { idx: item.idx, status: 'rejected', checks: verdict.checks, rejectedRecord: json };
  return { idx: item.idx, status: 'accepted', record: json, facts: JSON.stringify(recordFacts(record)) };
}
