/**
 * Whether an implied value follows from what the user said, by the derivation the plan
 * records for it: recomputed here, from the same real tables and today, never trusted. A
 * relative date from the stated today, a code from the city, country, language, currency or
 * company named, a number from its words, an amount from another unit, a value from the
 * earlier result field the plan names (and "the cheapest one" is the cheapest there), the
 * value an earlier turn's call had ("the same account"), a flag by the list its phrase is in,
 * an enum code by its words (enum-words.ts), the user's own thing by "my" against the profile
 * the conversation states (profile.ts), a cloud region by its place, a list item by item, an
 * object field by field. In a second-language dialogue (`lang`) the words of a date, a number,
 * the user's own thing and a country, language or currency are read in that language only
 * (lang/read.ts): an English phrase there, or a phrase of another language, gives nothing.
 */
import { geoTables, type City } from '../geo.js';
import { CENTRE_SLACK, CLOUD_REGIONS, coordinateOf, coordinateValue, localeName, localeOfName } from './codes.js';
import type { Derivation } from '../plan.js';
import { resolveRelative } from './relative-dates.js';
import { codeIn, dateIn, isLang, numberIn, profileFieldIn, type Lang } from './lang/read.js';
import { enumValueOf } from './enum-words.js';
import { gameNamed } from './games.js';
import { flagValueOf } from './said-words.js';
import { normalise } from './normalise.js';
import { numberInWords } from './numbers.js';
import { profileFieldOf, type ProfileField } from './profile.js';
import { compoundOf } from './quantities.js';
import { convert, inMinorUnits, sameAtPrecision, unitOfParam } from './units.js';

export interface DerivationEnv {
  /** Today, when the conversation states the plan's today before the call; else undefined. */
  readonly today: string | undefined;
  /** The earlier tool results of the conversation, parsed. */
  readonly results: readonly unknown[];
  /** The arguments of the calls made in earlier turns (before the user's last message). */
  readonly earlier: readonly Readonly<Record<string, unknown>>[];
  /** The parameter (unit conversions read its unit from its name and description). */
  readonly key: string;
  /** The user's profile as the conversation states it (the fields whose values the system prompt holds). */
  readonly profile?: Readonly<Partial<Record<ProfileField, string>>>;
  readonly schema: Record<string, unknown> | undefined;
  /** The dialogue's language (ISO 639-1) when it is not English: the user's words are read in it. */
  readonly lang?: string;
}

/** Kinds whose words a second language has its own of (lang/read.ts). */
const LANG_KINDS: ReadonlySet<Derivation['kind']> = new Set(['relative-date', 'spelled-number', 'user-profile', 'country-code', 'language-code', 'currency-code']);
/** Kinds whose words are English today: a second-language dialogue states their values instead (user/lang/plan-words.ts). */
const ENGLISH_ONLY: ReadonlySet<Derivation['kind']> = new Set(['unit-conversion', 'flag-words', 'enum-words']);

/** Why `d` (read in second language `lang`) does not give `value`, for the kinds whose words are the language's. */
function langFault(d: Derivation, lang: Lang, value: unknown, env: DerivationEnv): string | undefined {
  const said = d.said.trim();
  const gives = (got: unknown, what: string): string | undefined =>
    got === undefined ? `"${said}" is no ${what} in ${lang}` : same(value, got) ? undefined : `"${said}" gives ${show(got)}, not ${show(value)}`;
  switch (d.kind) {
    case 'relative-date': {
      const english = dateIn(lang, said);
      return english === undefined ? `"${said}" is no date phrase in ${lang}` : dateFault(english, value, env.today)?.replace(`"${english}"`, `"${said}" (${english})`);
    }
    case 'spelled-number': {
      const n = numberIn(lang, said);
      return n === undefined ? `"${said}" is no number in words in ${lang}` : n === value ? undefined : `"${said}" is ${n}, not ${show(value)}`;
    }
    case 'user-profile':
      return profileFault(said, profileFieldIn(lang, said), value, env);
    case 'country-code':
      return gives(codeIn(lang, d.kind, said), 'country');
    case 'language-code':
      return gives(codeIn(lang, d.kind, said), 'language');
    case 'currency-code':
      return gives(codeIn(lang, d.kind, said), 'currency');
    default:
      return `"${said}" is read in English only (${d.kind}), and the dialogue is in ${lang}`;
  }
}

/** Why the user's own thing named by `said` (its profile field, if any) is not `value`. */
function profileFault(said: string, field: ProfileField | undefined, value: unknown, env: DerivationEnv): string | undefined {
  if (field === undefined) return `"${said}" names no part of the user's profile`;
  const own = env.profile?.[field];
  if (own === undefined) return `"${said}" needs the user's ${field} stated, and the conversation does not state it`;
  return same(value, own) ? undefined : `"${said}" is ${show(own)}, not ${show(value)}`;
}

