/**
 * Codes a user names by what they stand for: an airport by its city ("Lisbon" for LIS, only
 * for a city with one airport), a time zone, currency or country by a city (the call's own
 * city when it has one: "hotels in Lyon" gives city Lyon and country FR), a country, US
 * state, language or currency by its name, a ticker by its company. Every name is looked up
 * back in the same real tables (core/geo.ts), so a name two entries share is never said.
 */
import { CLOUD_REGIONS, localeName } from '../../core/derive/codes.js';
import { geoTables, type City } from '../../core/geo.js';
import type { Derivation, ItemWorld } from '../../core/plan.js';
import { ownedField, profileOf, profilePhrases, type ProfileField, type WorldField } from '../../core/derive/profile.js';
import { snake } from '../values/kinds.js';
import { currencyPhrase } from './implied-words.js';

/** Field kinds (pipeline/values/kinds.ts) whose values are codes a name can stand for. */
export const CODE_KINDS: ReadonlySet<string> = new Set(['airport', 'time-zone', 'currency', 'country-code', 'state-code', 'language', 'locale', 'ticker', 'cloud-region']);

let citiesByZone: ReadonlyMap<string, readonly City[]> | undefined;
function zoneCities(zone: string): readonly City[] {
  if (!citiesByZone) {
    const m = new Map<string, City[]>();
    for (const c of geoTables().cities) m.set(c.timeZone, [...(m.get(c.timeZone) ?? []), c]);
    citiesByZone = m;
  }
  return citiesByZone.get(zone) ?? [];
}

/** The city of the tables one of the call's own string arguments names, if any. */
function cityArgument(args: Readonly<Record<string, unknown>>): City | undefined {
  const g = geoTables();
  for (const k in args) {
    const v = args[k];
    if (typeof v === 'string' && v.length < 40) {
      const c = g.cityByName.get(v.toLowerCase());
      if (c) return c;
    }
  }
  return undefined;
}

const plainName = (n: string): boolean => !/[&()]|\bSAR\b/.test(n);

/** How the user can name the code `value` of a field of kind `kind` in a call with `args`, or undefined. */
export function codeDerivation(kind: string, value: string, args: Readonly<Record<string, unknown>>): Derivation | undefined {
  const g = geoTables();
  switch (kind) {
    case 'airport': {
      const a = g.airportByCode.get(value);
      return a && g.passengerAirportsByCity.get(a.city.toLowerCase())?.length === 1 ? { kind: 'city-airport', said: a.city } : undefined;
    }
    case 'time-zone': {
      const own = cityArgument(args);
      if (own && own.timeZone === value) return { kind: 'city-timezone', said: own.name };
      const cities = zoneCities(value);
      const named = cities.find((c) => value.endsWith(`/${c.name.replace(/ /g, '_')}`)) ?? cities[0];
      return named ? { kind: 'city-timezone', said: named.name } : undefined;
    }
    case 'currency': {
      const own = cityArgument(args);
      if (own && g.countryByCode.get(own.country)?.currency === value) return { kind: 'city-currency', said: own.name };
      const c = g.currencyByCode.get(value);
      const said = c && currencyPhrase(c.name);
      return said && g.currencyByName.get(c.name.toLowerCase()) === c ? { kind: 'currency-code', said } : undefined;
    }
    case 'country-code': {
      const own = cityArgument(args);
      if (own && own.country === value) return { kind: 'city-country', said: own.name };
      const c = g.countryByCode.get(value);
      return c && plainName(c.name) && g.countryByName.get(c.name.toLowerCase()) === c ? { kind: 'country-code', said: c.name } : undefined;
    }
    case 'state-code': {
      const s = g.usStateByCode.get(value);
      return s && g.usStateByName.get(s.name.toLowerCase()) === s ? { kind: 'state-code', said: s.name } : undefined;
    }
    case 'language':
    case 'locale': {
      // A language as spoken in a region by its own name ("American English" for en-US).
      const regional = localeName(value);
      if (regional) return { kind: 'language-code', said: regional };
      const l = g.languageByCode.get(value);
      return l && g.languageByName.get(l.name.toLowerCase()) === l ? { kind: 'language-code', said: l.name } : undefined;
    }
    case 'cloud-region': {
      const names = CLOUD_REGIONS[value];
      return names ? { kind: 'cloud-region', said: names[0] } : undefined;
    }
    case 'ticker': {
      // A name of its own ("Uber Technologies" for UBER), never the ticker again ("SAP" for SAP).
      const c = g.companyByTicker.get(value);
      const said = c && [c.name, ...(c.aliases ?? [])].find((n) => g.companyByName.get(n.toLowerCase()) === c && n.toLowerCase() !== value.toLowerCase());
      return said ? { kind: 'company-ticker', said } : undefined;
    }
    default:
      return undefined;
  }
}

/** Fields of the user's world by the kind of field that holds them (pipeline/values/kinds.ts). */
const PROFILE_KINDS: Readonly<Record<string, WorldField>> = { email: 'email', person: 'name', city: 'city', location: 'city', 'country-code': 'country', currency: 'currency', 'time-zone': 'timeZone', language: 'language' };
const TO_KEY = /(^|_)(to|recipient|recipients|cc|bcc|invitee|attendee|grantee|share_with|notify|send_to|destination|target)(_|$)/;
const FROM_KEY = /(^|_)(from|sender|reply_to|origin|source|base)(_|$)/;

/**
 * How the user says a value of their own profile instead of writing it ("to me" for their email,
 * "in my city", "with my usual card" for the card on file), or undefined when `value` is not
 * theirs: a field of their world, or a thing on file (`owned`: the keys the item takes as the
 * user's own, with their one value).
 */
export function profileDerivation(fk: { readonly kind: string; readonly role?: string }, key: string, value: string, world: ItemWorld, owned: ReadonlyMap<string, unknown>, r: () => number): Derivation | undefined {
  const mine = owned.get(key) === value;
  if (!mine && PROFILE_KINDS[fk.kind] === undefined) return undefined;
  const k = snake(key);
  const thing = mine ? ownedField(key) : undefined;
  const field: ProfileField | undefined = thing ?? PROFILE_KINDS[fk.kind];
  if (field === undefined || (thing === undefined && profileOf(world)[field as WorldField] !== value)) return undefined;
  const role = fk.role === 'destination' || TO_KEY.test(k) ? 'to' : fk.role === 'origin' || FROM_KEY.test(k) ? 'from' : 'at';
  const ways = profilePhrases(field, role);
  return { kind: 'user-profile', said: ways[Math.floor(r() * ways.length)] };
}
