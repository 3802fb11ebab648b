/**
 * A series reads as one: a list of readings (an hourly forecast, a line's usage day by day, a
 * history of days) has one entry per step, every entry carrying the same readings, values that
 * move as the world does (no 2.5 °C at ten and 26.2 °C at eleven), and a day's times (its high
 * tides, its sunrise) on that day. Read by meaning: a list of two or more objects with a time
 * field (time, date, timestamp...) holding ISO dates and no identity of their own (no id, name
 * or title: those are lists of things, not of readings).
 * Applied to a drawn result before its date rules, which then move the series as a whole (into a
 * filter's window, by today for a history); a series all of it by today is spaced back from its
 * latest entry, any other forward from its earliest.
 */
import { inBounds } from '../../values/numbers.js';
import { forEachObject, type Schema } from '../../values/schema.js';
import { orderPairs } from '../../values/siblings.js';
import type { Obj } from './call-context.js';
import { atMinute, isIsoDate, minuteOf } from './days.js';
import { snake, tokens } from './names.js';

const TIME_KEY = /^(time|date|timestamp|datetime|date_time|hour|day|valid_time|period|period_start|reading_time|ts|observed_at|recorded_at|measured_at|forecast_time)$/;
const IDENTITY = /(^|_)(id|name|title|code|number|sku|url|label)$/;
/** The step a list's name gives, in minutes. */
const NAMED_STEP: Readonly<Record<string, number>> = { hourly: 60, hours: 60, daily: 1440, days: 1440, weekly: 10080, weeks: 10080 };
const TEMPERATURE = /(^|_)(temp|temperature|feels_like|apparent_temperature|dew_point|dewpoint)(_|$)/;
const HUMIDITY = /(^|_)(humidity|relative_humidity)(_|$)/;

const decimalsOf = (v: number): number => Math.min(2, (String(v).split('.')[1] ?? '').length);
const roundLike = (v: number, like: readonly number[]): number => {
  const d = Math.max(...like.map(decimalsOf));
  return Math.round(v * 10 ** d) / 10 ** d;
};

function seriesKey(items: readonly unknown[], props: Readonly<Record<string, Schema>>): string | undefined {
  if (items.length < 2 || !items.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) return undefined;
  const objs = items as Obj[];
  const keys = new Set([...Object.keys(props), ...objs.flatMap((o) => Object.keys(o))]);
  if ([...keys].some((k) => IDENTITY.test(snake(k)))) return undefined;
  const key = [...keys].find((k) => TIME_KEY.test(snake(k)));
  if (key === undefined) return undefined;
  const present = objs.filter((o) => key in o);
  return present.length >= 2 && present.every((o) => isIsoDate(o[key])) ? key : undefined;
}

/** Entries lacking a reading another entry has get it from their neighbours (between two numbers, the value between). */
function fillReadings(items: Obj[], props: Readonly<Record<string, Schema>>): void {
  // A missing time takes its neighbour's, then the series is spaced again.
  const keys = [...new Set(items.flatMap((o) => Object.keys(o)))];
  for (const k of keys) {
    items.forEach((o, i) => {
      if (k in o) return;
      let before: Obj | undefined;
      let after: Obj | undefined;
      for (let j = i - 1; j >= 0 && !before; j--) if (k in items[j]) before = items[j];
      for (let j = i + 1; j < items.length && !after; j++) if (k in items[j]) after = items[j];
      const a = before?.[k];
      const b = after?.[k];
      let v: unknown;
      const near = before ? a : b;
      if (typeof near === 'number') {
        // Between two readings, the one between; next to one, a little off it (the same day's usage twice reads as copied).
        const off = ((i + 1) * 0.618034 + k.length * 0.137) % 1;
        const drift = TEMPERATURE.test(snake(k)) ? (off - 0.5) * 3 : (off - 0.5) * 0.3 * near;
        v = roundLike(typeof a === 'number' && typeof b === 'number' ? (a + b) / 2 : near + drift, [near]);
        if (props[k]?.type === 'integer') v = Math.round(v as number);
        if (props[k] && !inBounds(props[k], v as number)) v = near;
      } else v = structuredClone(near);
      o[k] = v;
    });
  }
}

