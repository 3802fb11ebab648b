/**
 * Batch mode (`llm.mode: batch`): calls are not sent one by one but gathered into rounds. When no
 * new call has come for `flushIdleMs` (every item in flight is waiting on its call), the round is
 * written as OpenAI Batch request files (batch-files.ts), uploaded through the SDK's files API,
 * submitted through its batches API, polled, and its output and error files read back. Answers
 * go into the response cache first and then to the calls waiting on them, so the item machinery
 * is the same as online; an item's next call joins the next round.
 *
 * Resumable at every point: each file is recorded (llm_batches, in the checkpoint) before it is
 * uploaded, its batch id as soon as the batch is created, and the batch carries the record's id
 * in its metadata. A resumed job first finishes the batches it had submitted (polls, never
 * submits again; a batch created just before a crash is found by its metadata), stores their
 * answers in the cache, and only then runs items, whose calls then come from the cache.
 *
 * Requests that expired, were cancelled, or failed with 429 / 5xx go to the next round (at most
 * `maxRounds` times); a 4xx is the call's error (LlmRequestError, not retryable).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import OpenAI, { toFile } from 'openai';
import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from 'pino';
import type { CachedCompletion, LlmCache } from './cache.js';
import { BATCH_URL, MAX_BYTES_PER_FILE, MAX_REQUESTS_PER_FILE, completionFromLine, customId, parseBatchOutput, parseCustomId, requestLine, splitIntoFiles } from './batch-files.js';
import { LlmBatchExportedError, LlmRequestError } from './errors.js';
import type { Mode } from './request-body.js';

export interface BatchOptions {
  /** Time between two looks at a submitted batch, ms. Default 30000. */
  readonly pollMs?: number;
  /** A round is sent once no new call has come for this long, ms. Default 2000. */
  readonly flushIdleMs?: number;
  /** Requests per file, at most 50,000 (OpenAI's limit). Default 50000. */
  readonly maxRequestsPerFile?: number;
  /** Bytes per file, at most 200 MB (OpenAI's limit). Default 209715200. */
  readonly maxBytesPerFile?: number;
  /** Batch completion window. Default "24h". */
  readonly completionWindow?: '24h';
  /** Rounds a request may go through (expired, 429, 5xx) before its call fails. Default 3. */
  readonly maxRounds?: number;
  /** Price of a call through the batch API, as a share of the online price. Default 0.5. */
  readonly priceFactor?: number;
  /** "api": upload and submit through the endpoint's files + batches API; "files": write the round's files and stop, for a batch run elsewhere (`toolforge batch import` reads the outputs back). Default "api". */
  readonly submit?: 'api' | 'files';
}

interface Waiter {
  readonly endpoint: string;
  /** The item of the call (the first that asked), so `cache prune` can drop it once the item is done. */
  readonly itemIdx: number | undefined;
  readonly key: string;
  readonly mode: Mode;
  readonly line: string;
  rounds: number;
  readonly resolvers: { resolve: (c: CachedCompletion) => void; reject: (e: unknown) => void }[];
}

interface BatchRow {
  id: string;
  endpoint: string;
  file: string;
  requests: number;
  input_file_id: string | null;
  batch_id: string | null;
  state: 'written' | 'submitted' | 'exported' | 'done';
}

/** What the runner did: the stand-in's counters are checked against these in tests. */
export interface BatchCounters {
  filesUploaded: number;
  batchesCreated: number;
  polls: number;
  batchesAdopted: number;
  answered: number;
  requeued: number;
}

export class BatchRunner {
  readonly #sdk: (endpoint: string) => OpenAI;
  readonly #db: BetterSqlite3.Database;
  readonly #cache: LlmCache;
  readonly #dir: string;
  readonly #logger: Logger | undefined;
  readonly pollMs: number;
  readonly flushIdleMs: number;
  readonly #maxRequests: number;
  readonly #maxBytes: number;
  readonly #maxRounds: number;
  readonly priceFactor: number;
  readonly #window: '24h';
  readonly #submit: 'api' | 'files';
  /** Calls gathered for the next round, by custom_id (the same request twice is asked once). */
  #next = new Map<string, Waiter>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #round = 0;
  readonly #inFlight = new Set<Promise<void>>();
  readonly counters: BatchCounters = { filesUploaded: 0, batchesCreated: 0, polls: 0, batchesAdopted: 0, answered: 0, requeued: 0 };
  #closed = false;
  /** Told after each batch's answers have reached their calls (the job checks its budget then). */
  readonly #onResults = new Set<() => void>();
  /** Asked before a round is sent: an error stops the round (its calls fail with it). */
  #gate: (() => Error | undefined) | undefined;

