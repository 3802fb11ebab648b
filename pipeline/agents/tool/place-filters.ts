/**
 * Where and what a search asks for, on each listed item: a city asked for is the item's city and
 * is in its address; a centre asked for (latitude, longitude, a radius) holds the item's
 * coordinates within the radius, and the item's distance is the distance to it; a query asked for
 * is what the item's title or name is about.
 */
import { typeOf, type Schema } from '../../values/values.js';
import { admits, fitNumber } from './admits.js';
import { argValue, isPinned, ownLevel, pin, type ArgLeaf } from './call-context.js';
import type { ItemRule } from './bounds.js';
import { snake, titleCase, tokens } from './names.js';
import { geoTables, kmBetween, type City } from '../../../core/geo.js';
import { SONG_TABLE } from '../../values/music.js';
import { ARTISTS } from '../../values/names.js';

const CITY_ARG = /^(city|town|locality|location|destination|where|place|near|area|city_name|near_city)$/;
const CITY_FIELD = /^(city|town|locality)$/;
const ADDRESS_FIELD = /(^|_)(address|location|place)$/;

/** The city an argument names: the value, or the part after an address's last comma. */
function cityOf(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length < 2) return undefined;
  const part = v.includes(',') ? v.slice(v.lastIndexOf(',') + 1).trim() : v.trim();
  return /\d/.test(part) || part.length < 2 ? undefined : part;
}

function cityRule(leaf: ArgLeaf, cityFields: readonly string[], addressFields: readonly string[], iprops: Record<string, Schema>): ItemRule {
  return (it, c) => {
    const city = cityOf(argValue(c.args, leaf));
    if (!city) return true;
    for (const f of cityFields) {
      if (typeof it[f] !== 'string' || isPinned(c, it, f) || !admits(iprops[f], city)) continue;
      it[f] = city;
      pin(c, it, f);
    }
    for (const f of addressFields) {
      const a = it[f];
      if (typeof a !== 'string' || a.toLowerCase().includes(city.toLowerCase())) continue;
      // An address keeps its street and takes the city; a bare place name becomes the city.
      const street = a.includes(',') ? a.slice(0, a.lastIndexOf(',')) : /\d/.test(a) ? a : '';
      const next = street && /\d/.test(street) ? `${street}, ${city}` : city;
      if (admits(iprops[f], next)) it[f] = next;
      else if (admits(iprops[f], city)) it[f] = city;
      pin(c, it, f);
    }
    return true;
  };
}

const KM_PER_DEG_LAT = 110.57;
const kmPerDegLon = (lat: number): number => 111.32 * Math.cos((lat * Math.PI) / 180);
const UNIT_KM: Record<string, number> = { km: 1, m: 0.001, meters: 0.001, mi: 1.60934, miles: 1.60934 };

