/**
 * Implied values in plans (pipeline/planning/implied*.ts): every derivation the planner records
 * holds when the grounding rule recomputes it (from the plan's today, the real tables, the
 * earlier results the tool agent gives, the earlier turns' calls), over many seeds of the
 * default mix, on the seeds pool and on an evolved pool; the user's words never are the
 * value itself; values of earlier results are referred to by the field the chain takes; and
 * a share of the arguments is implied. Flags and sort orders said in words: the user says the
 * recorded phrase verbatim, before the call, and it is a phrase of the list for that value.
 */
import { describe, expect, it } from 'vitest';
import { evolvePool } from '../../api-pool/evolve.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { makePool, type ToolPool } from '../../api-pool/types.js';
import { DERIVATION_KINDS, type ItemPlan } from '../../core/plan.js';
import { itemSeed } from '../../core/rng.js';
import { dialoguePlan, heldOutTools, offlineToolResult, planItem, simulateOffline } from '../../pipeline/generate.js';
import { callMoment } from '../../pipeline/agents/tool/clock.js';
import { describeItem } from '../../pipeline/planning/category-mix.js';
import { verifyRecord } from '../../verifiers/index.js';
import { derivationFault } from '../../core/derive/derivation.js';
import { codeDerivation } from '../../pipeline/planning/implied-codes.js';
import { flagPhrases, flagValueOf } from '../../core/derive/said-words.js';
import { normalise } from '../../core/derive/normalise.js';
import { profileOf, profileOfCalls } from '../../core/derive/profile.js';
import { inEnglish } from '../helpers/language.js';

const MIX = { single: 0.14, multiple: 0.12, parallel: 0.1, 'parallel-multiple': 0.08, dependent: 0.1, nested: 0.08, irrelevance: 0.12, clarification: 0.1, 'multi-turn': 0.08, safety: 0.08 };

function plans(pool: ToolPool, jobSeed: number, n: number): ItemPlan[] {
  const heldOut = heldOutTools(pool, 0.1, jobSeed);
  return Array.from({ length: n }, (_, i) => {
    const d = describeItem(jobSeed, i, MIX, 0.05);
    return planItem(i, d.seed, d.category, pool, { split: d.split, heldOut, distractors: 3 });
  });
}

interface Tally {
  args: number;
  derived: number;
  kinds: Set<string>;
  faults: string[];
}

/** Recompute every derivation of `plan` as the grounding rule does, and count. */
function check(plan: ItemPlan, pool: ToolPool, t: Tally): void {
  plan.calls.forEach((c, i) => {
    const api = pool.byName.get(c.name)!;
    const results = plan.calls.slice(0, i).map((o) => offlineToolResult(pool.byName.get(o.name)!, o.arguments, plan.world, o.error, callMoment(plan.world, o)));
    const earlier = plan.calls.slice(0, i).filter((o) => (o.turn ?? 0) < (c.turn ?? 0)).map((o) => o.arguments);
    for (const [key, value] of Object.entries(c.arguments)) {
      t.args++;
      const d = c.derivations?.[key];
      if (!d) continue;
      t.derived++;
      t.kinds.add(d.kind);
      const where = `${plan.idx} ${plan.category} ${c.name}.${key} = ${JSON.stringify(value)} "${d.said}" (${d.kind}, today ${plan.world.today})`;
      const fault = derivationFault(d, value, { today: plan.world.today, results, earlier, key, schema: api.parameters.properties[key] as Record<string, unknown>, profile: { ...profileOf(plan.world), ...Object.fromEntries(profileOfCalls(plan.calls).onFile) } });
      if (fault) t.faults.push(`${where}: ${fault}`);
      if (typeof value !== 'object' && normalise(d.said) === normalise(String(value))) t.faults.push(`${where}: the words are the value`);
      if (d.kind === 'previous-result' && d.from !== c.dependsOn?.[key]?.field) t.faults.push(`${where}: from ${d.from}, the chain takes ${c.dependsOn?.[key]?.field}`);
    }
    for (const key of Object.keys(c.derivations ?? {})) if (!(key in c.arguments)) t.faults.push(`${plan.idx} ${c.name}: a derivation for ${key}, which is not sent`);
  });
}

const seeds = makePool(SEED_DOMAINS.flatMap((d) => d.apis));
const pools: [string, () => ToolPool][] = [
  ['seeds', () => seeds],
  ['evolved', () => makePool(evolvePool({ domains: SEED_DOMAINS, size: 1200, seed: 7 }).apis)],
];

describe('implied values in plans', () => {
  const all = new Set<string>();
  it.each(pools)('%s pool: every derivation holds when recomputed, and a share of the arguments is implied', (_label, make) => {
    const pool = make();
    const t: Tally = { args: 0, derived: 0, kinds: new Set(), faults: [] };
    for (const jobSeed of [42, 7, 2024]) for (const plan of plans(pool, jobSeed, 700)) check(plan, pool, t);
    expect(t.faults.slice(0, 10)).toEqual([]);
    expect(t.derived / t.args).toBeGreaterThan(0.15);
    for (const k of t.kinds) all.add(k);
  });

  // Cloud regions are rare in both pools (a devops field or two): checked on their own below.
  it('makes derivations of every kind over the two pools', () => {
    expect([...all].sort()).toEqual(DERIVATION_KINDS.filter((k) => k !== 'cloud-region').sort());
  });

  it('says a cloud region by its place, and reads it back', () => {
    const d = codeDerivation('cloud-region', 'eu-central-1', {});
    expect(d).toEqual({ kind: 'cloud-region', said: 'Frankfurt' });
    const env = { today: undefined, results: [], earlier: [], key: 'region', schema: {} };
    expect(derivationFault(d!, 'eu-central-1', env)).toBeUndefined();
    expect(derivationFault(d!, 'eu-west-1', env)).toMatch(/gives "eu-central-1"/);
  });

  it('is the same plan for the same seed', () => {
    const d = describeItem(42, 17, MIX);
    for (const category of ['single', 'dependent', 'multi-turn', 'parallel'] as const) {
      const a = planItem(17, itemSeed(42, 17), category, seeds);
      expect(JSON.stringify(planItem(17, itemSeed(42, 17), category, seeds))).toEqual(JSON.stringify(a));
    }
    expect(d.seed).toBe(itemSeed(42, 17));
  });
});

