import { describe, expect, it } from 'vitest';
import { dedupApis, nearDuplicateRate } from '../../api-pool/dedup.js';
import type { ApiSpec } from '../../api-pool/types.js';

function api(name: string, description: string, params: string[], origin = 'seed'): ApiSpec {
  return {
    name,
    domain: 'travel',
    description,
    parameters: { type: 'object', properties: Object.fromEntries(params.map((p) => [p, { type: 'string', description: `The ${p}.` }])), required: params.slice(0, 1) },
    returns: { type: 'object', properties: { ok: { type: 'boolean' } } },
    origin,
  };
}

const FLIGHTS = api(
  'search_flights',
  'Search one-way or return flights between two airports for given dates, with cabin class, passenger counts and a maximum number of stops.',
  ['origin_airport', 'destination_airport', 'departure_date', 'return_date', 'cabin_class', 'adults', 'max_stops'],
);
const HOTELS = api(
  'search_hotels',
  'Find hotels in a city for a stay, filtered by star rating, nightly price range, guest rating and amenities such as parking or a pool.',
  ['city', 'check_in', 'check_out', 'min_stars', 'max_price', 'amenities'],
);
const WEATHER = api('get_current_weather', 'Get current temperature, wind and humidity at a location.', ['location', 'units']);
// Same tool with one word changed in the description: a near duplicate.
const FLIGHTS_NEAR = api(
  'search_flights_v1',
  'Search one-way or return flights between two airports for given dates, with cabin class, passenger counts and a maximum number of layovers.',
  ['origin_airport', 'destination_airport', 'departure_date', 'return_date', 'cabin_class', 'adults', 'max_stops'],
);
// Same tool imported from elsewhere: an exact duplicate (origin ignored).
const HOTELS_EXACT = { ...HOTELS, origin: 'openapi:hotels.yaml#/paths/~1hotels/get' };

describe('dedupApis', () => {
  it('removes exact and near duplicates, keeps distinct APIs and the first occurrence', () => {
    const { kept, removed } = dedupApis([FLIGHTS, HOTELS, WEATHER, FLIGHTS_NEAR, HOTELS_EXACT]);
    expect(kept.map((a) => a.name)).toEqual(['search_flights', 'search_hotels', 'get_current_weather']);
    expect(removed).toHaveLength(2);
    const near = removed.find((r) => r.api === FLIGHTS_NEAR)!;
    expect(near).toMatchObject({ kind: 'near', duplicateOf: 'search_flights' });
    expect(near.similarity).toBeGreaterThanOrEqual(0.8);
    expect(near.similarity).toBeLessThan(1);
    expect(removed.find((r) => r.api === HOTELS_EXACT)).toMatchObject({ kind: 'exact', duplicateOf: 'search_hotels', similarity: 1 });
  });

  it('keeps the near duplicate when the threshold is above its similarity', () => {
    const { kept } = dedupApis([FLIGHTS, FLIGHTS_NEAR], { threshold: 0.99 });
    expect(kept).toHaveLength(2);
  });

  it('is deterministic across runs and keeps input order', () => {
    const many: ApiSpec[] = [];
    for (let i = 0; i < 200; i++) many.push(api(`tool_${i}`, `Tool number ${i} handles ${['flights', 'hotels', 'cars', 'trains'][i % 4]} for region ${i % 17} with option ${i % 5}.`, [`p${i % 7}`, `q${i % 3}`]));
    const a = dedupApis(many);
    const b = dedupApis(many.slice());
    expect(b).toEqual(a);
    expect(a.kept.map((x) => many.indexOf(x))).toEqual([...a.kept.map((x) => many.indexOf(x))].sort((x, y) => x - y));
    expect(nearDuplicateRate(many)).toBe(nearDuplicateRate(many));
  });

  it('rejects a bad threshold with the value quoted', () => {
    expect(() => dedupApis([FLIGHTS], { threshold: 2 })).toThrow(/threshold.*2/);
  });
});

describe('nearDuplicateRate', () => {
  it('is the share of APIs with a near duplicate earlier in the list', () => {
    expect(nearDuplicateRate([])).toBe(0);
    expect(nearDuplicateRate([FLIGHTS, HOTELS, WEATHER])).toBe(0);
    expect(nearDuplicateRate([FLIGHTS, HOTELS, FLIGHTS_NEAR, HOTELS_EXACT])).toBe(0.5);
  });
});
