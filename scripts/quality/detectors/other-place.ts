/**
 * Class 41: a result about another place than the one asked: tours of Vienna titled "Half-day
 * museum visit around Beijing", the hourly outlook of Tokyo's coordinates in the time zone
 * Africa/Casablanca. Judged on the results of calls that name one city of the tables where they
 * say where they are about (a destination, a city, a location...; a trip between two may rightly
 * name a third): no text of the result (every string but places, people and identifiers) names
 * another city of the tables; and on objects of
 * results holding coordinates and a time zone but no city: the zone is the one of the city the
 * point lies in (within 50 km of a city of the tables).
 */
import { cityNear, geoTables, type City } from '../../../core/geo.js';
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { callLeaves, callObjects, fieldAt, show, words, type CallLeaf } from '../fields.js';
import type { CallView } from '../record-view.js';

const WHERE = /^(destination|city|location|place|near|where|town|area|locality|origin|from|departure|pickup)$/;
/** Fields that are places, people or codes, whose value may rightly be another city's name. */
const NOT_TEXT = /^(city|country|state|region|origin|destination|airport|location|address|venue|station|from|to|hub|home|away|via|stop|stops|first|last|full|given|family|agent|author|guide|host|contact|owner|person|user|customer|driver|doctor|artist|player|coach|manager|sender|recipient|team|id|code|url|email|timezone|zone|tz)$/;

let names: RegExp | undefined;
/** The tables' cities as whole words (Nice aside: a plain word too), unless a capitalised word follows (Paris Hilton). */
const cityWords = (): RegExp =>
  (names ??= new RegExp(
    `\\b(${geoTables()
      .cities.map((c) => c.name)
      .filter((n) => n !== 'Nice')
      .sort((a, b) => b.length - a.length)
      .join('|')})\\b(?! [A-Z][a-z])`,
    'g',
  ));

function askedCities(call: CallView, leaves: readonly CallLeaf[]): Set<string> {
  const asked = new Set<string>();
  for (const l of leaves) {
    if (l.call !== call || l.side !== 'args' || typeof l.value !== 'string') continue;
    const w = words(l.key);
    const c = l.value.split(',').map((part) => geoTables().cityByName.get(part.trim().toLowerCase())).find((x) => x !== undefined);
    if (c && w.some((x) => WHERE.test(x))) asked.add(c.name);
  }
  return asked;
}

function textOfAnotherPlace(call: CallView, leaves: readonly CallLeaf[], asked: ReadonlySet<string>): Finding | undefined {
  if (asked.size !== 1 || call.failed) return undefined;
  for (const l of leaves) {
    if (l.call !== call || l.side !== 'result' || typeof l.value !== 'string' || words(l.key).some((x) => NOT_TEXT.test(x))) continue;
    for (const m of l.value.matchAll(cityWords())) {
      if (!asked.has(m[1])) return finding(`${call.name}: ${l.path} ${show(l.value)} names ${m[1]}, the call asks ${[...asked].join(' and ')}`);
    }
  }
  return finding(undefined);
}

const ZONE_KM = 50;

const nearest = (point: { lat: number; lon: number }): City | undefined => cityNear(point, ZONE_KM);

export const otherPlace: Detector = {
  key: 'other-place',
  title: 'a result about another place than asked (a tour of Vienna around Beijing)',
  check(view) {
    const leaves = [...callLeaves(view)];
    const texts = judgeAll(view.calls, (call) => textOfAnotherPlace(call, leaves, askedCities(call, leaves)));
    if (texts?.defect) return texts;
    const zones = judgeAll(callObjects(view), ({ object, path, call, side }) => {
      if (side !== 'result') return undefined;
      const keys = Object.keys(object);
      const zone = keys.find((k) => /^(timezone|time_zone|tz)$/.test(words(k).join('_')) && typeof object[k] === 'string' && (object[k] as string).includes('/'));
      const lat = keys.find((k) => /^(lat|latitude)$/.test(k.toLowerCase()) && typeof object[k] === 'number');
      const lon = keys.find((k) => /^(lon|lng|longitude)$/.test(k.toLowerCase()) && typeof object[k] === 'number');
      if (!zone || !lat || !lon || keys.some((k) => words(k).includes('city'))) return undefined;
      const city = nearest({ lat: object[lat] as number, lon: object[lon] as number });
      if (!city) return undefined;
      return finding(city.timeZone === object[zone] ? undefined : `${fieldAt(call, path, zone)} ${show(object[zone])} at the coordinates of ${city.name} (${city.timeZone})`);
    });
    return zones?.defect ? zones : (texts ?? zones);
  },
};
