/**
 * consistency.fact: a result against a fact of the real world a reader knows or looks up: a
 * store app id named as another game (app 730 is Counter-Strike 2, not "Hollow Knight"), an
 * international phone number given another country's code (+34 as US), a paper cited by a work
 * older than itself, the players of one list at positions of two sports, the top players of one
 * game from three teams, a lab result, crop statistic or ingredient in a unit that cannot measure
 * it (sodium in bpm, vegetable oil in km), a pH off its scale, shares of one whole above 100%,
 * an act that went through beside a reason it failed, a price after a discount that is not the
 * price before less it, a state earlier than its own stamp (a text "queued" with a delivered_at),
 * a sky object above the horizon at a negative altitude.
 * Each judged only where the record says it plainly: an app id of the
 * table of well-known titles, a calling code the tables hold, a year in the paper's own field or
 * its DOI, positions only one sport has.
 */
import { gameOfApp } from '../../core/derive/games.js';
import { callingCodeOf } from '../../core/geo.js';
import { unitMisfits } from '../../core/measures.js';
import { makerOfVin } from '../../core/vin.js';
import { atOf, type CallResult, type Consistency, type Obj } from './consistency-site.js';
import { snake } from './consistency-names.js';
import { daysFrom, parseWhen, type When } from './consistency-when.js';

const APP = /^(app_id|appid|steam_app_id|steam_appid|game_app_id)$/;
const GAME_NAME = /^(name|game|game_name|game_title|app_name)$/;
const CITING = /^(works|citations|cited_by|citing_works|citing_papers)$/;
const DOI_YEAR = /\.((?:19|20)\d\d)\./;
const PHONE = /^(phone_number|phone|e164|msisdn)$/;
/** Positions only one sport has. */
const SPORT: Readonly<Record<string, string>> = {
  goalkeeper: 'soccer', midfielder: 'soccer', striker: 'soccer',
  'point guard': 'basketball', 'shooting guard': 'basketball', 'small forward': 'basketball', 'power forward': 'basketball',
  pitcher: 'baseball', catcher: 'baseball', shortstop: 'baseball', 'first baseman': 'baseball',
  quarterback: 'american football', 'running back': 'american football', 'wide receiver': 'american football', 'tight end': 'american football', linebacker: 'american football',
};

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function objectFact(o: Obj): string | undefined {
  let app: string | undefined;
  let phone: string | undefined;
  for (const k in o) {
    const s = snake(k);
    if (APP.test(s)) app = k;
    else if (PHONE.test(s) && typeof o[k] === 'string') phone = k;
  }
  const game = app === undefined ? undefined : gameOfApp(o[app]);
  if (game) {
    for (const k in o) {
      const v = o[k];
      if (typeof v === 'string' && GAME_NAME.test(snake(k)) && v.toLowerCase() !== game.name.toLowerCase()) return `${k} = "${v}", but app ${game.appId} is ${game.name}`;
    }
  }
  if (phone && /^\+\d{7,15}$/.test(o[phone] as string) && typeof o.country_code === 'string') {
    const code = callingCodeOf(o.country_code);
    if (code && !(o[phone] as string).startsWith(`+${code}`)) return `country_code = "${o.country_code}" for ${phone} ${o[phone] as string} (+${code} is ${o.country_code}'s calling code)`;
  }
  const marks = markFact(o);
  if (marks) return marks;
  const unit = unitFact(o);
  if (unit) return unit;
  const share = shareFact(o);
  if (share) return share;
  const rates = rateFact(o);
  if (rates) return rates;
  const score = cvssFact(o);
  if (score) return score;
  const outcome = outcomeFact(o) ?? discountFact(o) ?? stampFact(o) ?? horizonFact(o) ?? seriesFact(o) ?? revisionFact(o);
  if (outcome) return outcome;
  for (const k in o) {
    const list = o[k];
    if (!Array.isArray(list) || list.length < 2) continue;
    const sports = new Set<string>();
    const teams = new Set<string>();
    for (const x of list) {
      if (!isObj(x)) continue;
      if (typeof x.position === 'string' && SPORT[x.position.toLowerCase()]) sports.add(SPORT[x.position.toLowerCase()]);
      if (typeof x.team === 'string') teams.add(x.team);
    }
    if (sports.size > 1) return `${k} lists positions of ${[...sports].join(' and ')} together`;
    if (teams.size > 2 && ('game_id' in o || 'periods' in o || 'box_score' in o)) return `${k} lists players of ${teams.size} teams for one game`;
  }
  return undefined;
}

