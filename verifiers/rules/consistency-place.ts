/**
 * consistency.place: one object names a city and, beside it, something the city contradicts:
 * a country (code or name), a US state, a time zone that keeps other hours, coordinates far
 * from it (in the object or in a child such as `near` or `location` that names no city of
 * its own), or an airport of the table in another country.
 *
 * Only cities of the table (core/geo) are judged; a city it does not know ("Springfield")
 * is never wrong. Fields pair by prefix: `city` with `country`, `origin_city` with
 * `origin_country`. A city name that is also a well-known place elsewhere is accepted there
 * too (consistency-geo's HOMONYMS), and is not judged by its coordinates or its hours.
 */
import type { City } from '../../core/geo.js';
import { geoTables } from '../../core/geo.js';
import { atOf, type Obj, type Site } from './consistency-site.js';
import { cached } from './consistency-names.js';
import { cityInCountry, cityInState, cityOf, countryOf, distanceKm, isHomonym, zonesDiffer } from './consistency-geo.js';

/** How far coordinates may be from the city they go with (metro areas, airports out of town). */
const NEAR_KM = 200;

/** The prefix of a city field by its snake-case name ("origin_city" → "origin_", "city" → ""), or undefined when it is not one. */
export function cityKeyOf(k: string): string | undefined {
  const m = /^(.*?)(city|city_name)$/.exec(k);
  return m && (m[1] === '' || m[1].endsWith('_')) ? m[1] : undefined;
}

function str(o: Obj, keys: readonly string[]): [string, string] | undefined {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v !== '') return [k, v];
  }
  return undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
}

/** Latitude and longitude an object holds (latitude/longitude, lat/lon, lat/lng). */
export function coordsOf(o: Obj): [number, number] | undefined {
  const lat = num(o.latitude ?? o.lat);
  const lon = num(o.longitude ?? o.lon ?? o.lng);
  return lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180 ? undefined : [lat, lon];
}

const camel = (s: string): string => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const FIELDS = {
  country: ['country_code', 'country', 'country_name', 'country_iso'],
  state: ['state_code', 'state'],
  zone: ['time_zone', 'timezone', 'tz'],
  airport: ['airport_code', 'iata', 'airport'],
} as const;
/** The field names of a kind beside a city field of prefix `p`, in snake and camel case. */
const variants = cached((pk: string): readonly string[] => {
  const [p, kind] = pk.split('|') as [string, keyof typeof FIELDS];
  return FIELDS[kind].flatMap((n) => [`${p}${n}`, camel(`${p}${n}`)]);
});

/** What contradicts `city` in `o`, or undefined. */
function contradiction(o: Obj, p: string, city: City): string | undefined {
  const country = str(o, variants(`${p}|country`));
  const code = country && countryOf(country[1]);
  if (country && code !== undefined) {
    if (!cityInCountry(city, code)) return `${country[0]} = ${JSON.stringify(country[1])}, but ${city.name} is in ${city.country}`;
    if (code !== city.country) return undefined; // a homonym abroad: its state, zone and place are its own
  }
  const state = str(o, variants(`${p}|state`));
  if (state && city.state !== undefined && /^[A-Z]{2}$/.test(state[1]) && !cityInState(city, state[1])) {
    return `${state[0]} = ${JSON.stringify(state[1])}, but ${city.name} is in ${city.state}`;
  }
  // A name shared with a place elsewhere is told apart only by its country.
  if (isHomonym(city) && code !== city.country) return undefined;
  const zone = str(o, variants(`${p}|zone`));
  if (zone && zone[1].includes('/') && zonesDiffer(zone[1], city.timeZone)) return `${zone[0]} = ${JSON.stringify(zone[1])}, but ${city.name} keeps the hours of ${city.timeZone}`;
  const airport = str(o, variants(`${p}|airport`));
  if (airport) {
    const a = geoTables().airportByCode.get(airport[1]);
    if (a && a.country !== city.country) return `${airport[0]} = ${JSON.stringify(airport[1])} is in ${a.country}, but ${city.name} is in ${city.country}`;
  }
  if (p === '') {
    let at = coordsOf(o);
    let where = 'its coordinates';
    if (!at) {
      for (const k of ['near', 'location', 'coordinates', 'coords', 'center', 'position', 'geo']) {
        const c = o[k];
        if (c && typeof c === 'object' && !Array.isArray(c) && (c as Obj).city === undefined) at = coordsOf(c as Obj);
        if (at) {
          where = `${k}'s coordinates`;
          break;
        }
      }
    }
    if (at) {
      const d = distanceKm(at[0], at[1], city.lat, city.lon);
      if (d > NEAR_KM) return `${where} (${at[0]}, ${at[1]}) are ${Math.round(d)} km from ${city.name}`;
    }
  }
  return undefined;
}

/** Check city field `key` of `o` (prefix `p`) against what is beside it; true when it reported. */
export function checkCityKey(o: Obj, key: string, p: string, site: Site): boolean {
  const v = o[key];
  const city = typeof v === 'string' ? cityOf(v) : undefined;
  const why = city && contradiction(o, p, city);
  if (!why) return false;
  site.cc.ctx.add('consistency.place', `${site.pair.call.name}: ${site.inResult ? 'result' : 'argument'} ${key} = ${JSON.stringify(v)}: ${why}`, atOf(site));
  return true;
}
