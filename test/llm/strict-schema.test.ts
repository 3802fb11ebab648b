import { describe, expect, it } from 'vitest';
import { seedDomains } from '../../api-pool/seeds/load.js';
import { STRICT_LIMITS, strictSchemaProblems } from '../../llm/strict-schema-check.js';
import { toStrictSchema, type StrictForm } from '../../llm/strict-schema.js';
import { generateFromSchema } from '../../scripts/lib/schema-values.js';
import { validator } from '../helpers/schema.js';

type Schema = Record<string, unknown>;

function strict(schema: object): Extract<StrictForm, { ok: true }> {
  const form = toStrictSchema(schema);
  if (!form.ok) throw new Error(form.problems.join('\n'));
  return form;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const obj = (properties: Schema, required: string[] = Object.keys(properties), extra: Schema = {}): Schema => ({ type: 'object', properties, required, additionalProperties: false, ...extra });

describe('the strict-mode checker (the rules of the Structured Outputs guide)', () => {
  const ok = obj({ a: { type: 'string', pattern: '^x+$' }, b: { type: ['integer', 'null'], minimum: 1 }, c: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] } });
  it('accepts a schema within the rules', () => {
    expect(strictSchemaProblems(ok)).toEqual([]);
    expect(strictSchemaProblems({ ...obj({ next: { $ref: '#/$defs/n' } }), $defs: { n: obj({ v: { type: 'number' }, next: { anyOf: [{ $ref: '#/$defs/n' }, { type: 'null' }] } }) } })).toEqual([]);
  });

  const deep = (n: number): Schema => (n === 1 ? obj({ leaf: { type: 'string' } }) : obj({ down: deep(n - 1) }));
  const many = (n: number): Schema => obj(Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { type: 'boolean' }])));
  it.each<[string, unknown, RegExp]>([
    ['a root that is not an object', { type: 'array', items: { type: 'string' } }, /root must be an object/],
    ['a root anyOf', { anyOf: [ok, ok] }, /root must be an object/],
    ['an object without additionalProperties: false', { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, /additionalProperties: false/],
    ['an optional property', obj({ a: { type: 'string' }, b: { type: 'string' } }, ['a']), /every property must be required; missing "b"/],
    ['minLength', obj({ a: { type: 'string', minLength: 2 } }), /"minLength" is not permitted/],
    ['default', obj({ a: { type: 'string', default: 'x' } }), /"default" is not permitted/],
    ['uniqueItems', obj({ a: { type: 'array', items: { type: 'string' }, uniqueItems: true } }), /"uniqueItems" is not permitted/],
    ['allOf', obj({ a: { allOf: [{ type: 'string' }] } }), /type undefined is not a strict-mode type/],
    ['format uri', obj({ a: { type: 'string', format: 'uri' } }), /format "uri" is not supported/],
    ['two types', obj({ a: { type: ['string', 'integer'] } }), /not a strict-mode type/],
    ['an external $ref', obj({ a: { $ref: 'other.json#/x' } }), /does not name the root or a \$defs entry/],
    ['an enum value of another type', obj({ a: { type: 'string', enum: ['x', 1] } }), /enum value 1 does not have type/],
    ['11 levels of objects', deep(11), /nested 11 levels deep/],
    ['5001 properties', many(STRICT_LIMITS.maxProperties + 1), /5001 object properties/],
    ['1001 enum values', obj({ a: { type: 'integer', enum: Array.from({ length: 1001 }, (_, i) => i) } }), /1001 enum values/],
    ['a 300-value enum of 60,000 characters', obj({ a: { type: 'string', enum: Array.from({ length: 300 }, (_, i) => `${'v'.repeat(197)}${i}`.padEnd(200, 'x')) } }), /at most 15000 above 250/],
  ])('refuses %s', (_name, schema, problem) => {
    const problems = strictSchemaProblems(schema);
    expect(problems.join('\n')).toMatch(problem);
  });

  it('counts 10 levels and 5000 properties as within the limits', () => {
    expect(strictSchemaProblems(deep(10))).toEqual([]);
    expect(strictSchemaProblems(many(STRICT_LIMITS.maxProperties))).toEqual([]);
  });
});

