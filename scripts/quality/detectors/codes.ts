/**
 * Class 7: codes that do not exist. A field whose name says it holds a country, language,
 * currency, US state, airport or time-zone code, and whose value is written as such a code,
 * must be one of the real-world tables (core/geo.ts; time zones also as Node's Intl knows
 * them). Values written out (a country or language name) are not judged here.
 */
import { geoTables, isLanguageTag } from '../../../core/geo.js';
import { finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, show, words, type CallLeaf } from '../fields.js';
import { isObject, paramSchema } from '../record-view.js';
import { countryCode } from '../same-value.js';

type Kind = 'country' | 'language' | 'currency' | 'state' | 'airport' | 'time zone';

const has = (w: readonly string[], ...any: string[]): boolean => any.some((a) => w.includes(a));

/** What kind of code a field holds, judged by its name (and the tool, for airports). */
export function codeKind(key: string, callName: string): Kind | undefined {
  const w = words(key);
  const last = w[w.length - 1];
  if (has(w, 'timezone', 'tz', 'tzid') || (last === 'zone' && w.includes('time'))) return 'time zone';
  if (has(w, 'currency', 'currencies')) return 'currency';
  if (has(w, 'language', 'languages', 'lang', 'locale')) return has(w, 'programming', 'coding', 'markup', 'query') ? undefined : 'language';
  if (has(w, 'country', 'countries', 'nationality') || (last === 'market' && !w.includes('cap'))) return 'country';
  if (has(w, 'airport', 'airports', 'iata')) return 'airport';
  if ((last === 'origin' || last === 'destination') && /flight|fare|air/.test(callName)) return 'airport';
  const stateOf = w.filter((x) => x !== 'code');
  if (stateOf[stateOf.length - 1] === 'state' && (stateOf.length === 1 || (stateOf.length === 2 && has(w, 'us', 'billing', 'shipping', 'home', 'mailing')))) return 'state';
  return undefined;
}

function validTimeZone(v: string): boolean {
  if (geoTables().timeZones.has(v) || /^(UTC|GMT|Z)$/.test(v) || /^(UTC|GMT)?[+-]\d{1,2}(:?\d{2})?$/.test(v)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: v });
    return true;
  } catch {
    return false;
  }
}

/** Is this US state field about the US? Its object says so, or the parameter's description. */
function aboutUs(leaf: CallLeaf): boolean {
  const p = leaf.parent;
  if (isObject(p)) for (const [k, v] of Object.entries(p)) if (words(k).includes('country') && typeof v === 'string' && countryCode(v) === 'US') return true;
  if (words(leaf.key).includes('us')) return true;
  const d = leaf.side === 'args' ? paramSchema(leaf.call.def, leaf.key)?.description : undefined;
  return typeof d === 'string' && /\b(US|U\.S\.|United States)\b/.test(d);
}

/** A state parameter that takes "US" for the national figure (USDA-style). */
function nationalTotal(leaf: CallLeaf): boolean {
  const d = paramSchema(leaf.call.def, leaf.key)?.description;
  return typeof d === 'string' && d.includes('"US"');
}

/** Why the code is not real, or undefined (also for values that are not written as a code). */
export function badCode(kind: Kind, v: string, leaf?: CallLeaf): string | undefined {
  const g = geoTables();
  switch (kind) {
    case 'country':
      return /^[A-Za-z]{2}$/.test(v) && !g.countryByCode.has(v.toUpperCase()) && !/^(UK|EU)$/i.test(v) ? 'no such ISO 3166 country' : undefined;
    case 'currency':
      return /^[A-Za-z]{3}$/.test(v) && !g.currencyByCode.has(v.toUpperCase()) ? 'no such ISO 4217 currency' : undefined;
    case 'language': {
      if (!/^[A-Za-z]{2}([-_][A-Za-z0-9]{2,8})*$/.test(v)) return undefined;
      const [lang, ...rest] = v.split(/[-_]/);
      const tag = [lang.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r.length === 4 ? r[0].toUpperCase() + r.slice(1).toLowerCase() : r))].join('-');
      return isLanguageTag(tag) ? undefined : 'no such ISO 639-1 language (or region)';
    }
    case 'state':
      return /^[A-Z]{2}$/.test(v) && leaf !== undefined && aboutUs(leaf) && !g.usStateByCode.has(v) && !(v === 'US' && nationalTotal(leaf)) ? 'no such US state' : undefined;
    case 'airport':
      return /^[A-Z]{3}$/.test(v) && !g.airportByCode.has(v) ? 'not an airport of the IATA table' : undefined;
    case 'time zone':
      return validTimeZone(v) ? undefined : 'no such IANA time zone';
  }
}

export const codes: Detector = {
  key: 'codes',
  title: 'invalid codes (country, language, currency, US state, airport, time zone)',
  check: (view) =>
    judgeAll(callLeaves(view), (leaf) => {
      const kind = typeof leaf.value === 'string' ? codeKind(leaf.key, leaf.call.name) : undefined;
      if (!kind) return undefined;
      const why = badCode(kind, leaf.value as string, leaf);
      return finding(why && `${leaf.call.name} ${leaf.side}: ${leaf.key} ${show(leaf.value)}: ${why}`);
    }),
};
