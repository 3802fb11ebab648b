/**
 * plan: decide everything about an item before any text is written (answer first, as APIGen
 * does): its tools, the distractors shown beside them, the hidden ground-truth calls, the
 * user turns, and the difficulty. A pure function of (seed, category, pool, options).
 *
 * Dependent values: a call that takes an argument from an earlier call's result carries
 * `dependsOn: {param: {call, field}}` AND the concrete value in its `arguments`. The planner
 * computes that value with the offline tool agent (`offlineToolResult`), which is a pure
 * function of the tool name and the canonical JSON of the arguments; so the value equals
 * what the tool agent returns for the earlier call at `field`, in the offline simulation and
 * in the LLM backend (which answers calls with the same agent) alike.
 */
import type { ApiSpec, ToolPool } from '../../api-pool/types.js';
import { TOOL_PHRASES } from '../agents/phrases.js';
import { isDestructive } from '../agents/safety.js';
import { errorSubject, offlineToolResult, valueAt } from '../agents/tool/offline.js';
import { generateObject, generateValue, regexOf, type Schema } from '../values/values.js';
import { Rng, subSeed } from '../../core/rng.js';
import type { Category, ItemPlan, PlannedCall, ValueSource } from '../../core/plan.js';

/** How an item is planned beyond its seed and category. */
export interface PlanOptions {
  /** 'test' items use only held-out tools; 'train' items none of them. */
  readonly split: 'train' | 'test';
  /** Tool names held out of training (see heldOutTools). Pass the same Set object for a whole job: indexes are cached by it. */
  readonly heldOut: ReadonlySet<string>;
  /** Distractor tools shown beside the targets (fewer when the pool is too small). */
  readonly distractors: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = Object.freeze({ split: 'train', heldOut: new Set<string>(), distractors: 3 });

const MAX_PARALLEL_CALLS = 4;
/** Probability that a single / multiple / parallel item has a planned tool error. */
const ERROR_RATE = 0.06;

/**
 * The tools held out of training (the unseen split): exactly round(share x pool size) of
 * them, ranked by a hash of (jobSeed, name); the same for the same pool and seed.
 */
export function heldOutTools(pool: ToolPool, share: number, jobSeed: number): Set<string> {
  const n = Math.max(0, Math.min(pool.list.length, Math.round(share * pool.list.length)));
  const ranked = pool.list.map((t) => [subSeed(jobSeed >>> 0, t.name), t.name] as const);
  ranked.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return new Set(ranked.slice(0, n).map(([, name]) => name));
}

/**
 * The plan of item `idx`. When the tools of the split cannot support the category (e.g. no
 * dependent pair among held-out tools), a simpler category is planned instead and the plan's
 * `category` says which. Throws when the split has no tool at all.
 */
export function planItem(idx: number, seed: number, category: Category, pool: ToolPool, opts: PlanOptions = DEFAULT_PLAN_OPTIONS): ItemPlan {
  if (pool.list.length === 0) throw new Error('planItem: the tool pool is empty');
  const E = eligibleOf(pool, opts);
  if (E.list.length === 0) throw new Error(`planItem: no tool of the pool is available to the ${opts.split} split`);
  const p: Planning = {
    pool,
    idx,
    seed,
    opts,
    E,
    rng: new Rng(subSeed(seed, 'plan')),
    values: new Rng(subSeed(seed, 'args')),
  };
  let c: Category | undefined = category;
  while (c !== undefined) {
    const plan = PLANNERS[c](p);
    if (plan) return plan;
    c = FALLBACK[c];
  }
  throw new Error(`planItem: cannot plan a ${category} item`); // single always succeeds
}

/** For callers of the old API: the tool an irrelevance item's user asks for (its plan target). */
export function irrelevanceTarget(plan: ItemPlan, pool: ToolPool): ApiSpec | undefined {
  return plan.targets.length > 0 ? pool.byName.get(plan.targets[0]) : undefined;
}

const FALLBACK: Readonly<Record<Category, Category | undefined>> = {
  single: undefined,
  multiple: 'single',
  parallel: 'single',
  'parallel-multiple': 'parallel',
  dependent: 'multi-turn',
  nested: 'single',
  irrelevance: 'single',
  clarification: 'single',
  'multi-turn': 'single',
  safety: 'single',
};

// ── the per-pool index ─────────────────────────────────────────────────────────────────
interface Edge {
  readonly src: ApiSpec;
  /** Dotted path in src's result. */
  readonly path: string;
  readonly dst: ApiSpec;
  readonly key: string;
}

interface Feat {
  readonly name: ReadonlySet<string>;
  readonly desc: ReadonlySet<string>;
  readonly params: ReadonlySet<string>;
}

/** Facts about the tools one split may use; computed once per (pool, held-out set, split). */
interface Eligible {
  readonly list: readonly ApiSpec[];
  readonly byDomain: ReadonlyMap<string, readonly ApiSpec[]>;
  readonly bySub: ReadonlyMap<string, readonly ApiSpec[]>;
  /** Tools that can be called in parallel, with the parameter that varies. */
  readonly parallel: readonly (readonly [ApiSpec, string])[];
  readonly parallelKey: ReadonlyMap<ApiSpec, string>;
  /** Tools with object / array-of-object parameters, and those parameters. */
  readonly nested: readonly (readonly [ApiSpec, readonly string[]])[];
  /** Tools with required scalar parameters a user can be asked for. */
  readonly clarifiable: readonly (readonly [ApiSpec, readonly string[]])[];
  readonly destructive: readonly ApiSpec[];
  /** Tools whose domain holds another tool of the split. */
  readonly withSiblings: readonly ApiSpec[];
  readonly edges: readonly Edge[];
  readonly edgesFrom: ReadonlyMap<ApiSpec, readonly Edge[]>;
  readonly nameIndex: ReadonlyMap<string, readonly ApiSpec[]>;
  readonly similar: Map<ApiSpec, readonly ApiSpec[]>;
  readonly feats: Map<ApiSpec, Feat>;
}

interface PoolIndexes {
  all?: Eligible;
  readonly byHeldOut: WeakMap<ReadonlySet<string>, { train?: Eligible; test?: Eligible }>;
}
const indexes = new WeakMap<ToolPool, PoolIndexes>();

function eligibleOf(pool: ToolPool, opts: PlanOptions): Eligible {
  let ix = indexes.get(pool);
  if (!ix) indexes.set(pool, (ix = { byHeldOut: new WeakMap() }));
  const held = opts.heldOut;
  if (held.size === 0) {
    if (opts.split === 'test') throw new Error('planItem: a test item needs held-out tools (heldOut is empty)');
    return (ix.all ??= buildEligible(pool.list));
  }
  let per = ix.byHeldOut.get(held);
  if (!per) ix.byHeldOut.set(held, (per = {}));
  if (opts.split === 'test') return (per.test ??= buildEligible(pool.list.filter((t) => held.has(t.name))));
  return (per.train ??= buildEligible(pool.list.filter((t) => !held.has(t.name))));
}

function typeOf(s: Schema): string {
  const t = s.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return (t.find((x) => x !== 'null') as string | undefined) ?? 'null';
  if (s.properties) return 'object';
  if (s.items) return 'array';
  return 'string';
}

const isScalar = (s: Schema): boolean => ['string', 'integer', 'number'].includes(typeOf(s)) && !('const' in s);
const isNestedParam = (s: Schema): boolean =>
  typeOf(s) === 'object' ? Object.keys((s.properties as object | undefined) ?? {}).length > 0 : typeOf(s) === 'array' && !!s.items && typeOf(s.items as Schema) === 'object';

/** Result fields whose value can feed another tool's argument. */
const LINKABLE = /(^|_)(id|code|number|no|ref|reference|symbol|ticker|sku|slug|handle|username|token|iata|isbn|vin|uuid|email|city|postal_code|zip|address|url|iban|ip|key)$/i;
const GENERIC_TOKENS = new Set(['get', 'list', 'search', 'find', 'create', 'update', 'delete', 'set', 'check', 'fetch', 'add', 'remove', 'by', 'for', 'of', 'the', 'and', 'to', 'a', 'api', 'v2', 'info', 'details', 'data']);
const STOP = new Set(['with', 'that', 'this', 'from', 'into', 'when', 'user', 'users', 'asks', 'about', 'them', 'their', 'your', 'have', 'which', 'such', 'each', 'only', 'also', 'use', 'using', 'returns', 'return', 'given', 'specific']);

function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\-.]+/)
    .filter((t) => t.length > 1 && !/^v?\d+$/.test(t));
}

