/**
 * A series reads as one (series-agree.ts): one entry a step, the same readings in every entry,
 * temperatures a few degrees apart, a day's times on that day; lists of things (with ids) are left
 * as drawn. Each through the offline tool agent on many draws.
 */
import { describe, expect, it } from 'vitest';
import { minuteOf } from '../../../pipeline/agents/tool/days.js';
import { DATE, DATE_TIME, NUM, STR, api, results } from '../../helpers/tool-api.js';

type Obj = Record<string, unknown>;
const listOf = (props: Record<string, unknown>, required: string[], extra: Obj = {}): Obj => ({ type: 'array', minItems: 3, maxItems: 8, items: { type: 'object', properties: props, required }, ...extra });

describe('series in results', () => {
  it('an hourly forecast has one entry an hour, every hour with the same readings, temperatures a few degrees apart', () => {
    const hourly = api('get_hourly_forecast', { latitude: NUM, longitude: NUM }, { hourly: listOf({ time: DATE_TIME, temperature: { type: 'number', minimum: -30, maximum: 45 }, precipitation: NUM, wind_speed: NUM }, ['time']) });
    let seen = 0;
    for (const r of results(hourly, { latitude: 52.52, longitude: 13.4 }, 40)) {
      const hours = r.hourly as Obj[];
      const keys = JSON.stringify(Object.keys(hours[0]).sort());
      for (const [i, h] of hours.entries()) {
        expect(JSON.stringify(Object.keys(h).sort()), JSON.stringify(hours)).toBe(keys);
        if (i === 0) continue;
        seen++;
        expect(minuteOf(h.time) - minuteOf(hours[i - 1].time), JSON.stringify(hours)).toBe(60);
        if (typeof h.temperature === 'number') expect(Math.abs(h.temperature - (hours[i - 1].temperature as number)), JSON.stringify(hours)).toBeLessThanOrEqual(3.01);
      }
    }
    expect(seen).toBeGreaterThan(60);
  });

  it("a line's usage day by day lists each day once, by today, every day with its readings", () => {
    const usage = api('get_line_usage', { msisdn: STR }, { daily: listOf({ date: DATE, data_mb: NUM, minutes: { type: 'integer', minimum: 0 } }, ['date']) });
    for (const r of results(usage, { msisdn: '+4915112345678' }, 40, '2025-06-02')) {
      const days = r.daily as Obj[];
      const dates = days.map((d) => d.date as string);
      expect(new Set(dates).size, JSON.stringify(days)).toBe(dates.length);
      for (const d of dates) expect(d <= '2025-06-02', JSON.stringify(days)).toBe(true);
      const keys = JSON.stringify(Object.keys(days[0]).sort());
      for (const d of days) expect(JSON.stringify(Object.keys(d).sort()), JSON.stringify(days)).toBe(keys);
      // Filled readings are not copies of their neighbour.
      for (const [i, d] of days.entries()) if (i > 0 && typeof d.data_mb === 'number') expect(d.data_mb, JSON.stringify(days)).not.toBe(days[i - 1].data_mb);
    }
  });

  it("a day's high tides are on that day", () => {
    const marine = api('get_marine_forecast', { latitude: NUM, longitude: NUM }, { days: listOf({ date: DATE, wave_height_m: NUM, high_tides: { type: 'array', items: DATE_TIME, minItems: 1, maxItems: 2 } }, ['date', 'high_tides']) });
    for (const r of results(marine, { latitude: 43.3, longitude: -1.98 }, 30)) {
      for (const d of r.days as Obj[]) for (const t of d.high_tides as string[]) expect(t.slice(0, 10), JSON.stringify(d)).toBe(d.date);
    }
  });

  it('a list of things with ids keeps its own dates', () => {
    const payments = api('list_payments', { account_id: STR }, { payments: listOf({ payment_id: STR, date: DATE, amount: NUM }, ['payment_id', 'date', 'amount'], { minItems: 6, maxItems: 8 }) });
    let uneven = 0;
    for (const r of results(payments, { account_id: 'A1' }, 30)) {
      const ms = (r.payments as Obj[]).map((p) => minuteOf(p.date));
      if (ms.some((m, i) => i > 0 && Math.abs(m - ms[i - 1]) !== 1440)) uneven++;
    }
    expect(uneven).toBeGreaterThan(10);
  });
});
