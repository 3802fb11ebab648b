/** Distractors are never twins (api-pool/twins.ts) of a target or of each other, on an evolved pool full of variants. */
import { describe, expect, it } from 'vitest';
import { evolvePool } from '../../api-pool/evolve.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { TwinIndex } from '../../api-pool/twins.js';
import { makePool, type ApiSpec } from '../../api-pool/types.js';
import { CATEGORIES } from '../../core/plan.js';
import { itemSeed } from '../../core/rng.js';
import { heldOutTools, planItem, type PlanOptions } from '../../pipeline/generate.js';

const pool = makePool(evolvePool({ domains: SEED_DOMAINS, size: 2000, seed: 42 }).apis);
const twins = new TwinIndex(pool.list);
const heldOut = heldOutTools(pool, 0.1, 1);

describe('distractors', () => {
  it('are no twin of a target nor of one another, in every category and both splits', () => {
    let shownPairs = 0;
    for (let idx = 0; idx < 3000; idx++) {
      const opts: PlanOptions = { split: idx % 10 === 0 ? 'test' : 'train', heldOut, distractors: 3 };
      const plan = planItem(idx, itemSeed(42, idx), CATEGORIES[idx % CATEGORIES.length], pool, opts);
      const targets = plan.targets.map((n) => pool.byName.get(n) as ApiSpec);
      const distractors = plan.tools.filter((n) => !plan.targets.includes(n)).map((n) => pool.byName.get(n) as ApiSpec);
      for (const [i, d] of distractors.entries()) {
        for (const t of targets) expect(twins.twins(d, t), `${plan.category} #${idx}: ${d.name} beside ${t.name}`).toBe(false);
        for (const o of distractors.slice(i + 1)) expect(twins.twins(d, o), `${plan.category} #${idx}: ${d.name} beside ${o.name}`).toBe(false);
        shownPairs++;
      }
    }
    expect(shownPairs).toBeGreaterThan(6000);
  });

  it('stay hard: most share the target’s domain', () => {
    let same = 0;
    const n = 600;
    for (let idx = 0; idx < n; idx++) {
      const plan = planItem(idx, itemSeed(7, idx), 'single', pool, { split: 'train', heldOut, distractors: 3 });
      const t = pool.byName.get(plan.targets[0]) as ApiSpec;
      same += plan.tools.filter((x) => x !== t.name && pool.byName.get(x)?.domain === t.domain).length;
    }
    expect(same / (n * 3)).toBeGreaterThan(0.9);
  });
});
