/**
 * Class 31: measurements dated after today. A line's usage broken down by day lists 2025-04-30
 * and 2025-05-01 when today is 2025-04-29; a meter's readings, a sensor's history, an account's
 * transactions or a crop's yearly statistics run past today. Judged on results of a tool that
 * reports what was measured or done (its name: usage, consumption, history, readings,
 * transactions, statistics, stats, activity, performance, metrics, attendance), on each element
 * of a list of objects whose own date (date, day, timestamp, period, month, year...) falls after
 * the dialogue's today (a year after this year). What lies ahead by its name (a billing cycle's
 * end, a forecast, a due date) is not a list element's own date and is not judged.
 */
import { CLEAN, finding, judgeAll, type Detector } from '../detector.js';
import { afterToday, dayOf } from '../dates.js';
import { objects, show, words } from '../fields.js';

const MEASURED = new Set(['usage', 'consumption', 'history', 'historical', 'readings', 'transactions', 'statistics', 'stats', 'activity', 'performance', 'metrics', 'attendance', 'production', 'sales', 'traffic', 'analytics']);
/** A tool that reports what lies ahead even with a measured word in its name. */
const AHEAD = new Set(['forecast', 'forecasts', 'projected', 'projection', 'projections', 'predict', 'prediction', 'predictions', 'upcoming', 'outlook']);
/** Keys naming an element's own moment. */
const OWN_DATE = new Set(['date', 'day', 'timestamp', 'time', 'ts', 'period', 'month', 'week', 'recorded_at', 'measured_at', 'observed_at', 'occurred_at', 'posted_at', 'read_at', 'reading_date', 'usage_date', 'transaction_date', 'booked_at']);

export const measuredAhead: Detector = {
  key: 'measured-ahead',
  title: 'measurements dated after today (usage, readings, statistics of days to come)',
  check(view) {
    const world = view.world;
    if (!world) return undefined;
    const thisYear = Number(world.today.slice(0, 4));
    return judgeAll(view.calls, (call) => {
      if (call.failed) return undefined;
      const name = words(call.name);
      const purpose = words((call.def?.description ?? '').split(/(?<=[.!?])\s/)[0]);
      if (!name.some((w) => MEASURED.has(w)) || [...name, ...purpose].some((w) => AHEAD.has(w))) return undefined;
      const checks: (() => ReturnType<Detector['check']>)[] = [];
      for (const { object, path } of objects(call.result)) {
        if (!/\.\d+$/.test(path) && !/^\d+$/.test(path)) continue; // an element of a list
        for (const [k, v] of Object.entries(object)) {
          const key = words(k).join('_');
          if (!OWN_DATE.has(key) && key !== 'year') continue;
          if (key === 'year') {
            if (typeof v === 'number' && Number.isInteger(v)) checks.push(() => finding(v > thisYear ? `${call.name}: ${path}.${k} ${v} measured in a year after today ${world.today}` : undefined));
            continue;
          }
          const day = dayOf(v, world.locale.timeZone);
          if (day) checks.push(() => finding(afterToday(day, world.today) ? `${call.name}: ${path}.${k} ${show(v)} measured after today ${world.today}` : undefined));
        }
      }
      return checks.length === 0 ? undefined : judgeAll(checks, (c) => c() ?? CLEAN);
    });
  },
};
