/**
 * The real-world tables (core/geo.ts) as the consistency rules ask them: is a code real,
 * which country a name or code means, where a city is, how far apart two places are, and
 * whether two time zones keep the same hours. Everything a rule asks twice is cached.
 *
 * Only what the tables know is judged: a city the table does not list is never wrong, and
 * an airport code outside the table's ~100 airports is not called invalid (there are
 * thousands). A city name that is also a well-known city elsewhere (Paris, Texas; London,
 * Ontario) is accepted in those countries too (HOMONYMS).
 */
import { geoTables, type City } from '../../core/geo.js';
import { cached } from './consistency-names.js';

/** Codes that are not ISO 3166-1 but that every API uses: the UK, the EU, Kosovo. */
const EXTRA_COUNTRIES = new Set(['UK', 'EU', 'XK']);
/** Deprecated ISO 639-1 codes still in use (Hebrew, Indonesian, Yiddish, Javanese, Moldavian, Serbo-Croatian), and TMDB's "xx" (no language). */
const EXTRA_LANGUAGES = new Set(['iw', 'in', 'ji', 'jw', 'mo', 'sh', 'xx']);
/** Currencies outside ISO 4217 that APIs quote: offshore yuan, crown dependencies' pounds, common crypto. */
const EXTRA_CURRENCIES = new Set(['CNH', 'GGP', 'JEP', 'IMP', 'BTC', 'ETH', 'LTC', 'XRP', 'SOL', 'ADA', 'DOT', 'BNB', 'XLM', 'XMR', 'TRX']);
/** US territories and military "states" of USPS addresses, and "US" for a national total. */
const EXTRA_STATES = new Set(['PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'AA', 'AE', 'AP', 'US']);

/** Cities of the table whose name is also a well-known place in another country (or US state). */
const HOMONYMS: Record<string, readonly string[]> = {
  paris: ['US', 'CA'], london: ['CA', 'US'], rome: ['US'], athens: ['US'], lima: ['US'], dublin: ['US'], vancouver: ['US'],
  manchester: ['US'], naples: ['US'], melbourne: ['US'], florence: ['US'], rotterdam: ['US'], vienna: ['US'], boston: ['GB'],
  perth: ['GB'], sydney: ['CA'], guadalajara: ['ES'], valencia: ['VE', 'US'], santiago: ['ES', 'DO', 'PH', 'CU'], lagos: ['PT'],
  portland: ['US:ME'], austin: ['US:MN'], 'san jose': ['CR'],
};

export function isCountryCode(v: string): boolean {
  const u = v.toUpperCase();
  return geoTables().countryByCode.has(u) || EXTRA_COUNTRIES.has(u);
}

export function isCurrencyCode(v: string): boolean {
  const u = v.toUpperCase();
  return geoTables().currencyByCode.has(u) || EXTRA_CURRENCIES.has(u) || intlCurrencies().has(u);
}

let intlCurrencySet: ReadonlySet<string> | undefined;
function intlCurrencies(): ReadonlySet<string> {
  return (intlCurrencySet ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []));
}

export function isUsState(v: string): boolean {
  return geoTables().usStateByCode.has(v) || EXTRA_STATES.has(v);
}

/**
 * A language tag whose language is ISO 639-1 and whose region, if a two-letter one, is a
 * country; undefined when it is not a tag this check reads (a three-letter language, a name
 * such as "English", "auto"): such values are not judged.
 */
export function languageTagValid(v: string): boolean | undefined {
  const parts = v.split(/[-_]/);
  const lang = parts[0];
  if (!/^[A-Za-z]{2}$/.test(lang)) return undefined;
  const l = lang.toLowerCase();
  if (!geoTables().languageByCode.has(l) && !EXTRA_LANGUAGES.has(l)) return false;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    if (/^[A-Za-z]{2}$/.test(p)) return isCountryCode(p);
    if (!/^([A-Za-z]{4}|\d{3})$/.test(p)) return true; // variants and extensions: not judged
  }
  return true;
}

/** Valid IANA zone names: the table's and those Intl accepts (aliases such as Asia/Calcutta). */
export const isTimeZone = cached((v: string): boolean => {
  if (geoTables().timeZones.has(v)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: v });
    return true;
  } catch {
    return false;
  }
});

/** The alpha-2 code a country code or English name means, or undefined. */
export const countryOf = cached((v: string): string | undefined => {
  const t = v.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return isCountryCode(t) ? (t.toUpperCase() === 'UK' ? 'GB' : t.toUpperCase()) : undefined;
  const g = geoTables();
  const l = t.toLowerCase();
  const byName = g.countryByName.get(l);
  if (byName) return byName.code;
  if (/^(usa|united states( of america)?|u\.s\.a?\.?|america)$/.test(l)) return 'US';
  if (/^(uk|united kingdom|great britain|britain|england|scotland|wales)$/.test(l)) return 'GB';
  return undefined;
});

/** The table's city a value names ("Lyon", "lyon", "Lyon, France" by its first part), or undefined. */
export const cityOf = cached((v: string): City | undefined => {
  const g = geoTables();
  const t = v.trim().toLowerCase();
  return g.cityByName.get(t) ?? (t.includes(',') ? g.cityByName.get(t.slice(0, t.indexOf(',')).trim()) : undefined);
});

/** Is `country` (alpha-2) a country where a place called `city` is: the table's, or a homonym's. */
export function cityInCountry(city: City, country: string): boolean {
  if (city.country === country) return true;
  return (HOMONYMS[city.name.toLowerCase()] ?? []).some((h) => h === country || h.startsWith(`${country}:`));
}

/** Is `state` (a US state code) where a US city called `city` is. */
export function cityInState(city: City, state: string): boolean {
  if (city.state === undefined || city.state === state) return true;
  return (HOMONYMS[city.name.toLowerCase()] ?? []).includes(`US:${state}`);
}

/** Is the name shared with a well-known place elsewhere (its country or coordinates do not tell it apart). */
export function isHomonym(city: City): boolean {
  return city.name.toLowerCase() in HOMONYMS;
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const PROBES = [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)];

/** A zone's UTC offsets in January and July ("+01:00|+02:00"), or undefined for an unknown zone. */
const offsetsOf = cached((zone: string): string | undefined => {
  if (!isTimeZone(zone)) return undefined;
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  return PROBES.map((t) => f.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? '').join('|');
});

/** Do two zones keep different hours (different offsets in winter or summer)? False when either is unknown. */
export function zonesDiffer(a: string, b: string): boolean {
  if (a === b) return false;
  const oa = offsetsOf(a);
  const ob = offsetsOf(b);
  return oa !== undefined && ob !== undefined && oa !== ob;
}
