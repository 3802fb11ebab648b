/**
 * Things that last minutes or hours end the same day they start (pipeline/values/siblings.ts
 * agreeSpan, pipeline/agents/tool/span-agree.ts): an appointment booked, an event's result, the
 * events a calendar lists, an event's arguments; an end the call asked for stays and the start
 * moves; an out-of-office and a search's window are left as drawn.
 */
import { describe, expect, it } from 'vitest';
import type { ApiSpec } from '../../../api-pool/types.js';
import { Rng } from '../../../core/rng.js';
import { agreeSpan } from '../../../pipeline/values/siblings.js';
import { generateObject, type Schema } from '../../../pipeline/values/values.js';
import { DATE_TIME, STR, api, itemsOf, listOf, results } from '../../helpers/tool-api.js';

type Obj = Record<string, unknown>;
const HOUR = 3_600_000;
const span = (o: Obj, s = 'start', e = 'end'): number => Date.parse(o[e] as string) - Date.parse(o[s] as string);
const short = (o: Obj, s?: string, e?: string): boolean => span(o, s, e) > 0 && span(o, s, e) <= 12 * HOUR;

describe('spans of things that last hours', () => {
  it('an appointment booked ends 10 minutes to 12 hours after it starts, by its own duration when it has one', () => {
    const a = api('book_clinic_appointment', { patient_name: STR }, { appointment_id: STR, start: DATE_TIME, end: DATE_TIME });
    const rs = results(a, { patient_name: 'Ana Ruiz' }, 30);
    expect(rs.every((r) => short(r))).toBe(true);
    const timed = api('book_tutoring_session', { student: STR }, { session_id: STR, starts_at: DATE_TIME, ends_at: DATE_TIME, duration_minutes: { type: 'integer', minimum: 45, maximum: 45 } });
    for (const r of results(timed, { student: 'Ana Ruiz' }, 20)) expect(span(r, 'starts_at', 'ends_at')).toBe(45 * 60_000);
  });

  it('events a calendar lists end the same day; the window the call asks for is left as asked', () => {
    const a = api('list_calendar_events', { start: DATE_TIME, end: DATE_TIME }, { events: listOf({ event_id: STR, title: STR, start: DATE_TIME, end: DATE_TIME }) });
    const rs = results(a, { start: '2025-06-01T00:00:00Z', end: '2025-06-30T00:00:00Z' }, 20);
    const events = itemsOf(rs, 'events');
    expect(events.length).toBeGreaterThan(20);
    expect(events.every((e) => short(e))).toBe(true);
    // A search's window may run for weeks.
    const window = { start: '2025-06-01T00:00:00Z', end: '2025-06-30T00:00:00Z' };
    agreeSpan(window, a.parameters as Schema, 'list_calendar_events ', false);
    expect(window.end).toBe('2025-06-30T00:00:00Z');
  });

  it("an event's arguments end the same day; an end the call set stays and the start moves; an out-of-office runs for days", () => {
    const create: ApiSpec = api('create_calendar_event', { title: STR, start: DATE_TIME, end: DATE_TIME }, { event_id: STR });
    const args = Array.from({ length: 40 }, (_, s) => generateObject(create.parameters as Schema, new Rng(s), { api: create, optionalRate: 1 }));
    expect(args.every((x) => short(x))).toBe(true);
    const update = api('update_calendar_event', { event_id: STR, changes: { type: 'object', properties: { end: DATE_TIME } } }, { event_id: STR, start: DATE_TIME, end: DATE_TIME });
    for (const r of results(update, { event_id: 'EV1', changes: { end: '2025-06-20T16:00:00Z' } }, 20)) {
      expect(r.end).toBe('2025-06-20T16:00:00Z');
      expect(short(r)).toBe(true);
    }
    const ooo = api('set_out_of_office', { message: STR }, { start: DATE_TIME, end: DATE_TIME });
    expect(results(ooo, { message: 'Away' }, 40).some((r) => span(r) > 12 * HOUR)).toBe(true);
  });
});
