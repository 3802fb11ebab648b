/**
 * A string for each kind of field (kinds.ts): names from the name tables, codes from core/geo,
 * places from the object's scene (places.ts), sentences from the phrase banks. A generator may
 * return several forms in order of preference (`fr`, `fr-FR`, `French`): the first one the
 * schema's pattern and length accept is used.
 */
import { geoTables } from '../../core/geo.js';
import type { ItemWorld } from '../../core/plan.js';
import type { Rng } from '../../core/rng.js';
import type { ApiSpec } from '../../api-pool/types.js';
import { alnum, arxiv, bic, cpe, cve, cvssVector, cwe, doi, hex, iban, ipv4, ipv6, isbn13, isrc, metar, phone, vin } from './codes.js';
import { FIELD_TABLES } from './field-tables.js';
import { clockTime } from './dates.js';
import { apiNoun, apiThing, type FieldKind } from './kinds.js';
import * as N from './names.js';
import { phrase } from './phrases.js';
import { addressIn, airportOf, countryOf, postalIn, streetIn, type Scene } from './places.js';
import { termsOf } from './terms.js';
import { COMPANIES, DEPARTMENTS, FAKE_FIRST, FAKE_LAST, FAKE_PRODUCTS, GENRES, INSURERS, JOB_TITLES, MAIL_DOMAINS, TICKERS, pick } from './words.js';

export interface GenContext {
  readonly rng: Rng;
  readonly fk: FieldKind;
  readonly scene: Scene;
  readonly world?: ItemWorld;
  readonly api?: ApiSpec;
  /** The field is part of a tool's result, not of a call's arguments. */
  readonly inResult: boolean;
}
type Gen = (g: GenContext) => string | readonly string[];

const city = (g: GenContext) => g.scene.city(g.fk.role, g.rng, g.world);
const person = (rng: Rng): string => `${pick(rng, FAKE_FIRST)} ${pick(rng, FAKE_LAST)}`;
const mailOf = (first: string, last: string, rng: Rng): string => `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${pick(rng, MAIL_DOMAINS)}`;
export const email = (rng: Rng): string => mailOf(pick(rng, FAKE_FIRST), pick(rng, FAKE_LAST), rng);
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const thisYear = (g: GenContext): number => Number((g.world?.today ?? '2025').slice(0, 4));

/** The languages of the table's countries: what a user or a translation target is likely to use. */
let spoken: readonly string[] | undefined;
const spokenLanguages = (): readonly string[] => (spoken ??= [...new Set(geoTables().countries.flatMap((c) => (c.language ? [c.language] : [])))]);
/** The country a language is mostly spoken in (fr -> FR, en -> US), for `fr-FR` forms. */
function regionOf(lang: string, world: ItemWorld | undefined): string {
  if (world && world.locale.language === lang) return world.locale.country;
  const g = geoTables();
  return g.countryByCode.get(lang.toUpperCase())?.language === lang ? lang.toUpperCase() : (g.countries.find((c) => c.language === lang)?.code ?? 'US');
}
function language(g: GenContext): string {
  const own = g.world?.locale.language;
  if (own && g.fk.role !== 'destination' && !g.scene.vary && g.rng.next() < 0.85) return own;
  const all = spokenLanguages();
  let l = pick(g.rng, all);
  for (let i = 0; i < 3 && l === own; i++) l = pick(g.rng, all);
  return l;
}

