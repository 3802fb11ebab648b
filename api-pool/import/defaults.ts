/**
 * What an imported `default` means, one rule for every type and every source (tool files,
 * BFCL/xLAM docs, OpenAPI, and the dataset readers of `toolforge verify`, which convert tool
 * docs the same way):
 * - `null` (and, for a type that is not a string, the text "None"/"null") is Python's
 *   `Optional[T] = None`: no value unless one is given. It is dropped, whatever the type (the
 *   parameter is simply optional), unless the type admits null. The validator accepts a null
 *   default left on an optional parameter, so data that keeps it is not rejected either.
 * - A default written the Python way as text is read as the value it names: "false" for a
 *   boolean, "10" for an integer, and for an array a JSON list ("[1, 2]"), a comma-separated
 *   list ("timing, attractions": each part must be an allowed item) or "all" over an enum of
 *   items (every allowed item). Anything else is left as it is, for the validator to report as
 *   a default that is not a value of its schema.
 */
import { isObject, type Json } from './json.js';
import type { Note } from './types.js';

const PYTHON_NONE = /^(none|null)$/i;
const ALL = /^(all|any|every|everything|both)$/i;

function typesOf(s: Json): string[] {
  return Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
}

/** Whether a default means "no value": null, or Python's None written as text for a type that is not a string. */
export function meansNoDefault(s: Json): boolean {
  const d = s.default;
  const types = typesOf(s);
  if (types.includes('null') || types.length === 0) return false;
  return d === null || (typeof d === 'string' && PYTHON_NONE.test(d.trim()) && !types.includes('string'));
}

/** One item of a list written as text, as a value of the items' schema, or undefined when it is not one. */
function itemOf(text: string, items: Json | undefined): unknown {
  const t = text.trim().replace(/^(['"])(.*)\1$/, '$2');
  if (t === '') return undefined;
  const types = items ? typesOf(items) : [];
  let v: unknown = t;
  if (types.includes('integer') || types.includes('number')) {
    const n = Number(t);
    if (!Number.isFinite(n) || (types.includes('integer') && !types.includes('number') && !Number.isInteger(n))) return undefined;
    v = n;
  } else if (types.length > 0 && !types.includes('string')) return undefined;
  const en = items?.enum;
  if (Array.isArray(en) && !en.includes(v)) return undefined;
  return v;
}

/** The list a text default of an array stands for, or undefined when it stands for none. */
function listOf(text: string, items: Json | undefined): unknown[] | undefined {
  const t = text.trim();
  if (t === '') return [];
  if (t.startsWith('[')) {
    try {
      const v = JSON.parse(t) as unknown;
      if (Array.isArray(v)) return v;
    } catch {
      /* a list written the Python way: read as parts below */
    }
  }
  const en = items?.enum;
  if (ALL.test(t) && Array.isArray(en)) return [...en];
  const parts = t.replace(/^\[|\]$/g, '').split(/\s*[,;]\s*/);
  const out: unknown[] = [];
  for (const p of parts) {
    const v = itemOf(p, items);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/** The typed value a text default names for a schema of `types`, or the text itself. */
function typedOf(d: string, s: Json, types: readonly string[]): unknown {
  if (types.includes('string')) return d;
  if (types.includes('boolean') && /^(true|false)$/i.test(d.trim())) return d.trim().toLowerCase() === 'true';
  if (types.includes('integer') && /^-?\d+$/.test(d.trim())) return Number(d);
  if (types.includes('number') && d.trim() !== '' && Number.isFinite(Number(d))) return Number(d);
  if (types.includes('array')) return listOf(d, isObject(s.items) ? s.items : undefined) ?? d;
  return d;
}

/**
 * Apply the rule to the `default` of one schema (in place): drop a default that means no value,
 * read a text default as the value it names. Each change is noted at `pointer`/default.
 */
export function normaliseDefault(s: Json, pointer: string, notes: Note[] | undefined): void {
  if (!('default' in s)) return;
  const d = s.default;
  if (meansNoDefault(s)) {
    delete s.default;
    notes?.push({ pointer: `${pointer}/default`, problem: `default ${JSON.stringify(d)} (Python None: no value unless given) dropped` });
    return;
  }
  if (typeof d !== 'string') return;
  const fixed = typedOf(d, s, typesOf(s));
  if (fixed !== d) {
    s.default = fixed;
    notes?.push({ pointer: `${pointer}/default`, problem: `default ${JSON.stringify(d)} converted to ${JSON.stringify(fixed)}` });
  }
}
