/**
 * Constraints between the fields of one object, applied once it is drawn: a range's two ends
 * in order (min/max, low/high, start/end, from/to, check_in/check_out, uv_index <= uv_max), a
 * count not below the items it counts, and a total that is the sum of its parts (a budget's
 * category limits). A fix is applied only where the new value still fits its own schema.
 */
import { textHash, type Rng } from '../../core/rng.js';
import { gameOfApp, isAppKey, type Game } from '../../core/derive/games.js';
import { callingCodeOf, callingCodeOfNumber } from '../../core/geo.js';
import { carPair, makerOf } from './cars.js';
import { albumFor, songFor } from './music.js';
import { FAMOUS_VENUES, PLAIN_VENUES } from './names.js';
import { BASE_CURRENCY_KEYS, floorOfThing, holdsMoneyIn, inBounds, perUsd, rescaleMoney, salaryRange } from './numbers.js';
import { regexOf } from './patterns.js';
import { forEachObject, type Schema } from './schema.js';

type Obj = Record<string, unknown>;

/** [opening word, closing word] of a range, as parts of snake_case keys. */
const RANGE_WORDS: readonly (readonly [string, string])[] = [
  ['min', 'max'],
  ['low', 'high'],
  ['start', 'end'],
  ['from', 'to'],
  ['since', 'until'],
  ['earliest', 'latest'],
  ['check_in', 'check_out'],
  ['departure', 'return'],
  ['pickup', 'dropoff'],
  ['created', 'updated'],
  ['after', 'before'],
  ['start', 'finish'],
];
const COUNT = /^(count|num_results|result_count|results_count|returned|item_count)$/;
const TOTAL = /^(total|total_count|total_results|total_items|hits|found|matches|total_hits)$/;
const PART_AMOUNT = /^(limit|amount|allocation|budget|allocated|monthly_limit|planned|value)$/;
const WHOLE_AMOUNT = /^(total|total_budget|total_amount|budget|total_limit|monthly_budget|total_allocated)$/;

const snake = (k: string): string => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

interface Pair {
  readonly lo: string;
  readonly hi: string;
}
const pairsMemo = new WeakMap<Schema, readonly Pair[]>();
/** The range pairs of an object schema's properties (memoised): uv_index/uv_max, price_min/price_max, check_in/check_out... */
function pairsOf(schema: Schema): readonly Pair[] {
  let pairs = pairsMemo.get(schema);
  if (pairs) return pairs;
  const keys = Object.keys((schema.properties ?? {}) as object);
  const bySnake = new Map(keys.map((k) => [snake(k), k]));
  const out: Pair[] = [];
  for (const [s, k] of bySnake) {
    for (const [open, close] of RANGE_WORDS) {
      if (!s.split('_').includes(open.split('_')[0]) || !s.includes(open)) continue;
      const partner = bySnake.get(s.replace(open, close));
      if (partner && partner !== k) out.push({ lo: k, hi: partner });
    }
    // A value and its own bound: uv_index <= uv_max, temp_min <= temp.
    const stem = s.replace(/_(index|value|current|level)$/, '');
    for (const [bound, isHi] of [[`${stem}_max`, true], [`max_${stem}`, true], [`${stem}_min`, false], [`min_${stem}`, false]] as const) {
      const b = bySnake.get(bound);
      if (b && b !== k && !/(^|_)(max|min)(_|$)/.test(s)) out.push(isHi ? { lo: k, hi: b } : { lo: b, hi: k });
    }
  }
  pairsMemo.set(schema, (pairs = out));
  return pairs;
}

/** Whether `v` is a value the (property) schema takes: in bounds, in the enum, matching the pattern. */
export function fits(schema: Schema | undefined, v: unknown): boolean {
  if (!schema) return false;
  if (typeof v === 'number') return inBounds(schema, v) && (schema.type !== 'integer' || Number.isInteger(v));
  if (typeof v === 'string') {
    if (Array.isArray(schema.enum)) return schema.enum.includes(v);
    return typeof schema.pattern !== 'string' || regexOf(schema.pattern)?.test(v) !== false;
  }
  return false;
}

/** Comparable value of a number or an ISO date/time string (undefined otherwise). */
function comparable(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const t = Date.parse(v.length === 10 ? v : v.replace(/Z?$/, 'Z'));
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/** Put each range's two ends in order (min <= max, check_in <= check_out), where the schema lets them move. */
export function orderPairs(out: Obj, schema: Schema): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const { lo, hi } of pairsOf(schema)) {
    if (!(lo in out) || !(hi in out)) continue;
    const a = comparable(out[lo]);
    const b = comparable(out[hi]);
    if (a === undefined || b === undefined || typeof out[lo] !== typeof out[hi] || a <= b) continue;
    if (fits(props[lo], out[hi]) && fits(props[hi], out[lo])) [out[lo], out[hi]] = [out[hi], out[lo]];
    else if (fits(props[hi], out[lo])) out[hi] = out[lo];
    else if (fits(props[lo], out[hi])) out[lo] = out[hi];
  }
}

