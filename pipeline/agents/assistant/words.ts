/**
 * Field names and values as a person says them in an answer: "total_mwh" is a total in MWh,
 * "annual_premium" with currency INR is "480.20 INR", "2026-06-10T18:00:00Z" is "today" or
 * "June 10", "posted_to_student: false" is "not posted to the student". Labels are read off a
 * key's tokens and memoised (a pool has a few thousand field names); nothing here reads a raw
 * key name out.
 */
import { isMoney, singular, snake, tokens } from '../tool/names.js';

/** Tokens said in capitals. */
const ACRONYMS: Readonly<Record<string, string>> = {
  id: 'ID', ids: 'IDs', url: 'URL', urls: 'URLs', api: 'API', ip: 'IP', sku: 'SKU', vin: 'VIN', iban: 'IBAN', isbn: 'ISBN',
  doi: 'DOI', cve: 'CVE', cvss: 'CVSS', uv: 'UV', aqi: 'AQI', eta: 'ETA', pnr: 'PNR', sms: 'SMS', gpa: 'GPA', apr: 'APR',
  ev: 'EV', hvac: 'HVAC', iata: 'IATA', icao: 'ICAO', fips: 'FIPS', isrc: 'ISRC', esim: 'eSIM', sim: 'SIM', pdf: 'PDF',
  cpu: 'CPU', gpu: 'GPU', dns: 'DNS', ssl: 'SSL', tls: 'TLS', http: 'HTTP', kwh: 'kWh', mwh: 'MWh', co2: 'CO2', ph: 'pH',
  bmi: 'BMI', mrn: 'MRN', zip: 'ZIP', sid: 'SID', min: 'minimum', max: 'maximum', avg: 'average', qty: 'quantity', amt: 'amount', desc: 'description', msg: 'message', sha256: 'SHA-256', sha1: 'SHA-1', md5: 'MD5', mac: 'MAC', imei: 'IMEI', iccid: 'ICCID', ein: 'EIN', ssn: 'SSN', npi: 'NPI', utc: 'UTC', tv: 'TV', fx: 'FX', etf: 'ETF', ipo: 'IPO', roi: 'ROI', kpi: 'KPI',
};

/** Unit tokens that end a key (share_percent, total_mwh, temp_c), and how the unit is written after a number. */
const UNIT_TOKENS: Readonly<Record<string, string>> = {
  pct: '%', percent: '%', percentage: '%', mwh: ' MWh', kwh: ' kWh', kw: ' kW', mw: ' MW', gwh: ' GWh', km: ' km', mi: ' mi',
  miles: ' miles', meters: ' m', metres: ' m', cm: ' cm', mm: ' mm', kg: ' kg', lb: ' lb', lbs: ' lb', celsius: ' °C',
  fahrenheit: ' °F', kph: ' km/h', kmh: ' km/h', mph: ' mph', ms: ' ms', sec: ' s', seconds: ' seconds', secs: ' s', min: ' min',
  mins: ' min', minutes: ' minutes', hours: ' hours', hrs: ' hours', days: ' days', weeks: ' weeks', months: ' months',
  years: ' years', bytes: ' bytes', kb: ' KB', mb: ' MB', gb: ' GB', tb: ' TB', hectares: ' ha', ha: ' ha', acres: ' acres',
  liters: ' L', litres: ' L', gallons: ' gal', ft: ' ft', feet: ' ft', inches: ' in', mbps: ' Mbps', gbps: ' Gbps', hz: ' Hz',
  hpa: ' hPa', mbar: ' mbar', deg: '°', degrees: '°', sqft: ' sq ft', sqm: ' m²', m2: ' m²', km2: ' km²', sqkm: ' km²', mi2: ' sq mi', sqmi: ' sq mi', m3: ' m³', cm2: ' cm²', ft2: ' sq ft', knots: ' knots', kts: ' knots', kcal: ' kcal', calories: ' kcal', mg: ' mg', ml: ' ml', g: ' g',
};
/** Single letters are units only after a word they measure (temp_c, depth_m, duration_s); vitamin_c is no unit. */
const LETTER_UNITS: Readonly<Record<string, readonly [RegExp, string]>> = {
  c: [/^(temp|temperature|feels|like|dew|point|high|low|min|max|avg|mean|water|air|surface)$/, ' °C'],
  f: [/^(temp|temperature|feels|like|dew|point|high|low|min|max|avg|mean|water|air|surface)$/, ' °F'],
  m: [/^(depth|height|elevation|altitude|distance|length|width|radius|visibility|range|size|ascent|descent)$/, ' m'],
  s: [/^(duration|time|latency|uptime|elapsed|delay|timeout|interval)$/, ' s'],
  h: [/^(duration|time|hours|elapsed|delay)$/, ' h'],
};
/** Currency codes a key can end in (amount_usd). */
const KEY_CURRENCY = /^(usd|eur|gbp|jpy|cad|aud|chf|inr|cny)$/;

