/**
 * Dataset statistics, one shard at a time. The job computes a shard's statistics while it
 * writes the shard (from the records' facts, see record-facts.ts) and keeps them in the
 * checkpoint, so the card at the end of a 200k job reads no record again; `toolforge card`
 * and `report` compute them from the shard file when the checkpoint has none. Both go
 * through ShardStatsBuilder, so they agree to the byte.
 */
import { createRequire } from 'node:module';
import type { RecordFacts } from './record-facts.js';
import type { CanonicalRecord } from '../core/record.js';

/** Value -> count. */
export type Histogram = Record<string, number>;

/**
 * The split of records finished after the job reached its target (config `keepExtra`): paid
 * for and valid, kept in `data/extra-*` apart from the target's splits. A record there keeps
 * the split it was planned in (`split` in the row); the file's split is what counts.
 */
export const EXTRA_SPLIT = 'extra';

export interface Distribution {
  readonly n: number;
  readonly min: number;
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly max: number;
}

/** The histograms a shard and a dataset have: records per split, category, domain, tools offered, user turns, calls. */
const HISTOGRAMS = ['splits', 'categories', 'domains', 'toolsPerItem', 'userTurns', 'callsPerItem'] as const;
type Histograms = { readonly [K in (typeof HISTOGRAMS)[number]]: Histogram };

function emptyHistograms(): Record<(typeof HISTOGRAMS)[number], Histogram> {
  return { splits: {}, categories: {}, domains: {}, toolsPerItem: {}, userTurns: {}, callsPerItem: {} };
}

/** Statistics of one shard, as stored in the checkpoint. */
export interface ShardStats extends Histograms {
  readonly records: number;
  /** Distinct tool names offered, sorted. */
  readonly tools: readonly string[];
  readonly withRationale: number;
  /** o200k_base tokens of the sampled records' tools and messages as JSON, once counted. */
  readonly tokens?: readonly number[];
  /**
   * Where the sampled records are in the shard's JSONL (uncompressed), while their tokens are
   * not counted yet: the job leaves counting to the card, so the tokenizer (about 45 MB) is
   * not in memory while the job generates.
   */
  readonly tokenAt?: readonly TokenSample[];
}

/** A sampled record's place in its shard's JSONL: byte offset and length, newline excluded. */
export interface TokenSample {
  readonly offset: number;
  readonly bytes: number;
}

export interface DatasetStats extends Histograms {
  readonly records: number;
  readonly distinctTools: number;
  readonly withRationale: number;
  /** o200k_base tokens of each record's tools and messages as JSON, over `tokenSample` records. */
  readonly tokens: Distribution;
  readonly tokenSample: number;
}

/** About how many records of a job get their tokens counted (evenly spread): gpt-tokenizer counts about 3 MB/s. */
export const TOKEN_SAMPLE = 300;

/** Every `tokenStride(count)`-th record of a shard has its tokens counted, for a job of `count` records. */
export function tokenStride(count: number): number {
  return Math.max(1, Math.ceil(count / TOKEN_SAMPLE));
}

/** Nothing in a record is a special token: "<|endoftext|>" in a text is counted as text. */
const AS_TEXT = { disallowedSpecial: new Set<string>() };

type O200k = typeof import('gpt-tokenizer/encoding/o200k_base');
let o200k: O200k | undefined;

/** o200k_base tokens of a text. gpt-tokenizer's ranks (about 20 MB of heap, 0.4 s) load on first use, not with the module. */
export function countTokens(text: string): number {
  o200k ??= createRequire(import.meta.url)('gpt-tokenizer/encoding/o200k_base') as O200k;
  return o200k.countTokens(text, AS_TEXT);
}

export function recordTokens(r: CanonicalRecord): number {
  return countTokens(JSON.stringify({ tools: r.tools, messages: r.messages }));
}

function inc(h: Histogram, key: string | number, by = 1): void {
  h[String(key)] = (h[String(key)] ?? 0) + by;
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { n: 0, min: 0, mean: 0, p50: 0, p90: 0, max: 0 };
  const v = [...values].sort((a, b) => a - b);
  const q = (p: number): number => v[Math.min(v.length - 1, Math.floor(p * v.length))];
  return { n: v.length, min: v[0], mean: v.reduce((a, b) => a + b, 0) / v.length, p50: q(0.5), p90: q(0.9), max: v[v.length - 1] };
}

export class ShardStatsBuilder {
  readonly #split: string;
  readonly #stride: number;
  #records = 0;
  #withRationale = 0;
  readonly #h = emptyHistograms();
  readonly #tools = new Set<string>();
  readonly #tokens: number[] = [];
  readonly #tokenAt: TokenSample[] = [];
  readonly #defer: boolean;

  /**
   * `split`: the shard's split, for records that do not say theirs; `stride`: see tokenStride;
   * `deferTokens`: note where the sampled records are instead of counting their tokens (`add`
   * then needs `at`).
   */
  constructor(split: string, stride: number, deferTokens = false) {
    this.#split = split;
    this.#stride = stride;
    this.#defer = deferTokens;
  }

  /** Add the next record of the shard: its facts, the record itself should its tokens be counted, and its place in the shard. */
  add(facts: RecordFacts, record: () => CanonicalRecord, at?: TokenSample): void {
    const h = this.#h;
    inc(h.splits, this.#split === EXTRA_SPLIT ? EXTRA_SPLIT : (facts.split ?? this.#split));
    inc(h.categories, facts.category);
    for (const d of facts.domains) inc(h.domains, d);
    inc(h.toolsPerItem, facts.tools.length);
    inc(h.userTurns, facts.userTurns);
    inc(h.callsPerItem, facts.calls);
    for (const t of facts.tools) this.#tools.add(t);
    if (facts.rationale) this.#withRationale++;
    if (this.#records % this.#stride === 0) {
      if (this.#defer && at) this.#tokenAt.push(at);
      else this.#tokens.push(recordTokens(record()));
    }
    this.#records++;
  }

  finish(): ShardStats {
    return {
      records: this.#records,
      ...this.#h,
      tools: [...this.#tools].sort(),
      withRationale: this.#withRationale,
      ...(this.#defer ? { tokenAt: this.#tokenAt } : { tokens: this.#tokens }),
    };
  }
}

/** The statistics of a dataset from those of its shards (their tokens counted: see `tokens`). */
export function mergeShardStats(list: readonly ShardStats[]): DatasetStats {
  const h = emptyHistograms();
  const tools = new Set<string>();
  const tokens: number[] = [];
  let records = 0;
  let withRationale = 0;
  for (const s of list) {
    records += s.records;
    withRationale += s.withRationale;
    for (const key of HISTOGRAMS) for (const [k, n] of Object.entries(s[key])) inc(h[key], k, n);
    for (const t of s.tools) tools.add(t);
    if (!s.tokens) throw new Error('internal error: shard statistics without token counts');
    tokens.push(...s.tokens);
  }
  return {
    records,
    ...h,
    distinctTools: tools.size,
    withRationale,
    tokens: distribution(tokens),
    tokenSample: tokens.length,
  };
}