/** A centre asked for, with its radius: listed items are within it, their distance the distance to it. */
function geoRule(lat: ArgLeaf, lon: ArgLeaf, radius: ArgLeaf | undefined, iprops: Record<string, Schema>): ItemRule | undefined {
  const keys = Object.keys(iprops);
  const ilat = keys.find((k) => /^(lat|latitude)$/.test(k));
  const ilon = keys.find((k) => /^(lon|lng|longitude)$/.test(k));
  if (!ilat || !ilon) return undefined;
  const dist = keys.find((k) => tokens(k)[0] === 'distance' && typeOf(iprops[k]) !== 'string');
  const distUnit = dist ? (tokens(dist).map((t) => UNIT_KM[t]).find((u) => u !== undefined) ?? 1) : 1;
  const radiusUnit = radius ? (tokens(radius.name).map((t) => UNIT_KM[t]).find((u) => u !== undefined) ?? 1) : 1;
  return (it, c) => {
    const y0 = argValue(c.args, lat);
    const x0 = argValue(c.args, lon);
    const r = radius ? argValue(c.args, radius) : undefined;
    if (typeof y0 !== 'number' || typeof x0 !== 'number') return true;
    const rKm = typeof r === 'number' && r > 0 ? r * radiusUnit : 10;
    const km = (y: number, x: number): number => Math.hypot((y - y0) * KM_PER_DEG_LAT, (x - x0) * kmPerDegLon(y0));
    namePlaces(it, iprops, y0, x0, rKm);
    // A lone coordinate (the other left out) is still the centre's, within the radius.
    if (typeof it[ilat] === 'number' && typeof it[ilon] !== 'number' && Math.abs((it[ilat] as number) - y0) * KM_PER_DEG_LAT > rKm) {
      const y = fitNumber(iprops[ilat], y0 + ((c.rng.next() - 0.5) * rKm) / KM_PER_DEG_LAT, 0.0001);
      if (y !== undefined) it[ilat] = y;
    }
    if (typeof it[ilon] === 'number' && typeof it[ilat] !== 'number' && Math.abs((it[ilon] as number) - x0) * kmPerDegLon(y0) > rKm) {
      const x = fitNumber(iprops[ilon], x0 + ((c.rng.next() - 0.5) * rKm) / kmPerDegLon(y0), 0.0001);
      if (x !== undefined) it[ilon] = x;
    }
    if (typeof it[ilat] !== 'number' || typeof it[ilon] !== 'number') return true;
    if (km(it[ilat] as number, it[ilon] as number) > rKm) {
      const bearing = c.rng.next() * 2 * Math.PI;
      const d = rKm * (0.1 + 0.8 * c.rng.next());
      const y = fitNumber(iprops[ilat], y0 + (d * Math.cos(bearing)) / KM_PER_DEG_LAT, 0.0001);
      const x = fitNumber(iprops[ilon], x0 + (d * Math.sin(bearing)) / kmPerDegLon(y0), 0.0001);
      if (y === undefined || x === undefined || km(y, x) > rKm) return false;
      it[ilat] = y;
      it[ilon] = x;
    }
    pin(c, it, ilat);
    pin(c, it, ilon);
    if (dist && typeof it[dist] === 'number') {
      const v = fitNumber(iprops[dist], km(it[ilat] as number, it[ilon] as number) / distUnit, it[dist] as number);
      if (v !== undefined) it[dist] = v;
      pin(c, it, dist);
    }
    return true;
  };
}

const PLACE_NAME_FIELD = /^(place|location|location_name|city|town|locality|nearest_city|region|area)$/;
const COMPASS = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'];

/**
 * An item found around a centre is named for where it is: a place field naming a city of the
 * tables far from the centre becomes the city nearest the centre ("Jakarta"), or, for a `place`
 * (an earthquake's, as catalogues write it), the distance and direction from that city.
 */
function namePlaces(it: Record<string, unknown>, iprops: Record<string, Schema>, y0: number, x0: number, rKm: number): void {
  for (const f of Object.keys(it)) {
    const v = it[f];
    if (typeof v !== 'string' || !PLACE_NAME_FIELD.test(snake(f))) continue;
    const named = geoTables().cityByName.get((v.includes(',') ? v.slice(v.lastIndexOf(',') + 1) : v).trim().toLowerCase());
    if (!named || kmBetween(named, { lat: y0, lon: x0 }) <= rKm + 50) continue;
    let near: City | undefined;
    let best = 1000;
    for (const city of geoTables().cities) {
      const d = kmBetween(city, { lat: y0, lon: x0 });
      if (d < best) [near, best] = [city, d];
    }
    if (!near) continue;
    const bearing = (Math.atan2((x0 - near.lon) * kmPerDegLon(near.lat), (y0 - near.lat) * KM_PER_DEG_LAT) * 180) / Math.PI;
    const away = `${Math.max(1, Math.round(best))} km ${COMPASS[Math.round(((bearing + 360) % 360) / 22.5) % 16]} of ${near.name}`;
    const next = snake(f) === 'place' && best > 5 ? away : near.name;
    if (admits(iprops[f], next)) it[f] = next;
    else if (admits(iprops[f], near.name)) it[f] = near.name;
  }
}

