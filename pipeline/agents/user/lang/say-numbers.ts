/**
 * Which clause a number takes in a second-language request, by what it measures (its key): a
 * count with its noun ("para 3 huéspedes"), a bound ("por menos de 300"), a distance in its
 * unit ("en un radio de 5 km"), a year. The number stays in digits as the call has it; a unit
 * the key names is said after it, in the language when it is a word ("30 minutos").
 */
import type { Lang, Noun } from './types.js';
import { counted } from './morph.js';
import { nounFor } from './nouns.js';
import { RANK, type Say } from './say-kind.js';

/** Units a key may end in: a symbol written after the number, or the English word of a noun counted with it. */
const UNITS: Readonly<Record<string, { readonly sym?: string; readonly word?: string }>> = {
  km: { sym: 'km' }, kms: { sym: 'km' }, kilometers: { sym: 'km' }, m: { sym: 'm' }, meters: { sym: 'm' }, metres: { sym: 'm' }, cm: { sym: 'cm' }, mm: { sym: 'mm' },
  mi: { word: 'mile' }, miles: { word: 'mile' }, ft: { word: 'foot' }, feet: { word: 'foot' }, kg: { sym: 'kg' }, g: { sym: 'g' }, lb: { sym: 'lb' }, lbs: { sym: 'lb' },
  pct: { sym: '%' }, percent: { sym: '%' }, usd: { sym: 'USD' }, eur: { sym: 'EUR' }, gbp: { sym: 'GBP' }, c: { sym: '°C' }, f: { sym: '°F' }, kw: { sym: 'kW' },
  kwh: { sym: 'kWh' }, mph: { sym: 'mph' }, kph: { sym: 'km/h' }, kmh: { sym: 'km/h' }, ms: { sym: 'ms' }, gb: { sym: 'GB' }, mb: { sym: 'MB' }, kcal: { sym: 'kcal' },
  mbps: { sym: 'Mbps' }, bpm: { sym: 'bpm' }, acres: { word: 'acre' }, kelvin: { sym: 'K' },
  minute: { word: 'minute' }, minutes: { word: 'minute' }, min: { word: 'minute' }, mins: { word: 'minute' }, hour: { word: 'hour' }, hours: { word: 'hour' }, hrs: { word: 'hour' },
  day: { word: 'day' }, days: { word: 'day' }, second: { word: 'second' }, seconds: { word: 'second' }, sec: { word: 'second' }, secs: { word: 'second' },
  nights: { word: 'night' }, weeks: { word: 'week' }, months: { word: 'month' }, years: { word: 'year' }, liters: { word: 'litre' }, litres: { word: 'litre' }, degrees: { word: 'degree' },
};
const TWO_UNITS: Readonly<Record<string, { readonly sym?: string; readonly word?: string }>> = { square_feet: { word: 'square foot' }, sq_ft: { word: 'square foot' }, sqft: { word: 'square foot' }, square_meters: { sym: 'm²' }, sqm: { sym: 'm²' } };

/** Nouns counted by the number when a key ends in them ("guests" -> "para 3 huéspedes"). */
const COUNTED = /^(guests|people|adults|children|kids|infants|passengers|nights|rooms|seats|tickets|items|copies|players|attendees|participants|servings|bedrooms|bathrooms|beds|floors|replicas|retries|attempts|questions|units|shares|stops|drivers|pets|members|licenses|slots|doses|reps|sets|laps|steps|calories|words|pages|instances|nodes|workers|pods|lines|results|episodes|tracks|songs|articles|posts|comments|reviews|days|weeks|months|years|hours|minutes|seconds|points|goals|games)$/;
const MONEY = /(^|_)(amount|price|cost|total|principal|fee|fees|balance|payment|income|salary|deposit|budget|value|tip|deductible|premium|rent|loan|spend|bid|offer|limit|coverage|damage)(_|$)/;
const LIMIT = /^(number|limit|max_results|top_n|top|count|page_size|per_page|results_per_page|num_results|max_items|size|n|k|max_count|number_of_results|max_hits|max_entries)$/;

interface Parts {
  readonly head: string;
  /** How the number is written with its unit, or undefined when the unit's word is not in the tables. */
  readonly say: (v: unknown) => string | undefined;
  readonly hasUnit: boolean;
  /** The unit is a percentage. */
  readonly pct: boolean;
}