/** The step of a series in minutes: by its name, a date's day, or its own most common gap. */
function stepOf(listKey: string, times: readonly number[], dateOnly: boolean): number {
  for (const t of tokens(listKey)) if (NAMED_STEP[t] !== undefined) return dateOnly ? Math.max(1440, NAMED_STEP[t]) : NAMED_STEP[t];
  if (dateOnly) return 1440;
  const gaps = times.slice(1).map((t, i) => Math.abs(t - times[i])).filter((g) => g > 0);
  if (gaps.length === 0) return 60;
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0][0];
}

/**
 * Times one step apart, listed in their order (oldest or newest first), from the latest when all
 * are by `today`. Unless `even`, a series in order keeps its own steps (only one with a time
 * repeated or out of order is spaced again).
 */
function spaceTimes(items: Obj[], listKey: string, time: string, today: string | undefined, even: boolean): number {
  const times = items.map((o) => minuteOf(o[time]));
  const dateOnly = items.every((o) => (o[time] as string).length === 10);
  const step = stepOf(listKey, times, dateOnly);
  const down = times[times.length - 1] < times[0];
  const stepped = times.every((t, i) => i === 0 || (down ? times[i - 1] - t : t - times[i - 1]) === step);
  const named = even && tokens(listKey).some((t) => NAMED_STEP[t] !== undefined);
  const monotonic = times.every((t, i) => i === 0 || (down ? t < times[i - 1] : t > times[i - 1]));
  if (stepped || (monotonic && !named)) return step;
  const latest = Math.max(...times);
  const back = today !== undefined && latest < minuteOf(today) + 1440;
  const n = items.length - 1;
  const first = back ? (down ? latest : latest - n * step) : down ? Math.min(...times) + n * step : Math.min(...times);
  items.forEach((o, i) => {
    o[time] = atMinute(o[time] as string, first + (down ? -i : i) * step);
  });
  return step;
}

/** Temperatures and humidity move by at most a few degrees (points) a step. */
function smooth(items: Obj[], props: Readonly<Record<string, Schema>>, step: number): void {
  const hours = step / 60;
  for (const k of Object.keys(items[0])) {
    const s = snake(k);
    const most = TEMPERATURE.test(s) ? (hours >= 24 ? 8 : Math.min(8, 3 * hours)) : HUMIDITY.test(s) ? (hours >= 24 ? 25 : Math.min(25, 10 * hours)) : undefined;
    if (most === undefined) continue;
    for (let i = 1; i < items.length; i++) {
      const prev = items[i - 1][k];
      const v = items[i][k];
      if (typeof prev !== 'number' || typeof v !== 'number' || Math.abs(v - prev) <= most) continue;
      let next = roundLike(prev + Math.sign(v - prev) * most * (0.4 + 0.6 * ((Math.abs(v) * 7) % 1)), [prev, v]);
      if (props[k]?.type === 'integer') next = Math.round(next);
      if (!props[k] || inBounds(props[k], next)) items[i][k] = next;
    }
  }
}

const onDayOf = (v: unknown, day: string): unknown => (typeof v === 'string' && v.length > 10 && isIsoDate(v) ? day + v.slice(10) : v);

/** The times a day's entry holds (its sunrise, its high tides) are on that day. */
function onItsDay(it: Obj, time: string): void {
  const day = it[time] as string;
  for (const [k, v] of Object.entries(it)) {
    if (k === time) continue;
    if (Array.isArray(v)) it[k] = v.map((x) => onDayOf(x, day));
    else it[k] = onDayOf(v, day);
  }
}

/** `even`: a series named for its step (hourly, daily) is spaced at that step even when in order. */
export function alignSeries(result: unknown, returns: Schema | undefined, today?: string, even = true): void {
  forEachObject(result, returns, (o, props) => {
    for (const [k, v] of Object.entries(o)) {
      if (!Array.isArray(v)) continue;
      const itemSchema = (props[k]?.items ?? {}) as Schema;
      const itemProps = (itemSchema.properties ?? {}) as Record<string, Schema>;
      const time = seriesKey(v, itemProps);
      if (time === undefined) continue;
      const items = v as Obj[];
      fillReadings(items, itemProps);
      if (!items.every((it) => isIsoDate(it[time]))) continue;
      const step = spaceTimes(items, k, time, today, even);
      if (items.every((it) => (it[time] as string).length === 10)) for (const it of items) onItsDay(it, time);
      smooth(items, itemProps, step);
      for (const it of items) orderPairs(it, itemSchema);
    }
  });
}
