/**
 * Every parameter and return schema of the seeds pool and of an evolved 2,000-API pool, drawn
 * in a world and read by an independent checker (test/helpers/value-defects.ts): no filler
 * words, every code real, every city in its country, dates on the right side of today, ranges
 * ordered, counts not below the items listed, and no free-text sentence dominating.
 */
import { describe, expect, it } from 'vitest';
import { evolvePool } from '../../api-pool/evolve.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import type { ApiSpec } from '../../api-pool/types.js';
import { Rng } from '../../core/rng.js';
import { generateObject } from '../../pipeline/values/values.js';
import { drawWorld } from '../../pipeline/world/world.js';
import { readValues, topTextShare, type Tallies } from '../helpers/value-defects.js';

function sweep(apis: readonly ApiSpec[], draws: number): { tallies: Tallies; top: ReturnType<typeof topTextShare> } {
  const tallies: Tallies = {};
  const texts = new Map<string, number>();
  apis.forEach((api, i) => {
    for (let d = 0; d < draws; d++) {
      const seed = i * 7919 + d;
      const world = drawWorld(seed);
      const rng = new Rng(seed);
      readValues(tallies, generateObject(api.parameters, rng, { optionalRate: 1, world, api }), api.parameters, world.today, texts);
      if ((api.returns as { properties?: unknown }).properties)
        readValues(tallies, generateObject(api.returns, rng, { optionalRate: 0.7, world, api }), api.returns, world.today, texts);
    }
  });
  return { tallies, top: topTextShare(texts) };
}

function report(label: string, r: ReturnType<typeof sweep>): string {
  const rows = Object.entries(r.tallies).map(([cls, x]) => `${label} | ${cls} | ${x.bad}/${x.n} | ${((100 * x.bad) / Math.max(1, x.n)).toFixed(2)}% | ${x.examples.slice(0, 3).join('; ')}`);
  rows.push(`${label} | top free-text share | ${(100 * r.top.share).toFixed(2)}% | ${r.top.text}`);
  return rows.join('\n');
}

const pools: [string, () => readonly ApiSpec[]][] = [
  ['seeds', () => SEED_DOMAINS.flatMap((d) => d.apis)],
  ['evolved-2000', () => evolvePool({ domains: SEED_DOMAINS, size: 2000, seed: 1 }).apis],
];

describe('values by meaning over whole pools', () => {
  it.each(pools)('%s: no value defect a reader spots', (label, apis) => {
    const r = sweep(apis(), 4);
    if (process.env.VALUES_SWEEP_REPORT) console.log(report(label, r));
    for (const [cls, x] of Object.entries(r.tallies)) expect({ cls, bad: x.bad, examples: x.examples }).toEqual({ cls, bad: 0, examples: [] });
    expect(r.top.share).toBeLessThan(0.02);
  });
});
