/**
 * consistency.date: dates that contradict the today the dialogue states, or each other.
 *
 * With a today stated in the system prompt ("Today is 2025-06-11", "Current date: ..."):
 * - what has happened (created_at, updated_at, sent_at, published, last_played, birth_date,
 *   as_of...) is not after today;
 * - what is booked or scheduled is not before today: travel terms (departure_date, check_in,
 *   pickup_at) in any call but a lookup of the past (get_flight_status, track_*) and in the
 *   results of calls that do not read; appointment_time, reservation_time, scheduled_for
 *   in calls that do not read (a search may list past ones); the start of what a
 *   book/reserve/schedule call makes; a created thing's valid_until, return_by, next_*_at;
 * - what a create call makes is stamped today (created_at);
 * - a year is not more than 15 years after today.
 * Without a stated today none of these is judged: the reader has nothing to hold the dates
 * against. A day's slack everywhere: a UTC stamp may fall on the day after a local today.
 *
 * Always: a range is in order (start/end, from/to, since/until, check_in/check_out,
 * departure/return, created_at/updated_at, valid_from/valid_until...), in the same object.
 */
import { atOf, type CallResult, type Consistency, type Obj, type Site } from './consistency-site.js';
import { cached, snake, verbKind, verbOf } from './consistency-names.js';
import { compareWhen, daysFrom, parseWhen } from './consistency-when.js';

const PAST_WORDS =
  'created|updated|modified|deleted|posted|sent|submitted|published|received|reported|requested|purchased|processed|revoked|released|uploaded|responded|graded|recorded|voided|changed|observed|measured|authored|signed|completed|delivered|cancell?ed|paid|issued|occurred|started|ended|joined|scanned|checked|generated|verified|confirmed|approved|enrolled|opened|closed|resolved|shipped|returned|refunded|charged|captured|fetched|retrieved|analy[sz]ed|detected|logged|registered|placed|accepted|declined|rejected|archived|performed|born|died|founded|filed';
const PAST = new RegExp(`(^|_)(${PAST_WORDS})(_(at|on|date|time|datetime|timestamp))?$|(^|_)booked_at$|^last_|^first_seen|^(birth_date|date_of_birth|dob|as_of)$`);
/** Travel terms: a search for offers on a past day is as wrong as a booking for one. */
const TRAVEL = /^(departure_date|return_date|check_in|check_out|check_in_date|check_out_date|checkin|checkout|pickup_at|pickup_date|pickup_time|dropoff_at|dropoff_date|dropoff_time|travel_date)$/;
/** What is booked or scheduled, when a call books, schedules or makes it (a search may look for past ones). */
const FUTURE = /^(departure_time|appointment_time|appointment_date|appointment_at|reservation_time|reservation_date|scheduled_for|scheduled_at|send_at|deliver_on|hold_until)$/;
const FUTURE_OF_BOOKING = /^(start|start_time|start_date|start_at|starts_at|window_start|proposed_start|slot_start)$/;
const FUTURE_OF_CREATED = /^(valid_until|return_by|next_[a-z_]*_at|cancellation_deadline|expected_resolution_date|confirmed_time|expires_at|expiration_date)$/;
const YEAR = /^(year|season|model_year|academic_year|fiscal_year|tax_year|school_year|budget_year)$/;
/** Tools about the far future, where a year decades ahead is the point. */
const FAR_FUTURE = cached((tool: string): boolean => /project|forecast|predict|target|goal|retire|scenario|outlook|simulat|pension|mortgage|loan|bond|matur/.test(tool));
/** Tools that look up what already happened: their dates may be past whatever their names. */
const LOOKUP = /^(get|track|lookup|look|check|list|fetch|retrieve|show|view|describe)_/;
const BOOKING = /^(book|reserve|schedule|rent|hold)_/;

export type Role = 'past' | 'travel' | 'future' | 'booking' | 'created' | 'year' | '';

/** What a field's snake-case name says its date is. */
export function dateRoleOf(k: string): Role {
  if (TRAVEL.test(k)) return 'travel';
  if (FUTURE.test(k)) return 'future';
  if (FUTURE_OF_BOOKING.test(k)) return 'booking';
  if (FUTURE_OF_CREATED.test(k)) return 'created';
  if (PAST.test(k)) return 'past';
  if (YEAR.test(k)) return 'year';
  return '';
}

/** Range ends by name: [start, end] pairs as key patterns; the same prefix on both sides. */
const RANGE_PAIRS: readonly [string, string][] = [
  ['start', 'end'], ['from', 'to'], ['since', 'until'], ['after', 'before'], ['check_in', 'check_out'], ['checkin', 'checkout'],
  ['pickup', 'dropoff'], ['departure', 'return'], ['departure', 'arrival'], ['created', 'updated'], ['valid_from', 'valid_until'],
  ['valid_from', 'valid_to'], ['effective', 'expiration'], ['effective', 'expiry'], ['issued', 'expires'], ['min', 'max'], ['first', 'last'],
  ['opened', 'closed'], ['start', 'finish'], ['begin', 'end'], ['cycle_start', 'cycle_end'], ['time_min', 'time_max'],
];

