/**
 * Class 75: a price after a discount that is not the price before less it: a game at 29.70
 * "final" 118 with 2% off, 493.40 down to 415.80 at 76% off. Judged on result objects holding a
 * discount in percent (discount_percent, discount_pct, percent_off) beside a price before it
 * (initial, original, list, regular...) and one after it (final, sale, discounted, current...):
 * the price after must be the price before less that share (to a cent, or 1%). With no discount
 * given, the price after is not above the price before.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';

const BEFORE = new Set(['initial', 'original', 'list', 'regular', 'full', 'was']);
const AFTER = new Set(['final', 'sale', 'discounted', 'current', 'now']);

export const discountPrice: Detector = {
  key: 'discount-price',
  title: 'a price after a discount that is not the price before less it (29.70 at 2% off "final" 118)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const nums = Object.keys(object).filter((k) => typeof object[k] === 'number');
      const pct = nums.find((k) => ['discount_percent', 'discount_pct', 'discount_percentage', 'percent_off', 'pct_off'].includes(words(k).join('_')));
      const before = nums.find((k) => BEFORE.has(words(k)[0]) && ['price', 'amount'].includes(words(k)[1] ?? 'price'));
      const after = nums.find((k) => AFTER.has(words(k)[0]) && ['price', 'amount'].includes(words(k)[1] ?? 'price'));
      // Without a discount, no price after one above the price before it (initial 108.70, final 125.20).
      if (!pct && before && after) return finding((object[after] as number) > (object[before] as number) + 0.005 ? `${fieldAt(call, path, after)} ${object[after] as number} above ${before} ${object[before] as number} with no discount` : undefined);
      if (!pct || !before || !after) return undefined;
      const [b, a, d] = [object[before] as number, object[after] as number, object[pct] as number];
      const want = b * (1 - d / 100);
      return finding(Math.abs(a - want) > Math.max(0.01 * b, 0.011) ? `${fieldAt(call, path, after)} ${a} but ${before} ${b} at ${d}% off is ${want.toFixed(2)}` : undefined);
    }),
};