/** Bring the fields of `out` (drawn from `schema`) into agreement with each other. */
export function reconcile(out: Obj, schema: Schema, rng: Rng): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  orderPairs(out, schema);
  orderQuantiles(out, props);
  shareProbabilities(out, props);
  stockFlags(out);
  let list: unknown[] | undefined;
  let listKey = '';
  let lists = 0;
  for (const k in out) {
    if (Array.isArray(out[k])) {
      lists++;
      list = out[k] as unknown[];
      listKey = k;
    }
  }
  if (lists !== 1 || !list) return;
  for (const k in out) {
    const v = out[k];
    if (typeof v !== 'number') continue;
    const s = snake(k);
    if (COUNT.test(s) && v !== list.length && fits(props[k], list.length)) out[k] = list.length;
    else if ((TOTAL.test(s) || countsList(s, snake(listKey))) && v < list.length) {
      const more = list.length + rng.int(0, 20);
      out[k] = fits(props[k], more) ? more : fits(props[k], list.length) ? list.length : v;
    } else if (WHOLE_AMOUNT.test(s)) {
      // A budget's total is what its parts' limits add up to.
      const sum = sumOfParts(list);
      if (sum !== undefined && fits(props[k], sum)) out[k] = sum;
    }
  }
}

/** Lists a count of another name counts ("citation_count" beside the citing "works"). */
const COUNTED_AS: Readonly<Record<string, readonly string[]>> = { citation: ['work', 'citing_work', 'cited_by', 'paper', 'reference'], member: ['user', 'people'], follower: ['user', 'account'], result: ['item', 'hit', 'match'] };
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : /(ss|x|ch|sh)es$/.test(w) ? w.slice(0, -2) : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** Whether a number's key counts the list `listKey` names: game_count, num_games, total_games, number_of_games beside games. */
export function countsList(key: string, listKey: string): boolean {
  const m = /^(?:total_|num_|n_|number_of_)?(.+?)(?:_count|_total|_num)?$/.exec(key);
  if (!m || m[1] === key) return false;
  const stem = singular(m[1]);
  const list = singular(listKey);
  return stem === list || (COUNTED_AS[stem]?.includes(list) ?? false);
}

