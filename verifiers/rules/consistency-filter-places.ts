/**
 * Place filters of a search or list call and the item places they bound (consistency.filter).
 *
 * - A city (city, location, destination, near.city) the table knows: an item whose city,
 *   or whose address's last parts, name another city of the table farther than the radius
 *   asked (or CITY_KM without one) is outside it. Homonyms (Paris, Texas) are not judged.
 * - A country (country, country_code, near.country_code): an item's country or
 *   country_code, read as a code, is that country.
 * - Coordinates with a radius (near: {latitude, longitude, radius_m}, or at the top): an
 *   item's coordinates, or its distance_m / distance_km / distance_miles, are within it
 *   (with a tenth of slack: services round).
 */
import type { ItemTest, Obj } from './consistency-site.js';
import { cityOf, countryOf, distanceKm, isHomonym } from './consistency-geo.js';
import { coordsOf } from './consistency-place.js';

/** How far an item's city may be from the city asked when no radius is given (metro areas). */
const CITY_KM = 150;
const KM: Record<string, number> = { radius_m: 0.001, radius_meters: 0.001, radius_km: 1, radius_miles: 1.609344, radius_mi: 1.609344 };
const DISTANCE: readonly [string, number][] = [['distance_m', 0.001], ['distance_km', 1], ['distance_miles', 1.609344], ['distance_mi', 1.609344]];
const ADDRESS = ['address', 'formatted_address', 'full_address', 'location', 'place'];

/** A radius in km an object states, or undefined. */
function radiusKm(o: Obj): number | undefined {
  for (const k in KM) {
    const r = o[k];
    if (typeof r === 'number' && r > 0) return r * KM[k];
  }
  return undefined;
}

/** The table city an item names: its city field, or the last parts of its address. */
function itemCity(item: Obj): [string, string] | undefined {
  if (typeof item.city === 'string') return cityOf(item.city) ? ['city', item.city] : undefined;
  for (const k of ADDRESS) {
    const a = item[k];
    if (typeof a !== 'string' || !a.includes(',')) continue;
    const parts = a.split(',').map((p) => p.trim());
    for (const p of parts.slice(-2)) if (cityOf(p)) return [k, a];
  }
  return undefined;
}

function cityOfItem(item: Obj): ReturnType<typeof cityOf> {
  const c = itemCity(item);
  if (!c) return undefined;
  if (c[0] === 'city') return cityOf(c[1]);
  const parts = c[1].split(',').map((p) => p.trim());
  return parts.slice(-2).map((p) => cityOf(p)).find((x) => x !== undefined);
}

/** The first named argument that is a string `ok` accepts, as [name, value]. */
function named(candidates: readonly [string, unknown][], ok: (v: string) => boolean): [string, string] | undefined {
  for (const [k, v] of candidates) if (typeof v === 'string' && ok(v)) return [k, v];
  return undefined;
}

/** Arguments that may state a place; a call with none of them has no place filter. */
const PLACE_ARGS = ['city', 'location', 'destination', 'near', 'center', 'circle', 'country', 'country_code', 'latitude', 'lat', ...Object.keys(KM)];
const NONE: ItemTest[] = [];

export function placeFilters(args: Obj): ItemTest[] {
  if (!PLACE_ARGS.some((k) => k in args)) return NONE;
  const tests: ItemTest[] = [];
  const near = [args.near, args.center, args.circle, args.location].find((x): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x));
  // A city asked for.
  const cityArg = named([['city', args.city], ['location', args.location], ['destination', args.destination], ['near.city', near?.city]], (v) => cityOf(v) !== undefined);
  const radius = (near && radiusKm(near)) ?? radiusKm(args);
  const countryArg = named([['country_code', args.country_code], ['country', args.country], ['near.country_code', near?.country_code]], (v) => countryOf(v) !== undefined);
  if (cityArg) {
    const asked = cityOf(cityArg[1])!;
    const within = Math.max(radius ?? 0, CITY_KM);
    // A name shared with a place elsewhere is told apart only by the country asked with it.
    if (!isHomonym(asked) || (countryArg !== undefined && countryOf(countryArg[1]) === asked.country)) {
      tests.push((item) => {
        const c = cityOfItem(item);
        if (!c || isHomonym(c) || c === asked) return undefined;
        const d = distanceKm(asked.lat, asked.lon, c.lat, c.lon);
        const [k, v] = itemCity(item)!;
        return d > within ? `${k} = ${JSON.stringify(v)} is ${Math.round(d)} km from ${cityArg[0]} = ${cityArg[1]}` : undefined;
      });
    }
  }
  // A country asked for.
  if (countryArg) {
    const want = countryOf(countryArg[1])!;
    tests.push((item) => {
      for (const k of ['country_code', 'country']) {
        const v = item[k];
        const got = typeof v === 'string' ? countryOf(v) : undefined;
        if (got !== undefined && got !== want) return `${k} = ${JSON.stringify(v)} is not ${countryArg[0]} = ${countryArg[1]}`;
      }
      return undefined;
    });
  }
  // Coordinates and a radius.
  const center = (near && coordsOf(near)) ?? coordsOf(args);
  if (radius !== undefined) {
    const max = radius * 1.1 + 0.5;
    tests.push((item) => {
      for (const [k, f] of DISTANCE) {
        const v = item[k];
        if (typeof v === 'number' && v * f > max) return `${k} = ${v} is beyond the radius asked (${Math.round(radius * 100) / 100} km)`;
      }
      const at = center && coordsOf(item);
      if (center && at) {
        const d = distanceKm(center[0], center[1], at[0], at[1]);
        if (d > max) return `its coordinates (${at[0]}, ${at[1]}) are ${Math.round(d)} km from the centre asked, beyond the radius (${Math.round(radius * 100) / 100} km)`;
      }
      return undefined;
    });
  }
  return tests;
}
