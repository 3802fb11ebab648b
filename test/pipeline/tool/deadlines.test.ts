/**
 * A deadline comes before what it is for (pipeline/agents/tool/deadlines.ts), and a request or a
 * cover letter reads like one of its tool (pipeline/values/kinds.ts, phrases.ts).
 */
import { describe, expect, it } from 'vitest';
import { DATE_TIME, INT, STR, api, results } from '../../helpers/tool-api.js';

describe('a cancellation deadline', () => {
  it('comes before the reservation it is for, and not before the call', () => {
    const reserve = api('reserve_restaurant_table', { restaurant_id: STR, party_size: INT, reservation_time: DATE_TIME }, { reservation_id: STR, reservation_time: DATE_TIME, cancellation_deadline: DATE_TIME });
    for (const at of ['2025-06-02T19:45:00Z', '2025-06-03T09:45:00Z', '2025-06-20T13:00:00Z']) {
      for (const r of results(reserve, { restaurant_id: 'R1', party_size: 2, reservation_time: at }, 20)) {
        expect(Date.parse(r.cancellation_deadline as string), `${String(r.cancellation_deadline)} for ${at}`).toBeLessThan(Date.parse(at));
        expect((r.cancellation_deadline as string) >= '2025-06-02').toBe(true);
      }
    }
  });
});

describe('free text of a request', () => {
  const textOf = (name: string, key: string, domain: string): string[] =>
    results({ ...api(name, { [key]: STR }, { id: STR, [key]: { type: 'string', description: 'Free text.' } }), domain }, {}, 25).map((r) => r[key] as string);

  it('asks a restaurant for a table, a hotel for a room, a courier at the door, and a cover letter applies', () => {
    for (const t of textOf('reserve_restaurant_table', 'special_requests', 'food')) expect(t).not.toMatch(/check-in|crib in the room|towels|parcel|delivery/i);
    for (const t of textOf('book_hotel_room', 'special_requests', 'travel')) expect(t).not.toMatch(/parcel|delivery|table by the window|high chair/i);
    for (const t of textOf('schedule_carrier_pickup', 'instructions', 'logistics')) expect(t).not.toMatch(/check-in|crib|towels|room/i);
    for (const t of textOf('submit_job_application', 'cover_letter', 'jobs')) expect(t).toMatch(/\b(apply|application|role|position|opening)\b/);
  });
});