function partsOf(lang: Lang, tokens: readonly string[]): Parts {
  const two = tokens.length >= 2 ? `${tokens[tokens.length - 2]}_${tokens[tokens.length - 1]}` : '';
  const last = tokens[tokens.length - 1];
  const u = TWO_UNITS[two] ?? (tokens.length > 1 ? UNITS[last] : undefined);
  const head = (TWO_UNITS[two] ? tokens.slice(0, -2) : u ? tokens.slice(0, -1) : tokens).join('_') || 'area';
  if (!u) return { head, say: (v) => (typeof v === 'number' ? String(v) : undefined), hasUnit: false, pct: false };
  if (u.sym) {
    const sym = u.sym;
    return { head, say: (v) => (typeof v === 'number' ? (sym === '%' ? `${v}%` : `${v} ${sym}`) : undefined), hasUnit: true, pct: sym === '%' };
  }
  const noun = nounFor(lang, u.word as string);
  return { head, say: (v) => (typeof v === 'number' && noun ? counted(lang, v, noun) : undefined), hasUnit: true, pct: false };
}

const say = (rank: number, key: string, p: Parts, noun?: Noun): Say => ({ rank, key, value: p.say, ...(noun ? { noun } : {}) });
/** A clause that needs the field's noun: undefined when the language has no noun for it. */
const named = (rank: number, key: string, p: Parts, noun: Noun | undefined): Say | undefined => (noun ? say(rank, key, p, noun) : undefined);
/** A count of a noun: the value with the noun in the right number ("1 noche", "3 noches"). */
const countOf = (rank: number, key: string, noun: Noun | undefined): Say | undefined =>
  noun ? { rank, key, noun, value: (v) => (typeof v === 'number' ? String(v) : undefined) } : undefined;

