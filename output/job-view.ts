/**
 * What the output commands read of a job, beside its shard files: the port the card, the
 * report, export and publish are written against. The job engine implements it over its
 * checkpoint (pipeline/engine/job-view.ts), so this stage never opens the checkpoint itself.
 */
import type { Check, CanonicalRecord } from '../core/record.js';
import type { ItemStatus } from '../core/plan.js';
import type { UsageSnapshot } from '../llm/usage.js';
import type { ShardStats } from './shard-stats.js';
import type { WrittenShard } from './shard-writer.js';

export interface StatusReport {
  readonly dir: string;
  readonly name: string;
  readonly target: number;
  readonly complete: boolean;
  readonly accepted: number;
  readonly rejected: number;
  readonly failed: number;
  readonly pending: number;
  readonly running: number;
  readonly planned: number;
  readonly byCategory: Record<string, Partial<Record<ItemStatus, number>>>;
  readonly bySplit: Record<string, Partial<Record<ItemStatus, number>>>;
  readonly topRejections: readonly { rule: string; count: number; example: string }[];
  /** Items rejected per rule, every rule (APIGen-style table in the text output). */
  readonly rejectionsByRule: readonly { rule: string; count: number }[];
  /** Rejected items per verification layer, each counted once per layer. */
  readonly rejectedByLayer?: Readonly<Record<'rules' | 'judges', number>>;
  readonly failures: readonly { idx: number; attempts: number; error: string }[];
  readonly shards: readonly {
    split: string;
    path: string;
    records: number;
    sha256: string;
    bytes: number;
    firstIdx: number;
    lastIdx: number;
    /** false when the file is missing or its size or sha256 differs from what was recorded */
    onDisk: boolean;
  }[];
  /** Records in the target's splits. */
  readonly written: number;
  /** Records finished past the target and kept in the extra split (keepExtra). */
  readonly extra?: number;
  readonly throughput: { readonly activeSec: number; readonly acceptedPerSec: number; readonly itemsPerSec: number };
  readonly usage: { readonly promptTokens: number; readonly completionTokens: number; readonly costUsd: number };
  /** Model calls of the whole job (every run), per role and endpoint; absent offline. */
  readonly llm?: UsageSnapshot;
  /** LLM backend: the assistant's steps off the plan, by class and handling; absent offline. */
  readonly deviations?: DeviationReport;
  /** The response cache file beside the checkpoint (llm-cache.sqlite): calls kept and bytes; absent when there is none. */
  readonly cache?: { readonly calls: number; readonly bytes: number };
}

/** The assistant's steps against the plan over a job's resolved items (pipeline/backends/deviation-tally.ts). */
export interface DeviationReport {
  /** Resolved items that record their steps. */
  readonly items: number;
  /** Assistant steps read against the plan, and samples asked for them. */
  readonly steps: number;
  readonly samples: number;
  /** Items with at least one sample off the plan. */
  readonly itemsDeviated: number;
  /** Samples per deviation class (a sample counted once per class) by what became of them: accepted, resampled, discarded, rejected. */
  readonly byClass: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** A finished shard as the checkpoint records it (not yet checked against the file). */
export interface RecordedShard extends Omit<WrittenShard, 'stats'> {
  /** The shard's statistics as JSON (shard-stats.ts), or null when written by an older build. */
  readonly stats: string | null;
}

export interface ShardInfo {
  /** Relative to the job directory. */
  readonly path: string;
  readonly split: string;
  readonly records: number;
  readonly sha256: string;
  readonly bytes: number;
  readonly firstIdx: number;
  readonly lastIdx: number;
  /** The statistics the job kept for this shard, when it did. */
  readonly stats?: ShardStats;
}

export interface TimePoint {
  /** Start of the bucket, ms since the epoch. */
  readonly t: number;
  readonly items: number;
  readonly accepted: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly costUsd: number;
}

export interface RejectedItem {
  readonly idx: number;
  readonly category: string;
  readonly seed: number;
  readonly checks: Check[];
  /** The rejected record itself, when the checkpoint kept it (the first rejected items are kept). */
  readonly record?: CanonicalRecord;
}

/** A shard's Parquet twin (output.format parquet, publish --parquet). */
export interface ParquetShard {
  /** Relative to the job directory, e.g. data/train-00000.parquet. */
  readonly path: string;
  readonly split: string;
  readonly records: number;
  readonly sha256: string;
  readonly bytes: number;
}

export interface JobView {
  /** The job directory: shard paths are relative to it. */
  readonly dir: string;
  /** The finished shards, in order. */
  shards(): RecordedShard[];
  /** Every shard's Parquet twin, or undefined unless each shard has one on disk. */
  parquetShards(): ParquetShard[] | undefined;
  /** How the records are written: 2 is the published row (one type per column); 1 an earlier build's. */
  recordFormat(): number;
  status(): StatusReport;
  /** The resolved config as stored (may hold no secrets: keys are read from the environment). */
  config(): Record<string, unknown>;
  /** When the job was created, ms since the epoch. */
  createdAt(): number | undefined;
  /** Rules that rejected items, most first, with an example message each. */
  rejections(limit: number): { rule: string; count: number; example: string }[];
  /** Items resolved over time, in about `buckets` buckets from the first to the last. */
  timeline(buckets: number): TimePoint[];
  /** Rejected items with their checks (and the record, where the checkpoint kept it), first kept records first. */
  rejectedItems(limit: number): RejectedItem[];
}