const UNIT = /^(unit|units|uom|unit_of_measure)$/;
const LAB = /^(display|observation_display|test_name|lab_test|analyte)$/;
const STATISTIC = /^(statistic|statistic_name)$/;

/** A lab result, a crop statistic or (in a list of ingredients) an ingredient in a unit that cannot measure it (core/measures.ts). */
function unitFact(o: Obj): string | undefined {
  const read = (x: Obj, context: 'lab' | 'crop' | 'ingredient', labelKey: string | undefined): string | undefined => {
    const unitKey = Object.keys(x).find((k) => UNIT.test(snake(k)) && typeof x[k] === 'string');
    if (labelKey === undefined || unitKey === undefined || typeof x[labelKey] !== 'string') return undefined;
    return unitMisfits(x[labelKey], context, x[unitKey] as string) ? `${labelKey} "${x[labelKey]}" in ${unitKey} "${x[unitKey] as string}", a unit that does not measure it` : undefined;
  };
  const keys = Object.keys(o);
  const own = read(o, 'lab', keys.find((k) => LAB.test(snake(k)))) ?? read(o, 'crop', keys.find((k) => STATISTIC.test(snake(k))));
  if (own) return own;
  for (const k of keys) {
    if (!/ingredient/.test(snake(k)) || !Array.isArray(o[k])) continue;
    for (const x of o[k] as unknown[]) {
      const why = isObj(x) ? read(x, 'ingredient', 'name' in x ? 'name' : undefined) : undefined;
      if (why) return `${k}: ${why}`;
    }
  }
  return undefined;
}

const PH = /^(ph|soil_ph|ph_level|water_ph)$/;
const SHARE = /^(percent|pct|percentage|share)_of_[a-z_]+$/;
/** Shares of a whole that has one size (a field, a total, a budget): not of respondents, who may each pick several answers. */
const SHARE_OF_WHOLE = /_of_(field|total|area|land|acreage|farm|portfolio|budget|income|spend|spending|sales|revenue|mix|capacity|generation|population)$/;

/** A pH off its scale (0-14), a share above 100%, or shares of one whole (a field's map units, a total) adding up to more. */
function shareFact(o: Obj): string | undefined {
  for (const k in o) {
    const v = o[k];
    if (typeof v === 'number') {
      const s = snake(k);
      if (PH.test(s) && (v < 0 || v > 14)) return `${k} = ${v}, off the pH scale (0-14)`;
      if (SHARE.test(s) && (v < 0 || v > 100)) return `${k} = ${v}, a share above 100%`;
    } else if (Array.isArray(v) && v.length > 1 && isObj(v[0])) {
      const key = Object.keys(v[0]).find((x) => SHARE.test(snake(x)) && SHARE_OF_WHOLE.test(snake(x)));
      if (key === undefined || !v.every((x) => isObj(x) && typeof x[key] === 'number')) continue;
      const sum = (v as Obj[]).reduce((n, x) => n + (x[key] as number), 0);
      if (sum > 100.5) return `${k}: ${key} adds up to ${Math.round(sum * 10) / 10}%`;
    }
  }
  return undefined;
}

const CVSS = /^(base_score|cvss_score|cvss_base_score)$/;
const V3_BANDS: readonly [number, string][] = [[4, 'low'], [7, 'medium'], [9, 'high'], [10.01, 'critical']];

/** A CVSS score off its scale (0-10), or (with a CVSS v3 vector beside it) a severity of another band. */
function cvssFact(o: Obj): string | undefined {
  const k = Object.keys(o).find((x) => CVSS.test(snake(x)) && typeof o[x] === 'number');
  if (k === undefined) return undefined;
  const score = o[k] as number;
  if (score < 0 || score > 10) return `${k} = ${score}, off the CVSS scale (0-10)`;
  if (typeof o.vector_string !== 'string' || !o.vector_string.startsWith('CVSS:3') || typeof o.severity !== 'string' || score === 0) return undefined;
  const band = V3_BANDS.find(([top]) => score < top)![1];
  return o.severity.toLowerCase() === band ? undefined : `severity = "${o.severity}" for ${k} ${score}, a ${band} score in CVSS v3`;
}

