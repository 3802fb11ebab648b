/**
 * plan: decide everything about an item before any text is written (answer first, as APIGen
 * does): its tools, the distractors shown beside them, the hidden ground-truth calls and the
 * difficulty. A pure function of (seed, category, pool).
 */
import type { ApiSpec, ToolPool } from '../api-pool/types.js';
import { generateObject, generateValue, type Schema } from './offline/values.js';
import { Rng, subSeed } from './rng.js';
import type { Category, ItemPlan, PlannedCall } from './types.js';

/** Distractors shown beside the target of single and parallel items. */
const MIN_DISTRACTORS = 2;
const MAX_DISTRACTORS = 4;
const MAX_PARALLEL_CALLS = 4;

/** The plan of item `idx`. Throws when the pool cannot support the category. */
export function planItem(idx: number, seed: number, category: Category, pool: ToolPool): ItemPlan {
  if (pool.list.length === 0) throw new Error('planItem: the tool pool is empty');
  const rng = new Rng(subSeed(seed, 'plan'));
  const values = new Rng(subSeed(seed, 'args'));
  switch (category) {
    case 'single':
      return planSingle(idx, seed, pool, rng, values);
    case 'parallel':
      return planParallel(idx, seed, pool, rng, values);
    case 'irrelevance':
      return planIrrelevance(idx, seed, pool, rng);
    default:
      throw new Error(`planItem: unknown category ${JSON.stringify(category)}`);
  }
}

/**
 * The tool an irrelevance item's user asks for: one of the plan's request domain
 * (`domains[0]`) that is NOT shown. Shared with the simulator so the plan need not carry it.
 */
export function irrelevanceTarget(plan: ItemPlan, pool: ToolPool): ApiSpec {
  const candidates = (indexOf(pool).byDomain.get(plan.domains[0]) ?? []).filter((t) => !plan.tools.includes(t.name));
  if (candidates.length === 0) throw new Error(`irrelevance item ${plan.idx}: no hidden tool in domain ${plan.domains[0]}`);
  return new Rng(subSeed(plan.seed, 'irrelevance-target')).pick(candidates);
}

function domainsOf(first: string, shown: readonly ApiSpec[]): string[] {
  const out = [first];
  for (const t of shown) if (!out.includes(t.domain)) out.push(t.domain);
  return out;
}

/** Per pool, facts the planner needs for every item; pools are immutable, so computed once. */
interface PoolIndex {
  readonly byDomain: ReadonlyMap<string, readonly ApiSpec[]>;
  /** Tools that can be called in parallel, with the parameter that varies. */
  readonly parallel: readonly (readonly [ApiSpec, string])[];
}
const indexes = new WeakMap<ToolPool, PoolIndex>();

function indexOf(pool: ToolPool): PoolIndex {
  let ix = indexes.get(pool);
  if (ix) return ix;
  const byDomain = new Map<string, ApiSpec[]>();
  const parallel: [ApiSpec, string][] = [];
  for (const t of pool.list) {
    const list = byDomain.get(t.domain);
    if (list) list.push(t);
    else byDomain.set(t.domain, [t]);
    const key = varyingParam(t);
    if (key !== undefined) parallel.push([t, key]);
  }
  ix = { byDomain, parallel };
  indexes.set(pool, ix);
  return ix;
}

/**
 * k distinct items of `items` that pass `accept`, `count` of them doing so. Rng.sample
 * copies the whole list, which costs more than the rest of a plan on a pool of thousands of
 * tools; when candidates are plentiful, drawing indices until k distinct ones pass is cheaper.
 */
function sampleWhere<T>(rng: Rng, items: readonly T[], k: number, count: number, accept: (t: T) => boolean): T[] {
  k = Math.min(k, count);
  if (k <= 0) return [];
  if (count < k * 4 || count * 4 < items.length) return rng.sample(items.filter(accept), k);
  const picked: number[] = [];
  while (picked.length < k) {
    const i = Math.floor(rng.next() * items.length);
    if (!picked.includes(i) && accept(items[i])) picked.push(i);
  }
  return picked.map((i) => items[i]);
}

/** Distractors: same-domain tools first (the hard negatives), then others to make up k. */
function distractors(rng: Rng, pool: ToolPool, target: ApiSpec): ApiSpec[] {
  const k = Math.min(rng.int(MIN_DISTRACTORS, MAX_DISTRACTORS), pool.list.length - 1);
  const domain = indexOf(pool).byDomain.get(target.domain) as readonly ApiSpec[];
  const picked = sampleWhere(rng, domain, k, domain.length - 1, (t) => t !== target);
  const others = pool.list.length - domain.length;
  return picked.concat(sampleWhere(rng, pool.list, k - picked.length, others, (t) => t.domain !== target.domain));
}