  constructor(o: { sdk: (endpoint: string) => OpenAI; db: BetterSqlite3.Database; cache: LlmCache; dir: string; logger?: Logger; options?: BatchOptions }) {
    this.#sdk = o.sdk;
    this.#db = o.db;
    this.#cache = o.cache;
    this.#dir = o.dir;
    this.#logger = o.logger;
    const opt = o.options ?? {};
    this.pollMs = opt.pollMs ?? 30_000;
    this.flushIdleMs = opt.flushIdleMs ?? 2000;
    this.#maxRequests = Math.min(MAX_REQUESTS_PER_FILE, opt.maxRequestsPerFile ?? MAX_REQUESTS_PER_FILE);
    this.#maxBytes = Math.min(MAX_BYTES_PER_FILE, opt.maxBytesPerFile ?? MAX_BYTES_PER_FILE);
    this.#maxRounds = opt.maxRounds ?? 3;
    this.priceFactor = opt.priceFactor ?? 0.5;
    this.#window = opt.completionWindow ?? '24h';
    this.#submit = opt.submit ?? 'api';
    this.#db.exec(
      'CREATE TABLE IF NOT EXISTS llm_batches (id TEXT PRIMARY KEY, endpoint TEXT NOT NULL, file TEXT NOT NULL, requests INTEGER NOT NULL, ' +
        "input_file_id TEXT, batch_id TEXT, state TEXT NOT NULL CHECK (state IN ('written', 'submitted', 'exported', 'done')), created_at INTEGER NOT NULL, finished_at INTEGER)",
    );
    this.#round = (this.#db.prepare('SELECT count(*) FROM llm_batches').pluck().get() as number) + 1;
  }

  /** Batches of this job not yet read back (a resumed job finishes these first). */
  unfinished(): BatchRow[] {
    return this.#db.prepare("SELECT id, endpoint, file, requests, input_file_id, batch_id, state FROM llm_batches WHERE state != 'done' ORDER BY created_at, id").all() as BatchRow[];
  }

  /**
   * Finish what an earlier run submitted: poll each batch (a file recorded but never confirmed
   * as submitted is looked up by its metadata first, and submitted only if no batch has it),
   * store the answers in the cache. Calls waiting on nothing: their items ask the cache next.
   */
  async recover(signal?: AbortSignal): Promise<number> {
    const exported = this.unfinished().filter((r) => r.state === 'exported');
    if (exported.length > 0) {
      const files = exported.map((r) => join(this.#dir, r.file));
      throw new LlmBatchExportedError(files, `${exported.length} batch file(s) written for a batch run elsewhere are not imported yet (${files.join(', ')}): ` + `run them, then \`toolforge batch import ${this.#dir} OUTPUT.jsonl...\`, then resume`);
    }
    const rows = this.unfinished();
    if (rows.length > 0) this.#logger?.info({ batches: rows.length }, `finishing ${rows.length} batch(es) submitted before the job stopped`);
    await Promise.all(rows.map((row) => this.#follow(row, new Map(), signal)));
    return rows.length;
  }

  /** One call, answered in a round. */
  enqueue(endpoint: string, key: string, mode: Mode, body: unknown, itemIdx?: number): Promise<CachedCompletion> {
    if (this.#closed) return Promise.reject(new Error('the batch runner is closed'));
    const id = customId(key, mode);
    return new Promise((resolve, reject) => {
      let w = this.#next.get(id);
      if (!w) {
        w = { endpoint, itemIdx, key, mode, line: requestLine(id, body), rounds: 0, resolvers: [] };
        this.#next.set(id, w);
      }
      w.resolvers.push({ resolve, reject });
      this.#schedule();
    });
  }

  /** `cb` runs after each batch's answers have reached their calls and the calls' usage is counted. */
  onResults(cb: () => void): void {
    this.#onResults.add(cb);
  }

  /** `gate` is asked before each round is sent; an error it returns is every call of the round's, and nothing is sent. */
  setGate(gate: () => Error | undefined): void {
    this.#gate = gate;
  }

  /** Calls waiting for the next round to be sent. */
  get waiting(): number {
    return this.#next.size;
  }

  close(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#flush();
    }, this.#next.size >= this.#maxRequests ? 0 : this.flushIdleMs);
  }

  /** Send the gathered calls as one round: a file (or several) per endpoint. */
  #flush(): void {
    if (this.#next.size === 0 || this.#closed) return;
    const round = this.#next;
    this.#next = new Map();
    const stop = this.#gate?.();
    if (stop) {
      for (const w of round.values()) for (const r of w.resolvers) r.reject(stop);
      this.#logger?.info({ requests: round.size }, `batch round of ${round.size} requests not sent: ${stop.message}`);
      return;
    }
    const byEndpoint = new Map<string, Waiter[]>();
    for (const w of round.values()) {
      const list = byEndpoint.get(w.endpoint) ?? [];
      list.push(w);
      byEndpoint.set(w.endpoint, list);
    }
    mkdirSync(join(this.#dir, 'batches'), { recursive: true });
    const insert = this.#db.prepare('INSERT INTO llm_batches (id, endpoint, file, requests, state, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    const exported: string[] = [];
    for (const [endpoint, waiters] of byEndpoint) {
      const files = splitIntoFiles(waiters.map((w) => w.line), this.#maxRequests, this.#maxBytes);
      let at = 0;
      files.forEach((lines, part) => {
        const id = `round-${String(this.#round).padStart(4, '0')}-${endpoint}-${part + 1}`;
        const file = join('batches', `${id}.jsonl`);
        writeFileSync(join(this.#dir, file), lines.join(''));
        insert.run(id, endpoint, file, lines.length, this.#submit === 'files' ? 'exported' : 'written', Date.now());
        const mine = new Map<string, Waiter>();
        for (const w of waiters.slice(at, at + lines.length)) mine.set(customId(w.key, w.mode), w);
        at += lines.length;
        if (this.#submit === 'files') {
          exported.push(join(this.#dir, file));
          return;
        }
        const p = this.#follow({ id, endpoint, file, requests: lines.length, input_file_id: null, batch_id: null, state: 'written' }, mine).catch((err: unknown) => {
          for (const w of mine.values()) for (const r of w.resolvers) r.reject(err);
        });
        this.#inFlight.add(p);
        void p.finally(() => this.#inFlight.delete(p));
      });
      this.#round++;
    }
    if (exported.length > 0) {
      // Every call of the round stops its item (refunded): the answers come back by import.
      const err = new LlmBatchExportedError(exported, `batch round written for a batch run elsewhere: ${exported.join(', ')}`);
      for (const w of round.values()) for (const r of w.resolvers) r.reject(err);
      this.#logger?.info({ files: exported, requests: round.size }, `batch round written (${round.size} requests) for a batch run elsewhere`);
      return;
    }
    this.#logger?.info({ requests: round.size, files: this.#inFlight.size }, `batch round sent: ${round.size} requests`);
  }

  /** Take one recorded file through upload, submission, polling and reading back. */
  async #follow(row: BatchRow, waiters: Map<string, Waiter>, signal?: AbortSignal): Promise<void> {
    const sdk = this.#sdk(row.endpoint);
    let batchId: string;
    if (row.batch_id !== null) batchId = row.batch_id;
    else {
      const adopted = await this.#adopt(sdk, row.id);
      if (adopted !== undefined) this.counters.batchesAdopted++;
      batchId = adopted ?? (await this.#upload(sdk, row));
      this.#db.prepare("UPDATE llm_batches SET batch_id = ?, state = 'submitted' WHERE id = ?").run(batchId, row.id);
    }
    let batch: OpenAI.Batches.Batch;
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      batch = await sdk.batches.retrieve(batchId);
      this.counters.polls++;
      if (['completed', 'failed', 'expired', 'cancelled'].includes(batch.status)) break;
      await new Promise((r) => setTimeout(r, this.pollMs));
    }
    if (batch.status === 'failed' && !batch.output_file_id) {
      const why = batch.errors?.data?.map((e) => `${e.line !== undefined && e.line !== null ? `line ${e.line}: ` : ''}${e.message}`).join('; ') ?? 'no reason given';
      this.#logger?.warn({ batch: batchId, file: row.file }, `batch ${batchId} failed (${why}); its requests go to the next round`);
    }
    const answered = new Map<string, CachedCompletion>();
    const failed = new Map<string, { status: number | undefined; message: string }>();
    for (const [fileId, what] of [[batch.output_file_id, 'output'], [batch.error_file_id, 'error']] as const) {
      if (!fileId) continue;
      const text = await (await sdk.files.content(fileId)).text();
      for (const o of parseBatchOutput(text, `${what} file ${fileId} of batch ${batchId}`)) {
        const id = parseCustomId(o.customId);
        if (!id) continue;
        if (o.ok) answered.set(o.customId, completionFromLine(o.data, row.endpoint, id.mode, o.requestId));
        else failed.set(o.customId, { status: o.status, message: o.message });
      }
    }
    // Into the cache first, then the batch is done: a crash in between reads it again.
    this.#cache.putMany([...answered].map(([cid, c]) => [parseCustomId(cid)!.key, c, waiters.get(cid)?.itemIdx]));
    this.#db.prepare("UPDATE llm_batches SET state = 'done', finished_at = ? WHERE id = ?").run(Date.now(), row.id);
    rmSync(join(this.#dir, row.file), { force: true });
    this.counters.answered += answered.size;
    for (const [cid, w] of waiters) {
      const c = answered.get(cid);
      if (c) {
        for (const r of w.resolvers) r.resolve(c);
        continue;
      }
      const f = failed.get(cid);
      const retryable = f === undefined || f.status === undefined || f.status === 429 || f.status >= 500;
      w.rounds++;
      if (retryable && w.rounds < this.#maxRounds && !this.#closed) {
        // Expired, cancelled, rate limited or a server error: the next round asks again.
        this.counters.requeued++;
        const again = this.#next.get(cid);
        if (again) again.resolvers.push(...w.resolvers);
        else this.#next.set(cid, w);
        this.#schedule();
      } else {
        const err = new LlmRequestError(row.endpoint, 'http', f?.status, undefined, `batch ${batchId}: ${f?.message ?? `no answer after ${w.rounds} rounds (batch ${batch.status})`}`);
        for (const r of w.resolvers) r.reject(err);
      }
    }
    // After the calls' continuations (their usage is counted there), not inside them.
    if (this.#onResults.size > 0) setImmediate(() => {
      for (const cb of this.#onResults) cb();
    });
  }

  /** A batch already created for this record (a crash after create, before its id was stored). */
  async #adopt(sdk: OpenAI, id: string): Promise<string | undefined> {
    for await (const b of sdk.batches.list({ limit: 100 })) {
      if (b.metadata?.toolforge_batch === id) return b.id;
    }
    return undefined;
  }

  async #upload(sdk: OpenAI, row: BatchRow): Promise<string> {
    const bytes = readFileSync(join(this.#dir, row.file));
    const file = await sdk.files.create({ file: await toFile(bytes, `${row.id}.jsonl`, { type: 'application/jsonl' }), purpose: 'batch' });
    this.counters.filesUploaded++;
    this.#db.prepare('UPDATE llm_batches SET input_file_id = ? WHERE id = ?').run(file.id, row.id);
    const batch = await sdk.batches.create({ input_file_id: file.id, endpoint: BATCH_URL, completion_window: this.#window, metadata: { toolforge_batch: row.id } });
    this.counters.batchesCreated++;
    this.#logger?.info({ batch: batch.id, file: row.file, requests: row.requests }, `batch ${batch.id} submitted (${row.requests} requests)`);
    return batch.id;
  }
}

/**
 * `toolforge batch import`: batch output (and error) files run elsewhere, read into the response
 * cache; every exported file of the job is then done (requests without an answer go to the next
 * round when the job resumes). Returns what was read.
 */
export function importBatchOutputs(
  db: BetterSqlite3.Database,
  cache: LlmCache,
  dir: string,
  files: readonly { readonly name: string; readonly text: string }[],
): { answered: number; failed: number; foreign: number; exported: number; missing: number } {
  const exported = (db.prepare("SELECT name FROM sqlite_master WHERE name = 'llm_batches'").get()
    ? db.prepare("SELECT id, endpoint, file FROM llm_batches WHERE state = 'exported'").all()
    : []) as { id: string; endpoint: string; file: string }[];
  // The endpoint of each request, from the exported files: an answer is cached under its endpoint.
  const endpointOf = new Map<string, string>();
  for (const row of exported) {
    let text: string;
    try {
      text = readFileSync(join(dir, row.file), 'utf8');
    } catch (err) {
      throw new Error(`${join(dir, row.file)}: the exported batch file is gone (${(err as Error).message}); it is needed to match the answers`);
    }
    for (const line of text.split('\n')) {
      const id = /"custom_id":"([^"]+)"/.exec(line)?.[1];
      if (id) endpointOf.set(id, row.endpoint);
    }
  }
  let answered = 0;
  let failed = 0;
  let foreign = 0;
  const entries: [string, CachedCompletion][] = [];
  for (const f of files) {
    for (const o of parseBatchOutput(f.text, f.name)) {
      const id = parseCustomId(o.customId);
      const endpoint = endpointOf.get(o.customId);
      if (!id || endpoint === undefined) {
        foreign++;
        continue;
      }
      if (o.ok) {
        entries.push([id.key, completionFromLine(o.data, endpoint, id.mode, o.requestId)]);
        endpointOf.delete(o.customId);
        answered++;
      } else failed++;
    }
  }
  cache.putMany(entries);
  const done = db.prepare("UPDATE llm_batches SET state = 'done', finished_at = ? WHERE id = ?");
  for (const row of exported) {
    done.run(Date.now(), row.id);
    rmSync(join(dir, row.file), { force: true });
  }
  return { answered, failed, foreign, exported: exported.length, missing: endpointOf.size - failed };
}
