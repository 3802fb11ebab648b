/**
 * Search and list results honour every filter of the call (pipeline/agents/tool/bounds.ts,
 * item-filters.ts, place-filters.ts, date-filters.ts, lists.ts, sort-order.ts), one table row
 * per kind of filter, on hand-made APIs: every item of 20 results must meet it, and each result
 * stays valid against the API's schema.
 */
import { describe, expect, it } from 'vitest';
import type { ApiSpec } from '../../../api-pool/types.js';
import { BOOL, DATE, DATE_TIME, INT, NUM, STR, api, itemsOf, listOf, results } from '../../helpers/tool-api.js';
import { validator } from '../../helpers/schema.js';

type Obj = Record<string, unknown>;
const TODAY = '2025-06-02';
const PRICE: Obj = { type: 'number', minimum: 10, maximum: 2000 };
/** Whether an amount has at most two decimals. */
const inCents = (v: number): boolean => Number.isInteger(Math.round(v * 100 * 1e6) / 1e6);

/** [filter, api, args, the list, what every item meets]. */
const EACH_ITEM: [string, ApiSpec, Obj, string, (it: Obj) => boolean][] = [
  ['a minimum amount, drawn in cents', api('list_account_transactions', { min_amount: NUM }, { transactions: listOf({ transaction_id: STR, amount: NUM }) }), { min_amount: 1225.31 }, 'transactions', (it) => (it.amount as number) >= 1225.31 && inCents(it.amount as number)],
  ['a maximum nightly rate, drawn in cents', api('search_hotel_offers', { max_nightly_rate: NUM }, { hotels: listOf({ hotel_id: STR, nightly_rate: NUM, total_price: NUM }) }), { max_nightly_rate: 254.2 }, 'hotels', (it) => (it.nightly_rate as number) <= 254.2 && inCents(it.nightly_rate as number) && inCents(it.total_price as number)],
  ['a price cap', api('search_flights', { max_price: NUM }, { offers: listOf({ offer_id: STR, total_price: PRICE }) }), { max_price: 300 }, 'offers', (it) => (it.total_price as number) <= 300],
  ['a budget', api('search_tours', { budget: NUM }, { tours: listOf({ tour_id: STR, price_per_person: PRICE }) }), { budget: 120 }, 'tours', (it) => (it.price_per_person as number) <= 120],
  ['a minimum rating', api('search_restaurants', { min_rating: NUM }, { restaurants: listOf({ name: STR, rating: { type: 'number', minimum: 1, maximum: 5 } }) }), { min_rating: 4.2 }, 'restaurants', (it) => (it.rating as number) >= 4.2],
  ['minimum stars, maximum nightly rate', api('search_hotels', { min_stars: INT, max_nightly_rate: NUM }, { hotels: listOf({ stars: { type: 'integer', minimum: 1, maximum: 5 }, nightly_rate: PRICE }) }), { min_stars: 4, max_nightly_rate: 150 }, 'hotels', (it) => (it.stars as number) >= 4 && (it.nightly_rate as number) <= 150],
  ['a radius in km on a distance in m', api('find_stations', { radius_km: NUM }, { stations: listOf({ station_id: STR, distance_m: INT }) }), { radius_km: 2 }, 'stations', (it) => (it.distance_m as number) <= 2000],
  ['a price range object', api('search_listings', { price: { type: 'object', properties: { min: INT, max: INT } } }, { listings: listOf({ property_id: STR, price: { type: 'integer', minimum: 1000, maximum: 900000 } }) }), { price: { min: 200000, max: 250000 } }, 'listings', (it) => (it.price as number) >= 200000 && (it.price as number) <= 250000],
  ['a minimum severity in the enum order', api('get_alerts', { min_severity: { type: 'string', enum: ['minor', 'moderate', 'severe', 'extreme'] } }, { alerts: listOf({ alert_id: STR, severity: { type: 'string', enum: ['minor', 'moderate', 'severe', 'extreme'] } }) }), { min_severity: 'severe' }, 'alerts', (it) => ['severe', 'extreme'].includes(it.severity as string)],
  ['a status', api('list_applications', { status: { type: 'string', enum: ['open', 'closed'] } }, { applications: listOf({ application_id: STR, status: STR }) }), { status: 'closed' }, 'applications', (it) => it.status === 'closed'],
  ['a set of categories', api('list_transactions', { categories: { type: 'array', items: { type: 'string', enum: ['dining', 'travel', 'rent'] } } }, { transactions: listOf({ transaction_id: STR, category: STR, amount: NUM }) }), { categories: ['dining', 'rent'] }, 'transactions', (it) => ['dining', 'rent'].includes(it.category as string)],
  ['types by their last word', api('list_devices', { device_types: { type: 'array', items: STR } }, { devices: listOf({ device_id: STR, type: STR }) }), { device_types: ['light', 'lock'] }, 'devices', (it) => ['light', 'lock'].includes(it.type as string)],
  ['a genre among the genres', api('search_artists', { genre: STR }, { artists: listOf({ artist_id: STR, genres: { type: 'array', items: STR, maxItems: 3 } }) }), { genre: 'jazz' }, 'artists', (it) => (it.genres as string[]).includes('jazz')],
  ['nonstop only', api('search_offers', { nonstop_only: BOOL }, { offers: listOf({ offer_id: STR, stops: { type: 'integer', minimum: 0, maximum: 2 } }) }), { nonstop_only: true }, 'offers', (it) => it.stops === 0],
  ['unread only, with attachments', api('search_mail', { unread_only: BOOL, has_attachment: BOOL }, { messages: listOf({ message_id: STR, unread: BOOL, attachment_count: { type: 'integer', minimum: 0, maximum: 5 } }) }), { unread_only: true, has_attachment: true }, 'messages', (it) => it.unread === true && (it.attachment_count as number) >= 1],
  ['explicit not allowed', api('search_episodes', { explicit_allowed: BOOL }, { episodes: listOf({ episode_id: STR, explicit: BOOL }) }), { explicit_allowed: false }, 'episodes', (it) => it.explicit === false],
  ['declined ones left out', api('list_events', { include_declined: BOOL }, { events: listOf({ event_id: STR, response_status: { type: 'string', enum: ['accepted', 'declined', 'tentative'] } }) }), { include_declined: false }, 'events', (it) => it.response_status !== 'declined'],
  ['available now', api('find_chargers', { available_now: BOOL }, { connectors: listOf({ type: STR, status: { type: 'string', enum: ['available', 'occupied', 'out_of_service'] } }) }), { available_now: true }, 'connectors', (it) => it.status === 'available'],
  ['an away venue', api('get_team_schedule', { venue: { type: 'string', enum: ['home', 'away', 'all'] } }, { games: listOf({ game_id: STR, home: BOOL }) }), { venue: 'away' }, 'games', (it) => it.home === false],
  ['a team on either side', api('get_scores', { team: STR }, { games: listOf({ home_team: STR, away_team: STR }) }), { team: 'Lakers' }, 'games', (it) => it.home_team === 'Lakers' || it.away_team === 'Lakers'],
  ['a city', api('search_doctors', { city: STR }, { doctors: listOf({ name: STR, address: STR, city: STR }) }), { city: 'Porto' }, 'doctors', (it) => it.city === 'Porto' && (it.address as string).endsWith('Porto')],
  ['a centre and radius', api('search_quakes', { circle: { type: 'object', properties: { latitude: NUM, longitude: NUM, radius_km: NUM } } }, { events: listOf({ event_id: STR, latitude: { type: 'number', minimum: -90, maximum: 90 }, longitude: { type: 'number', minimum: -180, maximum: 180 } }) }), { circle: { latitude: 45.76, longitude: 4.84, radius_km: 50 } }, 'events', (it) => Math.hypot(((it.latitude as number) - 45.76) * 110.57, ((it.longitude as number) - 4.84) * 111.32 * Math.cos((45.76 * Math.PI) / 180)) <= 50],
  ['a query in the titles', api('search_courses', { query: STR }, { courses: listOf({ course_id: STR, title: STR }) }), { query: 'machine learning' }, 'courses', (it) => (it.title as string).toLowerCase().includes('machine learning')],
  ['a family name in the names', api('search_patients', { family_name: STR }, { patients: listOf({ patient_id: STR, name: STR }) }), { family_name: 'Okafor' }, 'patients', (it) => (it.name as string).split(' ').includes('Okafor')],
  ['digits a number contains', api('search_numbers', { contains: STR }, { available_numbers: listOf({ phone_number: STR, monthly_price: NUM }) }), { contains: '2024' }, 'available_numbers', (it) => (it.phone_number as string).includes('2024')],
  ['a date range', api('list_account_transactions', { from_date: DATE, to_date: DATE }, { transactions: listOf({ transaction_id: STR, booked_at: DATE_TIME }) }), { from_date: '2025-04-01', to_date: '2025-04-10' }, 'transactions', (it) => (it.booked_at as string) >= '2025-04-01' && (it.booked_at as string).slice(0, 10) <= '2025-04-10'],
  ['a day, on a date-time named by its stem', api('search_flight_offers', { departure_date: DATE }, { offers: listOf({ offer_id: STR, departure_time: DATE_TIME, arrival_time: DATE_TIME }) }), { departure_date: '2025-09-14' }, 'offers', (it) => (it.departure_time as string).startsWith('2025-09-14') && (it.arrival_time as string) > (it.departure_time as string)],
  ['a recency', api('search_jobs', { posted_within_days: INT }, { results: listOf({ job_id: STR, posted_at: DATE_TIME }) }), { posted_within_days: 7 }, 'results', (it) => (it.posted_at as string).slice(0, 10) >= '2025-05-26' && (it.posted_at as string).slice(0, 10) <= TODAY],
  ['a year', api('search_movies', { year: INT }, { results: listOf({ movie_id: INT, release_date: DATE }) }), { year: 1999 }, 'results', (it) => (it.release_date as string).startsWith('1999')],
  ['a forecast stays ahead whatever its bookkeeping filter says', api('lookup_hourly_outlook_v2', { filters: { type: 'object', properties: { createdAfter: DATE_TIME } } }, { hourly: listOf({ time: DATE_TIME, temperature: NUM }) }), { filters: { createdAfter: '2025-04-12T12:00:00Z' } }, 'hourly', (it) => (it.time as string).slice(0, 10) >= TODAY],
  ['a lower bound on creation holds for later updates', api('search_items', { created_after: DATE_TIME }, { items: listOf({ item_id: STR, updated_at: DATE_TIME }) }), { created_after: '2025-05-01T00:00:00Z' }, 'items', (it) => (it.updated_at as string) >= '2025-05-01T00:00:00Z' && (it.updated_at as string).slice(0, 10) <= TODAY],
];