describe('implied values in the dialogues the user agent writes', () => {
  // The words a plan records are said, the profile they need is stated: the rule accepts every implied value as written.
  it.each(pools)('%s pool: no implied value of a clean record is ungrounded', (_label, make) => {
    const pool = make();
    const faults: string[] = [];
    for (const plan of plans(pool, 13, 1500)) {
      if (!plan.calls.some((c) => c.derivations)) continue;
      const record = simulateOffline(plan, pool, { id: `g-${plan.idx}`, split: plan.split, noiseRate: 0 });
      for (const c of verifyRecord(record, { plan: dialoguePlan(plan, record) }).checks) if (c.rule === 'grounding.value') faults.push(`${plan.idx} ${plan.category}: ${c.message}`);
    }
    expect(faults.slice(0, 10)).toEqual([]);
  });
});

describe("a point said by the city it is the centre of", () => {
  it('implies latitude and longitude together, says the city once, and states a point off the centre in numbers', () => {
    let centred = 0;
    let stated = 0;
    for (const plan of plans(seeds, 21, 1500)) {
      for (const c of plan.calls) {
        const coords = Object.keys(c.arguments).filter((k) => /^(lat|latitude|lon|lng|longitude)$/.test(k));
        if (coords.length !== 2) continue;
        const d = coords.map((k) => c.derivations?.[k]);
        // Both or neither: one coordinate is never said by a city while the other is stated.
        expect(d.map((x) => x?.kind === 'city-coordinates')).toSatisfy((b: boolean[]) => b[0] === b[1]);
        if (d[0]?.kind === 'city-coordinates') {
          centred++;
          expect(d[1]!.said).toBe(d[0].said);
          const record = simulateOffline(plan, seeds, { id: `c-${plan.idx}`, split: plan.split, noiseRate: 0 });
          const said = record.messages.filter((m) => m.role === 'user').map((m) => m.content).join(' ');
          if ((record.meta.plan?.language ?? 'en') !== 'en') continue;
          expect(said).toContain(d[0].said);
          expect(said).not.toMatch(/latitude|longitude/i);
          expect(said).not.toMatch(new RegExp(`${d[0].said} and ${d[0].said}|${d[0].said}, ${d[0].said}`));
        } else stated++;
      }
    }
    expect(centred).toBeGreaterThan(5);
    expect(stated).toBeGreaterThan(5);
  });
});

describe('flags and sort orders said in words', () => {
  it.each(pools)('%s pool: the user says the recorded phrase, from the list of the value it has', (_label, make) => {
    const pool = make();
    const faults: string[] = [];
    let flags = 0;
    for (const plan of plans(pool, 11, 500)) {
      const words = plan.calls.flatMap((c) => Object.entries(c.derivations ?? {}).filter(([, d]) => d.kind === 'flag-words' || d.kind === 'enum-words').map(([k, d]) => ({ c, k, d })));
      if (words.length === 0) continue;
      const record = simulateOffline(plan, pool, { id: `w-${plan.idx}`, split: plan.split, noiseRate: 0 });
      if (!inEnglish(record)) continue;
      const said = ` ${record.messages.filter((m) => m.role === 'user').map((m) => normalise(String(m.content))).join(' ')} `;
      for (const { c, k, d } of words) {
        const where = `${plan.idx} ${c.name}.${k} = ${JSON.stringify(c.arguments[k])} "${d.said}"`;
        if (!said.includes(` ${normalise(d.said)} `)) faults.push(`${where}: not in what the user says`);
        if (d.kind !== 'flag-words') continue;
        flags++;
        const w = flagPhrases(k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
        if (!(c.arguments[k] ? w.yes : w.no).includes(d.said) || flagValueOf(k, d.said) !== c.arguments[k]) faults.push(`${where}: not a phrase of the ${String(c.arguments[k])} list alone`);
      }
    }
    expect(faults.slice(0, 10)).toEqual([]);
    expect(flags).toBeGreaterThan(20);
  });

  it('reads a phrase inside a phrase of the other list as neither', () => {
    // "just nonstop" is inside "not just nonstop": the words for false hold the words for true.
    expect(flagValueOf('nonstop_only', 'just nonstop')).toBeUndefined();
    expect(flagValueOf('nonstop_only', 'only nonstop')).toBe(true);
    expect(flagValueOf('nonstop_only', 'not just nonstop')).toBe(false);
    expect(flagValueOf('dryRun', 'as a dry run')).toBe(true);
    expect(flagValueOf('dry_run', 'fly somewhere')).toBeUndefined();
  });
});
