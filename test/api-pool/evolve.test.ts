import { describe, expect, it } from 'vitest';
import { nearDuplicateRate } from '../../api-pool/dedup.js';
import { evolvePool, OPERATORS } from '../../api-pool/evolve.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import type { ApiSpec, SeedDomain } from '../../api-pool/types.js';
import { validatePool } from '../../api-pool/validate.js';

function seedApi(domain: string, subdomain: string, name: string, description: string, properties: Record<string, Record<string, unknown>>, required: string[]): ApiSpec {
  return {
    name,
    domain,
    subdomain,
    description,
    parameters: { type: 'object', properties, required, additionalProperties: false },
    returns: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, price: { type: 'number' }, rating: { type: 'number' } } } } } },
    origin: 'seed',
  };
}

const FIXTURE: SeedDomain[] = [
  {
    name: 'travel',
    description: 'Trips, flights and stays.',
    subdomains: [
      { name: 'flights', description: 'Searching and booking flights.' },
      { name: 'hotels', description: 'Hotel search and reservations.' },
      { name: 'car-rental', description: 'Renting cars at airports and in cities.' },
    ],
    apis: [
      seedApi('travel', 'flights', 'search_flights', 'Search flights between two airports on a date. Use it before booking.', {
        origin: { type: 'string', pattern: '^[A-Z]{3}$', description: 'IATA code of the departure airport.' },
        destination: { type: 'string', pattern: '^[A-Z]{3}$', description: 'IATA code of the arrival airport.' },
        date: { type: 'string', format: 'date', description: 'Departure date.' },
        max_stops: { type: 'integer', minimum: 0, maximum: 3, default: 1, description: 'Maximum number of stops.' },
        max_distance_km: { type: 'number', minimum: 0, description: 'Longest flight distance in kilometres.' },
      }, ['origin', 'destination', 'date']),
      seedApi('travel', 'hotels', 'get_hotel_details', 'Get the full details of one hotel: rooms, amenities and reviews.', {
        hotel_id: { type: 'string', description: 'Identifier of the hotel.' },
        language: { type: 'string', description: 'Language of reviews.' },
        include_reviews: { type: 'boolean', default: true, description: 'Also return reviews.' },
      }, ['hotel_id']),
    ],
  },
  {
    name: 'weather',
    description: 'Forecasts and observations.',
    subdomains: [
      { name: 'forecasts', description: 'Daily and hourly forecasts.' },
      { name: 'air-quality', description: 'Pollution and pollen levels.' },
    ],
    apis: [
      seedApi('weather', 'forecasts', 'get_weather_forecast', 'Get the daily forecast for a city, with temperatures in celsius.', {
        city: { type: 'string', minLength: 1, description: 'City name.' },
        days: { type: 'integer', minimum: 1, maximum: 14, default: 3, description: 'Days ahead.' },
        max_temp_c: { type: 'number', description: 'Highlight days warmer than this, in celsius.' },
        units: { type: 'string', enum: ['metric', 'imperial'], default: 'metric', description: 'Unit system.' },
      }, ['city']),
    ],
  },
];

function check(apis: ApiSpec[], size: number): void {
  expect(apis).toHaveLength(size);
  expect(validatePool(apis).invalid).toEqual([]);
  expect(new Set(apis.map((a) => a.name)).size).toBe(apis.length);
  expect(nearDuplicateRate(apis)).toBeLessThan(0.01);
  for (const a of apis) {
    expect(a.origin === 'seed' || /^evolved:(speciation|adaptation|evolution|renaming):[A-Za-z0-9_-]+$/.test(a.origin)).toBe(true);
    expect(a.domain).toBeTruthy();
    expect(a.subdomain).toBeTruthy();
  }
}

