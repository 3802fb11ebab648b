/**
 * Codes a reader gets from names: a country (ISO 3166), language (ISO 639-1), currency (ISO
 * 4217), US state, airport (IATA), time zone (IANA) or ticker named in a text, directly ("Germany",
 * "Portuguese", "euros", "California", "Apple", "中国", "anglais") or through a city of the
 * tables ("Lisbon" names PT, EUR, Europe/Lisbon and LIS; "San Francisco" names CA and
 * California). Names come from core/geo.ts and from Intl.DisplayNames in a dozen languages.
 *
 * A text is read once into the entities it names (`namedEntities`), longest phrase first, so
 * "Canadian dollars" names CAD and not USD as well; a value's entities (`entitiesOfValue`) are
 * the codes it can be, or what a name is ("Germany" is DE; it only gives EUR to a reader of a
 * request, never the other way). A value follows when the two share an entity. Tables are built
 * on first use and kept.
 */
import { geoTables, type City } from '../geo.js';
import { normalise } from './normalise.js';

/** Languages whose names for countries, languages and currencies are read. */
const DISPLAY_LOCALES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'pl', 'tr', 'ru', 'ar', 'hi', 'ja', 'zh', 'ko'];
/** Longest name read, in words ("democratic republic of the congo"). */
const MAX_WORDS = 5;
/** Scripts written without spaces between words: names are found inside tokens. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** What a bare currency word names (the currency most people mean by it). */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', buck: 'USD', bucks: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', quid: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF', peso: 'MXN', pesos: 'MXN', reais: 'BRL',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', lira: 'TRY', rand: 'ZAR', krona: 'SEK', kronor: 'SEK', zloty: 'PLN', baht: 'THB', ringgit: 'MYR', shekel: 'ILS', shekels: 'ILS', dirham: 'AED', dirhams: 'AED',
  'hong kong dollar': 'HKD', 'hong kong dollars': 'HKD', 'singapore dollar': 'SGD', 'singapore dollars': 'SGD', 'new zealand dollar': 'NZD', 'new zealand dollars': 'NZD',
  'us dollar': 'USD', 'us dollars': 'USD', 'american dollars': 'USD', 'united states dollar': 'USD', 'united states dollars': 'USD', 'british pounds': 'GBP', 'british pound': 'GBP', 'pounds sterling': 'GBP',
};
/** Cloud regions (AWS codes) by the place people name them by. */
export const CLOUD_REGIONS: Readonly<Record<string, readonly string[]>> = {
  'us-east-1': ['Northern Virginia', 'N. Virginia'], 'us-east-2': ['Ohio'], 'us-west-1': ['Northern California', 'N. California'], 'us-west-2': ['Oregon'],
  'eu-west-1': ['Ireland'], 'eu-west-2': ['London'], 'eu-west-3': ['Paris'], 'eu-central-1': ['Frankfurt'], 'eu-north-1': ['Stockholm'], 'eu-south-1': ['Milan'],
  'ap-southeast-1': ['Singapore'], 'ap-southeast-2': ['Sydney'], 'ap-northeast-1': ['Tokyo'], 'ap-northeast-2': ['Seoul'], 'ap-south-1': ['Mumbai'],
  'sa-east-1': ['Sao Paulo', 'São Paulo'], 'ca-central-1': ['Canada Central', 'Montreal'],
};

/** Names a country goes by besides its table and Intl names. */
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['united states of america', 'america', 'the states'], GB: ['britain', 'great britain', 'england', 'scotland', 'wales'], NL: ['holland', 'the netherlands'],
  KR: ['korea'], CZ: ['czech republic'], AE: ['uae', 'the emirates'], HK: ['hong kong'], TR: ['turkey'], CI: ['ivory coast'],
};
/** Upper-case abbreviations read only as written (lower case they are words: "us", "me"). */
const UPPER_ALIASES: readonly [RegExp, string][] = [[/\b(?:US|USA|U\.S\.A?\.?)(?![\w.])/, 'country:US'], [/\bUK\b/, 'country:GB'], [/\bUAE\b/, 'country:AE']];

/** What a phrase names: what it is ("Germany" is DE), and what that gives a reader besides (EUR, Europe/Berlin). */
interface Named {
  readonly is: readonly string[];
  readonly implies: readonly string[];
}

