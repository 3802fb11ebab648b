/** Finding the function docs in a parsed tool file, whatever its shape (see tool-file.ts), with their pointers and origins. */
import { isObject } from '../json.js';
import { basename } from '../names.js';
import type { ImportIssue } from '../types.js';

/** Where one doc sits in its file, for origin and issue pointers. */
export interface DocRef {
  doc: unknown;
  pointer: string;
  origin: string;
  /** Shown in problems: e.g. `(BFCL id simple_python_1, line 2)`. */
  where: string;
}

/** Collect every function doc of a parsed value (one JSON document or one JSONL line). */
export function collectDocs(value: unknown, base: string, file: string, where: string, out: DocRef[], issues: ImportIssue[]): void {
  const b = basename(file);
  const push = (doc: unknown, ptr: string, origin: string, w = where) => out.push({ doc, pointer: ptr, origin, where: w });
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (isObject(v) && (('question' in v && 'function' in v) || (typeof v.tools === 'string' && 'query' in v))) {
        collectDocs(v, `${base}/${i}`, file, where, out, issues);
      } else push(v, `${base}/${i}`, `tools:${b}#${base}/${i}`);
    });
    return;
  }
  if (!isObject(value)) {
    issues.push({ file, pointer: base, problem: `not a tool doc, tools list or BFCL question${where}` });
    return;
  }
  if ('function' in value && ('question' in value || 'id' in value) && value.type !== 'function') {
    // BFCL question line.
    const fns = Array.isArray(value.function) ? value.function : [value.function];
    const id = typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : undefined;
    const w = id === undefined ? where : ` (BFCL id ${id}${where ? `, ${where.replace(/^ \(|\)$/g, '')}` : ''})`;
    fns.forEach((f, i) => {
      const ptr = Array.isArray(value.function) ? `${base}/function/${i}` : `${base}/function`;
      const origin = id !== undefined ? `bfcl:${b}#${id}${Array.isArray(value.function) ? `/function/${i}` : ''}` : `bfcl:${b}#${ptr}`;
      push(f, ptr, origin, w);
    });
    return;
  }
  if ('tools' in value) {
    let tools = value.tools;
    if (typeof tools === 'string') {
      // xLAM: tools is a JSON string.
      try {
        tools = JSON.parse(tools);
      } catch (err) {
        issues.push({ file, pointer: `${base}/tools`, problem: `tools string is not JSON${where}: ${err instanceof Error ? err.message : err}` });
        return;
      }
      const arr = Array.isArray(tools) ? tools : [tools];
      arr.forEach((t, i) => push(t, `${base}/tools/${i}`, `tools:${b}#${base}/tools/${i}`));
      return;
    }
    if (!Array.isArray(tools)) {
      issues.push({ file, pointer: `${base}/tools`, problem: `tools is not an array${where}` });
      return;
    }
    tools.forEach((t, i) => push(t, `${base}/tools/${i}`, `tools:${b}#${base}/tools/${i}`));
    return;
  }
  push(value, base, `tools:${b}#${base}`);
}
