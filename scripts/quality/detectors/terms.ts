/**
 * Class 102: a payment that does not follow from its terms: a mortgage offer of 5% on 1,853,000
 * over 30 years paying 3,874 a month (the rate costs about 9,950), an APR below its rate, an
 * insurance option whose monthly payment is 192,000 for a premium of 202.10 over six months, a
 * listing priced 900 whose own history lists it at 1,998,000. Judged on result objects holding a
 * monthly payment and a rate (the loan amount from the object or the call, the term from either,
 * else 30 years), a premium with its term and monthly payment, or a price with a price history.
 * Generous: a payment within 20% of the amortised one, instalments adding up to 90-130% of the
 * premium, a price within half to twice the history's last.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { resultObjects } from '../fields.js';

type O = Readonly<Record<string, unknown>>;
const num = (o: O, keys: readonly string[]): [string, number] | undefined => {
  const k = keys.find((x) => typeof o[x] === 'number' && Number.isFinite(o[x]));
  return k === undefined ? undefined : [k, o[k] as number];
};

function months(o: O, args: O): number {
  for (const src of [o, args]) {
    const y = num(src, ['term_years', 'loan_term_years']);
    if (y && y[1] > 0) return y[1] * 12;
    const m = num(src, ['term_months', 'loan_term_months']);
    if (m && m[1] > 0) return m[1];
  }
  return 360;
}

export const terms: Detector = {
  key: 'terms',
  title: 'a payment that does not follow from its terms (a mortgage payment not what its rate costs, instalments that do not add up to the premium, a price not its history)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object: o, path }) => {
      const where = `${call.name} ${path || 'result'}`;
      const pay = num(o, ['monthly_payment', 'monthly_pi', 'estimated_monthly_payment']);
      const rate = num(o, ['rate_percent', 'interest_rate', 'interest_rate_percent']);
      const amount = num(o, ['loan_amount', 'principal']) ?? num(call.args, ['loan_amount', 'principal']);
      if (pay && rate && rate[1] > 0 && rate[1] < 30) {
        const apr = num(o, ['apr_percent', 'apr']);
        if (apr && apr[1] < rate[1] - 0.001) return finding(`${where}: ${apr[0]} ${apr[1]} below ${rate[0]} ${rate[1]}`);
        if (!amount || amount[1] <= 0) return finding(undefined);
        const n = months(o, call.args);
        const r = rate[1] / 1200;
        const expected = (amount[1] * r) / (1 - (1 + r) ** -n);
        const off = Math.abs(pay[1] - expected) / expected > 0.2;
        return finding(off ? `${where}: ${pay[0]} ${pay[1]} for ${amount[1]} at ${rate[1]}% over ${n / 12} years (about ${Math.round(expected)})` : undefined);
      }
      const premium = num(o, ['premium', 'total_premium', 'term_premium']);
      const term = num(o, ['term_months', 'policy_term_months']);
      if (pay && premium && term && term[1] > 0 && premium[1] > 0) {
        const ratio = (pay[1] * term[1]) / premium[1];
        return finding(ratio < 0.9 || ratio > 1.3 ? `${where}: ${pay[0]} ${pay[1]} over ${term[1]} months for a ${premium[0]} of ${premium[1]}` : undefined);
      }
      const price = num(o, ['price', 'list_price', 'asking_price']);
      const history = o.price_history;
      if (price && Array.isArray(history)) {
        const dated = history.filter((h): h is O => h !== null && typeof h === 'object' && typeof (h as O).date === 'string' && typeof (h as O).price === 'number' && !/delist|off_market|withdrawn/.test(String((h as O).event ?? '')));
        if (dated.length === 0) return undefined;
        const last = dated.reduce((a, b) => ((b.date as string) > (a.date as string) ? b : a));
        const ratio = price[1] / (last.price as number);
        return finding(ratio < 0.5 || ratio > 2 ? `${where}: ${price[0]} ${price[1]} beside its history's last price ${String(last.price)} (${String(last.date)})` : undefined);
      }
      return undefined;
    }),
};
