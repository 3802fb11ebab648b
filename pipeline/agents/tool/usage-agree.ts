/**
 * A meter's consumption history reads as one: its unit measures what the meter meters (no
 * electricity in gallons), its readings are one per step of the granularity asked (a daily history
 * of 10-13 October holds the 10th, 11th, 12th and 13th, not three readings of one afternoon), each
 * a household's usage for that step (not 373 m3 in half an hour), and what they cost follows
 * from one price: each reading's cost is its usage at that price, the total its total usage at
 * it (no readings costing 15,500 under an estimated 12,000). Read by meaning: a result with a
 * list of readings holding a time and a usage, beside a total usage or an estimated cost.
 */
import { admits } from './admits.js';
import type { Obj } from './call-context.js';
import { dayNumber, isoDay } from './days.js';
import { snake } from './names.js';
import type { Schema } from '../../values/schema.js';
import type { Rng } from '../../../core/rng.js';
import { roundTo } from '../../values/numbers.js';

const LIST_KEY = /^(readings|usage|intervals|consumption|history|data|series)$/;
const TIME_KEY = /^(start|date|timestamp|time|period_start|interval_start|read_at)$/;
const USAGE_KEY = /^(usage|consumption|kwh|value|quantity)$/;
const COST_KEY = /^(cost|estimated_cost|amount)$/;

/** What a household uses a day, in each unit (gas and water in m3 apart). */
const PER_DAY: Readonly<Record<string, number>> = { kwh: 24, therm: 2.5, ccf: 2.4, 'm3:gas': 6, 'm3:water': 0.45, m3: 1, gallon: 110, l: 420, liter: 420, litre: 420 };
/** What a unit costs, in dollars or so. */
const PRICE: Readonly<Record<string, readonly [number, number]>> = {
  kwh: [0.12, 0.34], therm: [1.1, 1.9], ccf: [1.0, 1.8], 'm3:gas': [0.45, 1.2], 'm3:water': [2.2, 4.5], m3: [0.8, 3], gallon: [0.006, 0.015], l: [0.0015, 0.004], liter: [0.0015, 0.004], litre: [0.0015, 0.004],
};
/** The units each meter reads in, best first. */
const METER_UNITS: Readonly<Record<string, readonly string[]>> = {
  electricity: ['kWh', 'kwh', 'KWH'],
  electric: ['kWh', 'kwh'],
  gas: ['therm', 'm3', 'ccf', 'kWh'],
  water: ['m3', 'gallon', 'gallons', 'L', 'liter', 'litre'],
};
const STEP_DAYS: Readonly<Record<string, number>> = { hourly: 1 / 24, hour: 1 / 24, daily: 1, day: 1, weekly: 7, week: 7, monthly: 30, month: 30 };

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const keyOf = (o: Obj, re: RegExp): string | undefined => Object.keys(o).find((k) => re.test(snake(k)));
const argOf = (args: Readonly<Obj>, re: RegExp): unknown => Object.entries(args).find(([k]) => re.test(snake(k)))?.[1];

/** The usage table key of a unit read on a meter (m3 of gas and of water differ). */
function unitKey(unit: string, meter: string | undefined): string | undefined {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'm3') return meter === 'gas' ? 'm3:gas' : meter === 'water' ? 'm3:water' : 'm3';
  return u in PER_DAY ? u : undefined;
}

/** The readings of a usage history: the result's list, its time, usage and cost keys. */
function historyOf(result: Obj): { key: string; items: Obj[]; time: string; usage: string } | undefined {
  for (const key of Object.keys(result)) {
    const list = result[key];
    if (!LIST_KEY.test(snake(key)) || !Array.isArray(list) || list.length === 0 || !list.every(isObj)) continue;
    const items = list as Obj[];
    const time = keyOf(items[0], TIME_KEY);
    const usage = keyOf(items[0], USAGE_KEY);
    if (time !== undefined && usage !== undefined && items.every((o) => typeof o[usage] === 'number')) return { key, items, time, usage };
  }
  return undefined;
}

