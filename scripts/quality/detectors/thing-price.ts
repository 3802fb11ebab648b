/**
 * Class 99: a charge out of proportion to what it buys: a game gift charged 94,000 PHP (about
 * 1,700 US dollars), a phone number at 610 EUR a month, a home insured for 89 US dollars a year.
 * Judged on successful results carrying a currency of the checker's table: the charges (price,
 * amount, total, cost, charged) of a call whose name says what it buys (a game, a phone number, a
 * shipping label), and insurance premiums by the year or the month, must come to an amount such a
 * thing costs (a game 1-150 US dollars, a phone number 0.50-50 a month, a label 2-500, a flight's
 * fare 15-60,000 for all its travellers, a year of
 * cover 150-8,000, a month 10-800). A price object of the result's own (a store page's price:
 * currency, initial, final) is judged the same way.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';
import { PER_USD } from '../currencies.js';

/** What a call buys, by its name, and what that costs in US dollars. */
const THINGS: readonly (readonly [RegExp, string, number, number])[] = [
  [/(^|_)(game|games)(_|$)/, 'a game', 1, 150],
  [/phone_number/, 'a phone number', 0.5, 50],
  [/shipping_label/, 'a shipping label', 2, 500],
  [/(^|_)flights?(_|$)/, 'a flight', 15, 60000],
];
const CHARGE = new Set(['price', 'amount', 'total', 'cost', 'charged']);

/** A store page's price object: its price before a sale (Steam's initial; the final one may be a deep discount's). */
const PAGE_PRICE = new Set(['initial', 'original', 'regular', 'list']);

function check(call: CallView) {
  if (call.failed || !isObject(call.result)) return undefined;
  const r = call.result;
  const thing = THINGS.find(([re]) => re.test(call.name));
  // The result's charges, and those of a price object of its own ({currency, initial, final}).
  const owners: [Readonly<Record<string, unknown>>, string, boolean][] = [[r, '', false]];
  for (const [k, v] of Object.entries(r)) if (isObject(v) && words(k).includes('price')) owners.push([v, `${k}.`, true]);
  let applies = false;
  for (const [o, at, page] of owners) {
    const f = judge(call, o, at, page, thing, typeof o.currency === 'string' ? o.currency : typeof r.currency === 'string' ? r.currency : undefined);
    if (f?.defect !== undefined) return f;
    applies ||= f !== undefined;
  }
  return applies ? finding(undefined) : undefined;
}

function judge(call: CallView, r: Readonly<Record<string, unknown>>, at: string, page: boolean, thing: (typeof THINGS)[number] | undefined, currency: string | undefined) {
  const rate = currency === undefined ? undefined : PER_USD[currency];
  if (rate === undefined) return undefined;
  let applies = false;
  for (const [k, v] of Object.entries(r)) {
    if (typeof v !== 'number') continue;
    const w = words(k);
    const charge = CHARGE.has(w[w.length - 1]) || (page && PAGE_PRICE.has(w[0]) && w.length === 1);
    const usd = v / rate;
    const premium = w.includes('premium') ? (w.includes('monthly') ? (['a month of cover', 10, 800] as const) : w.includes('annual') || w.includes('yearly') ? (['a year of cover', 150, 8000] as const) : undefined) : undefined;
    const range = premium ?? (thing && charge && !w.includes('count') ? ([thing[1], thing[2], thing[3]] as const) : undefined);
    if (range === undefined) continue;
    applies = true;
    if (usd < range[1] || usd > range[2]) return finding(`${call.name}: ${at}${k} ${v} ${currency} (about ${Math.round(usd).toLocaleString('en-US')} US dollars) for ${range[0]}`);
  }
  return applies ? finding(undefined) : undefined;
}

export const thingPrice: Detector = {
  key: 'thing-price',
  title: 'a charge out of proportion to what it buys (a game gift of 1,700 US dollars, a phone number at 610 EUR a month)',
  check: (view) => judgeAll(view.calls, check),
};
