/**
 * Class 84: a state earlier than its own stamps: a text "queued" or "sent" with a delivered_at, a
 * parcel "in_transit" with a delivered_at, a ticket "open" with a resolved_at. Judged on result
 * objects holding a status (or state) and a stamp of a state reached (delivered_at, completed_at,
 * resolved_at, closed_at, paid_at, shipped_at, refunded_at...): a status of an earlier stage
 * (queued, pending, sent, scheduled, processing, in_transit, open, created, submitted) is a
 * defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';

const REACHED = new Set(['delivered', 'completed', 'shipped', 'paid', 'resolved', 'closed', 'cancelled', 'canceled', 'refunded', 'returned']);
const EARLIER = new Set(['queued', 'pending', 'sent', 'scheduled', 'processing', 'in_transit', 'open', 'created', 'submitted', 'draft', 'new', 'in_progress']);

export const stateStamps: Detector = {
  key: 'state-stamps',
  title: 'a state earlier than its own stamps (a text "queued" with a delivered_at)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const sk = ['status', 'state'].find((k) => typeof object[k] === 'string');
      if (sk === undefined) return undefined;
      const stamp = Object.keys(object).find((k) => {
        const w = words(k);
        return w.length === 2 && REACHED.has(w[0]) && w[1] === 'at' && typeof object[k] === 'string';
      });
      if (stamp === undefined) return undefined;
      const state = words(object[sk] as string).join('_');
      return finding(EARLIER.has(state) ? `${fieldAt(call, path, sk)} ${object[sk] as string} with ${stamp} ${object[stamp] as string}` : undefined);
    }),
};
