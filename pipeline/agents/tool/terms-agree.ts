/**
 * Payments that follow from their terms: a mortgage offer's monthly payment is what its rate
 * costs on the loan asked for over the term asked for (principal and interest), its APR is at
 * least its rate, and rates are quoted in eighths of a point (6.875%), not whole numbers; an
 * insurance option's monthly payment is its premium spread over its term (with at most a small
 * instalment fee), not 192,000 for a premium of 202.10; a property's asking price is the last
 * price of its own price history, not 900 beside a listing at 1,998,000. Read by meaning, on any
 * object of a result holding such fields; a value moves only where its schema lets it.
 */
import { forEachObject, type Schema } from '../../values/schema.js';
import { fits } from '../../values/siblings.js';
import type { Obj } from './call-context.js';

const PAYMENT_KEYS = ['monthly_payment', 'monthly_pi', 'payment_monthly', 'estimated_monthly_payment'];
const RATE_KEYS = ['rate_percent', 'interest_rate', 'interest_rate_percent', 'rate'];
const APR_KEYS = ['apr_percent', 'apr'];
const AMOUNT_KEYS = ['loan_amount', 'principal', 'amount', 'loan_principal'];

const num = (o: Readonly<Obj>, keys: readonly string[]): [string, number] | undefined => {
  const k = keys.find((x) => typeof o[x] === 'number' && Number.isFinite(o[x]));
  return k === undefined ? undefined : [k, o[k] as number];
};

/** The monthly payment (principal and interest) of `principal` at `ratePercent` a year over `months`. */
export function amortized(principal: number, ratePercent: number, months: number): number {
  const r = ratePercent / 100 / 12;
  return r === 0 ? principal / months : (principal * r) / (1 - (1 + r) ** -months);
}

/** The loan's term in months: the object's or the call's years or months, else 30 years. */
function termMonths(o: Readonly<Obj>, args: Readonly<Obj>): number {
  for (const src of [o, args]) {
    const years = num(src, ['term_years', 'loan_term_years', 'years']);
    if (years && years[1] > 0 && years[1] <= 50) return years[1] * 12;
    const months = num(src, ['term_months', 'loan_term_months']);
    if (months && months[1] > 0 && months[1] <= 600) return months[1];
  }
  return 360;
}

const set = (o: Obj, k: string, v: number, s: Schema | undefined): boolean => {
  if (s && !fits(s, v)) return false;
  o[k] = v;
  return true;
};

export function alignTerms(result: unknown, returns: Schema | undefined, args: Readonly<Obj>): void {
  forEachObject(result, returns, (o, props) => {
    const pay = num(o, PAYMENT_KEYS);
    const rate = num(o, RATE_KEYS);
    const amount = num(o, AMOUNT_KEYS) ?? num(args, AMOUNT_KEYS);
    if (pay && rate && rate[1] > 0 && rate[1] < 30) {
      // Rates in eighths of a point; the APR (fees included) at or above the rate.
      const eighth = Math.round(rate[1] * 8) / 8;
      if (eighth !== rate[1] && props[rate[0]]?.type !== 'integer') set(o, rate[0], eighth, props[rate[0]]);
      const r = o[rate[0]] as number;
      const apr = num(o, APR_KEYS);
      if (apr && apr[1] < r) {
        const points = typeof o.points === 'number' ? o.points : 0;
        set(o, apr[0], Math.round((r + 0.05 + 0.1 * Math.min(points, 2)) * 1000) / 1000, props[apr[0]]);
      }
      if (amount && amount[1] > 0) {
        const v = Math.round(amortized(amount[1], r, termMonths(o, args)) * 100) / 100;
        if (Math.abs(v - pay[1]) > 0.01) set(o, pay[0], v, props[pay[0]]);
      }
    }
    // An insurance option: the premium of its term, paid by the month.
    const premium = num(o, ['premium', 'total_premium', 'term_premium']);
    const term = num(o, ['term_months', 'policy_term_months']);
    if (pay && premium && term && term[1] > 0 && !rate) {
      const per = premium[1] / term[1];
      if (pay[1] < per * 0.95 || pay[1] > per * 1.1) {
        // An instalment fee of 0-5%, the same for the same premium.
        const fee = 1 + (Math.round(premium[1] * 100) % 6) / 100;
        set(o, pay[0], Math.round(per * fee * 100) / 100, props[pay[0]]);
      }
    }
    // A listing's price is the last one its history gives.
    const price = num(o, ['price', 'list_price', 'asking_price']);
    const history = ['price_history', 'history'].map((k) => o[k]).find((h): h is Obj[] => Array.isArray(h) && h.length > 0);
    if (price && history) {
      const dated = history.filter((h) => h !== null && typeof h === 'object' && typeof h.date === 'string' && typeof h.price === 'number' && !/delist|off_market|withdrawn/.test(String(h.event ?? '')));
      if (dated.length > 0) {
        const last = dated.reduce((a, b) => ((b.date as string) > (a.date as string) ? b : a));
        if (last.price !== price[1]) set(o, price[0], last.price as number, props[price[0]]);
      }
    }
  });
}