/** The percentile a key names: p10, percentile_90, pct25, q1 (25), median (50). */
export function percentileOf(key: string): number | undefined {
  const s = snake(key);
  if (s === 'median') return 50;
  const q = /^q([1-3])$/.exec(s);
  if (q) return 25 * Number(q[1]);
  // The usual cut points only: p1, p2, p3 are as often priorities (incidents by p1 to p3) as percentiles.
  const m = /^(?:p|pct_?|percentile_?)(5|10|25|50|75|90|95|99)$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** Percentiles of one distribution rise with the percentile: p10 <= p25 <= median <= p75 <= p90. */
function orderQuantiles(out: Obj, props: Record<string, Schema>): void {
  const keys = Object.keys(out).filter((k) => typeof out[k] === 'number' && percentileOf(k) !== undefined);
  if (keys.length < 2) return;
  keys.sort((a, b) => percentileOf(a)! - percentileOf(b)!);
  const values = keys.map((k) => out[k] as number).sort((a, b) => a - b);
  if (keys.every((k, i) => fits(props[k], values[i]))) keys.forEach((k, i) => (out[k] = values[i]));
}

const SHARE_KEY = /^(percent|pct|percentage|share)_of_[a-z_]+$/;

/**
 * The probabilities of alternatives (possible conditions, outcomes) add up to at most one, the
 * shares of one whole (a field's map units, percent_of_field) to at most 100: each is scaled
 * down, keeping their order and ratios, when they add up to more.
 */
function shareProbabilities(out: Obj, props: Record<string, Schema>): void {
  for (const k in out) {
    const list = out[k];
    if (!Array.isArray(list) || list.length < 2) continue;
    const first = list[0] as Obj;
    if (first === null || typeof first !== 'object') continue;
    const key = typeof first.probability === 'number' ? 'probability' : Object.keys(first).find((x) => typeof first[x] === 'number' && SHARE_KEY.test(snake(x)));
    if (key === undefined) continue;
    const whole = key === 'probability' ? 1 : 100;
    const items = list.filter((x): x is Obj => x !== null && typeof x === 'object' && typeof (x as Obj)[key] === 'number');
    if (items.length !== list.length) continue;
    const sum = items.reduce((n, x) => n + (x[key] as number), 0);
    if (sum <= whole || items.some((x) => (x[key] as number) > whole)) continue;
    const item = ((props[k]?.items as Schema | undefined)?.properties as Record<string, Schema> | undefined)?.[key];
    // Rounded down (to two decimals of one, one decimal of a percent), so the sum stays under the whole.
    const grain = whole === 1 ? 100 : 10;
    const scaled = items.map((x) => Math.floor(((x[key] as number) / sum) * 0.95 * whole * grain) / grain);
    if (scaled.every((v) => item === undefined || fits(item, v))) items.forEach((x, i) => (x[key] = scaled[i]));
  }
}

// Not a plain quantity: an order line's quantity is what is bought, not what is left.
const STOCK_QTY = /^(available|available_quantity|quantity_available|on_hand|quantity_on_hand|stock|stock_level|in_stock_quantity|units_available)$/;
const STOCK_THRESHOLD = /^(reorder_point|reorder_level|low_stock_threshold|threshold|safety_stock)$/;
/** Below this many units, stock is low where the object gives no threshold of its own. */
const LOW_STOCK = 5;

/** A stock's flags follow its quantity: low at or under its threshold, in stock above zero, sold out at zero. */
function stockFlags(out: Obj, asked?: number): void {
  // What is available is what is on hand less what is reserved: never more than on hand.
  if (typeof out.on_hand === 'number' && typeof out.available === 'number' && out.available > out.on_hand) {
    const reserved = typeof out.reserved === 'number' ? out.reserved : 0;
    out.available = Math.max(0, out.on_hand - reserved);
  }
  const keys = Object.keys(out);
  const qtyKey = keys.find((k) => STOCK_QTY.test(snake(k)) && typeof out[k] === 'number');
  if (!qtyKey) return;
  const qty = out[qtyKey] as number;
  const thresholdKey = keys.find((k) => STOCK_THRESHOLD.test(snake(k)) && typeof out[k] === 'number');
  // The object's own threshold, else the one the call asked the flags by, else a few units.
  const threshold = thresholdKey ? (out[thresholdKey] as number) : (asked ?? LOW_STOCK);
  for (const k of keys) {
    if (typeof out[k] !== 'boolean') continue;
    const s = snake(k);
    if (/^(is_)?low_stock$/.test(s)) out[k] = qty <= threshold;
    else if (/^(is_)?in_stock$/.test(s)) out[k] = qty > 0;
    else if (/^(is_)?(out_of_stock|sold_out)$/.test(s)) out[k] = qty <= 0;
  }
}

/** The stock flags of every object of a result, once its rules have set the quantities (an adjustment's delta), by the call's threshold when it gives one. */
export function agreeStockFlags(v: unknown, args: Readonly<Obj> = {}): void {
  const k = Object.keys(args).find((x) => STOCK_THRESHOLD.test(snake(x)) && typeof args[x] === 'number');
  const asked = k === undefined ? undefined : (args[k] as number);
  forEachObject(v, undefined, (o) => stockFlags(o, asked));
}

function sumOfParts(list: readonly unknown[]): number | undefined {
  let sum = 0;
  for (const item of list) {
    if (item === null || typeof item !== 'object') return undefined;
    const key = Object.keys(item).find((k) => PART_AMOUNT.test(snake(k)) && typeof (item as Obj)[k] === 'number');
    if (key === undefined) return undefined;
    sum += (item as Obj)[key] as number;
  }
  return list.length > 0 ? Math.round(sum * 100) / 100 : undefined;
}

const RANGE_END = /(^|_)(after|before|from|to|start|end|since|until|earliest|latest|min|max)(_|$)/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * A calendar year asked beside a date range is the range's year: an evolved variant's `year`
 * filter drawn apart from its `after`/`released_from` would ask for 2023 messages received after
 * a day of 2026, which nothing meets. Over one call's arguments: the object, the objects it
 * groups (filters, options), and each request of a batch on its own.
 */
export function agreeYear(out: Obj, schema: Schema): void {
  const years: [Obj, string, Schema][] = [];
  let first: number | undefined;
  const walk = (o: Obj, s: Schema, depth: number): void => {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const k in o) {
      const v = o[k];
      const ps = props[k];
      if (!ps) continue;
      if (typeof v === 'number' && snake(k) === 'year') years.push([o, k, ps]);
      else if (typeof v === 'string' && ISO_DAY.test(v) && RANGE_END.test(snake(k)) && (ps.format === 'date' || ps.format === 'date-time')) {
        const y = Number(v.slice(0, 4));
        // The range's lower end says its year best (after 2025-12-20 until 2026-01-10 is mostly 2025's end).
        if (first === undefined || /(^|_)(after|from|start|since|earliest|min)(_|$)/.test(snake(k))) first = first === undefined || y < first ? y : first;
      } else if (v && typeof v === 'object' && !Array.isArray(v) && depth < 2) walk(v as Obj, ps, depth + 1);
      else if (Array.isArray(v) && (ps.items as Schema | undefined)?.properties) for (const it of v) if (it && typeof it === 'object' && !Array.isArray(it)) agreeYear(it as Obj, ps.items as Schema);
    }
  };
  walk(out, schema, 0);
  if (first === undefined) return;
  for (const [o, k, s] of years) if (fits(s, first)) o[k] = first;
}

const EMAIL_KEY = /^(.*?)_?e?mail(_address)?$/;
/** A person's name as people write it: two or three capitalised words (no company's Inc or LLC). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;
const NOT_PERSON = /\b(Inc|LLC|Ltd|GmbH|Group|Bank|Labs|Corp|Co|Studio|Studios|Hotel|Cafe|Clinic|Center|Centre|Store|Team)\b/;
const mailWord = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/**
 * A person's email is theirs: beside a name (name/email, contact_name/contact_email, an
 * adjuster's {name, email}) the address reads first.last at its domain, so a result does not
 * give Belle Thiel the address saige.boscoklocko@... Only where the name is a person's and the
 * new address still fits the field's schema.
 */
export function agreeEmail(out: Obj, schema: Schema): void {
  const pairs = emailPairsOf(schema);
  if (pairs.length === 0) return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const { email: key, names, split } of pairs) {
    const email = out[key];
    if (typeof email !== 'string' || !email.includes('@')) continue;
    const nameKey = names.find((k) => k in out);
    const name = nameKey !== undefined ? out[nameKey] : split && typeof out[split[0]] === 'string' && typeof out[split[1]] === 'string' ? `${out[split[0]] as string} ${out[split[1]] as string}` : undefined;
    if (typeof name !== 'string' || !PERSON_NAME.test(name) || NOT_PERSON.test(name)) continue;
    const words = name.split(' ').map(mailWord).filter((w) => w.length > 0);
    if (words.length < 2) continue;
    const next = `${words[0]}.${words[words.length - 1]}@${email.slice(email.lastIndexOf('@') + 1)}`;
    if (next !== email && fitsEmail(props[key], next)) out[key] = next;
  }
}

