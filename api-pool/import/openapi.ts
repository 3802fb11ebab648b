/**
 * Importer for OpenAPI 3.0 / 3.1 documents (JSON or YAML): one ApiSpec per operation.
 *
 * - name: the operationId mapped to a tool name (see `toToolName` in names.ts; the original
 *   kept in `sourceName` when changed), else `<method>_<path segments>` with `{p}` → `by_p`
 *   (`GET /pets/{petId}` → `get_pets_by_petId`).
 * - description: the operation's summary and description (falling back to the path item's).
 * - domain: kebab-case of the document's first tag, else of info.title; subdomain: the
 *   operation's first tag.
 * - parameters: path (always required), query and header parameters (cookie parameters and the
 *   Accept / Content-Type / Authorization headers are dropped), merged with the JSON request
 *   body's properties into one `type: object` schema. A body that is not an object, or whose
 *   property names clash with a parameter, goes under a `body` property instead.
 * - returns: the JSON schema of the first 2xx response, else of `default`, else an empty object.
 * - Schemas: local `$ref`s resolved (also to parameters, requestBodies, responses), `allOf`
 *   merged, 3.0 `nullable` → type arrays, 3.0 `example` → `examples: [..]`, draft-4 boolean
 *   `exclusiveMinimum/Maximum` → numbers, `readOnly` properties left out of inputs and
 *   `writeOnly` ones out of `returns`, and keywords JSON Schema does not know (`xml`,
 *   `discriminator`, `externalDocs`, `x-*`, ...) dropped. A cyclic schema makes the operation
 *   skipped with the chain of pointers in the problem.
 * - origin: `openapi:<file basename>#<JSON pointer of the operation>`.
 */
import { LineCounter, parseDocument } from 'yaml';
import { cyclePointer } from '../../core/schema-bounds.js';
import type { ApiSpec } from '../types.js';
import { isObject } from './json.js';
import { basename, kebabCase } from './names.js';
import { FileClock, ImportBudgetError } from './limits.js';
import { convertOperation } from './openapi/operation.js';
import { Resolver } from './openapi/ref-resolver.js';
import { escapePointer, SkipError, sourcePointers } from './pointer.js';
import type { ImportIssue, ImportResult } from './types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Parse OpenAPI text (YAML or JSON). Errors carry line/col. */
export function parseOpenApiText(text: string): { doc: unknown } | { error: string } {
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    return { error: `invalid YAML: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    const msg = e.message.split('\n')[0];
    return { error: `invalid YAML at line ${pos.line}, col ${pos.col}: ${msg}` };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    return { error: `invalid YAML: ${err instanceof Error ? err.message : String(err)}` };
  }
  const cycle = cyclePointer(value);
  if (cycle !== undefined) return { error: `invalid YAML: an alias refers to the value it is part of (a cycle) at ${cycle}` };
  return { doc: value };
}

/** Import OpenAPI text: parse, then `importOpenApi`. An unparsable file is one skipped issue. */
export function importOpenApiText(text: string, file: string, clock = new FileClock()): ImportResult {
  const parsed = parseOpenApiText(text);
  if ('error' in parsed) return { apis: [], skipped: [{ file, pointer: '', problem: parsed.error }], warnings: [] };
  return importOpenApi(parsed.doc, file, clock);
}

/** The operations of a document's paths, counted without converting any. */
function countOperations(paths: Record<string, unknown>): number {
  let n = 0;
  for (const item of Object.values(paths)) if (isObject(item)) for (const m of METHODS) if (item[m] !== undefined) n++;
  return n;
}

/**
 * Import a parsed OpenAPI 3.x document. Over `limits.maxOperations`, or past its time budget,
 * the whole document is one skipped issue naming the limit (no partial import of a file).
 */
export function importOpenApi(doc: unknown, file: string, clock = new FileClock()): ImportResult {
  try {
    return importDocument(doc, file, clock);
  } catch (err) {
    if (!(err instanceof ImportBudgetError)) throw err;
    return { apis: [], skipped: [{ file, pointer: err.pointer, problem: err.message }], warnings: [] };
  }
}

function importDocument(doc: unknown, file: string, clock: FileClock): ImportResult {
  const { limits } = clock;
  const apis: ApiSpec[] = [];
  const skipped: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  if (!isObject(doc)) return { apis, skipped: [{ file, pointer: '', problem: 'not an OpenAPI document (not an object)' }], warnings };
  const ver = String(doc.openapi ?? '');
  if (!/^3\.[01]\b/.test(ver)) {
    const problem = doc.swagger !== undefined ? `Swagger ${String(doc.swagger)} is not supported (OpenAPI 3.0/3.1 only)` : `unsupported OpenAPI version '${ver}' (3.0/3.1 only)`;
    return { apis, skipped: [{ file, pointer: '/openapi', problem }], warnings };
  }
  const version: '3.0' | '3.1' = ver.startsWith('3.0') ? '3.0' : '3.1';
  if (!isObject(doc.paths)) {
    warnings.push({ file, pointer: '/paths', problem: 'document has no paths' });
    return { apis, skipped, warnings };
  }
  const info = isObject(doc.info) ? doc.info : {};
  const firstTag = Array.isArray(doc.tags) && isObject(doc.tags[0]) && typeof doc.tags[0].name === 'string' ? doc.tags[0].name : undefined;
  const domain =
    (firstTag !== undefined && kebabCase(firstTag)) || (typeof info.title === 'string' && kebabCase(info.title)) || 'imported';
  const operations = countOperations(doc.paths);
  if (operations > limits.maxOperations) {
    throw new ImportBudgetError('/paths', `${operations} operations, more than ${limits.maxOperations} in one file (limit: operations per file); split the document`);
  }
  const resolver = new Resolver(doc, clock);
  const b = basename(file);

  for (const [path, rawItem] of Object.entries(doc.paths)) {
    const itemPtr = `/paths/${escapePointer(path)}`;
    let item: unknown;
    try {
      item = resolver.deref(rawItem, itemPtr).value;
    } catch (err) {
      if (!(err instanceof SkipError)) throw err;
      skipped.push({ file, pointer: itemPtr, problem: err.message });
      continue;
    }
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const opPtr = `${itemPtr}/${method}`;
      clock.check(opPtr);
      if (!isObject(op)) {
        skipped.push({ file, pointer: opPtr, problem: 'operation is not an object' });
        continue;
      }
      try {
        const api = convertOperation({ resolver, version, file, origin: `openapi:${b}#${opPtr}`, path, method, item, itemPtr, op, opPtr, domain, warnings });
        apis.push(api);
        sourcePointers.set(api, opPtr);
      } catch (err) {
        if (!(err instanceof SkipError)) throw err;
        skipped.push({ file, pointer: opPtr, problem: err.message });
      }
    }
  }
  return { apis, skipped, warnings };
}
