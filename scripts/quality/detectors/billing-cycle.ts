/**
 * Class 87: a billing cycle that is no month, or usage outside its cycle: a cycle from 2 to 22
 * November, one of three months, a day of December 2025 in a cycle of January. Judged on result
 * objects holding a cycle start and end (cycle_start/cycle_end, billing period start/end): the
 * cycle must last 27 to 31 days, and the dates of its daily usage must be inside it.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';
import { isObject } from '../record-view.js';

const START = new Set(['cycle_start', 'billing_cycle_start', 'period_start', 'billing_period_start']);
const END = new Set(['cycle_end', 'billing_cycle_end', 'period_end', 'billing_period_end']);
const day = (s: string): number => Date.parse(s.slice(0, 10)) / 86_400_000;

export const billingCycle: Detector = {
  key: 'billing-cycle',
  title: 'a billing cycle that is no month, or usage outside its cycle',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const sk = Object.keys(object).find((k) => START.has(words(k).join('_')) && typeof object[k] === 'string');
      const ek = Object.keys(object).find((k) => END.has(words(k).join('_')) && typeof object[k] === 'string');
      if (sk === undefined || ek === undefined) return undefined;
      const [s, e] = [object[sk] as string, object[ek] as string];
      const length = day(e) - day(s) + 1;
      if (!(length >= 27 && length <= 32)) return finding(`${fieldAt(call, path, sk)} ${s} to ${e}: a cycle of ${length} days`);
      for (const [k, v] of Object.entries(object)) {
        if (!Array.isArray(v)) continue;
        for (const it of v) {
          if (isObject(it) && typeof it.date === 'string' && (it.date.slice(0, 10) < s.slice(0, 10) || it.date.slice(0, 10) > e.slice(0, 10))) return finding(`${fieldAt(call, path, k)} has ${it.date}, outside the cycle ${s} to ${e}`);
        }
      }
      return finding(undefined);
    }),
};
