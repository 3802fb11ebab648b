/**
 * Strings: by format first (dates by meaning, emails, URIs, IPs, UUIDs), then by what the field
 * means (kinds.ts, generators.ts), then from the pattern; a value the schema's pattern or length
 * rejects is tried in its other forms (`fr-FR`, a slug) before the pattern alone decides.
 */
import { clockTime, dateMeaning, isoDate, isoDateTime } from './dates.js';
import { GENERATORS, email, slugForms, type GenContext } from './generators.js';
import { ipv4, ipv6, hex } from './codes.js';
import { kindOf, snake, type FieldKind } from './kinds.js';
import { fromPattern, regexOf } from './patterns.js';
import type { Schema } from './schema.js';
import type { StringContext } from './context.js';
import type { Rng } from '../../core/rng.js';
import { termsOf } from './terms.js';
import { pick } from './words.js';

const URL_KIND: FieldKind = { kind: 'url', role: '' };

function fitsString(s: string, schema: Schema): boolean {
  if (typeof schema.minLength === 'number' && s.length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && s.length > schema.maxLength) return false;
  if (typeof schema.pattern === 'string' && regexOf(schema.pattern)?.test(s) === false) return false;
  return true;
}

/** The last two names of a path (`hotels.name` -> name, hotels). */
function dotted(path: string): [string, string] {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return [path, ''];
  const before = path.lastIndexOf('.', dot - 1);
  return [path.slice(dot + 1), path.slice(before + 1, dot)];
}

export function genString(schema: Schema, rng: Rng, path: string, ctx: StringContext): string {
  const [own, parent] = dotted(path);
  // A date field without a format (`date`, `due_on`, `created_at`) is a date all the same.
  const fk = schema.format === 'uri' || schema.format === 'url' ? URL_KIND : schema.format === undefined ? kindOf(own, parent, schema, ctx.api, ctx.siblings) : undefined;
  const format = fk?.kind === 'date' || fk?.kind === 'date-time' ? fk.kind : schema.format;
  switch (format) {
    case 'date':
    case 'date-time': {
      const dt = format === 'date-time';
      const t = ctx.clock.next(dateMeaning(snake(own), ctx.api, ctx.inResult), dt, rng);
      return dt ? isoDateTime(t) : isoDate(t);
    }
    case 'email':
    case 'idn-email':
      return ctx.world && !ctx.inResult && rng.bool(0.5) ? ctx.world.user.email : email(rng);
    case 'ipv4':
      return ipv4(rng);
    case 'ipv6':
      return ipv6(rng);
    case 'time':
      return `${clockTime(rng)}:00Z`;
    case 'uuid': {
      const h = hex(rng, 32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    }
  }
  const g: GenContext = { rng, fk: fk ?? kindOf(own, parent, schema, ctx.api, ctx.siblings), scene: ctx.scene, inResult: ctx.inResult, world: ctx.world, api: ctx.api };
  const made = GENERATORS[g.fk.kind](g);
  const forms = typeof made === 'string' ? [made] : made;
  for (const s of forms) if (fitsString(s, schema)) return s;
  if (typeof schema.pattern === 'string' && forms.length > 0) for (const s of slugForms(forms[0])) if (s !== '' && fitsString(s, schema)) return s;
  if (typeof schema.pattern === 'string') {
    const s = fromPattern(schema.pattern, rng);
    if (s !== null) return s;
  }
  // Fitted to the length bounds: the value cut, or padded with terms of the API's domain.
  let s = forms[0] ?? pick(rng, termsOf(ctx.api?.domain));
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  while (s.length < minLength) s += ` ${pick(rng, termsOf(ctx.api?.domain))}`;
  if (typeof schema.maxLength === 'number' && s.length > schema.maxLength) s = s.slice(0, schema.maxLength).trim();
  return s;
}
