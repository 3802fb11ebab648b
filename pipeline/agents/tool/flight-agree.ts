/**
 * Flights that could be flown: a flight's arrival is its departure plus the time a jet takes
 * between its two airports (great-circle distance at 800 km/h, half an hour for taxi and climb,
 * 90 minutes a stop), so Prague to Bangalore is not 1 h 45; an estimated time is the scheduled
 * one plus the delay the result reports; a flight whose departure is after the dialogue's today
 * has not departed, boarded or landed; and the flight a status reports is the one asked for
 * (carrier_code 1S, flight_number 9: flight 1S9). Applied to a status result (departure and
 * arrival objects holding an airport and times) and to the items of a search for flights (the
 * call's origin and destination, each item's departure and arrival times and stops).
 * Airports the tables do not place are left as drawn. A flight's number is its airline's: an
 * Aeroflot flight is SU387, not BA387 (alignCarrierCodes).
 */
import { airportPlace, geoTables, kmBetween, type Airline } from '../../../core/geo.js';
import { textHash } from '../../../core/rng.js';
import { forEachObject } from '../../values/schema.js';
import { fits } from '../../values/siblings.js';
import type { ItemWorld } from '../../../core/plan.js';
import type { Schema } from '../../values/values.js';

type Obj = Record<string, unknown>;

const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const KMH = 800;
const TAXI_MIN = 30;
const STOP_MIN = 90;
const NOT_YET = new Set(['boarding', 'departed', 'in_air', 'landed', 'arrived', 'en_route', 'active']);

const place = airportPlace;
const km = kmBetween;

/** Minutes in the air and on the ground between two airports with `stops` stops, rounded up to 5. */
export function blockMinutes(from: unknown, to: unknown, stops = 0): number | undefined {
  const a = place(from);
  const b = place(to);
  if (!a || !b) return undefined;
  return Math.ceil(((km(a, b) / KMH) * 60 + TAXI_MIN + stops * STOP_MIN) / 5) * 5;
}

/** `t` plus `minutes`, written as `t` is (its offset kept). */
function plus(t: string, minutes: number): string | undefined {
  const m = ISO.exec(t);
  if (!m) return undefined;
  return new Date(Date.parse(`${m[1]}Z`) + minutes * 60_000).toISOString().slice(0, m[1].length) + (m[3] ?? '');
}

const minutesBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 60_000;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';

export function alignFlights(result: Obj, returns: Schema, args: Readonly<Obj>, world: ItemWorld): void {
  const props = (returns.properties ?? {}) as Record<string, Schema>;
  const dep = result.departure;
  const arr = result.arrival;
  if (isObj(dep) && isObj(arr) && str(dep.scheduled) && str(arr.scheduled)) {
    const block = blockMinutes(dep.airport ?? dep.iata, arr.airport ?? arr.iata);
    if (block !== undefined) {
      const at = plus(dep.scheduled, block);
      if (at) arr.scheduled = at;
    }
    const delay = typeof result.delay_minutes === 'number' ? result.delay_minutes : str(dep.estimated) ? minutesBetween(dep.scheduled, dep.estimated) : undefined;
    if (delay !== undefined) {
      if (str(dep.estimated)) dep.estimated = plus(dep.scheduled, delay) ?? dep.estimated;
      if (str(arr.estimated)) arr.estimated = plus(arr.scheduled as string, delay) ?? arr.estimated;
    }
    // A flight after today has not left yet.
    const states = (props.status?.enum ?? []) as unknown[];
    if (str(result.status) && NOT_YET.has(result.status) && dep.scheduled.slice(0, 10) > world.today && states.includes('scheduled')) result.status = 'scheduled';
    // The flight asked for: carrier and number, or the flight's full number.
    const carrier = args.carrier_code ?? args.airline_code ?? args.carrier;
    const number = args.flight_number ?? args.number;
    const asked = str(carrier) && (str(number) || typeof number === 'number') ? `${carrier}${number}` : str(number) && /^[A-Z0-9]{2}\d{1,4}$/.test(number) ? number : undefined;
    if (asked !== undefined && str(result.flight) && typeof props.flight?.pattern !== 'string') result.flight = asked;
  }
  const from = args.origin ?? args.from ?? args.departure_airport ?? args.origin_airport;
  const to = args.destination ?? args.to ?? args.arrival_airport ?? args.destination_airport;
  for (const key in result) {
    const list = result[key];
    if (!Array.isArray(list)) continue;
    for (const it of list) {
      if (!isObj(it)) continue;
      const dk = ['departure_time', 'departs_at', 'departure_at', 'depart_at'].find((k) => str(it[k]));
      const ak = ['arrival_time', 'arrives_at', 'arrival_at', 'arrive_at'].find((k) => str(it[k]));
      if (!dk || !ak) continue;
      const stops = typeof it.stops === 'number' ? it.stops : 0;
      const block = blockMinutes(it.origin ?? from, it.destination ?? to, stops);
      const at = block === undefined ? undefined : plus(it[dk] as string, block);
      if (at) it[ak] = at;
    }
  }
}

