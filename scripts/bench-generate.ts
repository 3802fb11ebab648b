/**
 * Cost of the offline generation path per item: plan + simulate + verify + serialise (the record
 * and its facts, as the job's processor does),
 * in-process, no SQLite, categories uniform (item idx mod 10), 10% of tools held out and 10% of
 * items planned on the test split. Budget: under ~150 µs/item on one core.
 * Run: `npx tsc -p tsconfig.json && node dist/scripts/bench-generate.js [items] [noiseRate] [builtin|seeds] [distractors] [noverify]`.
 */
import { builtinPool } from '../api-pool/index.js';
import { SEED_DOMAINS } from '../api-pool/seeds/index.js';
import { makePool } from '../api-pool/types.js';
import { heldOutTools, planItem, simulateOffline, type PlanOptions } from '../pipeline/generate.js';
import { itemSeed } from '../core/rng.js';
import { CATEGORIES } from '../core/plan.js';
import { verifyRecord } from '../verifiers/index.js';
import { verdictOutcome } from '../pipeline/backends/item-processor.js';

const items = Number(process.argv[2] ?? 20_000);
const noiseRate = Number(process.argv[3] ?? 0.05);
const poolName = process.argv[4] ?? 'builtin';
const pool = poolName === 'seeds' ? makePool(SEED_DOMAINS.flatMap((d) => d.apis)) : builtinPool();
const distractors = Number(process.argv[5] ?? 3);
/** `noverify` leaves the rule verifier out, to see the generation cost alone. */
const withVerify = process.argv[6] !== 'noverify';
const heldOut = heldOutTools(pool, 0.1, 1);
const TRAIN: PlanOptions = { split: 'train', heldOut, distractors };
const TEST: PlanOptions = { split: 'test', heldOut, distractors };

interface Totals {
  plan: number;
  simulate: number;
  verify: number;
  stringify: number;
  bytes: number;
  accepted: number;
}

function run(n: number, offset: number): Totals {
  const t: Totals = { plan: 0, simulate: 0, verify: 0, stringify: 0, bytes: 0, accepted: 0 };
  for (let i = 0; i < n; i++) {
    const idx = offset + i;
    const seed = itemSeed(1, idx);
    const t0 = performance.now();
    const opts = idx % 100 < 10 ? TEST : TRAIN;
    const plan = planItem(idx, seed, CATEGORIES[idx % CATEGORIES.length], pool, opts);
    const t1 = performance.now();
    const record = simulateOffline(plan, pool, { id: `bench-${idx}`, split: plan.split, noiseRate });
    const t2 = performance.now();
    const verdict = withVerify ? verifyRecord(record, { pool, plan }) : record.meta.verdict;
    const t3 = performance.now();
    const outcome = verdictOutcome({ idx, seed, category: plan.category, split: opts.split, attempts: 1, retryBase: 0 }, record, verdict);
    const json = outcome.record ?? outcome.rejectedRecord ?? '';
    const t4 = performance.now();
    t.plan += t1 - t0;
    t.simulate += t2 - t1;
    t.verify += t3 - t2;
    t.stringify += t4 - t3;
    t.bytes += json.length;
    if (verdict.accepted) t.accepted++;
  }
  return t;
}

run(Math.min(2_000, items), 10_000_000); // warm-up: JIT and the ajv validator cache
const started = performance.now();
const t = run(items, 0);
const totalMs = performance.now() - started;
const us = (ms: number): string => ((ms * 1000) / items).toFixed(1);
console.log(`pool ${poolName} (${pool.list.length} tools), items ${items}, noiseRate ${noiseRate}, accepted ${t.accepted}`);
console.log(`plan ${us(t.plan)} µs, simulate ${us(t.simulate)} µs, verify ${us(t.verify)} µs, stringify ${us(t.stringify)} µs`);
console.log(`total ${us(totalMs)} µs/item (${Math.round(items / (totalMs / 1000))} items/s), avg record ${Math.round(t.bytes / items)} chars`);
