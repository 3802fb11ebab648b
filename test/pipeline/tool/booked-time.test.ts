/**
 * A booking is at the time asked (pipeline/agents/tool/booked-time.ts): the appointment at the
 * moment asked, the viewing at one of the preferred times.
 */
import { describe, expect, it } from 'vitest';
import { DATE_TIME, STR, api, results } from '../../helpers/tool-api.js';

describe('a booking', () => {
  it('is confirmed for the moment asked', () => {
    const book = api('book_vehicle_service_appointment', { shop_id: STR, appointment_time: DATE_TIME }, { appointment_id: STR, confirmed_time: DATE_TIME });
    for (const r of results(book, { shop_id: 'S1', appointment_time: '2025-06-07T12:15:00Z' }, 20)) expect(r.confirmed_time).toBe('2025-06-07T12:15:00Z');
  });

  it('is confirmed at one of the preferred times, and an email is scheduled for when it is asked to go', () => {
    const tour = api('schedule_property_tour', { property_id: STR, preferred_times: { type: 'array', items: DATE_TIME } }, { tour_request_id: STR, confirmed_time: DATE_TIME });
    const times = ['2025-06-05T13:15:00Z', '2025-06-05T17:00:00Z', '2025-06-06T09:30:00Z'];
    const seen = new Set(results(tour, { property_id: 'P1', preferred_times: times }, 30).map((r) => r.confirmed_time));
    expect([...seen].every((t) => times.includes(t as string))).toBe(true);
    expect(seen.size).toBeGreaterThan(1);
    const email = api('send_templated_email', { template_id: STR, send_at: DATE_TIME }, { message_id: STR, scheduled_for: DATE_TIME });
    for (const r of results(email, { template_id: 'T1', send_at: '2025-06-03T09:00:00Z' }, 10)) expect(r.scheduled_for).toBe('2025-06-03T09:00:00Z');
  });
});