const QUERY_ARG = /^(query|q|keywords?|search|search_term|search_query|term|topic|mark_text|claim_text|title_contains|name_contains)$/;
// Not a case name: "Smith v. Jones" holds parties, never the topic searched for (its snippet does).
const TITLE_FIELDS = ['title', 'name', 'display_name', 'label', 'headline', 'mark_text', 'text', 'job_title', 'course_name', 'subject', 'snippet', 'summary'];
/** Fields that hold a sentence: the query leads it rather than replacing it. */
const SENTENCE_FIELDS = new Set(['snippet', 'summary']);
/** Variants a search lists beside the exact match: editions, tiers, levels (products, plans, marks, jobs). */
const TAILS = ['II', 'Plus', 'Pro', 'Select', 'Live', 'One', 'Max', 'Prime'];

/**
 * How titles of one kind of thing hold what was searched for (Q: the query in title case, q: as
 * asked). A course is "Introduction to Q", not "Q II"; an article's headline says something
 * about Q; events of a calendar repeat their title; a song's versions are live or remastered.
 * `exact`: the first item is the query itself (a song or a film of that name); otherwise every
 * item takes a frame.
 */
interface Frames {
  readonly exact: boolean;
  readonly frames: readonly string[];
}
const FRAMES: readonly [RegExp, Frames][] = [
  [/job|career|vacanc|hiring|recruit/, { exact: true, frames: ['Q', 'Senior Q', 'Q II', 'Lead Q', 'Junior Q', 'Q (Contract)'] }],
  [/calendar|event|meeting|appointment|schedule/, { exact: true, frames: ['Q'] }],
  [/course|class|lesson|tutorial|training|curriculum/, { exact: false, frames: ['Introduction to Q', 'Q for Beginners', 'Q Fundamentals', 'Advanced Q', 'Q: A Practical Course', 'Mastering Q'] }],
  [/paper|publication|research|scholar|journal|preprint|citation/, { exact: false, frames: ['Recent Advances in Q', 'Q: A Systematic Review', 'A New Approach to Q', 'Measuring Q at Scale', 'Q Revisited', 'Open Problems in Q'] }],
  [/fact|claim/, { exact: true, frames: ['Q', 'Viral post says q', 'Q, a study claims', 'Q, says a popular video'] }],
  [/news|article|podcast|episode|video|post|blog|story|headline|feed/, { exact: false, frames: ['Q: What We Know So Far', 'Why Q Matters Now', 'The Week in Q', 'Q, Explained', "What's Next for Q", 'Inside the Debate on Q'] }],
  [/recipe|meal|dish|cook/, { exact: false, frames: ['Classic Q', 'Easy Weeknight Q', 'One-Pot Q', 'Q with Garlic and Herbs', 'Slow-Cooker Q', 'Q, Three Ways'] }],
  [/dataset|data_set|statistic|open_data|indicator/, { exact: false, frames: ['Q by Region', 'Q: Annual Series', 'Q: Monthly Series', 'Q by Age Group', 'Q (Provisional)', 'Q by District'] }],
  [/mail|inbox|message|email/, { exact: true, frames: ['Q', 'Re: Q', 'Fwd: Q', 'Q (follow-up)', 'Re: Re: Q'] }],
  [/music|song|track|album|playlist|lyric|audio/, { exact: true, frames: ['Q', 'Q (Live)', 'Q (Remastered)', 'Q (Acoustic)', 'Q - Radio Edit', 'Q (Demo)'] }],
  [/movie|film|tv|show|series|anime|cinema/, { exact: true, frames: ['Q', 'The Q Years', 'Beyond Q', 'After Q', 'Q Nights', 'Return to Q'] }],
];
const TAIL_FRAMES: Frames = { exact: true, frames: ['Q', ...TAILS.map((t) => `Q ${t}`)] };
const framesMemo = new WeakMap<object, Frames>();
function framesOf(api: { readonly name: string; readonly domain: string }, field: string): Frames {
  if (field === 'subject') return FRAMES.find(([re]) => re.test('mail'))![1];
  let f = framesMemo.get(api);
  if (!f) {
    const about = `${api.name} ${api.domain}`.toLowerCase();
    f = FRAMES.find(([re]) => re.test(about))?.[1] ?? TAIL_FRAMES;
    framesMemo.set(api, f);
  }
  return f;
}
/** A sentence field (a snippet, a summary) says something about the query, by domain. */
const SENTENCES: Readonly<Record<string, readonly string[]>> = {
  legal: ['The appeal turned on q.', 'On q, the court reversed the lower ruling.', 'The court held that the q claim could proceed.', 'The panel found no basis for the q claim.'],
  '': ['Mentions q in the opening paragraph.', 'A detailed discussion of q.', 'Covers q with recent examples.', 'Notes on q and related topics.'],
};
const sentenceAbout = (domain: string, q: string, n: number): string => {
  const frames = SENTENCES[domain] ?? SENTENCES[''];
  const t = frames[(n + q.length) % frames.length].replace('q', q.toLowerCase());
  return t.charAt(0).toUpperCase() + t.slice(1);
};
const framed = (frame: string, q: string): string => frame.replace('Q', titleCase(q)).replace(/\bq\b/, q.toLowerCase());
const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'near', 'about', 'best', 'new', 'top']);