/** [rule, api, args, check of the whole result]. */
const WHOLE_LIST: [string, ApiSpec, Obj, (r: Obj) => void][] = [
  ['no more items than the limit', api('search_products', { limit: INT }, { results: listOf({ product_id: STR }, { minItems: 0 }) }), { limit: 2 }, (r) => expect((r.results as unknown[]).length).toBeLessThanOrEqual(2)],
  ['as many days as asked', api('get_forecast', { days: INT }, { days: listOf({ date: DATE, high: NUM }, { maxItems: 14 }) }), { days: 7 }, (r) => expect((r.days as unknown[]).length).toBe(7)],
  ['one item per asked id, in order', api('compare_players', { player_ids: { type: 'array', items: STR } }, { players: listOf({ player_id: STR, points: NUM }) }), { player_ids: ['p1', 'p2', 'p3', 'p4', 'p5'] }, (r) => expect((r.players as Obj[]).map((p) => p.player_id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5'])],
  ['one rate per quote currency', api('get_exchange_rates', { quote_currencies: { type: 'array', items: STR } }, { rates: listOf({ currency: STR, rate: NUM }, { minItems: 1 }) }), { quote_currencies: ['JPY', 'GBP'] }, (r) => expect((r.rates as Obj[]).map((x) => x.currency)).toEqual(['JPY', 'GBP'])],
  ['the objects sent, item by item', api('create_budget', { categories: { type: 'array', items: { type: 'object', properties: { category: STR, limit: NUM } } } }, { budget_id: STR, categories: listOf({ category: STR, limit: NUM, spent: NUM }, { minItems: 1 }) }), { categories: [{ category: 'health', limit: 200 }, { category: 'dining', limit: 150 }] }, (r) => expect((r.categories as Obj[]).map((x) => [x.category, x.limit])).toEqual([['health', 200], ['dining', 150]])],
  ['one row per origin', api('get_distance_matrix', { origins: { type: 'array', items: { type: 'object', properties: { latitude: NUM } } } }, { rows: listOf({ origin_index: INT, distance_m: INT }, { minItems: 1 }) }), { origins: [{ latitude: 1 }, { latitude: 2 }] }, (r) => expect((r.rows as Obj[]).map((x) => x.origin_index)).toEqual([0, 1])],
  ['the one course asked is the row', api('get_student_grades', { student_id: STR, course_id: STR }, { student_id: STR, courses: listOf({ course_id: STR, current_score: NUM }, { minItems: 1 }) }), { student_id: 'S1', course_id: 'C-1' }, (r) => expect((r.courses as Obj[]).map((x) => x.course_id)).toEqual(['C-1'])],
  ['a leaderboard around a player holds the player', api('get_game_leaderboard', { player_id: STR }, { entries: listOf({ rank: INT, player_id: STR, score: NUM }) }), { player_id: 'P-7' }, (r) => expect((r.entries as Obj[]).filter((e) => e.player_id === 'P-7')).toHaveLength(1)],
  ['the citations of a paper are other papers', api('get_paper_citations', { doi: STR }, { doi: STR, works: listOf({ doi: STR, title: STR }) }), { doi: '10.1/x' }, (r) => expect([r.doi, (r.works as Obj[]).some((w) => w.doi === '10.1/x')]).toEqual(['10.1/x', false])],
  ['an added item in the cart', api('add_item_to_cart', { variant_id: STR, quantity: INT }, { lines: listOf({ line_id: STR, variant_id: STR, quantity: { type: 'integer', minimum: 1, maximum: 9 } }) }), { variant_id: 'V-7', quantity: 4 }, (r) => expect((r.lines as Obj[]).some((l) => l.variant_id === 'V-7' && l.quantity === 4)).toBe(true)],
  ['cheapest first', api('search_hotels', { sort_by: { type: 'string', enum: ['price', 'rating'] } }, { hotels: listOf({ hotel_id: STR, price: PRICE, rating: NUM }) }), { sort_by: 'price' }, (r) => expect(sorted(r.hotels as Obj[], 'price')).toBe(true)],
  ['best rated first', api('search_hotels_by_rating', { sort_by: { type: 'string', enum: ['price', 'rating'] } }, { hotels: listOf({ hotel_id: STR, price: PRICE, rating: NUM }) }), { sort_by: 'rating' }, (r) => expect(sorted(r.hotels as Obj[], 'rating', true)).toBe(true)],
  ['newest first', api('search_news', { sort_by: { type: 'string', enum: ['relevance', 'newest'] } }, { articles: listOf({ title: STR, published_at: DATE_TIME }) }), { sort_by: 'newest' }, (r) => expect(sorted(r.articles as Obj[], 'published_at', true)).toBe(true)],
  ['a field with a direction', api('list_items', { sort_by: { type: 'string', enum: ['title', 'score'] }, sort_order: { type: 'string', enum: ['asc', 'desc'] } }, { items: listOf({ title: STR, score: NUM }) }), { sort_by: 'score', sort_order: 'asc' }, (r) => expect(sorted(r.items as Obj[], 'score')).toBe(true)],
  ['ranks in order', api('get_leaderboard', { board: STR }, { entries: listOf({ rank: { type: 'integer', minimum: 1, maximum: 300 }, score: NUM }) }), { board: 'x' }, (r) => {
    const ranks = (r.entries as Obj[]).map((e) => e.rank as number);
    expect(ranks).toEqual(ranks.map((_, i) => ranks[0] + i));
    expect(sorted(r.entries as Obj[], 'score', true)).toBe(true);
  }],
];

function sorted(items: readonly Obj[], f: string, desc = false): boolean {
  const v = items.map((it) => it[f] as number | string);
  return v.every((x, i) => i === 0 || (desc ? v[i - 1] >= x : v[i - 1] <= x));
}

describe('search and list results honour the call', () => {
  it.each(EACH_ITEM)('%s', (_name, a, args, list, meets) => {
    const rs = results(a, args, 20, TODAY);
    const items = itemsOf(rs, list);
    expect(items.length).toBeGreaterThan(20);
    for (const it of items) expect(meets(it), JSON.stringify(it)).toBe(true);
    for (const r of rs) expect(validator(a.returns)(r), JSON.stringify(r)).toBe(true);
  });

  it.each(WHOLE_LIST)('%s', (_name, a, args, check) => {
    for (const r of results(a, args, 20, TODAY)) {
      check(r);
      expect(validator(a.returns)(r), JSON.stringify(r)).toBe(true);
    }
  });

  it('returns no items that cannot meet the call (emails received in the future)', () => {
    const a = api('search_mail', { after: DATE }, { messages: { type: 'array', items: { type: 'object', properties: { message_id: STR, received_at: DATE_TIME }, required: ['message_id', 'received_at'] } } });
    for (const r of results(a, { after: '2025-08-01' }, 10, TODAY)) expect(r.messages).toEqual([]);
  });

  it('titles the things a query finds as things of their kind: courses and articles in frames, songs and products as named and in editions, a sentence about the query', () => {
    const titles = (name: string, q: string, field = 'title'): string[] =>
      itemsOf(results(api(name, { query: STR }, { items: listOf({ item_id: STR, [field]: STR }) }), { query: q }, 10, TODAY), 'items').map((it) => it[field] as string);
    const courses = titles('search_online_courses', 'linear algebra');
    const articles = titles('search_news_articles', 'housing market');
    const songs = titles('search_music_catalog', 'freak me', 'name');
    const products = titles('search_products', 'gaggia classic', 'name');
    const snippets = titles('search_court_opinions', 'tenant eviction', 'snippet');
    for (const t of [...courses, ...articles, ...songs, ...products, ...snippets]) expect(t.toLowerCase()).toMatch(/linear algebra|housing market|freak me|gaggia classic|tenant eviction/);
    // No course, article or sentence is the query with an edition tail (Linear Algebra II).
    for (const t of [...courses, ...articles, ...snippets]) expect(t).not.toMatch(/ (II|Plus|Pro|Select|Live|One|Max|Prime)$/);
    expect(new Set(courses).size).toBeGreaterThan(3);
    expect(courses).toContain('Introduction to Linear Algebra');
    expect(songs).toContain('Freak Me');
    expect(songs).toContain('Freak Me (Live)');
    expect(products).toContain('Gaggia Classic Pro');
    for (const t of snippets) expect(t).toMatch(/^[A-Z].*tenant eviction.*\.$/);
  });

  it('leaves a list alone when the filter names nothing its items hold', () => {
    const a = api('search_offers_rt', { return_date: DATE }, { offers: listOf({ offer_id: STR, departure_time: DATE_TIME }) });
    const days = new Set(itemsOf(results(a, { return_date: '2025-09-20' }, 10, TODAY), 'offers').map((o) => (o.departure_time as string).slice(0, 10)));
    expect(days.has('2025-09-20') && days.size === 1).toBe(false);
  });
});

/**
 * Evolved variants: the same filters read through camelCase names, objects that only group the
 * call's arguments (filters, criteria, options), paging envelopes, synonyms of a price and more
 * than one argument asking the same thing (test/pipeline/tool/result-sweep.test.ts sweeps them
 * over a whole evolved pool).
 */
const envelope = (props: Record<string, Obj>): Obj => ({ type: 'object', properties: props, required: Object.keys(props) });
const HOTELS = listOf({ hotel_id: STR, stars: { type: 'integer', minimum: 1, maximum: 5 }, guest_rating: { type: 'number', minimum: 1, maximum: 10 }, nightly_rate: PRICE, total_price: { type: 'number', minimum: 40, maximum: 9000 } });
const REVIEWS = listOf({ review_id: STR, title: STR, rating: { type: 'integer', minimum: 1, maximum: 5 }, helpful_votes: { type: 'integer', minimum: 0, maximum: 200 } });
const SORT = { type: 'string', enum: ['most_recent', 'most_helpful', 'highest_rating', 'lowest_rating'], default: 'most_recent' };
const ORDER = { type: 'string', enum: ['asc', 'desc'], default: 'desc' };

const EVOLVED: [string, ApiSpec, Obj, (r: Obj) => void][] = [
  ['camelCase bounds in a page of a data envelope', api('search_hotel_offers_paginated', { maxNightlyRate: NUM, filters: { type: 'object', properties: { minStars: INT } }, min_rating: NUM, page: INT }, { data: envelope({ hotels: HOTELS }), page: INT, total_pages: INT }), { maxNightlyRate: 150, filters: { minStars: 4 }, min_rating: 7.5, page: 2 }, (r) => {
    for (const h of (r.data as Obj).hotels as Obj[]) expect([(h.nightly_rate as number) <= 150, (h.stars as number) >= 4, (h.guest_rating as number) >= 7.5], JSON.stringify(h)).toEqual([true, true, true]);
  }],
  ['a page size grouped in a criteria object', api('list_repository_commits_with_filters', { repository: STR, criteria: { type: 'object', properties: { per_page: { type: 'integer', default: 30 } } } }, { commits: listOf({ sha: STR, message: STR }, { minItems: 0 }) }), { repository: 'a/b', criteria: { per_page: 2 } }, (r) => expect((r.commits as unknown[]).length).toBeLessThanOrEqual(2)],
  ['a price range on rates priced by amount', api('compare_shipping_rates_with_language', { min_price: NUM, max_price: NUM }, { rates: listOf({ rate_id: STR, amount: PRICE, estimated_days: INT }) }), { min_price: 300, max_price: 400 }, (r) => {
    for (const x of r.rates as Obj[]) expect((x.amount as number) >= 300 && (x.amount as number) <= 400, JSON.stringify(x)).toBe(true);
  }],
  ['a price range on every price an offer shows', api('locate_hotel_offers_in_inr', { max_price: NUM, check_in: DATE, check_out: DATE }, { hotels: HOTELS }), { max_price: 500, check_in: '2025-07-01', check_out: '2025-07-02' }, (r) => {
    for (const h of r.hotels as Obj[]) expect([(h.nightly_rate as number) <= 500, (h.total_price as number) <= 500], JSON.stringify(h)).toEqual([true, true]);
  }],
  ['a query and a keyword both in the titles', api('query_identity_protection_locations', { query: STR, keyword: STR }, { items: listOf({ item_id: STR, title: STR }) }), { query: 'expired certificate', keyword: 'ransomware' }, (r) => {
    for (const it of r.items as Obj[]) expect((it.title as string).toLowerCase()).toMatch(/expired certificate.*ransomware/);
  }],
  ['two sort arguments both hold', api('list_product_reviews_validated', { sortBy: { type: 'string', enum: ['helpful_votes', 'title'], default: 'helpful_votes' }, criteria: { type: 'object', properties: { sort: SORT } } }, { reviews: REVIEWS }), { sortBy: 'title', criteria: { sort: 'highest_rating' } }, (r) => {
    expect(sorted(r.reviews as Obj[], 'title')).toBe(true);
    expect(sorted(r.reviews as Obj[], 'rating', true)).toBe(true);
  }],
  ['the sort sent, not another one left to its default', api('browse_product_reviews_validated', { sortBy: { type: 'string', enum: ['helpful_votes', 'title'], default: 'helpful_votes' }, criteria: { type: 'object', properties: { sort: SORT } } }, { reviews: REVIEWS }), { criteria: { sort: 'lowest_rating' } }, (r) => expect(sorted(r.reviews as Obj[], 'rating')).toBe(true)],
  ['the value\'s own word over a direction left to its default', api('list_product_reviews_sorted_v2', { options: { type: 'object', properties: { sort: SORT, sort_order: ORDER } } }, { reviews: REVIEWS }), { options: { sort: 'lowest_rating' } }, (r) => expect(sorted(r.reviews as Obj[], 'rating')).toBe(true)],
  ['a direction sent over the value\'s own word', api('list_product_reviews_ordered', { sort: SORT, sortOrder: ORDER }, { reviews: REVIEWS }), { sort: 'highest_rating', sortOrder: 'asc' }, (r) => expect(sorted(r.reviews as Obj[], 'rating')).toBe(true)],
  ['no direction read off an argument that gives none', api('get_paper_citations_sorted', { direction: { type: 'string', enum: ['cited_by', 'references'], default: 'cited_by' }, sortBy: { type: 'string', enum: ['title', 'year'] }, sortOrder: ORDER }, { works: listOf({ doi: STR, year: { type: 'integer', minimum: 1990, maximum: 2025 } }) }), { sortBy: 'year', sortOrder: 'asc' }, (r) => expect(sorted(r.works as Obj[], 'year')).toBe(true)],
  ['a field named by the value itself, kept by later rules', api('read_cost_history_sorted', { sort_by: { type: 'string', enum: ['open', 'high', 'value'] }, sort_order: ORDER }, { bars: listOf({ date: DATE, open: NUM, high: NUM, low: NUM, close: NUM }) }), { sort_by: 'open', sort_order: 'asc' }, (r) => {
    expect(sorted(r.bars as Obj[], 'open')).toBe(true);
    for (const b of r.bars as Obj[]) expect((b.open as number) >= (b.low as number) && (b.open as number) <= (b.high as number), JSON.stringify(b)).toBe(true);
  }],
  ['ranks in the order asked of them', api('get_game_leaderboard_ordered', { sort_by: { type: 'string', enum: ['rank', 'score'] }, sort_order: ORDER }, { entries: listOf({ rank: { type: 'integer', minimum: 1, maximum: 300 }, score: NUM }) }), { sort_by: 'rank', sort_order: 'desc' }, (r) => expect(sorted(r.entries as Obj[], 'rank', true)).toBe(true)],
  ['ranks from 1 when no direction is asked', api('get_league_standings_simple', { sort_by: { type: 'string', enum: ['rank', 'wins'] } }, { table: listOf({ rank: { type: 'integer', minimum: 1, maximum: 30 }, wins: INT }) }), { sort_by: 'rank' }, (r) => expect(sorted(r.table as Obj[], 'rank')).toBe(true)],
  ['a history of a year up to today', api('collect_grid_templates_v2', { year: INT }, { data: envelope({ items: listOf({ grid_id: STR, updated_at: DATE_TIME }) }), meta: { type: 'object', properties: { api_version: STR } } }), { year: 2025 }, (r) => {
    for (const it of (r.data as Obj).items as Obj[]) expect((it.updated_at as string).slice(0, 10) >= '2025-01-01' && (it.updated_at as string).slice(0, 10) <= TODAY, JSON.stringify(it)).toBe(true);
  }],
  ['a day after an instant is a later day', api('search_patients_quick', { filters: { type: 'object', properties: { created_after: DATE_TIME } } }, { patients: listOf({ patient_id: STR, birth_date: DATE }) }), { filters: { created_after: '2025-05-04T10:45:00Z' } }, (r) => {
    for (const p of r.patients as Obj[]) expect((p.birth_date as string) > '2025-05-04', JSON.stringify(p)).toBe(true);
  }],
  ['the items of the day of an instant asked', api('explore_chemistry_programs', { query: STR, time: DATE_TIME }, { items: listOf({ item_id: STR, title: STR, updated_at: DATE_TIME }) }), { query: 'folding', time: '2025-05-20T10:15:00Z' }, (r) => {
    for (const it of r.items as Obj[]) expect((it.updated_at as string).slice(0, 10)).toBe('2025-05-20');
  }],
  ['a date with no format, by its name', api('search_music_catalog_filtered', { query: STR, updated_since: DATE_TIME }, { albums: listOf({ album_id: STR, release_date: STR }) }), { query: 'x', updated_since: '2025-05-10T07:00:00Z' }, (r) => {
    for (const a of r.albums as Obj[]) expect(a.release_date as string, JSON.stringify(a)).toMatch(/^2025-(05-(1\d|2\d|3\d)|06-)/);
  }],
  ['a rate keeps the quote currency it is listed for', api('get_exchange_rates', { base_currency: { type: 'string', pattern: '^[A-Z]{3}$', default: 'USD' }, quote_currencies: { type: 'array', items: STR } }, { rates: listOf({ currency: STR, rate: NUM }, { minItems: 1 }) }), { quote_currencies: ['JPY', 'GBP'] }, (r) => expect((r.rates as Obj[]).map((x) => x.currency)).toEqual(['JPY', 'GBP'])],
];

/** Filters that exclude each other: a search finds nothing (the items are dropped, the list may be empty). */
const NOTHING_MEETS: [string, ApiSpec, Obj, string][] = [
  ['a year and a range of another year', api('discover_mailbox', { after: DATE, year: INT }, { messages: listOf({ message_id: STR, received_at: DATE_TIME }, { minItems: 0 }) }), { after: '2025-04-10', year: 2023 }, 'messages'],
  ['a day and a range on the same date', api('discover_patients_scroll', { birth_date: DATE, start_date: DATE, end_date: DATE }, { patients: listOf({ patient_id: STR, birth_date: DATE }, { minItems: 0 }) }), { birth_date: '1983-12-08', start_date: '2025-05-05', end_date: '2025-05-09' }, 'patients'],
  ['a range ending before a creation asked after', api('browse_fact_checking_changes', { end_date: DATE, created_after: DATE_TIME }, { items: listOf({ item_id: STR, updated_at: DATE_TIME }, { minItems: 0 }) }), { end_date: '2025-03-02', created_after: '2025-03-06T09:00:00Z' }, 'items'],
  ['a category outside the categories asked', api('enumerate_account_transactions_ordered', { categories: { type: 'array', items: { type: 'string', enum: ['dining', 'salary', 'rent'] } }, filters: { type: 'object', properties: { category: STR } } }, { transactions: listOf({ transaction_id: STR, category: STR }, { minItems: 0 }) }), { categories: ['dining', 'salary'], filters: { category: 'dividend stocks' } }, 'transactions'],
];

describe('evolved variants: filters read in any case style, grouping and synonym', () => {
  it.each(EVOLVED)('%s', (_name, a, args, check) => {
    for (const r of results(a, args, 20, TODAY)) {
      check(r);
      expect(validator(a.returns)(r), JSON.stringify(r)).toBe(true);
    }
  });

  it.each(NOTHING_MEETS)('finds nothing for %s', (_name, a, args, list) => {
    for (const r of results(a, args, 10, TODAY)) {
      expect(r[list]).toEqual([]);
      expect(validator(a.returns)(r), JSON.stringify(r)).toBe(true);
    }
  });
});
