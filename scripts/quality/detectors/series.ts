/**
 * Class 94: a series that is not one: an hourly forecast with an hour holding nothing but its
 * time, a day's usage listed twice, 2.5 °C at ten and 26.2 °C at eleven. Judged on result lists
 * of two or more objects with a time field (time, date, timestamp...) and no identity of their own
 * (no id, name or title): a time repeated, an entry with only its time beside entries with
 * readings, a time of another day in a day's entry (high tides of the 23rd listed for the 5th),
 * or a temperature moving more than 10 degrees between entries at most three hours apart (20 a
 * day apart) is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';
import { isObject } from '../record-view.js';

const TIME_KEY = /^(time|date|timestamp|datetime|date_time|hour|day|valid_time|period|period_start|reading_time|ts)$/;
const IDENTITY = /^(id|name|title|code|number|sku|url|label)$/;
const TEMPERATURE = /^(temp|temperature|feels_like|apparent_temperature|dew_point|dewpoint)$/;
const ISO = /^\d{4}-\d\d-\d\d($|T\d\d:\d\d)/;

const at = (s: string): number => Date.parse(s.length === 10 ? s : /Z|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`);

export const series: Detector = {
  key: 'series',
  title: 'a series that is not one (an hour holding only its time, a day listed twice, 2.5 °C then 26.2 °C an hour later, tides of another day)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const k = Object.keys(object).find((x) => Array.isArray(object[x]) && (object[x] as unknown[]).length >= 2 && (object[x] as unknown[]).every(isObject));
      if (k === undefined) return undefined;
      const items = object[k] as Readonly<Record<string, unknown>>[];
      const keys = new Set(items.flatMap((o) => Object.keys(o)));
      if ([...keys].some((x) => words(x).some((w) => IDENTITY.test(w)))) return undefined;
      const time = [...keys].find((x) => TIME_KEY.test(x));
      if (time === undefined || !items.every((o) => typeof o[time] === 'string' && ISO.test(o[time] as string))) return undefined;
      const where = fieldAt(call, path, k);
      const seen = new Set<string>();
      for (const o of items) {
        const t = o[time] as string;
        if (seen.has(t)) return finding(`${where}: ${time} ${t} listed twice`);
        seen.add(t);
        if (Object.keys(o).length === 1 && keys.size > 1) return finding(`${where}: ${time} ${t} with no reading`);
        if (t.length !== 10) continue;
        for (const [x, v] of Object.entries(o)) {
          const other = (Array.isArray(v) ? v : [v]).find((s) => typeof s === 'string' && s.length > 10 && ISO.test(s) && s.slice(0, 10) !== t);
          if (other !== undefined) return finding(`${where}: ${x} ${other as string} in the entry of ${t}`);
        }
      }
      for (const x of keys) {
        if (!words(x).some((w) => TEMPERATURE.test(w)) && !TEMPERATURE.test(x)) continue;
        for (let i = 1; i < items.length; i++) {
          const a = items[i - 1][x];
          const b = items[i][x];
          if (typeof a !== 'number' || typeof b !== 'number') continue;
          const hours = Math.abs(at(items[i][time] as string) - at(items[i - 1][time] as string)) / 3_600_000;
          const most = hours <= 3 ? 10 : hours >= 20 ? 20 : undefined;
          if (most !== undefined && Math.abs(b - a) > most) return finding(`${where}: ${x} ${a} at ${items[i - 1][time] as string}, then ${b} at ${items[i][time] as string}`);
        }
      }
      return finding(undefined);
    }),
};
