/**
 * Fields with a form or a vocabulary of their own get it (an ISRC, a CVSS vector, a soil
 * texture, a legal party's role), not the API domain's topic words; and a tool's answer leaves
 * out an optional field no rule knows rather than fill it with a guess.
 */
import { describe, expect, it } from 'vitest';
import type { ApiSpec } from '../../api-pool/types.js';
import { Rng } from '../../core/rng.js';
import { carPair, modelsOf } from '../../pipeline/values/cars.js';
import { FIELD_TABLES } from '../../pipeline/values/field-tables.js';
import { isGuess } from '../../pipeline/values/generators.js';
import { apiThing, kindOf } from '../../pipeline/values/kinds.js';
import { DOMAIN_TERMS, GENERAL_TERMS } from '../../pipeline/values/terms.js';
import { agreeSportLeague, generateObject, generateValue, type Schema } from '../../pipeline/values/values.js';

const S = { type: 'string' } as const;
const api = (domain: string, name: string, returns: Schema = {}, parameters: Record<string, Schema> = {}): ApiSpec => ({
  name, domain, description: 'A test API.', parameters: { type: 'object', properties: parameters as ApiSpec['parameters']['properties'] }, returns: returns as ApiSpec['returns'], origin: 'seed',
});
const TOPICS = new Set([...Object.values(DOMAIN_TERMS).flat(), ...GENERAL_TERMS]);
const draws = <T>(n: number, f: (rng: Rng) => T): T[] => Array.from({ length: n }, (_, s) => f(new Rng(s)));