interface Tables {
  /** Normalised phrase -> what it names. */
  readonly phrases: ReadonlyMap<string, Named>;
  /** A city by the initials of its name ("SD" for San Diego, "NYC" for New York City): values only (in a text "la" is a word). */
  readonly initials: ReadonlyMap<string, readonly string[]>;
  /** Phrases in scripts written without spaces, found inside tokens. */
  readonly unspaced: readonly (readonly [string, Named])[];
  /** Every run of a phrase's first words ("new", "new york", "new york city"): a look-up that no phrase starts so stops. */
  readonly prefixes: ReadonlySet<string>;
}

let tables: Tables | undefined;

/** One Intl.DisplayNames per locale and type, made once: making one costs far more than asking it. */
const namers = new Map<string, Intl.DisplayNames | null>();
function namer(locale: string, type: 'region' | 'language' | 'currency'): Intl.DisplayNames | null {
  const key = `${locale}\u0000${type}`;
  let n = namers.get(key);
  if (n === undefined) {
    try {
      n = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    } catch {
      n = null;
    }
    namers.set(key, n);
  }
  return n;
}

function displayNames(type: 'region' | 'language' | 'currency', code: string): string[] {
  const out: string[] = [];
  for (const l of DISPLAY_LOCALES) {
    try {
      const n = namer(l, type)?.of(code);
      if (n) out.push(n);
    } catch {
      // A code Intl does not know has no display names.
    }
  }
  return out;
}

/** What a city of the tables gives a reader: its country, state, region, zone, currency and airports. */
function cityImplies(c: City): string[] {
  const g = geoTables();
  const out = [`country:${c.country}`, `tz:${c.timeZone}`, `region:${normalise(c.region)}`];
  if (c.state) out.push(`state:${c.state}`);
  const currency = g.countryByCode.get(c.country)?.currency;
  if (currency) out.push(`currency:${currency}`);
  for (const a of g.passengerAirportsByCity.get(c.name.toLowerCase()) ?? []) out.push(`airport:${a.code}`);
  return out;
}

function build(): Tables {
  const g = geoTables();
  const phrases = new Map<string, { is: Set<string>; implies: Set<string> }>();
  const add = (name: string, is: readonly string[], implies: readonly string[] = []): void => {
    const n = normalise(name);
    if (n === '' || n.split(' ').length > MAX_WORDS) return;
    let s = phrases.get(n);
    if (!s) phrases.set(n, (s = { is: new Set(), implies: new Set() }));
    for (const k of is) s.is.add(k);
    for (const k of implies) s.implies.add(k);
  };
  // A country gives its currency and, when all its cities share one, its time zone.
  const zones = new Map<string, Set<string>>();
  for (const c of g.cities) (zones.get(c.country) ?? zones.set(c.country, new Set()).get(c.country)!).add(c.timeZone);
  for (const c of g.countries) {
    const implies = c.currency ? [`currency:${c.currency}`] : [];
    const z = zones.get(c.code);
    if (z && z.size === 1) implies.push(`tz:${[...z][0]}`);
    for (const n of [c.name, ...displayNames('region', c.code), ...(COUNTRY_ALIASES[c.code] ?? [])]) add(n, [`country:${c.code}`], implies);
  }
  for (const l of g.languages) for (const n of [l.name, ...displayNames('language', l.code)]) add(n, [`language:${l.code}`]);
  for (const c of g.currencies) {
    for (const n of [c.name, ...displayNames('currency', c.code)]) {
      add(n, [`currency:${c.code}`]);
      // "US dollars", "Swiss francs": the plural people say.
      if (/^[\p{L} ]+$/u.test(n) && !/s$/.test(n)) add(`${n}s`, [`currency:${c.code}`]);
    }
  }
  for (const [w, code] of Object.entries(CURRENCY_WORDS)) add(w, [`currency:${code}`]);
  for (const s of g.usStates) add(s.name, [`state:${s.code}`, `region:${normalise(s.name)}`]);
  for (const c of g.companies) for (const n of [c.name, ...(c.aliases ?? [])]) add(n, [`ticker:${c.ticker}`]);
  const initials = new Map<string, string[]>();
  for (const c of g.cities) {
    const implies = cityImplies(c);
    // "New York City", "Chicago city": the city said with the word.
    for (const n of [c.name, /\bcity$/i.test(c.name) ? c.name : `${c.name} City`]) add(n, [`city:${c.name}`], implies);
    const words = c.name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length >= 2) for (const i of [words.map((w) => w[0]).join(''), `${words.map((w) => w[0]).join('')}C`]) initials.set(i, [...(initials.get(i) ?? []), `city:${c.name}`]);
  }
  // A time zone by the city in its name ("America/New_York": New York).
  for (const z of g.timeZones) {
    const city = z.split('/').pop()!.replace(/_/g, ' ');
    if (city.length > 2) add(city, [], [`tz:${z}`]);
  }
  for (const [code, names] of Object.entries(CLOUD_REGIONS)) for (const n of names) add(n, [], [`cloud:${code}`]);
  const frozen = new Map<string, Named>();
  const unspaced: [string, Named][] = [];
  for (const [n, s] of phrases) {
    const named = { is: [...s.is], implies: [...s.implies] };
    frozen.set(n, named);
    if (UNSPACED.test(n)) unspaced.push([n, named]);
  }
  const prefixes = new Set<string>();
  for (const n of frozen.keys()) {
    let at = n.indexOf(' ');
    while (at >= 0) {
      prefixes.add(n.slice(0, at));
      at = n.indexOf(' ', at + 1);
    }
    prefixes.add(n);
  }
  return { phrases: frozen, unspaced, initials, prefixes };
}

