/**
 * Values by meaning, kind by kind: codes real (core/geo), checksums right (IBAN, ISBN, VIN),
 * IPs that parse, one object's places from one city, dates on the right side of today, ranges
 * ordered, counts not below the items listed, budget totals the sum of their parts, queries of
 * the API's domain, and the same seed giving the same value.
 */
import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ApiSpec } from '../../api-pool/types.js';
import { geoTables, isLanguageTag } from '../../core/geo.js';
import { Rng } from '../../core/rng.js';
import { examplesOf } from '../../pipeline/values/kinds.js';
import { ARTISTS, SONGS } from '../../pipeline/values/names.js';
import { DOMAIN_TERMS } from '../../pipeline/values/terms.js';
import { generateObject, generateValue, type Schema } from '../../pipeline/values/values.js';
import { drawWorld } from '../../pipeline/world/world.js';

const S = { type: 'string' } as const;
const g = geoTables();
const api = (domain: string, name = `get_${domain}_thing`, parameters: Record<string, unknown> = {}): ApiSpec => ({
  name, domain, description: 'A test API.', parameters: { type: 'object', properties: parameters as ApiSpec['parameters']['properties'] }, returns: {}, origin: 'seed',
});
const draws = <T>(n: number, f: (rng: Rng, seed: number) => T): T[] => Array.from({ length: n }, (_, s) => f(new Rng(s), s));
const day = (v: unknown): number => Date.parse(String(v).slice(0, 10)) / 86_400_000;

function mod97(s: string): number {
  let m = 0;
  for (const c of s.slice(4) + s.slice(0, 4)) for (const d of c >= 'A' ? String(c.charCodeAt(0) - 55) : c) m = (m * 10 + Number(d)) % 97;
  return m;
}

describe('codes and identifiers', () => {
  const cases: [string, Schema, (v: string) => boolean][] = [
    ['country_code', S, (v) => g.countryByCode.has(v)],
    ['country', S, (v) => g.countryByName.has(v.toLowerCase()) || g.countryByCode.has(v)],
    ['currency', { ...S, pattern: '^[A-Z]{3}$' }, (v) => g.currencyByCode.has(v)],
    ['language', { ...S, pattern: '^[a-z]{2}(-[A-Z]{2})?$' }, (v) => isLanguageTag(v)],
    ['language', { ...S, pattern: '^[a-z]{2}-[A-Z]{2}$' }, (v) => isLanguageTag(v) && v.includes('-')],
    ['locale', S, (v) => isLanguageTag(v)],
    ['state_code', S, (v) => g.usStateByCode.has(v)],
    ['timezone', S, (v) => g.timeZones.has(v)],
    ['pickup_airport', { ...S, pattern: '^[A-Z]{3}$' }, (v) => g.airportByCode.has(v)],
    ['ip_address', S, (v) => isIP(v) === 4],
    ['ipv6_address', S, (v) => isIP(v) === 6],
    ['iban', S, (v) => /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v) && mod97(v) === 1 && g.countryByCode.has(v.slice(0, 2))],
    ['isbn', S, (v) => /^97[89]\d{10}$/.test(v) && [...v].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0) % 10 === 0],
    ['vin', S, (v) => /^[A-HJ-NPR-Z0-9]{17}$/.test(v)],
    ['cve_id', S, (v) => /^CVE-\d{4}-\d{4,}$/.test(v)],
  ];
  it.each(cases)('%s %j', (key, schema, ok) => {
    for (const [v, s] of draws(200, (rng, s) => [generateValue(schema, rng, key, -1, { world: drawWorld(s) }) as string, s] as const)) expect(ok(v), `${key}=${v} (seed ${s})`).toBe(true);
  });
});

describe('what a request holds', () => {
  it("leaves out an optional idempotency key (the client's to make, not the user's to state), but not what the user chooses", () => {
    const schema = { type: 'object', properties: { text: S, idempotency_key: { ...S, format: 'uuid' }, clientToken: S } } as Schema;
    const a = api('social', 'send_community_invite', schema.properties as Record<string, unknown>);
    const requests = draws(50, (rng) => generateObject(schema, rng, { optionalRate: 1, api: a }));
    expect(requests.every((r) => !('idempotency_key' in r) && !('clientToken' in r))).toBe(true);
    expect(requests.every((r) => typeof r.text === 'string')).toBe(true);
    // A tool's answer may carry one.
    expect(draws(50, (rng) => generateObject(schema, rng, { optionalRate: 1, api: a, inResult: true })).some((r) => 'idempotency_key' in r)).toBe(true);
  });
});

