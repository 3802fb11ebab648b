/**
 * Class 23: a flight that could not be flown: Prague to Bangalore (7,000 km) in 1 h 45, an
 * offer from Rome to Vancouver landing 30 minutes after take-off, a flight on the 21st of next
 * month reported in the air today, an estimated arrival that ignores the delay the result
 * states. Judged on a flight status (departure and arrival objects with an airport and times)
 * and on the items of a flight search (the call's origin and destination, each item's times
 * and stops), for airports the tables place. Plausible: at least the great-circle time at
 * 950 km/h, at most 500 km/h plus six hours and four hours a stop. An item's stops are its
 * flight numbers less one.
 */
import { airportPlace, kmBetween } from '../../../core/geo.js';
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { show } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';
import { listsOf } from './filters.js';

const place = airportPlace;
const km = kmBetween;

function duration(from: unknown, to: unknown, dep: unknown, arr: unknown, stops: number, what: string): Finding | undefined {
  const a = place(from);
  const b = place(to);
  if (!a || !b || typeof dep !== 'string' || typeof arr !== 'string') return undefined;
  const h = (Date.parse(arr) - Date.parse(dep)) / 3_600_000;
  if (Number.isNaN(h)) return undefined;
  const d = km(a, b);
  const bad = h < d / 950 || h > d / 500 + 6 + 4 * stops;
  return finding(bad ? `${what}: ${String(from)} to ${String(to)} (${Math.round(d)} km) in ${h.toFixed(1)} h (${show(dep)} to ${show(arr)})` : undefined);
}

const LEFT = new Set(['boarding', 'departed', 'in_air', 'landed', 'arrived', 'en_route']);

export function flightTimeFinding(call: CallView, today: string | undefined): Finding | undefined {
  if (call.failed || !isObject(call.result)) return undefined;
  const r = call.result;
  const checks: (() => Finding | undefined)[] = [];
  const dep = r.departure;
  const arr = r.arrival;
  if (isObject(dep) && isObject(arr)) {
    checks.push(() => duration(dep.airport ?? dep.iata, arr.airport ?? arr.iata, dep.scheduled, arr.scheduled, 0, call.name));
    if (typeof r.delay_minutes === 'number' && typeof arr.scheduled === 'string' && typeof arr.estimated === 'string') {
      const late = (Date.parse(arr.estimated) - Date.parse(arr.scheduled)) / 60_000;
      checks.push(() => finding(Math.abs(late - (r.delay_minutes as number)) > 30 ? `${call.name}: delay_minutes ${String(r.delay_minutes)} but arrival estimated ${Math.round(late)} min after scheduled` : undefined));
    }
    if (today && typeof r.status === 'string' && typeof dep.scheduled === 'string' && LEFT.has(r.status)) {
      checks.push(() => finding((dep.scheduled as string).slice(0, 10) > today ? `${call.name}: status ${show(r.status)} for a departure on ${(dep.scheduled as string).slice(0, 10)}, today is ${today}` : undefined));
    }
  }
  const from = call.args.origin ?? call.args.from ?? call.args.departure_airport;
  const to = call.args.destination ?? call.args.to ?? call.args.arrival_airport;
  if (/flight/.test(call.name))
    for (const { key, items } of listsOf(r))
      items.forEach((it, i) => {
        const dk = ['departure_time', 'departs_at', 'departure_at'].find((k) => typeof it[k] === 'string');
        const ak = ['arrival_time', 'arrives_at', 'arrival_at'].find((k) => typeof it[k] === 'string');
        if (dk && ak) checks.push(() => duration(it.origin ?? from, it.destination ?? to, it[dk], it[ak], typeof it.stops === 'number' ? it.stops : 0, `${call.name} ${key}.${i}`));
        // Its stops are its flights less one.
        const flights = it.flight_numbers;
        const stops = it.stops;
        if (typeof stops === 'number' && Array.isArray(flights) && flights.length > 0) {
          checks.push(() => finding(flights.length !== stops + 1 ? `${call.name} ${key}.${i}: ${stops} stop${stops === 1 ? '' : 's'} on ${flights.length} flight${flights.length === 1 ? '' : 's'} (${flights.join(', ')})` : undefined));
        }
      });
  return judgeAll(checks, (c) => c());
}

export const flightTime: Detector = {
  key: 'flight-time',
  title: 'a flight that could not be flown (too fast, too slow, in the air before its day, one stop on three flights)',
  check: (view) => judgeAll(view.calls, (c) => flightTimeFinding(c, view.world?.today)),
};