function codeTables(): Tables {
  return (tables ??= build());
}

/**
 * The entities ("country:DE", "currency:EUR", "tz:Europe/Lisbon", "city:Lisbon", ...) the text
 * `raw` (normalised: `norm`) names, reading the longest name at each word.
 */
export function namedEntities(raw: string, norm: string): Set<string> {
  const t = codeTables();
  const out = new Set<string>();
  const words = norm.split(' ');
  for (let i = 0; i < words.length; i++) {
    const hit = longestAt(t, words, i);
    if (hit) {
      for (const k of hit.named.is) out.add(k);
      for (const k of hit.named.implies) out.add(k);
      i += hit.n - 1;
    }
  }
  if (UNSPACED.test(norm)) for (const [p, named] of t.unspaced) if (norm.includes(p)) for (const k of [...named.is, ...named.implies]) out.add(k);
  for (const [re, key] of UPPER_ALIASES) if (re.test(raw)) out.add(key);
  return out;
}

/** A run of words that names entities: words [from, to) and what they name (their own and what that gives). */
export interface EntitySpan {
  readonly from: number;
  readonly to: number;
  readonly keys: readonly string[];
}

/** Where `words` (normalised, one word each) name entities, the longest name at each word. */
export function entitySpans(words: readonly string[]): EntitySpan[] {
  const t = codeTables();
  const out: EntitySpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = longestAt(t, words, i);
    if (hit) {
      out.push({ from: i, to: i + hit.n, keys: [...hit.named.is, ...hit.named.implies] });
      i += hit.n - 1;
    }
  }
  return out;
}

/** The longest name of the tables starting at word `i` (up to MAX_WORDS words), read word by word while some phrase starts so. */
function longestAt(t: Tables, words: readonly string[], i: number): { named: Named; n: number } | undefined {
  let key = words[i];
  let best: { named: Named; n: number } | undefined;
  for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
    if (n > 1) key = `${key} ${words[i + n - 1]}`;
    if (!t.prefixes.has(key)) break;
    const named = t.phrases.get(key);
    if (named) best = { named, n };
  }
  return best;
}

const IANA = /^[A-Z][A-Za-z]+\/[A-Za-z_\-/]+$/;
const LANGUAGE_TAG = /^([a-z]{2})[-_]([A-Za-z]{2})$/;

/** The entities a value can be: a code of some kind (by its shape and the tables), or a name. */
export function entitiesOfValue(value: string): string[] {
  const g = geoTables();
  const v = value.trim();
  const out: string[] = [];
  const up = v.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(v)) {
    if (g.countryByCode.has(up)) out.push(`country:${up}`);
    if (g.usStateByCode.has(up)) out.push(`state:${up}`);
    if (g.languageByCode.has(v.toLowerCase())) out.push(`language:${v.toLowerCase()}`);
  }
  if (/^[A-Za-z]{3}$/.test(v)) {
    if (g.currencyByCode.has(up)) out.push(`currency:${up}`);
    out.push(`airport:${up}`);
  }
  if (/^[A-Z][A-Z.]{0,5}$/.test(v) && g.companyByTicker.has(v)) out.push(`ticker:${v}`);
  if (IANA.test(v)) out.push(`tz:${v}`);
  if (v in CLOUD_REGIONS) out.push(`cloud:${v}`);
  const initials = /^[A-Z]{2,4}$/.test(v) ? codeTables().initials.get(v) : undefined;
  if (initials) out.push(...initials);
  const tag = LANGUAGE_TAG.exec(v);
  if (tag && g.languageByCode.has(tag[1].toLowerCase())) out.push(`language:${tag[1].toLowerCase()}`);
  // A name is what it names, not what that gives: "Germany" is DE, never EUR.
  const named = codeTables().phrases.get(normalise(v));
  if (named) out.push(...named.is);
  return out;
}

