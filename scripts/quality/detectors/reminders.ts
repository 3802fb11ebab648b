/**
 * Class 57: reminders of one event that fire at times no single start explains: a reminder 32000
 * minutes before firing on the 24th beside one 28000 minutes before firing the same day. Judged
 * on result lists whose items hold a lead time in minutes and the time they fire.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';
import { isObject } from '../record-view.js';

export const reminders: Detector = {
  key: 'reminders',
  title: 'reminders of one event that fire at times no single start explains',
  check: (view) =>
    judgeAll(
      resultObjects(view),
      ({ call, object, path }) => {
        for (const [k, v] of Object.entries(object)) {
          if (!Array.isArray(v)) continue;
          const starts = v.filter(isObject).flatMap((x) => (typeof x.minutes_before === 'number' && typeof x.fires_at === 'string' && !Number.isNaN(Date.parse(x.fires_at)) ? [Date.parse(x.fires_at) + x.minutes_before * 60_000] : []));
          if (starts.length < 2) continue;
          const spread = (Math.max(...starts) - Math.min(...starts)) / 60_000;
          return finding(spread > 1 ? `${fieldAt(call, path, k)}: fires_at + minutes_before differ by ${Math.round(spread)} minutes` : undefined);
        }
        return undefined;
      },
    ),
};
