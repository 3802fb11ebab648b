/**
 * Class 12: an object that names both a city and a country (city/country, origin_city/
 * origin_country...) where the city is one the tables know and the country (code or name)
 * is not the city's. Arguments and results alike, at any depth.
 */
import { geoTables } from '../../../core/geo.js';
import { CLEAN, finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { callObjects, show, words } from '../fields.js';
import { countryCode } from '../same-value.js';

/** The (city, country) field pairs of an object: the same prefix, then city and country. */
function pairs(o: Readonly<Record<string, unknown>>): [string, string][] {
  const cities = new Map<string, string>();
  const countries = new Map<string, string>();
  for (const k of Object.keys(o)) {
    const w = words(k);
    const last = w[w.length - 1];
    const at = last === 'name' || last === 'code' ? w.length - 2 : w.length - 1;
    const prefix = w.slice(0, at).join('_');
    if (w[at] === 'city' || w[at] === 'town') cities.set(prefix, k);
    if (w[at] === 'country') countries.set(prefix, k);
  }
  return [...cities].flatMap(([prefix, city]) => (countries.has(prefix) ? [[city, countries.get(prefix)!] as [string, string]] : []));
}

/** An object's city against its country; undefined when it holds no pair the tables can judge. */
export function cityCountryMismatch(o: Readonly<Record<string, unknown>>): Finding | undefined {
  let checked = false;
  for (const [cityKey, countryKey] of pairs(o)) {
    const city = o[cityKey];
    const country = o[countryKey];
    if (typeof city !== 'string' || typeof country !== 'string') continue;
    const known = geoTables().cityByName.get(city.trim().toLowerCase());
    const code = countryCode(country);
    if (!known || !code) continue;
    checked = true;
    if (known.country !== code) return finding(`${cityKey} ${show(city)} is in ${known.country}, ${countryKey} says ${show(country)}`);
  }
  return checked ? CLEAN : undefined;
}

export const cityCountry: Detector = {
  key: 'city-country',
  title: 'city and country do not match',
  check: (view) =>
    judgeAll(
      callObjects(view),
      ({ call, side, object }) => {
        const f = cityCountryMismatch(object);
        return f?.defect ? finding(`${call.name} ${side}: ${f.defect}`) : f;
      },
    ),
};
