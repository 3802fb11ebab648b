/**
 * The last step of a result: every object that names a city the tables know gets the rest of
 * its place from that city. A result's rules may set a city from the call (an echo, a location
 * filter) after the generator drew the object's country, zone and coordinates from another
 * place; a reader sees "Zurich, US" at once. Only fields the schema lets hold the city's value
 * change, so the result stays valid.
 */
import { cityNear, geoTables, kmBetween, type City } from '../../../core/geo.js';
import { regexOf } from '../../../core/regex-cache.js';
import { forEachObject } from '../../values/schema.js';
import type { Schema } from '../../values/values.js';
import { localAddress, postalIn, streetIn } from '../../values/places.js';
import type { Rng } from '../../../core/rng.js';

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
  forEachObject(value, schema, (o, props) => {
    localStreets(o, props);
    const cityKey = Object.keys(o).find((k) => CITY_KEY.test(k.toLowerCase()) && typeof o[k] === 'string');
    if (cityKey === undefined) {
      zoneOfPoint(o, props);
      return;
    }
    const city = geoTables().cityByName.get((o[cityKey] as string).toLowerCase());
    if (city) align(o, city, props);
  });
}

/** Fields holding an address ("Rua Augusta 235, Lisbon"). */
const STREET_ADDRESS_KEY = /(^|_)address(_line1?)?$|^(location|display_name)$/;

/** Addresses in a city of the tables are on its streets: a rule that moved the city (a location filter) leaves no Rua Augusta in Warsaw. */
function localStreets(o: Obj, props: Record<string, Schema>): void {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v !== 'string' || !v.includes(', ') || !STREET_ADDRESS_KEY.test(k.toLowerCase())) continue;
    const next = localAddress(v);
    if (next !== v && admits(props[k], next)) o[k] = next;
  }
}

/** Nearer than this to a city of the tables, a point keeps that city's time zone. */
const ZONE_KM = 50;

/** An object with coordinates and a time zone but no city: the zone is the one of the city the point is in. */
function zoneOfPoint(o: Obj, props: Record<string, Schema>): void {
  const keys = Object.keys(o);
  const zone = keys.find((k) => ZONE_KEY.test(k.toLowerCase()) && typeof o[k] === 'string' && (o[k] as string).includes('/'));
  const lat = keys.find((k) => LAT_KEY.test(k.toLowerCase()) && typeof o[k] === 'number');
  const lon = keys.find((k) => LON_KEY.test(k.toLowerCase()) && typeof o[k] === 'number');
  if (!zone || !lat || !lon) return;
  const near = cityNear({ lat: o[lat] as number, lon: o[lon] as number }, ZONE_KM);
  if (near && o[zone] !== near.timeZone && admits(props[zone], near.timeZone)) o[zone] = near.timeZone;
}

/** Tools that name the place at a point. */
const AT_POINT = /(^|_)(reverse_geocode|reverse_geocoding|reverse|address_at|place_at|what_is_here|locate_point)(_|$)/;
const STREET_NAME_FIELD = /^(name|street|road|street_name|address_line|address_line1|line1)$/;
const ADDRESS_FIELD = /^(formatted_address|display_name|full_address|address|label)$/;

/**
 * What a reverse geocode names is at the point asked: a feature at Berlin's coordinates is a
 * Berlin street (Gartenweg 12), locality (Berlin), country or postcode, not "7th Avenue".
 */