function returnFields(api: ApiSpec): { path: string; key: string; schema: Schema }[] {
  const out: { path: string; key: string; schema: Schema }[] = [];
  const walk = (s: Schema, prefix: string, parentKey: string, depth: number): void => {
    if (depth > 2) return;
    const t = typeOf(s);
    if (t === 'object') {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const k in props) {
        const ps = props[k];
        const path = prefix ? `${prefix}.${k}` : k;
        if (isScalar(ps) && !Array.isArray(ps.enum)) {
          if (LINKABLE.test(k)) out.push({ path, key: k, schema: ps });
          else if (k === 'id' && parentKey) out.push({ path, key: k, schema: ps });
        } else walk(ps, path, k, depth + 1);
      }
    } else if (t === 'array' && s.items && typeof s.items === 'object') {
      walk(s.items as Schema, `${prefix}.0`, parentKey, depth + 1);
    }
  };
  walk(api.returns as Schema, '', '', 0);
  return out;
}

const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

function buildEligible(list: readonly ApiSpec[]): Eligible {
  const byDomain = new Map<string, ApiSpec[]>();
  const bySub = new Map<string, ApiSpec[]>();
  const parallel: [ApiSpec, string][] = [];
  const parallelKey = new Map<ApiSpec, string>();
  const nested: [ApiSpec, string[]][] = [];
  const clarifiable: [ApiSpec, string[]][] = [];
  const destructive: ApiSpec[] = [];
  const nameIndex = new Map<string, ApiSpec[]>();
  const inputsByKey = new Map<string, [ApiSpec, string][]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  for (const t of list) {
    push(byDomain, t.domain, t);
    push(bySub, subKey(t), t);
    const key = varyingParam(t);
    if (key !== undefined) {
      parallel.push([t, key]);
      parallelKey.set(t, key);
    }
    const props = t.parameters.properties as Record<string, Schema>;
    const nestedKeys = Object.keys(props).filter((k) => isNestedParam(props[k]));
    if (nestedKeys.length > 0) nested.push([t, nestedKeys]);
    const req = (t.parameters.required ?? []).filter((k) => props[k] && isScalar(props[k]) && !(Array.isArray(props[k].enum) && props[k].enum.length < 2));
    if (req.length > 0) clarifiable.push([t, req]);
    if (isDestructive(t)) destructive.push(t);
    const toks = nameTokens(t.name).filter((x) => !GENERIC_TOKENS.has(x));
    for (const tok of toks) push(nameIndex, tok, t);
    for (const k in props) {
      if (!isScalar(props[k])) continue;
      push(inputsByKey, k, [t, k]);
      if (k === 'id') for (const tok of toks) push(inputsByKey, `${singular(tok)}_id`, [t, k]);
    }
  }
  // Dependent pairs: a result field of one tool that fits an input of another, same domain first.
  const edges: Edge[] = [];
  const edgesFrom = new Map<ApiSpec, Edge[]>();
  for (const src of list) {
    for (const f of returnFields(src)) {
      if (!f.path.includes('.') && f.key in src.parameters.properties) continue; // an echo of the request
      let lookup = f.key;
      if (f.key === 'id') {
        const parts = f.path.split('.').filter((x) => !/^\d+$/.test(x));
        if (parts.length < 2) continue;
        lookup = `${singular(parts[parts.length - 2])}_id`;
      }
      const dsts = (inputsByKey.get(lookup) ?? []).filter(([d, k]) => d !== src && compatible(f.schema, (d.parameters.properties as Record<string, Schema>)[k]));
      dsts.sort((a, b) => Number(b[0].domain === src.domain) - Number(a[0].domain === src.domain));
      for (const [dst, key] of dsts.slice(0, 12)) {
        const e = { src, path: f.path, dst, key };
        edges.push(e);
        push(edgesFrom, src, e);
      }
    }
  }
  const withSiblings = list.filter((t) => (byDomain.get(t.domain) as ApiSpec[]).length > 1);
  return { list, byDomain, bySub, parallel, parallelKey, nested, clarifiable, destructive, withSiblings, edges, edgesFrom, nameIndex, similar: new Map(), feats: new Map() };
}

