/**
 * Class 58: a salary no job pays: an annual salary (or a yearly minimum asked) under 1,000 in any
 * currency, an hourly wage over 1,000, a salary range whose minimum is above its maximum.
 * Judged on objects of arguments and results holding a salary figure by its name.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, words } from '../fields.js';

const SALARY = /(^|_)(salary|salaries|wage|wages|compensation)(_|$)/;

export const salaries: Detector = {
  key: 'salaries',
  title: 'a salary no job pays (24 a year, a minimum above the maximum)',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call }) => {
      const named = Object.entries(object).filter(([k, v]) => typeof v === 'number' && SALARY.test(words(k).join('_')) && !/(^|_)(count|id|rank|pct|percent|growth|change)$/.test(words(k).join('_')));
      const parent = words(path.split('.').pop() ?? '').join('_');
      const inSalary = /salary|compensation|wage/.test(parent);
      const figures = inSalary ? Object.entries(object).filter(([k, v]) => typeof v === 'number' && /^(min|max|min_annual|max_annual|minimum|maximum|amount|value)$/.test(words(k).join('_'))) : named;
      if (figures.length === 0) return undefined;
      for (const [k, v] of figures) {
        const w = `${parent}_${words(k).join('_')}`;
        if (/hour/.test(w) ? (v as number) > 1000 : !/(week|month|day)/.test(w) && (v as number) < 1000) return finding(`${fieldAt(call, path, k)} ${v as number}`);
      }
      const lo = figures.find(([k]) => /(^|_)min/.test(words(k).join('_')));
      const hi = figures.find(([k]) => /(^|_)max/.test(words(k).join('_')));
      return finding(lo && hi && (lo[1] as number) > (hi[1] as number) ? `${fieldAt(call, path, lo[0])} ${lo[1] as number} above ${hi[0]} ${hi[1] as number}` : undefined);
    }),
};