const BASE = /^(base_currency|base|from_currency|source_currency)$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Rates against a base that list the base itself or a currency twice (a rate of USD in USD). */
function rateFact(o: Obj): string | undefined {
  const bk = Object.keys(o).find((k) => BASE.test(snake(k)) && typeof o[k] === 'string' && CURRENCY_CODE.test(o[k] as string));
  if (bk === undefined) return undefined;
  for (const k in o) {
    const list = o[k];
    if (!/rate/i.test(k) || !Array.isArray(list)) continue;
    const seen = new Set<string>();
    for (const x of list) {
      if (!isObj(x) || typeof x.currency !== 'string' || typeof x.rate !== 'number') continue;
      if (x.currency === o[bk]) return `${k} quotes the base currency ${x.currency} against itself`;
      if (seen.has(x.currency)) return `${k} lists ${x.currency} twice`;
      seen.add(x.currency);
    }
  }
  return undefined;
}

const STATE_KEY = /(^|_)(status|state)$/;
const EXPIRY_KEY = /(^|_)(expiry|expiry_date|expiration|expiration_date|expires|expires_at|expires_on|valid_until)$/;
const ETA_KEY = /^(estimated_delivery|estimated_delivery_date|expected_delivery|expected_delivery_date|eta)$/;
/**
 * A state its own date denies: expired but expiring after today, delivered but expected after
 * today (with consistency.date's day of slack: a UTC stamp may fall on the day after a local today).
 */
function stateDateFact(o: Obj, today: When, todayText: string): string | undefined {
  const sk = Object.keys(o).find((k) => STATE_KEY.test(snake(k)) && typeof o[k] === 'string');
  if (sk === undefined) return undefined;
  const state = snake(o[sk] as string);
  for (const k in o) {
    const key = snake(k);
    if (!((state === 'expired' && EXPIRY_KEY.test(key)) || (state === 'delivered' && ETA_KEY.test(key)))) continue;
    const w = parseWhen(o[k]);
    if (w && daysFrom(today, w) > 1) return `${sk} = "${o[sk] as string}" but ${k} = ${o[k] as string}, after today ${todayText}`;
  }
  return undefined;
}

const MAKE_KEY = /^(make|vehicle_make|manufacturer)$/;

/** A make other than the one a VIN's manufacturer code names (JTD... decoded as an Audi). */
function vinFact(o: Obj, callVin: string | undefined): string | undefined {
  const vin = typeof o.vin === 'string' ? o.vin : callVin;
  const maker = vin === undefined ? undefined : makerOfVin(vin);
  const mk = Object.keys(o).find((k) => MAKE_KEY.test(snake(k)) && typeof o[k] === 'string');
  if (!maker || mk === undefined || (o[mk] as string).toLowerCase() === maker.make.toLowerCase()) return undefined;
  return `${mk} = "${o[mk] as string}" for VIN ${vin!}, whose code ${vin!.slice(0, 3).toUpperCase()} is ${maker.make}'s`;
}

function* objectsIn(v: unknown, depth = 0): Generator<Obj> {
  if (depth > 6) return;
  if (Array.isArray(v)) for (const x of v) yield* objectsIn(x, depth + 1);
  else if (isObj(v)) {
    yield v;
    for (const k in v) if (v[k] !== null && typeof v[k] === 'object') yield* objectsIn(v[k], depth + 1);
  }
}

export function checkFacts(cc: Consistency, pair: CallResult): void {
  const r = pair.result;
  if (!r) return;
  const site = { pair, inResult: true };
  const callVin = typeof pair.call.args?.vin === 'string' ? (pair.call.args.vin as string) : undefined;
  for (const o of objectsIn(r)) {
    const why = objectFact(o) ?? vinFact(o, callVin) ?? (cc.today && cc.todayText ? stateDateFact(o, cc.today, cc.todayText) : undefined);
    if (why) {
      cc.ctx.add('consistency.fact', `${pair.call.name}: result ${why}`, atOf(site));
      return;
    }
  }
  // A paper is cited after it appeared (its year, or the year its DOI carries).
  const args = pair.call.args as Obj | undefined;
  const doi = [r.doi, args?.doi].find((v): v is string => typeof v === 'string');
  const m = doi ? DOI_YEAR.exec(doi) : null;
  const year = typeof r.year === 'number' ? r.year : m ? Number(m[1]) : undefined;
  if (year === undefined) return;
  for (const k in r) {
    if (!CITING.test(k) || !Array.isArray(r[k])) continue;
    const older = (r[k] as unknown[]).find((w) => isObj(w) && typeof w.year === 'number' && w.year < year);
    if (older) {
      cc.ctx.add('consistency.fact', `${pair.call.name}: result ${k} holds a work of ${(older as Obj).year as number} citing a paper of ${year}`, atOf(site));
      return;
    }
  }
}

