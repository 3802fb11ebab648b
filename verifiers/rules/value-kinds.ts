/**
 * What kind of thing a value is, and what kind a parameter holds, where either is plain: the
 * places, companies and currencies the tables know (core/geo.ts), years, dates, e-mail
 * addresses, links, units, colours and time zones. The role rule reads a country in `year`
 * and a year in `country` as swapped; the parallel coverage rule reads "Paris and Rome" as two
 * places.
 */
import { geoTables } from '../../core/geo.js';
import { tokenise } from './request-tokens.js';

export type Kind = 'place' | 'company' | 'year' | 'date' | 'time' | 'email' | 'url' | 'unit' | 'color' | 'currency' | 'timezone';

/** Which place a place is, where the tables or a parameter's name say so. */
export type PlaceKind = 'city' | 'country' | 'state';

let names: Map<string, Kind> | undefined;
/** Names the tables know (cities, countries, US states, companies, currencies), by their lower-case tokens joined by spaces (built once). */
export function namedKinds(): ReadonlyMap<string, Kind> {
  if (names) return names;
  const g = geoTables();
  const m = new Map<string, Kind>();
  const put = (name: string, k: Kind): void => {
    const key = tokenise(name).map((t) => t.t).join(' ');
    if (key !== '' && !m.has(key)) m.set(key, k);
  };
  for (const c of g.cities) put(c.name, 'place');
  for (const c of g.countries) put(c.name, 'place');
  for (const s of g.usStates) put(s.name, 'place');
  for (const c of g.companies) for (const n of [c.name, ...(c.aliases ?? [])]) put(n, 'company');
  for (const c of g.currencies) put(c.name, 'currency');
  for (const w of ['euro', 'euros', 'dollar', 'dollars', 'yen', 'pound', 'pounds', 'rupee', 'rupees', 'peso', 'pesos', 'franc', 'francs', 'yuan']) put(w, 'currency');
  return (names = m);
}

const YEAR = /^(1[89]|20|21)\d{2}$/;
/** A clock time: "12pm", "6:30 PM", "14:00", "9:15:30". */
const CLOCK = /^(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}(?::\d{2})?)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/;
/** Units and colours people name parameters for, by their lower-case names. */
const UNITS: ReadonlySet<string> = new Set([
  'meter', 'meters', 'metre', 'metres', 'm', 'km', 'kilometer', 'kilometers', 'cm', 'mm', 'mile', 'miles', 'feet', 'foot', 'ft', 'inch', 'inches', 'yard', 'yards',
  'gram', 'grams', 'g', 'kg', 'kilogram', 'kilograms', 'pound', 'pounds', 'lb', 'lbs', 'ounce', 'ounces', 'oz', 'ton', 'tons', 'liter', 'liters', 'litre', 'litres',
  'ml', 'gallon', 'gallons', 'celsius', 'fahrenheit', 'kelvin', 'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'metric', 'imperial',
]);
const COLORS: ReadonlySet<string> = new Set([
  'red', 'green', 'blue', 'yellow', 'black', 'white', 'purple', 'orange', 'pink', 'brown', 'gray', 'grey', 'navy', 'maroon', 'violet', 'indigo', 'cyan', 'magenta', 'gold', 'silver', 'beige', 'teal',
]);
const CODE3 = /^[A-Z]{3}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const URL = /^(https?:\/\/|www\.)/i;

/** The kind of a known name said at the start of a text, or of any of its comma-separated parts ("Manhattan, New York"). */
function namedKindOf(t: string): Kind | undefined {
  const table = namedKinds();
  for (const part of t.split(',')) {
    const toks = tokenise(part).map((x) => x.t);
    // The name alone, or before a word that says what it is ("New York City", "Santa Clara County").
    for (let n = toks.length; n >= Math.max(1, toks.length - 1); n--) {
      const k = table.get(toks.slice(0, n).join(' '));
      if (k) return k;
    }
  }
  return undefined;
}

/** The kind of a value, when it is plain. */
export function kindOfValue(v: unknown): Kind | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && YEAR.test(String(v)) ? 'year' : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (YEAR.test(t)) return 'year';
  if (DATE.test(t)) return 'date';
  if (CLOCK.test(t)) return 'time';
  if (EMAIL.test(t)) return 'email';
  if (URL.test(t)) return 'url';
  const lower = t.toLowerCase();
  if (UNITS.has(lower)) return 'unit';
  if (COLORS.has(lower)) return 'color';
  if (CODE3.test(t) && geoTables().currencyByCode.has(t)) return 'currency';
  if (t.includes('/') && geoTables().timeZones.has(t)) return 'timezone';
  // A country by its ISO code ("US", "JP"), written as codes are.
  if (CODE2.test(t) && geoTables().countryByCode.has(t)) return 'place';
  return namedKindOf(t);
}

