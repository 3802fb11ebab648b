/**
 * The OpenAI Batch file format (also what `vllm run-batch` reads and writes): one request per
 * line, `{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}`, at most
 * 50,000 requests and 200 MB per file; output lines `{"id", "custom_id", "response":
 * {"status_code", "request_id", "body"}, "error"}`.
 *
 * A custom_id here is the call's cache key and how it was sent (`<sha256 hex>.<n|j|p>`: native,
 * json-object, prompt), so an output line read after a restart goes into the response cache
 * without the request that asked for it.
 */
import type OpenAI from 'openai';
import type { CachedCompletion } from './cache.js';
import { cachedCompletion } from './completion.js';
import type { Mode } from './request-body.js';

export const MAX_REQUESTS_PER_FILE = 50_000;
export const MAX_BYTES_PER_FILE = 200 * 1024 * 1024;
export const BATCH_URL = '/v1/chat/completions';

const MODE_CODES: Record<Mode, string> = { native: 'n', 'json-object': 'j', prompt: 'p' };
const CODE_MODES: Record<string, Mode> = { n: 'native', j: 'json-object', p: 'prompt' };

export function customId(key: string, mode: Mode): string {
  return `${key}.${MODE_CODES[mode]}`;
}

/** The cache key and mode of a custom_id; undefined when it is not one of ours. */
export function parseCustomId(id: unknown): { key: string; mode: Mode } | undefined {
  if (typeof id !== 'string') return undefined;
  const m = /^([0-9a-f]{64})\.([njp])$/.exec(id);
  return m ? { key: m[1], mode: CODE_MODES[m[2]] } : undefined;
}

/** One request line (with its newline). */
export function requestLine(id: string, body: unknown): string {
  return `${JSON.stringify({ custom_id: id, method: 'POST', url: BATCH_URL, body })}\n`;
}

/** Lines grouped into files of at most `maxRequests` lines and `maxBytes` bytes each. */
export function splitIntoFiles(lines: readonly string[], maxRequests = MAX_REQUESTS_PER_FILE, maxBytes = MAX_BYTES_PER_FILE): string[][] {
  const files: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    const n = Buffer.byteLength(line);
    if (n > maxBytes) throw new Error(`a batch request of ${n} bytes is larger than a whole batch file may be (${maxBytes} bytes)`);
    if (current.length >= maxRequests || bytes + n > maxBytes) {
      files.push(current);
      current = [];
      bytes = 0;
    }
    current.push(line);
    bytes += n;
  }
  if (current.length > 0) files.push(current);
  return files;
}

/** What one output or error line says about one request. */
export type BatchLineOutcome =
  | { readonly customId: string; readonly ok: true; readonly data: OpenAI.Chat.Completions.ChatCompletion; readonly requestId?: string }
  | { readonly customId: string; readonly ok: false; readonly status: number | undefined; readonly message: string };

/**
 * Parse a batch output or error file. A line that is not JSON, or has no custom_id, is an error
 * naming the file, the line and the problem: a file from elsewhere (`toolforge batch import`)
 * must not be half read.
 */
export function parseBatchOutput(text: string, where: string): BatchLineOutcome[] {
  const out: BatchLineOutcome[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let v: { custom_id?: unknown; response?: { status_code?: number; request_id?: string; body?: unknown } | null; error?: { code?: string; message?: string } | null };
    try {
      v = JSON.parse(line) as typeof v;
    } catch (err) {
      throw new Error(`${where}, line ${i + 1}: not JSON (${(err as Error).message})`);
    }
    if (typeof v?.custom_id !== 'string') throw new Error(`${where}, line ${i + 1}: no custom_id`);
    const status = v.response?.status_code;
    const body = v.response?.body as OpenAI.Chat.Completions.ChatCompletion | { error?: { message?: string } } | undefined;
    if (status === 200 && body && 'choices' in body && Array.isArray(body.choices)) {
      out.push({ customId: v.custom_id, ok: true, data: body, ...(v.response?.request_id ? { requestId: v.response.request_id } : {}) });
    } else {
      const message = v.error?.message ?? (body && 'error' in body ? body.error?.message : undefined) ?? (status === 200 ? 'an answer without choices' : `HTTP ${status ?? '(none)'}`);
      out.push({ customId: v.custom_id, ok: false, status, message: String(message) });
    }
  }
  return out;
}

/** An output line's answer as the cache keeps it (a batch line always carries its usage). */
export function completionFromLine(data: OpenAI.Chat.Completions.ChatCompletion, endpoint: string, mode: Mode, requestId: string | undefined): CachedCompletion {
  return cachedCompletion(data, { endpoint, model: data.model, mode, requestId }, () => 0);
}
