/**
 * A call that asks for no notification sends none: an update with `send_updates: "none"` notifies
 * no attendee (not 9), a refund with `notify_customer: false` emails nobody. Applied to the
 * result of a call whose arguments turn notifications off (send_updates, send_notifications
 * none; notify, notify_*, send_notification(s), send_email false): its counts of who was notified
 * (notified_attendees, notifications_sent...) are 0, its flags of a notification sent false, its
 * lists of who was notified empty, where the schema lets them be.
 */
import { forEachObject, type Schema } from '../../values/schema.js';
import { fits } from '../../values/siblings.js';
import type { Obj } from './call-context.js';

const SWITCH = /^(send_updates|send_notifications?|notify|notify_[a-z_]+|send_emails?|email_notification|send_receipt)$/;
const OFF = new Set<unknown>(['none', 'no', 'off', false]);
/** A field saying who or how many were notified. */
export const NOTIFIED = /(^|_)(notified|notifications?_sent|notification_sent|emails?_sent|attendees_notified|customer_notified|receipt_sent)(_|$)/;

/** Whether the call's arguments turn notifications off. */
export const quietCall = (args: Readonly<Obj>): boolean => Object.entries(args).some(([k, v]) => SWITCH.test(k) && OFF.has(v));

export function alignQuiet(result: unknown, returns: Schema | undefined, args: Readonly<Obj>): void {
  if (!quietCall(args)) return;
  forEachObject(result, returns, (o, props) => {
    for (const [k, v] of Object.entries(o)) {
      if (!NOTIFIED.test(k)) continue;
      const next = typeof v === 'number' ? 0 : typeof v === 'boolean' ? false : Array.isArray(v) ? [] : undefined;
      if (next === undefined || next === v) continue;
      const s = props[k];
      if (typeof next === 'number' && s && !fits(s, next)) continue;
      if (Array.isArray(next) && typeof s?.minItems === 'number' && s.minItems > 0) continue;
      o[k] = next;
    }
  });
}