/** The item's title is about every query asked (a query and a keyword: both are in it). */
function queryRule(leaves: readonly ArgLeaf[], f: string, fs: Schema): ItemRule {
  return (it, c) => {
    const qs = leaves.map((l) => argValue(c.args, l)).filter((q): q is string => typeof q === 'string' && q.trim() !== '');
    const own = it[f];
    if (qs.length === 0 || typeof own !== 'string') return true;
    // Each query once (a keyword that repeats the query adds nothing).
    const low = (s: string): string => s.trim().toLowerCase();
    const parts = qs.filter((q, i) => !qs.some((p, j) => j !== i && low(p).includes(low(q)) && (p.length > q.length || j < i)));
    const q = parts.join(' ');
    const words = q.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !STOP.has(w));
    const has = own.toLowerCase();
    if (words.length === 0 || words.every((w) => has.includes(w))) return true;
    const title = f === 'mark_text' ? q.toUpperCase() : SENTENCE_FIELDS.has(f) ? `${titleCase(q.trim())}: ${own}` : titleCase(q.trim());
    // Titles of the kind of thing listed, each holding the query: the first rewritten is the
    // exact match where things are named so (a song, a mark), the others variants of it.
    const n = c.counters.get(f) ?? 0;
    c.counters.set(f, n + 1);
    const { exact, frames } = f === 'mark_text' ? TAIL_FRAMES : framesOf(c.api, f);
    const at = exact ? n : n + q.length;
    const next = SENTENCE_FIELDS.has(f) ? sentenceAbout(c.api.domain, q.trim(), n) : f === 'mark_text' ? (n === 0 ? title : `${title} ${TAILS[(n - 1) % TAILS.length]}`) : framed(frames[at % frames.length], q.trim());
    if (admits(fs, next)) it[f] = next;
    else if (admits(fs, title)) it[f] = title;
    pin(c, it, f);
    return true;
  };
}

/** The place and query rules a listed item with properties `iprops` meets for the call's leaves. */
/** Lists of people or accounts: a search's query is not their name (no artist called "Viva La Vida (Live)"). */
const PEOPLE_LIST = /^(artists|authors|users|people|persons|creators|channels|accounts|players|members|contributors|performers|speakers|actors|cast)$/;