/** A parameter name as snake_case ("hvacMode" -> "hvac_mode"), as the word lists key it. */
const snakeKey = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase();
const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));
const same = (a: unknown, b: unknown): boolean => a === b || (a !== undefined && a !== null && typeof a !== 'object' && String(a).toUpperCase() === String(b).toUpperCase());

/** The words of a list's items as one phrase: "A", "A and B", "A, B and C" (the user says `said` so). */
export function listPhrase(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** An item said as itself: its own words ("pet_friendly" said "pet friendly"), no derivation. */
const saysItself = (said: string, value: unknown): boolean => typeof value === 'string' && normalise(said) === normalise(value);

/** Why list `value` does not follow from `d` item by item (`items`: the words for each, in order). */
function listFault(d: Derivation, items: readonly string[], value: unknown, env: DerivationEnv): string | undefined {
  if (!Array.isArray(value)) return `"${d.said}" names a list, not ${show(value)}`;
  if (items.length !== value.length) return `"${d.said}" names ${items.length} item(s), the value has ${value.length}`;
  if (normalise(listPhrase(items)) !== normalise(d.said)) return `"${d.said}" is not its items (${items.join(' / ')}) said together`;
  const itemSchema = env.schema && typeof env.schema.items === 'object' ? (env.schema.items as Record<string, unknown>) : undefined;
  for (let i = 0; i < items.length; i++) {
    if (saysItself(items[i], value[i])) continue;
    const why = derivationFault({ kind: d.kind, said: items[i] }, value[i], { ...env, schema: itemSchema });
    if (why) return `item ${i + 1}: ${why}`;
  }
  return undefined;
}

/** The subschema of field or item `k` of an object or list schema. */
function partSchema(schema: Record<string, unknown> | undefined, k: string, list: boolean): Record<string, unknown> | undefined {
  const sub = list ? schema?.items : (schema?.properties as Record<string, unknown> | undefined)?.[k];
  return sub !== null && typeof sub === 'object' && !Array.isArray(sub) ? (sub as Record<string, unknown>) : undefined;
}

/** Why an object or list `value` does not follow from the derivations of its parts. */
function partsFault(d: Derivation, value: unknown, env: DerivationEnv): string | undefined {
  if (!d.parts || value === null || typeof value !== 'object') return `no parts to read ${show(value)} by`;
  const list = Array.isArray(value);
  for (const [k, p] of Object.entries(d.parts)) {
    const sub = list ? (value as unknown[])[Number(k)] : (value as Record<string, unknown>)[k];
    if (sub === undefined) return `${k} is not in the value`;
    const why = derivationFault(p, sub, { ...env, key: list ? env.key : k, schema: partSchema(env.schema, k, list) });
    if (why) return `${k}: ${why}`;
  }
  return undefined;
}

/** The derivations with words of their own in `d` (itself, or the parts of a nested one, at any depth). */
export function saidDerivations(d: Derivation): Derivation[] {
  return d.kind === 'nested' && d.parts ? Object.values(d.parts).flatMap(saidDerivations) : [d];
}

/** The paths ("rooms/0/adults") of the values `d` derives, under `path`. */
export function derivedPaths(d: Derivation, path: string): string[] {
  return d.kind === 'nested' && d.parts ? Object.entries(d.parts).flatMap(([k, p]) => derivedPaths(p, `${path}/${k}`)) : [path];
}

/** Why `value` does not follow from `d`, or undefined when it does. */
export function derivationFault(d: Derivation, value: unknown, env: DerivationEnv): string | undefined {
  if (d.kind === 'nested') return partsFault(d, value, env);
  if (d.items) return listFault(d, d.items, value, env);
  if (isLang(env.lang) && (ENGLISH_ONLY.has(d.kind) || LANG_KINDS.has(d.kind))) return langFault(d, env.lang, value, env);
  const said = d.said.trim();
  const lower = said.toLowerCase();
  const g = geoTables();
  const expect = (got: unknown, what: string): string | undefined =>
    got === undefined ? `"${said}" names no ${what} of the tables` : same(value, got) ? undefined : `"${said}" gives ${show(got)}, not ${show(value)}`;
  switch (d.kind) {
    case 'relative-date':
      return dateFault(said, value, env.today);
    case 'spelled-number': {
      const n = numberInWords(said);
      return n === undefined ? `"${said}" is no number in words` : n === value ? undefined : `"${said}" is ${n}, not ${show(value)}`;
    }
    case 'unit-conversion':
      return unitFault(said, value, env);
    case 'company-ticker':
      return expect(g.companyByName.get(lower)?.ticker, 'listed company');
    case 'city-airport': {
      const list = g.passengerAirportsByCity.get(lower);
      if (list && list.length > 1) return `"${said}" has ${list.length} airports (${list.map((a) => a.code).join(', ')}): none follows`;
      return expect(list?.[0]?.code, 'city with an airport');
    }
    case 'city-timezone':
      return expect(g.cityByName.get(lower)?.timeZone, 'city');
    case 'city-currency': {
      const city = g.cityByName.get(lower);
      return expect(city && g.countryByCode.get(city.country)?.currency, 'city with a known currency');
    }
    case 'city-country':
      return expect(g.cityByName.get(lower)?.country, 'city');
    case 'game-app':
      return expect(gameNamed(said)?.appId, 'game');
    case 'city-coordinates':
      return coordinateFault(said, g.cityByName.get(lower), value, env.key);
    case 'country-code':
      return expect(g.countryByName.get(lower)?.code, 'country');
    case 'state-code':
      return expect(g.usStateByName.get(lower)?.code, 'US state');
    case 'language-code': {
      // A regional name gives its tag ("American English": en-US), read back through the same names.
      if (typeof value === 'string' && localeName(value) !== undefined) return expect(localeOfName(lower), 'regional language');
      return expect(g.languageByName.get(lower)?.code, 'language');
    }
    case 'currency-code':
      return expect((g.currencyByName.get(lower) ?? g.currencyByName.get(lower.replace(/s$/, '')))?.code, 'currency');
    case 'cloud-region': {
      const code = Object.keys(CLOUD_REGIONS).filter((c) => CLOUD_REGIONS[c].some((n) => n.toLowerCase() === lower));
      return expect(code.length === 1 ? code[0] : undefined, 'cloud region');
    }
    case 'previous-result':
      return resultFault(d, value, env.results);
    case 'user-profile':
      return profileFault(said, profileFieldOf(said), value, env);
    case 'previous-turn': {
      const json = JSON.stringify(value);
      return env.earlier.some((a) => env.key in a && JSON.stringify(a[env.key]) === json) ? undefined : `no call of an earlier turn had ${env.key} = ${show(value)}`;
    }
    case 'flag-words': {
      const v = flagValueOf(env.key, said);
      return v === undefined ? `"${said}" is no phrase that reads only as yes or only as no for ${env.key}` : v === value ? undefined : `"${said}" says ${env.key} = ${v}, not ${show(value)}`;
    }
    case 'enum-words': {
      const choices = env.schema?.enum;
      if (!Array.isArray(choices)) return `${env.key} is no enum to read "${said}" in`;
      const v = enumValueOf(choices, said, snakeKey(env.key));
      return v === undefined ? `"${said}" is the words of no one choice of ${env.key}` : same(value, v) ? undefined : `"${said}" is ${show(v)}, not ${show(value)}`;
    }
    default:
      return `unknown derivation "${String((d as { kind: unknown }).kind)}"`;
  }
}

/** Why `value` of latitude or longitude `key` is not the centre of `city` (said as `said`). */
function coordinateFault(said: string, city: City | undefined, value: unknown, key: string): string | undefined {
  if (city === undefined) return `"${said}" names no city of the tables`;
  const coord = coordinateOf(key);
  if (coord === undefined) return `${key} is no latitude or longitude`;
  const n = coordinateValue(value);
  if (n === undefined) return `"${said}" gives a coordinate, not ${show(value)}`;
  return Math.abs(n - city[coord]) <= CENTRE_SLACK ? undefined : `the centre of ${city.name} is at ${coord === 'lat' ? 'latitude' : 'longitude'} ${city[coord]}, not ${n}`;
}

function dateFault(said: string, value: unknown, today: string | undefined): string | undefined {
  if (today === undefined) return `"${said}" is relative to a today the conversation does not state`;
  const r = resolveRelative(said, today);
  if (!r) return `"${said}" is no date read from today (${today})`;
  if ('ambiguous' in r) return `"${said}" reads two ways on ${today} (${r.ambiguous.join(' or ')})`;
  if ('year' in r) return Number(value) === r.year && /^\d{4}$/.test(String(value)) ? undefined : `"${said}" is ${r.year} from ${today}, not ${show(value)}`;
  const v = typeof value === 'string' ? value : '';
  // A month number ("for July": 7) or a month of a year ("2025-07").
  if ('month' in r) return v === r.month || value === Number(r.month.slice(5)) ? undefined : `"${said}" is ${r.month} from ${today}, not ${show(value)}`;
  if (v.slice(0, 10) !== r.date || (v.length > 10 && v[10] !== 'T' && v[10] !== ' ')) return `"${said}" is ${r.date} from ${today}, not ${show(value)}`;
  // A date-time: its clock is the one said (or midnight when none is); the zone is the user's own.
  const clock = v.length > 10 ? v.slice(11, 16) : undefined;
  if (clock !== undefined && clock !== (r.time ?? '00:00')) return `"${said}" is ${r.time ?? 'the start of the day'}, not ${clock}`;
  return undefined;
}

const MONEY = /^[$€£]?\s?(\d+(?:\.\d{1,2})?)$/;

function unitFault(said: string, value: unknown, env: DerivationEnv): string | undefined {
  // An amount in the currency's smallest unit said in the currency ("9.33" for 933 cents).
  const money = MONEY.exec(said);
  if (money && inMinorUnits(env.schema?.description)) {
    const cents = Math.round(Number(money[1]) * 100);
    return value === cents ? undefined : `"${said}" is ${cents} in the smallest unit, not ${show(value)}`;
  }
  const q = compoundOf(said);
  if (!q) return `"${said}" is no amount in a unit`;
  const target = unitOfParam(env.key, env.schema?.description);
  if (!target) return `${env.key} names no unit to convert "${said}" into`;
  if (target.dimension !== q.unit.dimension) return `"${said}" is no ${target.dimension} (${env.key} is in ${target.words[1]})`;
  if (typeof value !== 'number') return `"${said}" gives a number, not ${show(value)}`;
  const x = convert(q.value, q.unit, target);
  return sameAtPrecision(x, value) ? undefined : `"${said}" is ${Math.round(x * 1e4) / 1e4} ${target.words[1]}, not ${value}`;
}

function valueAt(v: unknown, parts: readonly string[]): unknown {
  let cur = v;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[Number(p)] : (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/** What an ordinal or a superlative in the user's words picks in a list: by place, or by the field it compares. */
const PICKS: readonly [RegExp, (items: readonly unknown[]) => number | undefined][] = [
  [/\bfirst\b/, () => 0],
  [/\bsecond\b/, () => 1],
  [/\bthird\b/, () => 2],
  [/\blast\b/, (items) => items.length - 1],
  [/\bcheapest\b|\blowest[- ]priced\b/, (items) => extreme(items, /(^|_)(price|cost|fare|amount|total|rate|fee)s?($|_)/i, -1)],
  [/\bmost expensive\b/, (items) => extreme(items, /(^|_)(price|cost|fare|amount|total|rate|fee)s?($|_)/i, 1)],
  [/\b(highest|best|top)[- ]rated\b/, (items) => extreme(items, /(^|_)(rating|stars|score)s?($|_)/i, 1)],
  [/\b(nearest|closest)\b/, (items) => extreme(items, /(^|_)distance/i, -1)],
];

/** The index of the one item with the lowest (sign -1) or highest (1) value of the first numeric field matching `field`. */
function extreme(items: readonly unknown[], field: RegExp, sign: number): number | undefined {
  const first = items[0];
  if (first === null || typeof first !== 'object') return undefined;
  const key = Object.keys(first).find((k) => field.test(k) && typeof (first as Record<string, unknown>)[k] === 'number');
  if (key === undefined) return undefined;
  let best: number | undefined;
  let tie = false;
  items.forEach((it, i) => {
    const v = (it as Record<string, unknown> | null)?.[key];
    if (typeof v !== 'number') return;
    const b = best === undefined ? undefined : ((items[best] as Record<string, unknown>)[key] as number);
    if (b === undefined || sign * (v - b) > 0) [best, tie] = [i, false];
    else if (v === b) tie = true;
  });
  return tie ? undefined : best;
}

function resultFault(d: Derivation, value: unknown, results: readonly unknown[]): string | undefined {
  if (!d.from) return `"${d.said}" names no result field`;
  const parts = d.from.split('.');
  const at = parts.findIndex((p) => /^\d+$/.test(p));
  const pick = PICKS.find(([re]) => re.test(d.said.toLowerCase()));
  let found = false;
  for (const r of results) {
    if (!same(valueAt(r, parts), value)) continue;
    found = true;
    if (!pick) return undefined;
    const items = at < 0 ? undefined : valueAt(r, parts.slice(0, at));
    if (Array.isArray(items) && pick[1](items) === Number(parts[at])) return undefined;
  }
  if (!found) return `${show(value)} is not the ${d.from} of an earlier result`;
  return `"${d.said}" does not pick ${d.from} (${show(value)}) in the earlier result`;
}
