/**
 * Weather of its place and season: a weather tool's temperatures sit near the climate normal of
 * the place asked about on the day asked about (no 22 °C sea off Oslo in December, no 27 °C in
 * San Francisco in March), snow does not fall where the day is warm, and the UV index follows
 * the sun's height there (no index of 10 in Bergen in March), peaking around solar noon of that
 * day. Read by meaning: a tool named for weather, forecasts, marine or UV readings; the place
 * from the call (a city of the tables named in an argument, the city at its coordinates, a US
 * station or airport), or the user's own city when the call names none; the day from the
 * object's own date, the call's, or today. Temperatures keep their spread and order: they are
 * moved together (and drawn closer when they span more than a day could), in the unit each is
 * in, and only where the schema lets the new values be.
 */
import { airNormal, clearSkyUv, seaNormal, solarNoonUtcMinutes } from '../../../core/climate.js';
import { airportPlace, cityNear, geoTables, type City } from '../../../core/geo.js';
import type { ItemWorld } from '../../../core/plan.js';
import { textHash } from '../../../core/rng.js';
import { forEachObject, type Schema } from '../../values/schema.js';
import { fits } from '../../values/siblings.js';
import { uvRiskOf } from './grade-agree.js';
import type { Obj } from './call-context.js';

/** Tools whose results are readings of the weather outside. */
export const WEATHER_TOOL = /(^|_)(weather|forecast|forecasts|outlook|marine|climate|observation|observations|metar|uv|uv_index|sea_temperature|air_temperature)(_|$)/;
/** Temperatures of something else than the air or the sea (a thermostat's room, an oven, a body). */
const NOT_OUTSIDE = /thermostat|oven|fridge|freezer|body|vital|hvac|heater|pool|aquarium|cpu|gpu|battery|engine|brew|kiln|indoor|room/;
/** An air temperature's key (the day's high and low included). */
export const AIR_TEMP = /(^|_)(temp|temperature|temps|feels_like|apparent_temperature|dew_point|dewpoint|wind_chill|heat_index)(_|$)|^(high|low|max|min|high_c|low_c|high_f|low_f|max_c|min_c|max_f|min_f)$/;
/** A water temperature's key. */
export const SEA_TEMP = /(^|_)(sea|water|ocean|surface_water)_(temp|temperature)(_|$)|^(sst|sea_surface_temperature)(_|$)/;
const PLACE_KEY = /(^|_)(city|location|place|q|query|address|region|area|town|destination|spot|beach|port|harbou?r|coast|route|trail|waypoints?|resort|park)(_|$)/;
const STATION_KEY = /(^|_)(station|station_id|station_code|icao|airport|airport_code|iata)(_|$)/;
const LAT_KEY = /(^|_)(lat|latitude)$/;
const LON_KEY = /(^|_)(lon|lng|long|longitude)$/;
const DAY = /^\d{4}-\d{2}-\d{2}/;
const DATE_KEY = /(^|_)(date|day|time|datetime|timestamp|valid_time|forecast_time|observed_at|start_date|start)$/;
/** A time within the day the object is about (its UV peak, sunrise), not the day itself. */
const PEAK_KEY = /uv|peak|max|min|sunrise|sunset|noon/;
const SNOWY = /snow|sleet|flurr|blizzard/;
/** A day's readings span at most this much around their middle (°C) before they are drawn closer. */
const MAX_HALF_SPREAD = 8;

/** The place a call asks the weather of: a named city, the city at its point or station, or (when it names no place) the user's. */
export function weatherPlace(args: Readonly<Obj>, world: ItemWorld | undefined): { city: City; lat: number } | undefined {
  const g = geoTables();
  let named = false;
  let lat: number | undefined;
  let lon: number | undefined;
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'number' && LAT_KEY.test(k)) lat = v;
    if (typeof v === 'number' && LON_KEY.test(k)) lon = v;
    if (typeof v !== 'string') continue;
    if (PLACE_KEY.test(k)) {
      named = true;
      for (const part of v.split(/[,;]/)) {
        const c = g.cityByName.get(part.trim().toLowerCase());
        if (c) return { city: c, lat: c.lat };
      }
    } else if (STATION_KEY.test(k)) {
      named = true;
      const code = v.trim().toUpperCase();
      const c = airportPlace(code) ?? (/^K[A-Z]{3}$/.test(code) ? airportPlace(code.slice(1)) : undefined);
      if (c) return { city: c, lat: c.lat };
    }
  }
  if (lat !== undefined && lon !== undefined) {
    const c = cityNear({ lat, lon }, 150);
    return c ? { city: c, lat } : undefined;
  }
  // The user's own city only for a call that names no place at all (a route's waypoints are places).
  if (named || !world || nestedPlace(args)) return undefined;
  const here = g.cityByName.get(world.locale.city.toLowerCase());
  return here ? { city: here, lat: here.lat } : undefined;
}