/** The keys naming the person of email field `key` (its name, or first and last name): a varied address takes them along. */
export function emailPartners(schema: Schema, key: string): readonly string[] {
  const pair = emailPairsOf(schema).find((p) => p.email === key);
  return pair ? [...pair.names, ...(pair.split ?? [])] : [];
}

interface EmailPair {
  readonly email: string;
  /** The keys that may name the address's person, in order of preference. */
  readonly names: readonly string[];
  /** Or the first-name and last-name keys that together name the person. */
  readonly split?: readonly [string, string];
}
const emailPairsMemo = new WeakMap<Schema, readonly EmailPair[]>();
function emailPairsOf(schema: Schema): readonly EmailPair[] {
  let pairs = emailPairsMemo.get(schema);
  if (pairs) return pairs;
  const keys = Object.keys((schema.properties ?? {}) as object);
  const out: EmailPair[] = [];
  for (const key of keys) {
    const m = EMAIL_KEY.exec(snake(key));
    if (!m) continue;
    const stem = m[1];
    const names = keys.filter((k) => {
      const s = snake(k);
      return stem === '' ? /^(name|full_name|display_name)$/.test(s) : s === `${stem}_name` || s === `${stem}_full_name` || s === stem;
    });
    // A person given by first and last name (a candidate, a guest): both make the name.
    const first = stem === '' ? keys.find((k) => /^(first_name|given_name|firstname)$/.test(snake(k))) : undefined;
    const last = stem === '' ? keys.find((k) => /^(last_name|family_name|surname|lastname)$/.test(snake(k))) : undefined;
    if (names.length > 0) out.push({ email: key, names });
    else if (first && last) out.push({ email: key, names: [], split: [first, last] });
  }
  emailPairsMemo.set(schema, (pairs = out));
  return pairs;
}

function fitsEmail(schema: Schema | undefined, v: string): boolean {
  if (!schema) return true;
  if (typeof schema.maxLength === 'number' && v.length > schema.maxLength) return false;
  return typeof schema.pattern !== 'string' || regexOf(schema.pattern)?.test(v) !== false;
}

/** Things that last minutes or hours: an appointment from 09:15 on the 2nd to 13:00 on the 5th is no appointment. */
const SHORT_THING = /appointment|meeting|consult|interview|(^|_)call(_|s?$)|lesson|session|slot|visit|event|reservation|webinar|standup|exam|shift|class(es)?($|_)/;
/** Things that last days: an out-of-office, a stay, a rental, a campaign. */
const LONG_THING = /out_of_office|vacation|leave|trip|stay|rental|absence|campaign|sprint|maintenance|window|holiday|conference|festival|course|project|subscription|contract|lease|policy|season|tournament|retreat|travel|hotel|booking_period/;
const READ_TOOL = /^(list|search|find|get|query|browse|lookup|fetch|check|show|view|retrieve|locate|discover|filter)_/;
const SPAN_ENDS: readonly (readonly [RegExp, string])[] = [
  [/^(.*?)start(s)?(_at|_time|_datetime)?$/, 'end'],
  [/^(.*?)begin(s)?(_at|_time|_datetime)?$/, 'end'],
];
const ISO_MINUTE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const MAX_SHORT_MS = 12 * 3_600_000;
const DURATION_KEY = /^(duration|duration_minutes|duration_min|duration_mins|length_minutes|minutes)$/;

interface SpanPair {
  readonly start: string;
  readonly end: string;
  readonly minutes?: string;
}
const spanMemo = new WeakMap<Schema, readonly SpanPair[]>();
function spansOf(schema: Schema): readonly SpanPair[] {
  let spans = spanMemo.get(schema);
  if (spans) return spans;
  const keys = Object.keys((schema.properties ?? {}) as object);
  const minutes = keys.find((k) => DURATION_KEY.test(snake(k)));
  const out: SpanPair[] = [];
  for (const k of keys) {
    const s = snake(k);
    for (const [re] of SPAN_ENDS) {
      const m = re.exec(s);
      if (!m) continue;
      const end = keys.find((e) => e !== k && new RegExp(`^${m[1]}(end|ends|finish|finishes)(_at|_time|_datetime)?$`).test(snake(e)));
      if (end) out.push({ start: k, end, ...(minutes ? { minutes } : {}) });
    }
  }
  spanMemo.set(schema, (spans = out));
  return spans;
}

/**
 * A thing that lasts minutes or hours ends the same day: an appointment, a meeting, an event
 * or a lesson drawn from 09:15 on the 2nd to 13:00 on the 5th ends 30 to 120 minutes after it
 * starts (its own duration field when it has one). `about` is the tool's name and the object's
 * key; a search's window (list_calendar_events from/to) and things that last days (an
 * out-of-office, a stay) are left as drawn. `fixed`: keys the call set (an echoed end moves the
 * start instead; both set, nothing moves).
 */
