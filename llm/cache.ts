/**
 * The response cache lives in a SQLite file of its own next to the job's checkpoint
 * (`llm-cache.sqlite`), so a resumed job never pays twice for a call it has already made, and the
 * checkpoint stays small: a 200k-item run makes about 1.5 million calls. The key is the sha256 of the canonical JSON of the whole request:
 * endpoint, model, messages, parameters, and the item's seed and attempt (a retried attempt is a
 * new request, a resumed one is not; a fresh sample of a call after an unusable answer has its
 * retry number in the key). The value is the raw answer (text or tool calls, finish reason, token
 * counts), never headers or keys, read and validated before it is stored: an unusable one is
 * stored marked as such, so a resumed job skips to the call's next sample as the first run did.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';

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

/**
 * Values are deflated (gzip's algorithm without its 18-byte frame) with a preset dictionary of
 * what every cached answer repeats (field names, modes, finish reasons), so a short answer costs
 * its content and little more. The first byte says the encoding, so another can come later.
 */
const ENCODING_DEFLATE_DICT = 1;
const DICTIONARY = Buffer.from(
  '"unusable":"not-json","schema","length","requestId":"req_","toolCalls":[{"id":"call_","name":"","arguments":"{\\"' +
    '"finishReason":"tool_calls","finishReason":"length","finishReason":"stop","promptTokens":,"completionTokens":' +
    '{"v":1,"endpoint":"","model":"","mode":"json-object","mode":"prompt","mode":"native","content":null,"content":"{\\"',
);

/** One cached answer as stored: the encoding byte, then the deflated JSON. */
export function encodeCached(value: CachedCompletion): Buffer {
  const json = Buffer.from(JSON.stringify(value));
  return Buffer.concat([Buffer.of(ENCODING_DEFLATE_DICT), deflateRawSync(json, { dictionary: DICTIONARY, level: 6 })]);
}

export function decodeCached(stored: Buffer): CachedCompletion | undefined {
  try {
    if (stored[0] !== ENCODING_DEFLATE_DICT) return undefined;
    const v = JSON.parse(inflateRawSync(stored.subarray(1), { dictionary: DICTIONARY }).toString('utf8')) as CachedCompletion;
    return v && v.v === 1 ? v : undefined;
  } catch {
    // A value that does not decode is treated as absent; the call is made again.
    return undefined;
  }
}

export interface CacheStats {
  /** Cached calls (answers and samples found unusable). */
  readonly calls: number;
  /** Bytes of the file with its WAL. */
  readonly bytes: number;
}

export class LlmCache {
  readonly #db: Database;
  readonly #owned: boolean;
  readonly #get: Statement<[Buffer], { value: Buffer }>;
  readonly #put: Statement<[Buffer, number | null, Buffer, number]>;
  readonly #count: Statement<[], { n: number }>;
  readonly #now: () => number;

  /**
   * `db`: the database that holds the cache (its table is created if missing). An earlier build
   * kept the cache in the checkpoint (table `llm_cache`, JSON text): its rows are moved here, from
   * `db` itself or from `options.legacy` (the checkpoint), so an existing job resumes without
   * paying again.
   */
  constructor(db: Database, options: { now?: () => number; legacy?: Database; owned?: boolean } = {}) {
    this.#db = db;
    this.#owned = options.owned ?? false;
    db.exec(
      'CREATE TABLE IF NOT EXISTS llm_calls (key BLOB PRIMARY KEY, item_idx INTEGER, value BLOB NOT NULL, created_at INTEGER) WITHOUT ROWID;' +
        'CREATE INDEX IF NOT EXISTS llm_calls_item ON llm_calls (item_idx)',
    );
    this.#get = db.prepare('SELECT value FROM llm_calls WHERE key = ?');
    // A key is written once: the same request answered twice (a race) keeps the first answer.
    this.#put = db.prepare('INSERT OR IGNORE INTO llm_calls (key, item_idx, value, created_at) VALUES (?, ?, ?, ?)');
    this.#count = db.prepare('SELECT count(*) AS n FROM llm_calls');
    this.#now = options.now ?? Date.now;
    this.#migrate(db);
    if (options.legacy) this.#migrate(options.legacy);
  }

