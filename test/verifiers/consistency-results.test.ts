import { describe, expect, it } from 'vitest';
import { fired, findings, record } from './consistency-record.js';

describe('consistency.echo', () => {
  it('catches a result field that contradicts the argument of the same name', () => {
    const r = record([{ name: 'get_equity_quote', args: { symbol: 'AAPL' }, result: { symbol: 'MSFT', price: 190.5 } }]);
    expect(findings(r)).toEqual(['consistency.echo: get_equity_quote: result symbol = "MSFT", but the argument symbol = "AAPL"']);
  });

  it('holds a default left out to the result', () => {
    const params = { base_currency: { type: 'string', default: 'USD', description: 'ISO 4217 code.' }, date: { type: 'string', format: 'date', description: 'Day.' } };
    expect(fired(record([{ name: 'get_exchange_rates', args: {}, params, result: { base_currency: 'CAD', rates: [] } }]))).toEqual(['consistency.echo']);
    expect(fired(record([{ name: 'get_exchange_rates', args: {}, params, result: { base_currency: 'USD', rates: [] } }]))).toEqual([]);
  });

  it('reads the documented aliases: url/article_url, id/<entity>_id, <x>/<x>_name, currency/base_currency, date/<x>_date', () => {
    const bad = [
      { name: 'get_news_article_content', args: { article_url: 'https://news.example.com/orbit' }, result: { url: 'https://news.example.com/beacon' } },
      { name: 'get_order', args: { order_id: 'ORD-1' }, result: { id: 'ORD-2' } },
      { name: 'find_artist_concerts', args: { artist_name: 'Nina Simone' }, result: { artist: 'Ember Beacon', events: [] } },
      { name: 'get_rates', args: { base_currency: 'USD' }, result: { currency: 'CAD' } },
      { name: 'get_rates', args: { rate_date: '2025-03-01' }, result: { date: '2024-11-20' } },
    ];
    for (const c of bad) expect(fired(record([c])), c.name).toEqual(['consistency.echo']);
  });

  it('does not take a new thing\'s id for an echo (near-miss: a create call)', () => {
    expect(fired(record([{ name: 'create_refund', args: { order_id: 'ORD-1001', amount: 2.5 }, result: { id: 're_5521', order_id: 'ORD-1001', amount: 2.5 } }]))).toEqual([]);
  });

  it('compares by meaning: case, URL form, phone digits, country names, snapped coordinates, a name found in a longer one, initials', () => {
    const same = [
      { name: 'get_x', args: { currency: 'usd' }, result: { currency: 'USD' } },
      { name: 'scan_url', args: { url: 'https://Example.com/a/' }, result: { url: 'http://www.example.com/a' } },
      { name: 'lookup_phone', args: { phone_number: '06 12 34 56 78' }, result: { phone_number: '+33612345678' } },
      { name: 'get_news', args: { country: 'FR' }, result: { country: 'France' } },
      { name: 'get_forecast', args: { latitude: 45.764, longitude: 4.8357 }, result: { latitude: 45.75, longitude: 4.875 } },
      { name: 'get_artist', args: { name: 'beatles' }, result: { name: 'The Beatles' } },
      { name: 'track_parcel', args: { carrier: 'ups' }, result: { carrier: 'United Parcel Service' } },
      { name: 'get_day', args: { date: '2025-06-12' }, result: { date: '2025-06-12T00:00:00Z' } },
    ];
    for (const c of same) expect(fired(record([c])), c.name).toEqual([]);
  });

  it('leaves out what is not an echo: wildcards, hints, a display name outside the enum, envelope fields', () => {
    const hint = { model_year: { type: 'integer', description: 'Model year hint, improves decoding.' } };
    const league = { league: { type: 'string', enum: ['EPL', 'NBA'], description: 'League code.' } };
    const silent = [
      { name: 'get_forecast', args: { timezone: 'auto' }, result: { timezone: 'Europe/Paris' } },
      { name: 'decode_vin', args: { model_year: 2019 }, params: hint, result: { model_year: 2020 } },
      { name: 'get_standings', args: { league: 'EPL' }, params: league, result: { league: 'Premier League' } },
      { name: 'list_jobs', args: { status: 'open' }, result: { status: 'ok', jobs: [] } },
      { name: 'integrate', args: { function: 'x**3' }, result: { status: 'ok', function: 'integrate' } },
    ];
    for (const c of silent) expect(fired(record([c])), c.name).toEqual([]);
  });

  it('holds a created or set list to what was sent, not an added one', () => {
    const sent = { reminders: [{ method: 'email', minutes_before: 30 }] };
    expect(fired(record([{ name: 'set_event_reminders', args: sent, result: { reminders: [{ method: 'falcon', minutes_before: 30 }] } }]))).toEqual(['consistency.echo']);
    expect(fired(record([{ name: 'set_event_reminders', args: sent, result: { reminders: [{ method: 'email', minutes_before: 30, fires_at: '2025-06-03T08:30:00Z' }] } }]))).toEqual([]);
    expect(fired(record([{ name: 'add_items_to_cart', args: { items: [{ sku: 'A' }] }, result: { items: [{ sku: 'X' }, { sku: 'A' }] } }]))).toEqual([]);
  });

  it('reads an update\'s changes as arguments', () => {
    const r = record([{ name: 'update_calendar_event', args: { event_id: 'ev1', changes: { title: 'Team standup' } }, result: { event_id: 'ev1', title: 'Roadmap workshop' } }]);
    expect(fired(r)).toEqual(['consistency.echo']);
  });
});

