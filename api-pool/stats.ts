/**
 * What a pool looks like: size, domain coverage, where the APIs came from, the shape of their
 * parameters, near-duplicates and validity. Used by `toolforge pool stats` and the build summary.
 */
import { nearDuplicateRate } from './dedup.js';
import type { ApiSpec } from './types.js';
import { validatePool } from './validate.js';

export interface PoolStats {
  count: number;
  domains: { count: number; perDomain: Record<string, number> };
  /** Distinct (domain, subdomain) pairs. */
  subdomains: number;
  /** By origin kind: 'seed', 'openapi', 'evolved:speciation', ... */
  origins: Record<string, number>;
  /** Over every parameter property, nested ones included (a type list counts each type). */
  paramTypes: {
    string: number;
    integer: number;
    number: number;
    boolean: number;
    array: number;
    object: number;
    other: number;
    /** Properties with a `format`, and per format. */
    formats: number;
    byFormat: Record<string, number>;
    /** Properties with an `enum`. */
    enums: number;
  };
  /** APIs by the maximum nesting depth of their parameters (0: no parameters, 1: flat). */
  nestingDepth: Record<string, number>;
  /** Top-level parameters over all APIs. */
  params: { required: number; optional: number; meanPerApi: number };
  /** Share of APIs with a near duplicate (Jaccard ≥ 0.8) earlier in the list. */
  nearDuplicateRate: number;
  /** Share of APIs that pass validatePool (duplicate names count as invalid). */
  validShare: number;
  invalid: number;
}

type Schema = Record<string, unknown>;

function originKind(origin: string): string {
  const parts = String(origin ?? '').split(':');
  if (parts[0] === 'evolved' && parts.length > 1) return `evolved:${parts[1]}`;
  return parts[0] || '(none)';
}

/** Visit every property schema under `schema`; returns the max depth reached. */
function visitProperties(schema: unknown, depth: number, onProp: (s: Schema) => void): number {
  if (typeof schema !== 'object' || schema === null || depth > 32) return depth - 1;
  const s = schema as Schema;
  let max = depth - 1;
  const props = s.properties;
  if (props && typeof props === 'object') {
    for (const p of Object.values(props as Record<string, unknown>)) {
      if (typeof p !== 'object' || p === null) continue;
      onProp(p as Schema);
      max = Math.max(max, depth, visitProperties(p, depth + 1, onProp));
    }
  }
  const items = s.items;
  if (items && typeof items === 'object' && !Array.isArray(items)) {
    // Items of an array are one level below the array property itself.
    max = Math.max(max, visitProperties(items, depth, onProp));
  }
  return max;
}

export function poolStats(apis: readonly ApiSpec[]): PoolStats {
  const perDomain: Record<string, number> = {};
  const subdomains = new Set<string>();
  const origins: Record<string, number> = {};
  const paramTypes: PoolStats['paramTypes'] = { string: 0, integer: 0, number: 0, boolean: 0, array: 0, object: 0, other: 0, formats: 0, byFormat: {}, enums: 0 };
  const nestingDepth: Record<string, number> = {};
  let required = 0;
  let optional = 0;
  const known = ['string', 'integer', 'number', 'boolean', 'array', 'object'] as const;

  for (const api of apis) {
    perDomain[api.domain] = (perDomain[api.domain] ?? 0) + 1;
    if (api.subdomain) subdomains.add(`${api.domain}/${api.subdomain}`);
    const kind = originKind(api.origin);
    origins[kind] = (origins[kind] ?? 0) + 1;
    const params = (api.parameters ?? {}) as Schema;
    const props = (params.properties ?? {}) as Record<string, unknown>;
    const req = Array.isArray(params.required) ? (params.required as string[]) : [];
    const n = Object.keys(props).length;
    const r = Object.keys(props).filter((k) => req.includes(k)).length;
    required += r;
    optional += n - r;
    const depth = Math.max(0, visitProperties(params, 1, (s) => {
      const types = Array.isArray(s.type) ? (s.type as unknown[]) : [s.type];
      for (const t of types) {
        if ((known as readonly unknown[]).includes(t)) paramTypes[t as (typeof known)[number]]++;
        else paramTypes.other++;
      }
      if (typeof s.format === 'string') {
        paramTypes.formats++;
        paramTypes.byFormat[s.format] = (paramTypes.byFormat[s.format] ?? 0) + 1;
      }
      if (Array.isArray(s.enum)) paramTypes.enums++;
    }));
    nestingDepth[String(depth)] = (nestingDepth[String(depth)] ?? 0) + 1;
  }
  const { invalid } = validatePool(apis);
  return {
    count: apis.length,
    domains: { count: Object.keys(perDomain).length, perDomain },
    subdomains: subdomains.size,
    origins,
    paramTypes,
    nestingDepth,
    params: { required, optional, meanPerApi: apis.length ? (required + optional) / apis.length : 0 },
    nearDuplicateRate: nearDuplicateRate(apis),
    validShare: apis.length ? (apis.length - invalid.length) / apis.length : 1,
    invalid: invalid.length,
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(x > 0 && x < 0.01 ? 2 : 1)}%`;
}

function table(title: string, rows: readonly (readonly [string, string | number])[]): string {
  const w = Math.max(title.length, ...rows.map(([k]) => k.length));
  const vw = Math.max(0, ...rows.map(([, v]) => String(v).length));
  const lines = [title, '-'.repeat(w + vw + 2)];
  for (const [k, v] of rows) lines.push(`${k.padEnd(w)}  ${String(v).padStart(vw)}`);
  return lines.join('\n');
}

function sortedEntries(rec: Record<string, number>): [string, number][] {
  return Object.entries(rec).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A readable multi-table report of PoolStats. */
export function formatPoolStats(s: PoolStats): string {
  const total = s.count || 1;
  const share = (n: number): string => `${n} (${pct(n / total)})`;
  const parts = [
    table('pool', [
      ['APIs', s.count],
      ['domains', s.domains.count],
      ['subdomains', s.subdomains],
      ['valid', `${s.count - s.invalid} (${pct(s.validShare)})`],
      ['near-duplicate rate', pct(s.nearDuplicateRate)],
      ['params per API (mean)', s.params.meanPerApi.toFixed(2)],
      ['required params', s.params.required],
      ['optional params', s.params.optional],
    ]),
    table('origins', sortedEntries(s.origins).map(([k, v]) => [k, share(v)] as const)),
    table('parameter types (all levels)', [
      ...(['string', 'integer', 'number', 'boolean', 'array', 'object', 'other'] as const).map((t) => [t, s.paramTypes[t]] as const),
      ['with format', s.paramTypes.formats],
      ...sortedEntries(s.paramTypes.byFormat).map(([k, v]) => [`  format ${k}`, v] as const),
      ['with enum', s.paramTypes.enums],
    ]),
    table('nesting depth of parameters', Object.keys(s.nestingDepth).sort((a, b) => Number(a) - Number(b)).map((d) => [`depth ${d}`, share(s.nestingDepth[d])] as const)),
    table('APIs per domain', sortedEntries(s.domains.perDomain)),
  ];
  return parts.join('\n\n');
}