const LETTER_STEPS = ['F', 'D-', 'D', 'D+', 'C-', 'C', 'C+', 'B-', 'B', 'B+', 'A-', 'A', 'A+'];
const LETTER_CUTS = [0, 60, 63, 67, 70, 73, 77, 80, 83, 87, 90, 93, 97];
const UV_BANDS = ['low', 'moderate', 'high', 'very high', 'extreme'];
const UV_CUTS = [0, 3, 6, 8, 11];

/** A letter grade more than a step from its score (out of 100, or of the points possible); a UV risk of another WHO band, away from a band's edge. */
function markFact(o: Obj): string | undefined {
  const score = ['current_score', 'score', 'percentage', 'final_score'].find((k) => typeof o[k] === 'number');
  const letter = ['letter_grade', 'grade', 'final_grade'].find((k) => typeof o[k] === 'string' && LETTER_STEPS.includes(o[k] as string));
  if (score && letter) {
    const outOf = ['points_possible', 'max_score', 'out_of', 'max_points'].map((k) => o[k]).find((v): v is number => typeof v === 'number' && v > 0);
    const pct = outOf !== undefined ? (100 * (o[score] as number)) / outOf : (o[score] as number);
    if (pct >= 0 && pct <= 100) {
      const step = LETTER_CUTS.reduce((at, min, i) => (pct >= min ? i : at), 0);
      if (Math.abs(LETTER_STEPS.indexOf(o[letter] as string) - step) > 1) return `${letter} = "${o[letter] as string}" for ${score} ${o[score] as number}${outOf !== undefined ? ` of ${outOf}` : ''}`;
    }
  }
  if (typeof o.uv_index === 'number') {
    const k = ['risk_level', 'risk', 'uv_risk'].find((x) => typeof o[x] === 'string');
    const said = k ? UV_BANDS.indexOf((o[k] as string).toLowerCase().replace(/[_-]/g, ' ')) : -1;
    const uv = o.uv_index;
    const band = UV_CUTS.reduce((at, min, i) => (uv >= min ? i : at), 0);
    const nearEdge = UV_CUTS.some((c) => c > 0 && Math.abs(uv - c) <= 0.5);
    if (k && said >= 0 && said !== band && !nearEdge) return `${k} = "${o[k] as string}" at uv_index ${uv} (the WHO calls it ${UV_BANDS[band]})`;
  }
  return undefined;
}

const SUCCESS_FLAG = /^(ok|success|succeeded|applied|accepted|approved)$/;
const SUCCESS_STATUS = /^(delivered|sent|completed|applied|succeeded|success|approved|executed|paid)$/;
const FAILURE_REASON = /^((rejection|failure|decline|declined|denial|error|fail)_(reason|code|message|detail|details)|error)$/;

/** An act that went through beside a reason it failed ("applied": true with "rejection_reason": "expired"). */
function outcomeFact(o: Obj): string | undefined {
  const reason = Object.keys(o).find((k) => FAILURE_REASON.test(snake(k)) && o[k] !== null && o[k] !== '' && o[k] !== 0 && !(Array.isArray(o[k]) && (o[k] as unknown[]).length === 0));
  if (reason === undefined) return undefined;
  const flag = Object.keys(o).find((k) => SUCCESS_FLAG.test(snake(k)) && typeof o[k] === 'boolean');
  const status = typeof o.status === 'string' ? o.status : undefined;
  if (flag !== undefined ? o[flag] !== true : status === undefined || !SUCCESS_STATUS.test(snake(status))) return undefined;
  return `${reason} = ${JSON.stringify(o[reason])} beside ${flag !== undefined ? `${flag} = true` : `status "${status as string}"`}`;
}

const DISCOUNT_PCT = /^(discount_percent|discount_pct|discount_percentage|percent_off|pct_off)$/;
const BEFORE_PRICE = /^(initial|original|list|regular|full)(_price)?$/;
const AFTER_PRICE = /^(final|sale|discounted)(_price)?$/;

