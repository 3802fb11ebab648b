/**
 * api-pool/import: turn real API descriptions (OpenAPI 3.x, tool JSON, BFCL/xLAM docs) into
 * ApiSpec seeds.
 *
 * `importFile` / `importFiles` never throw: a file that cannot be read or parsed is one
 * skipped issue (pointer ''), a bad operation or tool is skipped with its JSON pointer and the
 * others go on. Every imported API is checked with `validateApi`; the invalid ones go to
 * `skipped`. Identical APIs (same source name and same converted schemas, e.g. one BFCL doc
 * repeated over many questions) are kept once. Names are made unique over everything imported
 * in one call: names valid in the source keep them first, then mapped names (`math.factorial`
 * → `math_factorial`) are given, a clash getting `_2`, `_3`, ...; whenever the name differs
 * from the source, `sourceName` holds the original.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { schemaBoundsProblem } from '../../core/schema-bounds.js';
import { decodeUtf8 } from '../../core/utf8.js';
import type { ApiSpec } from '../types.js';
import { validateApi } from '../validate.js';
import { isObject, jsonErrorMessage, stableStringify } from './json.js';
import { FileClock, IMPORT_LIMITS, ImportBudgetError, type ImportLimits } from './limits.js';
import { importOpenApi, parseOpenApiText } from './openapi.js';
import { sourcePointers } from './pointer.js';
import { importToolText, importToolValues } from './tool-file.js';
import type { ImportIssue, ImportResult } from './types.js';

export { TOOL_NAME_RE, toToolName } from './names.js';
export { importOpenApi, importOpenApiText, parseOpenApiText } from './openapi.js';
export { importToolText } from './tool-file.js';
export type { ImportIssue, ImportResult } from './types.js';
export { IMPORT_LIMITS, type ImportLimits } from './limits.js';

/** The file's bytes, refused before reading when over `maxFileBytes` (a stray multi-GB file must not fill memory). */
function readBounded(path: string, limits: ImportLimits): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > limits.maxFileBytes) {
      throw new ImportBudgetError('', `file of ${size} bytes, larger than ${limits.maxFileBytes} (limit: file size)`);
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Convert one file without validation, dedupe or naming (what importFiles builds on), within its limits. */
function convertFile(path: string, limits: ImportLimits): ImportResult {
  const clock = new FileClock(limits);
  try {
    const r = convertText(path, clock);
    // Tool files are counted once converted (their docs are cheap to convert; validation is not).
    if (r.apis.length > limits.maxOperations) {
      throw new ImportBudgetError('', `${r.apis.length} tools, more than ${limits.maxOperations} in one file (limit: operations per file); split the file`);
    }
    return r;
  } catch (err) {
    if (!(err instanceof ImportBudgetError)) throw err;
    return { apis: [], skipped: [{ file: path, pointer: err.pointer, problem: err.message }], warnings: [] };
  }
}

function convertText(path: string, clock: FileClock): ImportResult {
  let bytes: Buffer;
  try {
    bytes = readBounded(path, clock.limits);
  } catch (err) {
    if (err instanceof ImportBudgetError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    return { apis: [], skipped: [{ file: path, pointer: '', problem: `cannot read file${code ? ` (${code})` : ''}: ${err instanceof Error ? err.message : String(err)}` }], warnings: [] };
  }
  // Bytes that are not UTF-8 (a Latin-1 export) would import as mangled names and descriptions.
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (err) {
    return { apis: [], skipped: [{ file: path, pointer: '', problem: `cannot read file: ${err instanceof Error ? err.message : String(err)}` }], warnings: [] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    if (text.trim() === '') return { apis: [], skipped: [{ file: path, pointer: '', problem: 'empty file' }], warnings: [] };
    let value: unknown;
    let parsed = false;
    try {
      value = JSON.parse(text);
      parsed = true;
    } catch (err) {
      // JSONL (tool files, BFCL) when the first non-empty line is JSON on its own.
      const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
      let firstIsJson = false;
      try {
        JSON.parse(first);
        firstIsJson = true;
      } catch {
        /* not JSONL */
      }
      if (firstIsJson) return importToolText(text, path, clock);
      if (/\.json$/i.test(path) || /^\s*[[{]/.test(text)) {
        // JSON that does not parse: YAML would swallow some of it, so say what JSON says.
        // (An OpenAPI document written in YAML flow style is still tried as YAML.)
        if (!/["']?(openapi|swagger)["']?\s*:/.test(text.slice(0, 2000))) {
          return { apis: [], skipped: [{ file: path, pointer: '', problem: jsonErrorMessage(text, err) }], warnings: [] };
        }
      }
    }
    if (parsed) {
      if (isObject(value) && ('openapi' in value || 'swagger' in value)) return importOpenApi(value, path, clock);
      return importToolValues([{ value, base: '', where: '' }], path, clock);
    }
    // YAML (OpenAPI, or a tool list written in YAML); parse errors carry line/col.
    const yaml = parseOpenApiText(text);
    if ('error' in yaml) return { apis: [], skipped: [{ file: path, pointer: '', problem: yaml.error }], warnings: [] };
    if (isObject(yaml.doc) && ('openapi' in yaml.doc || 'swagger' in yaml.doc)) return importOpenApi(yaml.doc, path, clock);
    return importToolValues([{ value: yaml.doc, base: '', where: '' }], path, clock);
  } catch (err) {
    if (err instanceof ImportBudgetError) throw err;
    // Converters report problems as issues; this is the last guard of "never throws".
    return { apis: [], skipped: [{ file: path, pointer: '', problem: `import failed: ${err instanceof Error ? err.message : String(err)}` }], warnings: [] };
  }
}

function pointerOf(api: ApiSpec): string {
  const known = sourcePointers.get(api);
  if (known !== undefined) return known;
  const i = api.origin.indexOf('#');
  const frag = i < 0 ? '' : api.origin.slice(i + 1);
  return frag.startsWith('/') ? frag : '';
}

function fileOf(api: ApiSpec, files: Map<ApiSpec, string>): string {
  return files.get(api) ?? '';
}

/** Import one file (OpenAPI when it has an `openapi` key, else tools/BFCL); see importFiles. */
export function importFile(path: string, limits: ImportLimits = IMPORT_LIMITS): ImportResult {
  return importFiles([path], limits);
}

/**
 * Import several files into one list of valid, uniquely named APIs. Never throws; a file over
 * one of `limits` (size, operations, time) is one skipped issue naming the limit.
 */
export function importFiles(paths: readonly string[], limits: ImportLimits = IMPORT_LIMITS): ImportResult {
  const skipped: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const candidates: ApiSpec[] = [];
  const fileOfApi = new Map<ApiSpec, string>();
  for (const path of paths) {
    const r = convertFile(path, limits);
    skipped.push(...r.skipped);
    warnings.push(...r.warnings);
    for (const api of r.apis) {
      candidates.push(api);
      fileOfApi.set(api, path);
    }
  }

  // Validate (bounds first: validation recurses into the schemas).
  const valid: ApiSpec[] = [];
  for (const api of candidates) {
    let problems: { pointer: string; problem: string }[];
    const tooBig = (['parameters', 'returns'] as const)
      .map((k) => ({ k, p: schemaBoundsProblem(api[k], limits) }))
      .find((x) => x.p !== undefined);
    try {
      problems = tooBig ? [{ pointer: `/${tooBig.k}`, problem: tooBig.p as string }] : validateApi(api);
    } catch (err) {
      problems = [{ pointer: '', problem: `validateApi threw: ${err instanceof Error ? err.message : String(err)}` }];
    }
    if (problems.length === 0) valid.push(api);
    else {
      skipped.push({
        file: fileOf(api, fileOfApi),
        pointer: pointerOf(api),
        problem: `invalid after conversion (${api.sourceName ?? api.name}): ${problems.map((p) => `${p.pointer || '/'} ${p.problem}`).join('; ')}`,
      });
    }
  }

  // Dedupe identical APIs (same source name and content; origins may differ).
  const seen = new Set<string>();
  const distinct: ApiSpec[] = [];
  for (const api of valid) {
    const key = stableStringify({
      n: api.sourceName ?? api.name,
      d: api.description,
      dom: api.domain,
      sub: api.subdomain,
      p: api.parameters,
      r: api.returns,
    });
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(api);
  }

  // Unique names: source-valid names first, then mapped ones; clashes get `_2`, `_3`, ...
  const taken = new Map<string, ApiSpec>();
  const finalName = new Map<ApiSpec, string>();
  const withSuffix = (base: string): string => {
    for (let n = 2; ; n++) {
      const suffix = `_${n}`;
      const cand = `${base.slice(0, 64 - suffix.length)}${suffix}`;
      if (!taken.has(cand)) return cand;
    }
  };
  for (const pass of [false, true]) {
    for (const api of distinct) {
      if ((api.sourceName !== undefined) !== pass) continue;
      let name = api.name;
      const other = taken.get(name);
      if (other) {
        name = withSuffix(api.name);
        warnings.push({
          file: fileOf(api, fileOfApi),
          pointer: pointerOf(api),
          problem: `name '${api.name}' (from '${api.sourceName ?? api.name}') already used by ${other.origin}; imported as '${name}'`,
        });
      }
      taken.set(name, api);
      finalName.set(api, name);
    }
  }
  const apis = distinct.map((api): ApiSpec => {
    const name = finalName.get(api) as string;
    if (name === api.name) return api;
    return { ...api, name, sourceName: api.sourceName ?? api.name };
  });
  return { apis, skipped, warnings };
}
