/**
 * The stand-in's files and batches endpoints (OpenAI Batch API): upload a file (multipart, as the
 * SDK sends it), create a batch from it, retrieve and list batches, download output and error
 * files. Each request line is answered as a chat completion would be (the test's script, else the
 * generated default). A batch is `in_progress` for `pollsToComplete` retrieves, then `completed`,
 * or `expired` with only part of its lines answered (`expireAfterLines`); `lineStatus` fails
 * chosen lines (their error lines carry the status). Counters say what the client did, so a test
 * can assert that a resumed job submitted no batch twice.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { completion, defaultAnswer, type AnswerScript, type ChatBody } from './openai-stub-answers.js';

export interface BatchStubOptions {
  /** Retrieves a batch answers `in_progress` before it is done. Default 1. */
  readonly pollsToComplete?: number;
  /** Batch number (1-based) -> lines answered before it expires (the rest have no answer). */
  readonly expireAfterLines?: (batchNo: number) => number | undefined;
  /** An HTTP status for a line (its error line), or undefined for an answer. */
  readonly lineStatus?: (custom: string, lineNo: number, batchNo: number) => number | undefined;
}

export interface BatchCounters {
  filesCreated: number;
  batchesCreated: number;
  retrieves: number;
  lists: number;
  contentDownloads: number;
  linesAnswered: number;
}

interface StoredBatch {
  readonly no: number;
  readonly id: string;
  readonly inputFileId: string;
  readonly metadata: Record<string, string> | null;
  readonly createdAt: number;
  polls: number;
  status: 'validating' | 'in_progress' | 'completed' | 'expired';
  outputFileId: string | null;
  errorFileId: string | null;
  counts: { total: number; completed: number; failed: number };
}

export class BatchStub {
  readonly counters: BatchCounters = { filesCreated: 0, batchesCreated: 0, retrieves: 0, lists: 0, contentDownloads: 0, linesAnswered: 0 };
  readonly #files = new Map<string, { bytes: Buffer; filename: string; purpose: string }>();
  readonly #batches = new Map<string, StoredBatch>();
  options: BatchStubOptions;
  /** How many batches each custom_id was submitted in (a request asked twice shows here). */
  readonly submitted = new Map<string, number>();

  constructor(
    readonly script: AnswerScript,
    options: BatchStubOptions = {},
  ) {
    this.options = options;
  }

  /** Handle a files / batches request; false when the path is not one of them. */
  handle(req: IncomingMessage, res: ServerResponse, path: string, raw: Buffer): boolean {
    const m = req.method ?? 'GET';
    if (m === 'POST' && /\/files$/.test(path)) return this.#upload(req, res, raw), true;
    const content = /\/files\/([^/]+)\/content$/.exec(path);
    if (m === 'GET' && content) return this.#content(res, content[1]), true;
    if (m === 'POST' && /\/batches$/.test(path)) return this.#create(res, raw), true;
    if (m === 'GET' && /\/batches$/.test(path)) {
      this.counters.lists++;
      send(res, 200, { object: 'list', data: [...this.#batches.values()].reverse().map((b) => this.#view(b)), has_more: false });
      return true;
    }
    const one = /\/batches\/([^/]+)$/.exec(path);
    if (m === 'GET' && one) return this.#retrieve(res, one[1]), true;
    return false;
  }

  #upload(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const type = String(req.headers['content-type'] ?? '');
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
    if (!boundary) return send(res, 400, { error: { message: 'expected multipart/form-data', type: 'invalid_request_error' } });
    const parts = multipart(raw, boundary[1] ?? boundary[2]);
    const file = parts.find((p) => p.name === 'file');
    const purpose = parts.find((p) => p.name === 'purpose')?.data.toString('utf8') ?? '';
    if (!file) return send(res, 400, { error: { message: "missing 'file'", type: 'invalid_request_error' } });
    if (purpose !== 'batch') return send(res, 400, { error: { message: `purpose must be "batch" here, got ${JSON.stringify(purpose)}`, type: 'invalid_request_error' } });
    const id = `file-stub-${++this.counters.filesCreated}`;
    this.#files.set(id, { bytes: file.data, filename: file.filename ?? 'upload.jsonl', purpose });
    send(res, 200, { id, object: 'file', bytes: file.data.length, created_at: 1700000000, filename: file.filename ?? 'upload.jsonl', purpose, status: 'processed' });
  }

  #content(res: ServerResponse, id: string): void {
    const f = this.#files.get(id);
    if (!f) return send(res, 404, { error: { message: `no file ${id}`, type: 'invalid_request_error' } });
    this.counters.contentDownloads++;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': f.bytes.length });
    res.end(f.bytes);
  }

  #create(res: ServerResponse, raw: Buffer): void {
    const body = JSON.parse(raw.toString('utf8')) as { input_file_id?: string; endpoint?: string; completion_window?: string; metadata?: Record<string, string> };
    if (!body.input_file_id || !this.#files.has(body.input_file_id)) return send(res, 400, { error: { message: `no file ${body.input_file_id}`, type: 'invalid_request_error' } });
    if (body.endpoint !== '/v1/chat/completions') return send(res, 400, { error: { message: `endpoint ${body.endpoint} is not served here`, type: 'invalid_request_error' } });
    const no = ++this.counters.batchesCreated;
    for (const line of this.#files.get(body.input_file_id)!.bytes.toString('utf8').split('\n')) {
      const id = /"custom_id":"([^"]+)"/.exec(line)?.[1];
      if (id) this.submitted.set(id, (this.submitted.get(id) ?? 0) + 1);
    }
    const b: StoredBatch = { no, id: `batch_stub_${no}`, inputFileId: body.input_file_id, metadata: body.metadata ?? null, createdAt: 1700000000 + no, polls: 0, status: 'validating', outputFileId: null, errorFileId: null, counts: { total: 0, completed: 0, failed: 0 } };
    this.#batches.set(b.id, b);
    send(res, 200, this.#view(b));
  }

