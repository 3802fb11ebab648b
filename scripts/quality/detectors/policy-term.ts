/**
 * Class 89: an insurance policy term no insurer sells: a car policy of 151 or 70 months. Judged
 * on result objects of insurance tools holding a premium beside a term in months: a term other
 * than 1, 3, 6 or 12 months is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';

export const policyTerm: Detector = {
  key: 'policy-term',
  title: 'an insurance policy term no insurer sells (a car policy of 151 months)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      if (!/insurance|policy|premium|quote/.test(call.name) || !Object.keys(object).some((k) => words(k).includes('premium'))) return undefined;
      const tk = Object.keys(object).find((k) => ['term_months', 'policy_term_months'].includes(words(k).join('_')) && typeof object[k] === 'number');
      if (tk === undefined) return undefined;
      return finding([1, 3, 6, 12].includes(object[tk] as number) ? undefined : `${fieldAt(call, path, tk)} ${object[tk] as number}`);
    }),
};
