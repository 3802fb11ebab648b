/**
 * How a number is said, by what it measures: a count with its noun ("for 2 adults"), a bound
 * ("under 300", "rated 4 or higher"), a distance with its unit ("within 5 km"), a year ("in
 * 2021"), an amount ("for 250"). The value itself is always said in digits, exactly.
 */
import { RANK, speaker, type Speaker } from './speaker.js';
import { counted, isPlural, pluralOf, withArticle } from './words.js';

/** Unit words a key may end in, as said after the number. */
const UNITS: Readonly<Record<string, string>> = {
  square_feet: 'sq ft', sq_ft: 'sq ft', sqft: 'sq ft', square_meters: 'm²', sqm: 'm²', minute: 'minutes', hour: 'hours', day: 'days', second: 'seconds',
  km: 'km', kms: 'km', kilometers: 'km', m: 'm', meters: 'metres', metres: 'metres', mi: 'miles', miles: 'miles', ft: 'feet', feet: 'feet',
  kg: 'kg', g: 'g', lb: 'lb', lbs: 'lbs', cm: 'cm', mm: 'mm', minutes: 'minutes', min: 'minutes', mins: 'minutes', hours: 'hours', hrs: 'hours',
  seconds: 'seconds', secs: 'seconds', sec: 'seconds', days: 'days', nights: 'nights', weeks: 'weeks', months: 'months', years: 'years',
  pct: '%', percent: '%', usd: 'USD', eur: 'EUR', gbp: 'GBP', c: '°C', f: '°F', kw: 'kW', kwh: 'kWh', mph: 'mph', kph: 'km/h', kmh: 'km/h',
  degrees: 'degrees', ms: 'ms', gb: 'GB', mb: 'MB', liters: 'litres', litres: 'litres', kcal: 'kcal', mbps: 'Mbps', bpm: 'bpm',
};
/** Nouns counted by the number when a key ends in them ("guests" -> "for 3 guests"). */
const COUNTED = new Set([
  'guests', 'people', 'adults', 'children', 'kids', 'infants', 'passengers', 'nights', 'rooms', 'seats', 'tickets', 'items', 'copies',
  'players', 'attendees', 'participants', 'servings', 'bedrooms', 'bathrooms', 'beds', 'floors', 'replicas', 'retries', 'attempts',
  'questions', 'units', 'shares', 'stops', 'drivers', 'pets', 'members', 'licenses', 'slots', 'doses', 'reps', 'sets', 'laps', 'steps',
  'calories', 'words', 'pages', 'instances', 'nodes', 'workers', 'pods', 'lines', 'results', 'episodes', 'tracks', 'songs', 'articles',
  'posts', 'comments', 'reviews', 'days', 'weeks', 'months', 'years', 'hours', 'minutes', 'seconds', 'points', 'goals', 'games',
]);
const MONEY = /(^|_)(amount|price|cost|total|principal|fee|fees|balance|payment|income|salary|deposit|budget|value|tip|deductible|premium|rent|loan|spend|bid|offer|limit|coverage)(_|$)/;

interface Parts {
  readonly head: string;
  readonly unit: string;
  /** The head word as said ("radius", "weight"). */
  readonly label: string;
}

function partsOf(tokens: readonly string[]): Parts {
  const two = tokens.length >= 2 ? `${tokens[tokens.length - 2]}_${tokens[tokens.length - 1]}` : '';
  if (UNITS[two]) {
    const head = tokens.length > 2 ? tokens.slice(0, -2) : ['area'];
    return { head: head.join('_'), unit: UNITS[two], label: head.join(' ') };
  }
  const last = tokens[tokens.length - 1];
  const unit = tokens.length > 1 && UNITS[last] ? UNITS[last] : '';
  const head = unit ? tokens.slice(0, -1) : tokens;
  return { head: head.join('_'), unit, label: head.join(' ') };
}

