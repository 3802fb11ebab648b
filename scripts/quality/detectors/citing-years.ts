/**
 * Class 52: a paper cited before it appeared: a 2025 paper (its year, or the year in its DOI,
 * as in 10.1073/pnas.2025.86224) cited by a work of 2023, or a citing work dated after today.
 * Judged on results about a paper that list the works citing it.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, show } from '../fields.js';
import { isObject } from '../record-view.js';

const LIST = /^(works|citations|cited_by|citing_works|citing_papers)$/;

export const citingYears: Detector = {
  key: 'citing-years',
  title: 'a paper cited before it appeared',
  check: (view) =>
    judgeAll(
      view.calls.filter((c) => !c.failed && isObject(c.result)),
      (call) => {
        const r = call.result as Record<string, unknown>;
        const doi = [r.doi, call.args.doi].find((v) => typeof v === 'string') as string | undefined;
        const year = typeof r.year === 'number' ? r.year : doi && /\.((?:19|20)\d\d)\./.test(doi) ? Number(/\.((?:19|20)\d\d)\./.exec(doi)![1]) : undefined;
        const list = Object.keys(r).find((k) => LIST.test(k) && Array.isArray(r[k]));
        if (year === undefined || !list) return undefined;
        const today = view.world ? Number(view.world.today.slice(0, 4)) : Infinity;
        for (const [i, w] of (r[list] as unknown[]).entries()) {
          if (!isObject(w) || typeof w.year !== 'number') continue;
          if (w.year < year || w.year > today) return finding(`${fieldAt(call, `${list}.${i}`, 'year')} ${show(w.year)} for a paper of ${year}`);
        }
        return finding(undefined);
      },
    ),
};
