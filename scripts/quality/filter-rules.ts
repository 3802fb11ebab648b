/**
 * How one search filter judges one listed item: a numeric bound (max_price against price or
 * total_price, min_rating, radius against distance), a date range or day (from/to, since,
 * departure_date against departure_time), a category or location (genre, status, city, also a
 * known city at the end of an address), a yes/no filter (only_offline, nonstop_only, open_now),
 * an area (near: latitude, longitude, radius). Each rule answers only when the item holds the
 * field the filter is about; otherwise it cannot judge (undefined).
 */
import { geoTables } from '../../core/geo.js';
import { dayOf } from './dates.js';
import { show, words } from './fields.js';
import { isObject } from './record-view.js';
import { sameValue } from './same-value.js';

export interface Verdict {
  readonly broken?: string;
}
type Item = Readonly<Record<string, unknown>>;

const OK: Verdict = Object.freeze({});
const LOWER = new Set(['min', 'minimum', 'from', 'start', 'since', 'after', 'earliest', 'above', 'least']);
const UPPER = new Set(['max', 'maximum', 'to', 'end', 'until', 'before', 'latest', 'under', 'below', 'most']);
const DATE_WORDS = new Set(['date', 'time', 'datetime', 'day', 'at', 'on', 'timestamp']);
const FREE = new Set(['query', 'q', 'search', 'keyword', 'keywords', 'term', 'text', 'sort', 'order', 'by', 'page', 'offset', 'cursor', 'fields', 'include', 'expand', 'format', 'units', 'unit', 'system', 'radius', 'limit', 'token']);
const NO_CONSTRAINT = new Set(['all', 'any', 'both', 'none', '*']);
const ANTONYM: Readonly<Record<string, string>> = { offline: 'online', unread: 'read', inactive: 'active', closed: 'open', unavailable: 'available', private: 'public', unpaid: 'paid', disabled: 'enabled' };

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const endsWith = (a: readonly string[], b: readonly string[]): boolean => b.length > 0 && a.length >= b.length && same(a.slice(a.length - b.length), b);

/** max_price 500 against price/total_price; min_rating against rating; radius_m against distance_m. */
export function numericBound(key: string, value: unknown, item: Item): Verdict | undefined {
  if (typeof value !== 'number') return undefined;
  let w = words(key);
  // start/end of a number are positions (start_index), not bounds on the items' values.
  const bound = w.find((x) => (LOWER.has(x) || UPPER.has(x)) && x !== 'start' && x !== 'end');
  const radius = w[0] === 'radius';
  if (!bound && !radius) return undefined;
  const upper = radius || UPPER.has(bound!);
  w = radius ? ['distance', ...w.slice(1)] : w.filter((x) => x !== bound && x !== 'at' && x !== 'least' && x !== 'most');
  if (w.length === 0 || w.some((x) => DATE_WORDS.has(x))) return undefined;
  for (const [k, v] of Object.entries(item)) {
    if (typeof v !== 'number' || !endsWith(words(k), w)) continue;
    if (upper ? v > value : v < value) return { broken: `${key} ${value} but item ${k} ${v}` };
    return OK;
  }
  return undefined;
}

function daysOfItem(item: Item, stem: readonly string[]): { key: string; day: string; local: string }[] {
  const out: { key: string; day: string; local: string }[] = [];
  for (const [k, v] of Object.entries(item)) {
    const d = dayOf(v);
    if (!d) continue;
    const kw = words(k).filter((x) => !DATE_WORDS.has(x));
    if (stem.length === 0 ? kw.length === 0 || ['start', 'starts', 'datetime'].includes(kw[0]) : same(kw, stem) || endsWith(kw, stem)) out.push({ key: k, day: d.written, local: d.local });
  }
  return out;
}

/** from/to, since/until, start/end bounds and exact days (date, departure_date) against the item's dates. */
export function dateBound(key: string, value: unknown, item: Item): Verdict | undefined {
  const d = dayOf(value);
  if (!d) return undefined;
  const w = words(key);
  const lower = w.some((x) => LOWER.has(x));
  const upper = w.some((x) => UPPER.has(x));
  const stem = w.filter((x) => !LOWER.has(x) && !UPPER.has(x) && !DATE_WORDS.has(x));
  const dates = daysOfItem(item, stem);
  if (dates.length === 0) return undefined;
  if (lower && dates.every((x) => x.day < d.written)) return { broken: `${key} ${value} but item ${dates[0].key} ${dates[0].day}` };
  if (upper && dates.every((x) => x.day > d.written)) return { broken: `${key} ${value} but item ${dates[0].key} ${dates[0].day}` };
  if (!lower && !upper && w.some((x) => x === 'date' || x === 'day')) {
    const near = (x: string): boolean => Math.abs(Date.parse(x) - Date.parse(d.written)) <= 86_400_000;
    if (!dates.some((x) => near(x.day))) return { broken: `${key} ${value} but item ${dates[0].key} ${dates[0].day}` };
  }
  return OK;
}

const singular = (s: string): string => (s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('ses') ? s.slice(0, -2) : s.endsWith('s') ? s.slice(0, -1) : s);

/** Leading words that change what a field is about: base_currency is not the rates' currency. */
const QUALIFIERS = new Set(['base', 'from', 'to', 'source', 'target', 'origin', 'destination', 'home', 'away', 'primary', 'secondary', 'parent', 'child', 'old', 'new', 'previous', 'next', 'preferred', 'default', 'original', 'quote', 'billing', 'shipping']);

/** Last words that belong to the words before them. */
const OWNED = new Set(['name', 'id', 'title', 'code', 'number']);

