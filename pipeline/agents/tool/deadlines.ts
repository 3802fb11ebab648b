/**
 * A deadline comes before what it is a deadline for: a table booked for 09:45 can be cancelled
 * until some hours before 09:45, not until 15:30 that afternoon; a hotel stay's free cancellation
 * ends before check-in. Applied to results holding a cancellation deadline (cancellation_deadline,
 * cancel_by, free_cancellation_until) beside the moment booked, in the result or in the call
 * (reservation_time, check_in, departure_time, start_time, pickup_at, appointment_time): a
 * deadline at or after that moment moves to a few hours before it, never before the call.
 */
import type { Schema } from '../../values/values.js';
import { admits } from './admits.js';
import type { Obj, Rule } from './call-context.js';
import { snake } from './names.js';

const DEADLINE = /^(cancellation_deadline|cancel_by|cancel_before|free_cancellation_until|cancellation_until|cancellable_until|cancel_until)$/;
const MOMENT = /^(reservation_time|check_in|check_in_date|departure_time|departure|start_time|start|pickup_at|pickup_time|appointment_time|event_time|event_date|datetime|date_time)$/;

const HOUR = 3_600_000;
const iso = (t: number, like: string): string => (like.length === 10 ? new Date(t).toISOString().slice(0, 10) : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'));

export function deadlineRule(body: Schema): Rule | undefined {
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const deadlines = Object.keys(props).filter((k) => DEADLINE.test(snake(k)));
  if (deadlines.length === 0) return undefined;
  return (out: Obj, c) => {
    const momentOf = (o: Readonly<Obj>): string | undefined => {
      const k = Object.keys(o).find((x) => MOMENT.test(snake(x)) && typeof o[x] === 'string' && !Number.isNaN(Date.parse(o[x] as string)));
      return k ? (o[k] as string) : undefined;
    };
    const moment = momentOf(out) ?? momentOf(c.args);
    if (!moment) return;
    const at = Date.parse(moment.length === 10 ? `${moment}T15:00:00Z` : moment);
    const now = Date.parse(c.now);
    for (const k of deadlines) {
      const v = out[k];
      if (typeof v !== 'string' || Number.isNaN(Date.parse(v)) || Date.parse(v) < at) continue;
      // A few hours before, on the hour; never before the moment of the call.
      const before = Math.max(now, Math.floor((at - c.rng.pick([2, 4, 12, 24, 48]) * HOUR) / HOUR) * HOUR);
      if (before >= at) continue;
      const moved = iso(before, v);
      if (admits(props[k], moved)) out[k] = moved;
    }
  };
}