/** A currency the API fixes by its name or description (get_price_in_aud). */
const fixedCurrency = new WeakMap<ApiSpec, string | null>();
function apiCurrency(api: ApiSpec | undefined): string | null {
  if (!api) return null;
  let c = fixedCurrency.get(api);
  if (c === undefined) {
    const m = /_in_([a-z]{3})(_|$)/.exec(api.name) ?? /\bin ([A-Z]{3})\b/.exec(api.description);
    c = m && geoTables().currencyByCode.has(m[1].toUpperCase()) ? m[1].toUpperCase() : null;
    fixedCurrency.set(api, c);
  }
  return c;
}
/** A parameter naming a traded instrument (a ticker): its prices are in its market's currency, not the user's. */
const INSTRUMENT = /^(symbol|ticker|isin|cusip|instrument|pair|stock|security)$/;
const tradesInstrument = new WeakMap<ApiSpec, boolean>();
function aboutInstrument(api: ApiSpec | undefined): boolean {
  if (!api) return false;
  let t = tradesInstrument.get(api);
  if (t === undefined) tradesInstrument.set(api, (t = Object.keys(api.parameters.properties).some((k) => INSTRUMENT.test(k.toLowerCase()))));
  return t;
}
function currency(g: GenContext): string {
  const fixed = apiCurrency(g.api);
  if (fixed) return fixed;
  // Our tickers trade in New York: a quote's currency is the market's.
  if (g.inResult && aboutInstrument(g.api)) return 'USD';
  // The object's place decides (a hotel in Paris is priced in EUR); without one, the user's own.
  if (g.fk.role !== '' || g.scene.has('') || g.scene.vary || !g.world) return countryOf(city(g)).currency ?? 'USD';
  return g.world.locale.currency;
}

const SHIPPERS: Readonly<Record<string, readonly string[]>> = { US: ['UPS', 'FedEx', 'USPS'], GB: ['Royal Mail', 'DPD', 'Evri'], FR: ['La Poste', 'Chronopost', 'DPD'], DE: ['DHL', 'Hermes', 'DPD'], CA: ['Canada Post', 'Purolator'] };
const TELECOMS: Readonly<Record<string, readonly string[]>> = { US: ['Verizon', 'AT&T', 'T-Mobile'], GB: ['Vodafone', 'EE', 'O2'], FR: ['Orange', 'SFR', 'Bouygues Telecom'], DE: ['Deutsche Telekom', 'Vodafone', 'O2'], JP: ['NTT Docomo', 'SoftBank', 'KDDI'] };
const byCountry = (g: GenContext, table: Readonly<Record<string, readonly string[]>>, other: readonly string[]): string => pick(g.rng, table[g.world?.locale.country ?? ''] ?? other);
const EXCHANGES = ['NASDAQ', 'NYSE', 'LSE', 'XETRA', 'Euronext Paris', 'TSE'];
const CLOUD_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1'];
const NAME_ADJECTIVES = ['Weekly', 'Main', 'Family', 'Summer', 'Team', 'Personal', 'Morning', 'Travel', 'Home', 'Work', 'Shared', 'Spring', 'Kitchen', 'Garden', 'Quarterly'];
const GENERIC_ENTITIES = /^(|result|item|data|record|entry|match|object|resource|detail|info|response|output|display|friendly|full|object_name)$/;