/** Number with its unit: "5 km", "6.5%", "21°C". */
const withUnit = (unit: string) => (v: unknown): string => (unit === '' ? String(v) : unit === '%' || unit.startsWith('°') ? `${v}${unit}` : `${v} ${unit}`);
const afterUnit = (unit: string) => (): string => (unit === '' ? '' : unit === '%' || unit.startsWith('°') ? unit : ` ${unit}`);

/** How many results to return, at the top of a request; inside an object a "limit" is an amount (a budget line's). */
const LIMIT = /^(number|limit|max_results|top_n|top|count|page_size|per_page|results_per_page|num_results|max_items|size|n|k|max_count|number_of_results)$/;

type Rule = readonly [RegExp, (p: Parts, m: RegExpExecArray) => Speaker];
const plain = (rank: number, tpl: readonly string[], p: Parts): Speaker => speaker(rank, tpl, withUnit(p.unit), { after: afterUnit(p.unit) });
const countOf = (noun: string) => (v: unknown): string => (typeof v === 'number' ? counted(v, noun) : `${v} ${noun}`);

/** Tried in order on the key's snake_case head (the unit cut off); the first match wins. */
const RULES: readonly Rule[] = [
  [LIMIT, (p) => plain(RANK.paging, ['just the top {v}', 'no more than {v} results', '{v} results max', 'only {v} of them', 'up to {v} results'], p)],
  [/^top_(\w+)$/, (_p, m) => speaker(RANK.paging, ['the top {v}', 'just the top {v}'], countOf(m[1].replace(/_/g, ' ')))],
  [/^(page|page_number)$/, (p) => plain(RANK.paging, ['on page {v}', 'starting at page {v}'], p)],
  [/^(minutes|hours|days|seconds)_(before|after|ahead)$/, (p, m) => plain(RANK.amount, [`{v} ${m[1]} ${m[2]}`, `{v} ${m[1]} ${m[2] === 'before' ? 'ahead' : m[2]}`], p)],
  [/^offset$/, (p) => (p.unit ? plain(RANK.amount, ['offset by {v}', 'with a {v} offset'], p) : plain(RANK.paging, ['skipping the first {v}', 'starting after the first {v}'], p))],
  [/^(max|maximum)_(age|age_days|days_old)$|^max_age$/, (p) => plain(RANK.amount, ['no older than {v}', 'from the last {v}'], p)],
  [/^(session|round|stage|episode|chapter|volume|issue|version|release|edition|floor|level_number)$/, (p) => plain(RANK.what, [`for ${p.label} {v}`, `in ${p.label} {v}`], p)],
  [/(^|_)(min|minimum)_(rating|stars|score)$/, (p) => plain(RANK.amount, ['rated {v} or higher', 'with at least {v} stars', 'rated at least {v}'], p)],
  [/(^|_)rating$/, (p) => plain(RANK.amount, ['rated {v}', 'with a rating of {v}'], p)],
  [/^(party_size|group_size|party)$/, (p) => speaker(RANK.people, ['for a party of {v}', 'for {v} people', 'for a group of {v}'], withUnit(p.unit))],
  [/^(year_from|from_year|start_year|since_year)$/, (p) => plain(RANK.date, ['from {v}', 'since {v}', 'starting in {v}'], p)],
  [/^(year_to|to_year|end_year|until_year)$/, (p) => plain(RANK.dateEnd, ['up to {v}', 'until {v}', 'through {v}'], p)],
  [/^(min|minimum)_(\w+)$|^(\w+)_(min|from|floor|lower)$/, (p, m) => {
    const what = (m[2] ?? m[3]).replace(/_/g, ' ');
    if (MONEY.test(m[2] ?? m[3] ?? '')) return plain(RANK.amount, ['over {v}', 'of at least {v}', '{v} or more'], p);
    return plain(RANK.amount, isPlural(what) ? [`at least {v} ${what}`, `{v} or more ${what}`] : [`with ${withArticle(what)} of at least {v}`, `at a ${what} of {v} or more`], p);
  }],
  [/^(max|maximum)_(\w+)$|^(\w+)_(max|to|cap|ceiling|upper)$|^budget$/, (p, m) => {
    const what = (m[2] ?? m[3] ?? 'budget').replace(/_/g, ' ');
    if (/duration|hours|minutes|time|days|length/.test(p.head + p.unit)) return plain(RANK.amount, ['no longer than {v}', 'at most {v}', '{v} max'], p);
    if (MONEY.test(p.head) || /USD|EUR|GBP/.test(p.unit)) return plain(RANK.amount, ['under {v}', 'up to {v}', '{v} max', 'no more than {v}', 'for {v} or less'], p);
    return plain(RANK.amount, isPlural(what) ? [`up to {v} ${what}`, `no more than {v} ${what}`] : [`with ${withArticle(what)} of at most {v}`, `keeping the ${what} to {v} at most`], p);
  }],
  [/(^|_)(radius|distance|within|range|proximity)$/, (p) => plain(RANK.place, ['within {v}', 'in a {v} radius', 'no further than {v}'], p)],
  [/^(lat|latitude)$/, (p) => plain(RANK.place, ['at latitude {v}', 'on latitude {v}'], p)],
  [/^(lon|lng|long|longitude)$/, (p) => plain(RANK.place, ['at longitude {v}', 'on longitude {v}'], p)],
  [/^model_year$/, (p) => plain(RANK.what, ['a {v} model', 'the {v} model year', 'from {v}'], p)],
  [/(^|_)(year|season)$/, (p) => plain(RANK.date, ['in {v}', 'for {v}', 'from {v}'], p)],
  [/^month$/, (p) => plain(RANK.date, ['for month {v}', 'in month {v}'], p)],
  [/^(week|week_number)$/, (p) => plain(RANK.date, ['for week {v}', 'in week {v}'], p)],
  [/(^|_)age$/, (p) => plain(RANK.people, ['aged {v}', '{v} years old'], p)],
  [/^(quantity|qty|count_of_items)$/, (p) => plain(RANK.people, ['{v} of them', 'a quantity of {v}', '{v} units', 'times {v}'], p)],
  [/(^|_)(tip|tip_amount)$/, (p) => plain(RANK.amount, ['with a {v} tip', 'tipping {v}', 'plus {v} as a tip'], p)],
  [/(^|_)deductible$/, (p) => plain(RANK.amount, ['with {av} deductible', 'and a deductible of {v}'], p)],
  [/^(square|sq|area|size|floor_area|living_area)$/, (p) => plain(RANK.amount, ['of {v}', 'about {v}', 'with {v}'], p)],
  [/(^|_)(principal|loan|loan_amount)$/, (p) => plain(RANK.amount, ['on a {v} loan', 'borrowing {v}', 'for a loan of {v}'], p)],
  [/(^|_)(income|salary)$/, (p) => plain(RANK.amount, ['earning {v}', 'on an income of {v}'], p)],
  [/(^|_)(rate|pct|percent|percentage)$/, (p) => plain(RANK.amount, [`at {v}${p.unit === '' && /pct|percent/.test(p.head) ? '%' : ''}`, `with ${withArticle(p.label)} of {v}`], p)],
  [/(^|_)(elevation|altitude)$/, (p) => plain(RANK.place, ['at an elevation of {v}', 'at {v} altitude'], p)],
  [/(^|_)year_built$|^built$/, (p) => plain(RANK.what, ['built in {v}', 'from {v}'], p)],
  [/(^|_)(temp|temperature|setpoint|target_temperature|target)$/, (p) => plain(RANK.amount, p.unit ? ['to {v}', 'at {v}'] : ['to {v} degrees', 'at {v} degrees', 'to {v}'], p)],
  [/(^|_)(delay|lead_time|wait)$/, (p) => plain(RANK.amount, ['after {v}', 'with a delay of {v}', 'waiting {v}'], p)],
  [/(^|_)(ttl|expiry|expires_in|valid_for)$/, (p) => plain(RANK.amount, ['expiring after {v}', 'valid for {v}'], p)],
  [/(^|_)(duration|length_of_stay|timeout|interval|window|stay)$/, (p) => plain(RANK.amount, ['for {v}', 'lasting {v}', 'over {v}'], p)],
  [/^(above|over|greater_than|gt|threshold_above)$/, (p) => plain(RANK.amount, ['above {v}', 'over {v}', 'once it goes past {v}'], p)],
  [/^(below|under|less_than|lt|threshold_below)$/, (p) => plain(RANK.amount, ['below {v}', 'under {v}', 'once it drops under {v}'], p)],
  [/(^|_)threshold$/, (p) => plain(RANK.amount, ['with a threshold of {v}', 'once it hits {v}'], p)],
  [/(^|_)(delta|change|adjustment|increment|by)$/, (p) => plain(RANK.amount, ['by {v}', 'with a change of {v}'], p)],
  [/(^|_)weight$/, (p) => plain(RANK.amount, ['weighing {v}', 'at {v}'], p)],
  [/(^|_)height$/, (p) => plain(RANK.amount, ['{v} tall', 'with a height of {v}', '{v} high'], p)],
  [/(^|_)(length|width|depth)$/, (p, m) => plain(RANK.amount, [`{v} ${m[2] === 'length' ? 'long' : m[2] === 'width' ? 'wide' : 'deep'}`, `at a ${m[2]} of {v}`], p)],
  [/(^|_)(score|points)$/, (p) => plain(RANK.amount, ['with a score of {v}', 'scoring {v}', 'at {v} points'], p)],
  [/(^|_)(brightness|volume|level)$/, (p) => plain(RANK.amount, [`at ${p.label} {v}`, `to ${p.label} {v}`], p)],
  [/(^|_)(id|ids|number|no|code|sid)$/, (p) => {
    const noun = p.label.replace(/ (id|ids|sid|no)$/, '') || 'number';
    return plain(RANK.what, [`for ${noun} {v}`, `on ${noun} {v}`, `about ${noun} {v}`], p);
  }],
  [/(^|_)insur(ance|ed)(_amount|_value)?$/, (p) => plain(RANK.amount, ['insured for {v}', 'with {v} of insurance'], p)],
  [MONEY, (p, m) => plain(RANK.amount, m[2] === 'amount' || m[2] === 'total' || m[2] === 'value' ? ['for {v}', 'worth {v}'] : [`with ${withArticle(p.label)} of {v}`, `${withArticle(p.label)} of {v}`], p)],
];

