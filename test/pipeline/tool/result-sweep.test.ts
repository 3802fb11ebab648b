/**
 * The offline tool agent's results against their calls, read as a reader would
 * (test/helpers/result-audit.ts): every API of the seeds pool and of an evolved 2,000-API pool
 * called with arguments drawn as the planner draws them, and the tool results of 2,000 records
 * made as a job makes them. `SWEEP_PRINT=1` prints the tables and examples.
 */
import { describe, expect, it } from 'vitest';
import { evolvePool } from '../../../api-pool/evolve.js';
import { seedDomains } from '../../../api-pool/seeds/load.js';
import { makePool } from '../../../api-pool/types.js';
import { formatSweep, sweepPool, sweepRecords, type Sweep } from '../../helpers/result-sweep.js';

function report(title: string, s: Sweep): void {
  if (!process.env.SWEEP_PRINT) return;
  console.log(formatSweep(title, s));
  for (const r of Object.values(s)) if (r.examples.length > 0) console.log(r.examples.join('\n'));
}

/** Every class under `max` of the calls it applies to (examples in the message when not). */
function expectUnder(s: Sweep, max: number): void {
  for (const [c, r] of Object.entries(s)) expect(r.broken / Math.max(1, r.applies), `${c}: ${r.examples.join('\n')}`).toBeLessThanOrEqual(max);
}

describe('tool results follow from the call', () => {
  const seeds = seedDomains().flatMap((d) => d.apis);

  it('on every API of the seeds pool (40 calls each)', () => {
    const s = sweepPool(seeds, 40);
    report('seeds pool, 40 calls per API', s);
    expect(s.filter.applies).toBeGreaterThan(1000);
    expect(s.created.applies).toBeGreaterThan(300);
    expectUnder(s, 0.002);
  });

  it('on every API of an evolved 2,000-API pool (8 calls each)', () => {
    const { apis } = evolvePool({ domains: seedDomains(), size: 2000, seed: 1 });
    const s = sweepPool(apis, 8);
    report('evolved 2,000-API pool, 8 calls per API', s);
    expectUnder(s, 0.005);
  });

  it('in 2,000 records made as a job makes them', () => {
    const s = sweepRecords(makePool(seeds), 2000);
    report('2,000 records (seeds pool)', s);
    expect(s.any.applies).toBeGreaterThan(2000);
    expectUnder(s, 0.005);
  });
});
