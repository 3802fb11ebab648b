/**
 * The output stage's view of a job (output/job-view.ts), read from its checkpoint. Each call
 * opens the checkpoint read-only and closes it again, so a view is safe to hold while the job
 * runs in another process.
 */
import type { Check } from '../../core/record.js';
import { parseRecordLine } from '../../output/hub-row.js';
import type { JobView, RecordedShard, RejectedItem, TimePoint } from '../../output/job-view.js';
import { Checkpoint } from './checkpoint.js';
import { recordedParquetShards } from './parquet-shards.js';
import { readStatus } from './status.js';
import { assertShardsIntact, checkShards } from './shard-integrity.js';

function withCheckpoint<T>(dir: string, read: (ck: Checkpoint) => T): T {
  const ck = Checkpoint.open(dir, { readonly: true });
  try {
    return read(ck);
  } finally {
    ck.close();
  }
}

export function openJobView(dir: string): JobView {
  return {
    dir,
    // Every reader of the shards (export, card, report, publish) gets them only when each one's
    // bytes are the ones the job wrote.
    shards: (): RecordedShard[] =>
      withCheckpoint(dir, (ck) => {
        const checked = checkShards(dir, ck);
        assertShardsIntact(dir, checked);
        return checked.map(({ shard: s }) => ({
          path: s.path,
          records: s.records,
          sha256: s.sha256,
          bytes: s.bytes,
          firstIdx: s.firstIdx,
          lastIdx: s.lastIdx,
          stats: s.stats,
        }));
      }),
    parquetShards: () => withCheckpoint(dir, (ck) => recordedParquetShards(dir, ck.shards())),
    recordFormat: () => withCheckpoint(dir, (ck) => ck.recordFormat()),
    status: () => readStatus(dir),
    config: () => withCheckpoint(dir, (ck) => (ck.config() ?? {}) as Record<string, unknown>),
    createdAt: () =>
      withCheckpoint(dir, (ck) => {
        const at = Number(ck.getMeta('created_at') ?? NaN);
        return Number.isFinite(at) ? at : undefined;
      }),
    rejections: (limit) => withCheckpoint(dir, (ck) => ck.topRejections(limit)),
    timeline: (buckets) => withCheckpoint(dir, (ck) => timeline(ck, buckets)),
    rejectedItems: (limit) => withCheckpoint(dir, (ck) => rejectedItems(ck, limit)),
  };
}

function timeline(ck: Checkpoint, buckets: number): TimePoint[] {
  const db = ck.database;
  const span = db.prepare('SELECT min(finished_at) AS lo, max(finished_at) AS hi FROM items WHERE finished_at IS NOT NULL').get() as {
    lo: number | null;
    hi: number | null;
  };
  const points: TimePoint[] = [];
  if (span.lo === null || span.hi === null) return points;
  const width = Math.max(1, Math.ceil((span.hi - span.lo + 1) / buckets));
  const rows = db
    .prepare(
      `SELECT (finished_at - ?) / ? AS b, count(*) AS items, sum(status = 'accepted') AS accepted,
              sum(prompt_tokens) AS promptTokens, sum(completion_tokens) AS completionTokens, sum(cost_usd) AS costUsd
       FROM items WHERE finished_at IS NOT NULL GROUP BY b ORDER BY b`,
    )
    .all(span.lo, width) as { b: number; items: number; accepted: number; promptTokens: number; completionTokens: number; costUsd: number }[];
  const byBucket = new Map(rows.map((r) => [Math.floor(r.b), r]));
  const last = Math.floor((span.hi - span.lo) / width);
  for (let b = 0; b <= last; b++) {
    const r = byBucket.get(b);
    points.push({
      t: span.lo + b * width,
      items: r?.items ?? 0,
      accepted: r?.accepted ?? 0,
      promptTokens: r?.promptTokens ?? 0,
      completionTokens: r?.completionTokens ?? 0,
      costUsd: r?.costUsd ?? 0,
    });
  }
  return points;
}

function rejectedItems(ck: Checkpoint, limit: number): RejectedItem[] {
  const rows = ck.database
    .prepare(
      `SELECT items.idx AS idx, category, seed, checks, rejected_samples.record AS record FROM items
       LEFT JOIN rejected_samples ON rejected_samples.idx = items.idx
       WHERE status = 'rejected' AND checks IS NOT NULL ORDER BY (record IS NULL), items.idx LIMIT ?`,
    )
    .all(limit) as { idx: number; category: string; seed: number; checks: string; record: string | null }[];
  return rows.map((r) => ({
    idx: r.idx,
    category: r.category,
    seed: r.seed,
    checks: JSON.parse(r.checks) as Check[],
    ...(r.record ? { record: parseRecordLine(r.record) } : {}),
  }));
}
