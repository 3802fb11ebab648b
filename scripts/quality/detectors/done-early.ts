/**
 * Class 46: an act reported done before its day: an email asked to go on the 18th "sent" on the
 * 27th of the month before, a transfer to execute on 2026-10-16 "executed" on the 11th, a gift
 * to arrive next month "delivered". Judged on calls asking a day to act on (send_at,
 * execution_date, deliver_on, scheduled_at, publish_at, effective_date...) after the
 * dialogue's today whose result has a status: the status is not one of an act done.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { isObject } from '../record-view.js';
import { show, words } from '../fields.js';

const ON_DAY = /^(execution_date|execute_on|deliver_on|delivery_date|deliver_at|send_at|send_on|scheduled_for|scheduled_at|scheduled_date|effective_date|publish_at|publish_on|pay_on|payment_date|transfer_date|ship_date|ship_on)$/;
const DONE = /^(executed|delivered|completed|complete|shipped|fulfilled|paid|sent|done|settled|processed|published|charged|succeeded)$/i;

export const doneEarly: Detector = {
  key: 'done-early',
  title: 'an act done before its day (an email to go on the 18th sent on the 2nd)',
  check(view) {
    const today = view.world?.today;
    if (!today) return undefined;
    return judgeAll(view.calls, (call) => {
      if (call.failed || !isObject(call.result)) return undefined;
      const body = isObject(call.result.data) ? call.result.data : call.result;
      const status = Object.keys(body).find((k) => words(k).join('_') === 'status' && typeof body[k] === 'string');
      const day = Object.keys(call.args).find((k) => ON_DAY.test(words(k).join('_')) && typeof call.args[k] === 'string' && /^\d{4}-\d{2}-\d{2}/.test(call.args[k] as string));
      if (!status || !day || (call.args[day] as string).slice(0, 10) <= today) return undefined;
      return finding(DONE.test(body[status] as string) ? `${call.name}: ${status} ${show(body[status])}, the call asks ${day} ${show(call.args[day])} after today ${today}` : undefined);
    });
  },
};
