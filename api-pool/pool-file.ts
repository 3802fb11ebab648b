/**
 * The pool on disk: JSONL, one API per line, keys in a fixed order so files diff cleanly.
 * Writing goes to a temp file in the same directory and is renamed into place, so a crash
 * never leaves a half-written pool under the real name.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ApiSpec } from './types.js';

function lineOf(api: ApiSpec): string {
  const out: Record<string, unknown> = { name: api.name, domain: api.domain };
  if (api.subdomain !== undefined) out.subdomain = api.subdomain;
  out.description = api.description;
  out.parameters = api.parameters;
  out.returns = api.returns;
  out.origin = api.origin;
  if (api.sourceName !== undefined) out.sourceName = api.sourceName;
  return JSON.stringify(out);
}

/** Write `apis` as JSONL at `path` (atomically: temp file, fsync, rename). */
export function writePoolFile(path: string, apis: readonly ApiSpec[]): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    // Chunked so a large pool is not one giant string.
    let chunk: string[] = [];
    for (const api of apis) {
      chunk.push(lineOf(api));
      if (chunk.length >= 500) {
        writeSync(fd, chunk.join('\n') + '\n');
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, chunk.join('\n') + '\n');
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why a parsed line is not an ApiSpec's shape, or undefined when it is. Schemas are checked by validateApi, not here. */
function shapeProblem(v: unknown): string | undefined {
  if (!isObject(v)) return 'line is not a JSON object';
  for (const k of ['name', 'domain', 'description', 'origin'] as const) {
    if (typeof v[k] !== 'string') return `"${k}" must be a string`;
  }
  if (v.subdomain !== undefined && typeof v.subdomain !== 'string') return '"subdomain" must be a string';
  if (v.sourceName !== undefined && typeof v.sourceName !== 'string') return '"sourceName" must be a string';
  if (!isObject(v.parameters)) return '"parameters" must be an object';
  if (!isObject(v.returns)) return '"returns" must be an object';
  return undefined;
}

/**
 * Read a JSONL pool. A malformed line (bad JSON, wrong shape) is reported with its 1-based
 * line number and skipped; blank lines are ignored. Only an unreadable file throws.
 */
export function readPoolFile(path: string): { apis: ApiSpec[]; errors: { line: number; problem: string }[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read pool file ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const apis: ApiSpec[] = [];
  const errors: { line: number; problem: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      errors.push({ line: i + 1, problem: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const problem = shapeProblem(value);
    if (problem) {
      errors.push({ line: i + 1, problem });
      continue;
    }
    apis.push(value as unknown as ApiSpec);
  }
  return { apis, errors };
}
