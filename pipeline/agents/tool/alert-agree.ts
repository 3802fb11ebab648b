/**
 * Weather alerts that say what they are: an alert's headline names its own hazard ("heat" is a
 * heat warning, not a thunderstorm watch), its level follows its severity (advisory, watch,
 * warning), and it is for the place the call asked about (the region, the city, or a city of the
 * country asked), as are its areas; its issuer is that country's weather service. Applied to the
 * items of an alerts tool's lists that hold a hazard (event, event_type, type, hazard) and a
 * headline; a headline of another shape is left as drawn.
 */
import { geoTables } from '../../../core/geo.js';
import type { ItemWorld } from '../../../core/plan.js';

type Obj = Record<string, unknown>;

const HAZARD_NAME: Readonly<Record<string, string>> = {
  heat: 'Heat', flood: 'Flood', tornado: 'Tornado', ice: 'Ice storm', wind: 'High wind', thunderstorm: 'Thunderstorm', snow: 'Winter storm', winter: 'Winter storm',
  fog: 'Dense fog', frost: 'Frost', hurricane: 'Hurricane', wildfire: 'Red flag', fire: 'Red flag', storm: 'Storm', cold: 'Extreme cold', tsunami: 'Tsunami', dust: 'Dust storm', avalanche: 'Avalanche',
};
const LEVEL: Readonly<Record<string, string>> = { minor: 'advisory', moderate: 'watch', severe: 'warning', extreme: 'warning' };
const ISSUER: Readonly<Record<string, string>> = {
  US: 'National Weather Service', GB: 'Met Office', CA: 'Environment Canada', AU: 'Bureau of Meteorology', DE: 'Deutscher Wetterdienst', FR: 'Météo-France', ES: 'AEMET',
  IT: 'Aeronautica Militare', NL: 'KNMI', JP: 'Japan Meteorological Agency', IN: 'India Meteorological Department', CN: 'China Meteorological Administration', BR: 'INMET',
  MX: 'Servicio Meteorológico Nacional', ZA: 'South African Weather Service', NZ: 'MetService', IE: 'Met Éireann', NO: 'MET Norway', SE: 'SMHI', FI: 'Finnish Meteorological Institute',
  DK: 'DMI', PL: 'IMGW', AT: 'GeoSphere Austria', CH: 'MeteoSwiss', BE: 'RMI', PT: 'IPMA', KR: 'Korea Meteorological Administration', AR: 'SMN Argentina', PH: 'PAGASA',
};
const SHAPE = /^(.+?) (warning|watch|advisory) in effect (.+?) for (.+?) and surrounding areas$/;
const HAZARD_KEYS = ['event', 'event_type', 'type', 'hazard', 'hazard_type'];

/** The place the call asks about, and its country. */
function askedPlace(args: Readonly<Obj>, world: ItemWorld): { place: string; country?: string } | undefined {
  const g = geoTables();
  const code = [args.country_code, args.country].find((v): v is string => typeof v === 'string' && /^[A-Za-z]{2}$/.test(v))?.toUpperCase();
  const named = [args.region, args.area, args.state, args.province, args.city, args.location].find((v): v is string => typeof v === 'string' && /^[\p{L} .'-]{2,40}$/u.test(v));
  if (named) return { place: named, ...(code ? { country: code } : {}) };
  if (!code) return undefined;
  if (code === world.locale.country) return { place: world.locale.city, country: code };
  const city = g.cities.find((c) => c.country === code);
  return city ? { place: city.name, country: code } : { place: g.countryByCode.get(code)?.name ?? code, country: code };
}

export function alignAlerts(result: Obj, tool: string, args: Readonly<Obj>, world: ItemWorld): void {
  if (!/alert|warning/.test(tool)) return;
  const asked = askedPlace(args, world);
  for (const key in result) {
    const list = result[key];
    if (!Array.isArray(list)) continue;
    for (const it of list) {
      if (it === null || typeof it !== 'object' || Array.isArray(it)) continue;
      const o = it as Obj;
      if (typeof o.headline !== 'string') continue;
      const m = SHAPE.exec(o.headline);
      if (!m) continue;
      const hk = HAZARD_KEYS.find((k) => typeof o[k] === 'string');
      // "flood_warning" is a flood; a bare level ("warning") names no hazard.
      const said = hk ? String(o[hk]).toLowerCase().replace(/[_-]+/g, ' ').replace(/\s*\b(warning|watch|advisory|alert|statement)$/, '').trim() : '';
      const hazard = said === '' || said.length > 30 ? undefined : said;
      const name = hazard === undefined ? m[1] : (HAZARD_NAME[hazard] ?? hazard.charAt(0).toUpperCase() + hazard.slice(1));
      const level = (typeof o.severity === 'string' ? LEVEL[o.severity] : undefined) ?? m[2];
      const place = asked?.place ?? m[4];
      o.headline = `${name} ${level} in effect ${m[3]} for ${place} and surrounding areas`;
      if (asked && Array.isArray(o.areas) && o.areas.every((a) => typeof a === 'string')) o.areas = [asked.place];
      if (asked?.country && typeof o.issuer === 'string') {
        o.issuer = ISSUER[asked.country] ?? `${geoTables().countryByCode.get(asked.country)?.name ?? asked.country} weather service`;
      }
    }
  }
}
