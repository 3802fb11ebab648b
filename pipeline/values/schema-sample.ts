/**
 * Values that follow a JSON Schema: the stub server's generated answers and the dry run's rehearsal model (a JSON answer for a
 * response_format schema, the arguments of a tool call).
 */
import { Rng } from '../../core/rng.js';
import { fromPattern } from './patterns.js';

export type JsonSchema = { [k: string]: unknown };

/**
 * A value that follows `schema`: types, const, enum, required, min/max (length, items, value),
 * patterns, arrays, nested objects, anyOf/oneOf (a branch at random), a nullable type (null a
 * quarter of the time, as a model fills a strict schema's optional fields), local $ref to
 * #/$defs, #/definitions or #.
 */
export function generateFromSchema(schema: JsonSchema, rng: () => number = Math.random, root: JsonSchema = schema, depth = 0): unknown {
  // A guard against recursive $refs; strict schemas nest deep (anyOf, entries, nullable wrappers).
  if (depth > 48) return null;
  if (typeof schema.$ref === 'string') {
    const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(schema.$ref);
    const target = schema.$ref === '#' ? root : m ? ((root[m[1]] as Record<string, JsonSchema> | undefined)?.[m[2]] ?? {}) : {};
    return generateFromSchema(target, rng, root, depth + 1);
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[Math.floor(rng() * schema.enum.length)];
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) {
    const values = branches.filter((b) => b.type !== 'null');
    if (values.length === 0 || (values.length < branches.length && rng() < 0.25)) return null;
    return generateFromSchema(values[Math.floor(rng() * values.length)], rng, root, depth + 1);
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    return generateFromSchema(Object.assign({}, ...(schema.allOf as JsonSchema[])), rng, root, depth + 1);
  }
  let type = schema.type;
  if (Array.isArray(type)) type = type.includes('null') && rng() < 0.25 ? 'null' : (type.find((t) => t !== 'null') ?? 'null');
  if (type === undefined) type = schema.properties ? 'object' : schema.items ? 'array' : 'string';
  switch (type) {
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(props)) {
        // Required properties always; optional ones half the time, to exercise both.
        if (required.has(k) || rng() < 0.5) out[k] = generateFromSchema(s, rng, root, depth + 1);
      }
      for (const k of required) if (!(k in out)) out[k] = 'x';
      return out;
    }
    case 'array': {
      const min = (schema.minItems as number | undefined) ?? 1;
      const max = (schema.maxItems as number | undefined) ?? Math.max(min, 3);
      const len = min + Math.floor(rng() * (Math.min(max, min + 3) - min + 1));
      const items = (schema.items ?? {}) as JsonSchema;
      const out: unknown[] = [];
      for (let i = 0; i < len; i++) out.push(generateFromSchema(items, rng, root, depth + 1));
      if (schema.uniqueItems) return [...new Map(out.map((v) => [JSON.stringify(v), v])).values()];
      return out;
    }
    case 'integer':
    case 'number': {
      const lo = (schema.minimum as number | undefined) ?? (schema.exclusiveMinimum !== undefined ? (schema.exclusiveMinimum as number) + 1 : 0);
      const hi = (schema.maximum as number | undefined) ?? (schema.exclusiveMaximum !== undefined ? (schema.exclusiveMaximum as number) - 1 : lo + 100);
      const v = lo + rng() * Math.max(0, hi - lo);
      const step = schema.multipleOf as number | undefined;
      if (typeof step === 'number' && step > 0) return Math.min(Math.floor(hi / step), Math.max(Math.ceil(lo / step), Math.round(v / step))) * step;
      return type === 'integer' ? Math.min(Math.floor(hi), Math.max(Math.ceil(lo), Math.round(v))) : Math.round(v * 100) / 100;
    }
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    default: {
      const format = schema.format as string | undefined;
      if (format === 'date') return '2024-05-17';
      if (format === 'date-time') return '2024-05-17T10:30:00Z';
      if (format === 'email') return 'user@example.com';
      if (format === 'uri' || format === 'url') return 'https://example.com/a';
      if (format === 'uuid') return '123e4567-e89b-42d3-a456-426614174000';
      if (format === 'time') return '10:30:00Z';
      if (format === 'duration') return 'P1DT2H';
      if (format === 'hostname') return 'api.example.com';
      if (format === 'ipv4') return '192.0.2.10';
      if (format === 'ipv6') return '2001:db8::10';
      if (typeof schema.pattern === 'string') {
        const s = fromPattern(schema.pattern, new Rng(Math.floor(rng() * 0x7fffffff)));
        if (s !== null) return s;
      }
      const min = (schema.minLength as number | undefined) ?? 1;
      const max = (schema.maxLength as number | undefined) ?? Math.max(min, 12);
      const len = Math.min(max, Math.max(min, 3 + Math.floor(rng() * 8)));
      let s = '';
      for (let i = 0; i < len; i++) s += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rng() * 26)];
      return s;
    }
  }
}
