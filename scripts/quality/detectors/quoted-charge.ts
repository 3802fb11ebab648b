/**
 * Class 62: a charge that is not the price quoted: a shipping rate listed at 343.32 bought for
 * 219.39, an offer of 612.40 booked at another total. Judged on calls that name a quote (a rate,
 * an offer, a fare, a quote id) an earlier result listed with its price, whose result says what
 * was charged; more than one cent apart is a defect (the checker's own reading of both).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, objects } from '../fields.js';
import { isObject } from '../record-view.js';

const QUOTE = /^(rate|offer|quote|fare)_?id$/i;
const PRICE = ['amount', 'price', 'total_price', 'total_amount', 'total'];
const CHARGE = ['amount_charged', 'charged_amount', 'total_charged', 'amount_paid', 'total_price', 'price_paid'];

export const quotedCharge: Detector = {
  key: 'quoted-charge',
  title: 'a charge that is not the price quoted (a rate listed at 343.32 bought for 219.39)',
  check: (view) => {
    /** Quote id -> its price, as the results so far listed it. */
    const quoted = new Map<string, number>();
    const judged = judgeAll(
      view.calls.filter((c) => !c.failed),
      (call) => {
        let verdict;
        const id = Object.keys(call.args).find((k) => QUOTE.test(k) && typeof call.args[k] === 'string');
        const price = id !== undefined ? quoted.get(call.args[id] as string) : undefined;
        const r = call.result;
        const charge = isObject(r) ? CHARGE.find((k) => typeof r[k] === 'number') : undefined;
        if (price !== undefined && charge !== undefined && isObject(r)) {
          const got = r[charge] as number;
          verdict = Math.abs(got - price) > 0.011 ? finding(`${fieldAt(call, '', charge)} ${got} for ${call.args[id!] as string}, quoted at ${price}`) : finding(undefined);
        }
        for (const { object, path } of objects(call.result)) {
          if (path === '') continue;
          const qk = Object.keys(object).find((k) => QUOTE.test(k) && typeof object[k] === 'string');
          const pk = PRICE.find((k) => typeof object[k] === 'number');
          if (qk && pk) quoted.set(object[qk] as string, object[pk] as number);
        }
        return verdict;
      },
    );
    return judged;
  },
};
