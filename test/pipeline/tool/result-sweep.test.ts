import { describe, expect, it } from 'vitest';
import { evolvePool } from '../../../api-pool/evolve.js';
import { seedDomains } from '../../../api-pool/seeds/load.js';
import { formatSweep, sweepPool } from '../../helpers/result-sweep.js';

describe('tool results follow from the call (sweep)', () => {
  it('seeds pool', () => {
    const s = sweepPool(seedDomains().flatMap((d) => d.apis), 40);
    console.log(formatSweep('seeds, 40 calls per API', s));
    for (const r of Object.values(s)) console.log(r.examples.slice(0, 12).join('\n'));
    expect(s.any.applies).toBeGreaterThan(0);
  });
  it('evolved 2000', () => {
    const { apis } = evolvePool({ domains: seedDomains(), size: 2000, seed: 1 });
    const s = sweepPool(apis, 8);
    console.log(formatSweep('evolved 2000, 8 calls per API', s));
    for (const r of Object.values(s)) console.log(r.examples.slice(0, 12).join('\n'));
    expect(s.any.applies).toBeGreaterThan(0);
  });
});