/** The item field a category filter is about: the same name, its singular, or its last word (device_types: type). */
function categoryField(key: string, item: Item): string | undefined {
  const w = words(key);
  const last = w[w.length - 1];
  // map_name, team_id: the name or id of another thing (the map, the team), not of the item.
  const byLast = w.length > 1 && !w.slice(0, -1).some((x) => QUALIFIERS.has(x)) && !OWNED.has(last);
  const names = [key, singular(key), w.join('_'), singular(w.join('_')), ...(byLast ? [last, singular(last)] : [])];
  return names.find((n) => n in item);
}

/** The city at the end of an address, when the tables know it ("12 Main Road, Copenhagen"). */
function addressCity(address: unknown): string | undefined {
  if (typeof address !== 'string' || !address.includes(',')) return undefined;
  const last = address.split(',').pop()!.trim().toLowerCase();
  return geoTables().cityByName.get(last)?.name;
}

/** Identifier-like filters: an id, a DOI, a ticker... */
const IDS = new Set(['id', 'ids', 'doi', 'dois', 'isbn', 'uuid', 'number', 'symbol', 'symbols', 'code', 'codes', 'sku', 'ticker', 'tickers']);

export interface FilterContext {
  /** The name of the list the item is in ("courses"). */
  readonly list: string;
  /** The filter's enum in the tool's schema, if any. */
  readonly enum?: readonly unknown[];
  /** A value made only of the generator's filler words: garbage, whatever the field means. */
  readonly garbage: (v: string) => boolean;
}

/**
 * Does the filter judge this item field? An identifier filter only when it lists several ids or
 * the list is of the thing it identifies (course_id over courses, not property_id over
 * comparables: those are other properties); an enum filter only when the item's value is of
 * the enum (venue home/away says nothing about a stadium's name) or is garbage.
 */
function judges(key: string, value: unknown, got: readonly unknown[], ctx: FilterContext): boolean {
  const w = words(key);
  if (IDS.has(w[w.length - 1]) && !Array.isArray(value)) {
    const thing = w.slice(0, -1).map(singular).join('_');
    if (thing === '' || singular(words(ctx.list).join('_')) !== thing) return false;
  }
  if (ctx.enum) return got.every((g) => typeof g === 'string' && (ctx.garbage(g) || ctx.enum!.some((e) => sameValue(e, g))));
  return true;
}

/** genre, status, cuisine, city, category... against the item's value (one of the values asked for). */
export function category(key: string, value: unknown, item: Item, ctx: FilterContext): Verdict | undefined {
  const wanted = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  if (wanted.length === 0 || wanted.length !== (Array.isArray(value) ? value.length : 1)) return undefined;
  // A bound (min_severity "moderate") may be met by another value of an ordered scale: not judged.
  if (words(key).some((x) => FREE.has(x) || LOWER.has(x) || UPPER.has(x)) || wanted.some((v) => NO_CONSTRAINT.has(v.toLowerCase()))) return undefined;
  const field = categoryField(key, item);
  let got = field === undefined ? undefined : item[field];
  if (field === undefined && words(key).includes('city')) got = addressCity(item.address);
  if (got === undefined || got === null) return undefined;
  const have = (Array.isArray(got) ? got : [got]).filter((g) => typeof g === 'string' || typeof g === 'number');
  if (have.length === 0 || !judges(key, value, have, ctx)) return undefined;
  if (!have.some((h) => wanted.some((v) => sameValue(v, h)))) return { broken: `${key} ${show(value)} but item ${field ?? 'address'} ${show(got)}` };
  return OK;
}

/** only_offline, nonstop_only, open_now, with_certificate: true asks for items that are so. */
export function yesNo(key: string, value: unknown, item: Item): Verdict | undefined {
  if (value !== true) return undefined;
  const w = words(key).filter((x) => !['only', 'is', 'has', 'with', 'must', 'be'].includes(x));
  if (w.length === 0 || words(key)[0] === 'include') return undefined;
  const stem = w.join('_');
  if (stem === 'nonstop' && typeof item.stops === 'number') return item.stops === 0 ? OK : { broken: `${key} true but item stops ${item.stops}` };
  for (const k of [stem, `is_${stem}`, `has_${stem}`]) if (typeof item[k] === 'boolean') return item[k] ? OK : { broken: `${key} true but item ${k} false` };
  const opposite = ANTONYM[stem];
  if (opposite) for (const k of [opposite, `is_${opposite}`]) if (typeof item[k] === 'boolean') return item[k] ? { broken: `${key} true but item ${k} true` } : OK;
  return undefined;
}

function coordinates(o: Item): [number, number] | undefined {
  const lat = o.latitude ?? o.lat;
  const lon = o.longitude ?? o.lon ?? o.lng;
  if (typeof lat === 'number' && typeof lon === 'number') return [lat, lon];
  for (const k of ['location', 'coordinates', 'geo', 'position']) if (isObject(o[k])) return coordinates(o[k] as Item);
  return undefined;
}

/** Great-circle distance in metres. */
function metres([a, b]: [number, number], [c, d]: [number, number]): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((c - a) * rad) / 2) ** 2 + Math.cos(a * rad) * Math.cos(c * rad) * Math.sin(((d - b) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** near: {latitude, longitude, radius_m / radius_km}: the item's coordinates inside the circle. */
export function area(value: unknown, item: Item): Verdict | undefined {
  if (!isObject(value)) return undefined;
  const centre = coordinates(value);
  const r = typeof value.radius_m === 'number' ? value.radius_m : typeof value.radius_km === 'number' ? value.radius_km * 1000 : undefined;
  const at = coordinates(item);
  if (!centre || r === undefined || !at) return undefined;
  const m = metres(centre, at);
  return m > r * 1.05 + 50 ? { broken: `item ${Math.round(m)} m from the centre, radius ${r} m` } : OK;
}
