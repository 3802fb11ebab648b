/**
 * A state and the day that decides it agree: a patent whose legal status is `expired` expired on
 * or before today (not on the 1st of next month), an `active` one expires after today; a parcel
 * `delivered` was expected by today, one still `in_transit` is expected today or later; a transfer
 * `executed` on 2026-12-12 was not executed before that day. Read by
 * meaning on every object of a result holding a state field (status, state, legal_status...)
 * beside a date of the matching kind; the date moves (a few days to a year), the state stays.
 */
import type { Rng } from '../../../core/rng.js';
import { forEachObject } from '../../values/schema.js';
import type { Obj } from './call-context.js';
import { addDays, dayNumber, isIsoDate } from './days.js';
import { snake } from './names.js';

const STATE = /(^|_)(status|state)$/;
const EXPIRY = /(^|_)(expiry|expiry_date|expiration|expiration_date|expires|expires_at|expires_on|valid_until|expiry_at)$/;
const EXPIRED = /^(expired)$/;
const IN_FORCE = /^(active|valid|granted|in_force|current|live)$/;
const ETA = /(^|_)(estimated_delivery|estimated_delivery_date|estimated_delivery_at|expected_delivery|expected_delivery_date|eta|estimated_arrival)$/;
const ARRIVED = /^(delivered|returned|returned_to_sender|picked_up)$/;
const UNDER_WAY = /^(in_transit|out_for_delivery|label_created|pre_transit|awaiting_pickup|shipped|pending)$/;
const EXECUTION = /(^|_)(execution_date|payment_date|transfer_date|settlement_date|value_date|executed_on|paid_on)$/;
const CARRIED_OUT = /^(executed|completed|paid|settled|processed)$/;
const TO_COME = /^(scheduled|pending|queued)$/;

export function alignStatusDates(result: Obj, today: string, rng: Rng): void {
  const now = dayNumber(today);
  forEachObject(result, undefined, (o) => {
    const sk = Object.keys(o).find((k) => STATE.test(snake(k)) && typeof o[k] === 'string');
    if (sk === undefined) return;
    const state = snake(o[sk] as string);
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (!isIsoDate(v)) continue;
      const key = snake(k);
      const day = dayNumber(v);
      if (EXPIRY.test(key)) {
        if (EXPIRED.test(state) && day > now) o[k] = addDays(v, now - day - rng.int(1, 365));
        else if (IN_FORCE.test(state) && day <= now) o[k] = addDays(v, now - day + rng.int(30, 3650));
      } else if (EXECUTION.test(key)) {
        // A transfer executed was executed by today; one scheduled runs today or later.
        if (CARRIED_OUT.test(state) && day > now) o[k] = addDays(v, now - day - rng.int(0, 3));
        else if (TO_COME.test(state) && day < now) o[k] = addDays(v, now - day + rng.int(1, 14));
      } else if (ETA.test(key)) {
        if (ARRIVED.test(state) && day > now) o[k] = addDays(v, now - day - rng.int(0, 3));
        else if (UNDER_WAY.test(state) && day < now) o[k] = addDays(v, now - day + rng.int(0, 5));
      }
    }
  });
}
