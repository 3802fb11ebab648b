/**
 * Flights that could be flown (pipeline/agents/tool/flight-agree.ts): a status's arrival is
 * its departure plus the block time between its airports, its estimates carry the delay, a
 * flight after today has not left, and the flight reported is the one asked; a search's
 * offers land a plausible time after they leave, longer with stops.
 */
import { describe, expect, it } from 'vitest';
import { blockMinutes } from '../../../pipeline/agents/tool/flight-agree.js';
import { INT, STR, api, results } from '../../helpers/tool-api.js';

type Obj = Record<string, unknown>;
const T = { type: 'string', format: 'date-time' };
const IATA = { type: 'string', pattern: '^[A-Z]{3}$' };
const minutes = (a: unknown, b: unknown): number => (Date.parse(b as string) - Date.parse(a as string)) / 60_000;

describe('flights', () => {
  it('block time grows with distance and stops; unknown airports give none', () => {
    const paris = blockMinutes('CDG', 'LHR')!;
    const ny = blockMinutes('CDG', 'JFK')!;
    expect(paris).toBeGreaterThanOrEqual(60);
    expect(paris).toBeLessThanOrEqual(100);
    expect(ny).toBeGreaterThanOrEqual(6 * 60);
    expect(ny).toBeLessThanOrEqual(9 * 60);
    expect(blockMinutes('CDG', 'JFK', 1)).toBe(ny + 90);
    expect(blockMinutes('CDG', 'QQQ')).toBeUndefined();
  });

  it('a status lands a block time after it leaves, estimates carry the delay, the asked flight, not yet in the air next month', () => {
    const leg = { type: 'object', properties: { airport: IATA, scheduled: T, estimated: T }, required: ['airport', 'scheduled', 'estimated'] };
    const a = api('get_flight_status', { carrier_code: STR, flight_number: STR, departure_date: { type: 'string', format: 'date' } }, {
      flight: STR,
      status: { type: 'string', enum: ['scheduled', 'in_air', 'landed', 'delayed'] },
      departure: leg,
      arrival: leg,
      delay_minutes: { type: 'integer', minimum: 0, maximum: 300 },
    });
    const rs = results(a, { carrier_code: 'AF', flight_number: '6', departure_date: '2025-07-20' }, 30);
    for (const r of rs) {
      const dep = r.departure as Obj;
      const arr = r.arrival as Obj;
      expect(r.flight).toBe('AF6');
      expect(['in_air', 'landed']).not.toContain(r.status);
      const block = blockMinutes(dep.airport, arr.airport);
      if (block !== undefined) expect(minutes(dep.scheduled, arr.scheduled)).toBe(block);
      expect(minutes(dep.scheduled, dep.estimated)).toBe(r.delay_minutes);
      expect(minutes(arr.scheduled, arr.estimated)).toBe(r.delay_minutes);
    }
    // The tables place most airports drawn: the rule is not vacuous.
    expect(rs.filter((r) => blockMinutes((r.departure as Obj).airport, (r.arrival as Obj).airport) !== undefined).length).toBeGreaterThan(20);
  });

  it("a search's offers land the block time after they leave, with 90 minutes a stop", () => {
    const a = api('search_flight_offers', { origin: IATA, destination: IATA }, {
      offers: { type: 'array', minItems: 3, maxItems: 5, items: { type: 'object', properties: { offer_id: STR, departure_time: T, arrival_time: T, stops: { ...INT, minimum: 0, maximum: 2 } }, required: ['offer_id', 'departure_time', 'arrival_time', 'stops'] } },
    });
    const offers = results(a, { origin: 'FCO', destination: 'YVR' }, 10).flatMap((r) => r.offers as Obj[]);
    expect(offers.length).toBeGreaterThan(20);
    for (const o of offers) expect(minutes(o.departure_time, o.arrival_time)).toBe(blockMinutes('FCO', 'YVR', o.stops as number));
  });
});
