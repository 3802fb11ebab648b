/**
 * The per-pool index: facts about the tools one split may use (domains, parallel and nested
 * candidates, clarifiable and destructive tools, dependent pairs), computed once per
 * (pool, held-out set, split) and cached.
 */
import { isDestructive } from '../../api-pool/effect.js';
import { chainKind, parameterKind, resultFieldKind, singular, words, type EntityKind } from '../../api-pool/entity-kind.js';
import type { ApiSpec, ToolPool } from '../../api-pool/types.js';
import { typeOf, type Schema } from '../values/values.js';
import { compatible, isNestedParam, isScalar, variety } from './schema-facts.js';

export interface Edge {
  readonly src: ApiSpec;
  /** Dotted path in src's result. */
  readonly path: string;
  readonly dst: ApiSpec;
  readonly key: string;
  /** The entity the value is, in both tools ("event id", "flight offer id", "city"). */
  readonly kind: string;
}

export interface Feat {
  readonly name: ReadonlySet<string>;
  readonly desc: ReadonlySet<string>;
  readonly params: ReadonlySet<string>;
}

/** Facts about the tools one split may use; computed once per (pool, held-out set, split). */
export interface Eligible {
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

/** The index of the tools `opts.split` may use: held-out ones for 'test', the others for 'train'. */
export function eligibleOf(pool: ToolPool, opts: { readonly split: 'train' | 'test'; readonly heldOut: ReadonlySet<string> }): Eligible {
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

export const GENERIC_TOKENS = new Set(['get', 'list', 'search', 'find', 'create', 'update', 'delete', 'set', 'check', 'fetch', 'add', 'remove', 'by', 'for', 'of', 'the', 'and', 'to', 'a', 'api', 'v2', 'info', 'details', 'data']);

export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\-.]+/)
    .filter((t) => t.length > 1 && !/^v?\d+$/.test(t));
}

/** Scalar result fields (to depth 2) that name an entity another tool could take. */
function returnFields(api: ApiSpec): { path: string; key: string; schema: Schema; kind: EntityKind }[] {
  const out: { path: string; key: string; schema: Schema; kind: EntityKind }[] = [];
  const walk = (s: Schema, prefix: string, depth: number): void => {
    if (depth > 2) return;
    const t = typeOf(s);
    if (t === 'object') {
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const k in props) {
        const ps = props[k];
        const path = prefix ? `${prefix}.${k}` : k;
        if (isScalar(ps) && !Array.isArray(ps.enum)) {
          const kind = resultFieldKind(api, path, ps);
          if (kind) out.push({ path, key: k, schema: ps, kind });
        } else walk(ps, path, depth + 1);
      }
    } else if (t === 'array' && s.items && typeof s.items === 'object') {
      walk(s.items as Schema, `${prefix}.0`, depth + 1);
    }
  };
  walk(api.returns as Schema, '', 0);
  return out;
}

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
  // Dependent pairs: a result field of one tool that names the same kind of entity, in the same
  // system, as an input of another (an event id into an event tool, never a bill id into a payment).
  const edges: Edge[] = [];
  const edgesFrom = new Map<ApiSpec, Edge[]>();
  for (const src of list) {
    const asked = new Set(Object.keys(src.parameters.properties).map((k) => words(k).join('_')));
    for (const f of returnFields(src)) {
      // An echo of the request (maybe in an envelope, maybe renamed to camelCase) is no new value.
      if (!f.path.includes('.0.') && asked.has(words(f.key).join('_'))) continue;
      let lookup = f.key;
      if (f.key === 'id') {
        const parts = f.path.split('.').filter((x) => !/^\d+$/.test(x));
        lookup = `${singular(parts[parts.length - 2])}_id`;
      }
      let n = 0;
      for (const [dst, key] of inputsByKey.get(lookup) ?? []) {
        const schema = (dst.parameters.properties as Record<string, Schema>)[key];
        if (dst === src || !compatible(f.schema, schema)) continue;
        const to = parameterKind(dst, key, schema);
        const kind = to && chainKind(f.kind, to);
        if (kind === undefined) continue;
        const e = { src, path: f.path, dst, key, kind };
        edges.push(e);
        push(edgesFrom, src, e);
        if (++n === 12) break;
      }
    }
  }
  const withSiblings = list.filter((t) => (byDomain.get(t.domain) as ApiSpec[]).length > 1);
  return { list, byDomain, bySub, parallel, parallelKey, nested, clarifiable, destructive, withSiblings, edges, edgesFrom, nameIndex, similar: new Map(), feats: new Map() };
}

export const subKey = (t: ApiSpec): string => `${t.domain}/${t.subdomain ?? ''}`;

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

