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

/**
 * The record's meta: what the row's own `meta` gives (a toolforge row has one, with its plan as
 * JSON text, which the grounding rule reads), else defaults with `category`.
 */
export function recordMeta(row: Obj, category: string): CanonicalRecord['meta'] {
  const m = isObj(row.meta) ? row.meta : {};
  let plan: unknown = m.plan;
  if (typeof plan === 'string') {
    try {
      plan = JSON.parse(plan) as unknown;
    } catch {
      throw new RowError('meta.plan is a string that is not JSON');
    }
  }
  return {
    category: typeof m.category === 'string' ? m.category : category,
    domains: Array.isArray(m.domains) ? (m.domains as string[]) : [],
    difficulty: typeof m.difficulty === 'number' ? m.difficulty : 0,
    seed: typeof m.seed === 'number' ? m.seed : 0,
    verdict: { accepted: true, checks: [] },
    usage: { prompt_tokens: 0, completion_tokens: 0 },
    ...(typeof m.turns === 'number' ? { turns: m.turns } : {}),
    ...(isObj(plan) ? { plan: plan as unknown as NonNullable<CanonicalRecord['meta']['plan']> } : {}),
  };
}

/**
 * A message's text: a string as it is; a list of content parts (OpenAI and Hugging Face
 * multimodal form) as its text parts joined; null or absent as null.
 */
export function textOf(content: unknown, where: string): string | null {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return null;
  if (Array.isArray(content)) {
    const parts = content.map((p, i) => {
      if (typeof p === 'string') return p;
      if (isObj(p) && typeof p.text === 'string') return p.text;
      throw new RowError(`${where}: content part ${i} has no text`);
    });
    return parts.join('');
  }
  throw new RowError(`${where}: content is neither text nor a list of parts`);
}

export const argsString = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v ?? {}));

export function idOf(row: Obj, line: number): string {
  return typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `line-${line}`;
}

export function categoryOf(row: Obj): string {
  return typeof row.category === 'string' ? row.category : 'unknown';
}
