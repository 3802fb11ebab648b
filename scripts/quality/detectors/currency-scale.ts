/**
 * Class 66: money counted in dollars under a currency worth far less: a food order of 278.60
 * JPY, a bank transfer of 660.17 VND, a flight for six at 806.81 JPY. Judged on result objects
 * (and the objects below them) carrying a currency of the checker's table, worth under half a
 * US dollar a unit, beside a price, total, amount, subtotal, fare or cost: one worth less than two
 * US dollars is a defect (next to nothing people pay for costs that little).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';
import { WEAK_PER_USD as PER_USD } from '../currencies.js';

const MONEY = new Set(['price', 'total', 'amount', 'subtotal', 'fare', 'cost']);
const NOT_MONEY = new Set(['count', 'percent', 'pct', 'rate', 'ingredients', 'ingredient', 'dose', 'points', 'units']);

function check(call: CallView) {
  let applies = false;
  const walk = (v: unknown, currency: string | undefined, path: string): string | undefined => {
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) {
        const d = walk(x, currency, `${path}.${i}`);
        if (d) return d;
      }
      return undefined;
    }
    if (!isObject(v)) return undefined;
    const cur = typeof v.currency === 'string' && PER_USD[v.currency] ? v.currency : typeof v.currency === 'string' ? undefined : currency;
    for (const [k, x] of Object.entries(v)) {
      const w = words(k);
      if (cur !== undefined && typeof x === 'number' && MONEY.has(w[w.length - 1]) && !w.some((t) => NOT_MONEY.has(t)) && !words(path).some((t) => NOT_MONEY.has(t))) {
        applies = true;
        if (x > 0 && x / PER_USD[cur] < 2) return `${call.name}: ${path ? `${path.replace(/^\./, '')}.` : ''}${k} ${x} ${cur}, under two US dollars`;
      }
      if (x !== null && typeof x === 'object') {
        const d = walk(x, cur, `${path}.${k}`);
        if (d) return d;
      }
    }
    return undefined;
  };
  if (call.failed) return undefined;
  const defect = walk(call.result, undefined, '');
  return defect ? finding(defect) : applies ? finding(undefined) : undefined;
}

export const currencyScale: Detector = {
  key: 'currency-scale',
  title: 'money counted in dollars under a currency worth far less (a meal at 278.60 JPY)',
  check: (view) => judgeAll(view.calls, check),
};
