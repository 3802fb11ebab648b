/**
 * Measurements are of days gone by: a usage report broken down by day ends by today, while a
 * forecast's daily series starts today (pipeline/agents/tool/date-kinds.ts); the window of a
 * metrics query is planned in the past (pipeline/values/dates.ts).
 */
import { describe, expect, it } from 'vitest';
import { DATE, NUM, STR, api, listOf, results } from '../../helpers/tool-api.js';
import { dateMeaning } from '../../../pipeline/values/dates.js';

const TODAY = '2025-06-02';

describe('a series of measurements', () => {
  it('a usage report day by day ends by today; a forecast day by day starts today', () => {
    const usage = api('get_mobile_line_usage', { msisdn: STR }, { data_used_mb: NUM, daily: listOf({ date: DATE, data_mb: NUM }) });
    const forecast = api('get_weather_forecast', { city: STR }, { daily: listOf({ date: DATE, high_c: NUM }) });
    const used = results(usage, { msisdn: '+4915112345678' }, 30, TODAY).flatMap((r) => r.daily as { date: string }[]);
    const ahead = results(forecast, { city: 'Lyon' }, 30, TODAY).flatMap((r) => r.daily as { date: string }[]);
    expect(used.length).toBeGreaterThan(60);
    for (const d of used) expect(d.date <= TODAY, d.date).toBe(true);
    expect(ahead.length).toBeGreaterThan(60);
    for (const d of ahead) expect(d.date >= TODAY, d.date).toBe(true);
  });

  it('the window of a metrics query lies in the past; a booking window ahead', () => {
    const metrics = api('query_metrics', { query: STR, start: DATE, end: DATE }, {}, [], 'Run a PromQL range query over a time window and return the time series.');
    const booking = api('search_hotel_offers', { check_in: DATE, check_out: DATE }, {}, [], 'Search hotel offers for a stay.');
    expect(dateMeaning('start', metrics, false)).toBe('past');
    expect(dateMeaning('end', metrics, false)).toBe('past');
    expect(dateMeaning('check_in', booking, false)).toBe('future');
  });
});