describe('evolvePool on a small fixture', () => {
  it('grows the seeds into distinct valid APIs with every operator, deterministically', () => {
    const size = 200;
    const { apis, report } = evolvePool({ domains: FIXTURE, size, seed: 7 });
    check(apis, size);
    expect(apis.slice(0, 3).map((a) => a.name)).toEqual(['search_flights', 'get_hotel_details', 'get_weather_forecast']);
    for (const op of OPERATORS) expect(report.byOperator[op]).toBeGreaterThan(0);
    expect(report.seeds).toBe(3);
    expect(report.shortfall).toBe(0);
    const parents = new Set(apis.map((a) => a.name));
    for (const a of apis.slice(3)) expect(parents.has(a.origin.split(':')[2])).toBe(true);
    expect(evolvePool({ domains: FIXTURE, size, seed: 7 }).apis).toEqual(apis);
    expect(evolvePool({ domains: FIXTURE, size, seed: 8 }).apis).not.toEqual(apis);
  });

  it('reports progress and adapts units (km → miles, celsius → fahrenheit)', () => {
    const seen: number[] = [];
    const { apis } = evolvePool({ domains: FIXTURE, size: 300, seed: 3, onProgress: (done) => seen.push(done) });
    expect(seen[seen.length - 1]).toBe(300);
    const props = apis.flatMap((a) => Object.keys(a.parameters.properties));
    expect(props.some((p) => /miles/.test(p)) || props.some((p) => /fahrenheit|_f$/.test(p))).toBe(true);
  });

  it('uses extra seeds from an unknown domain and drops invalid or duplicate seeds', () => {
    const extra: ApiSpec[] = [
      seedApi('pets', 'adoption', 'search_adoptable_pets', 'Search animals available for adoption near a postcode.', { postcode: { type: 'string', description: 'Postcode.' } }, ['postcode']),
      { ...FIXTURE[0].apis[0], origin: 'openapi:x.yaml#/paths/~1flights/get' },
      { ...FIXTURE[1].apis[0], name: 'bad name!' },
    ];
    const { apis, report } = evolvePool({ domains: FIXTURE, extraSeeds: extra, size: 60, seed: 1 });
    expect(apis).toHaveLength(60);
    expect(report.seeds).toBe(4);
    expect(report.invalid).toBeGreaterThanOrEqual(1);
    expect(report.duplicates).toBeGreaterThanOrEqual(1);
    expect(apis.filter((a) => a.domain === 'pets').length).toBeGreaterThan(1);
  });

  it('returns fewer only when it must, and says so', () => {
    const { apis, report } = evolvePool({ domains: [], size: 10, seed: 1 });
    expect(apis).toEqual([]);
    expect(report.shortfall).toBe(10);
    expect(report.note).toMatch(/seed/);
    expect(() => evolvePool({ domains: FIXTURE, size: -1, seed: 1 })).toThrow(/size.*-1/);
  });
});

describe('evolvePool from the built-in seeds', () => {
  it('reaches 5000 distinct valid APIs over at least 30 domains', { timeout: 180_000 }, () => {
    const { apis, report } = evolvePool({ domains: SEED_DOMAINS, size: 5000, seed: 42 });
    check(apis, 5000);
    expect(new Set(apis.map((a) => a.domain)).size).toBeGreaterThanOrEqual(30);
    const seeds = SEED_DOMAINS.flatMap((d) => d.apis);
    expect(apis.slice(0, seeds.length).map((a) => a.name)).toEqual(seeds.map((a) => a.name));
    for (const op of OPERATORS) expect(report.byOperator[op]).toBeGreaterThan(100);
    expect(report.shortfall).toBe(0);
  });

  it('is deterministic for a seed and different for another', { timeout: 120_000 }, () => {
    const a = evolvePool({ domains: SEED_DOMAINS, size: 800, seed: 1 }).apis;
    const b = evolvePool({ domains: SEED_DOMAINS, size: 800, seed: 1 }).apis;
    const c = evolvePool({ domains: SEED_DOMAINS, size: 800, seed: 2 }).apis;
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(c.slice(0, 100)).toEqual(a.slice(0, 100)); // the seeds come first either way
  });
});
