/**
 * Class 65: exchange rates that are no rates: a list of rates against EUR quoting EUR itself (at
 * 0.6977), the same currency twice, or a rate far from what the currency is worth (1 COP = 1.566
 * AUD; 1 USD = 1.87 JPY). Judged on result objects naming a base currency (base_currency, base,
 * from/source currency) beside a list of {currency, rate}: every listed currency once, not the
 * base, and for the major currencies of the checker's own table within a factor of 2 of their
 * rough value (a mid-2020s level; rates move, but not by half).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';
import { isObject } from '../record-view.js';

/** Units per US dollar, roughly (2023-2025). */
const PER_USD: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.92, GBP: 0.79, JPY: 150, CHF: 0.88, CAD: 1.36, AUD: 1.5, CNY: 7.2, INR: 83, KRW: 1330, MXN: 17.5, BRL: 5.2, SEK: 10.5, NOK: 10.6, COP: 4000, ZAR: 18.5, TRY: 32,
};
const BASE = new Set(['base_currency', 'base', 'from_currency', 'source_currency']);
const CODE = /^[A-Z]{3}$/;

export const rates: Detector = {
  key: 'rates',
  title: 'exchange rates that are no rates (EUR quoted against EUR, 1 USD = 1.87 JPY)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const bk = Object.keys(object).find((k) => BASE.has(words(k).join('_')) && typeof object[k] === 'string' && CODE.test(object[k] as string));
      if (bk === undefined) return undefined;
      const base = object[bk] as string;
      let applies = false;
      for (const [k, list] of Object.entries(object)) {
        if (!/rate/i.test(k) || !Array.isArray(list)) continue;
        const seen = new Set<string>();
        for (const x of list) {
          if (!isObject(x) || typeof x.currency !== 'string' || typeof x.rate !== 'number') continue;
          applies = true;
          const at = fieldAt(call, path, k);
          if (x.currency === base) return finding(`${at} quotes the base ${base} against itself (${x.rate})`);
          if (seen.has(x.currency)) return finding(`${at} lists ${x.currency} twice`);
          seen.add(x.currency);
          const b = PER_USD[base];
          const q = PER_USD[x.currency];
          if (b !== undefined && q !== undefined && x.rate > 0) {
            const ratio = x.rate / (q / b);
            if (ratio > 2 || ratio < 0.5) return finding(`${at}: 1 ${base} = ${x.rate} ${x.currency}, about ${Number((q / b).toPrecision(3))} in fact`);
          }
        }
      }
      return applies ? finding(undefined) : undefined;
    }),
};
