/**
 * Class 96: a record changed before it was made: a CVE published on the 20th with a
 * last_modified of the 11th, a post updated before it was posted. Judged on result objects
 * holding a stamp of their making (created, published, posted, first seen, submitted) and one of
 * their last change (updated, modified, edited, last seen): the change must not come first.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';

const MADE = /^(created|published|posted|first_seen|submitted|opened|filed|uploaded)(_at|_date|_on)?$/;
const CHANGED = /^(last_)?(modified|updated|changed|edited)(_at|_date|_on)?$|^last_(seen|analysis_date|activity)(_at)?$/;
const ISO = /^\d{4}-\d\d-\d\d/;
/** Whether moment `a` is before `b`; a date beside a date-time is compared by the day. */
const before = (a: string, b: string): boolean => (a.length === 10 || b.length === 10 ? a.slice(0, 10) < b.slice(0, 10) : a.slice(0, 16) < b.slice(0, 16));

export const revisedEarly: Detector = {
  key: 'revised-early',
  title: 'a record changed before it was made (a CVE published on the 20th, last modified on the 11th)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const keys = Object.keys(object).filter((k) => typeof object[k] === 'string' && ISO.test(object[k] as string));
      const made = keys.find((k) => MADE.test(k));
      const changed = keys.filter((k) => CHANGED.test(k));
      if (made === undefined || changed.length === 0) return undefined;
      const bad = changed.find((k) => before(object[k] as string, object[made] as string));
      return finding(bad === undefined ? undefined : `${fieldAt(call, path, bad)} ${object[bad] as string} before ${made} ${object[made] as string}`);
    }),
};
