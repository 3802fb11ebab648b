/**
 * Real-world tables every stage agrees on: ISO 3166 countries, ISO 639-1 languages, ISO 4217
 * currencies, IANA time zones, US states, IATA airports, cities with their country, time
 * zone and coordinates, listed companies with their tickers, and airlines with their IATA codes. The planner draws values
 * from them and the verifier checks values against them; the look-ups by name serve implied
 * values ("Germany" for DE), so a name two entries share finds neither. Data files in
 * core/data/, read once when first needed.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

export interface Country {
  readonly code: string;
  readonly name: string;
  /** Where a city of the table is in it: its currency, main language and units. */
  readonly currency?: string;
  readonly language?: string;
  readonly units?: 'metric' | 'imperial';
  /** The international calling code, digits only (33 for France). */
  readonly callingCode?: string;
}
export interface City {
  readonly name: string;
  /** ISO 3166-1 alpha-2 */
  readonly country: string;
  readonly timeZone: string;
  readonly lat: number;
  readonly lon: number;
  /** US cities: the state's code. */
  readonly state?: string;
  /** The first-level division it is in: a US state's, a Canadian province's, a German Land's name. */
  readonly region: string;
  /** Mean air temperature in °C of January and of July (climate normals, rounded to the half degree). */
  readonly climate: readonly [number, number];
}
export interface Coded {
  readonly code: string;
  readonly name: string;
}
export interface Airport {
  readonly code: string;
  readonly city: string;
  readonly country: string;
}

/** A listed company: its ticker and the names people call it by. */
export interface Company {
  readonly ticker: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}

/** An airline and its two-character IATA designator (the prefix of its flight numbers). */
export interface Airline {
  readonly name: string;
  readonly code: string;
}

export interface Geo {
  readonly countries: readonly Country[];
  readonly countryByCode: ReadonlyMap<string, Country>;
  readonly countryByName: ReadonlyMap<string, Country>;
  readonly cities: readonly City[];
  readonly cityByName: ReadonlyMap<string, City>;
  readonly languages: readonly Coded[];
  readonly languageByCode: ReadonlyMap<string, Coded>;
  readonly currencies: readonly Coded[];
  readonly currencyByCode: ReadonlyMap<string, Coded>;
  readonly usStates: readonly Coded[];
  readonly usStateByCode: ReadonlyMap<string, Coded>;
  readonly airports: readonly Airport[];
  readonly airportByCode: ReadonlyMap<string, Airport>;
  /** The airports of a city of the table, by the city's name (lower case). */
  readonly airportsByCity: ReadonlyMap<string, readonly Airport[]>;
  /**
   * Every airport with scheduled passenger flights a reader may take a city's name for, by the
   * city's name (lower case): the table's and the second airports values are not drawn from
   * (Chicago's Midway beside O'Hare). A city names its airport only when it has one here.
   */
  readonly passengerAirportsByCity: ReadonlyMap<string, readonly Airport[]>;
  readonly timeZones: ReadonlySet<string>;
  readonly companies: readonly Company[];
  readonly companyByTicker: ReadonlyMap<string, Company>;
  /** Look-ups by lower-case name, for names that name one entry only. */
  readonly languageByName: ReadonlyMap<string, Coded>;
  readonly currencyByName: ReadonlyMap<string, Coded>;
  readonly usStateByName: ReadonlyMap<string, Coded>;
  /** A company by its name or any alias. */
  readonly companyByName: ReadonlyMap<string, Company>;
  readonly airlineByName: ReadonlyMap<string, Airline>;
  readonly airlineByCode: ReadonlyMap<string, Airline>;
}

let geo: Geo | undefined;

function read<T>(name: string): T {
  return JSON.parse(readFileSync(packagePath('core', 'data', name), 'utf8')) as T;
}

const byKey = <T>(list: readonly T[], key: (t: T) => string): ReadonlyMap<string, T> => new Map(list.map((t) => [key(t), t]));

