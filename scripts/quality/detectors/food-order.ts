/**
 * Class 30: a meal order that could not be: delivery estimated six weeks after the order, or a
 * total that leaves out the tip the user sent (subtotal 63.15 + fee 7.76 + tip 60.62 billed
 * 70.91). Judged on results of a call that orders food (the tool's name: food, meal, grocery,
 * restaurant, takeaway) holding an estimated delivery or arrival time, or a subtotal and a total:
 * the time falls on the dialogue's today or the day after; the total is the subtotal plus the
 * fees, taxes and tip listed, less the discount, plus a tip the call sent that the result does
 * not list.
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { show, words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

const FOOD = /food|meal|grocer|restaurant|takeaway|takeout|pizza/;
const ETA = new Set(['estimated_delivery_at', 'delivery_at', 'estimated_arrival_at', 'eta', 'estimated_delivery', 'estimated_delivery_time', 'delivery_time', 'arrival_time']);
const PART = new Set(['delivery_fee', 'service_fee', 'small_order_fee', 'tax', 'taxes', 'vat', 'tip', 'tip_amount', 'shipping', 'shipping_cost', 'packaging_fee', 'fees']);

export function foodOrderFinding(call: CallView, today: string | undefined): Finding | undefined {
  if (call.failed || !FOOD.test(call.name) || !isObject(call.result) || !/^(create|place|order|submit|book|make)/.test(call.name)) return undefined;
  const r = call.result;
  const checks: (() => Finding | undefined)[] = [];
  for (const [k, v] of Object.entries(r)) {
    if (!ETA.has(words(k).join('_')) || typeof v !== 'string' || !today) continue;
    const days = (Date.parse(v.slice(0, 10)) - Date.parse(today)) / 86_400_000;
    checks.push(() => finding(days < 0 || days > 1 ? `${call.name}: ${k} ${show(v)} for a meal ordered on ${today}` : undefined));
  }
  if (typeof r.subtotal === 'number' && typeof r.total === 'number') {
    let sum = r.subtotal;
    for (const [k, v] of Object.entries(r)) if (PART.has(words(k).join('_')) && typeof v === 'number') sum += v;
    if (typeof r.discount === 'number') sum -= r.discount;
    const tip = Object.entries(call.args).find(([k, v]) => /^(tip|tip_amount|gratuity)$/.test(words(k).join('_')) && typeof v === 'number');
    if (tip && !Object.keys(r).some((k) => words(k)[0] === 'tip')) sum += tip[1] as number;
    checks.push(() => finding(Math.abs(sum - (r.total as number)) > 0.011 ? `${call.name}: total ${String(r.total)} but the parts${tip ? ` and the ${tip[0]} ${String(tip[1])}` : ''} add up to ${(Math.round(sum * 100) / 100).toFixed(2)}` : undefined));
  }
  return judgeAll(checks, (c) => c());
}

export const foodOrder: Detector = {
  key: 'food-order',
  title: 'a meal order delivered weeks later, or billed without the tip sent',
  check: (view) => judgeAll(view.calls, (c) => foodOrderFinding(c, view.world?.today)),
};