describe('places of one object agree', () => {
  const schema: Schema = { type: 'object', properties: { city: S, country_code: S, timezone: S, currency: S, latitude: { type: 'number' }, longitude: { type: 'number' } }, required: ['city', 'country_code', 'timezone', 'currency', 'latitude', 'longitude'] };
  it('city, country, time zone, currency and coordinates come from one city record', () => {
    for (const o of draws(300, (rng, s) => generateObject(schema, rng, { world: drawWorld(s) }))) {
      const city = g.cityByName.get(String(o.city).toLowerCase());
      expect(city, JSON.stringify(o)).toBeDefined();
      expect([o.country_code, o.timezone, o.currency]).toEqual([city!.country, city!.timeZone, g.countryByCode.get(city!.country)!.currency]);
      expect(Math.abs((o.latitude as number) - city!.lat)).toBeLessThan(0.1);
      expect(Math.abs((o.longitude as number) - city!.lon)).toBeLessThan(0.1);
    }
  });
  it('the city asked about is usually the user\'s; an origin and a destination are two countries', () => {
    const trip: Schema = { type: 'object', properties: { origin_city: S, destination_city: S }, required: ['origin_city', 'destination_city'] };
    const got = draws(300, (rng, s) => [generateObject(trip, rng, { world: drawWorld(s) }), drawWorld(s)] as const);
    expect(got.filter(([o, w]) => o.origin_city === w.locale.city).length).toBeGreaterThan(200);
    for (const [o] of got) expect(g.cityByName.get(String(o.origin_city).toLowerCase())!.country).not.toBe(g.cityByName.get(String(o.destination_city).toLowerCase())!.country);
  });
  it('a state code beside a city makes the place a US one', () => {
    const schema2: Schema = { type: 'object', properties: { city: S, state_code: S, zip_code: S }, required: ['city', 'state_code', 'zip_code'] };
    for (const o of draws(100, (rng, s) => generateObject(schema2, rng, { world: drawWorld(s) }))) expect(g.cityByName.get(String(o.city).toLowerCase())?.state).toBe(o.state_code);
  });
});

