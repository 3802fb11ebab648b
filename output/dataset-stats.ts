/**
 * What the dataset card and the report say about a job: statistics over its shards (one
 * streaming pass) and what its checkpoint knows (statuses, rejection reasons, usage, time).
 */
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { Checkpoint } from '../pipeline/checkpoint.js';
import { readStatus, type StatusReport } from '../pipeline/status.js';
import { jobShards, readRecords, type ShardInfo } from './export.js';
import type { CanonicalRecord } from './record.js';

/** Value -> count. */
export type Histogram = Record<string, number>;

export interface Distribution {
  readonly n: number;
  readonly min: number;
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly max: number;
}

export interface DatasetStats {
  readonly records: number;
  readonly splits: Histogram;
  readonly categories: Histogram;
  readonly domains: Histogram;
  readonly toolsPerItem: Histogram;
  readonly userTurns: Histogram;
  readonly callsPerItem: Histogram;
  readonly distinctTools: number;
  readonly withRationale: number;
  /** o200k_base tokens of each record's tools and messages as JSON, over `tokenSample` records. */
  readonly tokens: Distribution;
  readonly tokenSample: number;
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

export interface JobFacts {
  readonly status: StatusReport;
  readonly config: Record<string, unknown>;
  readonly shards: ShardInfo[];
  readonly createdAt?: number;
  /** Every rule that rejected items, with counts (an item may fail several). */
  readonly rejections: { rule: string; count: number; example: string }[];
  readonly timeline: TimePoint[];
}

/** How many records get their tokens counted (evenly spread): js-tiktoken does about 1 MB/s, and the card is written at the end of every job. */
export const TOKEN_SAMPLE = 300;

function inc(h: Histogram, key: string | number, by = 1): void {
  h[String(key)] = (h[String(key)] ?? 0) + by;
}

export function distribution(values: number[]): Distribution {
  if (values.length === 0) return { n: 0, min: 0, mean: 0, p50: 0, p90: 0, max: 0 };
  const v = [...values].sort((a, b) => a - b);
  const q = (p: number): number => v[Math.min(v.length - 1, Math.floor(p * v.length))];
  return { n: v.length, min: v[0], mean: v.reduce((a, b) => a + b, 0) / v.length, p50: q(0.5), p90: q(0.9), max: v[v.length - 1] };
}

let encoder: Tiktoken | undefined;
export function countTokens(text: string): number {
  encoder ??= new Tiktoken(o200k);
  return encoder.encode(text).length;
}

export function recordShape(r: CanonicalRecord): { calls: number; userTurns: number; rationale: boolean } {
  let calls = 0;
  let userTurns = 0;
  let rationale = false;
  for (const m of r.messages) {
    if (m.role === 'user') userTurns++;
    if (m.role === 'assistant') {
      calls += m.tool_calls?.length ?? 0;
      if (m.reasoning) rationale = true;
    }
  }
  return { calls, userTurns, rationale };
}

/** One pass over the shards. */
export async function datasetStats(dir: string, shards: readonly ShardInfo[] = jobShards(dir)): Promise<DatasetStats> {
  const total = shards.reduce((n, s) => n + s.records, 0);
  const stride = Math.max(1, Math.ceil(total / TOKEN_SAMPLE));
  const s = { splits: {}, categories: {}, domains: {}, toolsPerItem: {}, userTurns: {}, callsPerItem: {} } as Record<string, Histogram>;
  const tools = new Set<string>();
  const tokens: number[] = [];
  let records = 0;
  let withRationale = 0;
  for await (const { record, shard } of readRecords(dir, shards)) {
    const shape = recordShape(record);
    inc(s.splits, record.split ?? shard.split);
    inc(s.categories, record.meta?.category ?? 'unknown');
    for (const d of record.meta?.domains ?? []) inc(s.domains, d);
    inc(s.toolsPerItem, record.tools.length);
    inc(s.userTurns, shape.userTurns);
    inc(s.callsPerItem, shape.calls);
    for (const t of record.tools) tools.add(t.function.name);
    if (shape.rationale) withRationale++;
    if (records % stride === 0) tokens.push(countTokens(JSON.stringify({ tools: record.tools, messages: record.messages })));
    records++;
  }
  return {
    records,
    splits: s.splits,
    categories: s.categories,
    domains: s.domains,
    toolsPerItem: s.toolsPerItem,
    userTurns: s.userTurns,
    callsPerItem: s.callsPerItem,
    distinctTools: tools.size,
    withRationale,
    tokens: distribution(tokens),
    tokenSample: tokens.length,
  };
}

/** What the checkpoint knows, beside the shards. */
export function jobFacts(dir: string, buckets = 40): JobFacts {
  const status = readStatus(dir);
  const shards = jobShards(dir);
  const ck = Checkpoint.open(dir, { readonly: true });
  try {
    const db = ck.database;
    const config = (ck.config() ?? {}) as Record<string, unknown>;
    const createdAt = Number(ck.getMeta('created_at') ?? NaN);
    const rejections = ck.topRejections(1000);
    const span = db.prepare('SELECT min(finished_at) AS lo, max(finished_at) AS hi FROM items WHERE finished_at IS NOT NULL').get() as {
      lo: number | null;
      hi: number | null;
    };
    const timeline: TimePoint[] = [];
    if (span.lo !== null && span.hi !== null) {
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
        timeline.push({
          t: span.lo + b * width,
          items: r?.items ?? 0,
          accepted: r?.accepted ?? 0,
          promptTokens: r?.promptTokens ?? 0,
          completionTokens: r?.completionTokens ?? 0,
          costUsd: r?.costUsd ?? 0,
        });
      }
    }
    return { status, config, shards, ...(Number.isFinite(createdAt) ? { createdAt } : {}), rejections, timeline };
  } finally {
    ck.close();
  }
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