export function alignPointPlaces(result: unknown, returns: Schema | undefined, apiName: string, args: Readonly<Obj>, rng: Rng): void {
  if (!AT_POINT.test(apiName)) return;
  const lat = Object.keys(args).find((k) => LAT_KEY.test(k.toLowerCase()) && typeof args[k] === 'number');
  const lon = Object.keys(args).find((k) => LON_KEY.test(k.toLowerCase()) && typeof args[k] === 'number');
  const city = lat && lon ? cityNear({ lat: args[lat] as number, lon: args[lon] as number }, 40) : undefined;
  if (!city) return;
  const country = geoTables().countryByCode.get(city.country);
  forEachObject(result, returns, (o, props) => {
    const set = (k: string, v: unknown): void => {
      if (v !== undefined && o[k] !== v && admits(props[k], v)) o[k] = v;
    };
    const type = typeof o.type === 'string' ? o.type.toLowerCase() : typeof o.place_type === 'string' ? o.place_type.toLowerCase() : undefined;
    // One street per feature: its name and its full address name the same one.
    const street = streetIn(city, rng);
    for (const k of Object.keys(o)) {
      if (typeof o[k] !== 'string') continue;
      const key = snakeKey(k);
      if (key === 'name' && type !== undefined && /^(locality|city|place|town|municipality)$/.test(type)) set(k, city.name);
      else if (key === 'name' && type === 'country') set(k, country?.name);
      else if (key === 'name' && type !== undefined && /^(postcode|postal_code|zip)$/.test(type)) set(k, postalIn(city, rng));
      else if (STREET_NAME_FIELD.test(key)) set(k, street);
      else if (ADDRESS_FIELD.test(key)) set(k, `${street}, ${city.name}, ${country?.name ?? city.country}`);
    }
    align(o, city, props as Record<string, Schema>);
  });
}

/** Argument names saying where the call is about (a destination before an origin). */
const WHERE_ARG = /(^|_)(destination|city|location|place|near|where|town|area|region|locality)$/;
const FROM_ARG = /(^|_)(origin|from|departure|pickup|home)(_city|_location)?$/;
/** Result fields that are places themselves (set by the rules and alignPlaces), not text about one. */
const PLACE_FIELD = /(^|_)(city|country|state|region|origin|destination|airport|location|address|venue|station)(_name)?$/;

/** Text fields, and fields naming a person (whose first name may be a city's: Florence, Austin, Paris). */
const TEXT_FIELD = /(^|_)(title|name|description|summary|headline|snippet|caption|text|body|details|highlights|overview|tagline|subtitle|comment|comments|note|notes|review|message|content|bio)$/;
const PERSON_FIELD = /(^|_)(first|last|full|given|family|agent|author|guide|host|contact|owner|person|user|customer|driver|doctor|artist|player|coach|manager|sender|recipient)(_|$)/;

let cityNames: RegExp | undefined;
/**
 * Every city of the tables as a whole word, longest first (Mexico City before Mexico), unless a
 * capitalised word follows (Paris Hilton, Tokyo Tower) or the name is a plain word too (Nice).
 */
const cityRe = (): RegExp =>
  (cityNames ??= new RegExp(
    `\\b(${geoTables()
      .cities.map((c) => c.name)
      .filter((n) => n !== 'Nice')
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})\\b(?! [A-Z][a-z])`,
    'g',
  ));

/** The table cities the call names where it says where it is about, the place asked first. */
function askedCities(args: Readonly<Obj>): City[] {
  const where: City[] = [];
  const from: City[] = [];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      // A city, or an address ending with one ("26 Oberbrunner Skyway, Cape Town").
      const c = v.split(',').map((part) => geoTables().cityByName.get(part.trim().toLowerCase())).find((x) => x !== undefined);
      if (c && WHERE_ARG.test(key)) where.push(c);
      else if (c && FROM_ARG.test(key)) from.push(c);
    } else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v as Obj)) walk(x, snakeKey(k));
  };
  for (const [k, v] of Object.entries(args)) walk(v, snakeKey(k));
  return [...where, ...from];
}

const snakeKey = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Text of a result about the place the call asks stays there: a tour of Vienna is not titled
 * "Half-day museum visit around Beijing". When the call names one city of the tables, another
 * one named in a result's text becomes it; place fields and people are left alone.
 */
export function alignTextPlaces(result: unknown, schema: Schema | undefined, args: Readonly<Obj>): void {
  const asked = askedCities(args);
  // One place asked; a trip's text may rightly name a third city (a stopover).
  if (asked.length === 0 || asked.some((c) => c !== asked[0])) return;
  const names = new Set(asked.map((c) => c.name));
  const re = cityRe();
  forEachObject(result, schema, (o, props) => {
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (typeof x !== 'string') continue;
      const key = snakeKey(k);
      if (!TEXT_FIELD.test(key) || PLACE_FIELD.test(key) || PERSON_FIELD.test(key) || !re.test(x)) continue;
      re.lastIndex = 0;
      const moved = x.replace(re, (m) => (names.has(m) ? m : asked[0].name));
      if (moved !== x && admits(props[k], moved)) o[k] = moved;
    }
  });
}
