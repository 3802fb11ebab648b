/**
 * What the dataset statistics need from one record, small enough to travel with it: the
 * worker that made the record computes its facts, so the statistics never parse a record
 * again (see shard-stats.ts).
 */
import type { CanonicalRecord } from '../core/record.js';

export interface RecordFacts {
  readonly split?: string;
  readonly category: string;
  readonly domains: readonly string[];
  /** Names of the tools offered. */
  readonly tools: readonly string[];
  readonly userTurns: number;
  readonly calls: number;
  readonly rationale: boolean;
}

export function recordShape(r: CanonicalRecord): { calls: number; userTurns: number; rationale: boolean } {
  let calls = 0;
  let userTurns = 0;
  let rationale = false;
  for (const m of r.messages ?? []) {
    if (m.role === 'user') userTurns++;
    if (m.role === 'assistant') {
      calls += m.tool_calls?.length ?? 0;
      if (m.reasoning) rationale = true;
    }
  }
  return { calls, userTurns, rationale };
}

export function recordFacts(r: CanonicalRecord): RecordFacts {
  return {
    ...(r.split !== undefined ? { split: r.split } : {}),
    category: r.meta?.category ?? 'unknown',
    domains: r.meta?.domains ?? [],
    tools: (r.tools ?? []).map((t) => t.function?.name ?? ''),
    ...recordShape(r),
  };
}