  /** The cache file at `path` (created if missing), in WAL mode. */
  static open(path: string, options: { legacy?: Database; now?: () => number } = {}): LlmCache {
    const db = new BetterSqlite3(path);
    try {
      db.pragma('journal_mode = WAL');
      // A cache: a power cut may lose the last answers (they are asked again), a crash of the process does not.
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      return new LlmCache(db, { ...options, owned: true });
    } catch (err) {
      db.close();
      throw err;
    }
  }

  /** Calls and bytes of the cache file at `path`, read without writing; undefined when there is none. */
  static stats(path: string): CacheStats | undefined {
    if (!existsSync(path)) return undefined;
    const bytes = [path, `${path}-wal`].reduce((n, p) => n + (existsSync(p) ? statSync(p).size : 0), 0);
    let db: Database | undefined;
    try {
      db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
      const has = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'llm_calls'").get();
      const calls = has ? (db.prepare('SELECT count(*) FROM llm_calls').pluck().get() as number) : 0;
      return { calls, bytes };
    } catch {
      return { calls: 0, bytes };
    } finally {
      db?.close();
    }
  }

  /** Rows of an earlier build's `llm_cache` table in `from`, moved into this cache, then the table dropped. */
  #migrate(from: Database): void {
    if (from.readonly) return;
    const has = from.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'llm_cache'").get();
    if (!has) return;
    const rows = from.prepare('SELECT key, response, created_at FROM llm_cache').iterate() as IterableIterator<{ key: string; response: string; created_at: number | null }>;
    // Into this cache first (committed), then dropped there: a crash between the two moves the rows again, harmlessly.
    this.#db.transaction(() => {
      for (const r of rows) {
        let v: CachedCompletion;
        try {
          v = JSON.parse(r.response) as CachedCompletion;
        } catch {
          continue;
        }
        if (!v || v.v !== 1 || !/^[0-9a-f]{64}$/.test(r.key)) continue;
        this.#put.run(Buffer.from(r.key, 'hex'), null, encodeCached(whitelist(v)), r.created_at ?? this.#now());
      }
    })();
    from.exec('DROP TABLE llm_cache');
  }

  get(key: string): CachedCompletion | undefined {
    const row = this.#get.get(Buffer.from(key, 'hex'));
    return row ? decodeCached(row.value) : undefined;
  }

  /** Store an answer; `itemIdx` lets `prune` drop the calls of finished items. */
  put(key: string, value: CachedCompletion, itemIdx?: number): void {
    this.#put.run(Buffer.from(key, 'hex'), itemIdx ?? null, encodeCached(whitelist(value)), this.#now());
  }

  /** Store many answers in one transaction (a batch's output file). */
  putMany(entries: readonly (readonly [string, CachedCompletion, (number | undefined)?])[]): void {
    this.#db.transaction(() => {
      for (const [key, value, itemIdx] of entries) this.put(key, value, itemIdx);
    })();
  }

  /** Every cached answer, decoded (inspection, tests). */
  *entries(): IterableIterator<{ key: string; itemIdx: number | null; value: CachedCompletion }> {
    for (const r of this.#db.prepare('SELECT key, item_idx, value FROM llm_calls').iterate() as IterableIterator<{ key: Buffer; item_idx: number | null; value: Buffer }>) {
      const value = decodeCached(r.value);
      if (value) yield { key: r.key.toString('hex'), itemIdx: r.item_idx, value };
    }
  }

  /**
   * Drop the calls of the items `finished` says are done (accepted, rejected or failed: a
   * resumed job never asks for them again), then give the space back to the file system.
   * Calls of no item (the pool's evolver) are kept. Returns the calls dropped.
   */
  prune(finished: (itemIdx: number) => boolean): number {
    const items = this.#db.prepare('SELECT DISTINCT item_idx FROM llm_calls WHERE item_idx IS NOT NULL').pluck().all() as number[];
    const del = this.#db.prepare('DELETE FROM llm_calls WHERE item_idx = ?');
    let dropped = 0;
    this.#db.transaction(() => {
      for (const idx of items) if (finished(idx)) dropped += del.run(idx).changes;
    })();
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
    this.#db.exec('VACUUM');
    return dropped;
  }

  get size(): number {
    return this.#count.get()?.n ?? 0;
  }

  /** Close the file when this cache opened it (`LlmCache.open`). */
  close(): void {
    if (this.#owned && this.#db.open) this.#db.close();
  }
}

// Whitelist the fields so nothing else ever reaches the file.
function whitelist(value: CachedCompletion): CachedCompletion {
  return {
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
}
