import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtinPool } from '../../api-pool/index.js';
import { evolvePool } from '../../api-pool/evolve.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import type { ApiSpec } from '../../api-pool/types.js';
import { surelyValid } from '../../api-pool/value-check.js';
import { Rng } from '../../core/rng.js';
import { generateObject, type Schema } from '../../pipeline/values/values.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
// The verifier's own ajv options.
const ajv = addFormats(new Ajv({ allErrors: true, strict: false, logger: false }));

const APIS: ApiSpec[] = [...builtinPool().list, ...evolvePool({ domains: SEED_DOMAINS, size: 700, seed: 3 }).apis];

/** Values that break a property one way each: wrong types, bounds, lengths, formats, duplicates. */
const ODD: readonly unknown[] = [
  'x', '', 'a'.repeat(600), '😀'.repeat(3), '2024-13-45', 'not an email', 'http//bad', 0, -1, 1.5, 1e9, -1e9, 2 ** 53, true, null, [], [1, 1], ['a', 'a'], {}, { x: 1 },
];

function variants(schema: Schema, valid: Record<string, unknown>, rng: Rng): unknown[] {
  const out: unknown[] = [valid, {}, { ...valid, zz_unknown: 1 }, [], 'x', null];
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const k of Object.keys(props)) {
    const copy = { ...valid };
    delete copy[k];
    out.push(copy);
    for (const odd of rng.sample(ODD, 6)) out.push({ ...valid, [k]: odd });
    const v = valid[k];
    if (Array.isArray(v) && v.length > 0) out.push({ ...valid, [k]: [...v, v[0]] }, { ...valid, [k]: Array.from({ length: 120 }, () => v[0]) });
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const kk of Object.keys(v)) for (const odd of rng.sample(ODD, 3)) out.push({ ...valid, [k]: { ...v, [kk]: odd } });
    if (typeof v === 'number') out.push({ ...valid, [k]: v + 0.5 }, { ...valid, [k]: -v }, { ...valid, [k]: v * 1000 });
    if (typeof v === 'string') out.push({ ...valid, [k]: `${v} ` }, { ...valid, [k]: v.toUpperCase() }, { ...valid, [k]: v.slice(1) });
  }
  return out;
}

describe('surelyValid', () => {
  it('never vouches for a value ajv rejects, and vouches for nearly every valid argument object', () => {
    const rng = new Rng(11);
    let checked = 0;
    let vouched = 0;
    let ajvValid = 0;
    let validGenerated = 0;
    let vouchedGenerated = 0;
    for (const api of APIS) {
      const schema = api.parameters as unknown as Schema;
      const validate = ajv.compile(schema);
      for (let n = 0; n < 3; n++) {
        const args = generateObject(schema, rng, { optionalRate: n / 2 }, '', -1);
        if (validate(args)) {
          validGenerated++;
          if (surelyValid(schema, args)) vouchedGenerated++;
        }
        for (const value of variants(schema, args, rng)) {
          const sure = surelyValid(schema, value);
          const ok = validate(value);
          checked++;
          if (ok) ajvValid++;
          if (sure) {
            vouched++;
            expect(ok, `${api.name}: ${JSON.stringify(value)}`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20_000);
    expect(ajvValid - vouched).toBeLessThan(ajvValid * 0.05);
    expect(validGenerated).toBeGreaterThan(APIS.length * 2.5);
    expect(vouchedGenerated / validGenerated).toBeGreaterThan(0.97);
  });

  it("follows ajv on the corners: code-point lengths, the u flag, integers, multipleOf, deep enums, unique items", () => {
    const cases: [Schema, unknown][] = [
      [{ type: 'string', maxLength: 2 }, '😀😀'],
      [{ type: 'string', minLength: 3 }, '😀😀'],
      [{ type: 'string', pattern: '^.$' }, '😀'],
      [{ type: 'integer' }, 1.0],
      [{ type: 'integer' }, 1.5],
      [{ type: ['integer', 'null'] }, null],
      [{ type: 'number', multipleOf: 0.1 }, 0.3],
      [{ type: 'number', multipleOf: 0.01 }, 1.15],
      [{ enum: [{ a: [1, 2] }, 'x'] }, { a: [1, 2] }],
      [{ const: { a: 1 } }, { a: 1, b: 2 }],
      [{ type: 'array', uniqueItems: true }, [{ a: 1 }, { a: 1 }]],
      [{ type: 'array', uniqueItems: true }, [1, '1']],
      [{ type: 'string', format: 'date' }, '2024-02-30'],
      [{ type: 'string', format: 'date-time' }, '2024-02-03T10:00:00Z'],
      [{ type: 'string', format: 'email' }, 'a@b.co'],
      [{ type: 'string', format: 'uri' }, 'relative/path'],
      [{ format: 'date' }, 12],
      [{ minimum: 3 }, 'ab'],
      [{ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, { a: 'x', b: 1 }],
      [{ type: 'object', additionalProperties: { type: 'number' } }, { a: 1, b: 'x' }],
      [{ type: 'object', required: ['a'] }, { b: 1 }],
      [{ type: 'object', maxProperties: 1 }, { a: 1, b: 2 }],
      [{ type: 'number', exclusiveMinimum: 0 }, 0],
    ];
    for (const [schema, value] of cases) {
      const ok = ajv.compile(schema)(value);
      const sure = surelyValid(schema, value);
      if (sure) expect(ok, JSON.stringify([schema, value])).toBe(true);
      // Every one of these schemas is understood, so a valid value is vouched for.
      expect(sure, JSON.stringify([schema, value])).toBe(ok);
    }
  });

  it('asks ajv about any schema it does not fully understand', () => {
    const unknown: Schema[] = [
      { type: 'object', anyOf: [{ required: ['a'] }] },
      { type: 'string', format: 'int32' },
      { type: 'string', format: 'no-such-format' },
      { type: 'string', pattern: '(' },
      { type: 'strin' },
      { type: 'number', exclusiveMinimum: true },
      { type: 'object', properties: { constructor: { type: 'string' } } },
      { type: 'object', required: ['a', 'a'] },
      { type: 'array', items: [{ type: 'string' }] },
      { $ref: '#/definitions/x' },
      { type: 'string', nullable: true },
    ];
    for (const schema of unknown) expect(surelyValid(schema, 'x'), JSON.stringify(schema)).toBe(false);
    expect(surelyValid(true, 1)).toBe(true);
    expect(surelyValid(false, 1)).toBe(false);
  });
});
