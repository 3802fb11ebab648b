/**
 * What the dataset card and the report say about a job: statistics over its shards (kept by
 * the job per shard, or one pass over a shard's file when it has none) and what its checkpoint
 * knows (statuses, rejection reasons, usage, time).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { jobShards, readRecords } from './export.js';
import type { JobView, ShardInfo, StatusReport, TimePoint } from './job-view.js';
import { parseRecordLine } from './hub-row.js';
import { recordFacts } from './record-facts.js';
import { ShardStatsBuilder, mergeShardStats, recordTokens, tokenStride, type DatasetStats, type ShardStats, type TokenSample } from './shard-stats.js';

export interface JobFacts {
  readonly status: StatusReport;
  readonly config: Record<string, unknown>;
  readonly shards: ShardInfo[];
  readonly createdAt?: number;
  /** Every rule that rejected items, with counts (an item may fail several). */
  readonly rejections: { rule: string; count: number; example: string }[];
  readonly timeline: TimePoint[];
}

/**
 * Statistics over the shards: each shard's from the checkpoint (the job keeps them as it writes
 * the shard) or, when it has none, from one pass over the shard file. `count` is the job's
 * target, which sets which records have their tokens counted (the same either way).
 */
export async function datasetStats(dir: string, shards: readonly ShardInfo[], count?: number): Promise<DatasetStats> {
  const stride = tokenStride(count ?? shards.reduce((n, s) => n + s.records, 0));
  const list: ShardStats[] = [];
  for (const shard of shards) {
    if (shard.stats) {
      list.push(shard.stats.tokens ? shard.stats : { ...shard.stats, tokens: sampledTokens(dir, shard, shard.stats.tokenAt ?? []) });
      continue;
    }
    const builder = new ShardStatsBuilder(shard.split, stride);
    for await (const { record } of readRecords(dir, [shard])) builder.add(recordFacts(record), () => record);
    list.push(builder.finish());
  }
  return mergeShardStats(list);
}

/** Tokens of the records at `at` in a shard, read where they are (a gzipped shard is unpacked first). */
function sampledTokens(dir: string, shard: ShardInfo, at: readonly TokenSample[]): number[] {
  if (at.length === 0) return [];
  const tokensOf = (line: string): number => recordTokens(parseRecordLine(line));
  const path = join(dir, shard.path);
  if (shard.path.endsWith('.gz')) {
    const plain = gunzipSync(readFileSync(path));
    return at.map((s) => tokensOf(plain.toString('utf8', s.offset, s.offset + s.bytes)));
  }
  const fd = openSync(path, 'r');
  try {
    return at.map((s) => {
      const buf = Buffer.allocUnsafe(s.bytes);
      readSync(fd, buf, 0, s.bytes, s.offset);
      return tokensOf(buf.toString('utf8'));
    });
  } finally {
    closeSync(fd);
  }
}

/** What the checkpoint knows, beside the shards. */
export function jobFacts(job: JobView, buckets = 40): JobFacts {
  const createdAt = job.createdAt();
  return {
    status: job.status(),
    config: job.config(),
    shards: jobShards(job),
    ...(createdAt !== undefined && Number.isFinite(createdAt) ? { createdAt } : {}),
    rejections: job.rejections(1000),
    timeline: job.timeline(buckets),
  };
}

/** The config as it may be shown: secrets (keys, tokens, authorization headers) removed. */
export function redactConfig(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactConfig);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (/(api[_-]?key|token|secret|password|authorization|cookie)$/i.test(k) && !/Env$/.test(k)) {
        out[k] = '[redacted]';
      } else if (/^headers?$/i.test(k) && v && typeof v === 'object') {
        out[k] = Object.fromEntries(Object.keys(v as object).map((h) => [h, '[redacted]']));
      } else out[k] = redactConfig(v);
    }
    return out;
  }
  if (typeof value === 'string' && /^(sk-|hf_|Bearer\s)/.test(value)) return '[redacted]';
  return value;
}
