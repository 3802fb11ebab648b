/**
 * Class 74: an act set for a later day reported done today: a utility bill to be paid on the
 * 24th "completed" on the 9th, a transfer to execute next month "executed" with a processed_at of
 * today, a session reserved for the 15th "completed" on the 14th. Judged on calls whose arguments
 * name a day to act on (a schedule, execution, send, delivery, publication or payment date or
 * moment; the start of what a booking or planning tool books) after the dialogue's today: a result status
 * saying the act is done, or a stamp of it done (processed_at, paid_at, sent_at...) before that
 * day, is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { leaves, words } from '../fields.js';
import { isObject } from '../record-view.js';

/** Argument names of the day an act is to happen on. */
const ACT = new Set(['schedule', 'scheduled', 'execution', 'execute', 'send', 'deliver', 'delivery', 'publish', 'pay', 'payment', 'transfer', 'ship']);
const DAY = new Set(['date', 'at', 'on', 'for', 'time']);
/** Tools that book or plan something that starts at its start time. */
const BOOKS = new Set(['book', 'reserve', 'plan', 'schedule', 'arrange', 'create']);
const DONE = new Set(['completed', 'complete', 'executed', 'sent', 'delivered', 'paid', 'processed', 'published', 'shipped', 'settled', 'fulfilled', 'charged', 'succeeded', 'done']);

export const scheduledDone: Detector = {
  key: 'scheduled-done',
  title: 'an act set for a later day reported done today (a bill to pay on the 24th "completed" on the 9th)',
  check: (view) => {
    const today = view.world?.today;
    if (!today) return undefined;
    return judgeAll(view.calls, (call) => {
      if (call.failed || !isObject(call.result)) return undefined;
      let day: string | undefined;
      let arg = '';
      for (const l of leaves(call.args)) {
        const w = words(l.key);
        const starts = BOOKS.has(words(call.name)[0]) && ['start', 'start_time', 'starts_at', 'start_at', 'start_date'].includes(w.join('_'));
        if (typeof l.value !== 'string' || !/^\d{4}-\d\d-\d\d/.test(l.value) || (!starts && (w.length < 2 || !ACT.has(w[0]) || !DAY.has(w[w.length - 1])))) continue;
        if (l.value.slice(0, 10) > today) [day, arg] = [l.value.slice(0, 10), l.key];
      }
      if (day === undefined) return undefined;
      const r = call.result;
      const status = ['status', 'state'].map((k) => r[k]).find((v): v is string => typeof v === 'string');
      if (status !== undefined && DONE.has(words(status).join('_'))) return finding(`${call.name}: status ${status} with ${arg} ${day}, after today ${today}`);
      for (const [k, v] of Object.entries(r)) {
        const w = words(k);
        if (typeof v === 'string' && w.length === 2 && DONE.has(w[0]) && ['at', 'on', 'date'].includes(w[1]) && v.slice(0, 10) < day) return finding(`${call.name}: ${k} ${v} with ${arg} ${day}`);
      }
      return finding(undefined);
    });
  },
};
