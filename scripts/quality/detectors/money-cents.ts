/**
 * Class 73: money to a fraction of a cent: a hotel's nightly rate of 551.6786, a transaction of
 * 2,299.6452 EUR, an offer totalling 525.3998. Judged on numbers of the arguments and results
 * named for what is paid (price, total, amount, cost, fare, fee, subtotal, balance, a nightly or
 * hourly rate): more than two decimals is a defect. Prices quoted per unit (fuel by the litre,
 * electricity by the kWh), market quotes (stocks, coins, exchange rates, futures) and amounts under
 * one unit are left alone: they are quoted finer.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, words } from '../fields.js';

const PAID = new Set(['price', 'total', 'amount', 'cost', 'fare', 'fee', 'subtotal', 'balance']);
const PERIOD = new Set(['nightly', 'hourly', 'daily', 'weekly', 'monthly', 'night', 'room']);
/** Words of a field, a path or a tool whose money is quoted finer than cents. */
const FINER = new Set([
  'per', 'unit', 'kwh', 'litre', 'liter', 'gallon', 'stock', 'stocks', 'quote', 'quotes', 'equity', 'crypto', 'coin', 'token', 'exchange',
  'fx', 'forex', 'conversion', 'converted', 'futures', 'commodity', 'bid', 'ask', 'tick', 'fuel', 'gas', 'share', 'shares', 'nav', 'option',
  'options', 'interest', 'percent', 'pct', 'ratio', 'tax', 'ingredient', 'ingredients', 'dose', 'nutrition',
]);

const decimals = (v: number): number => (String(Math.round(v * 1e6) / 1e6).split('.')[1] ?? '').length;

export const moneyCents: Detector = {
  key: 'money-cents',
  title: 'money to a fraction of a cent (a nightly rate of 551.6786)',
  check: (view) =>
    judgeAll(callLeaves(view), (leaf) => {
      if (typeof leaf.value !== 'number') return undefined;
      const w = words(leaf.key);
      const last = w[w.length - 1];
      if (!(PAID.has(last) || (last === 'rate' && w.some((t) => PERIOD.has(t))))) return undefined;
      if ([...w, ...words(leaf.path), ...words(leaf.call.name)].some((t) => FINER.has(t)) || Math.abs(leaf.value) < 1) return undefined;
      return finding(decimals(leaf.value) > 2 ? `${leaf.call.name}: ${leaf.side === 'args' ? 'args ' : ''}${leaf.path} ${leaf.value}, to a fraction of a cent` : undefined);
    }),
};