export function agreeSpan(out: Obj, schema: Schema, about: string, inResult: boolean, fixed?: ReadonlySet<string>): void {
  const spans = spansOf(schema);
  if (spans.length === 0 || !SHORT_THING.test(about) || LONG_THING.test(about) || (!inResult && READ_TOOL.test(about))) return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const { start, end, minutes } of spans) {
    const a = out[start];
    const b = out[end];
    if (typeof a !== 'string' || typeof b !== 'string') continue;
    const ma = ISO_MINUTE.exec(a);
    const ta = Date.parse(a);
    const tb = Date.parse(b);
    const own = minutes !== undefined ? out[minutes] : undefined;
    const stated = typeof own === 'number' && own >= 10 && own <= 720 ? own : undefined;
    if (!ma || Number.isNaN(ta) || Number.isNaN(tb) || (tb > ta && (stated === undefined ? tb - ta <= MAX_SHORT_MS : tb - ta === stated * 60_000))) continue;
    const mins = stated ?? [30, 45, 60, 90, 120][Math.floor(ta / 900_000) % 5];
    if (fixed?.has(end)) {
      // The end is the one the call asked for (an echo): the start moves instead.
      const mb = ISO_MINUTE.exec(b);
      if (!mb || fixed.has(start)) continue;
      const prev = new Date(Date.parse(`${mb[1]}Z`) - mins * 60_000).toISOString().slice(0, mb[1].length) + (mb[3] ?? '');
      if (fitsDateTime(props[start], prev)) out[start] = prev;
      continue;
    }
    const next = new Date(Date.parse(`${ma[1]}Z`) + mins * 60_000).toISOString().slice(0, ma[1].length) + (ma[3] ?? '');
    if (fitsDateTime(props[end], next)) out[end] = next;
  }
}

function fitsDateTime(schema: Schema | undefined, v: string): boolean {
  return !schema || typeof schema.pattern !== 'string' || regexOf(schema.pattern)?.test(v) !== false;
}

const MAKE_KEY = /^(?:(.+)_)?make$/;

/**
 * A car's make and model go together (cars.ts): beside `make`, `model` (or vehicle_make beside
 * vehicle_model) is one of the make's models, so no recall is asked for a "Jaguar Explorer".
 * Only where the new value still fits the field's schema.
 */
export function agreeMakeModel(out: Obj, schema: Schema, keep?: string): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const k in out) {
    const m = MAKE_KEY.exec(snake(k));
    if (!m || typeof out[k] !== 'string') continue;
    const modelKey = Object.keys(out).find((x) => snake(x) === (m[1] ? `${m[1]}_model` : 'model'));
    if (!modelKey || typeof out[modelKey] !== 'string') continue;
    // A model varied on purpose (the same question for three models) keeps its value: the make follows it.
    const maker = keep === modelKey ? makerOf(out[modelKey] as string) : undefined;
    if (maker !== undefined) {
      if (maker !== out[k] && fits(props[k], maker)) out[k] = maker;
      continue;
    }
    const pair = carPair(out[k] as string, out[modelKey] as string);
    if (!pair) continue;
    if (pair.model !== out[modelKey] && fits(props[modelKey], pair.model)) out[modelKey] = pair.model;
    else if (pair.make !== out[k] && fits(props[k], pair.make)) out[k] = pair.make;
  }
}

/** The sport of a league, by its usual code or name. */
const LEAGUE_SPORT: Readonly<Record<string, string>> = {
  nba: 'basketball', wnba: 'basketball', euroleague: 'basketball', ncaab: 'basketball', nfl: 'american_football', ncaaf: 'american_football', mlb: 'baseball', npb: 'baseball',
  nhl: 'ice_hockey', khl: 'ice_hockey', mls: 'soccer', epl: 'soccer', premier_league: 'soccer', laliga: 'soccer', la_liga: 'soccer', seriea: 'soccer', serie_a: 'soccer',
  bundesliga: 'soccer', ligue1: 'soccer', ligue_1: 'soccer', ucl: 'soccer', champions_league: 'soccer', atp: 'tennis', wta: 'tennis', ipl: 'cricket', nrl: 'rugby_league', afl: 'australian_football',
};
/** Sports as schemas spell them, by the league table's spelling. */
const SPORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  american_football: ['american_football', 'football', 'nfl'], ice_hockey: ['ice_hockey', 'hockey'], soccer: ['soccer', 'football'],
};

/**
 * The sport a sport's or a league's name says, in the league table's spelling ("NBA",
 * "basketball" -> basketball; "hockey" -> ice_hockey), if a known one; "football" alone says neither of its two.
 */
export function sportNamed(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const k = v.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (k === 'football') return undefined;
  return LEAGUE_SPORT[k] ?? Object.entries(SPORT_NAMES).find(([, names]) => names.includes(k))?.[0] ?? (Object.values(LEAGUE_SPORT).includes(k) ? k : undefined);
}

/**
 * A league's sport is the sport asked beside it: no scoreboard of the NBA in baseball. The sport
 * follows the league (a league names one sport); where the sport cannot be spelled as the
 * schema wants, the league follows the sport.
 */
