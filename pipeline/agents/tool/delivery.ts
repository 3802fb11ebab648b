/**
 * A meal ordered for delivery arrives within the hour, not six weeks later, and what the user
 * pays adds up: the order's total is its subtotal plus its fees and taxes, less its discount,
 * plus the tip the call sent. Applied to the results of a call that orders food (a food, meal,
 * grocery, restaurant or takeaway tool that creates): its estimated delivery or arrival time
 * is 25 to 55 minutes after the call's moment; its total is recomputed where it holds a subtotal.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { Schema } from '../../values/values.js';
import type { Effect, Obj, Rule } from './call-context.js';
import { snake } from './names.js';

const FOOD = /food|meal|grocer|restaurant|takeaway|takeout|pizza|delivery_order/;
const ETA = /^(estimated_)?(delivery|arrival)(_at|_time|_datetime)?$|^(eta|estimated_delivery|delivery_eta|estimated_delivery_time)$/;
const PART = /^(delivery_fee|service_fee|small_order_fee|tax|taxes|vat|tip|tip_amount|shipping|shipping_cost|packaging_fee|fees)$/;
const TIP_ARG = /^(tip|tip_amount|tip_value|gratuity)$/;

export function deliveryRule(api: ApiSpec, body: Schema, effect: Effect): Rule | undefined {
  if (effect !== 'create' || !FOOD.test(api.name)) return undefined;
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const etas = Object.keys(props).filter((k) => ETA.test(snake(k)) && props[k].format === 'date-time');
  const hasTotal = 'total' in props && 'subtotal' in props;
  if (etas.length === 0 && !hasTotal) return undefined;
  return (out: Obj, c) => {
    const minutes = 25 + (Math.floor(Date.parse(c.now) / 60_000) % 7) * 5;
    const at = new Date(Date.parse(c.now) + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    for (const k of etas) if (typeof out[k] === 'string') out[k] = at;
    if (hasTotal && typeof out.subtotal === 'number' && typeof out.total === 'number') {
      let sum = out.subtotal;
      for (const k in out) if (PART.test(snake(k)) && typeof out[k] === 'number') sum += out[k] as number;
      if (typeof out.discount === 'number') sum -= out.discount;
      const tipSent = Object.keys(c.args).find((k) => TIP_ARG.test(snake(k)) && typeof c.args[k] === 'number');
      if (tipSent && !Object.keys(out).some((k) => /^tip/.test(snake(k)))) sum += c.args[tipSent] as number;
      let total = Math.round(sum * 100) / 100;
      const s = props.total;
      // A total past its bound: a smaller basket (the subtotal) carries the same fees and tip.
      if (typeof s.maximum === 'number' && total > s.maximum) {
        const sub = Math.round(((out.subtotal as number) - (total - s.maximum)) * 100) / 100;
        const ss = props.subtotal;
        if (sub > 0 && (typeof ss.minimum !== 'number' || sub >= ss.minimum)) {
          out.subtotal = sub;
          total = s.maximum;
        }
      }
      if ((typeof s.maximum !== 'number' || total <= s.maximum) && (typeof s.minimum !== 'number' || total >= s.minimum)) out.total = total;
    }
  };
}
