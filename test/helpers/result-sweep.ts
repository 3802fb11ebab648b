/**
 * A sweep of the offline tool agent over a pool: every API called `draws` times with arguments
 * drawn as the planner draws them (each optional argument with a rate of its own, in a world of
 * the call's own), each result audited (result-audit.ts). Returns, per defect class, how many
 * calls it applied to and how many broke it, with a few examples.
 */
import type { ApiSpec } from '../../api-pool/types.js';
import { Rng, itemSeed } from '../../core/rng.js';
import { offlineToolResult } from '../../pipeline/agents/tool/offline.js';
import { generateObject } from '../../pipeline/values/values.js';
import { drawWorld } from '../../pipeline/world/world.js';
import { auditResult, type DefectClass } from './result-audit.js';

export interface SweepRow {
  readonly applies: number;
  readonly broken: number;
  readonly examples: string[];
}
export type Sweep = Record<DefectClass | 'any', SweepRow>;

export function sweepPool(apis: readonly ApiSpec[], draws: number, seed = 1): Sweep {
  const rows = {} as Record<string, { applies: number; broken: number; examples: string[] }>;
  const row = (c: string): { applies: number; broken: number; examples: string[] } => (rows[c] ??= { applies: 0, broken: 0, examples: [] });
  let n = 0;
  for (const api of apis) {
    for (let d = 0; d < draws; d++) {
      const s = itemSeed(seed, n++);
      const world = drawWorld(s);
      const rng = new Rng(s);
      const args = generateObject(api.parameters, rng, { optionalRate: 0.2 + 0.6 * rng.next(), world, api });
      const audit = auditResult(api, args, world, offlineToolResult(api, args, world));
      row('any').applies++;
      if (audit.defects.size > 0) row('any').broken++;
      for (const c of audit.applies) {
        const r = row(c);
        r.applies++;
        const why = audit.defects.get(c);
        if (why === undefined) continue;
        r.broken++;
        if (r.examples.length < 12) r.examples.push(`${api.name}: ${why}`);
      }
    }
  }
  for (const c of ['echo', 'filter', 'created', 'count', 'dates']) row(c);
  return rows as Sweep;
}

/** The sweep as a table: class, calls it applies to, broken, share. */
export function formatSweep(title: string, s: Sweep): string {
  const lines = [`${title}`, '| class | calls it applies to | broken | share |', '| --- | ---: | ---: | ---: |'];
  for (const [c, r] of Object.entries(s)) lines.push(`| ${c} | ${r.applies} | ${r.broken} | ${r.applies ? ((100 * r.broken) / r.applies).toFixed(1) : '0.0'}% |`);
  return lines.join('\n');
}
