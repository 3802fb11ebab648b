/** Helpers over the JSON Schemas of parameters and returns that the operators reshape. */
import { identifierTokens } from '../dedup.js';
import type { ApiSpec } from '../types.js';
import { capitalize } from './words.js';

export type Schema = Record<string, unknown>;

export interface Params {
  type: 'object';
  properties: Record<string, Schema>;
  required: string[];
  [k: string]: unknown;
}

export function cloneParams(p: ApiSpec['parameters']): Params {
  const c = structuredClone(p) as unknown as Params;
  c.properties ??= {};
  c.required = Array.isArray(c.required) ? c.required.slice() : [];
  return c;
}

export function optionalNames(p: Params): string[] {
  return Object.keys(p.properties).filter((k) => !p.required.includes(k));
}

export function isPrimitive(s: Schema): boolean {
  return ['string', 'integer', 'number', 'boolean'].includes(s.type as string);
}

export function renameProp(p: Params, from: string, to: string): void {
  const entries = Object.entries(p.properties).map(([k, v]) => [k === from ? to : k, v] as const);
  p.properties = Object.fromEntries(entries);
  p.required = p.required.map((r) => (r === from ? to : r));
}

function camelCase(name: string): string {
  const t = identifierTokens(name);
  return t.map((w, i) => (i === 0 ? w : capitalize(w))).join('');
}

export function camelizeSchema(s: Schema): Schema {
  const out: Schema = { ...s };
  if (s.properties && typeof s.properties === 'object') {
    out.properties = Object.fromEntries(Object.entries(s.properties as Record<string, Schema>).map(([k, v]) => [camelCase(k), camelizeSchema(v)]));
    if (Array.isArray(s.required)) out.required = (s.required as string[]).map(camelCase);
  }
  if (s.items && typeof s.items === 'object' && !Array.isArray(s.items)) out.items = camelizeSchema(s.items as Schema);
  return out;
}

/** The first array-of-objects property of a returns schema, for sort fields and batch naming. */
export function arrayItemProps(returns: Schema): Record<string, Schema> | undefined {
  const props = returns.properties as Record<string, Schema> | undefined;
  if (!props) return undefined;
  for (const v of Object.values(props)) {
    const items = v?.items as Schema | undefined;
    if (v?.type === 'array' && items && typeof items === 'object' && items.properties) {
      const ip = items.properties as Record<string, Schema>;
      // The per-entry results of a batch variant are not a listing to sort or page through.
      if ('index' in ip && 'ok' in ip) return undefined;
      return ip;
    }
  }
  return undefined;
}

export const SIZE_PARAMS = ['limit', 'page_size', 'max_results', 'per_page', 'count', 'top_n', 'pageSize', 'maxResults'];
export const PAGE_PARAMS = ['page', 'cursor', 'offset', 'page_token', 'pageToken', 'next_cursor'];

/**
 * A copy of a schema with `fn` applied to every property at any depth (inside objects and array
 * items), children first: it gets the property's name, schema and siblings and returns its new
 * name and schema; `required` follows a rename.
 */
export function mapProps(schema: Schema, fn: (key: string, s: Schema, siblings: Readonly<Record<string, Schema>>) => readonly [string, Schema]): Schema {
  const out: Schema = { ...schema };
  const props = schema.properties as Record<string, Schema> | undefined;
  if (props && typeof props === 'object') {
    const np: Record<string, Schema> = {};
    const renamed = new Map<string, string>();
    for (const [k, v] of Object.entries(props)) {
      const [nk, nv] = fn(k, v && typeof v === 'object' ? mapProps(v, fn) : v, props);
      const key = nk !== k && (nk in props || nk in np) ? k : nk;
      np[key] = nv;
      if (key !== k) renamed.set(k, key);
    }
    out.properties = np;
    if (Array.isArray(schema.required)) out.required = (schema.required as string[]).map((r) => renamed.get(r) ?? r);
  }
  if (schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items)) out.items = mapProps(schema.items as Schema, fn);
  return out;
}

/** Whether some property at any depth (objects and array items) satisfies `pred`. */
export function someProp(schema: Schema, pred: (key: string, s: Schema) => boolean, depth = 0): boolean {
  if (depth > 8 || !schema || typeof schema !== 'object') return false;
  const props = schema.properties as Record<string, Schema> | undefined;
  if (props && typeof props === 'object') for (const [k, v] of Object.entries(props)) if (pred(k, v) || someProp(v, pred, depth + 1)) return true;
  return schema.items && typeof schema.items === 'object' ? someProp(schema.items as Schema, pred, depth + 1) : false;
}