const RANGE_ENDS = RANGE_PAIRS.map(([a, b]) => [a, new RegExp(`^(.*?)(^|_)${b}($|_)(.*)$`)] as const);

/** For a field that may end a range (by its name as it is), the fields that would start it (same prefix and suffix). */
export function rangeStartsOf(key: string): readonly string[] {
  const out: string[] = [];
  for (const [a, end] of RANGE_ENDS) {
    const m = end.exec(key);
    if (m) out.push(`${m[1]}${m[2]}${a}${m[3]}${m[4]}`);
  }
  return out;
}

/** Departure and arrival are in different places: their local times are compared only with offsets. */
const TWO_PLACES = /departure/;

/** The start of a range `key` ends, beside it in `o`, when the two are dates out of order. */
function outOfOrder(o: Obj, key: string, v: string, starts: readonly string[]): string | undefined {
  for (const start of starts) {
    const s = o[start];
    if (start === key || typeof s !== 'string') continue;
    const a = parseWhen(s);
    const b = a && parseWhen(v);
    if (!a || !b || (TWO_PLACES.test(start) && a.hasTime && b.hasTime && (a.offset === undefined || b.offset === undefined))) continue;
    if (compareWhen(b, a) < 0) return `${key} = ${v} is before ${start} = ${s}`;
  }
  return undefined;
}

function add(site: Site, message: string): true {
  site.cc.ctx.add('consistency.date', `${site.pair.call.name}: ${site.inResult ? 'result' : 'argument'} ${message}`, atOf(site));
  return true;
}

/** Why date field `key` of `o` contradicts today, or undefined. */
function againstToday(key: string, v: string | number, role: Role, site: Site): string | undefined {
  const today = site.cc.today!;
  const tool = site.pair.call.name;
  if (role === 'year') {
    const y = typeof v === 'number' ? v : /^\d{4}$/.test(v) ? Number(v) : NaN;
    const max = Math.floor(today.day / 365.2425) + 1970 + 15;
    return Number.isInteger(y) && y > max && !FAR_FUTURE(tool) ? `${key} = ${y} is more than 15 years after today (${site.cc.todayText})` : undefined;
  }
  const w = parseWhen(v);
  if (!w) return undefined;
  const d = daysFrom(today, w);
  if (role === 'past' && d > 1) return `${key} = ${v} is after today (${site.cc.todayText}), but it is something that has happened`;
  // Lookups and searches may list what was booked in the past; what a call books or makes may not be past.
  const reads = LOOKUP.test(tool) || verbKind(tool) === 'read';
  const future =
    (role === 'travel' && !LOOKUP.test(tool) && !(reads && site.inResult)) ||
    (role === 'future' && !reads) ||
    (role === 'booking' && BOOKING.test(tool) && !site.inResult) ||
    (role === 'created' && site.inResult && (verbKind(tool) === 'create' || BOOKING.test(tool)));
  return future && d < -1 ? `${key} = ${v} is before today (${site.cc.todayText})` : undefined;
}

/** Check date field `key` of `o`: the range it may end, and today; true when it reported. */
export function checkDateKey(o: Obj, key: string, role: Role, starts: readonly string[], site: Site): boolean {
  const v = o[key];
  if (typeof v !== 'string' && typeof v !== 'number') return false;
  const disorder = starts.length > 0 && typeof v === 'string' && v.length >= 10 ? outOfOrder(o, key, v, starts) : undefined;
  if (disorder) return add(site, disorder);
  const why = site.cc.today && role !== '' ? againstToday(key, v, role, site) : undefined;
  return why ? add(site, why) : false;
}

const CREATED = new Set(['created_at', 'created', 'created_on', 'creation_date', 'date_created']);
/** Calls that act on something that was there before (add to a list, grade a submission, respond to an invitation, apply a code): their result's created_at may be that thing's. */
const ON_EXISTING = new Set(['add', 'grade', 'respond', 'apply']);

/**
 * What a create call makes is stamped today: its result's created_at. Other action stamps
 * (a submit call's submitted_at) are only held to be past, with everything that has happened.
 */
export function checkStamps(cc: Consistency, pair: CallResult): void {
  const today = cc.today;
  const r = pair.result;
  if (!today || !r || verbKind(pair.call.name) !== 'create' || ON_EXISTING.has(verbOf(pair.call.name))) return;
  for (const key in r) {
    if (!CREATED.has(snake(key))) continue;
    const w = parseWhen(r[key]);
    if (!w) continue;
    const d = daysFrom(today, w);
    if (d < -1 || d > 1) {
      cc.ctx.add('consistency.date', `${pair.call.name}: result ${key} = ${r[key] as string} is not today (${cc.todayText}), the day it was created`, { message: pair.at });
      return;
    }
  }
}