const CARRIER_KEYS = ['carrier', 'airline', 'airline_name', 'carrier_name', 'operating_carrier', 'marketing_carrier'];
const NUMBER_KEYS = ['flight_numbers', 'flight_number', 'flight_no', 'flight'];
const CODE_KEYS = ['carrier_code', 'airline_code', 'airline_iata', 'iata_code'];
const FLIGHT = /^([A-Z0-9]{2})(\d{1,4}[A-Z]?)$/;

/**
 * A flight's numbers and its airline agree: an object naming an airline of the tables (carrier,
 * airline) and flight numbers has them under that airline's designator (Aeroflot: SU387, not
 * BA387), and its carrier code is that designator; where the call itself named the flight (a
 * status of BA387), the airline is the flight's. Edits `result`; a value moves only where its
 * schema lets it.
 */
export function alignCarrierCodes(result: unknown, returns: Schema | undefined, args: Readonly<Obj>): void {
  const g = geoTables();
  // The strings the call sent, read only for a result that names a flight (every result passes here).
  let sentStrings: Set<string> | undefined;
  const said = (v: unknown, depth: number, into: Set<string>): Set<string> => {
    if (typeof v === 'string') into.add(v.toUpperCase().replace(/\s+/g, ''));
    else if (v !== null && typeof v === 'object' && depth < 3) for (const x of Object.values(v)) said(x, depth + 1, into);
    return into;
  };
  forEachObject(result, returns, (o, props) => {
    const ck = CARRIER_KEYS.find((k) => typeof o[k] === 'string');
    const nk = NUMBER_KEYS.find((k) => typeof o[k] === 'string' || (Array.isArray(o[k]) && (o[k] as unknown[]).every((x) => typeof x === 'string')));
    if (ck === undefined || nk === undefined) return;
    const sent = (sentStrings ??= said(args, 0, new Set()));
    const numbers = (Array.isArray(o[nk]) ? o[nk] : [o[nk]]) as string[];
    // The flight the call asked about names its airline.
    const asked = numbers.map((n) => FLIGHT.exec(n.toUpperCase())).find((m) => m !== null && sent.has(m[0]));
    let airline: Airline | undefined;
    if (asked) {
      airline = g.airlineByCode.get(asked[1]);
      if (airline && o[ck] !== airline.name && (!props[ck] || fits(props[ck], airline.name))) o[ck] = airline.name;
      if (airline?.name !== o[ck]) return;
    } else {
      airline = g.airlineByName.get((o[ck] as string).toLowerCase());
      if (!airline) return;
      const itemSchema = Array.isArray(o[nk]) ? (props[nk]?.items as Schema | undefined) : props[nk];
      const under = (a: Airline): string[] =>
        numbers.map((n) => {
          const m = FLIGHT.exec(n);
          return m && !sent.has(m[0]) ? `${a.code}${m[2]}` : n;
        });
      const allowed = (ns: readonly string[]): boolean => ns.every((n) => !itemSchema || fits(itemSchema, n));
      // A designator the schema's pattern refuses (5J where it wants two letters): another airline of the tables whose it takes.
      if (!allowed(under(airline)) && !Array.isArray(props[ck]?.enum)) {
        const others = [...g.airlineByCode.values()].filter((a) => allowed(under(a)));
        if (others.length === 0) return;
        airline = others[textHash(o[ck] as string) % others.length];
        o[ck] = airline.name;
      }
      const own = under(airline);
      if (allowed(own)) o[nk] = Array.isArray(o[nk]) ? own : own[0];
    }
    for (const k of CODE_KEYS) if (typeof o[k] === 'string' && (!props[k] || fits(props[k], airline!.code))) o[k] = airline!.code;
  });
}

/**
 * An itinerary's stops are its flights less one: an offer "with 1 stop" flies two flight numbers,
 * not three. The stops follow the flight numbers where the schema allows, else the numbers are
 * cut to the stops (or the last repeated under the next number) within the list's bounds.
 */
export function alignStops(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props) => {
    const numbers = o.flight_numbers;
    if (typeof o.stops !== 'number' || !Array.isArray(numbers) || numbers.length === 0 || numbers.length === o.stops + 1) return;
    const stops = numbers.length - 1;
    const s = props.stops;
    if (!s || ((typeof s.minimum !== 'number' || stops >= s.minimum) && (typeof s.maximum !== 'number' || stops <= s.maximum))) {
      o.stops = stops;
      return;
    }
    const list = props.flight_numbers;
    const want = (o.stops as number) + 1;
    if ((typeof list?.minItems === 'number' && want < list.minItems) || (typeof list?.maxItems === 'number' && want > list.maxItems)) return;
    const next = numbers.slice(0, want) as string[];
    while (next.length < want) {
      const m = /^([A-Z0-9]{2})(\d+)$/.exec(String(next[next.length - 1]));
      next.push(m ? `${m[1]}${(Number(m[2]) % 9000) + 100 + next.length}` : String(next[next.length - 1]));
    }
    o.flight_numbers = next;
  });
}
