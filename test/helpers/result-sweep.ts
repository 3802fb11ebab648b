/**
 * A sweep of the offline tool agent over a pool: every API called `draws` times with arguments
 * drawn as the planner draws them (each optional argument with a rate of its own, in a world of
 * the call's own), each result audited (result-audit.ts). Returns, per defect class, how many
 * calls it applied to and how many broke it, with a few examples.
 */
import type { ApiSpec, ToolPool } from '../../api-pool/types.js';
import { CATEGORIES } from '../../core/plan.js';
import type { CanonicalRecord } from '../../core/record.js';
import { Rng, itemSeed } from '../../core/rng.js';
import { heldOutTools, planItem, simulateOffline } from '../../pipeline/generate.js';
import { offlineToolResult } from '../../pipeline/agents/tool/offline.js';
import { generateObject } from '../../pipeline/values/values.js';
import { drawWorld } from '../../pipeline/world/world.js';
import { auditResult, type DefectClass } from './result-audit.js';
import { validator } from './schema.js';

export interface SweepRow {
  readonly applies: number;
  readonly broken: number;
  readonly examples: string[];
}
export type Sweep = Record<DefectClass | 'any' | 'schema', SweepRow>;

type Rows = Record<string, { applies: number; broken: number; examples: string[] }>;
const rowOf = (rows: Rows, c: string): { applies: number; broken: number; examples: string[] } => (rows[c] ??= { applies: 0, broken: 0, examples: [] });

function tally(rows: Rows, name: string, audit: ReturnType<typeof auditResult>): void {
  rowOf(rows, 'any').applies++;
  if (audit.defects.size > 0) rowOf(rows, 'any').broken++;
  for (const c of audit.applies) {
    const r = rowOf(rows, c);
    r.applies++;
    const why = audit.defects.get(c);
    if (why === undefined) continue;
    r.broken++;
    if (r.examples.length < 12) r.examples.push(`${name}: ${why}`);
  }
}

export function sweepPool(apis: readonly ApiSpec[], draws: number, seed = 1): Sweep {
  const rows: Rows = {};
  let n = 0;
  for (const api of apis) {
    for (let d = 0; d < draws; d++) {
      const s = itemSeed(seed, n++);
      const world = drawWorld(s);
      const rng = new Rng(s);
      const args = generateObject(api.parameters, rng, { optionalRate: 0.2 + 0.6 * rng.next(), world, api });
      const result = offlineToolResult(api, args, world);
      tally(rows, api.name, auditResult(api, args, world, result));
      // Every result stays valid against the API's returns schema.
      const r = rowOf(rows, 'schema');
      r.applies++;
      if (!validator(api.returns)(result)) {
        r.broken++;
        if (r.examples.length < 12) r.examples.push(`${api.name}: ${JSON.stringify(validator(api.returns).errors?.[0])}`);
      }
    }
  }
  for (const c of ['echo', 'filter', 'created', 'count', 'dates']) rowOf(rows, c);
  return rows as Sweep;
}

/** The tool results of `count` records made as a job makes them (planner, offline dialogue; categories in turn), each audited against its call. */
export function sweepRecords(pool: ToolPool, count: number, seed = 42): Sweep {
  const rows: Rows = {};
  const heldOut = heldOutTools(pool, 0.1, seed);
  for (let idx = 0; idx < count; idx++) {
    const plan = planItem(idx, itemSeed(seed, idx), CATEGORIES[idx % CATEGORIES.length], pool, { split: 'train', heldOut, distractors: 3 });
    const record: CanonicalRecord = simulateOffline(plan, pool, { id: `r-${idx}`, split: 'train', noiseRate: 0 });
    const calls = new Map<string, { name: string; args: Record<string, unknown> }>();
    for (const m of record.messages) {
      if (m.role === 'assistant' && m.tool_calls) for (const c of m.tool_calls) calls.set(c.id, { name: c.function.name, args: JSON.parse(c.function.arguments) as Record<string, unknown> });
      if (m.role !== 'tool') continue;
      const call = calls.get(m.tool_call_id);
      const api = call && pool.byName.get(call.name);
      if (call && api) tally(rows, api.name, auditResult(api, call.args, plan.world, JSON.parse(m.content as string) as unknown));
    }
  }
  for (const c of ['echo', 'filter', 'created', 'count', 'dates']) rowOf(rows, c);
  return rows as Sweep;
}

/** The sweep as a table: class, calls it applies to, broken, share. */
export function formatSweep(title: string, s: Sweep): string {
  const lines = [`${title}`, '| class | calls it applies to | broken | share |', '| --- | ---: | ---: | ---: |'];
  for (const [c, r] of Object.entries(s)) lines.push(`| ${c} | ${r.applies} | ${r.broken} | ${r.applies ? ((100 * r.broken) / r.applies).toFixed(1) : '0.0'}% |`);
  return lines.join('\n');
}