function groupBy<T>(list: readonly T[], key: (t: T) => string): ReadonlyMap<string, readonly T[]> {
  const out = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = out.get(k);
    if (group) group.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** Entries by every lower-case name `names` gives them; a name of two entries is left out (it names neither). */
function byUniqueName<T>(list: readonly T[], names: (t: T) => readonly string[]): ReadonlyMap<string, T> {
  const out = new Map<string, T | null>();
  for (const t of list) {
    for (const n of names(t)) {
      const k = n.toLowerCase();
      const had = out.get(k);
      out.set(k, had === undefined || had === t ? t : null);
    }
  }
  for (const [k, v] of out) if (v === null) out.delete(k);
  return out as Map<string, T>;
}

export function geoTables(): Geo {
  if (geo) return geo;
  const countries = read<Country[]>('countries.json');
  const cities = read<City[]>('cities.json');
  const languages = read<Coded[]>('languages.json');
  const currencies = read<Coded[]>('currencies.json');
  const usStates = read<Coded[]>('us-states.json');
  const airports = read<Airport[]>('airports.json');
  const companies = read<Company[]>('companies.json');
  const airlines = read<Airline[]>('airlines.json');
  geo = {
    countries,
    countryByCode: byKey(countries, (c) => c.code),
    countryByName: byKey(countries, (c) => c.name.toLowerCase()),
    cities,
    cityByName: byKey(cities, (c) => c.name.toLowerCase()),
    languages,
    languageByCode: byKey(languages, (l) => l.code),
    currencies,
    currencyByCode: byKey(currencies, (c) => c.code),
    usStates,
    usStateByCode: byKey(usStates, (s) => s.code),
    airports,
    airportByCode: byKey(airports, (a) => a.code),
    airportsByCity: groupBy(airports, (a) => a.city.toLowerCase()),
    passengerAirportsByCity: groupBy([...airports, ...read<Airport[]>('airports-secondary.json')], (a) => a.city.toLowerCase()),
    timeZones: new Set(read<string[]>('time-zones.json')),
    companies,
    companyByTicker: byKey(companies, (c) => c.ticker),
    languageByName: byUniqueName(languages, (l) => [l.name]),
    currencyByName: byUniqueName(currencies, (c) => [c.name]),
    usStateByName: byUniqueName(usStates, (s) => [s.name]),
    companyByName: byUniqueName(companies, (c) => [c.name, ...(c.aliases ?? [])]),
    airlineByName: byUniqueName(airlines, (a) => [a.name]),
    airlineByCode: byKey(airlines, (a) => a.code),
  };
  return geo;
}

/** A BCP 47 tag whose language is ISO 639-1 and region (if any) ISO 3166: en, pt-BR, zh-Hant-TW. */
export function isLanguageTag(tag: string): boolean {
  const m = /^([a-z]{2})(?:[-_]([A-Z][a-z]{3}))?(?:[-_]([A-Z]{2}))?$/.exec(tag);
  if (!m) return false;
  const g = geoTables();
  return g.languageByCode.has(m[1]) && (m[3] === undefined || g.countryByCode.has(m[3]));
}

/** Great-circle distance in km between two points given in decimal degrees. */
export function kmBetween(a: { readonly lat: number; readonly lon: number }, b: { readonly lat: number; readonly lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** The city of the tables nearest to `point`, when one is within `maxKm`. */
export function cityNear(point: { readonly lat: number; readonly lon: number }, maxKm: number): City | undefined {
  let near: City | undefined;
  let best = maxKm;
  for (const c of geoTables().cities) {
    const km = kmBetween(point, c);
    if (km <= best) [near, best] = [c, km];
  }
  return near;
}

/** Where an IATA airport is: its city's centre, when the tables place the airport and its city. */
export function airportPlace(code: unknown): City | undefined {
  if (typeof code !== 'string') return undefined;
  const g = geoTables();
  const a = g.airportByCode.get(code.toUpperCase());
  return a ? g.cityByName.get(a.city.toLowerCase()) : undefined;
}

/** A country's international calling code ("34" for ES), when the tables hold it. */
export const callingCodeOf = (country: string): string | undefined => geoTables().countryByCode.get(country)?.callingCode;

let byCallingCode: Map<string, Country[]> | undefined;
/** The calling code an international number (+34 91 ...) starts with, the longest the tables hold, with its countries ("1": US and CA). */
export function callingCodeOfNumber(phone: string): { readonly code: string; readonly countries: readonly Country[] } | undefined {
  const digits = phone.replace(/[\s().-]/g, '');
  if (!/^\+\d{7,15}$/.test(digits)) return undefined;
  if (!byCallingCode) {
    byCallingCode = new Map();
    for (const c of geoTables().countries) if (c.callingCode) byCallingCode.set(c.callingCode, [...(byCallingCode.get(c.callingCode) ?? []), c]);
  }
  for (let n = 3; n >= 1; n--) {
    const countries = byCallingCode.get(digits.slice(1, 1 + n));
    if (countries) return { code: digits.slice(1, 1 + n), countries };
  }
  return undefined;
}
