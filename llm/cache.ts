/**
 * The response cache lives in the job's checkpoint, so a resumed job never pays twice for a
 * call it has already made. The key is the sha256 of the canonical JSON of the whole request:
 * endpoint, model, messages, parameters, and the item's seed and attempt (a retried attempt is a
 * new request, a resumed one is not; a fresh sample of a call after an unusable answer has its
 * retry number in the key). The value is the raw answer (text or tool calls, finish reason, token
 * counts), never headers or keys, read and validated before it is stored: an unusable one is
 * stored marked as such, so a resumed job skips to the call's next sample as the first run did.
 */
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

type Database = BetterSqlite3.Database;
type Statement<P extends unknown[], R = unknown> = BetterSqlite3.Statement<P, R>;

/** What the cache keeps of one completion. */
export interface CachedCompletion {
  readonly v: 1;
  readonly endpoint: string;
  readonly model: string;
  /**
   * How the request was sent: with response_format (a strict json_schema) or tools ("native"),
   * as json_object with the schema in the prompt ("json-object"), or described in the prompt ("prompt").
   */
  readonly mode: 'native' | 'json-object' | 'prompt';
  readonly content: string | null;
  readonly toolCalls?: readonly { readonly id: string; readonly name: string; readonly arguments: string }[];
  readonly finishReason: string;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly requestId?: string;
  /**
   * Set when the answer was read and found unusable (bad JSON, a schema failure, cut at the
   * length limit): kept so a resumed job knows that sample failed and goes on to the call's next
   * sample without asking again, never given as an answer.
   */
  readonly unusable?: string;
}

/**
 * The cache key of `request` (canonical JSON, without the endpoint) sent to `endpoint`: the
 * sha256 of `{"endpoint":...,"request":...}`, the canonical JSON of both together. Computed from
 * the canonical request text so a role with several endpoints hashes, not re-serialises, per
 * endpoint.
 */
export function cacheKey(endpoint: string, canonicalRequest: string): string {
  return createHash('sha256')
    .update(`{"endpoint":${JSON.stringify(endpoint)},"request":${canonicalRequest}}`)
    .digest('hex');
}

export class LlmCache {
  readonly #get: Statement<[string], { response: string }>;
  readonly #put: Statement<[string, string, number]>;
  readonly #count: Statement<[], { n: number }>;
  readonly #now: () => number;

  /** `db` is the job's checkpoint (or any better-sqlite3 database); the table is created if missing. */
  constructor(db: Database, options: { now?: () => number } = {}) {
    db.exec('CREATE TABLE IF NOT EXISTS llm_cache (key TEXT PRIMARY KEY, response TEXT NOT NULL, created_at INTEGER)');
    this.#get = db.prepare('SELECT response FROM llm_cache WHERE key = ?');
    // A key is written once: the same request answered twice (a race) keeps the first answer.
    this.#put = db.prepare('INSERT OR IGNORE INTO llm_cache (key, response, created_at) VALUES (?, ?, ?)');
    this.#count = db.prepare('SELECT count(*) AS n FROM llm_cache');
    this.#now = options.now ?? Date.now;
  }

  get(key: string): CachedCompletion | undefined {
    const row = this.#get.get(key);
    if (!row) return undefined;
    try {
      const v = JSON.parse(row.response) as CachedCompletion;
      return v && v.v === 1 ? v : undefined;
    } catch {
      // A row that does not parse is treated as absent; the call is made again.
      return undefined;
    }
  }

  put(key: string, value: CachedCompletion): void {
    // Whitelist the fields so nothing else ever reaches the file.
    const row: CachedCompletion = {
      v: 1,
      endpoint: value.endpoint,
      model: value.model,
      mode: value.mode,
      content: value.content,
      ...(value.toolCalls ? { toolCalls: value.toolCalls.map((t) => ({ id: t.id, name: t.name, arguments: t.arguments })) } : {}),
      finishReason: value.finishReason,
      promptTokens: value.promptTokens,
      completionTokens: value.completionTokens,
      ...(value.requestId ? { requestId: value.requestId } : {}),
      ...(value.unusable ? { unusable: value.unusable } : {}),
    };
    this.#put.run(key, JSON.stringify(row), this.#now());
  }

  get size(): number {
    return this.#count.get()?.n ?? 0;
  }
}
