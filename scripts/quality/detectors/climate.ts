/**
 * Class 101: weather of another place or season: 27 °C in San Francisco at the end of March, a
 * 22 °C sea off Oslo in December, a UV index of 10 in Bergen in March, the day's UV peak at
 * 03:37 solar time or on another day than the one asked. Judged on the results of weather tools
 * (weather, forecast, marine, UV, observation) whose place the checker can tell (a city of the
 * tables named in an argument, the city at the call's coordinates, or the user's own city when
 * the call names no place), against that city's climate normals on the day asked (core/climate:
 * the mean of January and of July, a cosine between). Generous: the middle air reading may be
 * 12 °C off the normal and any single one 18 °C; the sea's middle reading 8 °C; a UV peak a
 * quarter above the clear-sky noon index plus one; the peak's time within 10:00-14:00 of solar
 * time. A reading without a unit of its field or object counts in Fahrenheit when the call or the
 * user says so, and is then judged wrong only when it is wrong in both units.
 */
import { airNormal, clearSkyUv, seaNormal } from '../../../core/climate.js';
import { airportPlace, cityNear, geoTables, type City } from '../../../core/geo.js';
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { objects } from '../fields.js';
import type { CallView } from '../record-view.js';
import type { ItemWorld } from '../../../core/plan.js';

const TOOL = /(^|_)(weather|forecast|forecasts|outlook|marine|climate|observation|observations|metar|uv|uv_index)(_|$)/;
const INDOOR = /thermostat|oven|fridge|freezer|body|vital|hvac|heater|pool|aquarium|indoor|room/;
const AIR = /(^|_)(temp|temperature|temps|feels_like|apparent_temperature)(_|$)|^(high|low)(_c|_f)?$/;
const SEA = /(^|_)(sea|water|ocean)_(temp|temperature)(_c|_f)?$/;
const PLACE = /(^|_)(city|location|place|q|address|town|region|area|route|route_id|trail|waypoints|resort|park)$/;
const STATION = /(^|_)(station|station_id|icao|airport|airport_code|iata)$/;
const DAY = /^\d{4}-\d{2}-\d{2}/;

function placeOf(call: CallView, world: ItemWorld | undefined): { city: City; lat: number; lon: number } | undefined {
  const g = geoTables();
  let named = false;
  const num = (re: RegExp): number | undefined => {
    const k = Object.keys(call.args).find((x) => re.test(x) && typeof call.args[x] === 'number');
    return k === undefined ? undefined : (call.args[k] as number);
  };
  for (const [k, v] of Object.entries(call.args)) {
    if (typeof v !== 'string') continue;
    if (PLACE.test(k)) {
      named = true;
      const c = v.split(/[,;]/).map((p) => g.cityByName.get(p.trim().toLowerCase())).find((x) => x !== undefined);
      if (c) return { city: c, lat: c.lat, lon: c.lon };
    } else if (STATION.test(k)) {
      named = true;
      const code = v.trim().toUpperCase();
      const c = airportPlace(code) ?? (/^K[A-Z]{3}$/.test(code) ? airportPlace(code.slice(1)) : undefined);
      if (c) return { city: c, lat: c.lat, lon: c.lon };
    }
  }
  const lat = num(/(^|_)(lat|latitude)$/);
  const lon = num(/(^|_)(lon|lng|longitude)$/);
  if (lat !== undefined && lon !== undefined) {
    const c = cityNear({ lat, lon }, 150);
    return c ? { city: c, lat, lon } : undefined;
  }
  // The user's own city only for a call that names no place at all (a route's waypoints are places).
  if (named || !world || nestedPlace(call.args)) return undefined;
  const here = g.cityByName.get(world.locale.city.toLowerCase());
  return here ? { city: here, lat: here.lat, lon: here.lon } : undefined;
}

/** Whether a place is named below the arguments' top level (waypoints, an origin object). */
function nestedPlace(args: Readonly<Record<string, unknown>>): boolean {
  const walk = (v: unknown, depth: number): boolean =>
    depth < 6 && v !== null && typeof v === 'object' && Object.entries(v).some(([k, x]) => (depth > 0 && (PLACE.test(k) || STATION.test(k) || /(^|_)(lat|latitude|lon|lng|longitude)$/.test(k))) || walk(x, depth + 1));
  return walk(args, 0);
}

