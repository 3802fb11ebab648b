/**
 * A result's appointments, meetings and events end the same day they start, after the result
 * rules have set their starts (the slot asked for, the item's clock): siblings.ts agreeSpan on
 * every object of the result, read with the tool's name and the object's key.
 */
import { agreeSpan } from '../../values/siblings.js';
import type { Schema } from '../../values/values.js';

type Obj = Record<string, unknown>;

/** `args`: the call's arguments; a top-level field that echoes one (changes.end) stays as the call set it. */
export function alignSpans(result: Obj, returns: Schema, tool: string, args?: Readonly<Obj>, key = '', depth = 0): void {
  const fixed = args ? new Set(Object.keys(result).filter((k) => sentAs(args, k, result[k]))) : undefined;
  agreeSpan(result, returns, `${tool} ${key}`, true, fixed);
  if (depth > 4) return;
  const props = (returns.properties ?? {}) as Record<string, Schema>;
  for (const k in result) {
    const v = result[k];
    const s = props[k];
    if (!s || v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      const items = s.items as Schema | undefined;
      if (items?.properties) for (const it of v) if (it && typeof it === 'object' && !Array.isArray(it)) alignSpans(it as Obj, items, tool, undefined, k, depth + 1);
    } else if (s.properties) alignSpans(v as Obj, s, tool, undefined, k, depth + 1);
  }
}

/** Whether the call sent `v` as `k`: at its top level or in an object grouping changes (changes.end). */
function sentAs(args: Readonly<Obj>, k: string, v: unknown): boolean {
  if (args[k] === v) return true;
  for (const x in args) {
    const o = args[x];
    if (o !== null && typeof o === 'object' && !Array.isArray(o) && (o as Obj)[k] === v) return true;
  }
  return false;
}
