/**
 * An independent reader of generated values: it knows nothing of how pipeline/values classifies
 * a field, only what a person checking a record would look at (a code field holds a real code,
 * a city sits in its country, a booking is not in the past, a range is ordered...). It counts,
 * per defect class, how many fields (or objects) it applies to and how many are wrong.
 */
import { isIP } from 'node:net';
import { geoTables, isLanguageTag } from '../../core/geo.js';

export interface Tally {
  n: number;
  bad: number;
  examples: string[];
}
export type Tallies = Record<string, Tally>;

const FILLER_WORD = /^(alpha|delta|orbit|harbor|summit|cedar|falcon|meadow|aurora|beacon|comet|ember|glacier|lumen|nova|pioneer|quartz|ridge|sierra|tundra)$/i;
/**
 * A filler value: every word of it a filler word ("Nova beacon", "orbit"), or a path ending in
 * one (".../orbit"). A real name that merely contains one (Sierra Mosciski, bossa nova) is not.
 */
function isFiller(v: string): boolean {
  const words = v.split(/[^A-Za-z]+/).filter((w) => w !== '');
  if (words.length > 0 && words.every((w) => FILLER_WORD.test(w))) return true;
  const last = /\/([A-Za-z]+)$/.exec(v);
  return last !== null && FILLER_WORD.test(last[1]);
}
const FREE_TEXT = /(^|_)(description|message|summary|comment|comments|note|notes|body|text|review|content|commit_message|reason|details|abstract|snippet)$/;

const FUTURE = /(^|_)(check_?in|check_?out|departure|depart|pickup|drop_?off|due|deadline|appointment|reservation|travel|expir(y|es|ation))(_date|_at|_time|_on)?$/;
const PAST = /(^|_)(created|updated|modified|birth|date_of_birth|dob|published|occurred|filed|last_(seen|login|updated|modified|active))(_date|_at|_on)?$/;
/** Words that open a range and the word that closes it, as parts of snake_case keys. */
const RANGE_PAIRS: readonly (readonly [string, string])[] = [
  ['start', 'end'],
  ['from', 'to'],
  ['check_in', 'check_out'],
  ['min', 'max'],
  ['low', 'high'],
  ['departure', 'return'],
];

const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function tally(t: Tallies, cls: string, bad: boolean, example: () => string): void {
  const x = (t[cls] ??= { n: 0, bad: 0, examples: [] });
  x.n++;
  if (bad) {
    x.bad++;
    if (x.examples.length < 8) x.examples.push(example());
  }
}

function isbn13(s: string): boolean {
  const d = s.replace(/-/g, '');
  if (!/^97[89]\d{10}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(d[i]) * (i % 2 ? 3 : 1);
  return sum % 10 === 0;
}
function iban(s: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s) || !geoTables().countryByCode.has(s.slice(0, 2))) return false;
  const r = s.slice(4) + s.slice(0, 4);
  let m = 0;
  for (const c of r) {
    const v = c >= 'A' ? String(c.charCodeAt(0) - 55) : c;
    for (const ch of v) m = (m * 10 + Number(ch)) % 97;
  }
  return m === 1;
}

/** Whether a code field's value is real; undefined when the field is not one the reader checks. */
function codeCheck(key: string, v: string, pattern: string | undefined): [string, boolean] | undefined {
  const g = geoTables();
  if (/(^|_)(country_?code|country_codes|market|nationality_code)$/.test(key) || (/(^|_)(country|region)$/.test(key) && /^\^?\[A-Z\]\{2\}\$?$/.test(pattern ?? '')))
    return ['country code', g.countryByCode.has(v)];
  if (/(^|_)country$/.test(key)) return ['country', g.countryByCode.has(v) || g.countryByName.has(v.toLowerCase())];
  if (/(^|_)(currency|currency_code|currencies)$/.test(key)) return ['currency', g.currencyByCode.has(v)];
  if (/(^|_)(language|lang|language_code|languages)$/.test(key))
    return ['language', isLanguageTag(v) || g.languages.some((l) => l.name.toLowerCase() === v.toLowerCase())];
  if (/(^|_)state_code$/.test(key)) return ['us state', g.usStateByCode.has(v)];
  if (/(^|_)(airport|iata|airport_code)$/.test(key) || (/(^|_)(origin|destination)$/.test(key) && pattern?.includes('{3}'))) return ['airport', g.airportByCode.has(v)];
  if (/(^|_)(timezone|time_zone|tz)$/.test(key)) return ['time zone', g.timeZones.has(v) || v === 'UTC'];
  return undefined;
}

function dayOf(v: unknown): number | undefined {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return undefined;
  const t = Date.parse(v.slice(0, 10));
  return Number.isNaN(t) ? undefined : t / 86_400_000;
}