const fahrenheitWord = (v: unknown): boolean | undefined =>
  typeof v !== 'string' ? undefined : /^(f|°f|fahrenheit|imperial)$/i.test(v) ? true : /^(c|°c|celsius|metric)$/i.test(v) ? false : undefined;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function climateFinding(call: CallView, world: ItemWorld | undefined): Finding | undefined {
  if (call.failed || !TOOL.test(call.name) || INDOOR.test(call.name)) return undefined;
  const place = placeOf(call, world);
  if (!place || !world) return undefined;
  const dateArg = Object.entries(call.args).find(([k, v]) => typeof v === 'string' && DAY.test(v) && /date|day|time|start|from|when/.test(k));
  const day = dateArg ? (dateArg[1] as string).slice(0, 10) : world.today;
  const callF = fahrenheitWord(call.args.units) ?? fahrenheitWord(call.args.unit) ?? fahrenheitWord(call.args.temperature_unit);
  const air: { asRead: number; asOther: number; fixed: boolean; key: string; raw: number; normal: number }[] = [];
  const sea: typeof air = [];
  const uv: Finding[] = [];
  for (const { object: o, path } of objects(call.result)) {
    const own = Object.entries(o).find(([k, v]) => typeof v === 'string' && DAY.test(v) && /(^|_)(date|day|time|datetime)$/.test(k) && !/uv|peak|max|min|sun/.test(k));
    const d = own ? (own[1] as string).slice(0, 10) : day;
    const objF = fahrenheitWord(o.unit) ?? fahrenheitWord(o.units);
    for (const [k, v] of Object.entries(o)) {
      if (typeof v !== 'number') continue;
      const isSea = SEA.test(k);
      if (!isSea && !AIR.test(k)) continue;
      const normal = isSea ? seaNormal(place.city, d) : airNormal(place.city, d);
      if (normal === undefined) continue;
      const keyF = /_f$/.test(k) ? true : /_c$/.test(k) ? false : (objF ?? callF);
      const asF = ((v - 32) * 5) / 9;
      // Only the field's own unit or its object's is sure: a call asking for imperial may be answered in Celsius,
      // so a reading without a sure unit is wrong only when wrong in both (in °C as read, and as the other unit reads it).
      const sure = /_[cf]$/.test(k) || objF !== undefined;
      const r = { asRead: keyF === true ? asF : v, asOther: keyF === true ? v : asF, fixed: sure || (callF === undefined && world.locale.units !== 'imperial'), key: k, raw: v, normal };
      (isSea ? sea : air).push(r);
    }
    const maxKey = ['uv_max', 'max_uv', 'uv_index_max', 'peak_uv'].find((k) => typeof o[k] === 'number');
    const clear = clearSkyUv(place.lat, d);
    if (maxKey && clear !== undefined) {
      const high = (o[maxKey] as number) > clear * 1.25 + 1;
      uv.push(finding(high ? `${call.name} ${path || 'result'}: ${maxKey} ${String(o[maxKey])} at ${place.city.name} on ${d} (clear-sky noon index about ${clear.toFixed(1)})` : undefined));
    }
    const timeKey = ['uv_max_time', 'peak_time', 'uv_peak_time'].find((k) => typeof o[k] === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*Z$/.test(o[k] as string));
    if (timeKey) {
      const t = Date.parse(o[timeKey] as string);
      const solar = new Date(t + (place.lon / 15) * 3_600_000);
      const hour = solar.getUTCHours() + solar.getUTCMinutes() / 60;
      const solarDay = solar.toISOString().slice(0, 10);
      const wrong = solarDay !== d || hour < 10 || hour > 14;
      uv.push(finding(wrong ? `${call.name} ${path || 'result'}: ${timeKey} ${String(o[timeKey])} is ${solarDay} ${solar.toISOString().slice(11, 16)} solar time at ${place.city.name}, for ${d}` : undefined));
    }
  }
  const off = (rs: typeof air, mid: number, one: number, what: string): Finding | undefined => {
    if (rs.length === 0) return undefined;
    const gapRead = rs.map((r) => r.asRead - r.normal);
    const gapOther = rs.map((r) => r.asOther - r.normal);
    const wrong = (gaps: number[]): boolean => Math.abs(median(gaps)) > mid || gaps.some((g) => Math.abs(g) > one);
    const bad = wrong(gapRead) && (rs.every((r) => r.fixed) || wrong(gapOther));
    if (!bad) return finding(undefined);
    const worst = rs.reduce((a, b) => (Math.abs(b.asRead - b.normal) > Math.abs(a.asRead - a.normal) ? b : a));
    return finding(`${call.name}: ${what} ${worst.key} ${worst.raw} at ${place.city.name} on ${day} (normal about ${worst.normal.toFixed(0)} °C)`);
  };
  return judgeAll([off(air, 12, 18, 'air'), off(sea, 8, 12, 'sea'), ...uv], (f) => f);
}

export const climate: Detector = {
  key: 'climate',
  title: 'weather of another place or season (27 °C in San Francisco in March, a UV index of 10 in Bergen in March, the UV peak at night)',
  check: (view) => judgeAll(view.calls, (c) => climateFinding(c, view.world)),
};