describe('fields with a form or vocabulary of their own', () => {
  const result = (domain: string, name: string, props: Record<string, Schema>): { a: ApiSpec; values: (key: string) => unknown[] } => {
    const returns: Schema = { type: 'object', properties: props, required: Object.keys(props) };
    const a = api(domain, name, returns);
    return { a, values: (key) => draws(40, (rng) => (generateValue(returns, rng, 'result', -1, { api: a }) as Record<string, unknown>)[key]) };
  };
  const cases: [string, string, string, Schema, (v: unknown) => boolean][] = [
    ['music', 'identify_song', 'isrc', S, (v) => /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/.test(String(v))],
    ['security', 'get_cve_details', 'vector_string', S, (v) => /^CVSS:3\.1\/AV:[NALP]\/AC:[LH]\/PR:[NLH]\/UI:[NR]\/S:[UC]\/C:[HLN]\/I:[HLN]\/A:[HLN]$/.test(String(v))],
    ['security', 'get_cve_details', 'affected_cpes', { type: 'array', items: S }, (v) => (v as string[]).every((x) => x.startsWith('cpe:2.3:a:'))],
    ['security', 'get_cve_details', 'cwe_ids', { type: 'array', items: S }, (v) => (v as string[]).every((x) => /^CWE-\d+$/.test(x))],
    ['science', 'get_compound_properties', 'canonical_smiles', S, (v) => /^[A-Za-z0-9()=#@+\-[\]\\/]+$/.test(String(v)) && !String(v).includes(' ')],
    ['telecom', 'lookup_phone_number_info', 'mcc', S, (v) => /^\d{3}$/.test(String(v))],
    ['weather', 'get_station_observation', 'raw_metar', S, (v) => /^[A-Z]{4} \d{6}Z \d{5}KT /.test(String(v))],
    ['agriculture', 'get_soil_survey', 'texture', S, (v) => FIELD_TABLES.soilTexture.includes(String(v))],
    ['automotive', 'decode_vehicle_vin', 'fuel_type', S, (v) => ['gasoline', 'diesel', 'electric', 'hybrid'].includes(String(v))],
    ['sports', 'get_team_injury_report', 'position', S, (v) => FIELD_TABLES.sportsPosition.includes(String(v))],
    ['sports', 'get_team_schedule', 'result', S, (v) => /^[WLD] \d+-\d+$/.test(String(v)) && (String(v)[0] !== 'W' || Number(String(v).split(/[ -]/)[1]) > Number(String(v).split('-')[1]))],
    ['government', 'find_elected_representatives', 'party', S, (v) => FIELD_TABLES.politicalParty.includes(String(v))],
    ['finance', 'create_payment_intent', 'client_secret', S, (v) => /_secret_[A-Z0-9]{16}$/.test(String(v))],
    ['jobs', 'get_job_posting', 'benefits', { type: 'array', items: S }, (v) => (v as string[]).every((x) => FIELD_TABLES.jobBenefit.includes(x))],
  ];
  it.each(cases)('%s %s.%s', (domain, name, key, schema, ok) => {
    const { values } = result(domain, name, { [key]: schema });
    for (const v of values(key)) expect(ok(v), `${key} = ${JSON.stringify(v)}`).toBe(true);
  });

  it('never draws a domain topic word for these fields (the old fallback)', () => {
    for (const [domain, name, key, schema] of cases) {
      const { values } = result(domain, name, { [key]: schema });
      for (const v of values(key).flat()) expect(TOPICS.has(String(v)), `${key} = ${String(v)}`).toBe(false);
    }
  });

  it('draws a car model of the make it sits beside (no Jaguar Explorer), in arguments and results', () => {
    const params: Schema = { type: 'object', properties: { make: S, model: S, model_year: { type: 'integer', minimum: 2000, maximum: 2025 } }, required: ['make', 'model'] };
    const a = api('automotive', 'get_vehicle_recalls', {}, params.properties as Record<string, Schema>);
    const cars = draws(60, (rng) => generateValue(params, rng, 'args', -1, { api: a }) as { make: string; model: string });
    for (const c of cars) expect(carPair(c.make, c.model), `${c.make} ${c.model}`).toEqual({ make: c.make, model: c.model });
    expect(new Set(cars.map((c) => c.make)).size).toBeGreaterThan(10);
    expect(carPair('Jaguar', 'Explorer')?.make).toBe('Jaguar');
    expect(modelsOf('Jaguar')).toContain(carPair('Jaguar', 'Explorer')?.model);
    expect(carPair('Acme Motors', 'Explorer')).toEqual({ make: 'Ford', model: 'Explorer' });
  });

  it('asks for a league in its own sport, and a sport varied on purpose takes its league along', () => {
    const sports = ['soccer', 'basketball', 'american_football', 'baseball', 'ice_hockey', 'tennis', 'cricket'];
    const leagues = ['NBA', 'WNBA', 'NFL', 'MLB', 'NHL', 'MLS', 'EPL', 'LALIGA', 'SERIEA', 'BUNDESLIGA', 'LIGUE1', 'UCL', 'ATP', 'IPL'];
    const params: Schema = { type: 'object', properties: { sport: { type: 'string', enum: sports }, league: { type: 'string', enum: leagues } }, required: ['sport', 'league'] };
    const of: Record<string, string> = { NBA: 'basketball', WNBA: 'basketball', NFL: 'american_football', MLB: 'baseball', NHL: 'ice_hockey', ATP: 'tennis', IPL: 'cricket' };
    const sportOf = (l: string): string => of[l] ?? 'soccer';
    const a = api('sports', 'get_live_scores', {}, params.properties as Record<string, Schema>);
    for (const v of draws(60, (rng) => generateValue(params, rng, 'args', -1, { api: a }) as { sport: string; league: string })) expect(v.sport, v.league).toBe(sportOf(v.league));
    const varied = { sport: 'basketball', league: 'MLS' };
    agreeSportLeague(varied, params, 'sport');
    expect(varied).toEqual({ sport: 'basketball', league: 'NBA' });
    const fixed = { sport: 'baseball', league: 'NBA' };
    agreeSportLeague(fixed, params);
    expect(fixed).toEqual({ sport: 'basketball', league: 'NBA' });
  });

  it('puts a venue a reader knows only in its own city', () => {
    const event: Schema = { type: 'object', properties: { venue: S, city: S }, required: ['venue', 'city'] };
    const a = api('music', 'find_artist_concerts');
    const famous = new Map([['Madison Square Garden', 'New York'], ['Royal Albert Hall', 'London'], ['The Fillmore', 'San Francisco'], ['Paradiso', 'Amsterdam'], ['Barrowland Ballroom', 'Glasgow']]);
    const events = draws(300, (rng) => generateValue(event, rng, 'result', -1, { api: a, inResult: true }) as { venue: string; city: string });
    for (const e of events) if (famous.has(e.venue)) expect(e.city, e.venue).toBe(famous.get(e.venue));
    expect(new Set(events.map((e) => e.venue)).size).toBeGreaterThan(15);
  });

  it('gives a visit\'s instructions, a dish\'s note and a trademark text of their own purpose, not directions, cooking steps or lawsuit sentences', () => {
    expect(kindOf('instructions', '', S, api('health', 'book_clinic_appointment')).examples).toBe(FIELD_TABLES.visitNote);
    expect(kindOf('instructions', 'items', S, api('food', 'create_food_delivery_order')).examples).toBe(FIELD_TABLES.orderNote);
    expect(kindOf('instructions', '', S, api('food', 'get_recipe_instructions')).purpose).toBe('recipe');
    expect(kindOf('mark_text', '', S, api('legal', 'search_trademark_registry')).examples).toBe(FIELD_TABLES.brandMark);
    expect(kindOf('instructions', '', S, api('maps', 'get_route')).purpose).toBe('directions');
  });

  it('reads a legal party role, a credit role and a job title apart', () => {
    expect(kindOf('role', 'parties', S, api('legal', 'get_court_docket')).examples).toBe(FIELD_TABLES.partyRole);
    expect(kindOf('role', 'artist_credits', S, api('music', 'lookup_recording')).examples).toBe(FIELD_TABLES.creditRole);
    expect(kindOf('role', '', S, api('jobs', 'search_jobs')).kind).toBe('job-title');
  });

  it('reads a unit beside a street as an apartment, not a unit of measure', () => {
    const address: Schema = { type: 'object', properties: { street: S, unit: S, city: S }, required: ['street', 'unit', 'city'] };
    const params: Schema = { type: 'object', properties: { delivery_address: address }, required: ['delivery_address'] };
    const a = api('food', 'create_food_delivery_order', {}, { delivery_address: address });
    for (const v of draws(30, (rng) => ((generateObject(params, rng, { api: a }) as Record<string, Record<string, string>>).delivery_address.unit))) {
      expect(String(v)).toMatch(/^(Apt|Unit|Suite|Flat) \d/);
    }
    expect(kindOf('unit', 'readings', S, api('health', 'get_labs')).kind).toBe('unit');
  });

  it('keeps a vocabulary beside the one example a description gives', () => {
    const room: Schema = { type: 'string', description: 'Only devices in this room, e.g. "living room".' };
    const fk = kindOf('room', '', room, api('home-automation', 'list_devices'));
    expect(fk.examples?.[0]).toBe('living room');
    expect(fk.examples?.length).toBe(new Set([...FIELD_TABLES.room, 'living room']).size);
    // A hotel's room is not a room of a home.
    expect(kindOf('room', '', S, api('travel', 'book_hotel')).examples).not.toBe(FIELD_TABLES.room);
  });
});

describe('what an API is about', () => {
  it.each([
    ['create_home_automation_rule', 'rule'],
    ['identify_song_from_audio', 'song'],
    ['get_property_details', 'property'],
    ['create_music_playlist', 'playlist'],
    ['open_home_automation_rule_lite', 'rule'],
    ['load_number_provisioning_timeline_with_city', 'timeline'],
    ['lookup_recording_by_isrc', 'recording'],
  ])('%s is about a %s', (name, thing) => expect(apiThing(name)).toBe(thing));

  it('numbers what a tool lists and lets a user name what they make', () => {
    const returns: Schema = { type: 'object', properties: { name: S }, required: ['name'] };
    const a = api('home-automation', 'create_home_automation_rule', returns, { name: S });
    for (const r of draws(20, (rng) => generateValue(returns, rng, 'result', -1, { api: a }) as Record<string, string>)) expect(FIELD_TABLES.automationName).toContain(r.name);
    const listed: Schema = { type: 'object', properties: { trips: { type: 'array', items: { type: 'object', properties: { name: S }, required: ['name'] } } }, required: ['trips'] };
    const b = api('travel', 'list_saved_trips', listed);
    for (const r of draws(20, (rng) => generateValue(listed, rng, 'result', -1, { api: b }) as { trips: { name: string }[] })) for (const t of r.trips) expect(t.name).toMatch(/^Trip #\d+$/);
  });
});

describe('guesses', () => {
  const a = api('gaming', 'get_widget_report');
  it('marks a field no rule knows, a label with no words and a name of an unknown thing as guesses', () => {
    expect(isGuess(kindOf('zorbness', '', S, a))).toBe(true);
    expect(isGuess(kindOf('usage_type', '', S, a))).toBe(true);
    expect(isGuess(kindOf('name', 'widgets', S, a))).toBe(true);
    expect(isGuess(kindOf('status', '', S, a))).toBe(false);
    expect(isGuess(kindOf('city', '', S, a))).toBe(false);
    expect(isGuess(kindOf('zorbness', '', { type: 'string', description: 'The zorbness, e.g. "high" or "low".' }, a))).toBe(false);
  });

  it('leaves an optional guessed field out of a tool result and of a request, and keeps a required one', () => {
    const returns: Schema = { type: 'object', properties: { zorbness: S, wibble: S, city: S }, required: ['wibble'] };
    const withResult = api('gaming', 'get_widget_report', returns, { zorbness: S, city: S, usage_type: S });
    const results = draws(60, (rng) => generateValue(returns, rng, 'result', -1, { api: withResult }) as Record<string, unknown>);
    expect(results.every((r) => !('zorbness' in r))).toBe(true);
    expect(results.every((r) => typeof r.wibble === 'string')).toBe(true);
    expect(results.some((r) => typeof r.city === 'string')).toBe(true);
    const args = draws(60, (rng) => generateObject(withResult.parameters as Schema, rng, { api: withResult, optionalRate: 1 }));
    // No rule knows `zorbness`: a user would not state it. A generic label is still a value people give.
    expect(args.every((x) => !('zorbness' in x) && typeof x.city === 'string' && typeof x.usage_type === 'string')).toBe(true);
  });
});

describe("a person's email", () => {
  it('is theirs: first.last at its domain beside the name, in a result and in a request; an address with no person beside it is left as drawn', () => {
    const person: Schema = { type: 'object', properties: { name: S, email: { type: 'string', format: 'email' } }, required: ['name', 'email'] };
    const returns: Schema = {
      type: 'object',
      properties: { adjuster: person, contact_name: S, contact_email: { type: 'string', format: 'email' }, reply_to: { type: 'string', format: 'email' } },
      required: ['adjuster', 'contact_name', 'contact_email', 'reply_to'],
    };
    const a = api('insurance', 'file_insurance_claim', returns, { claimant: person });
    const local = (name: string): string =>
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .split(' ')
        .map((w) => w.replace(/[^a-z]/g, ''))
        .filter((w, i, all) => i === 0 || i === all.length - 1)
        .join('.');
    const results = draws(40, (rng) => generateValue(returns, rng, 'result', -1, { api: a }) as Record<string, Record<string, string> & string>);
    for (const r of results) {
      expect(r.adjuster.email.split('@')[0]).toBe(local(r.adjuster.name));
      expect(r.contact_email.split('@')[0]).toBe(local(r.contact_name));
    }
    // reply_to names nobody: drawn as any address, so not always the contact's.
    expect(results.some((r) => (r.reply_to as string).split('@')[0] !== local(r.contact_name))).toBe(true);
    const args = draws(40, (rng) => generateObject(a.parameters as Schema, rng, { api: a, optionalRate: 1 }));
    for (const x of args) {
      const c = x.claimant as Record<string, string>;
      expect(c.email.split('@')[0]).toBe(local(c.name));
    }
  });
});