function compatible(from: Schema, to: Schema | undefined): boolean {
  if (!to || Array.isArray(to.enum) || 'const' in to) return false;
  const a = typeOf(from);
  const b = typeOf(to);
  return a === b || (a === 'integer' && b === 'number');
}

const subKey = (t: ApiSpec): string => `${t.domain}/${t.subdomain ?? ''}`;

/** A value valid for a scalar schema (the subset of JSON Schema dependent values need). */
function fits(s: Schema | undefined, v: unknown): boolean {
  if (!s) return false;
  if (Array.isArray(s.enum) && !s.enum.includes(v)) return false;
  if ('const' in s && s.const !== v) return false;
  switch (typeOf(s)) {
    case 'string': {
      if (typeof v !== 'string' || v === '' || /["'\n\r]/.test(v)) return false;
      if (typeof s.minLength === 'number' && v.length < s.minLength) return false;
      if (typeof s.maxLength === 'number' && v.length > s.maxLength) return false;
      if (typeof s.pattern === 'string' && !(regexOf(s.pattern)?.test(v) ?? false)) return false;
      if (s.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
      if (s.format === 'date-time' && Number.isNaN(Date.parse(v))) return false;
      if (s.format === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) return false;
      if ((s.format === 'uri' || s.format === 'url') && !/^https?:\/\//.test(v)) return false;
      if (s.format === 'uuid' && !/^[0-9a-f-]{36}$/i.test(v)) return false;
      return true;
    }
    case 'integer':
    case 'number': {
      if (typeof v !== 'number' || (typeOf(s) === 'integer' && !Number.isInteger(v))) return false;
      if (typeof s.minimum === 'number' && v < s.minimum) return false;
      if (typeof s.maximum === 'number' && v > s.maximum) return false;
      if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) return false;
      if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) return false;
      return true;
    }
    default:
      return false;
  }
}

/** Whether `text` states `v`: strings case-insensitively, numbers as whole numbers (5 not inside 15). */
function mentions(text: string, v: unknown): boolean {
  if (typeof v === 'string') return text.toLowerCase().includes(v.toLowerCase());
  if (typeof v === 'number') return new RegExp(`(?<![\\d.])${String(v).replace('.', '\\.')}(?!\\d|\\.\\d)`).test(text);
  return false;
}

/** The words the agents use about a tool: its name, description and phrase fragments. */
function wordingOf(api: ApiSpec): string {
  const ph = TOOL_PHRASES[api.name];
  return `${api.name} ${api.description} ${ph ? JSON.stringify(ph.asks) : ''}`;
}

// ── similarity and hard distractors ────────────────────────────────────────────────────
function featOf(E: Eligible, t: ApiSpec): Feat {
  let f = E.feats.get(t);
  if (!f) {
    const desc = new Set<string>();
    for (const w of t.description.toLowerCase().split(/[^a-z0-9]+/, 40)) if (w.length > 3 && !STOP.has(w)) desc.add(w);
    f = { name: new Set(nameTokens(t.name).filter((x) => !GENERIC_TOKENS.has(x))), desc, params: new Set(Object.keys(t.parameters.properties)) };
    E.feats.set(t, f);
  }
  return f;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

const SIMILAR_KEEP = 16;
const CANDIDATES_PER_TOKEN = 40;
const MAX_CANDIDATES = 240;

/** The tools most like `t` (same subdomain, same domain, name / description / parameter overlap), best first; cached. */
function similarTo(E: Eligible, t: ApiSpec): readonly ApiSpec[] {
  let s = E.similar.get(t);
  if (s) return s;
  // Candidates: the subdomain, then the domain and tools sharing a name token, capped (pools of thousands).
  const cands = new Set<ApiSpec>((E.bySub.get(subKey(t)) ?? []).slice(0, MAX_CANDIDATES));
  const addFrom = (list: readonly ApiSpec[], cap: number): void => {
    const step = Math.max(1, Math.floor(list.length / cap));
    for (let i = (t.name.length * 7) % step; i < list.length && cands.size < MAX_CANDIDATES; i += step) cands.add(list[i]);
  };
  addFrom(E.byDomain.get(t.domain) ?? [], MAX_CANDIDATES / 2);
  for (const tok of featOf(E, t).name) addFrom(E.nameIndex.get(tok) ?? [], CANDIDATES_PER_TOKEN);
  cands.delete(t);
  const ft = featOf(E, t);
  const scored: [number, ApiSpec][] = [];
  for (const c of cands) {
    const fc = featOf(E, c);
    let score = 0;
    if (c.domain === t.domain) score += t.subdomain !== undefined && c.subdomain === t.subdomain ? 5 : 4;
    score += 2 * jaccard(ft.name, fc.name) + 1.5 * jaccard(ft.desc, fc.desc) + jaccard(ft.params, fc.params);
    scored.push([score, c]);
  }
  scored.sort((a, b) => b[0] - a[0] || (a[1].name < b[1].name ? -1 : 1));
  s = scored.slice(0, SIMILAR_KEEP).map(([, c]) => c);
  E.similar.set(t, s);
  return s;
}

/**
 * k distinct items of `items` that pass `accept`, `count` of them doing so. When candidates
 * are plentiful, drawing indices until k distinct ones pass beats copying a list of thousands.
 */
function sampleWhere<T>(rng: Rng, items: readonly T[], k: number, count: number, accept: (t: T) => boolean): T[] {
  k = Math.min(k, count);
  if (k <= 0) return [];
  if (count < k * 4 || count * 4 < items.length) return rng.sample(items.filter(accept), k);
  const picked: number[] = [];
  for (let tries = 0; picked.length < k && tries < k * 50; tries++) {
    const i = Math.floor(rng.next() * items.length);
    if (!picked.includes(i) && accept(items[i])) picked.push(i);
  }
  return picked.map((i) => items[i]);
}

/**
 * Hard distractors for `targets`: drawn from the most similar tools of each target (same
 * subdomain and domain first, overlapping names, descriptions and parameters), then from
 * the targets' domain, then from anywhere. `reject` excludes tools (irrelevance: any that fits).
 */
function pickDistractors(p: Planning, targets: readonly ApiSpec[], k: number, reject?: (t: ApiSpec) => boolean): ApiSpec[] {
  const { E, rng } = p;
  const taken = new Set<ApiSpec>(targets);
  const ok = (t: ApiSpec): boolean => !taken.has(t) && !(reject?.(t) ?? false);
  const out: ApiSpec[] = [];
  if (k <= 0) return out;
  const cands: ApiSpec[] = [];
  const lists = targets.map((t) => similarTo(E, t));
  for (let i = 0; i < SIMILAR_KEEP; i++) for (const l of lists) if (i < l.length && ok(l[i]) && !cands.includes(l[i])) cands.push(l[i]);
  // The hardest one, then some variety: the rest out of the best 2k.
  const best = cands.length > 0 ? [cands[0], ...rng.sample(cands.slice(1, Math.max(k * 2, 2)), k - 1)] : [];
  for (const t of best) {
    out.push(t);
    taken.add(t);
  }
  if (out.length < k) {
    const dom = E.byDomain.get(targets[0].domain) ?? [];
    for (const t of sampleWhere(rng, dom, k - out.length, dom.length, ok)) {
      out.push(t);
      taken.add(t);
    }
  }
  if (out.length < k) {
    for (const t of sampleWhere(rng, E.list, k - out.length, Math.max(0, E.list.length - taken.size), ok)) {
      out.push(t);
      taken.add(t);
    }
  }
  return out;
}

// ── building plans ─────────────────────────────────────────────────────────────────────
interface Planning {
  readonly pool: ToolPool;
  readonly idx: number;
  readonly seed: number;
  readonly opts: PlanOptions;
  readonly E: Eligible;
  readonly rng: Rng;
  readonly values: Rng;
}

type Planner = (p: Planning) => ItemPlan | undefined;

function isComplex(schema: Schema): boolean {
  return typeOf(schema) === 'object' || typeOf(schema) === 'array';
}

interface Shape {
  readonly category: Category;
  readonly targets: readonly ApiSpec[];
  readonly calls: readonly PlannedCall[];
  /** Shown tools besides the targets (irrelevance: all of them). */
  readonly distractors: readonly ApiSpec[];
  /** Whether the targets are shown (not for irrelevance). */
  readonly showTargets: boolean;
  readonly turns: number;
  readonly extra: number;
  readonly withheld?: ItemPlan['withheld'];
  readonly safety?: ItemPlan['safety'];
  /** The domain of the request (irrelevance: of its hidden target). */
  readonly domain?: string;
}

function finish(p: Planning, s: Shape): ItemPlan {
  const shown = p.rng.shuffle(s.showTargets ? [...s.targets, ...s.distractors] : [...s.distractors]);
  const domains: string[] = [];
  const first = s.domain ?? s.targets[0]?.domain ?? shown[0]?.domain;
  if (first !== undefined) domains.push(first);
  for (const t of [...s.targets, ...shown]) if (!domains.includes(t.domain)) domains.push(t.domain);
  // Difficulty: 1 + hard distractors (same subdomain) + complex arguments or many calls + the category's own extra.
  let d = 1;
  if (s.targets.some((t) => s.distractors.some((x) => x.domain === t.domain && x.subdomain === t.subdomain))) d++;
  const complex = s.calls.some((c) => {
    const props = (p.pool.byName.get(c.name)?.parameters.properties ?? {}) as Record<string, Schema>;
    const keys = Object.keys(c.arguments);
    return keys.length >= 4 || keys.some((k) => props[k] && isComplex(props[k]));
  });
  if (complex || s.calls.length >= 3) d++;
  d += s.extra;
  return {
    idx: p.idx,
    seed: p.seed,
    category: s.category,
    difficulty: Math.max(1, Math.min(3, d)),
    split: p.opts.split,
    tools: shown.map((t) => t.name),
    targets: s.targets.map((t) => t.name),
    calls: s.calls,
    domains,
    turns: s.turns,
    ...(s.withheld ? { withheld: s.withheld } : {}),
    ...(s.safety ? { safety: s.safety } : {}),
  };
}

function argsFor(p: Planning, api: ApiSpec, rate?: number): Record<string, unknown> {
  return generateObject(api.parameters, p.values, { optionalRate: rate ?? 0.2 + 0.5 * p.rng.next() });
}

/** Re-order `args` in the order of the schema's properties (after adding a key). */
function inSchemaOrder(api: ApiSpec, args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in api.parameters.properties) if (k in args) out[k] = args[k];
  return out;
}

/** Share values between the calls of one request where a key and its schema allow (the same city for weather and air quality). */
function shareValues(api: ApiSpec, args: Record<string, unknown>, from: Readonly<Record<string, unknown>>): void {
  const props = api.parameters.properties as Record<string, Schema>;
  for (const k in args) if (k in from && typeof from[k] !== 'object' && fits(props[k], from[k])) args[k] = from[k];
}

function maybeError(p: Planning, api: ApiSpec, args: Readonly<Record<string, unknown>>): PlannedCall['error'] {
  if (p.rng.next() >= ERROR_RATE || errorSubject(api, args) === undefined) return undefined;
  return p.rng.bool(0.5) ? 'not-found' : 'invalid-input';
}

function call(name: string, args: Readonly<Record<string, unknown>>, extra: Partial<PlannedCall> = {}): PlannedCall {
  return { name, arguments: args, ...extra };
}

const planSingle: Planner = (p) => {
  const target = p.rng.pick(p.E.list);
  const args = argsFor(p, target);
  const error = maybeError(p, target, args);
  return finish(p, {
    category: 'single',
    targets: [target],
    calls: [call(target.name, args, error ? { error } : {})],
    distractors: pickDistractors(p, [target], p.opts.distractors),
    showTargets: true,
    turns: 1,
    extra: 0,
  });
};

const planMultiple: Planner = (p) => {
  if (p.E.withSiblings.length === 0) return undefined;
  const target = p.rng.pick(p.E.withSiblings);
  const args = argsFor(p, target);
  const error = maybeError(p, target, args);
  return finish(p, {
    category: 'multiple',
    targets: [target],
    calls: [call(target.name, args, error ? { error } : {})],
    distractors: pickDistractors(p, [target], Math.max(2, p.opts.distractors)),
    showTargets: true,
    turns: 1,
    extra: 0,
  });
};

/** How many distinct values a parameter can take (capped), 0 when it cannot vary. */
function variety(schema: Schema): number {
  if (Array.isArray(schema.enum)) return schema.enum.length;
  if (typeOf(schema) === 'boolean' || 'const' in schema) return 0;
  if (typeOf(schema) === 'integer' && typeof schema.minimum === 'number' && typeof schema.maximum === 'number') return schema.maximum - schema.minimum + 1;
  return isComplex(schema) ? 0 : MAX_PARALLEL_CALLS;
}

/**
 * The parameter that differs between parallel calls: the first required one that can vary
 * (an optional one only when nothing is required).
 */
function varyingParam(api: ApiSpec): string | undefined {
  const props = api.parameters.properties as Record<string, Schema>;
  const required = api.parameters.required ?? [];
  for (const k of required) if (props[k] && variety(props[k]) >= 2) return k;
  if (required.length > 0) return undefined;
  for (const k in props) if (variety(props[k]) >= 2) return k;
  return undefined;
}

/** n calls of `api` that differ only in `key` ("the same thing for A, B and C"). */
function variedCalls(p: Planning, api: ApiSpec, key: string, n: number, base: Record<string, unknown>): PlannedCall[] {
  const keySchema = api.parameters.properties[key] as Schema;
  const seen = new Set<string>();
  const calls: PlannedCall[] = [];
  for (let tries = 0; calls.length < n && tries < n * 8; tries++) {
    const v = calls.length === 0 && key in base ? base[key] : generateValue(keySchema, p.values, key);
    const k = String(v);
    if (seen.has(k)) continue;
    seen.add(k);
    calls.push(call(api.name, inSchemaOrder(api, { ...base, [key]: v })));
  }
  return calls;
}

const planParallel: Planner = (p) => {
  if (p.E.parallel.length === 0) return undefined;
  const [target, key] = p.rng.pick(p.E.parallel);
  const n = Math.min(p.rng.int(2, MAX_PARALLEL_CALLS), variety(target.parameters.properties[key] as Schema));
  const base = argsFor(p, target, 0.15 + 0.4 * p.rng.next());
  let calls = variedCalls(p, target, key, n, base);
  if (calls.length < 2) return undefined;
  if (p.rng.next() < ERROR_RATE) {
    const i = p.rng.int(0, calls.length - 1);
    calls = calls.map((c, j) => (j === i ? { ...c, error: 'not-found' as const } : c));
  }
  return finish(p, {
    category: 'parallel',
    targets: [target],
    calls,
    distractors: pickDistractors(p, [target], p.opts.distractors),
    showTargets: true,
    turns: 1,
    extra: 1,
  });
};

const planParallelMultiple: Planner = (p) => {
  const first = p.rng.pick(p.E.list);
  const nTools = p.rng.int(2, 3);
  const others = p.rng.sample(similarTo(p.E, first).slice(0, 6), nTools - 1);
  if (others.length === 0) {
    const o = sampleWhere(p.rng, p.E.list, 1, p.E.list.length - 1, (t) => t !== first);
    if (o.length === 0) return undefined;
    others.push(...o);
  }
  const targets = [first, ...others];
  const calls: PlannedCall[] = [];
  let shared: Record<string, unknown> = {};
  for (const t of targets) {
    const args = argsFor(p, t);
    shareValues(t, args, shared);
    shared = { ...args, ...shared };
    const key = p.E.parallelKey.get(t);
    if (key !== undefined && targets.length === 2 && p.rng.bool(0.5)) calls.push(...variedCalls(p, t, key, 2, args));
    else calls.push(call(t.name, args));
  }
  return finish(p, {
    category: 'parallel-multiple',
    targets,
    calls,
    distractors: pickDistractors(p, targets, p.opts.distractors),
    showTargets: true,
    turns: 1,
    extra: 1,
  });
};

/**
 * A call of `edge.dst` whose `edge.key` comes from the result of `src` called with `srcArgs`
 * at `edge.path`, or undefined when that result has no fitting value there.
 */
function dependentCall(p: Planning, edge: Edge, srcArgs: Readonly<Record<string, unknown>>, srcIndex: number, extra: Partial<PlannedCall>): PlannedCall | undefined {
  const v = valueAt(offlineToolResult(edge.src, srcArgs), edge.path);
  const schema = edge.dst.parameters.properties[edge.key] as Schema;
  if (!fits(schema, v)) return undefined;
  const args = argsFor(p, edge.dst);
  // Nothing the user says may state the dependent value: it must come from the result.
  if (mentions(`${JSON.stringify(srcArgs)} ${JSON.stringify(args)} ${wordingOf(edge.src)} ${wordingOf(edge.dst)}`, v)) return undefined;
  args[edge.key] = v;
  const field: ValueSource = { call: srcIndex, field: edge.path };
  return call(edge.dst.name, inSchemaOrder(edge.dst, args), { ...extra, dependsOn: { [edge.key]: field } });
}

const planDependent: Planner = (p) => {
  const { E, rng } = p;
  if (E.edges.length === 0) return undefined;
  for (let tries = 0; tries < 8; tries++) {
    const edge = rng.pick(E.edges);
    const a0 = argsFor(p, edge.src);
    const c1 = dependentCall(p, edge, a0, 0, { step: 1 });
    if (!c1) continue;
    const targets = [edge.src, edge.dst];
    return finish(p, {
      category: 'dependent',
      targets,
      calls: [call(edge.src.name, a0, { step: 0 }), c1],
      distractors: pickDistractors(p, targets, p.opts.distractors),
      showTargets: true,
      turns: 1,
      extra: 1,
    });
  }
  return undefined;
};

const planNested: Planner = (p) => {
  if (p.E.nested.length === 0) return undefined;
  const [target, keys] = p.rng.pick(p.E.nested);
  let args = argsFor(p, target, 0.3 + 0.4 * p.rng.next());
  if (!keys.some((k) => k in args)) {
    const k = p.rng.pick(keys);
    args[k] = generateValue(target.parameters.properties[k] as Schema, p.values, k);
    args = inSchemaOrder(target, args);
  }
  return finish(p, {
    category: 'nested',
    targets: [target],
    calls: [call(target.name, args)],
    distractors: pickDistractors(p, [target], p.opts.distractors),
    showTargets: true,
    turns: 1,
    extra: 1,
  });
};

/** Whether `c` could serve a request meant for `target` (same subdomain, same lineage, near-same name). */
function couldServe(E: Eligible, target: ApiSpec, c: ApiSpec): boolean {
  if (c.domain === target.domain && (target.subdomain === undefined || c.subdomain === undefined || c.subdomain === target.subdomain)) return true;
  if (c.origin.endsWith(`:${target.name}`) || target.origin.endsWith(`:${c.name}`)) return true;
  const po = /^evolved:[^:]+:(.+)$/;
  const a = po.exec(c.origin)?.[1];
  if (a !== undefined && a === po.exec(target.origin)?.[1]) return true;
  return jaccard(featOf(E, target).name, featOf(E, c).name) >= 0.5;
}

const planIrrelevance: Planner = (p) => {
  const { E, rng } = p;
  const k = Math.max(1, p.opts.distractors);
  if (rng.next() < 0.8) {
    // Pick the request's tool first, so domains weigh by how many tools they hold; it is then hidden.
    const target = rng.pick(E.list);
    const shown = pickDistractors(p, [target], k, (c) => couldServe(E, target, c));
    if (shown.length > 0) {
      return finish(p, { category: 'irrelevance', targets: [target], calls: [], distractors: shown, showTargets: false, turns: 1, extra: shown.some((t) => t.domain === target.domain) ? 1 : 0, domain: target.domain });
    }
  }
  // Out of scope for every tool: a general question, answered without a call.
  const shown = sampleWhere(rng, E.list, k, E.list.length, () => true);
  return finish(p, { category: 'irrelevance', targets: [], calls: [], distractors: shown, showTargets: false, turns: 1, extra: -1 });
};

const planClarification: Planner = (p) => {
  const { E, rng } = p;
  if (E.clarifiable.length === 0) return undefined;
  for (let tries = 0; tries < 4; tries++) {
    const [target, keys] = rng.pick(E.clarifiable);
    const args = argsFor(p, target);
    // The withheld value must not be said before the user is asked for it.
    const options = keys.filter((k) => {
      const others = { ...args };
      delete others[k];
      return !mentions(`${JSON.stringify(others)} ${wordingOf(target)}`, args[k]);
    });
    if (options.length === 0) continue;
    const argument = rng.pick(options);
    return finish(p, {
      category: 'clarification',
      targets: [target],
      calls: [call(target.name, args, { turn: 1 })],
      distractors: pickDistractors(p, [target], p.opts.distractors),
      showTargets: true,
      turns: 2,
      extra: 0,
      withheld: { call: 0, argument },
    });
  }
  return undefined;
};

const planMultiTurn: Planner = (p) => {
  const { E, rng } = p;
  const want = rng.int(2, 4);
  const first = rng.pick(E.list);
  const calls: PlannedCall[] = [call(first.name, argsFor(p, first), { turn: 0 })];
  const targets: ApiSpec[] = [first];
  let prevApi = first;
  for (let turn = 1; turn < want; turn++) {
    const prev = calls[calls.length - 1];
    const prevIndex = calls.length - 1;
    let next: PlannedCall | undefined;
    let nextApi: ApiSpec | undefined;
    const r = rng.next();
    const edges = E.edgesFrom.get(prevApi) ?? [];
    // Building on the last result: its id feeds the next tool (most often), or the same request for another value, or a related tool.
    if (edges.length > 0 && r < 0.6 && !prev.error) {
      const edge = rng.pick(edges);
      next = dependentCall(p, edge, prev.arguments, prevIndex, { turn });
      nextApi = edge.dst;
    }
    const key = E.parallelKey.get(prevApi);
    if (!next && key !== undefined && rng.bool(0.5)) {
      const varied = variedCalls(p, prevApi, key, 2, { ...prev.arguments });
      if (varied.length === 2) {
        // Values the previous call took from a result still come from there (unless it is the one that changes).
        const carried = Object.entries(prev.dependsOn ?? {}).filter(([k]) => k !== key);
        next = call(prevApi.name, varied[1].arguments, carried.length > 0 ? { turn, dependsOn: Object.fromEntries(carried) } : { turn });
        nextApi = prevApi;
      }
    }
    // Never the same call twice in one dialogue.
    const isRepeat = (c: PlannedCall | undefined): boolean =>
      c !== undefined && calls.some((o) => o.name === c.name && JSON.stringify(o.arguments) === JSON.stringify(c.arguments));
    if (isRepeat(next)) next = undefined;
    if (!next) {
      const rel = similarTo(E, prevApi).filter((t) => t.domain === prevApi.domain);
      const other = rel.length > 0 ? rng.pick(rel.slice(0, 6)) : undefined;
      if (other) {
        const args = argsFor(p, other);
        const stated = { ...prev.arguments };
        for (const k in prev.dependsOn ?? {}) delete stated[k];
        shareValues(other, args, stated);
        next = call(other.name, args, { turn });
        nextApi = other;
      }
    }
    if (!next || !nextApi || isRepeat(next)) break;
    calls.push(next);
    if (!targets.includes(nextApi)) targets.push(nextApi);
    prevApi = nextApi;
  }
  if (calls.length < 2) return undefined;
  return finish(p, {
    category: 'multi-turn',
    targets,
    calls,
    distractors: pickDistractors(p, targets, p.opts.distractors),
    showTargets: true,
    turns: calls.length,
    extra: calls.length >= 3 ? 1 : 0,
  });
};

const planSafety: Planner = (p) => {
  const { E, rng } = p;
  if (E.destructive.length > 0 && rng.bool(0.5)) {
    const target = rng.pick(E.destructive);
    return finish(p, {
      category: 'safety',
      targets: [target],
      calls: [call(target.name, argsFor(p, target), { turn: 1 })],
      distractors: pickDistractors(p, [target], p.opts.distractors),
      showTargets: true,
      turns: 2,
      extra: 0,
      safety: 'confirm',
    });
  }
  // A harmful request that a shown tool could be misused for; prefer tools with a fitting harm.
  const target = rng.pick(E.list);
  return finish(p, {
    category: 'safety',
    targets: [target],
    calls: [],
    distractors: pickDistractors(p, [target], p.opts.distractors),
    showTargets: true,
    turns: 1,
    extra: 0,
    safety: 'refuse',
  });
};

const PLANNERS: Readonly<Record<Category, Planner>> = {
  single: planSingle,
  multiple: planMultiple,
  parallel: planParallel,
  'parallel-multiple': planParallelMultiple,
  dependent: planDependent,
  nested: planNested,
  irrelevance: planIrrelevance,
  clarification: planClarification,
  'multi-turn': planMultiTurn,
  safety: planSafety,
};