/** Whether a place is named below the arguments' top level (waypoints, an origin object). */
function nestedPlace(args: Readonly<Obj>): boolean {
  const walk = (v: unknown, depth: number): boolean =>
    depth < 6 && v !== null && typeof v === 'object' && Object.entries(v).some(([k, x]) => (depth > 0 && (PLACE_KEY.test(k) || STATION_KEY.test(k) || LAT_KEY.test(k) || LON_KEY.test(k))) || walk(x, depth + 1));
  return walk(args, 0);
}

/** The day a call asks about: its first date argument, else today. */
function callDay(args: Readonly<Obj>, today: string): string {
  for (const [k, v] of Object.entries(args)) if (typeof v === 'string' && DAY.test(v) && /date|day|time|start|from|when/.test(k)) return v.slice(0, 10);
  return today;
}

/** The day an object of the result is about: a date of its own, else the call's. */
function objectDay(o: Obj, day: string): string {
  for (const [k, v] of Object.entries(o)) if (typeof v === 'string' && DATE_KEY.test(k) && !PEAK_KEY.test(k) && DAY.test(v)) return v.slice(0, 10);
  return day;
}

type Unit = 'c' | 'f';
const unitWord = (v: unknown): Unit | undefined => (typeof v !== 'string' ? undefined : /^(f|°f|fahrenheit|imperial|us)$/i.test(v) ? 'f' : /^(c|°c|celsius|metric|si)$/i.test(v) ? 'c' : undefined);

interface Reading {
  readonly o: Obj;
  readonly key: string;
  readonly unit: Unit;
  readonly celsius: number;
  readonly normal: number;
  readonly schema: Schema | undefined;
  readonly integer: boolean;
  /** The reading's unit came from the call or the user, not from its field or object: the other one may be tried. */
  readonly guessed: boolean;
}

/** The reading as counted in the other unit. */
const inOtherUnit = (r: Reading): Reading => {
  const raw = r.o[r.key] as number;
  const unit: Unit = r.unit === 'f' ? 'c' : 'f';
  return { ...r, unit, celsius: unit === 'f' ? ((raw - 32) * 5) / 9 : raw };
};

/**
 * Moves a group of readings (air or sea) near their normals: one shift, and a spread a day (or a
 * sea) can have (`maxHalf` °C either side of the middle). The shift is `deviation` off the normal
 * where every reading's schema lets it be, else the nearest one that does (a Singapore minimum
 * the schema stops at 30 °C), else nothing moves.
 */
function settle(readings: readonly Reading[], deviation: number, maxHalf: number): void {
  // A schema that cannot hold Fahrenheit readings of the place (one stopping at 40) keeps Celsius ones, whatever the call asked.
  if (!settleIn(readings, deviation, maxHalf) && readings.some((r) => r.guessed)) settleIn(readings.map((r) => (r.guessed ? inOtherUnit(r) : r)), deviation, maxHalf);
}