/** Read one generated object (arguments or a result) of an API whose schema is `schema`. */
export function readValues(t: Tallies, value: unknown, schema: Record<string, unknown> | undefined, today: string, texts: Map<string, number>): void {
  const todayDay = Date.parse(today) / 86_400_000;
  const visit = (v: unknown, s: Record<string, unknown> | undefined, key: string): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x, (s?.items as Record<string, unknown>) ?? undefined, key);
      return;
    }
    if (v !== null && typeof v === 'object') {
      readObject(v as Record<string, unknown>, s);
      return;
    }
    const k = snake(key);
    if (typeof v === 'string') {
      // A real first name, album or airline may be one such word (Sierra, Delta).
      tally(t, 'filler word', isFiller(v) && !/(airline|carrier|album|first_name|given_name)/.test(k) && key !== 'name', () => `${key}=${v}`);
      const c = codeCheck(k, v, s?.pattern as string | undefined);
      if (c) tally(t, `code: ${c[0]}`, !c[1], () => `${key}=${v}`);
      if (/(^|_)ip(_address|v4|v6)?$/.test(k)) tally(t, 'ip address', isIP(v) === 0, () => `${key}=${v}`);
      if (/(^|_)isbn(13)?$/.test(k)) tally(t, 'isbn', !isbn13(v), () => `${key}=${v}`);
      if (/(^|_)iban$/.test(k)) tally(t, 'iban', !iban(v), () => `${key}=${v}`);
      if (FREE_TEXT.test(k) && v.includes(' ')) {
        tally(t, 'free text', false, () => '');
        texts.set(v, (texts.get(v) ?? 0) + 1);
      }
      const day = dayOf(v);
      if (day !== undefined) {
        if (FUTURE.test(k)) tally(t, 'date: future kind before today', day < todayDay || day > todayDay + 800, () => `${key}=${v} today ${today}`);
        if (PAST.test(k)) tally(t, 'date: past kind after today', day > todayDay + 1 || day < todayDay - 365 * 100, () => `${key}=${v} today ${today}`);
        if (/birth|dob/.test(k)) tally(t, 'date: birth of an adult', day > todayDay - 365 * 18, () => `${key}=${v} today ${today}`);
      }
      if (/(^|_)(month|budget_month|period)$/.test(k) && /^\d{4}-\d{2}$/.test(v))
        tally(t, 'year: month near today', Math.abs(Number(v.slice(0, 4)) - Number(today.slice(0, 4))) > 2, () => `${key}=${v}`);
    } else if (typeof v === 'number') {
      if (/(^|_)year$/.test(k) && !/years/.test(k)) tally(t, 'year: plausible', v < 1900 || v > Number(today.slice(0, 4)) + 10, () => `${key}=${v}`);
      if (/(^|_)(count|total_count|total_results|num_results|quantity|results_count)$/.test(k)) tally(t, 'count: negative', v < 0, () => `${key}=${v}`);
    }
  };
  const readObject = (o: Record<string, unknown>, s: Record<string, unknown> | undefined): void => {
    const props = (s?.properties ?? {}) as Record<string, Record<string, unknown>>;
    const keys = Object.keys(o);
    const sk = new Map(keys.map((k) => [snake(k), k]));
    // A city beside a country: the city is a real one, in that country.
    const cityKey = [...sk.keys()].find((k) => /(^|_)city$/.test(k));
    const countryKey = [...sk.keys()].find((k) => k === 'country' || k === 'country_code' || (cityKey !== undefined && k === cityKey.replace(/city$/, 'country')));
    if (cityKey && countryKey && typeof o[sk.get(cityKey)!] === 'string' && typeof o[sk.get(countryKey)!] === 'string') {
      const g = geoTables();
      const city = g.cityByName.get((o[sk.get(cityKey)!] as string).toLowerCase());
      const cv = o[sk.get(countryKey)!] as string;
      const code = g.countryByCode.has(cv) ? cv : g.countryByName.get(cv.toLowerCase())?.code;
      tally(t, 'city/country pair', !city || city.country !== code, () => `${o[sk.get(cityKey)!]} / ${cv}`);
    }
    // Ranges: start/end, from/to, min/max, low/high... ordered.
    for (const k of sk.keys()) {
      for (const [word, other] of RANGE_PAIRS) {
        if (!k.split('_').includes(word.split('_')[0]) || !k.includes(word)) continue;
        const partner = k.replace(word, other);
        if (!sk.has(partner)) continue;
        const a = o[sk.get(k)!];
        const b = o[sk.get(partner)!];
        const da = typeof a === 'number' ? a : dayOf(a) !== undefined ? Date.parse(a as string) : undefined;
        const db = typeof b === 'number' ? b : dayOf(b) !== undefined ? Date.parse(b as string) : undefined;
        if (da !== undefined && db !== undefined && typeof a === typeof b) tally(t, 'range order', da > db, () => `${k}=${String(a)} ${partner}=${String(b)}`);
      }
    }
    if ('uv_index' in o && 'uv_max' in o && typeof o.uv_index === 'number' && typeof o.uv_max === 'number') tally(t, 'range order', o.uv_index > o.uv_max, () => `uv ${o.uv_index}>${o.uv_max}`);
    // A count or total beside the one list it counts is at least the list's length.
    const arrays = keys.filter((k) => Array.isArray(o[k]));
    for (const k of keys) {
      if (arrays.length === 1 && typeof o[k] === 'number' && /^(count|total|total_count|total_results|num_results|results_count|result_count)$/.test(snake(k)))
        tally(t, 'count below items listed', (o[k] as number) < (o[arrays[0]] as unknown[]).length, () => `${k}=${o[k]} items ${(o[arrays[0]] as unknown[]).length}`);
    }
    for (const k of keys) visit(o[k], props[k], k);
  };
  visit(value, schema, '');
}

/** The share of the most frequent free-text value (one sentence dominating every text field). */
export function topTextShare(texts: ReadonlyMap<string, number>): { share: number; text: string } {
  let total = 0;
  let best = ['', 0] as [string, number];
  for (const [text, n] of texts) {
    total += n;
    if (n > best[1]) best = [text, n];
  }
  return { share: total === 0 ? 0 : best[1] / total, text: best[0] };
}
