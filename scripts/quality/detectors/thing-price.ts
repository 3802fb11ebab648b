/**
 * Class 99: a charge out of proportion to what it buys: a game gift charged 94,000 PHP (about
 * 1,700 US dollars), a phone number at 610 EUR a month, a home insured for 89 US dollars a year.
 * Judged on successful results carrying a currency of the checker's table: the charges (price,
 * amount, total, cost, charged) of a call whose name says what it buys (a game, a phone number, a
 * shipping label), and insurance premiums by the year or the month, must come to an amount such a
 * thing costs (a game 1-150 US dollars, a phone number 0.50-50 a month, a label 2-500, a year of
 * cover 150-8,000, a month 10-800).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

/** Units per US dollar, roughly (2023-2025). */
const PER_USD: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.92, GBP: 0.79, CHF: 0.88, CAD: 1.36, AUD: 1.5, NZD: 1.6, SGD: 1.35, HKD: 7.8, AED: 3.67, SAR: 3.75, ILS: 3.7, MYR: 4.7,
  JPY: 150, KRW: 1330, INR: 83, IDR: 15500, VND: 24500, PHP: 56, CLP: 900, COP: 4000, ARS: 900, HUF: 360, ISK: 138, NGN: 1400, KES: 130,
  EGP: 48, THB: 36, TWD: 32, TRY: 32, CZK: 23, MXN: 17.5, ZAR: 18.5, CNY: 7.2, SEK: 10.5, NOK: 10.6, DKK: 6.9, PLN: 4, BRL: 5.2,
};
/** What a call buys, by its name, and what that costs in US dollars. */
const THINGS: readonly (readonly [RegExp, string, number, number])[] = [
  [/(^|_)(game|games)(_|$)/, 'a game', 1, 150],
  [/phone_number/, 'a phone number', 0.5, 50],
  [/shipping_label/, 'a shipping label', 2, 500],
];
const CHARGE = new Set(['price', 'amount', 'total', 'cost', 'charged']);

function check(call: CallView) {
  if (call.failed || !isObject(call.result)) return undefined;
  const r = call.result;
  const currency = typeof r.currency === 'string' ? r.currency : undefined;
  const rate = currency === undefined ? undefined : PER_USD[currency];
  if (rate === undefined) return undefined;
  const thing = THINGS.find(([re]) => re.test(call.name));
  let applies = false;
  for (const [k, v] of Object.entries(r)) {
    if (typeof v !== 'number') continue;
    const w = words(k);
    const usd = v / rate;
    const premium = w.includes('premium') ? (w.includes('monthly') ? (['a month of cover', 10, 800] as const) : w.includes('annual') || w.includes('yearly') ? (['a year of cover', 150, 8000] as const) : undefined) : undefined;
    const range = premium ?? (thing && CHARGE.has(w[w.length - 1]) && !w.includes('count') ? ([thing[1], thing[2], thing[3]] as const) : undefined);
    if (range === undefined) continue;
    applies = true;
    if (usd < range[1] || usd > range[2]) return finding(`${call.name}: ${k} ${v} ${currency} (about ${Math.round(usd).toLocaleString('en-US')} US dollars) for ${range[0]}`);
  }
  return applies ? finding(undefined) : undefined;
}

export const thingPrice: Detector = {
  key: 'thing-price',
  title: 'a charge out of proportion to what it buys (a game gift of 1,700 US dollars, a phone number at 610 EUR a month)',
  check: (view) => judgeAll(view.calls, check),
};
