/**
 * Places of one object agree: its city, country, state, time zone, airport, coordinates, address
 * and currency all come from one city record of core/geo (per role: an origin and a destination
 * are two records). The user's side (the object's own place, an origin) is usually the world's
 * city; the other side is another real city. Drawn lazily, so a field's order does not matter.
 */
import { geoTables, type City, type Country } from '../../core/geo.js';
import type { ItemWorld } from '../../core/plan.js';
import { textHash, type Rng } from '../../core/rng.js';
import { postalCode } from './codes.js';
import type { Role } from './kinds.js';
import { FAKE_STREETS, pick } from './words.js';

/** The places drawn for one object, by role. */
export class Scene {
  private readonly places: Partial<Record<Role, City>> = {};
  /** Per role, whether its point is the city's centre (which a user names by the city) or a spot a few km off. */
  private readonly centred: Partial<Record<Role, boolean>> = {};
  /** Whether a field of the object is a US state: its places are then US cities. */
  usOnly = false;
  /** The object's opening hours, line by line (generators.ts). */
  hours: { readonly lines: readonly string[]; next: number } | undefined;
  /** The role a nested object's places take from its key (an `origin: {city, country}`). */
  constructor(
    readonly defaultRole: Role = '',
    /** Never the user's own city (values that must differ from call to call). */
    readonly vary = false,
  ) {}

  has(role: Role): boolean {
    return this.places[role === '' ? this.defaultRole : role] !== undefined;
  }

  city(role: Role, rng: Rng, world: ItemWorld | undefined): City {
    const r = role === '' ? this.defaultRole : role;
    const got = this.places[r];
    if (got) return got;
    const here = world ? geoTables().cityByName.get(world.locale.city.toLowerCase()) : undefined;
    const userSide = this.vary ? 0 : r === 'origin' ? 0.85 : r === '' ? 0.65 : 0;
    let c: City;
    if (here && (!this.usOnly || here.country === 'US') && rng.next() < userSide) c = here;
    else {
      const pool = this.usOnly ? usCities() : geoTables().cities;
      c = pool[Math.floor(rng.next() * pool.length)];
      // Two sides of one object are two places: the other side is another country (a visa check, a trip abroad).
      const taken = Object.values(this.places);
      if (r === 'destination' && !this.usOnly && world) taken.push(here!);
      for (let tries = 0; tries < 6 && taken.some((t) => t === c || (r === 'destination' && !this.usOnly && t?.country === c.country)); tries++) c = pool[Math.floor(rng.next() * pool.length)];
    }
    this.places[r] = c;
    return c;
  }

  /** A coordinate of the role's point: its latitude and longitude agree (both the centre, or one spot near it). */
  point(role: Role, coord: 'lat' | 'lon', rng: Rng, world: ItemWorld | undefined): number {
    const c = this.city(role, rng, world);
    const r = role === '' ? this.defaultRole : role;
    const centre = (this.centred[r] ??= rng.next() < CENTRED);
    return centre ? c[coord] : nearby(c[coord], rng);
  }
}

/** Share of points that are their city's centre (the table's coordinates). */
const CENTRED = 0.6;

let us: readonly City[] | undefined;
const usCities = (): readonly City[] => (us ??= geoTables().cities.filter((c) => c.country === 'US'));

export const countryOf = (city: City): Country => geoTables().countryByCode.get(city.country)!;

/** An IATA code of the city's airports (or of its country's, for a city without one). */
export function airportOf(city: City, rng: Rng): string {
  const g = geoTables();
  const own = g.airportsByCity.get(city.name.toLowerCase());
  const list = own && own.length > 0 ? own : g.airports.filter((a) => a.country === city.country);
  return list.length > 0 ? list[Math.floor(rng.next() * list.length)].code : g.airports[0].code;
}