/** A price after a discount that is not the price before less it (initial 29.70, final 118 at 2% off). */
function discountFact(o: Obj): string | undefined {
  const num = (re: RegExp): string | undefined => Object.keys(o).find((k) => re.test(snake(k)) && typeof o[k] === 'number');
  const [pct, before, after] = [num(DISCOUNT_PCT), num(BEFORE_PRICE), num(AFTER_PRICE)];
  if (pct === undefined || before === undefined || after === undefined) return undefined;
  const want = (o[before] as number) * (1 - (o[pct] as number) / 100);
  return Math.abs((o[after] as number) - want) > Math.max(0.01 * (o[before] as number), 0.011) ? `${after} = ${o[after] as number}, but ${before} ${o[before] as number} at ${o[pct] as number}% off is ${want.toFixed(2)}` : undefined;
}

const REACHED_AT = /^(delivered|completed|shipped|paid|resolved|closed|refunded)_at$/;
const EARLIER_STATE = /^(queued|pending|sent|scheduled|processing|in_transit|open|created|submitted|draft)$/;

/** A state earlier than its own stamp of a state reached ("queued" with a delivered_at). */
function stampFact(o: Obj): string | undefined {
  const status = typeof o.status === 'string' ? o.status : undefined;
  if (status === undefined || !EARLIER_STATE.test(snake(status))) return undefined;
  const stamp = Object.keys(o).find((k) => REACHED_AT.test(snake(k)) && typeof o[k] === 'string' && o[k] !== '');
  return stamp === undefined ? undefined : `status = "${status}" beside ${stamp} ${o[stamp] as string}`;
}

/** A sky object above the horizon at a negative altitude, or below it at a positive one. */
function horizonFact(o: Obj): string | undefined {
  const alt = ['altitude_deg', 'altitude', 'alt_deg'].find((k) => typeof o[k] === 'number');
  if (alt === undefined || typeof o.above_horizon !== 'boolean' || (o[alt] as number) === 0) return undefined;
  return o.above_horizon === (o[alt] as number) > 0 ? undefined : `above_horizon = ${String(o.above_horizon)} at ${alt} ${o[alt] as number}`;
}

const SERIES_TIME = /^(time|date|timestamp|datetime|date_time|hour|day|valid_time|period_start)$/;
const IDENTITY = /(^|_)(id|name|title|code|number|sku|url|label)$/;

/** A series of readings (an hourly forecast, a day-by-day usage: no ids, names or titles) listing one time twice. */
function seriesFact(o: Obj): string | undefined {
  for (const k in o) {
    const list = o[k];
    if (!Array.isArray(list) || list.length < 2 || !list.every(isObj)) continue;
    const items = list as Obj[];
    const keys = new Set(items.flatMap((x) => Object.keys(x)));
    if ([...keys].some((x) => IDENTITY.test(snake(x)))) continue;
    const time = [...keys].find((x) => SERIES_TIME.test(snake(x)));
    if (time === undefined || !items.every((x) => typeof x[time] === 'string' && /^\d{4}-\d\d-\d\d/.test(x[time] as string))) continue;
    const seen = new Set<string>();
    for (const x of items) {
      if (seen.has(x[time] as string)) return `${k} lists ${time} ${x[time] as string} twice`;
      seen.add(x[time] as string);
    }
  }
  return undefined;
}

const MADE = /^(created|published|posted|first_seen|submitted|uploaded)(_at|_date|_on)?$/;
const CHANGED = /^(last_)?(modified|updated|edited)(_at|_date|_on)?$/;

/** A record changed before it was made: last_modified of the 11th for a CVE published on the 20th. */
function revisionFact(o: Obj): string | undefined {
  const dated = Object.keys(o).filter((k) => typeof o[k] === 'string' && /^\d{4}-\d\d-\d\d/.test(o[k] as string));
  const made = dated.find((k) => MADE.test(snake(k)));
  if (made === undefined) return undefined;
  // A date beside a date-time is compared by the day: modified "2025-11-20" is not before published 16:31 that day.
  const before = (a: string, b: string): boolean => (a.length === 10 || b.length === 10 ? a.slice(0, 10) < b.slice(0, 10) : a.slice(0, 16) < b.slice(0, 16));
  const early = dated.find((k) => CHANGED.test(snake(k)) && before(o[k] as string, o[made] as string));
  return early === undefined ? undefined : `${early} ${o[early] as string} is before ${made} ${o[made] as string}`;
}
