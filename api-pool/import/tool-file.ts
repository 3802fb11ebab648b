/**
 * Importer for tool files: function docs in the OpenAI `tools` shape, bare function objects,
 * BFCL question files and xLAM rows, turned into ApiSpec seeds.
 *
 * Accepted shapes (JSON, or JSONL with one of these per line):
 * - `[{type: 'function', function: {name, description, parameters}}, ...]` or `{tools: [...]}`;
 * - bare function objects `{name, description, parameters}` (alone or in an array);
 * - BFCL question lines `{id, question, function: [docs]}`: every doc in `function` is imported;
 * - xLAM rows `{query, tools: "<JSON string of docs>", answers}` and xLAM-style `parameters`
 *   given as a map `{param: {type, description, default}}` instead of a JSON Schema.
 *
 * Types are converted by tool-file/python-schema.ts and names mapped by names.ts (both say how).
 */
import { schemaBoundsProblem } from '../../core/schema-bounds.js';
import type { ApiSpec } from '../types.js';
import { isObject, jsonErrorMessage, stableStringify, type Json } from './json.js';
import { FileClock } from './limits.js';
import { kebabCase, toToolName } from './names.js';
import { SkipError, sourcePointers } from './pointer.js';
import { collectDocs, type DocRef } from './tool-file/collect-docs.js';
import { convertParameters, convertPythonSchema } from './tool-file/python-schema.js';
import type { ImportIssue, ImportResult, Note } from './types.js';

// The verifiers read tool docs in BFCL/xLAM files the way this importer does.

/** Convert one function doc. */
function convertDoc(ref: DocRef, file: string, warnings: ImportIssue[]): { api?: ApiSpec; issue?: ImportIssue } {
  let fn = ref.doc;
  let ptr = ref.pointer;
  const where = ref.where;
  if (isObject(fn) && fn.type === 'function' && isObject(fn.function)) {
    fn = fn.function;
    ptr = `${ptr}/function`;
  }
  if (!isObject(fn)) return { issue: { file, pointer: ref.pointer, problem: `function doc is not an object${where}` } };
  if (typeof fn.name !== 'string' || fn.name.trim() === '') {
    return { issue: { file, pointer: `${ptr}/name`, problem: `function doc has no name${where}` } };
  }
  const sourceName = fn.name;
  try {
    const notes: Note[] = [];
    const parameters = convertParameters(fn.parameters, `${ptr}/parameters`, notes);
    let returns: Json = { type: 'object', properties: {} };
    for (const key of ['returns', 'response', 'output_schema']) {
      if (isObject(fn[key])) {
        returns = convertPythonSchema(fn[key], `${ptr}/${key}`, notes);
        break;
      }
    }
    const name = toToolName(sourceName);
    const domain = typeof fn.domain === 'string' && kebabCase(fn.domain) !== '' ? kebabCase(fn.domain) : 'imported';
    const subdomain =
      typeof fn.subdomain === 'string' && kebabCase(fn.subdomain) !== ''
        ? kebabCase(fn.subdomain)
        : sourceName.includes('.') && kebabCase(sourceName.slice(0, sourceName.lastIndexOf('.'))) !== ''
          ? kebabCase(sourceName.slice(0, sourceName.lastIndexOf('.')))
          : undefined;
    const api: ApiSpec = {
      name,
      domain,
      ...(subdomain === undefined ? {} : { subdomain }),
      description: typeof fn.description === 'string' ? fn.description.trim() : '',
      parameters,
      returns,
      origin: ref.origin,
      ...(name === sourceName ? {} : { sourceName }),
    };
    for (const n of notes) warnings.push({ file, pointer: n.pointer, problem: `${sourceName}: ${n.problem}${where}` });
    return { api };
  } catch (err) {
    if (err instanceof SkipError) {
      return { issue: { file, pointer: err.pointer, problem: `${sourceName}: ${err.message}${where}` } };
    }
    throw err;
  }
}

/**
 * Import the function docs of a parsed tool file. Identical docs (same name and same JSON)
 * are imported once; a bad doc is skipped with its pointer and the others go on.
 */
export function importToolValues(
  values: readonly { value: unknown; base: string; where: string }[],
  file: string,
  clock = new FileClock(),
): ImportResult {
  const docs: DocRef[] = [];
  const skipped: ImportIssue[] = [];
  for (const { value, base, where } of values) collectDocs(value, base, file, where, docs, skipped);
  const seen = new Set<string>();
  const apis: ApiSpec[] = [];
  const warnings: ImportIssue[] = [];
  for (const ref of docs) {
    clock.check(ref.pointer);
    const inner = isObject(ref.doc) && ref.doc.type === 'function' && isObject(ref.doc.function) ? ref.doc.function : ref.doc;
    // Before anything recursive reads it (stringify, conversion, validation).
    const tooBig = schemaBoundsProblem(inner, clock.limits);
    if (tooBig !== undefined) {
      const name = isObject(inner) && typeof inner.name === 'string' ? `${inner.name}: ` : '';
      skipped.push({ file, pointer: ref.pointer, problem: `${name}function doc ${tooBig}${ref.where}` });
      continue;
    }
    const key = `${isObject(inner) ? String(inner.name) : ''}\u0000${stableStringify(inner)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = convertDoc(ref, file, warnings);
    if (r.api) {
      apis.push(r.api);
      sourcePointers.set(r.api, ref.pointer);
    }
    if (r.issue) skipped.push(r.issue);
  }
  return { apis, skipped, warnings };
}

/** Import a tool file's text: one JSON document, or JSONL (one value per line). */
export function importToolText(text: string, file: string, clock = new FileClock()): ImportResult {
  try {
    const value: unknown = JSON.parse(text);
    return importToolValues([{ value, base: '', where: '' }], file, clock);
  } catch (err) {
    const lines = text.split(/\r?\n/);
    const firstIdx = lines.findIndex((l) => l.trim() !== '');
    let jsonl = false;
    if (firstIdx >= 0 && lines.slice(firstIdx + 1).some((l) => l.trim() !== '')) {
      try {
        JSON.parse(lines[firstIdx]);
        jsonl = true;
      } catch {
        jsonl = false;
      }
    }
    if (!jsonl) return { apis: [], skipped: [{ file, pointer: '', problem: jsonErrorMessage(text, err) }], warnings: [] };
    // JSONL: pointer `/<line index>` (0-based, as if the lines were an array); problems name the 1-based line.
    const values: { value: unknown; base: string; where: string }[] = [];
    const bad: ImportIssue[] = [];
    lines.forEach((l, i) => {
      if (l.trim() === '') return;
      try {
        values.push({ value: JSON.parse(l), base: `/${i}`, where: ` (line ${i + 1})` });
      } catch (e) {
        bad.push({ file, pointer: `/${i}`, problem: `line ${i + 1}: ${jsonErrorMessage(l, e)}` });
      }
    });
    const r = importToolValues(values, file, clock);
    return { apis: r.apis, skipped: [...bad, ...r.skipped], warnings: r.warnings };
  }
}
