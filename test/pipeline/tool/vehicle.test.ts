/**
 * A result describing the vehicle asked about describes that vehicle (pipeline/agents/tool/vehicle-agree.ts):
 * the crash rating of a 2014 Subaru Impreza is for a "2014 Subaru Impreza".
 */
import { describe, expect, it } from 'vitest';
import { INT, STR, api, results } from '../../helpers/tool-api.js';

describe('a vehicle described in a result', () => {
  const rating = api('get_crash_safety_rating', { make: STR, model: STR, model_year: INT }, { vehicle_description: STR, overall_rating: { type: 'integer', minimum: 1, maximum: 5 } });

  it('is the make, model and year asked', () => {
    for (const r of results(rating, { make: 'Subaru', model: 'Impreza', model_year: 2014 }, 10)) expect(r.vehicle_description).toBe('2014 Subaru Impreza');
  });

  it('keeps the year drawn when the call gives none, and reads a vehicle object of the call', () => {
    for (const r of results(rating, { make: 'Kia', model: 'Sorento' }, 10)) expect(r.vehicle_description).toMatch(/^(19|20)\d\d Kia Sorento$/);
    const nested = api('get_vehicle_valuation', { vehicle: { type: 'object', properties: { make: STR, model: STR, year: INT } } }, { vehicle: STR, value: INT });
    for (const r of results(nested, { vehicle: { make: 'Tesla', model: 'Model 3', year: 2021 } }, 10)) expect(r.vehicle).toBe('2021 Tesla Model 3');
  });
});

describe('a decoded VIN', () => {
  const decode = api('decode_vehicle_vin', { vin: STR }, { vin: STR, make: STR, model: STR, model_year: INT, plant_country: STR });

  it("names the maker of its first three characters, one of that maker's models and the maker's country", () => {
    const toyota = ['Land Cruiser', 'Camry', 'Prius', 'Corolla', 'RAV4'];
    for (const r of results(decode, { vin: 'JTDYX9WU5V3X7VKVK' }, 10)) {
      expect([r.make, r.plant_country]).toEqual(['Toyota', 'Japan']);
      expect(toyota).toContain(r.model);
    }
    for (const r of results(decode, { vin: 'WVW6U0RL483UWJHU0' }, 10)) expect([r.make, r.plant_country]).toEqual(['Volkswagen', 'Germany']);
  });
});