/** `settle` in the readings' units: false when the schemas left no shift that would do. */
function settleIn(readings: readonly Reading[], deviation: number, maxHalf: number): boolean {
  if (readings.length === 0) return true;
  const gaps = readings.map((r) => r.celsius - r.normal).sort((a, b) => a - b);
  const mid = gaps[Math.floor(gaps.length / 2)];
  const half = Math.max(...gaps.map((g) => Math.abs(g - mid)));
  if (Math.abs(mid) <= 6 && half <= maxHalf + 2) return true;
  const squeeze = half > maxHalf ? maxHalf / half : 1;
  const base = readings.map((r) => r.normal + (r.celsius - r.normal - mid) * squeeze);
  // The shifts every reading's bounds allow (in °C, a tenth inside them for the rounding).
  let lo = -Infinity;
  let hi = Infinity;
  const toC = (r: Reading, v: number): number => (r.unit === 'f' ? ((v - 32) * 5) / 9 : v);
  readings.forEach((r, i) => {
    const min = r.schema?.minimum ?? r.schema?.exclusiveMinimum;
    const max = r.schema?.maximum ?? r.schema?.exclusiveMaximum;
    if (typeof min === 'number') lo = Math.max(lo, toC(r, min) + 0.1 - base[i]);
    if (typeof max === 'number') hi = Math.min(hi, toC(r, max) - 0.1 - base[i]);
  });
  const shift = Math.min(Math.max(deviation, lo), hi);
  if (lo > hi || Math.abs(shift) > 6) return false;
  const next = readings.map((r, i) => {
    const c = base[i] + shift;
    const v = r.unit === 'f' ? (c * 9) / 5 + 32 : c;
    return r.integer ? Math.round(v) : Math.round(v * 10) / 10;
  });
  // All or none: a reading left behind would break the order of the others (feels-like, dew point, low <= high).
  if (readings.some((r, i) => r.schema !== undefined && !fits(r.schema, next[i]))) return false;
  readings.forEach((r, i) => (r.o[r.key] = next[i]));
  return true;
}

/** A snowy sky on a day too warm for snow becomes rain (the schema's own word for it where it has a list). */
function unsnow(o: Obj, props: Readonly<Record<string, Schema>>, celsius: number): void {
  if (celsius <= 3) return;
  for (const k of ['condition', 'conditions', 'weather', 'sky', 'summary', 'description']) {
    const v = o[k];
    if (typeof v !== 'string' || !SNOWY.test(v.toLowerCase())) continue;
    const enumList = props[k]?.enum;
    let next = v.replace(/snow showers|snow|sleet|flurries|flurry|blizzard/gi, (m) => (/^[A-Z]/.test(m) ? 'Rain' : 'rain')).replace(/rain rain/gi, 'rain');
    if (Array.isArray(enumList) && !enumList.includes(next)) {
      const own = enumList.filter((e): e is string => typeof e === 'string' && /rain|shower|drizzle/i.test(e));
      if (own.length === 0) continue;
      next = own[textHash(v) % own.length];
    }
    o[k] = next;
  }
}

/** A UV reading of the day at latitude `lat`: its peak near the clear-sky one, the index under it, the peak's time near solar noon of that day. */
function settleUv(o: Obj, props: Readonly<Record<string, Schema>>, place: { city: City; lat: number }, day: string, seed: number): void {
  const clear = clearSkyUv(place.lat, day);
  if (clear === undefined) return;
  const integerOf = (k: string): boolean => props[k]?.type === 'integer' || (typeof o[k] === 'number' && Number.isInteger(o[k]) && props[k]?.type !== 'number');
  const round = (k: string, v: number): number => (integerOf(k) ? Math.round(v) : Math.round(v * 10) / 10);
  const ceiling = clear * 1.1 + 0.5;
  const maxKey = ['uv_max', 'max_uv', 'uv_index_max', 'peak_uv', 'uv_peak', 'max_uv_index'].find((k) => typeof o[k] === 'number');
  let peak = maxKey ? (o[maxKey] as number) : undefined;
  if (maxKey && (peak! > ceiling || peak! < clear * 0.4 - 0.5)) {
    const v = round(maxKey, clear * (0.7 + (seed % 31) / 100));
    if (fits(props[maxKey] ?? { type: 'number' }, v)) o[maxKey] = peak = v;
  }
  const nowKey = ['uv_index', 'uv', 'current_uv', 'uv_now'].find((k) => typeof o[k] === 'number');
  if (nowKey) {
    const cap = Math.min(peak ?? ceiling, ceiling);
    const now = o[nowKey] as number;
    if (now > cap) {
      const v = round(nowKey, (peak ?? clear) * (maxKey ? 0.35 + (seed % 61) / 100 : 0.7 + (seed % 31) / 100));
      if (v <= cap && fits(props[nowKey] ?? { type: 'number' }, v)) o[nowKey] = v;
    }
    const riskKey = ['risk_level', 'risk', 'uv_risk', 'category', 'exposure_category'].find((x) => typeof o[x] === 'string');
    if (riskKey && typeof o[nowKey] === 'number') {
      const band = uvRiskOf(o[nowKey] as number);
      const own = props[riskKey]?.enum;
      const word = Array.isArray(own) ? own.find((e) => typeof e === 'string' && e.toLowerCase().replace(/[\s-]+/g, '_') === band) : band;
      if (typeof word === 'string') o[riskKey] = word;
    }
    const exposure = ['safe_exposure_minutes', 'burn_time_minutes', 'time_to_burn_minutes'].find((k) => typeof o[k] === 'number');
    if (exposure) {
      const v = Math.round(150 / Math.max(1, o[nowKey] as number));
      if (fits(props[exposure] ?? { type: 'integer' }, v)) o[exposure] = v;
    }
  }
  const timeKey = ['uv_max_time', 'peak_time', 'uv_peak_time', 'max_uv_time', 'solar_noon'].find((k) => typeof o[k] === 'string');
  if (timeKey) {
    // Solar noon of that day, give or take half an hour, to the quarter hour.
    const minutes = Math.round((solarNoonUtcMinutes(place.city.lon) + ((seed % 5) - 2) * 15) / 15) * 15;
    const old = o[timeKey] as string;
    let next: string | undefined;
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?Z$/.test(old)) {
      const t = new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000);
      next = `${t.toISOString().slice(0, 16)}:00Z`;
    } else if (/^\d{1,2}:\d{2}$/.test(old)) {
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: place.city.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000));
      next = local;
    }
    if (next !== undefined && fits(props[timeKey] ?? { type: 'string' }, next)) o[timeKey] = next;
  }
}