describe('dates by meaning', () => {
  const booking: Schema = { type: 'object', properties: { check_out: { ...S, format: 'date' }, check_in: { ...S, format: 'date' }, created_at: { ...S, format: 'date-time' }, birth_date: { ...S, format: 'date' }, due_on: S }, required: ['check_out', 'check_in', 'created_at', 'birth_date', 'due_on'] };
  it('bookings and due dates after today, created_at not after it, birth dates of adults, check_in before check_out', () => {
    for (const s of Array.from({ length: 300 }, (_, i) => i)) {
      const w = drawWorld(s);
      const o = generateObject(booking, new Rng(s), { world: w });
      const today = day(w.today);
      expect(day(o.check_in), JSON.stringify(o)).toBeGreaterThanOrEqual(today);
      expect(day(o.check_in)).toBeLessThan(day(o.check_out));
      expect(day(o.due_on)).toBeGreaterThanOrEqual(today);
      expect(day(o.created_at)).toBeLessThanOrEqual(today);
      expect(day(o.birth_date)).toBeLessThan(today - 18 * 365);
    }
  });
  it('a history query looks back: from before to, both at or before today', () => {
    const history = api('finance', 'get_transaction_history');
    const schema: Schema = { type: 'object', properties: { from_date: { ...S, format: 'date' }, to_date: { ...S, format: 'date' } }, required: ['from_date', 'to_date'] };
    for (const s of Array.from({ length: 200 }, (_, i) => i)) {
      const w = drawWorld(s);
      const o = generateObject(schema, new Rng(s), { world: w, api: history });
      expect(day(o.from_date)).toBeLessThanOrEqual(day(o.to_date));
      expect(day(o.to_date)).toBeLessThanOrEqual(day(w.today));
    }
  });
  it('a year asked beside a date range is the range\'s year, also across the objects grouping the call\'s arguments', () => {
    const mailbox = api('email', 'discover_mailbox');
    const schema: Schema = { type: 'object', properties: { after: { ...S, format: 'date' }, before: { ...S, format: 'date' }, filters: { type: 'object', properties: { year: { type: 'integer', minimum: 1900, maximum: 2100 } }, required: ['year'] } }, required: ['after', 'filters'] };
    for (const s of Array.from({ length: 200 }, (_, i) => i)) {
      const o = generateObject(schema, new Rng(s), { world: drawWorld(s), api: mailbox });
      expect((o.filters as { year: number }).year, JSON.stringify(o)).toBe(Number(String(o.after).slice(0, 4)));
    }
  });
  it('years are near today: a budget month, a model year, a birth year', () => {
    const schema: Schema = { type: 'object', properties: { month: { ...S, pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' }, model_year: { type: 'integer' }, birth_year: { type: 'integer' } }, required: ['month', 'model_year', 'birth_year'] };
    for (const s of Array.from({ length: 200 }, (_, i) => i)) {
      const w = drawWorld(s);
      const y = Number(w.today.slice(0, 4));
      const o = generateObject(schema, new Rng(s), { world: w });
      expect(Math.abs(Number(String(o.month).slice(0, 4)) - y)).toBeLessThanOrEqual(1);
      expect(o.model_year as number).toBeGreaterThanOrEqual(y - 12);
      expect(y - (o.birth_year as number)).toBeGreaterThanOrEqual(19);
    }
  });
  it('an insurance policy runs six months or a year; a loan term is longer', () => {
    const terms = (domain: string) => draws(60, (rng, s) => generateValue({ type: 'integer', minimum: 1, maximum: 360 }, rng, 'options.0.term_months', -1, { world: drawWorld(s), api: api(domain, 'get_quote') }) as number);
    expect(new Set(terms('insurance'))).toEqual(new Set([6, 12]));
    expect(Math.max(...terms('finance'))).toBeGreaterThan(12);
  });

  it('a driver has been licensed no longer than since 16', () => {
    const schema: Schema = { type: 'object', properties: { drivers: { type: 'array', minItems: 2, maxItems: 3, items: { type: 'object', properties: { date_of_birth: { ...S, format: 'date' }, years_licensed: { type: 'integer', minimum: 0, maximum: 60 } }, required: ['date_of_birth', 'years_licensed'] } } }, required: ['drivers'] };
    let seen = 0;
    for (const [o, w] of draws(100, (rng, s) => [generateObject(schema, rng, { world: drawWorld(s) }), drawWorld(s)] as const)) {
      for (const d of o.drivers as { date_of_birth: string; years_licensed: number }[]) {
        const age = (Date.parse(w.today) - Date.parse(d.date_of_birth)) / (365.25 * 86_400_000);
        expect(d.years_licensed, JSON.stringify(d)).toBeLessThanOrEqual(Math.max(0, age - 16));
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(150);
  });

  it('the year of a budget set up is this one or the next; a year looked up may be past', () => {
    const params = { year: { type: 'integer', minimum: 2000, maximum: 2100 } };
    const schema: Schema = { type: 'object', properties: params, required: ['year'] };
    const create = api('finance', 'create_monthly_budget', params);
    const years = draws(200, (rng, s) => [Number(drawWorld(s).today.slice(0, 4)), generateObject(schema, rng, { world: drawWorld(s), api: create }).year as number] as const);
    for (const [y, v] of years) expect(v - y).toBeGreaterThanOrEqual(0);
    for (const [y, v] of years) expect(v - y).toBeLessThanOrEqual(1);
    const looked = draws(200, (rng, s) => Number(drawWorld(s).today.slice(0, 4)) - (generateObject(schema, rng, { world: drawWorld(s), api: api('finance', 'get_annual_spending', params) }).year as number));
    expect(Math.max(...looked)).toBeGreaterThan(0);
  });
});

describe('numbers and siblings', () => {
  it('ranges are ordered: min/max, low/high, uv_index <= uv_max', () => {
    const schema: Schema = { type: 'object', properties: { max_price: { type: 'number' }, min_price: { type: 'number' }, high: { type: 'number' }, low: { type: 'number' }, uv_index: { type: 'number' }, uv_max: { type: 'number' } }, required: ['max_price', 'min_price', 'high', 'low', 'uv_index', 'uv_max'] };
    for (const o of draws(300, (rng) => generateObject(schema, rng, {}))) {
      expect(o.min_price as number).toBeLessThanOrEqual(o.max_price as number);
      expect(o.low as number).toBeLessThanOrEqual(o.high as number);
      expect(o.uv_index as number).toBeLessThanOrEqual(o.uv_max as number);
    }
  });
  it('a count is the items listed, a total at least that, a budget total the sum of its limits', () => {
    const schema: Schema = { type: 'object', properties: { count: { type: 'integer' }, items: { type: 'array', items: { type: 'object', properties: { name: S, limit: { type: 'number', minimum: 0 } }, required: ['name', 'limit'] }, minItems: 2, maxItems: 5 }, total: { type: 'number' } }, required: ['count', 'items', 'total'] };
    for (const o of draws(200, (rng) => generateObject(schema, rng, {}))) {
      const items = o.items as { limit: number }[];
      expect(o.count).toBe(items.length);
      expect(o.total as number).toBeCloseTo(items.reduce((s, i) => s + i.limit, 0), 2);
    }
  });
  it('follower counts are never negative', () => {
    for (const v of draws(200, (rng) => generateValue({ type: 'integer' }, rng, 'followers'))) expect(v as number).toBeGreaterThanOrEqual(0);
  });
});

describe('words by the API they are for', () => {
  it('a query of a music API names a song or an artist; of a legal API, a legal topic', () => {
    const music = api('music');
    const legal = api('legal');
    for (const [v] of draws(100, (rng, s) => [generateValue(S, rng, 'query', -1, { world: drawWorld(s), api: music })])) expect([...ARTISTS, ...SONGS]).toContain(v);
    for (const [v] of draws(100, (rng, s) => [generateValue(S, rng, 'query', -1, { world: drawWorld(s), api: legal })])) expect(DOMAIN_TERMS.legal).toContain(v);
  });
  it('free text varies: no sentence is more than a few percent of a purpose\'s values', () => {
    for (const key of ['commit_message', 'review', 'notes', 'summary', 'message']) {
      const counts = new Map<string, number>();
      for (const [v] of draws(1000, (rng) => [generateValue(S, rng, key) as string])) counts.set(v, (counts.get(v) ?? 0) + 1);
      expect(Math.max(...counts.values()), key).toBeLessThan(60);
    }
  });
  it("a parcel's scan events, an address check and a screening answer say what they are for, not chat lines", () => {
    const CHAT = /\b(I|we|our|you|your)\b|return items/i;
    const cases: [string, string, ApiSpec, RegExp][] = [
      ['message', 'events.0.message', api('shipping', 'track_parcel_shipment'), /facility|hub|depot|shipment|label|carrier|transit|delivery|delivered|customs/i],
      ['messages', 'messages', api('shipping', 'validate_shipping_address'), /street|postal|city|unit|deliverable|state/i],
    ];
    for (const [, path, a, ok] of cases) {
      for (const [v] of draws(60, (rng, s) => [generateValue(S, rng, path, -1, { world: drawWorld(s), api: a }) as string])) {
        expect(v, `${a.name} ${path}`).toMatch(ok);
        expect(v, `${a.name} ${path}`).not.toMatch(CHAT);
      }
    }
    const screening = { type: 'object', properties: { screening_answers: { type: 'array', minItems: 1, items: { type: 'object', properties: { question_id: S, answer: S }, required: ['question_id', 'answer'] } } }, required: ['screening_answers'] } as Schema;
    const apply = api('jobs', 'submit_job_application');
    for (const [o] of draws(60, (rng, s) => [generateObject(screening, rng, { world: drawWorld(s), api: apply })])) {
      for (const it of o.screening_answers as { answer: string }[]) expect(it.answer).toMatch(/^(Yes|No)\b|years of experience|I can start/);
    }
  });
  it('reads examples from a description', () => {
    expect(examplesOf('Only servers running this mode, e.g. "deathmatch".')).toEqual(['deathmatch']);
    expect(examplesOf('Type of food, e.g. ramen, tapas, vegan.')).toEqual(['ramen', 'tapas', 'vegan']);
    expect(examplesOf('Type of food.')).toBeUndefined();
  });
});

describe('determinism', () => {
  it('the same seed and world give the same bytes', () => {
    const a = api('travel', 'book_hotel', { city: S, check_in: { ...S, format: 'date' }, guest_name: S, notes: S });
    for (let s = 0; s < 50; s++) {
      const one = JSON.stringify(generateObject(a.parameters, new Rng(s), { optionalRate: 1, world: drawWorld(s), api: a }));
      const two = JSON.stringify(generateObject(a.parameters, new Rng(s), { optionalRate: 1, world: drawWorld(s), api: a }));
      expect(one).toBe(two);
    }
  });
});
