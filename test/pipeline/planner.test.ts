/**
 * The planner alone: options, the held-out set, hard distractors, dependent values from the
 * tool agent, and the cost of planning on a pool of thousands of APIs.
 */
import { describe, expect, it } from 'vitest';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { makePool, type ApiSpec } from '../../api-pool/types.js';
import { heldOutTools, offlineToolResult, planItem, valueAt, type PlanOptions } from '../../pipeline/generate.js';
import { callMoment } from '../../pipeline/agents/tool/clock.js';
import { itemSeed } from '../../core/rng.js';
import { CATEGORIES, FIXED_WORLD } from '../../core/plan.js';

const seeds = makePool(SEED_DOMAINS.flatMap((d) => d.apis));
/** 5088 APIs: the seeds and 23 variants of each, as an evolved pool would hold. */
const big = makePool(
  seeds.list.flatMap((t) => [
    t,
    ...Array.from({ length: 23 }, (_, k): ApiSpec => ({ ...t, name: `${t.name}_v${k + 2}`, origin: `evolved:adaptation:${t.name}` })),
  ]),
);
const none: ReadonlySet<string> = new Set();
const train: PlanOptions = { split: 'train', heldOut: none, distractors: 3 };

describe('planItem', () => {
  it('plans a not-found error only for a call about an identifier; a name to create or a value is invalid instead', () => {
    const errors = Array.from({ length: 3000 }, (_, idx) => planItem(idx, itemSeed(21, idx), idx % 2 ? 'parallel' : 'single', seeds, train))
      .flatMap((plan) => plan.calls)
      .filter((c) => c.error !== undefined);
    expect(errors.length).toBeGreaterThan(50);
    const notFound = errors.filter((c) => c.error === 'not-found');
    expect(notFound.length).toBeGreaterThan(5);
    for (const c of notFound) {
      const api = seeds.byName.get(c.name)!;
      const r = offlineToolResult(api, c.arguments, FIXED_WORLD, 'not-found') as { error: { param?: string } };
      expect(r.error.param, c.name).toMatch(/(^|_)(id|code|number|ref|reference|symbol|sku)$/i);
    }
  });

  it('keeps working without options (train split, nothing held out, 3 distractors)', () => {
    const plan = planItem(0, itemSeed(1, 0), 'single', seeds);
    expect(plan.split).toBe('train');
    expect(plan.tools).toHaveLength(4);
    expect(plan.targets).toEqual([plan.calls[0].name]);
    expect(plan.turns).toBe(1);
  });

  it('refuses a test item when nothing is held out, and an empty pool', () => {
    expect(() => planItem(0, 1, 'single', seeds, { ...train, split: 'test' })).toThrow(/held-out/);
    expect(() => planItem(0, 1, 'single', makePool([]), train)).toThrow(/empty/);
  });

  it('picks hard distractors: same subdomain first, then same domain', () => {
    let sameSub = 0;
    let sameDomain = 0;
    const n = 400;
    for (let idx = 0; idx < n; idx++) {
      const plan = planItem(idx, itemSeed(3, idx), 'single', seeds, { ...train, distractors: 1 });
      const t = seeds.byName.get(plan.targets[0]) as ApiSpec;
      const d = seeds.byName.get(plan.tools.find((x) => x !== t.name) as string) as ApiSpec;
      if (d.domain === t.domain) sameDomain++;
      if (d.domain === t.domain && d.subdomain === t.subdomain) sameSub++;
    }
    expect(sameDomain).toBe(n); // every seed domain has several tools
    expect(sameSub / n).toBeGreaterThan(0.5);
  });

  it('shows the tools in a shuffled order (targets not always first)', () => {
    const positions = new Set<number>();
    for (let idx = 0; idx < 100; idx++) {
      const plan = planItem(idx, itemSeed(5, idx), 'single', seeds, train);
      positions.add(plan.tools.indexOf(plan.targets[0]));
    }
    expect(positions.size).toBe(4);
  });

  it('plans dependent values that equal what the tool agent returns at the field', () => {
    for (let idx = 0; idx < 200; idx++) {
      const plan = planItem(idx, itemSeed(6, idx), 'dependent', seeds, train);
      expect(plan.category).toBe('dependent');
      const [c0, c1] = plan.calls;
      expect(c1.step).toBe(1);
      const deps = Object.entries(c1.dependsOn ?? {});
      expect(deps).toHaveLength(1);
      const [key, src] = deps[0];
      expect(src.call).toBe(0);
      const result = offlineToolResult(seeds.byName.get(c0.name) as ApiSpec, c0.arguments, plan.world, undefined, callMoment(plan.world, c0));
      expect(c1.arguments[key]).toEqual(valueAt(result, src.field));
      // The tool agent answers by canonical arguments: key order does not matter.
      const reversed = Object.fromEntries(Object.entries(c0.arguments).reverse());
      expect(offlineToolResult(seeds.byName.get(c0.name) as ApiSpec, reversed, plan.world, undefined, callMoment(plan.world, c0))).toEqual(result);
    }
  });

  it('holds out whole tools across every category of a job', () => {
    const heldOut = heldOutTools(seeds, 0.2, 11);
    expect(heldOut.size).toBe(Math.round(0.2 * seeds.list.length));
    for (const category of CATEGORIES) {
      for (let idx = 0; idx < 30; idx++) {
        const test = planItem(idx, itemSeed(7, idx), category, seeds, { split: 'test', heldOut, distractors: 4 });
        for (const n of [...test.tools, ...test.targets, ...test.calls.map((c) => c.name)]) expect(heldOut.has(n)).toBe(true);
        const tr = planItem(idx, itemSeed(7, idx), category, seeds, { split: 'train', heldOut, distractors: 4 });
        for (const n of [...tr.tools, ...tr.targets, ...tr.calls.map((c) => c.name)]) expect(heldOut.has(n)).toBe(false);
      }
    }
  });

  // Its speed is measured by `node dist/scripts/bench-generate.js` (README, Performance), not here.
  it('plans every category on a pool of 5000+ APIs', () => {
    const heldOut = heldOutTools(big, 0.1, 1);
    const opts: PlanOptions = { split: 'train', heldOut, distractors: 4 };
    for (let idx = 0; idx < 5000; idx++) {
      const plan = planItem(idx, itemSeed(9, idx), CATEGORIES[idx % 10], big, opts);
      for (const n of plan.tools) expect(heldOut.has(n)).toBe(false);
    }
    // Irrelevance never shows a variant (same lineage) of the hidden tool.
    for (let idx = 0; idx < 300; idx++) {
      const plan = planItem(idx, itemSeed(10, idx), 'irrelevance', big, opts);
      if (plan.targets.length === 0) continue;
      const base = plan.targets[0].replace(/_v\d+$/, '');
      for (const t of plan.tools) expect(t.replace(/_v\d+$/, '')).not.toBe(base);
    }
  });

  it("varies a contact's email together with the name it belongs to", () => {
    const contact: ApiSpec = {
      name: 'upsert_contact',
      domain: 'crm',
      description: 'Add or update a contact.',
      parameters: { type: 'object', properties: { email: { type: 'string', format: 'email' }, first_name: { type: 'string' }, last_name: { type: 'string' } }, required: ['email', 'first_name', 'last_name'] },
      returns: { type: 'object', properties: { contact_id: { type: 'string' } } },
      origin: 'test',
    };
    const pool = makePool([contact]);
    const calls = Array.from({ length: 200 }, (_, idx) => planItem(idx, itemSeed(5, idx), idx % 2 ? 'parallel' : 'multi-turn', pool, train)).flatMap((p) => p.calls);
    const mail = (w: string): string => w.toLowerCase().replace(/[^a-z]/g, '');
    let varied = 0;
    for (const c of calls) {
      const a = c.arguments as Record<string, string>;
      varied++;
      expect(a.email.split('@')[0], JSON.stringify(a)).toBe(`${mail(a.first_name)}.${mail(a.last_name)}`);
    }
    expect(varied).toBeGreaterThan(250);
  });
});