export function agreeSportLeague(out: Obj, schema: Schema, keep?: string): void {
  if (typeof out.sport !== 'string' || typeof out.league !== 'string') return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const sportOf = (league: string): string | undefined => LEAGUE_SPORT[league.trim().toLowerCase().replace(/[\s-]+/g, '_')];
  const want = sportOf(out.league);
  if (!want) return;
  const spell = (sport: string): string | undefined => (SPORT_NAMES[sport] ?? [sport]).find((x) => x === snake(out.sport as string)) ?? (SPORT_NAMES[sport] ?? [sport]).find((x) => fits(props.sport ?? { type: 'string' }, x));
  if ((SPORT_NAMES[want] ?? [want]).includes(snake(out.sport))) return;
  // A sport varied on purpose (the same question for three sports) keeps its value: the league follows it.
  const sport = keep === 'sport' ? undefined : spell(want);
  if (sport !== undefined) {
    out.sport = sport;
    return;
  }
  const have = Object.entries(LEAGUE_SPORT).find(([, sp]) => (SPORT_NAMES[sp] ?? [sp]).includes(snake(out.sport as string)));
  const league = Array.isArray(props.league?.enum) ? (props.league.enum as unknown[]).find((l) => typeof l === 'string' && sportOf(l) === have?.[1]) : undefined;
  if (typeof league === 'string') out.league = league;
}

const GAME_NAME_KEY = /^(name|game|game_name|game_title|app_name)$/;

/**
 * An object that holds a store app id of the table (core/derive/games.ts) names that app's game
 * and developer: no "Half-Life 2" under app 548430 in a list of owned games, so a later call
 * about the same app does not name a second game.
 */
export function agreeGameApp(out: Obj, schema: Schema): void {
  let game: Game | undefined;
  for (const k in out) if (isAppKey(k) && (game = gameOfApp(out[k])) !== undefined) break;
  if (!game) return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const k in out) {
    if (typeof out[k] !== 'string') continue;
    const s = snake(k);
    const want = GAME_NAME_KEY.test(s) ? game.name : s === 'developer' ? game.developer : undefined;
    if (want !== undefined && out[k] !== want && fits(props[k] ?? { type: 'string' }, want)) out[k] = want;
  }
}

const ARTIST_KEY = /^(artist|artist_name|primary_artist)$/;
const SONG_KEY = /^(song|song_title|track|track_name|track_title|title)$/;
const ALBUM_KEY = /^(album|album_name|album_title)$/;
const TRACK_LIST = /^(tracks|songs|track_list|tracklist|track_count|total_tracks)$/;
const RECORDING_KEY = /^(isrc|duration_ms|duration_seconds|track_number|bpm|explicit|preview_url|offset_seconds|confidence|matched)$/;

/**
 * A song's artist and album are its own (music.ts): an object holding a song (or a title beside
 * an artist) or an album beside an artist takes one row of the table, chosen by the title drawn,
 * so "We Are the World" is not filed under another band's album. An object that lists tracks is
 * an album: its title is the album's.
 */
export function agreeSong(out: Obj, schema: Schema): void {
  let artist: string | undefined;
  let song: string | undefined;
  let album: string | undefined;
  let isAlbum = false;
  let recording = false;
  for (const k in out) {
    const s = snake(k);
    if (TRACK_LIST.test(s)) isAlbum = true;
    if (RECORDING_KEY.test(s)) recording = true;
    if (typeof out[k] !== 'string') continue;
    if (ARTIST_KEY.test(s)) artist = k;
    else if (SONG_KEY.test(s)) song = k;
    else if (ALBUM_KEY.test(s)) album = k;
  }
  // A bare title beside an artist is a recording's only beside what only recordings have (a concert's title is not a song).
  if (song !== undefined && snake(song) === 'title' && !recording && !isAlbum && album === undefined) song = undefined;
  if (artist === undefined || (song === undefined && album === undefined)) return;
  if (isAlbum && song !== undefined && album === undefined) [album, song] = [song, undefined];
  const row = song !== undefined ? songFor(out[song] as string) : albumFor(out[album!] as string);
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const set = (k: string | undefined, v: string): void => {
    if (k !== undefined && out[k] !== v && fits(props[k] ?? { type: 'string' }, v)) out[k] = v;
  };
  set(song, row.title);
  set(album, row.album);
  set(artist, row.artist);
}

/** What a loss of each type reads like, as a claimant describes it. */
const LOSS_TEXT: Readonly<Record<string, readonly string[]>> = {
  collision: ['Rear-ended at a traffic light, damage to the bumper and tail light', 'Side-swiped in a car park, the other driver admitted fault', 'Hit by a reversing van at a roundabout'],
  theft: ['A bike was stolen from the locked garage overnight', 'Someone broke in while we were away and took a laptop and jewellery', 'The car was broken into and a bag was taken from the back seat'],
  vandalism: ['Someone smashed the front window overnight', 'Graffiti was sprayed on the garage door', "The car's paint was keyed in a car park"],
  water_damage: ['A burst pipe flooded the basement overnight', 'A leak from the upstairs bathroom damaged the kitchen ceiling', 'The washing machine hose split and soaked the living room floor'],
  fire: ['A kitchen fire destroyed part of the kitchen ceiling', 'An electrical fire damaged the garage', 'A candle set the living room curtains alight'],
  weather: ['Hail damaged the roof', 'Heavy rain flooded the garage', 'A fallen tree damaged the roof in a storm'],
  liability: ['A visitor slipped on the icy front steps and hurt their wrist', "Our dog bit a neighbour's child in the park", 'Water from our flat leaked into the flat below'],
  glass: ['A stone cracked the windscreen on the motorway', 'The patio door glass shattered', 'A ball broke the kitchen window'],
};
const LOSS_KEY = /^(loss_type|claim_type|incident_type|peril|cause_of_loss)$/;
const LOSS_TEXT_KEY = /^(description|loss_description|incident_description|details)$/;