describe('toStrictSchema and the way back', () => {
  it('makes optional properties nullable and drops their nulls on the way back', () => {
    const original = { type: 'object', properties: { id: { type: 'string' }, note: { type: 'string', minLength: 2 }, tags: { type: 'array', items: { type: 'string' } } }, required: ['id'] };
    const f = strict(original);
    expect(f.schema).toEqual({
      type: 'object',
      properties: {
        id: { type: 'string' },
        note: { type: ['string', 'null'], pattern: '^.{2,}$', description: '(minLength: 2)' },
        tags: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
      },
      required: ['id', 'note', 'tags'],
      additionalProperties: false,
    });
    expect(f.restore({ id: 'a', note: null, tags: null })).toEqual({ id: 'a' });
    expect(f.restore({ id: 'a', note: 'hi', tags: ['x'] })).toEqual({ id: 'a', note: 'hi', tags: ['x'] });
  });

  it('keeps a null the original allows', () => {
    const f = strict({ type: 'object', properties: { end: { type: ['string', 'null'], format: 'date' } } });
    expect(f.schema.properties).toEqual({ end: { type: ['string', 'null'], format: 'date' } });
    expect(f.restore({ end: null })).toEqual({ end: null });
  });

  it('moves unsupported keywords into the description and keeps the supported ones', () => {
    const f = strict(obj({ n: { type: 'integer', minimum: 1, maximum: 9, default: 3, examples: [4] }, u: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, uniqueItems: true, minItems: 1, description: 'Units.' } }));
    expect(f.schema.properties).toEqual({
      n: { type: 'integer', minimum: 1, maximum: 9, description: '(default: 3; examples: [4])' },
      u: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, minItems: 1, description: 'Units. (uniqueItems: true)' },
    });
    // uniqueItems is not in the strict schema: a repeat is dropped on the way back.
    expect(f.restore({ n: 2, u: ['a', 'b', 'a'] })).toEqual({ n: 2, u: ['a', 'b'] });
  });

  it('turns a map into a list of entries and back', () => {
    const original = { type: 'object', properties: { totals: { type: 'object', additionalProperties: { type: 'number' } } }, required: ['totals'] };
    const f = strict(original);
    expect((f.schema.properties as Schema).totals).toMatchObject({ type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, value: { type: 'number' } } } });
    expect(f.restore({ totals: [{ key: 'EUR', value: 3 }, { key: 'USD', value: 4.5 }] })).toEqual({ totals: { EUR: 3, USD: 4.5 } });
  });

  it('wraps a root that is not an object, and unwraps the answer', () => {
    const f = strict({ type: 'array', items: { type: 'string' } });
    expect(f.schema).toEqual(obj({ value: { type: 'array', items: { type: 'string' } } }));
    expect(f.restore({ value: ['a'] })).toEqual(['a']);
  });

  it('reads oneOf as anyOf, merges allOf, splits several types, honours nullable', () => {
    const f = strict({
      type: 'object',
      properties: {
        pick: { oneOf: [{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { type: 'integer' }] },
        both: { allOf: [{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { properties: { b: { type: 'integer' } } }] },
        num: { type: ['string', 'number'] },
        maybe: { type: 'string', nullable: true },
      },
      required: ['pick', 'both', 'num', 'maybe'],
    });
    expect(strictSchemaProblems(f.schema)).toEqual([]);
    const p = f.schema.properties as Record<string, Schema>;
    expect(p.both).toEqual(obj({ a: { type: 'string' }, b: { type: ['integer', 'null'] } }));
    expect(p.num).toEqual({ anyOf: [{ type: 'string' }, { type: 'number' }] });
    expect(p.maybe).toEqual({ type: ['string', 'null'] });
    expect(f.restore({ pick: { a: 'x' }, both: { a: 'y', b: null }, num: 2, maybe: null })).toEqual({ pick: { a: 'x' }, both: { a: 'y' }, num: 2, maybe: null });
  });

  it('makes local $refs $defs entries, recursion included, and restores through them', () => {
    const original = {
      type: 'object',
      properties: { head: { $ref: '#/definitions/node' } },
      required: ['head'],
      definitions: { node: { type: 'object', properties: { v: { type: 'integer' }, next: { $ref: '#/definitions/node' } }, required: ['v'] } },
    };
    const f = strict(original);
    expect(strictSchemaProblems(f.schema)).toEqual([]);
    expect(f.schema.$defs).toEqual({ node: obj({ v: { type: 'integer' }, next: { anyOf: [{ $ref: '#/$defs/node' }, { type: 'null' }] } }) });
    expect(f.restore({ head: { v: 1, next: { v: 2, next: null } } })).toEqual({ head: { v: 1, next: { v: 2 } } });
  });

  it('says why when the rules cannot be met (size limits, external refs)', () => {
    const big = { type: 'object', properties: Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`p${i}`, { type: 'string' }])) };
    const r = toStrictSchema(big);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join()).toMatch(/5001 object properties/);
    const ext = toStrictSchema({ type: 'object', properties: { a: { $ref: 'https://example.com/s.json' } } });
    expect(!ext.ok && ext.problems.join()).toMatch(/not a local reference/);
  });
});

describe('every seed API, parameters and returns', () => {
  const apis = seedDomains().flatMap((d) => d.apis);
  const schemas = apis.flatMap((a) => [
    { name: `${a.name} parameters`, schema: a.parameters as object },
    { name: `${a.name} returns`, schema: a.returns },
  ]);

  it('are 212 APIs, none strict-mode valid as they are', () => {
    expect(apis).toHaveLength(212);
    expect(apis.filter((a) => strictSchemaProblems(a.returns).length === 0)).toEqual([]);
  });

  it('transform to schemas the strict-mode checker accepts', () => {
    const failed = schemas.flatMap(({ name, schema }) => {
      const f = toStrictSchema(schema);
      return f.ok ? strictSchemaProblems(f.schema).map((p) => `${name}: ${p}`) : f.problems.map((p) => `${name}: ${p}`);
    });
    expect(failed).toEqual([]);
  });

  it('answers valid against the strict schema come back valid against the original (ajv), nulls included', () => {
    let nulls = 0;
    const failed: string[] = [];
    schemas.forEach(({ name, schema }, i) => {
      const f = strict(schema);
      for (let k = 0; k < 4; k++) {
        const sample = generateFromSchema(f.schema, rng(i * 31 + k));
        const againstStrict = validator(f.schema);
        if (!againstStrict(sample)) {
          failed.push(`${name}: the sample does not follow the strict schema: ${JSON.stringify(againstStrict.errors?.slice(0, 2))}`);
          continue;
        }
        nulls += JSON.stringify(sample).split('null').length - 1;
        const back = f.restore(sample);
        const againstOriginal = validator(schema);
        if (!againstOriginal(back)) failed.push(`${name}: ${JSON.stringify(back)} fails the original: ${JSON.stringify(againstOriginal.errors?.slice(0, 2))}`);
      }
    });
    expect(failed).toEqual([]);
    expect(nulls).toBeGreaterThan(200);
  });
});
