import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { evolvePool } from '../../api-pool/evolve.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { ValidatorCache } from '../../api-pool/validator-cache.js';
import { Rng } from '../../core/rng.js';
import { generateObject, type Schema } from '../../pipeline/values/values.js';
import { argumentErrors } from '../../verifiers/rules/calls.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const newAjv = (): Ajv => addFormats(new Ajv({ allErrors: true, strict: false, logger: false }));

describe('ValidatorCache', () => {
  it('holds at most its capacity, compiles a schema once while it is held, and says why a schema does not compile', () => {
    const cache = new ValidatorCache(newAjv, 4);
    const schemas = Array.from({ length: 10 }, (_, i) => ({ type: 'integer', minimum: i }));
    for (const s of schemas) cache.get(JSON.stringify(s), () => s);
    expect(cache.size).toBeLessThanOrEqual(4);
    const compiled = cache.compiled;
    const last = schemas[9];
    const v = cache.get(JSON.stringify(last), () => last);
    expect(cache.compiled).toBe(compiled);
    expect(typeof v === 'function' && v(9) && !v(8)).toBe(true);
    expect(cache.get('bad', () => ({ type: 'string', pattern: '(' }))).toMatch(/Invalid regular expression/);
    expect(() => new ValidatorCache(newAjv, 0)).toThrow(/capacity/);
  });
});

describe('argumentErrors', () => {
  it('gives exactly the errors of an ajv validator of its own, on more tools than its cache holds', () => {
    const apis = evolvePool({ domains: SEED_DOMAINS, size: 400, seed: 5 }).apis;
    const rng = new Rng(2);
    const refAjv = newAjv();
    let invalid = 0;
    for (const api of apis) {
      const schema = api.parameters as unknown as Schema;
      const reference = refAjv.compile(schema);
      const args = generateObject(schema, rng, { optionalRate: 0.5 }, '', -1);
      const keys = Object.keys(schema.properties as object);
      const broken = [args, { ...args, zz: 1 }, { ...args, [rng.pick(keys)]: rng.pick(['x', -5, 1.5, null, [], {}]) }];
      for (const value of broken) {
        const expected = reference(value) ? [] : reference.errors;
        if (expected?.length) invalid++;
        // A fresh copy of the parameters, as a record read from a file has.
        expect(argumentErrors(structuredClone(api.parameters) as Record<string, unknown>, value), api.name).toEqual(expected);
        expect(argumentErrors(api.parameters as Record<string, unknown>, value), api.name).toEqual(expected);
      }
    }
    expect(invalid).toBeGreaterThan(400);
  });

  it('reports a schema that does not compile as before', () => {
    const errors = argumentErrors({ type: 'object', properties: { a: { type: 'string', pattern: '(' } } }, { a: 'x' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ keyword: 'schema', instancePath: '' });
    expect(errors[0].message).toMatch(/^tool schema does not compile: /);
  });
});