/** A claim's description tells of its type of loss: no kitchen fire described for a vandalism claim. */
export function agreeLoss(out: Obj, schema: Schema): void {
  const typeKey = Object.keys(out).find((k) => LOSS_KEY.test(snake(k)) && typeof out[k] === 'string');
  const textKey = Object.keys(out).find((k) => LOSS_TEXT_KEY.test(snake(k)) && typeof out[k] === 'string');
  const texts = typeKey && LOSS_TEXT[(out[typeKey] as string).toLowerCase()];
  if (!texts || !textKey || texts.includes(out[textKey] as string)) return;
  const next = texts[textHash(out[textKey] as string) % texts.length];
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  if (fits(props[textKey] ?? { type: 'string' }, next)) out[textKey] = next;
}

/** A recall's component -> the part its summary names and the part its remedy fixes (phrases.ts recall, remedy). */
const RECALL_PARTS: Readonly<Record<string, readonly [string, string]>> = {
  brakes: ['The brake hose', 'the brake hoses'],
  steering: ['The steering column bolt', 'the steering column bolts'],
  'fuel system': ['The fuel pump', 'the fuel pump'],
  'air bags': ['The airbag inflator', 'the airbag inflators'],
  airbags: ['The airbag inflator', 'the airbag inflators'],
  'electrical system': ['The rear-view camera software', 'the camera module'],
  electrical: ['The rear-view camera software', 'the camera module'],
  'seat belts': ['The seat belt buckle', 'the seat belt buckles'],
  suspension: ['The front suspension arm', 'the suspension arms'],
  'power train': ['The transmission shift cable', 'the transmission shift cables'],
  powertrain: ['The transmission shift cable', 'the transmission shift cables'],
  engine: ['The engine control module', 'the engine control modules'],
  tires: ['The tire sidewall', 'the tires'],
  'engine and engine cooling': ['The engine control module', 'the engine control modules'],
};
const SUMMARY_PART = /^The (brake hose|fuel pump|airbag inflator|steering column bolt|rear-view camera software|seat belt buckle|front suspension arm|transmission shift cable|engine control module|tire sidewall)\b/;
const REMEDY_PART = /\bthe (brake hoses|fuel pump|airbag inflators|steering column bolts|camera module|seat belt buckles|suspension arms|transmission shift cables|engine control modules|tires)\b/;

/** A recall's summary and remedy are about its component: no airbag inflator in a steering recall. */
export function agreeRecall(out: Obj, schema: Schema): void {
  const ck = ['component', 'components', 'system'].find((k) => typeof out[k] === 'string');
  const parts = ck && RECALL_PARTS[(out[ck] as string).toLowerCase().replace(/_/g, ' ')];
  if (!parts) return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [k, re, part] of [['summary', SUMMARY_PART, parts[0]], ['description', SUMMARY_PART, parts[0]], ['consequence', SUMMARY_PART, parts[0]], ['remedy', REMEDY_PART, parts[1]]] as const) {
    const v = out[k];
    if (typeof v !== 'string' || !re.test(v)) continue;
    const next = v.replace(re, part);
    if (fits(props[k] ?? { type: 'string' }, next)) out[k] = next;
  }
}

const BIRTH = /^(date_of_birth|birth_date|dob|birthdate)$/;
const LICENSED = /^(years_licensed|licensed_years|years_driving|driving_years|licence_years|license_years)$/;

/** A driver licensed no longer than since 16: no 29 years licensed at 34. */
export function agreeLicence(out: Obj, schema: Schema, today: string | undefined): void {
  const bk = Object.keys(out).find((k) => BIRTH.test(snake(k)) && typeof out[k] === 'string' && /^\d{4}-\d\d-\d\d/.test(out[k] as string));
  const lk = Object.keys(out).find((k) => LICENSED.test(snake(k)) && typeof out[k] === 'number');
  if (bk === undefined || lk === undefined || today === undefined) return;
  const age = Math.floor((Date.parse(today) - Date.parse((out[bk] as string).slice(0, 10))) / (365.25 * 86_400_000));
  const most = Math.max(0, age - 16);
  if ((out[lk] as number) <= most) return;
  const next = Math.max(0, Math.round(most * 0.6));
  if (fits(((schema.properties ?? {}) as Record<string, Schema>)[lk] ?? { type: 'integer' }, next)) out[lk] = next;
}

const ALTITUDE = /^(altitude|altitude_deg|altitude_degrees|elevation_deg|alt_deg)$/;

/** A body above the horizon is at a positive altitude: no "above_horizon": true at -55.4°. */
export function agreeHorizon(out: Obj, schema: Schema): void {
  const alt = Object.keys(out).find((k) => ALTITUDE.test(snake(k)) && typeof out[k] === 'number');
  if (alt === undefined || typeof out.above_horizon !== 'boolean') return;
  const s = ((schema.properties ?? {}) as Record<string, Schema>).above_horizon;
  const up = (out[alt] as number) > 0;
  if (!Array.isArray(s?.enum) || s.enum.includes(up)) out.above_horizon = up;
}

/**
 * Salaries are drawn in the user's currency (numbers.ts salaryRange): an object holding one
 * beside a currency names that currency, so 1,437,000 a year is not quoted in pounds.
 */
export function agreeSalaryCurrency(out: Obj, schema: Schema, currency: string | undefined, path = ''): void {
  if (currency === undefined || typeof out.currency !== 'string' || out.currency === currency) return;
  if (!Object.keys(out).some((k) => typeof out[k] === 'number' && salaryRange(path === '' ? k : `${path}.${k}`, undefined) !== undefined)) return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  if (fits(props.currency ?? { type: 'string' }, currency)) out.currency = currency;
}