/** The clause of a number argument (snake_case key `k`), or undefined when the language cannot say it. */
export function sayNumber(lang: Lang, k: string, nested: boolean, domain: string): Say | undefined {
  const tokens = k.split('_');
  const p = partsOf(lang, tokens);
  const h = p.head;
  const noun = (words: string): Noun | undefined => nounFor(lang, words.replace(/_/g, ' '), domain);
  if (!nested && LIMIT.test(h)) return say(RANK.paging, 'limit', p);
  let m = /^top_(\w+)$/.exec(h);
  if (m) return say(RANK.paging, 'limit', p);
  if (/^(page|page_number)$/.test(h)) return say(RANK.paging, 'page', p);
  // A bare bound with a unit ("min_square_feet"): at least or at most that much.
  if (p.hasUnit && /^(min|minimum)$/.test(h)) return say(RANK.amount, 'min-money', p);
  if (p.hasUnit && /^(max|maximum)$/.test(h)) return say(RANK.amount, 'max-time', p);
  if (/^offset$/.test(h) && !p.hasUnit) return say(RANK.paging, 'offset', p);
  if (/^(minutes|hours|days|seconds)_(before|ahead)$/.test(k)) return say(RANK.amount, 'ahead', partsOf(lang, ['x', tokens[0]]));
  if (/^(max|maximum)_(age|age_days|days_old)$|^max_age$/.test(h) || /^max_age/.test(k) || (/(^|_)within$/.test(h) && p.hasUnit && !/^(km|kms|m|mi|miles?|meters|metres|kilometers)$/.test(tokens[tokens.length - 1]))) return say(RANK.amount, 'max-age', p);
  if (!p.hasUnit && /^(session|round|stage|episode|chapter|volume|issue|version|release|edition|floor|level_number|season_number)$/.test(h)) return named(RANK.what, 'ordinal', p, noun(h.replace(/_number$/, '')));
  // A number that names a thing ("movie_id", "bill_number") reads as an id after its noun.
  m = /^(\w+)_(id|number|no)$/.exec(h);
  if (m && !p.hasUnit && !LIMIT.test(h)) return named(RANK.what, 'id', p, noun(m[1]));
  if (/^years_experience$/.test(h)) return say(RANK.people, 'experience', p);
  if (/(^|_)(min|minimum)_(rating|stars|score|source_rank)$/.test(h)) return say(RANK.amount, 'rating-min', p);
  if (/(^|_)rating$/.test(h)) return say(RANK.amount, 'rating', p);
  if (/^(party_size|group_size|party)$/.test(h)) return countOf(RANK.people, 'party', noun('person'));
  if (/^(year_from|from_year|start_year|since_year)$/.test(h)) return say(RANK.date, 'year-from', p);
  if (/^(year_to|to_year|end_year|until_year)$/.test(h)) return say(RANK.dateEnd, 'year-to', p);
  m = /^(min|minimum)_(\w+)$|^(\w+)_(min|from|floor|lower)$/.exec(h);
  if (m) {
    const what = m[2] ?? m[3];
    if (MONEY.test(what)) return say(RANK.amount, 'min-money', p);
    if (COUNTED.test(what)) return countOf(RANK.amount, 'min-count', noun(what));
    return named(RANK.amount, 'min-of', p, noun(what));
  }
  m = /^(max|maximum)_(\w+)$|^(\w+)_(max|to|cap|ceiling|upper)$|^budget$/.exec(h);
  if (m) {
    const what = m[2] ?? m[3] ?? 'budget';
    if (/duration|hours|minutes|time|days|length|runtime|ready|weeks/.test(h + k)) return say(RANK.amount, 'max-time', p);
    if (MONEY.test(h) || MONEY.test(what) || /USD|EUR|GBP/.test(k)) return say(RANK.amount, 'max-money', p);
    if (COUNTED.test(what)) return countOf(RANK.amount, 'max-count', noun(what));
    return named(RANK.amount, 'max-of', p, noun(what));
  }
  if (/(^|_)(radius|distance|within|range|proximity)$/.test(h)) return say(RANK.place, 'radius', p);
  if (/^(lat|latitude)$/.test(h)) return say(RANK.place, 'lat', p);
  if (/^(lon|lng|long|longitude)$/.test(h)) return say(RANK.place, 'lon', p);
  if (/^model_year$/.test(h)) return say(RANK.what, 'model-year', p);
  if (/(^|_)(year|season)$/.test(h)) return say(RANK.date, 'num-year', p);
  if (/^month$/.test(h)) return say(RANK.date, 'num-month', p);
  if (/^(week|week_number)$/.test(h)) return say(RANK.date, 'num-week', p);
  if (/(^|_)age$/.test(h)) return countOf(RANK.people, 'age', noun('year'));
  if (/^(quantity|qty|count_of_items)$/.test(h)) return countOf(RANK.people, 'quantity', noun('unit'));
  if (/(^|_)(tip|tip_amount)$/.test(h)) return say(RANK.amount, 'tip', p);
  if (/(^|_)deductible$/.test(h)) return say(RANK.amount, 'deductible', p);
  if (/^(square|sq|area|size|floor_area|living_area)$/.test(h)) return say(RANK.amount, 'area', p);
  if (/(^|_)(principal|loan|loan_amount)$/.test(h)) return say(RANK.amount, 'loan', p);
  if (/(^|_)(income|salary|expected_income)$/.test(h)) return say(RANK.amount, 'income', p);
  if (p.pct) return noun(h) ? say(RANK.amount, 'number-pct', p, noun(h)) : say(RANK.amount, 'rate-pct', p);
  if (/(^|_)(rate|pct|percent|percentage)$/.test(h)) return named(RANK.amount, 'number', p, noun(h));
  if (/(^|_)(elevation|altitude)$/.test(h)) return say(RANK.place, 'elevation', p);
  if (/(^|_)year_built$|^built$/.test(h)) return say(RANK.what, 'built', p);
  if (/(^|_)(temp|temperature|setpoint|target_temperature)$/.test(h)) return say(RANK.amount, p.hasUnit ? 'temperature' : 'temperature-bare', p);
  if (/(^|_)(delay|lead_time|wait)$/.test(h)) return say(RANK.amount, 'delay', p);
  if (/(^|_)(ttl|expiry|expires_in|valid_for)$/.test(h)) return say(RANK.amount, 'ttl', p);
  if (/(^|_)(duration|length_of_stay|timeout|interval|window|stay|relock)$/.test(h) && p.hasUnit) return say(RANK.amount, 'duration', p);
  if (/^(above|over|greater_than|gt|threshold_above)$/.test(h)) return say(RANK.amount, 'above', p);
  if (/^(below|under|less_than|lt|threshold_below)$/.test(h)) return say(RANK.amount, 'below', p);
  if (/(^|_)threshold$/.test(h)) return say(RANK.amount, 'threshold', p);
  if (/(^|_)(delta|change|adjustment|increment|by)$/.test(h)) return say(RANK.amount, 'delta', p);
  m = /(^|_)(weight|height|length|width|depth)$/.exec(h);
  if (m) return say(RANK.amount, m[2], p);
  const lastWord = tokens[tokens.length - 1];
  if (COUNTED.test(lastWord) && !p.hasUnit) return countOf(RANK.people, 'count', noun(lastWord));
  if (MONEY.test(h)) return say(RANK.amount, 'amount', p);
  return named(RANK.amount, 'number', p, noun(h));
}