describe('consistency.filter', () => {
  const search = (args: Record<string, unknown>, items: unknown[], params?: Record<string, Record<string, unknown>>, name = 'search_hotels') =>
    fired(record([{ name, args, params, result: { hotels: items } }]));

  it('holds items to numeric bounds, by the field\'s name or its only field ending in it', () => {
    expect(search({ max_nightly_rate: 180 }, [{ nightly_rate: 240 }])).toEqual(['consistency.filter']);
    expect(search({ min_stars: 4 }, [{ stars: 3 }])).toEqual(['consistency.filter']);
    expect(search({ max_price: 500 }, [{ total_price: 640 }])).toEqual(['consistency.filter']);
    expect(search({ price: { min: 100, max: 300 } }, [{ price: 90 }], { price: { type: 'object', description: 'Range.' } })).toEqual(['consistency.filter']);
    expect(search({ max_nightly_rate: 180, min_stars: 4 }, [{ nightly_rate: 180, stars: 4 }])).toEqual([]);
    // A minimum on a signed amount bounds its size: a debit of -86.20 is at least 20.
    expect(search({ min_amount: 20 }, [{ amount: -86.2 }], undefined, 'list_transactions')).toEqual([]);
  });

  it('holds items to enum filters only within the enum\'s vocabulary', () => {
    const params = { device_types: { type: 'array', items: { type: 'string', enum: ['light', 'lock', 'thermostat'] }, description: 'Types.' } };
    expect(fired(record([{ name: 'list_devices', args: { device_types: ['thermostat'] }, params, result: { devices: [{ type: 'lock' }] } }]))).toEqual(['consistency.filter']);
    const venue = { venue: { type: 'string', enum: ['home', 'away', 'all'], description: 'Home or away games.' } };
    expect(fired(record([{ name: 'get_team_schedule', args: { venue: 'home' }, params: venue, result: { games: [{ venue: 'Allianz Arena' }] } }]))).toEqual([]);
  });

  it('holds items to flags set to true, and to the limit (threads aside)', () => {
    expect(search({ nonstop_only: true }, [{ stops: 1 }], { nonstop_only: { type: 'boolean', description: 'x' } })).toEqual(['consistency.filter']);
    expect(search({ open_now: true }, [{ open_now: false }], { open_now: { type: 'boolean', description: 'x' } })).toEqual(['consistency.filter']);
    expect(search({ limit: 2 }, [{ a: 1 }, { a: 2 }, { a: 3 }])).toEqual(['consistency.filter']);
    expect(fired(record([{ name: 'get_comment_thread', args: { limit: 1 }, result: { comments: [{ depth: 0 }, { depth: 1 }] } }]))).toEqual([]);
  });

  it('holds item dates to windows and days, by stem, by the only date, or by a start/end span', () => {
    const tx = (booked_at: string) => fired(record([{ name: 'list_transactions', args: { from_date: '2025-05-01', to_date: '2025-05-31' }, result: { transactions: [{ booked_at }] } }]));
    expect(tx('2025-04-20T12:00:00Z')).toEqual(['consistency.filter']);
    expect(tx('2025-05-31T23:30:00Z')).toEqual([]);
    const flights = (departure_time: string) => fired(record([{ name: 'search_flights', args: { departure_date: '2025-09-14' }, result: { offers: [{ departure_time, arrival_time: '2026-10-17T01:00:00Z' }] } }]));
    expect(flights('2026-10-16T22:00:00Z')).toEqual(['consistency.filter']);
    expect(flights('2025-09-15T01:00:00Z')).toEqual([]); // a UTC time may be the next day
    // A round trip's list holds the return flights too.
    const legs = [{ departure_time: '2025-09-14T09:00:00Z' }, { departure_time: '2025-09-21T18:00:00Z' }];
    expect(fired(record([{ name: 'search_flights', args: { departure_date: '2025-09-14', return_date: '2025-09-21' }, result: { flights: legs } }]))).toEqual([]);
    const events = (start: string, end: string) => fired(record([{ name: 'list_calendar_events', args: { time_min: '2025-06-01T00:00:00Z', time_max: '2025-06-08T00:00:00Z' }, result: { events: [{ start, end }] } }]));
    expect(events('2025-05-31T23:00:00Z', '2025-06-01T01:00:00Z')).toEqual([]);
    expect(events('2025-06-09T09:00:00Z', '2025-06-09T10:00:00Z')).toEqual(['consistency.filter']);
    // Days in a row (a forecast from a date) are not a day filter.
    expect(fired(record([{ name: 'get_forecast', args: { date: '2025-06-02', days: 3 }, result: { days: [{ date: '2025-06-04' }] } }]))).toEqual([]);
  });

  it('holds items to the city, country and radius asked, but not a homonym nor a city the tables do not know', () => {
    const near = (args: Record<string, unknown>, item: Record<string, unknown>) => fired(record([{ name: 'search_restaurants', args, result: { restaurants: [item] } }]));
    expect(near({ city: 'Madrid' }, { address: '179 Main Road, Copenhagen' })).toEqual(['consistency.filter']);
    expect(near({ city: 'Tokyo' }, { address: '1-2 Minatomirai, Yokohama' })).toEqual([]);
    expect(near({ city: 'Springfield' }, { address: '5 Elm St, Copenhagen' })).toEqual([]);
    expect(near({ city: 'Paris' }, { city: 'Lyon' })).toEqual([]); // Paris, Texas?
    expect(near({ city: 'Paris', country_code: 'FR' }, { city: 'Marseille' })).toEqual(['consistency.filter']);
    expect(near({ country_code: 'PE' }, { country: 'Thailand' })).toEqual(['consistency.filter']);
    expect(near({ near: { latitude: 45.76, longitude: 4.83, radius_m: 2000 } }, { distance_m: 5400 })).toEqual(['consistency.filter']);
    expect(near({ near: { latitude: 45.76, longitude: 4.83, radius_km: 5 } }, { latitude: 45.78, longitude: 4.86 })).toEqual([]);
  });

  it('does not hold lists that describe the results (facets, suggestions) to the filters', () => {
    const params = { categories: { type: 'array', items: { type: 'string', enum: ['dining', 'rent'] }, description: 'Kinds.' } };
    const result = { transactions: [{ category: 'dining' }], facets: [{ category: 'rent', count: 3 }, { category: 'dining', count: 1 }] };
    expect(fired(record([{ name: 'list_transactions', args: { categories: ['dining'], limit: 1 }, params, result }]))).toEqual([]);
  });

  it('judges only tools that read', () => {
    expect(fired(record([{ name: 'create_hotel_list', args: { max_nightly_rate: 100 }, result: { hotels: [{ nightly_rate: 240 }] } }]))).toEqual([]);
  });
});

