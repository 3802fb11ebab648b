/**
 * Schema-driven value generator for the offline backend: argument values for planned calls
 * and tool results. Everything comes from the caller's Rng, so values are a pure function of
 * the item's seed. Every string produced is a single line with no quotes, and every number has
 * at most 4 decimals, so `String(v)` is how a person would write it.
 *
 * Supported JSON Schema: type (incl. lists, the first non-null wins), enum, const, minimum /
 * maximum / exclusive*, multipleOf, minLength / maxLength, format (date, date-time, email,
 * uri, time, uuid), simple patterns (literals, classes, \d \w, quantifiers; no groups),
 * arrays (items, minItems, maxItems, uniqueItems), nested objects (properties, required).
 *
 * This file dispatches on the type and builds arrays and objects; strings by format and
 * meaning are in strings.ts and field-rules.ts (word lists in words.ts), numbers in
 * numbers.ts, dates in dates.ts, patterns in patterns.ts.
 */
import type { ApiSpec } from '../../api-pool/types.js';
import type { ItemWorld } from '../../core/plan.js';
import type { Rng } from '../../core/rng.js';
import { MIN_PER_DAY, randomAnchor } from './dates.js';
import { genNumber } from './numbers.js';
import { keyOf, typeOf, type Schema } from './schema.js';
import { genString } from './strings.js';

export { inBounds } from './numbers.js';
export { regexOf } from './patterns.js';
export { typeOf, type Schema } from './schema.js';

/**
 * What a value is drawn in: the item's world (today, the user's locale) and the API whose
 * arguments or result it is (its domain, subdomain, name and description tell what a field
 * means). Both optional: without them values are plausible but not anchored.
 */
export interface ValueContext {
  readonly world?: ItemWorld;
  readonly api?: ApiSpec;
}

/** Options of object generation. */
export interface ObjectOptions extends ValueContext {
  /** Probability that an optional property is present (default 0.5). */
  readonly optionalRate?: number;
}

function hasDateTime(schema: Schema): boolean {
  if (schema.format === 'date-time') return true;
  const props = schema.properties as Record<string, Schema> | undefined;
  if (props) for (const k in props) if (props[k].format === 'date-time') return true;
  return false;
}

function genArray(schema: Schema, rng: Rng, path: string, anchor: number, ctx: ValueContext): unknown[] {
  const items = (schema.items && typeof schema.items === 'object' ? schema.items : {}) as Schema;
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : 1;
  const maxItems = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : minItems + 2, minItems + 3);
  const n = rng.int(minItems, Math.max(minItems, maxItems));
  if (Array.isArray(items.enum)) return rng.sample(items.enum, n);
  const out: unknown[] = [];
  const seen = new Set<string>();
  // Successive items are successive times: forecast days, free slots.
  const step = hasDateTime(items) ? 180 : MIN_PER_DAY;
  // Items are made distinct (a request never lists the same thing twice); give up after a few tries.
  for (let tries = 0; out.length < n && tries < n * 4; tries++) {
    const v = generateValue(items, rng, path, anchor + out.length * step, ctx);
    const k = typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  while (out.length < minItems) out.push(generateValue(items, rng, path, anchor, ctx));
  return out;
}

/**
 * A value valid against `schema`. `path` is the property path (`passengers.adults`), used to
 * pick realistic words; `anchor` (minutes since the epoch) anchors generated dates.
 */
export function generateValue(schema: Schema, rng: Rng, path = '', anchor = -1, ctx: ValueContext = {}): unknown {
  if (anchor < 0) anchor = randomAnchor(rng);
  if ('const' in schema) return schema.const;
  // Combinators, simply: the first alternative of anyOf/oneOf, allOf merged shallowly.
  const alt = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(alt) && alt.length > 0 && !schema.type) return generateValue(alt[0], rng, path, anchor, ctx);
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    return generateValue(Object.assign({}, rest, ...(allOf as Schema[])) as Schema, rng, path, anchor, ctx);
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[Math.floor(rng.next() * schema.enum.length)];
  switch (typeOf(schema)) {
    case 'object':
      return generateObject(schema, rng, { ...ctx, optionalRate: 0.5 }, path, anchor);
    case 'array':
      return genArray(schema, rng, path, anchor, ctx);
    case 'integer':
      return genNumber(schema, rng, keyOf(path), true);
    case 'number':
      return genNumber(schema, rng, keyOf(path), false);
    case 'boolean':
      return rng.bool(0.5);
    case 'null':
      return null;
    default:
      return genString(schema, rng, path, anchor);
  }
}

interface Field {
  readonly key: string;
  readonly schema: Schema;
  readonly required: boolean;
}
const fieldCache = new WeakMap<Schema, readonly Field[]>();

/** The properties of an object schema, in order, with whether each is required (memoised). */
function fieldsOf(schema: Schema): readonly Field[] {
  let fields = fieldCache.get(schema);
  if (!fields) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    fields = Object.keys(props).map((key) => ({ key, schema: props[key], required: required.includes(key) }));
    fieldCache.set(schema, fields);
  }
  return fields;
}

/**
 * An object with every required property and each optional one with probability
 * `optionalRate`. Dates inside one object come out in property order (check_in before
 * check_out), and sibling strings are kept distinct (origin differs from destination).
 */
export function generateObject(
  schema: Schema,
  rng: Rng,
  opts: ObjectOptions = {},
  path = '',
  anchor = -1,
): Record<string, unknown> {
  const rate = opts.optionalRate ?? 0.5;
  const ctx: ValueContext = { ...(opts.world ? { world: opts.world } : {}), ...(opts.api ? { api: opts.api } : {}) };
  const out: Record<string, unknown> = {};
  let t = anchor < 0 ? randomAnchor(rng) : anchor;
  let strings: string[] | undefined;
  const parent = path === '' ? '' : `${keyOf(path)}.`;
  for (const f of fieldsOf(schema)) {
    if (!f.required && !rng.bool(rate)) continue;
    const childPath = parent + f.key;
    let v = generateValue(f.schema, rng, childPath, t, ctx);
    if (typeof v === 'string') {
      strings ??= [];
      for (let tries = 0; tries < 4 && strings.includes(v as string); tries++) v = generateValue(f.schema, rng, childPath, t, ctx);
      strings.push(v as string);
    }
    if (f.schema.format === 'date') t += MIN_PER_DAY * rng.int(1, 9);
    else if (f.schema.format === 'date-time') t += 15 * rng.int(2, 8);
    out[f.key] = v;
  }
  return out;
}
