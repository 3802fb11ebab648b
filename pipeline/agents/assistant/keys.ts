/**
 * What a result field's name says it holds, worked out once per name (a pool has a few
 * thousand; an answer reads dozens of fields): whether anyone reads it out (secrets, links,
 * coordinates and paging are left out), and whether it is an identifier, a timestamp, a
 * status, a name, money, a count, a change, a rating, a year... The value's JSON type then
 * picks among these (facts.ts).
 */
import { isIdLike, snake } from '../tool/names.js';
import { isMoneyKey, labelOf, singularOf, type Label } from './words.js';

export interface KeyInfo {
  readonly label: Label;
  /** Nobody reads it out: a secret, a link, a coordinate, a paging cursor, a raw hash. */
  readonly skip: boolean;
  readonly currency: boolean;
  readonly unit: boolean;
  readonly id: boolean;
  /** When the record was made or touched (created_at, as_of): said last, or not at all. */
  readonly stamp: boolean;
  /** A date that has a time worth saying (departure, start, deadline). */
  readonly timed: boolean;
  readonly status: boolean;
  /** The entity's own status (status, state, order_status), said first. */
  readonly mainStatus: boolean;
  readonly name: boolean;
  readonly payload: boolean;
  readonly year: boolean;
  readonly money: boolean;
  /** A generic money name (value, amount) that a unit beside it makes a measure. */
  readonly moneyGeneric: boolean;
  readonly percent: boolean;
  readonly countFirst: boolean;
  readonly count: boolean;
  /** The label ends in a plural noun ("bedrooms", "estimated matches"). */
  readonly plural: boolean;
  /** The label ends in a participle ("accepted", "invitations sent"). */
  readonly participle: boolean;
  readonly change: boolean;
  readonly rating: boolean;
  /** ok / success: true says nothing an answer does not already say. */
  readonly ok: boolean;
}

const SKIP = /(^|_)(secret|password|passcode|token|api_key|apikey|private_key|otp|pin|cvv|cvc|signature|nonce|etag|session|url|urls|uri|link|links|href|permalink|image|images|thumbnail|avatar|icon|logo|photo|photos|lat|lng|lon|latitude|longitude|coordinates|coords|geometry|bbox|polygon|cursor|next_cursor|prev_cursor|page|page_size|per_page|total_pages|has_more|offset|next_page|next_page_token|request_id|trace_id|api_version|object|sequence|raw|html|markdown|base64|checksum|hash|sha1|sha256|md5|fingerprint|embedding|vector|snapshot_id|revision)$/;
const STATUS = /(^|_)(status|state|condition|conditions|verdict|outcome|decision|availability|stage|phase|health|workflow_state|market_state|result|severity|risk|risk_level|level|summary_label)$/;
const NAME = /(^|_)(name|title|display_name|headline|full_name|username|handle|label)$/;
const STAMP = /^(created|updated|modified|generated|as_of|last_updated|timestamp|fetched|retrieved|recorded|synced|indexed|last_modified|metadata_modified|last_seen|last_checked|checked|requested|processed)(_at|_on|_time|_date)?$/;
const TIMED = /(^|_)(depart|departure|departs|arrive|arrival|arrives|start|starts|end|ends|time|scheduled|slot|pickup|dropoff|appointment|kickoff|confirmed_time|eta|begin|until|deadline|due|opens|closes|check_in|check_out|sunrise|sunset)(_|$)/;
const COUNT = /(^|_)(count|counts|total|num|number_of|results|hits|matches|items|entries|records)(_|$)|^(total|n)_/;
/** Counts whose name also says money ("total_results" has "total"): counted, not priced. */
const COUNT_FIRST = /(^|_)(count|counts|num|number_of|results|hits|matches|items|entries|records|rows|documents|reviews|votes|views|nights|guests|seats|rooms)(_|$)|^total$/;
const CHANGE = /(^|_)(change|delta|diff|difference)(_|$)/;
const RATING = /(^|_)(rating|ratings|stars|score|grade_points)$/;
const YEAR = /(^|_)(year|years|season|vintage|founded|since|born|model_year|fiscal_year|built)(_|$)/;
const PAYLOAD = /(^|_)(translat\w*|answer|definition|transcript|verdict|recommendation|advice|explanation|forecast|message|text|summary|description)$/;

/** Nouns of a measure that a moment word may follow (rank_new, score_previous). */
const MEASURE_HEAD = /^(rank|ranking|position|score|level|price|balance|rating|value|total|elo|mmr|rate|grade|handicap|weight|limit)$/;
/** Words that read as a state after "is" or "was": participles and a few adjectives. */
export const PARTICIPLE = /([^e]ed|able|ible)$|^(following|trending|recurring|running|playing|charging|processing|missing|matching|working|existing|remaining|streaming|outstanding|expiring|sent|paid|built|made|done|held|set|shown|taken|given|written|run|won|lost|read|seen|known|open|active|available|enabled|late|valid|live|online|offline|due|free|public|private|verified|default|primary|current|complete|final|new|unread|pending|visible|hidden|blocked|locked|muted|ok|success|successful|up)$/;

/** Whether a word is a plural noun ("bedrooms", "matches"), not "status" or "analysis". */
export function isPluralWord(w: string): boolean {
  return /[^s]s$/.test(w) && !/(ss|us|is)$/.test(w) && singularOf(w) !== w;
}

const memo = new Map<string, KeyInfo>();

export function keyInfo(key: string): KeyInfo {
  let info = memo.get(key);
  if (info !== undefined) return info;
  const k = snake(key);
  const label = labelOf(key);
  const ws = label.words.split(' ');
  const last = ws[ws.length - 1] ?? '';
  // "global rank new", "score previous": a measure at another moment, not how many are new.
  const measureAt = /^(new|previous|old|current|final|prior)$/.test(last) && MEASURE_HEAD.test(ws[ws.length - 2] ?? '');
  info = {
    label,
    skip: SKIP.test(k),
    currency: /(^|_)(currency|currency_code)$/.test(k),
    unit: /^(unit|units|uom|unit_of_measure)$/.test(k),
    id: isIdLike(key) || /(^|_)(mbid|guid|gtin|ean|upc|isrc|asin|slug)$/.test(k),
    stamp: STAMP.test(k),
    timed: TIMED.test(k),
    status: STATUS.test(k),
    mainStatus: /^(status|state|\w+_status)$/.test(k),
    name: NAME.test(k),
    payload: PAYLOAD.test(k),
    year: YEAR.test(k),
    money: isMoneyKey(key) && !/(^|_)(percent|pct|rate_percent|ratio)$/.test(k),
    moneyGeneric: /^(value|amount|estimate|total)$/.test(k),
    percent: /(^|_)(percent|pct)$/.test(k),
    countFirst: COUNT_FIRST.test(k),
    count: COUNT.test(k),
    plural: isPluralWord(last) && !isMoneyKey(last),
    participle: PARTICIPLE.test(last) && !measureAt,
    change: CHANGE.test(k),
    rating: RATING.test(k),
    ok: /^(ok|success|succeeded|successful)$/.test(k),
  };
  if (memo.size < 50_000) memo.set(key, info);
  return info;
}
