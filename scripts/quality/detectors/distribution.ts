/**
 * Class 43: a distribution that cannot be: a salary benchmark whose p10 is 315 and p50 143 (the
 * percentiles of one distribution rise with the percentile), possible conditions with
 * probabilities 0.5 and 0.97 (the chances of alternatives add up to at most one). Judged on
 * result objects holding two or more percentiles (p10, percentile_90, q1, median) and on result
 * lists of alternatives with a probability each (between 0 and 1).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, words } from '../fields.js';
import { isObject } from '../record-view.js';

function percentile(key: string): number | undefined {
  const s = words(key).join('_');
  if (s === 'median') return 50;
  const q = /^q([1-3])$/.exec(s);
  if (q) return 25 * Number(q[1]);
  const m = /^(?:p|pct_?|percentile_?)(5|10|25|50|75|90|95|99)$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

export const distribution: Detector = {
  key: 'distribution',
  title: 'a distribution that cannot be (p10 above the median, probabilities adding up to 1.5)',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call, side }) => {
      if (side !== 'result') return undefined;
      const checks = [];
      const ps = Object.keys(object)
        .filter((k) => typeof object[k] === 'number' && percentile(k) !== undefined)
        .sort((a, b) => percentile(a)! - percentile(b)!);
      if (ps.length >= 2) {
        const bad = ps.findIndex((k, i) => i > 0 && (object[k] as number) < (object[ps[i - 1]] as number));
        checks.push(finding(bad < 0 ? undefined : `${fieldAt(call, path, ps[bad - 1])} ${String(object[ps[bad - 1]])} above ${ps[bad]} ${String(object[ps[bad]])}`));
      }
      for (const [k, v] of Object.entries(object)) {
        if (!Array.isArray(v) || v.length < 2 || !v.every((x) => isObject(x) && typeof x.probability === 'number' && x.probability >= 0 && x.probability <= 1)) continue;
        const sum = v.reduce((n: number, x) => n + ((x as Record<string, number>).probability ?? 0), 0);
        checks.push(finding(sum <= 1.0001 ? undefined : `${fieldAt(call, path, k)}: probabilities add up to ${sum.toFixed(2)}`));
      }
      return judgeAll(checks, (f) => f);
    }),
};