/** Bring a usage history into agreement with its meter, its granularity, one price and its totals. */
export function alignUsage(result: Obj, returns: Schema | undefined, args: Readonly<Obj>, params: Schema | undefined, today: string, rng: Rng): void {
  const h = historyOf(result);
  const totalKey = keyOf(result, /^(total_usage|total_consumption|total_kwh|usage_total)$/);
  const costKey = keyOf(result, /^(estimated_cost|total_cost|cost)$/);
  if (!h || (totalKey === undefined && costKey === undefined)) return;
  const props = (returns?.properties ?? {}) as Record<string, Schema>;
  const itemProps = ((props[h.key]?.items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
  // The meter asked, or the one the tool reads when none is (its parameter's default).
  const METER = /^(meter_type|meter|utility|utility_type|service|commodity)$/;
  const meterParam = Object.entries((params?.properties ?? {}) as Record<string, Schema>).find(([k]) => METER.test(snake(k)))?.[1];
  const meter = argOf(args, METER) ?? meterParam?.default;
  const meterName = typeof meter === 'string' ? meter.toLowerCase() : undefined;
  // The unit of the meter asked.
  const unitField = keyOf(result, /^(unit|units|usage_unit)$/);
  if (unitField !== undefined && meterName !== undefined && METER_UNITS[meterName]) {
    const fits = METER_UNITS[meterName].find((u) => admits(props[unitField], u));
    const now = result[unitField];
    if (fits !== undefined && !(typeof now === 'string' && METER_UNITS[meterName].some((u) => u.toLowerCase() === now.toLowerCase()))) result[unitField] = fits;
  }
  const unit = unitField !== undefined && typeof result[unitField] === 'string' ? unitKey(result[unitField] as string, meterName) : undefined;
  // One reading per step, from the first day asked.
  const granularity = argOf(args, /^(granularity|interval|resolution|period|frequency|aggregation)$/);
  const step = typeof granularity === 'string' ? (STEP_DAYS[granularity.toLowerCase()] ?? 1) : 1;
  const from = argOf(args, /^(start_date|from|from_date|start|since|date_from|period_start)$/);
  const to = argOf(args, /^(end_date|to|to_date|end|until|date_to|period_end)$/);
  const first = dayNumber(from);
  // A window still to come keeps what the date rules made of it.
  if (Number.isFinite(first) && first <= dayNumber(today)) {
    // Up to the last day asked, and no reading of a day still to come.
    const last = Math.min(Number.isFinite(dayNumber(to)) ? dayNumber(to) : Infinity, dayNumber(today));
    const [y, m, d] = isoDay(first).split('-').map(Number);
    // Months are calendar months (the 15th of each), shorter steps whole days or hours.
    const stepDay = (i: number): number => (step >= 28 ? Math.floor(Date.UTC(y, m - 1 + i, Math.min(d, 28)) / 86_400_000) : first + i * step);
    let room = 1;
    if (!Number.isFinite(last)) room = h.items.length;
    else while (room < 400 && stepDay(room) <= last + (step < 1 ? 1 - step : 0)) room++;
    const items = h.items.slice(0, Math.max(1, Math.min(h.items.length, room)));
    // Fewer readings than the window holds steps: as many as fit, up to a day's hours or a month's days.
    while (items.length < Math.min(room, step < 1 ? 24 : step >= 28 ? 12 : 31)) items.push({ ...items[items.length - 1] });
    items.forEach((o, i) => {
      const at = stepDay(i);
      const day = Math.floor(at);
      const hour = Math.round((at - day) * 24);
      const stamp = `${isoDay(day)}T${String(hour).padStart(2, '0')}:00:00Z`;
      const was = o[h.time];
      o[h.time] = typeof was === 'string' && was.length === 10 ? isoDay(day) : stamp;
    });
    result[h.key] = items;
    h.items = items;
  }
  // Each reading a household's use of its step, all at one price.
  const perDay = unit !== undefined ? PER_DAY[unit] : undefined;
  const [lo, hi] = (unit !== undefined ? PRICE[unit] : undefined) ?? [0.12, 0.34];
  const price = lo + rng.next() * (hi - lo);
  const usageDecimals = perDay !== undefined && perDay * step < 10 ? 2 : 1;
  let total = 0;
  let cost = 0;
  for (const o of h.items) {
    if (perDay !== undefined) {
      const v = roundTo(perDay * step * (0.55 + rng.next() * 0.9), usageDecimals);
      if (admits(itemProps[h.usage], v)) o[h.usage] = v;
    }
    const used = o[h.usage] as number;
    total += used;
    const ck = keyOf(o, COST_KEY);
    const c = roundTo(used * price, 2);
    cost += c;
    if (ck !== undefined && typeof o[ck] === 'number' && admits(itemProps[ck], c)) o[ck] = c;
  }
  if (totalKey !== undefined && typeof result[totalKey] === 'number' && admits(props[totalKey], roundTo(total, usageDecimals))) result[totalKey] = roundTo(total, usageDecimals);
  if (costKey !== undefined && typeof result[costKey] === 'number' && admits(props[costKey], roundTo(cost, 2))) result[costKey] = roundTo(cost, 2);
}
