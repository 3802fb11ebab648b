/**
 * Class 105: a notification the call declined: an update sent with `send_updates: "none"` that
 * reports 9 notified attendees, a refund with `notify_customer: false` that says the customer was
 * emailed. Judged on calls whose arguments turn notifications off (send_updates, send_notifications
 * none; notify, notify_*, send_notification(s), send_email false): no field of the result named for
 * who was notified (notified_attendees, notifications_sent, customer_notified...) may say someone was.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { objects, show, words } from '../fields.js';

const SWITCH = /^(send_updates|send_notifications?|notify|notify_[a-z_]+|send_emails?|email_notification|send_receipt)$/;
const OFF = new Set<unknown>(['none', 'no', 'off', false]);
const NOTIFIED = /(^|_)(notified|notifications?_sent|notification_sent|emails?_sent|attendees_notified|customer_notified|receipt_sent)(_|$)/;

export const quiet: Detector = {
  key: 'quiet',
  title: 'a notification the call declined (9 attendees notified of an update sent with send_updates none)',
  check: (view) =>
    judgeAll(view.calls, (call) => {
      const off = Object.entries(call.args).find(([k, v]) => SWITCH.test(words(k).join('_')) && OFF.has(v));
      if (!off || call.failed) return undefined;
      for (const { object, path } of objects(call.result)) {
        for (const [k, v] of Object.entries(object)) {
          if (!NOTIFIED.test(words(k).join('_'))) continue;
          const someone = (typeof v === 'number' && v > 0) || v === true || (Array.isArray(v) && v.length > 0);
          if (someone) return finding(`${call.name} ${path || 'result'}: ${k} ${show(v)} with ${off[0]} ${show(off[1])}`);
        }
      }
      return finding(undefined);
    }),
};