describe('consistency.count', () => {
  it('catches a count below the items listed beside it', () => {
    expect(fired(record([{ name: 'get_alerts', args: {}, result: { count: 1, alerts: [{ a: 1 }, { a: 2 }] } }]))).toEqual(['consistency.count']);
    expect(fired(record([{ name: 'check_breaches', args: {}, result: { breach_count: 1, breaches: [{ a: 1 }, { a: 2 }] } }]))).toEqual(['consistency.count']);
    expect(fired(record([{ name: 'get_reviews', args: {}, result: { total_reviews: 0, reviews: [{ a: 1 }] } }]))).toEqual(['consistency.count']);
  });

  it('leaves a money total, a count beside several lists, and a larger count alone', () => {
    expect(fired(record([{ name: 'get_cart', args: {}, result: { total: 2, currency: 'EUR', lines: [{ p: 1 }, { p: 0.5 }, { p: 0.5 }] } }]))).toEqual([]);
    expect(fired(record([{ name: 'search_music', args: {}, result: { total: 1, tracks: [{ a: 1 }, { a: 2 }], albums: [] } }]))).toEqual([]);
    expect(fired(record([{ name: 'list_devices', args: {}, result: { total: 146, devices: [{ a: 1 }] } }]))).toEqual([]);
  });
});
