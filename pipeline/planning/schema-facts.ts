/** What the planner reads off a parameter's JSON Schema, and whether a value fits one. */
import { inBounds, regexOf, typeOf, type Schema } from '../values/values.js';

/** The most calls a parallel request makes. */
export const MAX_PARALLEL_CALLS = 4;

export const isScalar = (s: Schema): boolean => ['string', 'integer', 'number'].includes(typeOf(s)) && !('const' in s);
export const isNestedParam = (s: Schema): boolean =>
  typeOf(s) === 'object' ? Object.keys((s.properties as object | undefined) ?? {}).length > 0 : typeOf(s) === 'array' && !!s.items && typeOf(s.items as Schema) === 'object';

export function isComplex(schema: Schema): boolean {
  return typeOf(schema) === 'object' || typeOf(schema) === 'array';
}

/** How many distinct values a parameter can take (capped), 0 when it cannot vary. */
export function variety(schema: Schema): number {
  if (Array.isArray(schema.enum)) return schema.enum.length;
  if (typeOf(schema) === 'boolean' || 'const' in schema) return 0;
  if (typeOf(schema) === 'integer' && typeof schema.minimum === 'number' && typeof schema.maximum === 'number') return schema.maximum - schema.minimum + 1;
  return isComplex(schema) ? 0 : MAX_PARALLEL_CALLS;
}

/** Whether a result field of schema `from` can be passed to a parameter of schema `to`. */
export function compatible(from: Schema, to: Schema | undefined): boolean {
  if (!to || Array.isArray(to.enum) || 'const' in to) return false;
  const a = typeOf(from);
  const b = typeOf(to);
  return a === b || (a === 'integer' && b === 'number');
}

/** A value valid for a scalar schema (the subset of JSON Schema dependent values need). */
export function fits(s: Schema | undefined, v: unknown): boolean {
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
      return inBounds(s, v);
    }
    default:
      return false;
  }
}
