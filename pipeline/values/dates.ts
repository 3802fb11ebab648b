/**
 * Dates by meaning, anchored to the world's today: bookings, departures, due dates and
 * appointments fall after today; created_at, history and "since" filters at or before it; birth
 * dates make an adult. One clock per generated value hands out dates in property order (so
 * check_in comes before check_out, from before to, and a list's items are in time order).
 * Without a world, dates come from one random anchor in 2025-2026, as before there was one.
 */
import type { ApiSpec } from '../../api-pool/types.js';
import type { ItemWorld } from '../../core/plan.js';
import type { Rng } from '../../core/rng.js';

export const MIN_PER_DAY = 1440;
const BASE_DAY = Date.UTC(2025, 0, 1) / 86_400_000;
/** A working hour of a day in 2025-2026: plausible near-future plans. */
export const randomAnchor = (rng: Rng): number => (BASE_DAY + rng.int(0, 700)) * MIN_PER_DAY + 15 * rng.int(28, 68);
export const isoDate = (anchor: number): string =>
  new Date(Math.floor(anchor / MIN_PER_DAY) * 86_400_000).toISOString().slice(0, 10);
export const isoDateTime = (anchor: number): string => `${new Date(anchor * 60_000).toISOString().slice(0, 19)}Z`;

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
/** A quarter hour of the working day, `HH:MM`. */
export const clockTime = (rng: Rng): string => `${pad2(rng.int(7, 20))}:${pad2(15 * rng.int(0, 3))}`;

export type DateMeaning = 'future' | 'past' | 'birth';

const BIRTH = /(^|_)(birth|dob|birthday|date_of_birth|birth_date)(_|$)/;
const PAST = /(^|_)(created|updated|modified|changed|computed|submitted|published|posted|started|issued|filed|filing|first_seen|last|processed|sent|released|generated|timestamp|booked|sold|deleted|decided|observed|purchased|graded|reported|recorded|occurred|used|authored|uploaded|scanned|requested|responded|measured|withdrawn|voided|received|delivered|revoked|confirmed|performed|analysis|since|after|as_of|breach|claim|loss|outage|set|air|metadata|joined|enrolled|hired|opened|closed|paid|completed|signed|taken|logged|valuation|review|report)(_|$)/;
const FUTURE = /(^|_)(check_in|check_out|checkin|checkout|departure|depart|arrival|return|pickup|dropoff|due|deadline|appointment|schedule|scheduled|reservation|expir\w*|expires|valid_until|eta|estimated|send|ship|deliver|hold_until|proposed|preferred|cancellation|next|closes|fires|unlock|window|cycle|coverage|effective|rises|sets|tides|uv_max|reminder|expected|travel|trip|event|move_in|starts|ends)(_|$)/;
const HISTORY_API = /(history|metric|promql|time series|telemetr|historical|past|transaction|statement|log|audit|usage|analytic|archive|trend|activit|recent|timeline|feed|observation|measurement|reading|performance|stats|played|case|opinion|filing|legislat|bill|article|paper|publication|news|breach|incident|commit|claims)/;
const FUTURE_API = /(forecast|book|reserv|availab|upcoming|schedul|appointment|flight|hotel|event|remind|trip|rental|ticket|calendar|plan|tide|sun|uv|deliver|ship|rate_quote|quote)/;

const apiLean = new WeakMap<ApiSpec, DateMeaning | null>();
/** Whether an API is about the past (history, filings) or the future (bookings, forecasts), or neither. */
function leanOf(api: ApiSpec | undefined): DateMeaning | null {
  if (!api) return null;
  let lean = apiLean.get(api);
  if (lean === undefined) {
    const s = `${api.name} ${api.description.split(/[.;]/)[0]}`.toLowerCase();
    const past = HISTORY_API.test(s);
    const future = FUTURE_API.test(s);
    lean = past === future ? null : past ? 'past' : 'future';
    apiLean.set(api, lean);
  }
  return lean;
}

/** What side of today a date field `key` (snake_case) of `api` falls on. */
export function dateMeaning(key: string, api: ApiSpec | undefined, inResult: boolean): DateMeaning {
  if (BIRTH.test(key)) return 'birth';
  const lean = leanOf(api);
  if (FUTURE.test(key)) return 'future';
  if (PAST.test(key)) return 'past';
  // start/end, from/to, date: the API's lean; otherwise a request plans ahead and a result reports back.
  return lean ?? (inResult ? 'past' : 'future');
}

/** Hands out ordered dates on each side of today; set on its first date, so values without dates cost nothing. */
export class Clock {
  private future = 0;
  private past = 0;
  private today = -1;
  private started = false;
  constructor(
    private readonly world: ItemWorld | undefined,
    private readonly anchor: number,
  ) {}

  private start(rng: Rng): void {
    this.started = true;
    if (!this.world) {
      this.future = this.past = this.anchor >= 0 ? this.anchor : randomAnchor(rng);
      return;
    }
    this.today = (Date.parse(this.world.today) / 86_400_000) * MIN_PER_DAY;
    const hour = 15 * rng.int(28, 68);
    this.future = this.today + MIN_PER_DAY * rng.int(1, 45) + hour;
    this.past = this.today - MIN_PER_DAY * rng.int(10, 120) + hour;
  }

  /** The next date (`date`) or time (`date-time`) of this meaning, advancing that side's clock. */
  next(meaning: DateMeaning, dateTime: boolean, rng: Rng): number {
    if (!this.started) this.start(rng);
    if (this.today < 0) {
      const t = this.future;
      this.future = this.past = t + (dateTime ? 15 * rng.int(2, 8) : MIN_PER_DAY * rng.int(1, 9));
      return t;
    }
    if (meaning === 'birth') return this.today - MIN_PER_DAY * (365 * rng.int(19, 80) + rng.int(0, 364));
    if (meaning === 'future') {
      const t = this.future;
      this.future += dateTime ? 15 * rng.int(2, 8) : MIN_PER_DAY * rng.int(1, 9);
      return t;
    }
    // The past side moves forward too (from before to), but never beyond today's working day.
    const t = Math.min(this.past, this.today + 9 * 60);
    this.past += dateTime ? 15 * rng.int(2, 12) : MIN_PER_DAY * rng.int(1, 5);
    return t;
  }
}
