/**
 * Class 108: comparables away from what they are compared with: the comparable sales of a Warsaw
 * flat in Beijing and Amsterdam. Judged on results listing comparables (comparables, comps,
 * comparable_sales, similar_properties...) whose items give an address "street, City" naming a
 * city of the geographic tables: all of them must be in one city, and in the subject's city when
 * the result gives the subject's address or an earlier result of the record gave one for the id
 * the call asks about.
 */
import { geoTables } from '../../../core/geo.js';
import { finding, type Detector } from '../detector.js';
import { objects, words } from '../fields.js';
import { isObject, type CallView, type RecordView } from '../record-view.js';

const COMPS = /^(comparables|comps|comparable_sales|comparable_properties|similar_properties|recent_sales|nearby_sales)$/;

const cityOf = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const parts = v.split(', ');
  return parts.length >= 2 ? geoTables().cityByName.get(parts[1].toLowerCase())?.name : undefined;
};
const addressOf = (o: Readonly<Record<string, unknown>>): string | undefined => {
  const k = Object.keys(o).find((x) => words(x).includes('address'));
  return k === undefined ? undefined : cityOf(o[k]);
};

/** The city an earlier call's result gave the thing with id `id`. */
function knownCity(calls: readonly CallView[], before: number, id: string): string | undefined {
  for (const c of calls.slice(0, before)) {
    if (c.failed) continue;
    for (const { object } of objects(c.result)) {
      if (Object.entries(object).some(([k, v]) => v === id && words(k).at(-1) === 'id')) {
        const city = addressOf(object);
        if (city) return city;
      }
    }
  }
  return undefined;
}

function check(view: RecordView) {
  let applies = false;
  for (const [i, call] of view.calls.entries()) {
    const r = call.result;
    if (call.failed || !isObject(r)) continue;
    for (const [k, list] of Object.entries(r)) {
      if (!COMPS.test(words(k).join('_')) || !Array.isArray(list)) continue;
      const cities = list.filter(isObject).map(addressOf).filter((c): c is string => c !== undefined);
      if (cities.length === 0) continue;
      applies = true;
      const distinct = [...new Set(cities)];
      if (distinct.length > 1) return finding(`${call.name}: ${k} in ${distinct.join(', ')}`);
      const ids = Object.entries(call.args).filter(([a, v]) => typeof v === 'string' && words(a).at(-1) === 'id').map(([, v]) => v as string);
      const subject = addressOf(r) ?? ids.map((id) => knownCity(view.calls, i, id)).find((c) => c !== undefined);
      if (subject !== undefined && subject !== distinct[0]) return finding(`${call.name}: ${k} in ${distinct[0]}, the subject in ${subject}`);
    }
  }
  return applies ? finding(undefined) : undefined;
}

export const comparablesPlace: Detector = {
  key: 'comparables-place',
  title: 'comparables in other cities than their subject (sales in Beijing and Amsterdam for a Warsaw flat)',
  check,
};