/**
 * Which place a value names, when the tables know it as only one of a city, a country (by name
 * or ISO code) or a US state; undefined otherwise ("Georgia", "New York" are two).
 */
export function placeKindOfValue(v: unknown): PlaceKind | undefined {
  if (typeof v !== 'string') return undefined;
  const g = geoTables();
  const t = v.trim();
  const lower = t.toLowerCase();
  const found: PlaceKind[] = [];
  if (g.cityByName.has(lower)) found.push('city');
  if (g.countryByName.has(lower) || (CODE2.test(t) && g.countryByCode.has(t))) found.push('country');
  if (g.usStateByName.has(lower) || (CODE2.test(t) && g.usStateByCode.has(t))) found.push('state');
  return found.length === 1 ? found[0] : undefined;
}

/** Name words that say which place a parameter holds ("city", "country_code", "state"). */
const PLACE_PARAMS: ReadonlyMap<string, PlaceKind> = new Map([
  ['city', 'city'], ['town', 'city'], ['country', 'country'], ['nation', 'country'], ['state', 'state'], ['province', 'state'],
]);

/** Which place a parameter holds, by the words of its name, when one says it. */
export function placeKindOfParam(nameWords: readonly string[]): PlaceKind | undefined {
  let kind: PlaceKind | undefined;
  for (const w of nameWords) kind = PLACE_PARAMS.get(w) ?? kind;
  return kind;
}

/** Name words that say what kind a parameter holds. */
const PARAM_KINDS: ReadonlyMap<string, Kind> = new Map([
  ['city', 'place'], ['town', 'place'], ['country', 'place'], ['nation', 'place'], ['location', 'place'], ['region', 'place'], ['place', 'place'], ['county', 'place'],
  ['destination', 'place'], ['origin', 'place'], ['area', 'place'], ['state', 'place'], ['province', 'place'], ['nationality', 'place'], ['citizenship', 'place'],
  ['company', 'company'], ['year', 'year'], ['date', 'date'], ['day', 'date'], ['birthday', 'date'], ['email', 'email'], ['mail', 'email'],
  ['url', 'url'], ['link', 'url'], ['website', 'url'], ['unit', 'unit'], ['units', 'unit'], ['measure', 'unit'], ['color', 'color'], ['colour', 'color'],
  ['currency', 'currency'], ['timezone', 'timezone'], ['tz', 'timezone'], ['zone', 'timezone'],
  ['time', 'time'], ['clock', 'time'],
]);
/** Name words that make the kind a thing's name, whatever the word before ("team_name", "hotel_name" are no persons). */
const THING_NAMES: ReadonlySet<string> = new Set(['team', 'hotel', 'company', 'restaurant', 'game', 'book', 'movie', 'song', 'album', 'product', 'file', 'museum', 'building', 'event']);
/** Description phrases that say it where the name does not ("to": "The email address of the recipient"). */
const DESC_KINDS: readonly [RegExp, Kind][] = [
  [/\be-?mail address/i, 'email'],
  [/\b(?:url|web address)\b/i, 'url'],
  [/\bdate\b.*\b(?:yyyy|mm|dd)\b/i, 'date'],
];

/** The kind a parameter holds, by the words of its name, else by its description. */
export function kindOfParam(nameWords: readonly string[], description = ''): Kind | undefined {
  if (nameWords.some((w) => THING_NAMES.has(w))) return undefined;
  let kind: Kind | undefined;
  for (const w of nameWords) {
    const k = PARAM_KINDS.get(w);
    if (k) kind = k;
  }
  if (kind === undefined && description !== '') for (const [re, k] of DESC_KINDS) if (re.test(description)) return k;
  return kind;
}

const CODE2 = /^[A-Z]{2}$/;

/** The name the tables give a code: a currency's (EUR: "Euro"), a country's (DE: "Germany"), a US state's (TX: "Texas"). */
export function nameOfCode(v: string): string | undefined {
  const g = geoTables();
  if (CODE3.test(v)) return g.currencyByCode.get(v)?.name;
  if (CODE2.test(v)) return g.countryByCode.get(v)?.name ?? g.usStateByCode.get(v)?.name;
  return undefined;
}
