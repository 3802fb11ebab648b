import { describe, expect, it } from 'vitest';
import { chainKind, parameterKind, resultFieldKind, sameParameterKind, singular, subjectOf } from '../../api-pool/entity-kind.js';
import type { ApiSpec } from '../../api-pool/types.js';

type Schema = Record<string, unknown>;
const STR: Schema = { type: 'string' };
const api = (name: string, domain: string): Pick<ApiSpec, 'name' | 'domain'> => ({ name, domain });

describe('entity kinds of result fields and parameters', () => {
  // [api, domain, result path, schema, expected label (undefined: names no entity)]
  const FIELDS: readonly (readonly [string, string, string, Schema, string | undefined])[] = [
    ['list_calendar_events', 'calendar', 'events.0.event_id', STR, 'event id'],
    ['search_movies', 'media', 'movies.0.id', STR, 'movie id'],
    ['search_movies', 'media', 'results.0.movie_id', STR, 'movie id'],
    ['set_smart_light_state', 'home-automation', 'results.0.device_id', STR, 'light device id'],
    ['set_thermostat_v2', 'home-automation', 'data.device_id', STR, 'thermostat device id'],
    ['list_smart_home_devices', 'home-automation', 'devices.0.device_id', STR, 'device id'],
    ['search_online_courses', 'education', 'courses.0.url', STR, 'course url'],
    ['get_cve_details', 'security', 'references.0.url', STR, 'reference url'],
    ['search_flight_offers', 'travel', 'offers.0.offer_id', STR, 'flight offer id'],
    ['find_artist_concerts', 'music', 'events.0.city', STR, 'city'],
    ['geocode_address', 'maps', 'results.0.postal_code', STR, 'postal code'],
    ['geocode_address', 'maps', 'results.0.country_code', STR, 'country code'],
    ['list_game_servers', 'gaming', 'servers.0.address', STR, 'server network address'],
    ['get_place_details', 'maps', 'address', STR, 'street address'],
    ['file_insurance_claim', 'insurance', 'claim_number', STR, 'claim number'],
    ['file_insurance_claim', 'insurance', 'adjuster.email', STR, 'email address'],
    ['get_insurance_policy', 'insurance', 'coverages.0.code', STR, 'coverage code'],
    ['search_available_phone_numbers', 'telecom', 'available_numbers.0.phone_number', STR, 'phone number'],
    ['generate_practice_quiz', 'education', 'questions.0.number', { type: 'integer' }, undefined],
    ['get_product_details', 'e-commerce', 'variants.0.title', STR, undefined],
    ['create_news_alert', 'news', 'id', STR, undefined],
  ];
  for (const [name, domain, path, schema, label] of FIELDS) {
    it(`${name}: ${path} is ${label ?? 'no entity'}`, () => {
      const k = resultFieldKind(api(name, domain), path, schema);
      expect(k?.label).toBe(label);
      if (k) expect(k.system).toBe(domain);
    });
  }

  // [api, domain, parameter, schema, expected label, what a generic one is of]
  const PARAMS: readonly (readonly [string, string, string, Schema, string | undefined, (readonly string[])?])[] = [
    ['set_thermostat', 'home-automation', 'device_id', { type: 'string', description: 'Thermostat device.' }, 'thermostat device id', ['thermostat']],
    ['set_smart_lock_state', 'home-automation', 'device_id', STR, 'lock device id', ['lock']],
    ['get_device_status', 'home-automation', 'device_id', STR, 'device id', []],
    ['set_lock_state', 'home-automation', 'lock_device_id', STR, 'lock device id', ['lock']],
    ['scan_url_for_threats', 'security', 'url', STR, 'url', []],
    ['submit_assignment', 'education', 'url', STR, 'assignment url', ['assignment']],
    ['search_recipes', 'food', 'number', { type: 'integer', description: 'Number of recipes to return.' }, undefined],
    ['get_movie_details', 'media', 'id', STR, 'movie id', ['movie']],
    ['pay_utility_bill', 'energy', 'bill_id', STR, 'bill id'],
    ['search_hotel_offers', 'travel', 'city', STR, 'city'],
    ['search_job_postings', 'jobs', 'zip', STR, 'postal code'],
  ];
  for (const [name, domain, key, schema, label, of] of PARAMS) {
    it(`${name}(${key}) is ${label ?? 'no entity'}`, () => {
      const k = parameterKind(api(name, domain), key, schema);
      expect(k?.label).toBe(label);
      if (of) expect(k?.of).toEqual(of);
    });
  }

  it('reads an API subject from its name, without verbs, qualifiers and evolved suffixes', () => {
    expect(subjectOf({ name: 'set_smart_light_state' })).toEqual(['light']);
    expect(subjectOf({ name: 'set_smart_lock_state_with_due_date' })).toEqual(['lock']);
    expect(subjectOf({ name: 'apply_for_building_permit' })).toEqual(['building', 'permit']);
    expect(subjectOf({ name: 'scan_url_for_threats' })).toEqual(['url']);
    expect(subjectOf({ name: 'list_smart_home_devices_v2' })).toEqual(['device']);
  });

  it('singularises collection names', () => {
    expect(['events', 'categories', 'movies', 'addresses', 'statuses', 'matches', 'class', 'data'].map(singular)).toEqual([
      'event', 'category', 'movie', 'address', 'status', 'match', 'class', 'data',
    ]);
  });
});

