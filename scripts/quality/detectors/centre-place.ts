/**
 * Class 50: a place far from the centre searched around: earthquakes "around -6.2, 106.8 within
 * 233 km" placed in Budapest. Judged on searches with a centre (latitude and longitude among the
 * arguments) whose listed items name a city of the tables (a place, location or city field,
 * or an address ending in one): the city is within the radius (or 300 km) of the centre.
 */
import { geoTables, kmBetween } from '../../../core/geo.js';
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, leaves, objects, show, words } from '../fields.js';

const PLACE = /^(place|location|location_name|city|town|locality|nearest_city)$/;

function centreOf(args: unknown): { lat: number; lon: number; km: number } | undefined {
  let lat: number | undefined;
  let lon: number | undefined;
  let km = 0;
  for (const l of leaves(args)) {
    const w = words(l.key).join('_');
    if (typeof l.value !== 'number') continue;
    if (/^(lat|latitude)$/.test(w)) lat = l.value;
    else if (/^(lon|lng|longitude)$/.test(w)) lon = l.value;
    else if (/radius/.test(w)) km = /mi(les)?$/.test(w) ? l.value * 1.609 : /(^|_)m$|meters/.test(w) ? l.value / 1000 : l.value;
  }
  return lat !== undefined && lon !== undefined ? { lat, lon, km } : undefined;
}

export const centrePlace: Detector = {
  key: 'centre-place',
  title: 'an item of a search around a point placed in a far city',
  check: (view) =>
    judgeAll(
      view.calls.flatMap((call) => {
        const c = call.failed ? undefined : centreOf(call.args);
        return c ? [...objects(call.result)].map((o) => ({ call, c, ...o })) : [];
      }),
      ({ call, c, object, path }) => {
        const k = Object.keys(object).find((x) => PLACE.test(words(x).join('_')) && typeof object[x] === 'string');
        if (!k) return undefined;
        const v = object[k] as string;
        const city = geoTables().cityByName.get((v.includes(',') ? v.slice(v.lastIndexOf(',') + 1) : v).replace(/^.* of /, '').trim().toLowerCase());
        if (!city) return undefined;
        const km = kmBetween(city, c);
        return finding(km > Math.max(300, c.km + 100) ? `${fieldAt(call, path, k)} ${show(v)} is ${Math.round(km)} km from the centre searched (${c.lat}, ${c.lon})` : undefined);
      },
    ),
};