export interface Label {
  /** The words of the key without its unit ("share", "total", "nightly rate"). */
  readonly words: string;
  /** How the unit follows a number ("%", " MWh", ""). */
  readonly unit: string;
  /** A currency the key itself names (amount_usd). */
  readonly currency?: string;
  /** "price_per_person": the words before "per" ("price") and after it ("person"), so a number reads "388.20 ARS a person". */
  readonly head?: string;
  readonly per?: string;
}

const labelMemo = new Map<string, Label>();

/** A key in words: tokens, acronyms in capitals, the unit taken off ("share_percent" -> share, %). */
export function labelOf(key: string): Label {
  let l = labelMemo.get(key);
  if (l !== undefined) return l;
  let t = [...tokens(key)];
  let unit = '';
  let currency: string | undefined;
  const last = t[t.length - 1] ?? '';
  // A unit of one thing per another at the end (carbon_intensity_g_per_kwh, yield_kg_per_ha): "486 g/kWh".
  const ratio = t.length > 3 && t[t.length - 2] === 'per' && t[t.length - 3] in UNIT_TOKENS && last in UNIT_TOKENS && !/%/.test(UNIT_TOKENS[t[t.length - 3]]);
  if (ratio) {
    unit = ` ${UNIT_TOKENS[t[t.length - 3]].trim()}/${UNIT_TOKENS[last].trim()}`;
    t = t.slice(0, -3);
  } else if (t.length > 1 && KEY_CURRENCY.test(last)) {
    currency = last.toUpperCase();
    t = t.slice(0, -1);
  } else if (t.length > 2 && last in UNIT_TOKENS && t[t.length - 2] === 'per') {
    // A price per unit (price_per_kwh): "0.60 per kWh", not "the price per is 0.6 kWh".
    unit = ` per ${UNIT_TOKENS[last].trim()}`;
    t = t.slice(0, -2);
  } else if (t.length > 1 && last in UNIT_TOKENS) {
    unit = UNIT_TOKENS[last];
    t = t.slice(0, -1);
  } else if (t.length > 1 && last in LETTER_UNITS && LETTER_UNITS[last][0].test(t[t.length - 2])) {
    unit = LETTER_UNITS[last][1];
    t = t.slice(0, -1);
  }
  if (t[0] === 'is' || t[0] === 'has' || t[0] === 'num' || t[0] === 'n') t = t.length > 1 ? t.slice(1) : t;
  const pct = /^p(\d{1,2})$/.exec(t[0] ?? '');
  const words = pct && t.length === 1 ? `${ordinal(Number(pct[1]))} percentile` : t.map((x) => ACRONYMS[x] ?? x).join(' ');
  const at = t.indexOf('per');
  const per = at > 0 && at < t.length - 1 ? { head: t.slice(0, at).map((x) => ACRONYMS[x] ?? x).join(' '), per: t.slice(at + 1).map((x) => ACRONYMS[x] ?? x).join(' ') } : {};
  l = { words: words || key, unit, ...(currency ? { currency } : {}), ...per };
  if (labelMemo.size < 20_000) labelMemo.set(key, l);
  return l;
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

// ── numbers, money ─────────────────────────────────────────────────────────────────────

/** 1224.88 -> "1,224.88", 63784000 -> "63,784,000"; at most `decimals` decimals, trailing zeros kept only for money. */
export function sayNumber(n: number, decimals = 2, money = false): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const abs = Math.abs(n);
  let fixed = abs.toFixed(decimals);
  if ((!money || Number.isInteger(abs)) && fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  if (money && !Number.isInteger(abs) && decimals > 0) fixed = abs.toFixed(2);
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  let grouped = int;
  if (int.length > 3) {
    grouped = int.slice(0, int.length % 3 || 3);
    for (let i = grouped.length; i < int.length; i += 3) grouped += `,${int.slice(i, i + 3)}`;
  }
  return `${neg ? '-' : ''}${grouped}${dot < 0 ? '' : fixed.slice(dot)}`;
}

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** An amount with its currency: "$1,224.88", "480.20 INR", or the bare amount when the currency is unknown. */
export function sayMoney(n: number, currency: string | undefined): string {
  const digits = currency === 'JPY' || currency === 'KRW' ? 0 : 2;
  const sign = n < 0 ? '-' : '';
  // Without a currency it is a plain number: no cents made up.
  if (!currency) return `${sign}${sayNumber(Math.abs(n), 2)}`;
  const amount = sayNumber(Math.abs(n), digits, true);
  const sym = SYMBOLS[currency];
  return sym ? `${sign}${sym}${amount}` : `${sign}${amount} ${currency}`;
}

/** Money by its name: a price, a total, a fee, a nightly or hourly rate, an amount_usd. */
export const isMoneyKey = (key: string): boolean => {
  const k = snake(key);
  return (isMoney(key) || /(^|_)(usd|eur|gbp)$/.test(k) || /(^|_)(nightly|hourly|daily|weekly|monthly|night|room|base|day|per_night|rental)_rate$/.test(k)) && !/(^|_)(count|days|nights|percent|pct)$/.test(k);
};

// ── dates ──────────────────────────────────────────────────────────────────────────────
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface Today {
  /** Days since the epoch of the dialogue's today. */
  readonly day: number;
  readonly year: number;
  /** Month before day ("June 10") for US users, day first ("10 June") elsewhere. */
  readonly monthFirst: boolean;
}

export function todayOf(iso: string, country: string): Today {
  const m = ISO.exec(iso);
  const year = m ? Number(m[1]) : 2025;
  const day = m ? Date.UTC(year, Number(m[2]) - 1, Number(m[3])) / 86_400_000 : 0;
  return { day, year, monthFirst: country === 'US' || country === 'PH' || country === 'CA' };
}

export const isIsoDate = (s: string): boolean => ISO.test(s);

/**
 * A date or date-time as people say it, relative to today when close ("today", "tomorrow",
 * "on Friday", "last Tuesday"), else "June 10" (with the year when it is not this year). A
 * time is said only when `withTime` (schedules, departures), with its zone when the value
 * has one.
 */
export function sayDate(s: string, today: Today, withTime: boolean): string | undefined {
  const m = ISO.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const d = Number(m[3]);
  if (mo > 11 || d < 1 || d > 31) return undefined;
  const day = Date.UTC(y, mo, d) / 86_400_000;
  const diff = day - today.day;
  const weekday = WEEKDAYS[new Date(day * 86_400_000).getUTCDay()];
  let words: string;
  if (diff === 0) words = 'today';
  else if (diff === 1) words = 'tomorrow';
  else if (diff === -1) words = 'yesterday';
  else if (diff > 1 && diff < 7) words = `on ${weekday}`;
  else if (diff < -1 && diff > -7) words = `last ${weekday}`;
  else {
    const md = today.monthFirst ? `${MONTHS[mo]} ${d}` : `${d} ${MONTHS[mo]}`;
    words = `on ${md}${y !== today.year ? (today.monthFirst ? `, ${y}` : ` ${y}`) : ''}`;
  }
  if (withTime && m[4] !== undefined) {
    const zone = m[6] === 'Z' ? ' UTC' : m[6] ? ` (UTC${m[6]})` : '';
    words += ` at ${m[4]}:${m[5]}${zone}`;
  }
  return words;
}

/** "on June 10" -> "June 10" (after "from", "until", a label). */
export const bareDate = (words: string): string => words.replace(/^on /, '');

// ── words and plurals ──────────────────────────────────────────────────────────────────

/** An enum-like value in words: "requested_by_customer" -> "requested by customer"; other strings verbatim. */
export function sayLabelValue(v: string): string {
  return /^[a-z]+([_-][a-z0-9]+)+$/.test(v) ? v.replace(/[_-]+/g, ' ') : v;
}

const IRREGULAR: Readonly<Record<string, string>> = { person: 'people', child: 'children', analysis: 'analyses', criterion: 'criteria', index: 'indices', datum: 'data', medium: 'media', series: 'series', species: 'species' };
const IRREGULAR_BACK: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(IRREGULAR).map(([a, b]) => [b, a])),
  // -ies plurals of -ie nouns ("movies" is not "movy").
  ...Object.fromEntries(['movie', 'cookie', 'calorie', 'zombie', 'rookie', 'selfie', 'brownie', 'smoothie', 'pie', 'tie', 'lie', 'genie', 'hoodie', 'indie', 'newbie', 'pixie', 'sortie', 'goalie', 'auntie', 'prairie', 'freebie', 'techie', 'foodie', 'lingerie', 'eerie', 'budgie', 'specie'].map((w) => [`${w}s`, w])),
  series: 'series', species: 'species', news: 'news', analytics: 'analytics', statistics: 'statistics', metrics: 'metric', settings: 'setting',
};