  #retrieve(res: ServerResponse, id: string): void {
    const b = this.#batches.get(id);
    if (!b) return send(res, 404, { error: { message: `no batch ${id}`, type: 'invalid_request_error' } });
    this.counters.retrieves++;
    b.polls++;
    if (b.status === 'validating' || b.status === 'in_progress') {
      if (b.polls > (this.options.pollsToComplete ?? 1)) this.#run(b);
      else b.status = 'in_progress';
    }
    send(res, 200, this.#view(b));
  }

  /** Answer the batch's lines: output and error files, or expiry part-way. */
  #run(b: StoredBatch): void {
    const lines = this.#files.get(b.inputFileId)!.bytes.toString('utf8').split('\n').filter((l) => l.trim() !== '');
    const limit = this.options.expireAfterLines?.(b.no);
    const out: string[] = [];
    const err: string[] = [];
    lines.forEach((line, i) => {
      if (limit !== undefined && i >= limit) return;
      const { custom_id, body } = JSON.parse(line) as { custom_id: string; body: ChatBody };
      const status = this.options.lineStatus?.(custom_id, i + 1, b.no);
      const n = ++this.counters.linesAnswered;
      if (status !== undefined) {
        err.push(JSON.stringify({ id: `batch_req_${n}`, custom_id, response: { status_code: status, request_id: `req_batch_${n}`, body: { error: { message: `stub error ${status}`, type: 'server_error' } } }, error: null }));
        return;
      }
      const answer = this.script.next({ n, body, headers: {} }) ?? defaultAnswer(body, n);
      out.push(JSON.stringify({ id: `batch_req_${n}`, custom_id, response: { status_code: 200, request_id: `req_batch_${n}`, body: completion(body, answer, n) }, error: null }));
    });
    const store = (rows: string[]): string | null => {
      if (rows.length === 0) return null;
      const id = `file-stub-${++this.counters.filesCreated}`;
      this.#files.set(id, { bytes: Buffer.from(`${rows.join('\n')}\n`), filename: `${b.id}.jsonl`, purpose: 'batch_output' });
      return id;
    };
    b.outputFileId = store(out);
    b.errorFileId = store(err);
    b.counts = { total: lines.length, completed: out.length, failed: err.length };
    b.status = limit !== undefined && limit < lines.length ? 'expired' : 'completed';
  }

  #view(b: StoredBatch): unknown {
    return {
      id: b.id,
      object: 'batch',
      endpoint: '/v1/chat/completions',
      errors: null,
      input_file_id: b.inputFileId,
      completion_window: '24h',
      status: b.status,
      output_file_id: b.outputFileId,
      error_file_id: b.errorFileId,
      created_at: b.createdAt,
      request_counts: b.counts,
      metadata: b.metadata,
    };
  }
}

/** The parts of a multipart/form-data body. */
function multipart(raw: Buffer, boundary: string): { name: string; filename?: string; data: Buffer }[] {
  const out: { name: string; filename?: string; data: Buffer }[] = [];
  const delim = Buffer.from(`--${boundary}`);
  let at = raw.indexOf(delim);
  while (at >= 0) {
    const start = at + delim.length;
    if (raw.subarray(start, start + 2).toString() === '--') break;
    const next = raw.indexOf(delim, start);
    if (next < 0) break;
    const part = raw.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    out.push({ name, ...(filename !== undefined ? { filename } : {}), data: part.subarray(split + 4) });
    at = next;
  }
  return out;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