/** Puts a weather tool's result in the climate of its place and day. Edits `result`. */
export function alignClimate(result: unknown, returns: Schema | undefined, apiName: string, args: Readonly<Obj>, world: ItemWorld | undefined, today: string): void {
  if (!WEATHER_TOOL.test(apiName) || NOT_OUTSIDE.test(apiName)) return;
  const place = weatherPlace(args, world);
  if (!place) return;
  const day = callDay(args, today);
  const callUnit = unitWord(args.units) ?? unitWord(args.unit) ?? unitWord(args.temperature_unit) ?? unitWord(args.temp_unit);
  const userUnit: Unit = world?.locale.units === 'imperial' ? 'f' : 'c';
  const air: Reading[] = [];
  const sea: Reading[] = [];
  const seed = textHash(`${apiName}|${place.city.name}|${day}`);
  forEachObject(result, returns, (o, props) => {
    const own = objectDay(o, day);
    const objectUnit = unitWord(o.unit) ?? unitWord(o.units) ?? unitWord(o.temperature_unit);
    for (const [k, v] of Object.entries(o)) {
      if (typeof v !== 'number' || NOT_OUTSIDE.test(k)) continue;
      const isSea = SEA_TEMP.test(k);
      if (!isSea && !AIR_TEMP.test(k)) continue;
      // A field's own unit, the object's, the call's; else a schema that stops at 60 degrees counts in Celsius; else the user's.
      const max = props[k]?.maximum;
      const stated: Unit | undefined = /(^|_)f$|fahrenheit/.test(k) ? 'f' : /(^|_)c$|celsius/.test(k) ? 'c' : objectUnit;
      const unit: Unit = stated ?? callUnit ?? (typeof max === 'number' && max <= 60 ? 'c' : userUnit);
      const normal = isSea ? seaNormal(place.city, own) : airNormal(place.city, own);
      if (normal === undefined) continue;
      const reading = { o, key: k, unit, celsius: unit === 'f' ? ((v - 32) * 5) / 9 : v, normal, schema: props[k], integer: props[k]?.type === 'integer' || (Number.isInteger(v) && props[k]?.type !== 'number'), guessed: stated === undefined };
      (isSea ? sea : air).push(reading);
    }
  });
  settle(air, ((seed % 9) - 4) * 0.8, MAX_HALF_SPREAD);
  settle(sea, ((seed % 5) - 2) * 0.6, 1.5);
  forEachObject(result, returns, (o, props) => {
    const own = objectDay(o, day);
    const t = air.find((r) => r.o === o);
    if (t) unsnow(o, props, t.unit === 'f' ? (((o[t.key] as number) - 32) * 5) / 9 : (o[t.key] as number));
    if (['uv_index', 'uv', 'uv_max', 'max_uv', 'uv_index_max', 'current_uv'].some((k) => typeof o[k] === 'number')) settleUv(o, props, place, own, seed);
  });
}
