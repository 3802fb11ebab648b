/**
 * Comparables are around what they are compared with: the recent sales a Warsaw flat is priced
 * against are Warsaw sales, not one in Beijing and one in Amsterdam. The subject's city is the
 * one its result states, the one an earlier result gave the subject (the entity memory), or else
 * the user's own; every comparable's address and city move there, the house number kept.
 */
import { geoTables, type City } from '../../../core/geo.js';
import type { ItemWorld } from '../../../core/plan.js';
import { localStreet } from '../../values/places.js';

type Obj = Record<string, unknown>;

/** Lists of sales or homes a subject is compared with. */
const COMPS_KEY = /^(comparables|comps|comparable_sales|comparable_properties|similar_properties|recent_sales|nearby_sales)$/;
/** Where the subject itself is, at the result's top. */
const SUBJECT_ADDRESS = /^(subject_address|subject_property_address|property_address|address)$/;
const ADDRESS_KEY = /^(address|full_address|street_address|formatted_address)$/;
const CITY_KEY = /^(city|town)$/;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The table city an address names after its street ("Rua Augusta 235, Warsaw[, Poland]"). */
export function cityOfAddress(a: unknown): City | undefined {
  if (typeof a !== 'string') return undefined;
  const parts = a.split(', ');
  return parts.length >= 2 ? geoTables().cityByName.get(parts[1].toLowerCase()) : undefined;
}

/** The comparables lists of a result (at its top). */
const compsOf = (result: unknown): Obj[][] =>
  isObj(result) ? Object.keys(result).filter((k) => COMPS_KEY.test(k) && Array.isArray(result[k])).map((k) => (result[k] as unknown[]).filter(isObj)) : [];

const addressCity = (o: Obj): City | undefined => {
  const k = Object.keys(o).find((x) => ADDRESS_KEY.test(x));
  return k === undefined ? undefined : cityOfAddress(o[k]);
};

/** Whether a comparable of `result` is placed in another city than `city`. */
export function comparablesAway(result: unknown, city: City): boolean {
  return compsOf(result).some((list) => list.some((o) => {
    const c = addressCity(o);
    const named = Object.keys(o).find((k) => CITY_KEY.test(k) && typeof o[k] === 'string');
    return (c !== undefined && c !== city) || (named !== undefined && o[named] !== city.name);
  }));
}

/** Every comparable of `result` moved to `city` (its address's street made the city's own). */
export function placeComparables(result: unknown, city: City): void {
  const country = geoTables().countryByCode.get(city.country)?.name;
  for (const list of compsOf(result)) {
    for (const o of list) {
      for (const k of Object.keys(o)) {
        const v = o[k];
        if (typeof v !== 'string') continue;
        if (CITY_KEY.test(k)) o[k] = city.name;
        else if (ADDRESS_KEY.test(k)) {
          const parts = v.split(', ');
          if (parts.length < 2 || cityOfAddress(v) === city) continue;
          const rest = parts.length >= 3 && country ? [country] : [];
          o[k] = [localStreet(parts[0], city), city.name, ...rest].join(', ');
        }
      }
    }
  }
}

/** The comparables of a result in the subject's city: the one the result states, else the user's. */
export function alignComparables(result: Obj, world: ItemWorld): void {
  if (compsOf(result).length === 0) return;
  const own = Object.keys(result).find((k) => SUBJECT_ADDRESS.test(k));
  const city = (own !== undefined ? cityOfAddress(result[own]) : undefined) ?? geoTables().cityByName.get(world.locale.city.toLowerCase());
  if (city) placeComparables(result, city);
}
