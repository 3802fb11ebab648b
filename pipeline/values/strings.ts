/** Strings: by format first, then by what the property means, then from the pattern, else plain words fitted to the length bounds. */
import type { Rng } from '../../core/rng.js';
import { clockTime, isoDate, isoDateTime } from './dates.js';
import { email, rulesFor, webUrl } from './field-rules.js';
import { fromPattern, regexOf } from './patterns.js';
import { keyOf, type Schema } from './schema.js';
import { NOUNS, pick } from './words.js';

const HEX = '0123456789abcdef';

function fitsString(s: string, schema: Schema): boolean {
  if (typeof schema.minLength === 'number' && s.length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && s.length > schema.maxLength) return false;
  if (typeof schema.pattern === 'string' && regexOf(schema.pattern)?.test(s) === false) return false;
  return true;
}

export function genString(schema: Schema, rng: Rng, path: string, anchor: number): string {
  switch (schema.format) {
    case 'date':
      return isoDate(anchor);
    case 'date-time':
      return isoDateTime(anchor);
    case 'email':
    case 'idn-email':
      return email(rng);
    case 'uri':
    case 'url':
      return webUrl(rng);
    case 'time':
      return `${clockTime(rng)}:00Z`;
    case 'uuid': {
      let h = '';
      for (let i = 0; i < 32; i++) h += HEX[Math.floor(rng.next() * 16)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    }
  }
  // Rules see the property name; a bare `name` or `id` is read with its parent (places.name).
  const own = keyOf(path);
  for (const gen of rulesFor(own === 'name' || own === 'id' ? path : own)) {
    const s = gen(rng, schema);
    if (s !== null && fitsString(s, schema)) return s;
  }
  if (typeof schema.pattern === 'string') {
    const s = fromPattern(schema.pattern, rng);
    if (s !== null) return s;
  }
  // Generic fallback: one or two words fitted to the length bounds.
  let s = rng.bool(0.5) ? pick(rng, NOUNS) : `${pick(rng, NOUNS)} ${pick(rng, NOUNS)}`;
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  while (s.length < minLength) s += ` ${pick(rng, NOUNS)}`;
  if (typeof schema.maxLength === 'number' && s.length > schema.maxLength) s = s.slice(0, schema.maxLength).trim();
  return s;
}