/**
 * A list of people found by a query: the first is the one the query names (an artist asked by
 * name, or the artist of a well-known song asked for); a query that names nobody leaves them.
 */
function personQueryRule(leaves: readonly ArgLeaf[]): ItemRule {
  return (it, c) => {
    if ((c.counters.get('\u0000person') ?? 0) > 0) return true;
    c.counters.set('\u0000person', 1);
    const q = leaves.map((l) => argValue(c.args, l)).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (!q) return true;
    const low = q.toLowerCase();
    const named = ARTIST_NAMES().get(low) ?? SONG_TABLE.find((x) => low.includes(x.title.toLowerCase()))?.artist;
    if (named && typeof it.name === 'string') it.name = named;
    pin(c, it, 'name');
    return true;
  };
}
let artistNames: Map<string, string> | undefined;
const ARTIST_NAMES = (): Map<string, string> => (artistNames ??= new Map([...ARTISTS, ...SONG_TABLE.map((x) => x.artist)].map((a) => [a.toLowerCase(), a])));

export function placeRules(leaves: readonly ArgLeaf[], iprops: Record<string, Schema>, listKey = ''): ItemRule[] {
  const rules: ItemRule[] = [];
  const keys = Object.keys(iprops);
  const strings = keys.filter((k) => typeOf(iprops[k]) === 'string' && !iprops[k].enum && !iprops[k].format);
  const cityFields = strings.filter((k) => CITY_FIELD.test(snake(k)));
  const addressFields = strings.filter((k) => ADDRESS_FIELD.test(snake(k)) && !/_id$/.test(k));
  const queries: ArgLeaf[] = [];
  for (const leaf of leaves) {
    if (leaf.type !== 'string' || typeof leaf.schema.pattern === 'string') continue;
    if (CITY_ARG.test(snake(leaf.name)) && (cityFields.length > 0 || addressFields.length > 0)) rules.push(cityRule(leaf, cityFields, addressFields, iprops));
    if (QUERY_ARG.test(snake(leaf.name))) queries.push(leaf);
  }
  const people = PEOPLE_LIST.test(snake(listKey));
  if (people && queries.length > 0 && strings.includes('name')) rules.push(personQueryRule(queries));
  const title = queries.length > 0 && !people ? TITLE_FIELDS.find((k) => strings.includes(k) && !iprops[k].pattern) : undefined;
  if (title) rules.push(queryRule(queries, title, iprops[title]));
  // Characters asked for (contains: "2024") are in the item's number or name.
  const contains = leaves.find((l) => l.type === 'string' && /^(contains|number_contains|digits|pattern_contains)$/.test(snake(l.name)));
  const holder = contains && ['phone_number', 'number', 'name', 'title', 'code'].find((k) => strings.includes(k));
  if (contains && holder) rules.push((it, c) => {
    const v = argValue(c.args, contains);
    const own = it[holder];
    if (typeof v !== 'string' || typeof own !== 'string' || own.includes(v)) return true;
    const next = own.length > v.length + 1 ? own.slice(0, own.length - v.length) + v : `${own}${v}`;
    if (admits(iprops[holder], next)) it[holder] = next;
    pin(c, it, holder);
    return true;
  });
  // A centre: latitude and longitude under one parent, with a radius beside them or at the top.
  const lat = leaves.find((l) => /^(lat|latitude)$/.test(l.path[l.path.length - 1]) && l.type === 'number');
  if (lat) {
    const parent = lat.path.slice(0, -1).join('.');
    const lon = leaves.find((l) => /^(lon|lng|longitude)$/.test(l.path[l.path.length - 1]) && l.path.slice(0, -1).join('.') === parent);
    const radius = leaves.find((l) => tokens(l.path[l.path.length - 1])[0] === 'radius' && (l.path.slice(0, -1).join('.') === parent || ownLevel(l)));
    const r = lon ? geoRule(lat, lon, radius, iprops) : undefined;
    if (r) rules.push(r);
  }
  return rules;
}