/**
 * Money in a currency its fields can hold: a transfer fee capped at 10 is no fee in dong, so an
 * object whose money the schema caps below what the currency counts in is in US dollars; so is a
 * call's currency when the result it asks for (`answer`, the API's result schema) could not hold it.
 */
export function agreeMoneyCurrency(out: Obj, schema: Schema, answer?: Schema, apiName?: string): void {
  const floor = floorOfThing(apiName);
  if (typeof out.currency !== 'string' || (holdsMoneyIn(schema, out.currency, 0, false, floor) && (answer === undefined || holdsMoneyIn(answer, out.currency, 0, true, floor)))) return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  if (fits(props.currency ?? { type: 'string' }, 'USD')) out.currency = 'USD';
}

/** The smallest rate a result schema's rates may hold (its rate fields' minimum), or undefined. */
function smallestRate(schema: Schema | undefined, depth = 0): number | undefined {
  if (!schema || depth > 4) return undefined;
  let m: number | undefined;
  for (const [k, p] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    const inner = (p.items as Schema | undefined) ?? p;
    const here = /(^|_)(rate|mid|mid_rate|exchange_rate)$/.test(k) && typeof p.minimum === 'number' ? p.minimum : smallestRate(inner, depth + 1);
    if (here !== undefined) m = m === undefined ? here : Math.min(m, here);
  }
  return m;
}

/**
 * A base currency its rates can be quoted from: a schema whose rates go no lower than 0.001
 * cannot quote one Colombian peso in dollars (0.00025), so such a base is the US dollar (the
 * euro or the pound where dollars are quoted).
 */
export function agreeRateBase(out: Obj, schema: Schema, answer?: Schema): void {
  const key = BASE_CURRENCY_KEYS.find((k) => typeof out[k] === 'string');
  const per = key === undefined ? undefined : perUsd(out[key] as string);
  const min = per === undefined || per < 100 ? undefined : smallestRate(answer);
  if (key === undefined || min === undefined || 1 / (per as number) >= min) return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  // Not one of the currencies quoted (no dollars quoted in dollars).
  const quoted = new Set(Object.values(out).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => typeof v === 'string'));
  const next = ['USD', 'EUR', 'GBP'].find((c) => !quoted.has(c) && fits(props[key] ?? { type: 'string' }, c));
  if (next !== undefined) out[key] = next;
}

/**
 * Money in the currency its object names: drawn at the scale of the user's currency, it is
 * rescaled when the object is in another one (a transfer of 112.55 INR drawn for a user in
 * dollars becomes 9,340 INR), where the schema's bounds allow.
 */
export function agreeMoneyScale(out: Obj, schema: Schema, userCurrency: string | undefined, path = ''): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const currency = typeof out.currency === 'string' ? out.currency : impliedCurrency(props.currency);
  if (currency === undefined || currency === userCurrency) return;
  rescaleMoney(out, props, userCurrency, currency, path);
}

/** The currency a request that leaves it out is in: its schema's default ("always INR here"). */
const impliedCurrency = (s: Schema | undefined): string | undefined => (typeof s?.default === 'string' ? s.default : undefined);

const PHONE_KEY = /^(phone_number|phone|e164|msisdn)$/;

/**
 * A call's international phone number is one of the country it names (or, where the country is
 * left to its default, of that default): "+886 ..." is not looked up with country_code US.
 */
export function agreePhoneCountry(out: Obj, schema: Schema): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const key = Object.keys(out).find((k) => PHONE_KEY.test(snake(k)) && typeof out[k] === 'string' && /^\+\d{7,15}$/.test(out[k] as string));
  const country = typeof out.country_code === 'string' ? out.country_code : props.country_code?.default;
  if (!key || typeof country !== 'string') return;
  const code = callingCodeOf(country);
  const phone = out[key] as string;
  if (!code || phone.startsWith(`+${code}`)) return;
  const own = callingCodeOfNumber(phone)?.code ?? phone.slice(1, 3);
  const next = `+${code}${phone.slice(1 + own.length)}`;
  if (fits(props[key] ?? { type: 'string' }, next)) out[key] = next;
}

const VENUE_KEY = /^(venue|venue_name|arena|stadium)$/;
const CITY_KEY = /^(city|venue_city|location_city)$/;

/**
 * A venue a reader knows stands in its own city: beside a city that is not its own, Madison
 * Square Garden gives way to a venue any city may have (chosen by the name drawn, so the same
 * draw gives the same venue).
 */
export function agreeVenueCity(out: Obj, schema: Schema): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const venueKey = Object.keys(out).find((k) => VENUE_KEY.test(snake(k)) && typeof out[k] === 'string');
  const cityKey = Object.keys(out).find((k) => CITY_KEY.test(snake(k)) && typeof out[k] === 'string');
  if (!venueKey || !cityKey) return;
  const home = FAMOUS_VENUES.get(out[venueKey] as string);
  if (home === undefined || home === out[cityKey]) return;
  const plain = PLAIN_VENUES[textHash(`${out[venueKey] as string}${out[cityKey] as string}`) % PLAIN_VENUES.length];
  if (fits(props[venueKey] ?? { type: 'string' }, plain)) out[venueKey] = plain;
}
