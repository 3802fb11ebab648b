/**
 * The last step of a result: every object that names a city the tables know gets the rest of
 * its place from that city. A result's rules may set a city from the call (an echo, a location
 * filter) after the generator drew the object's country, zone and coordinates from another
 * place; a reader sees "Zurich, US" at once. Only fields the schema lets hold the city's value
 * change, so the result stays valid.
 */
import { geoTables, kmBetween, type City } from '../../../core/geo.js';
import { regexOf } from '../../../core/regex-cache.js';
import type { Schema } from '../../values/values.js';

type Obj = Record<string, unknown>;

const CITY_KEY = /^(city|city_name|town|municipality)$/;
const COUNTRY_CODE_KEY = /^(country_code|country_iso|iso_country|country_iso2|countrycode)$/;
const COUNTRY_KEY = /^country$/;
const STATE_KEY = /^(state|state_code)$/;
const ZONE_KEY = /^(timezone|time_zone|tz)$/;
const LAT_KEY = /^(lat|latitude)$/;
const LON_KEY = /^(lon|lng|longitude)$/;
/** Farther than this from the city, a pair of coordinates belongs to another place. */
const MAX_KM = 100;

function admits(schema: Schema | undefined, v: unknown): boolean {
  if (!schema) return true;
  if (Array.isArray(schema.enum)) return schema.enum.includes(v);
  if (typeof v === 'string') {
    if (schema.type !== undefined && schema.type !== 'string') return false;
    if (typeof schema.maxLength === 'number' && v.length > schema.maxLength) return false;
    if (typeof schema.minLength === 'number' && v.length < schema.minLength) return false;
    if (typeof schema.pattern === 'string' && regexOf(schema.pattern)?.test(v) !== true) return false;
    return true;
  }
  return typeof v === 'number' && (schema.type === 'number' || schema.type === 'integer' || schema.type === undefined);
}

function align(o: Obj, city: City, props: Record<string, Schema>): void {
  const country = geoTables().countryByCode.get(city.country);
  const set = (k: string, v: unknown): void => {
    if (v !== undefined && o[k] !== v && admits(props[k], v)) o[k] = v;
  };
  let lat: string | undefined;
  let lon: string | undefined;
  for (const k of Object.keys(o)) {
    const key = k.toLowerCase();
    const v = o[k];
    if (COUNTRY_CODE_KEY.test(key)) set(k, city.country);
    else if (COUNTRY_KEY.test(key) && typeof v === 'string') set(k, v.length === 2 ? city.country : country?.name);
    else if (STATE_KEY.test(key) && typeof v === 'string' && city.state) set(k, v.length === 2 ? city.state : geoTables().usStateByCode.get(city.state)?.name);
    else if (ZONE_KEY.test(key) && typeof v === 'string' && v.includes('/')) set(k, city.timeZone);
    else if (LAT_KEY.test(key) && typeof v === 'number') lat = k;
    else if (LON_KEY.test(key) && typeof v === 'number') lon = k;
  }
  if (lat && lon && kmBetween({ lat: o[lat] as number, lon: o[lon] as number }, city) > MAX_KM) {
    set(lat, city.lat);
    set(lon, city.lon);
  }
}

/** Bring every object of `value` (with its schema) into agreement with the city it names. */
export function alignPlaces(value: unknown, schema: Schema | undefined): void {
  if (Array.isArray(value)) {
    const items = (schema?.items ?? undefined) as Schema | undefined;
    for (const v of value) alignPlaces(v, items);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Obj;
  const props = (schema?.properties ?? {}) as Record<string, Schema>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v !== null && typeof v === 'object') alignPlaces(v, props[k]);
  }
  const cityKey = Object.keys(o).find((k) => CITY_KEY.test(k.toLowerCase()) && typeof o[k] === 'string');
  if (cityKey === undefined) return;
  const city = geoTables().cityByName.get((o[cityKey] as string).toLowerCase());
  if (city) align(o, city, props);
}