function isComplex(schema: Schema): boolean {
  return schema.type === 'object' || schema.type === 'array';
}

function difficultyOf(target: ApiSpec, shown: readonly ApiSpec[], args: Readonly<Record<string, unknown>>, calls: number): number {
  let d = 1;
  if (shown.some((t) => t !== target && t.domain === target.domain)) d++;
  const props = target.parameters.properties;
  const keys = Object.keys(args);
  if (calls >= 3 || keys.length >= 4 || keys.some((k) => props[k] && isComplex(props[k]))) d++;
  return Math.min(d, 3);
}

function planSingle(idx: number, seed: number, pool: ToolPool, rng: Rng, values: Rng): ItemPlan {
  const target = rng.pick(pool.list);
  const shown = rng.shuffle([target, ...distractors(rng, pool, target)]);
  const args = generateObject(target.parameters, values, { optionalRate: 0.2 + 0.5 * rng.next() });
  return {
    idx,
    seed,
    category: 'single',
    difficulty: difficultyOf(target, shown, args, 1),
    tools: shown.map((t) => t.name),
    calls: [{ name: target.name, arguments: args }],
    domains: domainsOf(target.domain, shown),
  };
}

/** How many distinct values a parameter can take (capped), 0 when it cannot vary. */
function variety(schema: Schema): number {
  if (Array.isArray(schema.enum)) return schema.enum.length;
  if (schema.type === 'boolean' || 'const' in schema) return 0;
  if (schema.type === 'integer' && typeof schema.minimum === 'number' && typeof schema.maximum === 'number') {
    return schema.maximum - schema.minimum + 1;
  }
  return schema.type === 'object' || schema.type === 'array' ? 0 : MAX_PARALLEL_CALLS;
}

/**
 * The parameter that differs between the parallel calls: the first required one that can
 * vary (an optional one only when nothing is required). Varying an optional detail of a
 * tool whose required arguments are complex (an order's items) reads unnaturally.
 */
function varyingParam(api: ApiSpec): string | undefined {
  const props = api.parameters.properties;
  const required = api.parameters.required ?? [];
  for (const k of required) if (props[k] && variety(props[k]) >= 2) return k;
  if (required.length > 0) return undefined;
  for (const k in props) if (variety(props[k]) >= 2) return k;
  return undefined;
}

function planParallel(idx: number, seed: number, pool: ToolPool, rng: Rng, values: Rng): ItemPlan {
  const usable = indexOf(pool).parallel;
  if (usable.length === 0) throw new Error('planItem: no tool in the pool has a parameter that can vary for a parallel item');
  const [target, key] = rng.pick(usable);
  const keySchema = target.parameters.properties[key];
  const n = Math.min(rng.int(2, MAX_PARALLEL_CALLS), variety(keySchema));
  const base = generateObject(target.parameters, values, { optionalRate: 0.15 + 0.4 * rng.next() });
  // A parallel request is "the same thing for A, B and C": one parameter varies, the rest is shared.
  const seen = new Set<string>();
  const calls: PlannedCall[] = [];
  for (let tries = 0; calls.length < n && tries < n * 8; tries++) {
    const v = calls.length === 0 && key in base ? base[key] : generateValue(keySchema, values, key);
    const k = String(v);
    if (seen.has(k)) continue;
    seen.add(k);
    calls.push({ name: target.name, arguments: { ...base, [key]: v } });
  }
  if (calls.length < 2) throw new Error(`planItem: could not vary ${target.name}.${key} for a parallel item`);
  const shown = rng.shuffle([target, ...distractors(rng, pool, target)]);
  return {
    idx,
    seed,
    category: 'parallel',
    difficulty: Math.max(2, difficultyOf(target, shown, base, calls.length)),
    tools: shown.map((t) => t.name),
    calls,
    domains: domainsOf(target.domain, shown),
  };
}

function planIrrelevance(idx: number, seed: number, pool: ToolPool, rng: Rng): ItemPlan {
  // Pick the request's domain through a tool, so domains weigh by how many tools they hold.
  const domain = rng.pick(pool.list).domain;
  const others = pool.list.length - (indexOf(pool).byDomain.get(domain) as readonly ApiSpec[]).length;
  if (others === 0) throw new Error('planItem: irrelevance needs tools from at least two domains');
  const shown = sampleWhere(rng, pool.list, rng.int(MIN_DISTRACTORS, MAX_DISTRACTORS), others, (t) => t.domain !== domain);
  return {
    idx,
    seed,
    category: 'irrelevance',
    difficulty: Math.max(1, Math.min(3, shown.length - 1)),
    tools: shown.map((t) => t.name),
    calls: [],
    domains: domainsOf(domain, shown),
  };
}