/** The plural of an English noun (the last word of a phrase). */
export function plural(noun: string): string {
  const i = noun.lastIndexOf(' ');
  const head = noun.slice(0, i + 1);
  const w = noun.slice(i + 1);
  if (IRREGULAR[w]) return head + IRREGULAR[w];
  if (/[^aeiou]y$/.test(w)) return `${head}${w.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(w)) return `${head}${w}es`;
  return `${head}${w}s`;
}

/** The singular of a plural noun phrase (its last word): "breaches" -> "breach", "entries" -> "entry". */
const singulars = new Map<string, string>();
export function singularOf(noun: string): string {
  let s = singulars.get(noun);
  if (s === undefined) {
    const i = noun.lastIndexOf(' ');
    const w = noun.slice(i + 1);
    s = noun.slice(0, i + 1) + (IRREGULAR_BACK[w] ?? singular(w));
    if (singulars.size < 20_000) singulars.set(noun, s);
  }
  return s;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "1 hotel", "3 hotels"; `spell` writes one to ten in words. */
export function count(n: number, one: string, many: string = plural(one), spell = false): string {
  const num = spell && n >= 0 && n <= 10 ? SMALL[n] : sayNumber(n, 0);
  return `${num} ${n === 1 ? one : many}`;
}

export const spelled = (n: number): string => (n >= 0 && n <= 10 ? SMALL[n] : sayNumber(n, 0));

export const capFirst = (s: string): string => (s === '' ? s : s[0].toUpperCase() + s.slice(1));

/** "a" or "an" before a word. */
export const article = (w: string): string => (/^([aeio]|u(?![ns][aeiou]|ni)|hou?r|8|11\b|18\b)/i.test(w) && !/^(one|eu|uni)/i.test(w) ? 'an' : 'a');

/** "a, b and c". */
export function joinAnd(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Participles that are not the verb + "ed", or read better as another verb ("apply" -> "submitted"). */
const PAST: Readonly<Record<string, string>> = {
  set: 'set', send: 'sent', buy: 'bought', pay: 'paid', run: 'run', withdraw: 'withdrawn', make: 'made', put: 'put', upsert: 'saved',
  shut: 'shut', sell: 'sold', get: 'got', find: 'found', build: 'built', write: 'written', take: 'taken', give: 'given', begin: 'begun',
  spend: 'spent', apply: 'submitted', respond: 'answered', reply: 'answered', control: 'adjusted', do: 'done', rerun: 'rerun',
  reset: 'reset', broadcast: 'broadcast', forecast: 'forecast', upload: 'uploaded', unlock: 'unlocked', initiate: 'started',
};
const DOUBLE = /^(stop|plan|log|submit|transfer|cancel|admit|commit|drop|ship|tag|pin|star|scan|permit|label|travel|model|signal|equip|refer|prefer|bid|chat|skip|trim|wrap|flag|ban|unpin)$/;

/** The past participle of a tool's verb: "create" -> "created", "submit" -> "submitted", "pay" -> "paid". */
export function pastOf(verb: string): string {
  const v = verb.toLowerCase();
  if (PAST[v]) return PAST[v];
  if (DOUBLE.test(v)) return `${v}${v[v.length - 1]}ed`;
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}
