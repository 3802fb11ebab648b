/**
 * Class 110: a meter's history that does not hang together: readings costing 15,500 under an
 * estimated cost of 12,000, one reading at 0.12 a kWh and the next at 115, electricity read in
 * gallons, three readings of one afternoon for a daily history. Judged on results holding a list
 * of readings with a time and a usage (usage, consumption, kwh) beside a total usage or a cost:
 * the readings' costs add up to at most the result's cost and follow one price; the unit measures
 * the meter the call asked for; consecutive readings are one step of the granularity asked apart.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

const snakeOf = (k: string): string => words(k).join('_');
const find = (o: Readonly<Record<string, unknown>>, re: RegExp): string | undefined => Object.keys(o).find((k) => re.test(snakeOf(k)));

/** Units that cannot measure a meter. */
const NOT_OF: Readonly<Record<string, RegExp>> = {
  electricity: /^(m3|therms?|ccf|gallons?|l|liters?|litres?)$/i,
  water: /^(kwh|therms?|ccf|mwh)$/i,
  gas: /^(gallons?|l|liters?|litres?)$/i,
};
/** The gap between readings a granularity means, in hours: [least, most]. */
const GAP_HOURS: Readonly<Record<string, readonly [number, number]>> = { hourly: [1, 1], daily: [24, 24], weekly: [168, 168], monthly: [672, 744] };

function check(call: CallView) {
  const r = call.result;
  if (call.failed || !isObject(r)) return undefined;
  const listKey = Object.keys(r).find((k) => Array.isArray(r[k]) && (r[k] as unknown[]).length > 0 && (r[k] as unknown[]).every((x) => isObject(x) && find(x, /^(start|date|timestamp|time|period_start|interval_start)$/) !== undefined && find(x, /^(usage|consumption|kwh)$/) !== undefined));
  const totalCost = find(r, /^(estimated_cost|total_cost|cost)$/);
  const totalUsage = find(r, /^(total_usage|total_consumption|total_kwh)$/);
  if (listKey === undefined || (totalCost === undefined && totalUsage === undefined)) return undefined;
  const items = r[listKey] as Readonly<Record<string, unknown>>[];
  // What the readings cost against the total, and at what price each.
  const priced = items
    .map((o) => [o[find(o, /^(usage|consumption|kwh)$/)!], o[find(o, /^(cost|amount)$/) ?? '']] as const)
    .filter((p): p is readonly [number, number] => typeof p[0] === 'number' && typeof p[1] === 'number');
  const sum = priced.reduce((s, [, c]) => s + c, 0);
  if (totalCost !== undefined && typeof r[totalCost] === 'number' && sum > (r[totalCost] as number) * 1.01 + 0.01) {
    return finding(`${call.name}: ${listKey} cost ${Math.round(sum * 100) / 100} in all, above ${totalCost} ${r[totalCost] as number}`);
  }
  const prices = priced.filter(([u]) => u > 0).map(([u, c]) => c / u);
  if (prices.length >= 2 && Math.max(...prices) > Math.min(...prices) * 1.5 + 0.01) {
    return finding(`${call.name}: ${listKey} priced from ${Math.min(...prices).toFixed(3)} to ${Math.max(...prices).toFixed(3)} a unit`);
  }
  // The meter asked and the unit the result reads it in.
  const meterArg = Object.entries(call.args).find(([k]) => /^(meter_type|meter|utility|utility_type|commodity)$/.test(snakeOf(k)))?.[1];
  const unitKey = find(r, /^(unit|units|usage_unit)$/);
  const unit = unitKey !== undefined ? r[unitKey] : undefined;
  if (typeof meterArg === 'string' && typeof unit === 'string' && NOT_OF[meterArg.toLowerCase()]?.test(unit)) {
    return finding(`${call.name}: ${meterArg} read in ${unit}`);
  }
  // Readings one step of the granularity asked apart.
  const gran = Object.entries(call.args).find(([k]) => /^(granularity|interval|resolution|frequency)$/.test(snakeOf(k)))?.[1];
  const gap = typeof gran === 'string' ? GAP_HOURS[gran.toLowerCase()] : undefined;
  if (gap) {
    const times = items.map((o) => Date.parse(String(o[find(o, /^(start|date|timestamp|time|period_start|interval_start)$/)!])));
    for (let i = 1; i < times.length; i++) {
      const hours = (times[i] - times[i - 1]) / 3_600_000;
      if (Number.isFinite(hours) && (hours < gap[0] - 0.01 || hours > gap[1] + 0.01)) return finding(`${call.name}: ${gran} ${listKey} ${hours.toFixed(1)} hours apart (readings ${i} and ${i + 1})`);
    }
  }
  return finding(undefined);
}

export const usageHistory: Detector = {
  key: 'usage-history',
  title: "a meter's history that does not hang together (readings costing more than the total, electricity in gallons, a daily history of one afternoon)",
  check: (view) => judgeAll(view.calls, check),
};
