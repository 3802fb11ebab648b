/**
 * consistency.code: a code that does not exist, in an argument or a result: a country
 * (ISO 3166-1 alpha-2), a language (ISO 639-1, or a BCP 47 tag built on it), a currency
 * (ISO 4217), a US state, an IANA time zone, an airport (IATA).
 *
 * A field is judged only where its name says it holds such a code (country_code, currency,
 * locale, time_zone...), or, for names that may hold something else (market, region,
 * state, origin), where its description says so. Only values shaped like a code are read:
 * "France" in a country field or "English" in a language field are names, not codes; a
 * time zone without a slash ("UTC", "auto") is not judged. Airports: the table has about a
 * hundred of the thousands of airports, so only the shape (three letters) is judged, and
 * only where no pattern in the schema already checks it.
 */
import { atOf, type Obj, type Schema, type Site } from './consistency-site.js';
import { isCountryCode, isCurrencyCode, isTimeZone, isUsState, languageTagValid, countryOf } from './consistency-geo.js';
import { cached } from './consistency-names.js';

type Kind = 'country' | 'language' | 'currency' | 'state' | 'tz' | 'airport';
export type CodeKey = Kind | 'maybe-country' | 'maybe-state' | 'maybe-airport' | '';

/** What code a field may hold, by its name alone (snake case). */
export function codeKeyOf(k: string): CodeKey {
  if (/^(country|country_code|country_iso|iso_country|country_codes|countries)$|_(country|country_code|country_codes)$/.test(k)) return 'country';
  if (/^(language|lang|language_code|languages|language_codes|locale|locales|hl)$|_(language|lang|language_code|languages|locale)$/.test(k)) return 'language';
  if (/^(currency|currency_code|currencies|currency_codes)$|_(currency|currency_code|currencies)$/.test(k)) return 'currency';
  if (/^(timezone|time_zone|tz|tz_name|timezones|time_zones)$|_(timezone|time_zone|tz)$/.test(k)) return 'tz';
  if (/^(iata|iata_code|airport_code|airport_codes)$|_(iata|iata_code|airport_code)$/.test(k)) return 'airport';
  if (/^(us_state|us_state_code)$/.test(k)) return 'state';
  if (/^(state|state_code|state_province|province_or_state)$|_state_code$|^(billing|shipping|mailing|home|work|address|residence|garaging)_state$/.test(k)) return 'maybe-state';
  if (/^(airport|origin|destination|departure_airport|arrival_airport)$|_airport$/.test(k)) return 'maybe-airport';
  if (/^(market|region|zone|geo|area|storefront)$/.test(k)) return 'maybe-country';
  return '';
}

const US_TEXT = /\b(u\.?s\.?a?|united states|usps|american)\b/i;
/** Tools about code, where "language" is a programming language. */
const CODE_TOOL = cached((name: string): boolean => /code|program|snippet|script|syntax|compile|repl|gist|repo|lint|highlight/i.test(name));

/** The kind a field holds, with its schema where there is one, or '' when it is not judged. */
function resolveKind(k: CodeKey, schema: Schema | undefined, o: Obj): Kind | '' {
  const desc = typeof schema?.description === 'string' ? schema.description : '';
  switch (k) {
    case 'maybe-country':
      return /country|iso 3166/i.test(desc) ? 'country' : '';
    case 'maybe-state':
      if (US_TEXT.test(desc)) return 'state';
      for (const s of ['country', 'country_code', 'countryCode']) {
        const c = o[s];
        if (typeof c === 'string' && countryOf(c) === 'US') return 'state';
      }
      return typeof o.zip === 'string' || typeof o.zip_code === 'string' || typeof o.zipCode === 'string' ? 'state' : '';
    case 'maybe-airport':
      return /\b(iata|airport)\b/i.test(desc) && schema?.pattern === undefined ? 'airport' : '';
    case 'airport':
      return schema?.pattern === undefined ? 'airport' : '';
    case 'language':
      return schema?.enum !== undefined || /program|syntax|code snippet/i.test(desc) ? '' : 'language';
    default:
      return k;
  }
}

const AIRPORT = /^[A-Z]{3}$/;

/** Why `v` is not a real code of kind `k`, or undefined when it is (or is not shaped like a code). */
function invalid(k: Kind, v: string): string | undefined {
  switch (k) {
    case 'country':
      return /^[A-Za-z]{2}$/.test(v) && !isCountryCode(v) ? 'an ISO 3166-1 country code' : undefined;
    case 'currency':
      return /^[A-Za-z]{3}$/.test(v) && !isCurrencyCode(v) ? 'an ISO 4217 currency code' : undefined;
    case 'language':
      return /^[A-Za-z]{2}([-_][A-Za-z0-9]{2,8})*$/.test(v) && languageTagValid(v) === false ? 'an ISO 639-1 language code or a BCP 47 tag on one' : undefined;
    case 'state':
      return /^[A-Z]{2}$/.test(v) && !isUsState(v) ? 'a US state code' : undefined;
    case 'tz':
      return v.includes('/') && !isTimeZone(v) ? 'an IANA time zone' : undefined;
    case 'airport':
      return AIRPORT.test(v) ? undefined : 'an IATA airport code (three capital letters)';
  }
}

/** Check field `key` of `o`, whose name may hold code `k`; true when it reported. */
export function checkCodeKey(o: Obj, key: string, k: CodeKey, site: Site): boolean {
  const v = o[key];
  if (typeof v !== 'string' && !Array.isArray(v)) return false;
  const tool = site.pair.call.name;
  const kind = resolveKind(k, site.props?.[key], o);
  if (kind === '' || (kind === 'language' && CODE_TOOL(tool))) return false;
  const values = typeof v === 'string' ? [v] : v;
  for (const x of values) {
    if (typeof x !== 'string' || x === '') continue;
    const why = invalid(kind, x);
    if (why) {
      site.cc.ctx.add('consistency.code', `${tool}: ${site.inResult ? 'result' : 'argument'} ${key} = ${JSON.stringify(x)} is not ${why}`, atOf(site));
      return true;
    }
  }
  return false;
}