const localeNames = new Map<string, string>();
const localeByName = new Map<string, string>();

/**
 * The name people give a language as spoken in a region, when it has one of its own ("American
 * English" for en-US, "Brazilian Portuguese" for pt-BR; not "French (France)"), or undefined.
 */
export function localeName(tag: string): string | undefined {
  const m = LANGUAGE_TAG.exec(tag);
  if (!m) return undefined;
  const key = `${m[1].toLowerCase()}-${m[2].toUpperCase()}`;
  if (!localeNames.has(key)) {
    let n: string | undefined;
    try {
      n = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(key);
    } catch {
      n = undefined;
    }
    const plain = n && !/[()]/.test(n) ? n : '';
    localeNames.set(key, plain);
    if (plain) localeByName.set(plain.toLowerCase(), key);
  }
  return localeNames.get(key) || undefined;
}

/** The language tag a regional language name names ("American English" -> "en-US"), among the tags named so far. */
export const localeOfName = (name: string): string | undefined => localeByName.get(name.trim().toLowerCase());

/**
 * Whether `qualifier` may stand after the place `place` as its country, state or city ("Hyderabad,
 * India", "San Diego, CA", "Manhattan, New York City"), as a reader adds it: for a city the tables
 * know, only its own country or state; for a place they do not know, any country, state or city
 * the qualifier names (what a reader knows of the world beyond the tables is not judged).
 */
export function mayQualifyPlace(place: string, qualifier: string): boolean {
  const ents = entitiesOfValue(qualifier).filter((k) => k.startsWith('country:') || k.startsWith('state:') || k.startsWith('city:'));
  if (ents.length === 0) return false;
  const city = geoTables().cityByName.get(place.trim().toLowerCase());
  if (!city) return true;
  return ents.some((k) => k === `country:${city.country}` || (city.state !== undefined && k === `state:${city.state}`));
}

/** Whether the text's entities hold one the value can be. */
export function namesEntityOf(value: string, named: ReadonlySet<string>): boolean {
  if (named.size === 0) return false;
  for (const k of entitiesOfValue(value)) if (named.has(k)) return true;
  return false;
}

const LAT_KEY = /(^|_)(lat|latitude)$/;
const LON_KEY = /(^|_)(lon|lng|long|longitude)$/;
/** Which coordinate a parameter holds by its name ("latitude", "dest_lng"), if one. */
export function coordinateOf(key: string): 'lat' | 'lon' | undefined {
  const k = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return LAT_KEY.test(k) ? 'lat' : LON_KEY.test(k) ? 'lon' : undefined;
}

/** A coordinate as a number (a string of digits too), or undefined. */
export const coordinateValue = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : undefined;

/** The city of the tables whose centre is exactly (`lat`, `lon`), when its name names it alone. */
export function cityAt(lat: unknown, lon: unknown): City | undefined {
  const a = coordinateValue(lat);
  const b = coordinateValue(lon);
  if (a === undefined || b === undefined) return undefined;
  const g = geoTables();
  const c = g.cities.find((x) => x.lat === a && x.lon === b);
  return c && g.cityByName.get(c.name.toLowerCase()) === c ? c : undefined;
}

/** How far (degrees) a value may be from the table's centre of a city and still be that centre: the table's last decimal (a reader gets the value back exactly). */
export const CENTRE_SLACK = 0.0001;

/** Whether `value` of latitude or longitude `key` is the centre of a city the text names (`entities`: "city:Lyon", ...). */
export function centreNamed(key: string, value: unknown, entities: ReadonlySet<string>): boolean {
  const coord = coordinateOf(key);
  const n = coord === undefined ? undefined : coordinateValue(value);
  if (n === undefined) return false;
  const g = geoTables();
  for (const e of entities) {
    if (!e.startsWith('city:')) continue;
    const c = g.cityByName.get(e.slice(5).toLowerCase());
    if (c && Math.abs(c[coord!] - n) <= CENTRE_SLACK) return true;
  }
  return false;
}
