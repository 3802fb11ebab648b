/**
 * The reader's audit (test/helpers/result-audit.ts) on hand-made results: where it once misread a
 * call, what it reads now. Each case holds a result a reader takes as right (not flagged) or
 * wrong (flagged), so that a fix of the audit is a reading a person shares, not a looser check.
 */
import { describe, expect, it } from 'vitest';
import type { ApiSpec } from '../../../api-pool/types.js';
import { auditResult } from '../../helpers/result-audit.js';
import { DATE, DATE_TIME, INT, NUM, STR, api, listOf, worldOn } from '../../helpers/tool-api.js';

type Obj = Record<string, unknown>;
const world = worldOn('2025-06-02');
const filterOf = (a: ApiSpec, args: Obj, result: Obj): string | undefined => {
  const audit = auditResult(a, args, world, result);
  expect(audit.applies.has('filter')).toBe(true);
  return audit.defects.get('filter');
};
const ORDER = { type: 'string', enum: ['asc', 'desc'], default: 'desc' };
const SORT = { type: 'string', enum: ['most_recent', 'highest_rating', 'lowest_rating'] };
const reviews = (...ratings: number[]): Obj => ({ reviews: ratings.map((rating, i) => ({ review_id: `R${i}`, rating })) });
const REVIEWS = { reviews: listOf({ review_id: STR, rating: INT }) };

describe('the result audit reads a call as a person does', () => {
  it('reads names in any case style (sortOrder is sort_order, pageSize is page_size)', () => {
    const a = api('list_reviews_v2', { sort: SORT, sortOrder: ORDER, pageSize: INT }, REVIEWS);
    expect(filterOf(a, { sort: 'highest_rating', sortOrder: 'asc' }, reviews(2, 3, 5))).toBeUndefined();
    expect(filterOf(a, { sort: 'highest_rating', sortOrder: 'asc' }, reviews(5, 3, 2))).toMatch(/not sorted by rating/);
    expect(filterOf(a, { pageSize: 2 }, reviews(5, 3, 2))).toMatch(/3 reviews for page_size=2/);
  });

  it('takes a direction sent over the value\'s own word, and the word over a direction left to its default (also in an options object)', () => {
    const top = api('list_reviews', { sort: SORT, sort_order: ORDER }, REVIEWS);
    expect(filterOf(top, { sort: 'lowest_rating' }, reviews(2, 3, 5))).toBeUndefined();
    expect(filterOf(top, { sort: 'lowest_rating', sort_order: 'desc' }, reviews(5, 3, 2))).toBeUndefined();
    const grouped = api('list_reviews_grouped', { options: { type: 'object', properties: { sort: SORT, sort_order: ORDER } } }, REVIEWS);
    expect(filterOf(grouped, { options: { sort: 'lowest_rating' } }, reviews(2, 3, 5))).toBeUndefined();
    expect(filterOf(grouped, { options: { sort: 'lowest_rating' } }, reviews(5, 3, 2))).toMatch(/not sorted by rating/);
  });

  it('orders by the field the value names (away_score, not home_score; temperature_min, not temperature_max)', () => {
    const a = api('get_live_scores_ranked', { sort_by: { type: 'string', enum: ['away_score', 'start_time'] }, sort_order: ORDER }, { games: listOf({ game_id: STR, home_score: INT, away_score: INT }) });
    const games = [{ game_id: 'a', home_score: 1, away_score: 1 }, { game_id: 'b', home_score: 4, away_score: 2 }];
    expect(filterOf(a, { sort_by: 'away_score', sort_order: 'asc' }, { games })).toBeUndefined();
    expect(filterOf(a, { sort_by: 'away_score', sort_order: 'desc' }, { games })).toMatch(/not sorted by away_score/);
    const w = api('get_weather_sorted', { sort_by: { type: 'string', enum: ['temperature_min', 'temperature_max'] }, sort_order: ORDER }, { days: listOf({ date: DATE, temperature_max: NUM, temperature_min: NUM }) });
    const days = [{ date: '2025-05-01', temperature_max: 20, temperature_min: 5 }, { date: '2025-05-02', temperature_max: 25, temperature_min: 3 }];
    expect(filterOf(w, { sort_by: 'temperature_min', sort_order: 'desc' }, { days })).toBeUndefined();
  });

  it('expects rank 1 first when no direction is asked', () => {
    const a = api('get_league_standings', { sort_by: { type: 'string', enum: ['rank', 'wins'] } }, { table: listOf({ rank: INT, wins: INT }) });
    expect(filterOf(a, { sort_by: 'rank' }, { table: [{ rank: 1, wins: 9 }, { rank: 2, wins: 7 }] })).toBeUndefined();
    expect(filterOf(a, { sort_by: 'rank' }, { table: [{ rank: 2, wins: 7 }, { rank: 1, wins: 9 }] })).toMatch(/not sorted by rank/);
  });

  it('counts a calendar year as a date argument: a creation time beside it is not about the items\' first date', () => {
    const a = api('find_movies_filtered_v2', { query: STR, year: INT, filters: { type: 'object', properties: { created_after: DATE_TIME } } }, { results: listOf({ movie_id: INT, release_date: DATE }) });
    const result = { results: [{ movie_id: 1, release_date: '2022-03-08' }] };
    expect(auditResult(a, { query: 'x', year: 2022, filters: { created_after: '2025-01-01T00:00:00Z' } }, world, result).defects.get('filter')).toBeUndefined();
    // Alone, it is about them.
    expect(auditResult(a, { query: 'x', filters: { created_after: '2025-01-01T00:00:00Z' } }, world, result).defects.get('filter')).toMatch(/before created_after/);
  });

  it('takes a price level (1 to 4) for no price', () => {
    const a = api('discover_restaurants_refined', { min_price: NUM }, { restaurants: listOf({ name: STR, price_level: INT, average_price: NUM }) });
    expect(filterOf(a, { min_price: 100 }, { restaurants: [{ name: 'A', price_level: 2, average_price: 120 }] })).toBeUndefined();
    expect(filterOf(a, { min_price: 100 }, { restaurants: [{ name: 'A', price_level: 2, average_price: 80 }] })).toMatch(/average_price=80/);
  });
});