/** Street names in the local language where the country has one, house number where it goes there. */
const LOCAL_STREETS: Readonly<Record<string, readonly [readonly string[], boolean]>> = {
  fr: [['Rue de la Republique', 'Avenue Victor Hugo', 'Boulevard Voltaire', 'Rue des Lilas', 'Rue Nationale', 'Quai Saint-Antoine', 'Rue du Marche', 'Avenue Jean Jaures'], true],
  de: [['Hauptstrasse', 'Bahnhofstrasse', 'Gartenweg', 'Schillerstrasse', 'Goethestrasse', 'Lindenallee', 'Bergstrasse', 'Marktplatz'], false],
  es: [['Calle Mayor', 'Gran Via', 'Calle de Alcala', 'Avenida de la Constitucion', 'Calle Real', 'Paseo del Prado', 'Calle Serrano'], false],
  it: [['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele', 'Via Dante', 'Via Mazzini', 'Via Verdi', 'Corso Italia'], false],
  pt: [['Rua Augusta', 'Avenida da Liberdade', 'Rua do Carmo', 'Rua das Flores', 'Avenida Paulista', 'Rua Oscar Freire'], false],
  nl: [['Kalverstraat', 'Prinsengracht', 'Keizersgracht', 'Damrak', 'Coolsingel', 'Lange Voorhout'], false],
  sv: [['Drottninggatan', 'Kungsgatan', 'Storgatan', 'Sveavagen', 'Hornsgatan', 'Vasagatan'], false],
  no: [['Karl Johans gate', 'Storgata', 'Kirkegata', 'Bogstadveien', 'Thorvald Meyers gate'], false],
  da: [['Stroget', 'Norrebrogade', 'Vesterbrogade', 'Amagerbrogade', 'Gothersgade'], false],
  fi: [['Mannerheimintie', 'Aleksanterinkatu', 'Hameentie', 'Bulevardi', 'Fredrikinkatu'], false],
  pl: [['ulica Marszalkowska', 'ulica Florianska', 'ulica Dluga', 'aleja Jerozolimskie', 'ulica Piotrkowska'], false],
  cs: [['Vodickova', 'Narodni', 'Karlova', 'Vinohradska', 'Dlouha'], false],
  hu: [['Andrassy ut', 'Vaci utca', 'Kiraly utca', 'Rakoczi ut', 'Bajcsy-Zsilinszky ut'], false],
  el: [['Odos Ermou', 'Odos Athinas', 'Leoforos Syngrou', 'Odos Patision', 'Odos Stadiou'], false],
  tr: [['Istiklal Caddesi', 'Bagdat Caddesi', 'Ataturk Bulvari', 'Cumhuriyet Caddesi', 'Halaskargazi Caddesi'], false],
  ja: [['Ginza', 'Shibuya', 'Umeda', 'Sakae', 'Shinjuku', 'Namba'], true],
  ko: [['Sejong-daero', 'Teheran-ro', 'Gangnam-daero', 'Toegye-ro', 'Eulji-ro', 'Jong-ro'], false],
  zh: [['Nanjing Lu', 'Huaihai Zhonglu', 'Changan Jie', 'Wangfujing Dajie', 'Zhongshan Lu', 'Jiefang Lu'], true],
  vi: [['Duong Le Loi', 'Duong Nguyen Hue', 'Pho Hang Bac', 'Duong Tran Hung Dao', 'Pho Hue'], true],
  id: [['Jalan Sudirman', 'Jalan Thamrin', 'Jalan Gatot Subroto', 'Jalan Malioboro', 'Jalan Braga'], false],
  th: [['Thanon Sukhumvit', 'Thanon Silom', 'Thanon Rama IV', 'Thanon Phetchaburi', 'Thanon Ratchadamri'], true],
};

/** Streets for a city without a local list: the English-style ones (no Calle Mayor in Toronto). */
let englishStreets: readonly string[] | undefined;
const plainStreets = (): readonly string[] => (englishStreets ??= FAKE_STREETS.filter((s) => !/^(rue|calle|via|avenida|rua) |strasse$/i.test(s)));

/** A street address in `city`: number and street the way its country writes them. */
export function streetIn(city: City, rng: Rng): string {
  const local = LOCAL_STREETS[countryOf(city).language ?? ''];
  const n = rng.int(1, 240);
  if (!local) return `${n} ${pick(rng, plainStreets())}`;
  const [streets, numberFirst] = local;
  const s = pick(rng, streets);
  return numberFirst ? `${n} ${s}` : `${s} ${n}`;
}
export const addressIn = (city: City, rng: Rng): string => `${streetIn(city, rng)}, ${city.name}`;
/** Every street of the local tables, with the language whose country it belongs to. */
let streetLanguage: Map<string, string> | undefined;
const languageOfStreet = (name: string): string | undefined =>
  (streetLanguage ??= new Map(Object.entries(LOCAL_STREETS).flatMap(([lang, [streets]]) => streets.map((s) => [s.toLowerCase(), lang] as const)))).get(name.toLowerCase());

/**
 * The street part of an address in `city` ("Rua Augusta 235"), in that city's own streets: a
 * street of another country's (Rua Augusta in Warsaw, Hauptstrasse in Istanbul) becomes one of the
 * city's, written its way, the house number kept; so does a faker street in a city with a local
 * list, or a Calle Mayor where the city has none. A street of the city's own, a street the tables
 * do not know (a real one a model wrote), and anything not shaped "number street" stay.
 */
export function localStreet(street: string, city: City): string {
  const m = /^(\d{1,5}) ([^,]+)$/.exec(street) ?? /^([^,]+?) (\d{1,5})$/.exec(street);
  if (!m) return street;
  const numberFirst = /^\d/.test(street);
  const [n, name] = numberFirst ? [m[1], m[2]] : [m[2], m[1]];
  const local = LOCAL_STREETS[countryOf(city).language ?? ''];
  const from = languageOfStreet(name);
  // Only a street the tables know as another place's moves: a real one they do not know (350 Fifth Avenue, an LLM's answer) stays.
  const own = local !== undefined && local[0].some((s) => s.toLowerCase() === name.toLowerCase());
  const foreign = local ? !own && (from !== undefined || FAKE_STREETS.includes(name)) : from !== undefined || (FAKE_STREETS.includes(name) && !plainStreets().includes(name));
  if (!foreign) return street;
  // Picked by the text's hash, not a step of the item's generator.
  const h = textHash(street);
  if (!local) return `${n} ${plainStreets()[h % plainStreets().length]}`;
  const [streets, first] = local;
  const s = streets[h % streets.length];
  return first ? `${n} ${s}` : `${s} ${n}`;
}

/** An address "street, City" (or "street, City, Country") with its street made the city's own when the city is one of the tables'. */
export function localAddress(address: string): string {
  const parts = address.split(', ');
  if (parts.length < 2 || parts.length > 3) return address;
  const city = geoTables().cityByName.get(parts[1].toLowerCase());
  if (!city) return address;
  const street = localStreet(parts[0], city);
  return street === parts[0] ? address : [street, ...parts.slice(1)].join(', ');
}

export const postalIn = (city: City, rng: Rng): string => postalCode(rng, city.country);

/** A coordinate within a few km of the city's centre. */
export const nearby = (centre: number, rng: Rng): number => Math.round((centre + (rng.next() - 0.5) * 0.06) * 10_000) / 10_000;