/** YYYY-MM near today: a delivery month ahead, a budget or statement month this one or close to it. */
function monthNear(g: GenContext): string {
  const today = g.world?.today ?? '2025-06-01';
  const ahead = /deliver|next|due|forward/.test(g.fk.entity ?? '') ? g.rng.int(1, 6) : g.rng.int(-2, 1);
  const m = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + ahead;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** A name for the entity a `*_name` or bare `name` field names. */
function named(g: GenContext): string {
  let e = g.fk.entity ?? '';
  if (GENERIC_ENTITIES.test(e)) e = g.api ? apiThing(g.api.name) : '';
  const byEntity = namerOf(e);
  if (byEntity) return byEntity(g);
  const noun = e.replace(/_/g, ' ').trim();
  if (noun === '') return capital(pick(g.rng, termsOf(g.api?.domain)));
  // A user names what they make ("Kitchen playlist"); a system numbers what it lists ("Trip #12").
  return g.inResult ? `${capital(noun)} #${g.rng.int(2, 99)}` : `${pick(g.rng, NAME_ADJECTIVES)} ${noun}`;
}
/** How a thing of `entity` is named; possible_condition is a condition, home_team a team: the last word names the thing. */
function namerOf(entity: string): ((g: GenContext) => string) | undefined {
  const last = entity.slice(entity.lastIndexOf('_') + 1);
  return ENTITY_NAMES.find(([re]) => re.test(last) || re.test(entity))?.[1];
}
const T = FIELD_TABLES;
/** A game server as players see it listed: its region and number. */
const gameServer = (g: GenContext): string => `${pick(g.rng, T.serverRegion)} #${g.rng.int(1, 40)}`;
const ENTITY_NAMES: readonly (readonly [RegExp, (g: GenContext) => string])[] = [
  [/^(user|customer|contact|person|patient|doctor|player|student|employee|owner|author|guest|passenger|member|agent|recipient|sender|caller|driver|practitioner|adjuster|judge|inventor|signer|signatory|witness|official|representative|senator|speaker|candidate|cast|actor|coach|instructor|teacher|host|attendee)/, (g) => person(g.rng)],
  [/^party/, (g) => (g.rng.bool(0.5) ? person(g.rng) : pick(g.rng, COMPANIES))],
  [/^(breach|company)/, (g) => pick(g.rng, COMPANIES).replace(/ (Inc|LLC|Group|and Sons)$/, '')],
  [/^neighbo/, (g) => pick(g.rng, T.neighborhood)],
  [/^school/, (g) => pick(g.rng, T.schoolName)],
  [/^(station|charger)/, (g) => pick(g.rng, T.stationName)],
  [/^(feature|landmark|poi)/, (g) => streetIn(city(g), g.rng).replace(/^\d+ | \d+$/g, '')],
  [/^(geography|county|district)/, (g) => `${city(g).name}, ${city(g).region}`],
  [/^coverage/, (g) => pick(g.rng, T.homeCoverage)],
  [/^map/, (g) => pick(g.rng, T.gameMap)],
  [/^server/, gameServer],
  [/^achievement/, (g) => pick(g.rng, T.achievementTitle)],
  [/^entit/, (g) => pick(g.rng, T.newsTopicEntity)],
  // Named by where it is, not by what it is (its type is a field of its own).
  [/^device/, (g) => `${capital(pick(g.rng, T.room))} ${pick(g.rng, ['ceiling', 'corner', 'main', 'left', 'right', 'window', 'door'])}`],
  [/^(rule|automation|routine|scene)/, (g) => pick(g.rng, T.automationName)],
  [/^assignment/, (g) => `${pick(g.rng, ['Problem set', 'Lab report', 'Essay', 'Quiz', 'Reading response', 'Project milestone'])} ${g.rng.int(1, 8)}`],
  [/^(artist|band|musician)/, (g) => pick(g.rng, N.ARTISTS)],
  [/^(song|track)/, (g) => pick(g.rng, N.SONGS)],
  [/^album/, (g) => pick(g.rng, N.ALBUMS)],
  [/^(hotel|lodging)/, (g) => pick(g.rng, N.HOTELS)],
  [/^(product|item|variant|sku)/, (g) => pick(g.rng, FAKE_PRODUCTS)],
  [/^(restaurant|cafe)/, (g) => pick(g.rng, N.RESTAURANTS)],
  [/^(place|venue|location)/, (g) => pick(g.rng, N.VENUES)],
  [/^(shop|store|pharmacy)/, (g) => pick(g.rng, N.SHOPS)],
  [/^(drug|medication|medicine)/, (g) => pick(g.rng, N.DRUGS)],
  [/^(condition|diagnosis|disease|illness)/, (g) => pick(g.rng, N.CONDITIONS)],
  [/^(symptom)/, (g) => pick(g.rng, N.SYMPTOMS)],
  [/^(ingredient)/, (g) => pick(g.rng, N.INGREDIENTS)],
  [/^(company|employer|organi|business|vendor|supplier|merchant|brand|carrier|insurer|lender|provider)/, (g) => pick(g.rng, COMPANIES)],
  [/^team/, (g) => pick(g.rng, N.TEAMS)],
  [/^course/, (g) => pick(g.rng, N.COURSES)],
  [/^book/, (g) => pick(g.rng, N.BOOKS)],
  [/^(game)/, (g) => pick(g.rng, N.GAMES)],
  [/^(podcast)/, (g) => pick(g.rng, N.PODCASTS)],
  [/^(show|movie|film|series|episode|tv)/, (g) => pick(g.rng, N.SHOWS)],
  [/^(recipe|dish|meal)/, (g) => pick(g.rng, N.DISHES)],
  [/^(city|town)/, (g) => city(g).name],
  [/^country/, (g) => countryOf(city(g)).name],
  [/^(crop|field|farm)/, (g) => `${pick(g.rng, ['North', 'South', 'East', 'West', 'River', 'Upper', 'Lower'])} field`],
  [/^(repo|repository)/, (g) => pick(g.rng, N.REPOS)],
  [/^(service|deployment|namespace|app|cluster|server)/, (g) => pick(g.rng, N.SERVICES)],
  [/^(species|organism)/, (g) => pick(g.rng, N.SPECIES)],
  [/^(chemical|compound|iupac|soil)/, (g) => pick(g.rng, N.CHEMICALS)],
  [/^(pest)/, (g) => pick(g.rng, N.PESTS)],
  [/^(event|meeting)/, (g) => phrase('event', g.rng, city(g).name)],
  [/^(file|document|attachment)/, (g) => `${pick(g.rng, ['report', 'invoice', 'notes', 'contract', 'photo', 'budget'])}-${thisYear(g)}-${g.rng.int(1, 12)}.${pick(g.rng, ['pdf', 'docx', 'csv', 'jpg'])}`],
];

/** Words a label-like field (status, type, mode, severity) takes when neither an enum nor its description says. */
const LABELS: Readonly<Record<string, readonly string[]>> = {
  status: ['active', 'pending', 'completed', 'open', 'closed', 'in_progress'],
  state: ['active', 'pending', 'completed', 'open', 'closed'],
  severity: ['low', 'medium', 'high'],
  priority: ['low', 'normal', 'high'],
  level: ['low', 'medium', 'high'],
  visibility: ['public', 'private'],
  frequency: ['daily', 'weekly', 'monthly'],
  granularity: ['hourly', 'daily', 'monthly'],
  interval: ['daily', 'weekly', 'monthly'],
  format: ['json', 'csv', 'pdf'],
  method: ['card', 'bank_transfer', 'cash'],
  service_level: ['ground', 'express', 'priority', 'economy', 'standard', 'overnight', 'two_day'],
};
const CAR: Readonly<Record<string, readonly string[]>> = {
  trim: ['LX', 'EX', 'Sport', 'Limited', 'SE', 'Touring', 'Premium'],
  class: ['Sedan', 'SUV', 'Hatchback', 'Pickup', 'Coupe', 'Wagon'],
  type: ['FWD', 'AWD', 'RWD', '4WD'],
  drivetrain: ['FWD', 'AWD', 'RWD', '4WD'],
  transmission: ['automatic', 'manual'],
};
const UNITS_BY_DOMAIN: Readonly<Record<string, readonly string[]>> = {
  health: ['mg/dL', 'mmol/L', 'bpm', 'mmHg', 'g/dL'],
  energy: ['kWh', 'MWh', 'kW'],
  science: ['mg', 'mL', 'mol/L', 'nm'],
  agriculture: ['kg/ha', 'bu/ac', 't/ha'],
};
/** An id shaped like the description's example: acc_8Fh2kQ -> acc_3Tz9pL (the prefix word kept, the rest redrawn by class). */
function idLike(example: string, rng: Rng): string {
  let out = '';
  const word = /^[a-z]{2,}[_-]|^[A-Z]{2,}-/.exec(example)?.[0] ?? '';
  for (const ch of example.slice(word.length)) {
    out += ch >= '0' && ch <= '9' ? String(rng.int(0, 9)) : ch >= 'A' && ch <= 'Z' ? String.fromCharCode(65 + rng.int(0, 25)) : ch >= 'a' && ch <= 'z' ? String.fromCharCode(97 + rng.int(0, 25)) : ch;
  }
  return word + out;
}
/**
 * One of the description's examples: any of several; a lone code-like one redrawn in its shape
 * (GBUM71029604); a lone word now and then, never where calls must differ (it would repeat).
 */
function example(g: GenContext): string | undefined {
  const ex = g.fk.examples;
  if (!ex) return undefined;
  if (ex.length > 1) return pick(g.rng, ex);
  if (/\d/.test(ex[0]) && !/\s/.test(ex[0])) return idLike(ex[0], g.rng);
  return !g.scene.vary && g.rng.bool(0.5) ? ex[0] : undefined;
}

/** Opening hours as places post them: one week's schedule, line by line. */
const OPENING_HOURS: readonly (readonly string[])[] = [
  ['Mon-Fri 09:00-18:00', 'Sat 10:00-16:00', 'Sun closed'],
  ['Daily 10:00-22:00'],
  ['Mon-Sat 08:00-20:00', 'Sun 10:00-18:00'],
  ['Mon-Thu 09:00-17:30', 'Fri 09:00-16:00', 'Sat-Sun closed'],
  ['Tue-Sun 11:00-23:00', 'Mon closed'],
  ['Mon-Fri 07:30-19:00', 'Sat 09:00-14:00', 'Sun closed'],
  ['Daily 06:00-23:00'],
  ['Mon-Fri 08:00-17:00', 'Sat-Sun closed'],
];

/** The next line of the object's schedule (one schedule per object, so a list of lines is one week). */
function openingHours(g: GenContext): string {
  const h = (g.scene.hours ??= { lines: g.rng.pick(OPENING_HOURS), next: 0 });
  return h.lines[h.next++ % h.lines.length];
}

export const GENERATORS: Readonly<Record<string, Gen>> = {
  ip: (g) => ipv4(g.rng),
  ipv6: (g) => ipv6(g.rng),
  email: (g) => (!g.inResult && g.world && g.rng.bool(0.5) ? g.world.user.email : email(g.rng)),
  'first-name': (g) => (!g.inResult && g.world && g.rng.bool(0.5) ? g.world.user.firstName : pick(g.rng, FAKE_FIRST)),
  'last-name': (g) => (!g.inResult && g.world && g.rng.bool(0.5) ? g.world.user.lastName : pick(g.rng, FAKE_LAST)),
  username: (g) => pick(g.rng, N.USERNAMES),
  person: (g) => person(g.rng),
  isbn: (g) => isbn13(g.rng),
  'opening-hours': openingHours,
  iban: (g) => iban(g.rng, g.world?.locale.country ?? 'DE'),
  bic: (g) => bic(g.rng, g.world?.locale.country ?? 'DE'),
  vin: (g) => vin(g.rng),
  cve: (g) => cve(g.rng, thisYear(g)),
  doi: (g) => doi(g.rng, thisYear(g)),
  arxiv: (g) => arxiv(g.rng, thisYear(g)),
  hash: (g) => [hex(g.rng, 64), hex(g.rng, 40), hex(g.rng, 32)],
  ticker: (g) => pick(g.rng, TICKERS),
  exchange: (g) => pick(g.rng, EXCHANGES),
  'time-zone': (g) => [city(g).timeZone, 'UTC'],
  currency: (g) => currency(g),
  language: (g) => {
    const l = language(g);
    const name = geoTables().languageByCode.get(l)?.name ?? l;
    return [l, `${l}-${regionOf(l, g.world)}`, `${l}_${regionOf(l, g.world)}`, name];
  },
  locale: (g) => {
    const l = language(g);
    return [`${l}-${regionOf(l, g.world)}`, `${l}_${regionOf(l, g.world)}`, l];
  },
  'country-code': (g) => city(g).country,
  country: (g) => [countryOf(city(g)).name, city(g).country],
  'state-code': (g) => {
    // Alone (no city beside it to agree with), a state code is any real one.
    const c = city(g);
    return c.state ?? geoTables().usStates[Math.floor(g.rng.next() * geoTables().usStates.length)].code;
  },
  state: (g) => {
    const c = city(g);
    return c.state ? [c.region, c.state] : [c.region];
  },
  region: (g) => [city(g).region, city(g).country],
  'cloud-region': (g) => pick(g.rng, CLOUD_REGIONS),
  city: (g) => city(g).name,
  airport: (g) => airportOf(city(g), g.rng),
  location: (g) => (g.rng.bool(0.8) ? city(g).name : addressIn(city(g), g.rng)),
  lat: (g) => String(g.scene.point(g.fk.role, 'lat', g.rng, g.world)),
  lon: (g) => String(g.scene.point(g.fk.role, 'lon', g.rng, g.world)),
  street: (g) => streetIn(city(g), g.rng),
  address: (g) => addressIn(city(g), g.rng),
  postal: (g) => postalIn(city(g), g.rng),
  phone: (g) => phone(g.rng, countryOf(city(g)).callingCode ?? '1'),
  airline: (g) => pick(g.rng, N.AIRLINE_NAMES),
  shipper: (g) => byCountry(g, SHIPPERS, ['DHL', 'FedEx', 'UPS']),
  telecom: (g) => byCountry(g, TELECOMS, ['Vodafone', 'Orange']),
  // Health cover is sold by health insurers; a car or a home by property and casualty ones.
  insurer: (g) => pick(g.rng, g.api && g.api.domain !== 'health' && !/health|medical|dental/.test(g.api.name) ? FIELD_TABLES.pcInsurer : INSURERS),
  'apt-unit': (g) => pick(g.rng, [`Apt ${g.rng.int(1, 30)}${pick(g.rng, ['A', 'B', 'C', ''])}`, `Unit ${g.rng.int(1, 120)}`, `Suite ${g.rng.int(1, 9)}00`, `Flat ${g.rng.int(1, 12)}`]),
  company: (g) => pick(g.rng, COMPANIES),
  artist: (g) => pick(g.rng, N.ARTISTS),
  album: (g) => pick(g.rng, N.ALBUMS),
  song: (g) => pick(g.rng, N.SONGS),
  book: (g) => pick(g.rng, N.BOOKS),
  publisher: (g) => pick(g.rng, N.PUBLISHERS),
  outlet: (g) => pick(g.rng, N.MEDIA_OUTLETS),
  venue: (g) => pick(g.rng, N.VENUES),
  hotel: (g) => pick(g.rng, N.HOTELS),
  restaurant: (g) => pick(g.rng, N.RESTAURANTS),
  shop: (g) => pick(g.rng, N.SHOPS),
  team: (g) => pick(g.rng, N.TEAMS),
  course: (g) => pick(g.rng, N.COURSES),
  podcast: (g) => pick(g.rng, N.PODCASTS),
  show: (g) => pick(g.rng, N.SHOWS),
  game: (g) => pick(g.rng, N.GAMES),
  crop: (g) => pick(g.rng, N.CROPS),
  pest: (g) => pick(g.rng, N.PESTS),
  species: (g) => pick(g.rng, N.SPECIES),
  drug: (g) => pick(g.rng, N.DRUGS),
  symptom: (g) => pick(g.rng, N.SYMPTOMS),
  condition: (g) => pick(g.rng, N.CONDITIONS),
  chemical: (g) => pick(g.rng, N.CHEMICALS),
  service: (g) => pick(g.rng, N.SERVICES),
  repo: (g) => pick(g.rng, N.REPOS),
  court: (g) => pick(g.rng, N.COURTS),
  judge: (g) => pick(g.rng, N.JUDGES),
  'car-make': (g) => pick(g.rng, N.CAR_MAKES),
  'car-model': (g) => pick(g.rng, N.CAR_MODELS),
  dish: (g) => pick(g.rng, N.DISHES),
  ingredient: (g) => pick(g.rng, N.INGREDIENTS),
  'job-title': (g) => pick(g.rng, JOB_TITLES),
  department: (g) => pick(g.rng, DEPARTMENTS),
  genre: (g) => pick(g.rng, GENRES),
  text: (g) => phrase(g.fk.purpose ?? 'summary', g.rng, city(g).name),
  query: (g) => {
    const d = g.api?.domain;
    if (g.fk.examples && g.rng.bool(0.3)) return pick(g.rng, g.fk.examples);
    if (d === 'music') return pick(g.rng, g.rng.bool(0.5) ? N.ARTISTS : N.SONGS);
    if (d === 'food') return pick(g.rng, N.DISHES);
    return pick(g.rng, termsOf(d));
  },
  url: (g) => `https://www.example.com/${slug(g.api ? apiNoun(g.api.name) : 'page') || 'page'}/${alnum(g.rng, 8).toLowerCase()}`,
  domain: (g) => `${slug(pick(g.rng, COMPANIES)).split('-')[0]}.com`,
  clock: (g) => clockTime(g.rng),
  month: (g) => monthNear(g),
  year: (g) => String(thisYear(g) - g.rng.int(0, 3)),
  'year-range': (g) => {
    const y = thisYear(g) - g.rng.int(0, 2);
    return [`${y - g.rng.int(2, 10)}-${y}`, String(y)];
  },
  id: (g) => (g.fk.examples && /^[A-Za-z0-9_:/.-]{3,40}$/.test(g.fk.examples[0]) ? [idLike(g.fk.examples[0], g.rng), alnum(g.rng, 8)] : alnum(g.rng, 8)),
  name: (g) => example(g) ?? named(g),
  term: (g) => example(g) ?? pick(g.rng, termsOf(g.api?.domain)),
  label: (g) => example(g) ?? pick(g.rng, LABELS[g.fk.entity ?? ''] ?? ['standard', 'default', 'general']),
  citation: (g) => `${g.rng.int(1, 999)} ${pick(g.rng, ['F.3d', 'F.4th', 'U.S.', 'S. Ct.', 'F. Supp. 3d', 'Cal. App. 5th'])} ${g.rng.int(1, 1500)}`,
  'case-name': (g) => `${pick(g.rng, FAKE_LAST)} v. ${g.rng.bool(0.5) ? pick(g.rng, FAKE_LAST) : pick(g.rng, COMPANIES)}`,
  unit: (g) => example(g) ?? pick(g.rng, UNITS_BY_DOMAIN[g.api?.domain ?? ''] ?? (g.world?.locale.units === 'imperial' ? ['lb', 'mi', 'F'] : ['kg', 'km', 'C'])),
  flight: (g) => `${pick(g.rng, ['LH', 'AF', 'BA', 'UA', 'DL', 'KL', 'IB', 'AA', 'EK', 'NH'])}${g.rng.int(100, 2999)}`,
  terminal: (g) => [String(g.rng.int(1, 5)), `T${g.rng.int(1, 5)}`],
  gate: (g) => `${pick(g.rng, ['A', 'B', 'C', 'D'])}${g.rng.int(1, 40)}`,
  seat: (g) => `${g.rng.int(1, 40)}${pick(g.rng, ['A', 'B', 'C', 'D', 'E', 'F'])}`,
  road: (g) => streetIn(city(g), g.rng).replace(/^\d+ | \d+$/g, ''),
  'car-trim': (g) => pick(g.rng, CAR.trim),
  'car-class': (g) => pick(g.rng, CAR.class),
  'car-type': (g) => pick(g.rng, CAR.type),
  'car-drivetrain': (g) => pick(g.rng, CAR.drivetrain),
  'car-transmission': (g) => pick(g.rng, CAR.transmission),
  'car-fuel_type': (g) => pick(g.rng, ['gasoline', 'diesel', 'electric', 'hybrid']),
  choice: (g) => pick(g.rng, g.fk.examples ?? ['standard']),
  isrc: (g) => isrc(g.rng, thisYear(g)),
  smiles: (g) => pick(g.rng, SMILES),
  cpe: (g) => cpe(g.rng),
  'cvss-vector': (g) => cvssVector(g.rng),
  cwe: (g) => cwe(g.rng),
  mcc: (g) => pick(g.rng, ['310', '311', '234', '208', '262', '222', '214', '440', '505', '302']),
  mnc: (g) => pick(g.rng, ['01', '02', '03', '10', '15', '20', '260', '410']),
  metar: (g) => metar(g.rng, pick(g.rng, ['KJFK', 'EGLL', 'LFPG', 'EDDF', 'LIRF', 'RJTT', 'KSFO', 'CYYZ']), Number((g.world?.today ?? '2025-06-15').slice(8, 10))),
  uuid: (g) => { const h = hex(g.rng, 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`; },
  secret: (g) => `${alnum(g.rng, 6).toLowerCase()}_secret_${alnum(g.rng, 16)}`,
  range: (g) => { const lo = g.rng.int(1, 120); return `${lo}-${lo + g.rng.int(5, 60)}`; },
  score: (g) => { const a = g.rng.int(0, 5); const b = g.rng.int(0, 5); return `${a > b ? 'W' : a < b ? 'L' : 'D'} ${a}-${b}`; },
  'game-server': gameServer,
  'achievement-id': (g) => `ACH_${pick(g.rng, ['FIRST_WIN', 'WIN_10_GAMES', 'NO_DAMAGE', 'SPEEDRUN', 'COLLECT_ALL', 'BOSS_1', 'LEVEL_50', 'MARATHON'])}`,
  'log-line': (g) => pick(g.rng, LOG_LINES),
  vehicle: (g) => `${thisYear(g) - g.rng.int(1, 12)} ${pick(g.rng, FIELD_TABLES.vehicle)}`,
  'seq-definition': (g) => `${pick(g.rng, N.SPECIES)} ${pick(g.rng, ['insulin (INS)', 'beta-actin (ACTB)', 'cytochrome c oxidase subunit I (COX1)', 'heat shock protein 70 (HSP70)', '16S ribosomal RNA'])}${pick(g.rng, [' mRNA, complete cds', ' gene, partial sequence', ', complete sequence'])}`,
  product: (g) => pick(g.rng, FAKE_PRODUCTS),
  // The fields an update changed: the tool's own parameters, not the record's id.
  'field-name': (g) => pick(g.rng, fieldNames(g.api)),
  // A variable's value: a build's settings in a pipeline, a person's details in a template.
  'var-value': (g) => pick(g.rng, g.api?.domain === 'devops' ? ['production', 'staging', 'true', 'false', 'eu-west-1', 'v2.4.0', '3', 'debug'] : [pick(g.rng, FAKE_FIRST), `Order ${g.rng.int(10000, 99999)}`, `${g.rng.int(10, 500)}.${g.rng.int(10, 99)}`, city(g).name]),
  'metric-labels': (g) => `${pick(g.rng, N.SERVICES)} on ${pick(g.rng, FIELD_TABLES.hostname)}`,
  'stat-line': (g) => `${g.rng.int(4, 38)} pts, ${g.rng.int(1, 14)} reb, ${g.rng.int(0, 12)} ast`,
  // An indicator of compromise: an address, a domain or a file hash.
  ioc: (g) => pick(g.rng, [ipv4(g.rng), `${pick(g.rng, ['update-check', 'cdn-sync', 'login-verify', 'mail-secure'])}.${pick(g.rng, ['xyz', 'top', 'net', 'info'])}`, hex(g.rng, 64)]),
};

const SMILES = ['CCO', 'CC(=O)OC1=CC=CC=C1C(=O)O', 'CN1C=NC2=C1C(=O)N(C(=O)N2C)C', 'C1=CC=CC=C1', 'CC(C)CC1=CC=C(C=C1)C(C)C(=O)O', 'C(C1C(C(C(C(O1)O)O)O)O)O', 'NCCC1=CC(O)=C(O)C=C1', 'CC(=O)NC1=CC=C(C=C1)O', 'O=C=O', 'CC(C)(C)NCC(O)C1=CC(O)=CC(O)=C1'];
const LOG_LINES = [
  'INFO Starting job on runner ubuntu-22.04', 'INFO Restoring cache for node_modules', 'INFO Installing dependencies', 'INFO Running unit tests', 'INFO 142 tests passed, 0 failed',
  'INFO Build artifacts uploaded', 'WARN Connection to registry timed out, retrying', 'INFO Deploying to staging', 'INFO Health check passed', 'INFO Job finished with exit code 0',
  'ERROR Job failed with exit code 1', 'ERROR Test suite exceeded the 30 minute limit', 'WARN Cache miss for key node-modules-v2', 'ERROR 3 tests failed in checkout.spec.ts',
];

const FIELD_NAMES = new WeakMap<ApiSpec, readonly string[]>();
function fieldNames(api: ApiSpec | undefined): readonly string[] {
  if (!api) return ['name'];
  let names = FIELD_NAMES.get(api);
  if (!names) {
    const own = Object.keys(api.parameters.properties).filter((k) => !/(^|_)ids?$/.test(k));
    FIELD_NAMES.set(api, (names = own.length > 0 ? own : ['name']));
  }
  return names;
}

/** Whether a field's value would be a guess: no rule knew it (a topic word, a generic label, an "<adjective> <noun>" name). */
export function isGuess(fk: FieldKind): boolean {
  if (fk.weak) return true;
  if (fk.examples) return false;
  if (fk.kind === 'label') return LABELS[fk.entity ?? ''] === undefined;
  if (fk.kind === 'name') {
    const e = fk.entity ?? '';
    return GENERIC_ENTITIES.test(e) || namerOf(e) === undefined;
  }
  return false;
}

/** Forms of `s` that fit tighter patterns: `summer-playlist`, `summer_playlist`. */
export const slugForms = (s: string): readonly string[] => {
  const sl = slug(s);
  return [sl, sl.replace(/-/g, '_'), sl.replace(/-/g, '')];
};
