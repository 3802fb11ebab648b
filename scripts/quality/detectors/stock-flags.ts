/**
 * Class 47: a stock flag against its quantity, or more available than on hand: `low_stock: false` at 0 available, `low_stock:
 * true` at 47, `in_stock: true` at 0, sold out with 12 left. Judged on result objects holding a
 * stock quantity (available, available_quantity, on_hand, stock...; not an order line's quantity,
 * which is what is bought) beside such a flag. Low stock
 * is judged only where a reader has no doubt: at or under the object's threshold (reorder point)
 * it is low (the call's threshold when the object has none); without one, 0 or 1 left is low
 * and 20 or more is not.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, words } from '../fields.js';

const QTY = /^(available|available_quantity|quantity_available|on_hand|quantity_on_hand|stock|stock_level|in_stock_quantity|units_available)$/;
const THRESHOLD = /^(reorder_point|reorder_level|low_stock_threshold|threshold|safety_stock)$/;

export const stockFlags: Detector = {
  key: 'stock-flags',
  title: 'a stock flag against its quantity (low_stock false at 0 available)',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call, side }) => {
      if (side !== 'result') return undefined;
      const keys = Object.keys(object);
      // More available than on hand cannot be.
      if (typeof object.available === 'number' && typeof object.on_hand === 'number' && object.available > object.on_hand) return finding(`${fieldAt(call, path, 'available')} ${object.available} above on_hand ${object.on_hand}`);
      const qtyKey = keys.find((k) => QTY.test(words(k).join('_')) && typeof object[k] === 'number');
      if (!qtyKey) return undefined;
      const qty = object[qtyKey] as number;
      const own = keys.find((k) => THRESHOLD.test(words(k).join('_')) && typeof object[k] === 'number');
      // Without a threshold of its own, the one the call asked the flags by (low_stock_threshold: 68000).
      const askedKey = own === undefined ? Object.keys(call.args).find((k) => THRESHOLD.test(words(k).join('_')) && typeof call.args[k] === 'number') : undefined;
      const tKey = own ?? askedKey;
      const tValue = own !== undefined ? object[own] : askedKey !== undefined ? call.args[askedKey] : undefined;
      return judgeAll(
        keys.filter((k) => typeof object[k] === 'boolean'),
        (k) => {
          const s = words(k).join('_').replace(/^is_/, '');
          const v = object[k] as boolean;
          const say = (): string => `${fieldAt(call, path, k)} ${String(v)} at ${qtyKey} ${qty}${tKey ? ` (${own ? '' : 'asked '}${tKey} ${String(tValue)})` : ''}`;
          if (s === 'low_stock') {
            const low = tKey ? qty <= (tValue as number) : qty <= 1 ? true : qty >= 20 ? false : undefined;
            return low === undefined ? undefined : finding(low === v ? undefined : say());
          }
          if (s === 'in_stock') return finding(v === qty > 0 ? undefined : say());
          if (s === 'out_of_stock' || s === 'sold_out') return finding(v === qty <= 0 ? undefined : say());
          return undefined;
        },
      );
    }),
};
