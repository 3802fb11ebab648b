/**
 * Class 45: a deadline after what it is a deadline for: a table booked for 09:45 that can be
 * cancelled free until 15:30 the same day, a stay cancellable until after check-in. Judged on
 * result objects holding a cancellation deadline (a field about cancelling that ends in until,
 * by, before or deadline) beside the moment booked, in the object or among the call's
 * arguments (a reservation time, a check-in, a departure, a start, a pickup, an appointment).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, show, words } from '../fields.js';

const isDeadline = (k: string): boolean => {
  const w = words(k);
  return w.some((x) => /^cancel/.test(x)) && /^(until|by|before|deadline)$/.test(w.at(-1) ?? '');
};
const MOMENT = /^(reservation_time|check_in|check_in_date|departure_time|departure|start_time|pickup_at|pickup_time|appointment_time|event_time)$/;

function momentOf(o: Readonly<Record<string, unknown>>): [string, string] | undefined {
  const k = Object.keys(o).find((x) => MOMENT.test(words(x).join('_')) && typeof o[x] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(o[x] as string));
  return k ? [k, o[k] as string] : undefined;
}

const instant = (s: string, end: boolean): number => Date.parse(s.length === 10 ? `${s}T${end ? '23:59' : '00:00'}:00Z` : s);

export const deadline: Detector = {
  key: 'deadline',
  title: 'a deadline after what it is for (a 09:45 table cancellable until 15:30)',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call, side }) => {
      if (side !== 'result') return undefined;
      const moment = momentOf(object) ?? momentOf(call.args);
      const keys = Object.keys(object).filter((k) => isDeadline(k) && typeof object[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(object[k] as string));
      if (!moment || keys.length === 0) return undefined;
      return judgeAll(keys, (k) => {
        const v = object[k] as string;
        // A day against a day: the deadline's day may be the day itself; a moment must come before it.
        const late = v.length === 10 || moment[1].length === 10 ? instant(v, false) > instant(moment[1], true) : instant(v, false) >= instant(moment[1], false);
        return finding(late ? `${fieldAt(call, path, k)} ${show(v)} after ${moment[0]} ${show(moment[1])}` : undefined);
      });
    }),
};