describe('chainKind: a value flows only into the same kind of entity in the same system', () => {
  const field = (name: string, domain: string, path: string, schema: Schema = STR) => resultFieldKind(api(name, domain), path, schema)!;
  const param = (name: string, domain: string, key: string, schema: Schema = STR) => parameterKind(api(name, domain), key, schema)!;
  const CASES: readonly (readonly [string, ReturnType<typeof field>, ReturnType<typeof param>, string | undefined])[] = [
    ['an event id into an event tool', field('list_calendar_events', 'calendar', 'events.0.event_id'), param('respond_to_invitation', 'calendar', 'event_id'), 'event id'],
    ['an earthquake event id into a calendar tool', field('search_earthquake_catalog', 'science', 'events.0.event_id'), param('update_calendar_event', 'calendar', 'event_id'), undefined],
    ['a legislative bill id into a utility payment', field('get_bill_status', 'government', 'bill_id'), param('pay_utility_bill', 'energy', 'bill_id'), undefined],
    ["a light's device id into a door lock", field('set_smart_light_state', 'home-automation', 'results.0.device_id'), param('set_smart_lock_state', 'home-automation', 'device_id'), undefined],
    ["a light's device id into a thermostat", field('set_smart_light_state', 'home-automation', 'results.0.device_id'), param('set_thermostat', 'home-automation', 'device_id'), undefined],
    ["any device's id into a thermostat", field('list_smart_home_devices', 'home-automation', 'devices.0.device_id'), param('set_thermostat', 'home-automation', 'device_id'), undefined],
    ["a light's device id into a tool for any device", field('set_smart_light_state', 'home-automation', 'results.0.device_id'), param('get_device_status', 'home-automation', 'device_id'), 'light device id'],
    ['a course page into an assignment submission', field('search_online_courses', 'education', 'courses.0.url'), param('submit_assignment', 'education', 'url'), undefined],
    ['a reference url into a url scanner', field('get_cve_details', 'security', 'references.0.url'), param('scan_url_for_threats', 'security', 'url'), 'reference url'],
    ['a flight offer into a flight booking', field('search_flight_offers', 'travel', 'offers.0.offer_id'), param('book_flight', 'travel', 'offer_id'), 'flight offer id'],
    ['a flight offer into a hotel booking', field('search_flight_offers', 'travel', 'offers.0.offer_id'), param('book_hotel', 'travel', 'offer_id'), undefined],
    ['a movie id into a movie tool taking `id`', field('search_movies', 'media', 'movies.0.movie_id'), param('get_movie_details', 'media', 'id'), 'movie id'],
    ['a concert city into a hotel search (another system)', field('find_artist_concerts', 'music', 'events.0.city'), param('search_hotel_offers', 'travel', 'city'), undefined],
    ['a place address into a geocoder', field('get_place_details', 'maps', 'address'), param('geocode_address', 'maps', 'address'), 'street address'],
    ["a game server's address into a geocoder", field('list_game_servers', 'maps', 'servers.0.address'), param('geocode_address', 'maps', 'address'), undefined],
  ];
  for (const [what, src, dst, want] of CASES) it(`${what}: ${want ?? 'no chain'}`, () => expect(chainKind(src, dst)).toBe(want));

  it('shares a value stated for one tool with another only under the same rule', () => {
    const props = (keys: Record<string, Schema>) => ({ type: 'object' as const, properties: keys });
    const thermostat = { name: 'set_thermostat', domain: 'home-automation', parameters: props({ device_id: STR, until: { type: 'string', format: 'date' } }) };
    const lock = { name: 'set_smart_lock_state', domain: 'home-automation', parameters: props({ device_id: STR, until: { type: 'string', format: 'date' } }) };
    const status = { name: 'get_device_status', domain: 'home-automation', parameters: props({ device_id: STR }) };
    expect(sameParameterKind(thermostat, lock, 'device_id')).toBe(false);
    expect(sameParameterKind(thermostat, status, 'device_id')).toBe(true);
    expect(sameParameterKind(thermostat, lock, 'until')).toBe(true); // a date names no entity
    expect(sameParameterKind(thermostat, status, 'until')).toBe(false); // status takes no such parameter
  });
});
