/**
 * What the checkpoint reports (status, the dataset card, the report page): read-only queries over
 * the items, run on demand.
 */
import type Database from 'better-sqlite3';
import { ITEM_STATUSES, type ItemStatus } from '../../core/plan.js';
import { layerOf } from '../../verifiers/rule-ids.js';
import type { DeviationReport } from '../../output/job-view.js';
import { hasColumn } from './checkpoint-schema.js';

export function countsByStatus(db: Database.Database): Record<ItemStatus, number> {
  const counts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  for (const row of db.prepare('SELECT status, count(*) AS n FROM items GROUP BY status').all() as {
    status: ItemStatus;
    n: number;
  }[]) {
    counts[row.status] = row.n;
  }
  return counts;
}

export function countsByCategory(db: Database.Database): Record<string, Partial<Record<ItemStatus, number>>> {
  const out: Record<string, Partial<Record<ItemStatus, number>>> = {};
  for (const row of db
    .prepare('SELECT category, status, count(*) AS n FROM items GROUP BY category, status ORDER BY category')
    .all() as { category: string; status: ItemStatus; n: number }[]) {
    (out[row.category] ??= {})[row.status] = row.n;
  }
  return out;
}

export function countsBySplit(db: Database.Database): Record<string, Partial<Record<ItemStatus, number>>> {
  const out: Record<string, Partial<Record<ItemStatus, number>>> = {};
  for (const row of db
    .prepare('SELECT split, status, count(*) AS n FROM items GROUP BY split, status ORDER BY split DESC')
    .all() as { split: string; status: ItemStatus; n: number }[]) {
    (out[row.split] ??= {})[row.status] = row.n;
  }
  return out;
}

/** The rules rejected items failed, most frequent first: items per rule (an item may fail several). */
export function topRejections(db: Database.Database, limit: number): { rule: string; count: number; example: string }[] {
  return db
    .prepare(
      `SELECT c.value ->> '$.rule' AS rule, count(DISTINCT items.idx) AS count, min(c.value ->> '$.message') AS example
       FROM items, json_each(items.checks) AS c
       WHERE items.status = 'rejected' AND items.checks IS NOT NULL
       GROUP BY rule ORDER BY count DESC, rule LIMIT ?`,
    )
    .all(limit) as { rule: string; count: number; example: string }[];
}

/** Rejected items per verification layer, each counted once per layer (by the layer its checks record, else their rule's). */
export function rejectedByLayer(db: Database.Database): Record<'rules' | 'judges', number> {
  const rows = db
    .prepare(
      `SELECT DISTINCT items.idx AS idx, c.value ->> '$.rule' AS rule, c.value ->> '$.layer' AS layer
       FROM items, json_each(items.checks) AS c WHERE items.status = 'rejected' AND items.checks IS NOT NULL`,
    )
    .all() as { idx: number; rule: string; layer: string | null }[];
  const seen = { rules: new Set<number>(), judges: new Set<number>() };
  for (const r of rows) seen[r.layer === 'judges' || (r.layer === null && layerOf(r.rule) === 'judges') ? 'judges' : 'rules'].add(r.idx);
  return { rules: seen.rules.size, judges: seen.judges.size };
}

/** Failed items with their last errors. */
export function failures(db: Database.Database, limit: number): { idx: number; attempts: number; error: string }[] {
  return db
    .prepare("SELECT idx, attempts, last_error AS error FROM items WHERE status = 'failed' ORDER BY idx LIMIT ?")
    .all(limit) as { idx: number; attempts: number; error: string }[];
}

/** Tokens and dollars spent on the items of the job (surplus items leave with their rows). */
export function usage(db: Database.Database): { promptTokens: number; completionTokens: number; costUsd: number } {
  return db
    .prepare(
      'SELECT coalesce(sum(prompt_tokens),0) AS promptTokens, coalesce(sum(completion_tokens),0) AS completionTokens, coalesce(sum(cost_usd),0) AS costUsd FROM items',
    )
    .get() as { promptTokens: number; completionTokens: number; costUsd: number };
}

/**
 * How the LLM backend's assistant steps deviated from the plan, summed over the resolved items
 * (pipeline/backends/deviation-tally.ts); undefined when no item records it (offline jobs).
 */
export function deviations(db: Database.Database): DeviationReport | undefined {
  if (!hasColumn(db, 'items', 'deviations')) return undefined;
  const totals = db
    .prepare(
      `SELECT count(*) AS items, coalesce(sum(deviations ->> '$.steps'), 0) AS steps, coalesce(sum(deviations ->> '$.samples'), 0) AS samples,
         count(*) FILTER (WHERE deviations ->> '$.byClass' != '{}') AS itemsDeviated
       FROM items WHERE deviations IS NOT NULL`,
    )
    .get() as { items: number; steps: number; samples: number; itemsDeviated: number };
  if (totals.items === 0) return undefined;
  const byClass: Record<string, Record<string, number>> = {};
  const rows = db
    .prepare(
      `SELECT c.key AS class, h.key AS handling, sum(h.value) AS n
       FROM items, json_each(items.deviations, '$.byClass') AS c, json_each(c.value) AS h
       WHERE items.deviations IS NOT NULL GROUP BY c.key, h.key ORDER BY c.key, h.key`,
    )
    .all() as { class: string; handling: string; n: number }[];
  for (const r of rows) (byClass[r.class] ??= {})[r.handling] = r.n;
  return { ...totals, byClass };
}