/** The noun a count key counts ("num_guests" -> "guests"), or undefined. */
function countedNoun(tokens: readonly string[]): string | undefined {
  const last = tokens[tokens.length - 1];
  if (!COUNTED.has(last)) return undefined;
  const rest = tokens.slice(0, -1).filter((t) => !/^(num|number|no|count|total|of|n)$/.test(t));
  return rest.length <= 1 ? [...rest, last].join(' ') : last;
}

/** How a number field `key` (snake_case; `nested` inside an object) is said. */
export function numberSpeaker(key: string, nested: boolean): Speaker {
  const tokens = key.split('_').filter(Boolean);
  const noun = countedNoun(tokens);
  const p = partsOf(tokens);
  for (const [re, make] of RULES) {
    if (nested && re === LIMIT) continue;
    const m = re.exec(p.head);
    if (m) return make(p, m);
  }
  if (noun) {
    const bare = noun.split(' ').pop() ?? noun;
    return speaker(RANK.people, ['for {v}', '{v}', 'with {v}'], countOf(pluralOf(noun)), { after: (n) => ` ${n === 1 ? bare.replace(/s$/, '') : bare}` });
  }
  const label = p.label || 'number';
  if (/ (at|on|in|by|per)$/.test(label)) return plain(RANK.amount, [`${label} {v}`], p);
  return plain(RANK.amount, [`with ${withArticle(label)} of {v}`, `${withArticle(label)} of {v}`], p);
}
