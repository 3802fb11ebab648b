/**
 * Outcomes cross from a worker thread to the main thread as one UTF-8 buffer per batch
 * (transferred, not copied) holding every accepted record and its facts; the outcomes carry
 * their offsets. On the main thread an accepted record waits (for the items before it) as a
 * view of that buffer, outside the JS heap: as strings, every waiting record was copied by
 * the young-generation GC and most were promoted, about 18 KB per item on an evolved pool, so
 * the main thread's heap grew with garbage between full collections (npm run bench).
 */
import type { ItemOutcome } from '../engine/checkpoint.js';

/** Where an outcome's record and facts are in its batch's buffer: [recordStart, recordEnd, factsStart, factsEnd]. */
export type BytesAt = readonly [number, number, number, number];

export type PackedOutcome = { readonly outcome: ItemOutcome; readonly at?: BytesAt } | { readonly idx: number; readonly error: string };

export interface PackedBatch {
  readonly answers: readonly PackedOutcome[];
  /** The batch's records and facts; its ArrayBuffer goes in the message's transfer list. */
  readonly bytes: Uint8Array<ArrayBuffer>;
}

const encoder = new TextEncoder();

const text = (v: string | Uint8Array | undefined): string => (typeof v === 'string' ? v : '');

/** A batch of answers with each accepted record and its facts moved into one buffer. */
export function packOutcomes(answers: readonly ({ outcome: ItemOutcome } | { idx: number; error: string })[]): PackedBatch {
  let size = 0;
  for (const a of answers) if ('outcome' in a) size += Buffer.byteLength(text(a.outcome.record)) + Buffer.byteLength(text(a.outcome.facts));
  const bytes = new Uint8Array(size);
  let off = 0;
  const put = (s: string): number => (off += encoder.encodeInto(s, bytes.subarray(off)).written);
  const packed = answers.map((a): PackedOutcome => {
    if (!('outcome' in a) || typeof a.outcome.record !== 'string') return a;
    const { record, facts, ...rest } = a.outcome;
    const r0 = off;
    const r1 = put(record);
    const f1 = put(text(facts));
    return { outcome: rest, at: [r0, r1, r1, facts === undefined ? r1 : f1] };
  });
  return { answers: packed, bytes };
}

/** An answer's outcome with its record and facts as views of the batch's buffer. */
export function unpackOutcome(a: { readonly outcome: ItemOutcome; readonly at?: BytesAt }, bytes: Uint8Array): ItemOutcome {
  if (!a.at) return a.outcome;
  const [r0, r1, f0, f1] = a.at;
  return { ...a.outcome, record: bytes.subarray(r0, r1), ...(f1 > f0 ? { facts: bytes.subarray(f0, f1) } : {}) };
}
