/**
 * Whether a result field's schema admits a value taken from the call (an echoed argument, a
 * bound, a date moved into a range): the tool agent only writes what keeps the result valid
 * against the API's `returns` schema. A cheap reading of the keywords the value generator
 * honours, with no compiled validator (this runs per call).
 */
import { inBounds, regexOf, typeOf, type Schema } from '../../values/values.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function stringOk(s: Schema, v: string): boolean {
  if (typeof s.minLength === 'number' && v.length < s.minLength) return false;
  if (typeof s.maxLength === 'number' && v.length > s.maxLength) return false;
  if (typeof s.pattern === 'string' && regexOf(s.pattern)?.test(v) === false) return false;
  switch (s.format) {
    case 'date':
      return DATE.test(v);
    case 'date-time':
      return DATE_TIME.test(v);
    case 'email':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
    case 'uri':
    case 'url':
      return /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v);
    default:
      return true;
  }
}

/** Whether `v` is valid against `s` (type, enum, const, bounds, length, pattern, format; arrays item by item). */
export function admits(s: Schema | undefined, v: unknown): boolean {
  if (!s || v === undefined) return false;
  if ('const' in s) return s.const === v;
  if (Array.isArray(s.enum)) return s.enum.includes(v);
  const types = Array.isArray(s.type) ? (s.type as string[]) : [typeOf(s)];
  if (v === null) return types.includes('null');
  switch (typeof v) {
    case 'string':
      return types.includes('string') && stringOk(s, v);
    case 'boolean':
      return types.includes('boolean');
    case 'number': {
      if (!Number.isFinite(v)) return false;
      if (!(types.includes('number') || (types.includes('integer') && Number.isInteger(v)))) return false;
      if (!inBounds(s, v)) return false;
      return typeof s.multipleOf !== 'number' || Math.abs(v / s.multipleOf - Math.round(v / s.multipleOf)) < 1e-9;
    }
    default:
      if (!Array.isArray(v) || !types.includes('array')) return false;
      if (typeof s.minItems === 'number' && v.length < s.minItems) return false;
      if (typeof s.maxItems === 'number' && v.length > s.maxItems) return false;
      return v.every((x) => typeof x !== 'object' && admits((s.items ?? {}) as Schema, x));
  }
}

const decimalsOf = (v: number): number => (String(Math.round(v * 1e4) / 1e4).split('.')[1] ?? '').length;

/**
 * A value drawn anywhere between two bounds, rounded as `like` was (its decimals, two at least,
 * four at most): a price drawn under a max_price keeps cents, not 2299.6452. `fitNumber` keeps
 * every decimal of what it is given, as a sum must.
 */
export const drawnLike = (x: number, like: number): number => {
  const f = 10 ** Math.min(4, decimalsOf(like) || 2);
  return Math.round(x * f) / f;
};

/**
 * The closest number to `x` the schema admits, rounded as `like` was (integer, or its decimals)
 * but never losing a decimal `x` has (a sum of 12.45 and 3.2 stays 15.65); undefined when none.
 */
export function fitNumber(s: Schema, x: number, like?: number): number | undefined {
  const integer = typeOf(s) === 'integer' || (like !== undefined && Number.isInteger(like) && Number.isInteger(x));
  const decimals = integer ? 0 : like === undefined ? 2 : Math.min(4, Math.max(decimalsOf(like) || 2, decimalsOf(x)));
  const f = 10 ** decimals;
  let v = Math.round(x * f) / f;
  if (typeof s.minimum === 'number' && v < s.minimum) v = Math.ceil(s.minimum * f) / f;
  if (typeof s.maximum === 'number' && v > s.maximum) v = Math.floor(s.maximum * f) / f;
  if (typeof s.multipleOf === 'number' && s.multipleOf > 0) v = Math.round(v / s.multipleOf) * s.multipleOf;
  v = Object.is(v, -0) ? 0 : Math.round(v * 1e6) / 1e6;
  return admits(s, v) ? v : undefined;
}
