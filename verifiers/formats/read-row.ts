/** What a reader makes of one row, and the pieces every reader uses to make it. */
import type { CanonicalRecord } from '../../core/record.js';

export interface ReadRow {
  /** 1-based line (JSONL) or entry (JSON array) number. */
  readonly line: number;
  readonly record: CanonicalRecord;
  /** The format has no tool results or final answers (xLAM, BFCL). */
  readonly callOnly: boolean;
}

/** A row the reader cannot read; its message is the issue reported for the row. */
export class RowError extends Error {}

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function parseMaybeJson(v: unknown, what: string): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch (err) {
    throw new RowError(`${what} is a string that is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The record's meta: what the row's own `meta` gives (a canonical record has one), else defaults with `category`. */
export function recordMeta(row: Obj, category: string): CanonicalRecord['meta'] {
  const m = isObj(row.meta) ? row.meta : {};
  return {
    category: typeof m.category === 'string' ? m.category : category,
    domains: Array.isArray(m.domains) ? (m.domains as string[]) : [],
    difficulty: typeof m.difficulty === 'number' ? m.difficulty : 0,
    seed: typeof m.seed === 'number' ? m.seed : 0,
    verdict: { accepted: true, checks: [] },
    usage: { prompt_tokens: 0, completion_tokens: 0 },
  };
}

export const argsString = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v ?? {}));

export function idOf(row: Obj, line: number): string {
  return typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `line-${line}`;
}

export function categoryOf(row: Obj): string {
  return typeof row.category === 'string' ? row.category : 'unknown';
}
