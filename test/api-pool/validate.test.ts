import { describe, expect, it } from 'vitest';
import type { ApiSpec } from '../../api-pool/types.js';
import { validateApi, validatePool } from '../../api-pool/validate.js';

type Mutable = { -readonly [K in keyof ApiSpec]: any };

const VALID: ApiSpec = {
  name: 'get_weather_forecast',
  domain: 'weather',
  subdomain: 'forecasts',
  description: 'Get the daily weather forecast for a city.',
  parameters: {
    type: 'object',
    properties: {
      city: { type: 'string', description: 'City name, e.g. "Lyon".', minLength: 1 },
      days: { type: 'integer', description: 'Days ahead.', minimum: 1, maximum: 14, default: 3, examples: [1, 7] },
      unit: { type: 'string', description: 'Temperature unit.', enum: ['celsius', 'fahrenheit'], default: 'celsius' },
      filters: {
        type: 'object',
        description: 'Optional filters.',
        properties: { min_temp: { type: 'number' }, '$ref': { type: 'string', description: 'A property literally named $ref.' } },
        required: ['min_temp'],
        additionalProperties: false,
      },
    },
    required: ['city'],
    additionalProperties: false,
  },
  returns: {
    type: 'object',
    properties: { days: { type: 'array', items: { type: 'object', properties: { date: { type: 'string', format: 'date' }, temp: { type: 'number' } } } } },
    required: ['days'],
  },
  origin: 'seed',
};

function broken(edit: (api: Mutable) => void): ApiSpec {
  const copy = structuredClone(VALID) as unknown as Mutable;
  edit(copy);
  return copy as unknown as ApiSpec;
}

const CASES: { check: string; api: ApiSpec; pointer: string }[] = [
  { check: 'parameters meta-schema', api: broken((a) => (a.parameters.properties.city.type = 'str')), pointer: '/parameters/properties/city/type' },
  { check: 'parameters meta-schema (minimum not a number)', api: broken((a) => (a.parameters.properties.days.minimum = 'one')), pointer: '/parameters/properties/days/minimum' },
  { check: 'returns meta-schema', api: broken((a) => (a.returns.type = 'objekt')), pointer: '/returns/type' },
  { check: 'parameters type object', api: broken((a) => (a.parameters.type = 'array')), pointer: '/parameters/type' },
  { check: 'parameters properties present', api: broken((a) => delete a.parameters.properties), pointer: '/parameters/properties' },
  { check: 'name pattern', api: broken((a) => (a.name = 'get weather.forecast')), pointer: '/name' },
  { check: 'name length', api: broken((a) => (a.name = 'x'.repeat(65))), pointer: '/name' },
  { check: 'description non-empty', api: broken((a) => (a.description = '  ')), pointer: '/description' },
  { check: 'empty property description', api: broken((a) => (a.parameters.properties.city.description = '')), pointer: '/parameters/properties/city/description' },
  { check: 'required subset of properties', api: broken((a) => (a.parameters.required = ['city', 'country'])), pointer: '/parameters/required/1' },
  { check: 'required subset (nested)', api: broken((a) => (a.parameters.properties.filters.required = ['max_temp'])), pointer: '/parameters/properties/filters/required/0' },
  { check: 'required is an array', api: broken((a) => (a.parameters.required = 'city')), pointer: '/parameters/required' },
  { check: 'no $ref in parameters', api: broken((a) => (a.parameters.properties.unit = { $ref: '#/definitions/unit' })), pointer: '/parameters/properties/unit/$ref' },
  { check: 'no $ref in returns', api: broken((a) => (a.returns.properties.days.items = { $ref: '#/$defs/day' })), pointer: '/returns/properties/days/items/$ref' },
  { check: 'enum non-empty', api: broken((a) => ((a.parameters.properties.unit.enum = []), delete a.parameters.properties.unit.default)), pointer: '/parameters/properties/unit/enum' },
  { check: 'enum unique', api: broken((a) => (a.parameters.properties.unit.enum = ['celsius', 'fahrenheit', 'celsius'])), pointer: '/parameters/properties/unit/enum' },
  { check: 'enum unique (canonical JSON)', api: broken((a) => (a.parameters.properties.unit = { description: 'x', enum: [{ a: 1, b: 2 }, { b: 2, a: 1 }] })), pointer: '/parameters/properties/unit/enum' },
  { check: 'default valid', api: broken((a) => (a.parameters.properties.days.default = 30)), pointer: '/parameters/properties/days/default' },
  { check: 'default valid (enum)', api: broken((a) => (a.parameters.properties.unit.default = 'kelvin')), pointer: '/parameters/properties/unit/default' },
  { check: 'examples valid', api: broken((a) => (a.parameters.properties.days.examples = [2, 'three'])), pointer: '/parameters/properties/days/examples/1' },
  { check: 'default valid (format)', api: broken((a) => (a.returns.properties.days.items.properties.date.default = 'yesterday')), pointer: '/returns/properties/days/items/properties/date/default' },
];

describe('validateApi', () => {
  it('accepts the valid fixture (a property named "$ref" is not a $ref)', () => {
    expect(validateApi(VALID)).toEqual([]);
  });

  it.each(CASES)('catches: $check at $pointer', ({ api, pointer }) => {
    const issues = validateApi(api);
    expect(issues.map((i) => i.pointer)).toContain(pointer);
    for (const i of issues) expect(i.problem.length).toBeGreaterThan(0);
  });

  it('never throws on junk', () => {
    expect(validateApi({} as ApiSpec).length).toBeGreaterThan(0);
    expect(validateApi({ ...VALID, parameters: null } as unknown as ApiSpec).map((i) => i.pointer)).toContain('/parameters');
  });
});

describe('validatePool', () => {
  it('flags the second and later uses of a name, not the first', () => {
    const bad = broken((a) => (a.description = ''));
    const dup = { ...VALID, description: 'Another forecast tool.' };
    const { valid, invalid } = validatePool([VALID, dup, bad, { ...VALID, origin: 'x' }]);
    expect(valid).toEqual([VALID]);
    expect(invalid).toHaveLength(3);
    expect(invalid[0].issues).toEqual([expect.objectContaining({ pointer: '/name' })]);
    expect(invalid[1].issues.map((i) => i.pointer)).toEqual(expect.arrayContaining(['/name', '/description']));
  });
});
