/**
 * Class 79: a reverse geocode naming a place that is not at the point: "7th Avenue" at Berlin's
 * coordinates, a country code US for a point in Zurich. Judged on calls of tools that name what
 * is at a point (reverse geocoding) whose arguments hold coordinates within 40 km of a city of
 * the tables: a country code of the result must be that city's country, and a street name in a
 * country that does not write its streets in English must not be an English one (Avenue,
 * Street, Close, Road, Lane, Drive...).
 */
import { geoTables, kmBetween } from '../../../core/geo.js';
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';

/** Street words only English uses ("Avenue", "Boulevard" and "Place" are French too), or a numbered avenue. */
const ENGLISH_STREET = /\b(Street|St|Close|Road|Rd|Lane|Drive|Court|Way|Terrace|Crescent|Skyway|Shoals|Glen|Dale|Fork)\b|\b\d+(st|nd|rd|th) Avenue\b/;
/** Languages whose countries do not name streets in English. */
const NOT_ENGLISH = new Set(['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sv', 'da', 'no', 'nb', 'fi', 'ja', 'ko', 'zh', 'tr', 'ru']);

export const pointPlace: Detector = {
  key: 'point-place',
  title: 'a reverse geocode naming a place that is not at the point ("7th Avenue" in Berlin)',
  check: (view) => {
    const g = geoTables();
    return judgeAll(view.calls, (call) => {
      if (call.failed || !/reverse|geocod/.test(call.name)) return undefined;
      const lat = ['latitude', 'lat'].map((k) => call.args[k]).find((v): v is number => typeof v === 'number');
      const lon = ['longitude', 'lon', 'lng'].map((k) => call.args[k]).find((v): v is number => typeof v === 'number');
      if (lat === undefined || lon === undefined) return undefined;
      const city = g.cities.find((c) => kmBetween({ lat, lon }, c) <= 40);
      if (!city) return undefined;
      const language = g.countryByCode.get(city.country)?.language;
      return judgeAll(resultObjects({ ...view, calls: [call] }), ({ object, path }) => {
        for (const [k, v] of Object.entries(object)) {
          if (typeof v !== 'string') continue;
          if (/^(country_code|countrycode|country)$/.test(k) && v.length === 2 && v !== city.country) return finding(`${fieldAt(call, path, k)} ${v} at a point in ${city.name} (${city.country})`);
          if (/^(name|street|road|formatted_address|display_name|address)$/.test(k) && language && NOT_ENGLISH.has(language) && ENGLISH_STREET.test(v)) return finding(`${fieldAt(call, path, k)} "${v}" at a point in ${city.name}`);
        }
        return finding(undefined);
      });
    });
  },
};
