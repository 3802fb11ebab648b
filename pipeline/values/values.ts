/**
 * Schema-driven value generator for the offline backend: argument values for planned calls
 * and tool results. Everything comes from the caller's Rng, so values are a pure function of
 * the item's seed.
 *
 * Word lists: our own, widened once at load with tables drawn from @faker-js/faker (people,
 * companies, products, streets, job titles) under a fixed seed. Faker is not called per item:
 * re-seeding it costs ~35 µs, more than a third of an item's budget. Its values that a user
 * could not state verbatim (apostrophes, quotes, O'Keefe) are dropped. Every string produced
 * here is a single line with no quotes, and every number has at most 4 decimals, so
 * `String(v)` is how a person would write it. (The tables depend on the faker version in
 * package-lock.json: a faker upgrade can change generated values, not their validity.)
 *
 * Supported JSON Schema: type (incl. lists, the first non-null wins), enum, const, minimum /
 * maximum / exclusive*, multipleOf, minLength / maxLength, format (date, date-time, email,
 * uri, time, uuid), simple patterns (literals, classes, \d \w, quantifiers; no groups),
 * arrays (items, minItems, maxItems, uniqueItems), nested objects (properties, required).
 */
import { faker } from '@faker-js/faker/locale/en';
import type { Rng } from '../../core/rng.js';

export type Schema = Readonly<Record<string, unknown>>;

/** Options of object generation. */
export interface ObjectOptions {
  /** Probability that an optional property is present (default 0.5). */
  readonly optionalRate?: number;
}

const words = (s: string): readonly string[] => s.split('|');

const CITIES = words(
  'Lyon|Paris|Berlin|Madrid|Lisbon|Rome|Vienna|Prague|Oslo|Stockholm|Dublin|Amsterdam|Brussels|Zurich|Munich|Barcelona|Seattle|Boston|Chicago|Denver|Austin|Toronto|Vancouver|Montreal|Tokyo|Osaka|Seoul|Singapore|Sydney|Melbourne|Auckland|Nairobi|Cape Town|Cairo|Istanbul|Athens|Warsaw|Budapest|Helsinki|Copenhagen|Edinburgh|Manchester|Porto|Seville|Marseille|Nice|Hamburg|Milan|Naples|Krakow|Mexico City|Lima|Bogota|Santiago|Buenos Aires|Sao Paulo|Mumbai|Bangalore|Hanoi|Bangkok',
);
const AIRPORTS = words('JFK|LAX|SFO|ORD|ATL|SEA|BOS|MIA|DEN|YYZ|LHR|CDG|FRA|AMS|MAD|BCN|FCO|MUC|ZRH|VIE|CPH|OSL|ARN|DUB|LIS|IST|DXB|DOH|SIN|HND|NRT|ICN|SYD|MEL|GRU|MEX');
const COUNTRIES = words(
  'France|Germany|Spain|Italy|Portugal|Japan|Canada|Brazil|India|Australia|Mexico|Kenya|Egypt|Norway|Sweden|Ireland|Netherlands|Switzerland|Thailand|Vietnam|South Korea|New Zealand|Argentina|Chile|Peru|Morocco|Turkey|Greece|Poland|United States|United Kingdom',
);
const COUNTRY_CODES = words('US|GB|FR|DE|ES|IT|PT|JP|CA|BR|IN|AU|MX|NL|SE|NO|IE|CH|KR|NZ');
const CURRENCIES = words('USD|EUR|GBP|JPY|CHF|CAD|AUD|SEK|NOK|INR|BRL|MXN|KRW|SGD');
const TICKERS = words('AAPL|MSFT|GOOGL|AMZN|TSLA|NVDA|META|IBM|ORCL|NFLX|AMD|INTC|SAP|SHOP|UBER|ADBE|CRM|DIS|KO|PEP');
const FIRST = words(
  'Anna|Liam|Sofia|Noah|Maya|Lucas|Chloe|Omar|Elena|Hugo|Yuki|Priya|Mateo|Lena|Ines|Jonas|Amara|Felix|Nora|Diego|Clara|Ravi|Zoe|Leo|Mina|Tomas|Aisha|Emil|Sara|Kenji',
);
const LAST = words(
  'Martin|Kim|Garcia|Novak|Rossi|Schmidt|Dubois|Silva|Tanaka|Patel|Johnson|Nguyen|Larsen|Costa|Fischer|Moreau|Ahmed|Lopez|Weber|Ivanova|Okafor|Berg|Santos|Khan|Murphy|Meyer|Haddad|Sato|Eriksen|Bianchi',
);
const MAIL_DOMAINS = words('example.com|example.org|mail.example.net|acme.io|northwind.dev|contoso.com');
const STREETS = words(
  'Maple Avenue|Oak Street|Rue Victor Hugo|Elm Road|High Street|Baker Street|Calle Mayor|Market Street|Park Lane|River Road|Station Road|Hauptstrasse|Via Roma|Church Street|Mill Lane|King Street',
);
const PRODUCT_QUERIES = words(
  'wireless headphones|running shoes|espresso machine|standing desk|yoga mat|mechanical keyboard|waterproof jacket|air fryer|kids bike helmet|noise cancelling earbuds|hiking backpack|smart watch|cast iron pan|LED desk lamp|board games|electric toothbrush|winter gloves|phone charger|graphic novels|face moisturizer',
);
const PRODUCT_NAMES = words(
  'Aero Pro 2|Nimbus Runner|Barista Mini|Flex Desk 120|Zen Mat|Quill K8|Storm Shell|Crisp XL|Orbit Buds|Trail 35|Pulse Watch S|Forge Skillet|Halo Lamp|Spark Charger|Glow Cream',
);
const PLACE_NAMES = words(
  'Blue Door Cafe|Green Leaf Pharmacy|Casa Lucia|The Copper Pot|Northside Market|City Museum|Le Petit Jardin|Sunrise Bakery|Harbor Grill|Old Town Pharmacy|Corner Espresso|Golden Dragon|Riverside Bistro|Station Deli',
);
const HOTELS = words('Hotel Lumiere|Grand Central Hotel|Harbor View Inn|The Linden|Park Plaza|Casa del Sol|Nordic Lodge|The Meridian|Old Mill Hotel|Skyline Suites');
const AIRLINES = words('Air France|Lufthansa|Delta|United|KLM|Iberia|British Airways|Emirates|ANA|Qantas|SAS|TAP Portugal');
const CARRIERS = words('UPS|DHL|FedEx|USPS|La Poste|DPD|GLS|Royal Mail');
const INSURERS = words('Aetna|Cigna|Allianz|AXA|Blue Cross|UnitedHealthcare|Humana|Kaiser');
const LANGUAGES = words('English|French|Spanish|German|Italian|Portuguese|Japanese|Mandarin|Arabic|Hindi|Korean|Dutch');
const EVENT_TITLES = words(
  'Quarterly planning review|Team standup|Design sync|Budget meeting|Product demo|Interview with a candidate|One on one|Sprint retro|Client call|Board prep|Lunch with the sales team|Roadmap workshop|Dentist appointment|Yoga class',
);
const SUBJECTS = words(
  'Project update for Friday|Invoice for March|Meeting notes|Welcome aboard|Schedule change|Quick question about the report|Travel plans|Contract draft|Reminder about the deadline|Thanks for your help',
);
const SENTENCES = words(
  'Running ten minutes late, start without me|The report is attached, please review it by Thursday|Can we move our call to next week|Dinner is booked for eight people|Please bring the signed contract tomorrow|Your package has arrived at the front desk|The meeting room changed to the third floor|Happy birthday, have a great day|I will send the slides tonight|Meet me at the station at noon|The flight lands at six, see you at arrivals|Please confirm the budget numbers before Monday',
);
const STEPS = words(
  'Head north on Main Street|Turn left onto Park Lane|Continue straight for 2 km|Take the second exit at the roundabout|Turn right at the station|Keep left at the fork|Arrive at your destination on the right',
);
const REASONS = words('Schedule conflict|The speaker is ill|Moved to next quarter|No longer needed|Room unavailable|Budget freeze');
const NOUNS = words('alpha|delta|orbit|harbor|summit|cedar|falcon|meadow|aurora|beacon|comet|ember|glacier|lumen|nova|pioneer|quartz|ridge|sierra|tundra');
/**
 * n distinct values of `gen` under a fixed faker seed, keeping only plain ones: letters,
 * digits, spaces and - , . & (no apostrophes or quotes), at most 40 characters.
 */
function fakerTable(seed: number, n: number, gen: () => string, extra: readonly string[] = []): readonly string[] {
  faker.seed(seed);
  const out = new Set<string>(extra);
  for (let i = 0; i < n * 3 && out.size < n + extra.length; i++) {
    const v = gen().replace(/\s+/g, ' ').trim();
    if (v.length > 0 && v.length <= 40 && /^[A-Za-z0-9][A-Za-z0-9 ,.&-]*$/.test(v) && !/\b(PhD|MD|DDS|DVM|Jr|Sr|II|III|IV|V|Mr|Mrs|Ms|Miss|Dr)\.?$/.test(v)) out.add(v);
  }
  return [...out];
}
const FAKE_FIRST = fakerTable(101, 200, () => faker.person.firstName(), FIRST);
const FAKE_LAST = fakerTable(102, 200, () => faker.person.lastName(), LAST);
const COMPANIES = fakerTable(103, 150, () => faker.company.name());
const FAKE_PRODUCTS = fakerTable(104, 100, () => faker.commerce.productName(), PRODUCT_NAMES);
const FAKE_STREETS = fakerTable(105, 100, () => faker.location.street(), STREETS);
const JOB_TITLES = fakerTable(106, 100, () => faker.person.jobTitle());
const DEPARTMENTS = fakerTable(107, 40, () => faker.commerce.department());
const GENRES = fakerTable(108, 60, () => faker.music.genre());

const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const pick = (rng: Rng, list: readonly string[]): string => list[Math.floor(rng.next() * list.length)];
const person = (rng: Rng): string => `${pick(rng, FAKE_FIRST)} ${pick(rng, FAKE_LAST)}`;
const email = (rng: Rng): string =>
  `${pick(rng, FAKE_FIRST).toLowerCase()}.${pick(rng, FAKE_LAST).toLowerCase().replace(/[^a-z]/g, '')}@${pick(rng, MAIL_DOMAINS)}`;
const street = (rng: Rng): string => `${rng.int(1, 240)} ${pick(rng, FAKE_STREETS)}`;
const code = (rng: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM[Math.floor(rng.next() * ALNUM.length)];
  return s;
};
const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

// ── dates ──────────────────────────────────────────────────────────────────────────────
// Dates and times come from an "anchor" in minutes since the epoch, so that one object can
// hold ordered values (check_in before check_out, a slot's start before its end).
const MIN_PER_DAY = 1440;
const BASE_DAY = Date.UTC(2025, 0, 1) / 86_400_000;
/** A working hour of a day in 2025-2026: plausible near-future plans. */
const randomAnchor = (rng: Rng): number => (BASE_DAY + rng.int(0, 700)) * MIN_PER_DAY + 15 * rng.int(28, 68);
const isoDate = (anchor: number): string =>
  new Date(Math.floor(anchor / MIN_PER_DAY) * 86_400_000).toISOString().slice(0, 10);
const isoDateTime = (anchor: number): string => `${new Date(anchor * 60_000).toISOString().slice(0, 19)}Z`;

// ── patterns ───────────────────────────────────────────────────────────────────────────
// A small generator for the regular expressions tool schemas use: literals, classes (also
// negated), \d \w \s, groups, alternation and quantifiers. Lookarounds and backreferences
// are not generated; a result is always checked against the real RegExp before use.
type Node =
  | { readonly k: 'chars'; readonly chars: string }
  | { readonly k: 'seq'; readonly items: readonly Node[] }
  | { readonly k: 'alt'; readonly options: readonly Node[] }
  | { readonly k: 'rep'; readonly node: Node; readonly min: number; readonly max: number };

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** What a negated class or `.` may produce: plain characters a user can type in a sentence. */
const SAFE = UPPER + LOWER + DIGITS + '-_.:/@';
const patternAst = new Map<string, Node | null>();
const patternRegex = new Map<string, RegExp | null>();

/** A schema's `pattern` compiled (null when it does not compile), cached: patterns recur across items. */
export function regexOf(pattern: string): RegExp | null {
  let re = patternRegex.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    if (patternRegex.size < 10_000) patternRegex.set(pattern, re);
  }
  return re;
}

function escapeChars(c: string): string | null {
  switch (c) {
    case 'd':
      return DIGITS;
    case 'w':
      return UPPER + LOWER + DIGITS + '_';
    case 's':
      return ' ';
    case 'D':
    case 'W':
      return UPPER + LOWER;
    case 'S':
      return UPPER + LOWER + DIGITS;
    case 'n':
    case 'r':
    case 't':
      return null; // a control character cannot be stated in a one-line request
    default:
      return /[a-zA-Z0-9]/.test(c) ? null : c;
  }
}

/** Parse a pattern into a Node, or null when it uses what we do not generate. */
function parsePattern(src: string): Node | null {
  let i = 0;
  const fail = (): never => {
    throw new Error('unsupported');
  };
  const parseClass = (): string => {
    // at '['
    i++;
    const negate = src[i] === '^';
    if (negate) i++;
    let set = '';
    let first = true;
    while (i < src.length && (src[i] !== ']' || first)) {
      first = false;
      let c = src[i];
      let chars: string;
      if (c === '\\') {
        chars = escapeChars(src[i + 1] ?? '') ?? fail();
        i += 2;
      } else {
        chars = c;
        i++;
      }
      if (chars.length === 1 && src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        let end = src[i + 1];
        i += 2;
        if (end === '\\') {
          end = src[i];
          i++;
        }
        chars = '';
        for (let k = c.charCodeAt(0); k <= end.charCodeAt(0); k++) chars += String.fromCharCode(k);
        c = '';
      }
      set += chars;
    }
    if (src[i] !== ']') fail();
    i++;
    if (negate) set = [...SAFE].filter((ch) => !set.includes(ch)).join('');
    const clean = [...set].filter((ch) => ch >= ' ' && ch !== '"' && ch !== "'" && ch !== '\\' && ch <= '~').join('');
    return clean === '' ? fail() : clean;
  };
  const parseAlt = (): Node => {
    const options: Node[] = [parseSeq()];
    while (src[i] === '|') {
      i++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0] : { k: 'alt', options };
  };
  const parseSeq = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const c = src[i];
      let atom: Node | undefined;
      if (c === '^' || c === '$') {
        i++;
        continue;
      } else if (c === '(') {
        i++;
        if (src[i] === '?') {
          if (src[i + 1] !== ':') fail(); // lookarounds, named groups
          i += 2;
        }
        atom = parseAlt();
        if (src[i] !== ')') fail();
        i++;
      } else if (c === '[') {
        atom = { k: 'chars', chars: parseClass() };
      } else if (c === '\\') {
        const e = src[i + 1] ?? '';
        i += 2;
        if (e === 'b' || e === 'B') continue;
        atom = { k: 'chars', chars: escapeChars(e) ?? fail() };
      } else if (c === '.') {
        i++;
        atom = { k: 'chars', chars: LOWER };
      } else if ('*+?{'.includes(c)) {
        return fail();
      } else {
        i++;
        atom = { k: 'chars', chars: c === '"' || c === "'" ? fail() : c };
      }
      let min = 1;
      let max = 1;
      const q = src[i];
      if (q === '?') [min, max, i] = [0, 1, i + 1];
      else if (q === '*') [min, max, i] = [0, 3, i + 1];
      else if (q === '+') [min, max, i] = [1, 4, i + 1];
      else if (q === '{') {
        const end = src.indexOf('}', i);
        const m = end < 0 ? null : /^(\d+)(,(\d*))?$/.exec(src.slice(i + 1, end));
        if (!m) fail();
        min = Number((m as RegExpExecArray)[1]);
        const hi = (m as RegExpExecArray)[3];
        max = (m as RegExpExecArray)[2] === undefined ? min : hi === '' ? min + 3 : Number(hi);
        i = end + 1;
      }
      if (src[i] === '?' && q !== undefined && '?*+}'.includes(src[i - 1])) i++; // lazy quantifier
      items.push(min === 1 && max === 1 ? atom : { k: 'rep', node: atom, min, max });
    }
    return items.length === 1 ? items[0] : { k: 'seq', items };
  };
  try {
    const node = parseAlt();
    return i === src.length ? node : null;
  } catch {
    return null;
  }
}

function emit(node: Node, rng: Rng): string {
  switch (node.k) {
    case 'chars':
      return node.chars.length === 1 ? node.chars : node.chars[Math.floor(rng.next() * node.chars.length)];
    case 'seq': {
      let s = '';
      for (const n of node.items) s += emit(n, rng);
      return s;
    }
    case 'alt':
      return emit(node.options[Math.floor(rng.next() * node.options.length)], rng);
    case 'rep': {
      const n = node.min === node.max ? node.min : rng.int(node.min, node.max);
      let s = '';
      for (let k = 0; k < n; k++) s += emit(node.node, rng);
      return s;
    }
  }
}

/** A string matching `pattern`, or null when the pattern is beyond this generator. */
function fromPattern(pattern: string, rng: Rng): string | null {
  let ast = patternAst.get(pattern);
  if (ast === undefined) {
    ast = parsePattern(pattern);
    patternAst.set(pattern, ast);
  }
  const re = regexOf(pattern);
  if (ast === null || re === null) return null;
  for (let tries = 0; tries < 4; tries++) {
    const s = emit(ast, rng);
    if (re.test(s)) return s;
  }
  return null;
}

// ── semantic strings, by property name ─────────────────────────────────────────────────
/** A generator may decline (null), e.g. airport codes only where a code pattern is asked for. */
type StringRule = readonly [RegExp, (rng: Rng, schema: Schema) => string | null];

/**
 * Tried in order against the property name (lower case), or `parent.name` for a bare name/id. The first rule whose value also
 * satisfies the schema's pattern and length wins; otherwise the pattern itself is used.
 */
const STRING_RULES: readonly StringRule[] = [
  [/email/, email],
  [/(^|[._])(first_?name|given_?name)$/, (r) => pick(r, FAKE_FIRST)],
  [/(^|[._])(last_?name|surname|family_?name)$/, (r) => pick(r, FAKE_LAST)],
  [/(company|employer|organi[sz]ation|business|vendor|supplier|merchant|brand)(_?name)?$/, (r) => pick(r, COMPANIES)],
  [/(job_?title|position|role|occupation)$/, (r) => pick(r, JOB_TITLES)],
  [/department$/, (r) => pick(r, DEPARTMENTS)],
  [/genre$/, (r) => pick(r, GENRES)],
  [/(doctor|person|contact|guest|passenger|customer|user|owner|author)s?[._]?(full_?)?name$|full_?name$/, person],
  [/hotel_?name$|hotels?\.name$/, (r) => pick(r, HOTELS)],
  [/(product|item|result)s?\.name$|product_?name$/, (r) => pick(r, FAKE_PRODUCTS)],
  [/(place|restaurant|shop|store|venue)s?\.name$|place_?name$/, (r) => pick(r, PLACE_NAMES)],
  [/country_?code$/, (r) => pick(r, COUNTRY_CODES)],
  [/currency/, (r) => pick(r, CURRENCIES)],
  [/(origin|destination|airport|iata|from|to)$/, (r, s) => (typeof s.pattern === 'string' ? pick(r, AIRPORTS) : null)],
  [/(symbol|ticker)$/, (r) => pick(r, TICKERS)],
  [/(country|nationality|citizenship)$/, (r) => pick(r, COUNTRIES)],
  [/street/, street],
  [/address/, (r) => `${street(r)}, ${pick(r, CITIES)}`],
  [/(origin|destination|start_location|end_location)$/, (r) => (r.bool(0.5) ? pick(r, CITIES) : `${street(r)}, ${pick(r, CITIES)}`)],
  [/(city|town|where|last_location)$/, (r) => pick(r, CITIES)],
  [/(location|place)$/, (r) => (r.bool(0.6) ? pick(r, CITIES) : `${street(r)}, ${pick(r, CITIES)}`)],
  [/(postal|zip)/, (r) => String(r.int(10000, 99999))],
  [/phone/, (r) => `+${r.int(1, 9)}${r.int(1000000, 9999999)}${r.int(100, 999)}`],
  [/(query|keyword|search|term)s?$/, (r) => pick(r, PRODUCT_QUERIES)],
  [/airline/, (r) => pick(r, AIRLINES)],
  [/carrier/, (r) => pick(r, CARRIERS)],
  [/insur/, (r) => pick(r, INSURERS)],
  [/lang/, (r) => pick(r, LANGUAGES)],
  [/subject$/, (r) => pick(r, SUBJECTS)],
  [/reason$/, (r) => pick(r, REASONS)],
  [/(title|event|meeting)(_?name)?$/, (r) => pick(r, EVENT_TITLES)],
  [/steps?$|instruction/, (r) => pick(r, STEPS)],
  [/(body|message|text|content|note|notes|summary|description|comment)$/, (r) => pick(r, SENTENCES)],
  [/(url|link|website)$/, (r) => `https://www.example.com/${pick(r, NOUNS)}`],
  [/(^|_)time$/, (r) => `${pad2(r.int(7, 20))}:${pad2(15 * r.int(0, 3))}`],
  [/(^|[._])(id|code|ref|reference|number)$|_id$/, (r) => code(r, 8)],
  [/name$/, (r) => `${pick(r, NOUNS)} ${pick(r, NOUNS)}`.replace(/^./, (c) => c.toUpperCase())],
];

/** The generators whose rule matches a key, memoised: property names recur across items. */
const rulesByKey = new Map<string, readonly ((rng: Rng, schema: Schema) => string | null)[]>();

function fitsString(s: string, schema: Schema): boolean {
  if (typeof schema.minLength === 'number' && s.length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && s.length > schema.maxLength) return false;
  if (typeof schema.pattern === 'string' && regexOf(schema.pattern)?.test(s) === false) return false;
  return true;
}

function genString(schema: Schema, rng: Rng, path: string, anchor: number): string {
  switch (schema.format) {
    case 'date':
      return isoDate(anchor);
    case 'date-time':
      return isoDateTime(anchor);
    case 'email':
    case 'idn-email':
      return email(rng);
    case 'uri':
    case 'url':
      return `https://www.example.com/${pick(rng, NOUNS)}`;
    case 'time':
      return `${pad2(rng.int(7, 20))}:${pad2(15 * rng.int(0, 3))}:00Z`;
    case 'uuid': {
      let h = '';
      for (let i = 0; i < 32; i++) h += HEX[Math.floor(rng.next() * 16)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    }
  }
  // Rules see the property name; a bare `name` or `id` is read with its parent (places.name).
  const own = keyOf(path);
  const key = own === 'name' || own === 'id' ? path : own;
  let rules = rulesByKey.get(key);
  if (rules === undefined) {
    const lower = key.toLowerCase();
    rules = STRING_RULES.filter(([re]) => re.test(lower)).map(([, gen]) => gen);
    if (rulesByKey.size < 50_000) rulesByKey.set(key, rules);
  }
  for (const gen of rules) {
    const s = gen(rng, schema);
    if (s !== null && fitsString(s, schema)) return s;
  }
  if (typeof schema.pattern === 'string') {
    const s = fromPattern(schema.pattern, rng);
    if (s !== null) return s;
  }
  // Generic fallback: one or two words fitted to the length bounds.
  let s = rng.bool(0.5) ? pick(rng, NOUNS) : `${pick(rng, NOUNS)} ${pick(rng, NOUNS)}`;
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  while (s.length < minLength) s += ` ${pick(rng, NOUNS)}`;
  if (typeof schema.maxLength === 'number' && s.length > schema.maxLength) s = s.slice(0, schema.maxLength).trim();
  return s;
}

// ── numbers ────────────────────────────────────────────────────────────────────────────
/** [name pattern, low, high, decimals] used when the schema leaves a bound open. */
const NUMBER_RULES: readonly (readonly [RegExp, number, number, number])[] = [
  [/change/, -5, 5, 2],
  [/rate_pct$/, 1, 12, 2],
  [/months$/, 12, 360, 0],
  [/(temp|temperature|feels_like|high|low)/, -5, 35, 1],
  [/(pct|percent|humidity)/, 0, 100, 0],
  [/rating/, 1, 5, 1],
  [/rate$/, 0.5, 2, 4],
  [/(lat|latitude)$/, -60, 70, 4],
  [/(lon|lng|longitude)$/, -170, 170, 4],
  [/(price|amount|total|cost|payment|paid|interest|fee)/, 5, 2000, 2],
  [/(distance|km)/, 1, 500, 1],
  [/(minutes|_min|duration)$/, 5, 240, 0],
  [/(days|nights)$/, 1, 14, 0],
  [/(age)$/, 18, 80, 0],
  [/(quantity|count|guests|adults|children|seats|people)$/, 1, 6, 0],
  [/(weight_kg)$/, 45, 120, 1],
  [/(height_cm)$/, 150, 200, 0],
  [/volume$/, 10000, 90000000, 0],
];

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

function genNumber(schema: Schema, rng: Rng, key: string, integer: boolean): number {
  let lo = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  let hi = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  const step = integer ? 1 : 0.01;
  if (typeof schema.exclusiveMinimum === 'number') lo = Math.max(lo, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === 'number') hi = Math.min(hi, schema.exclusiveMaximum - step);
  let decimals = integer ? 0 : -1;
  const k = key.toLowerCase();
  for (const [re, rlo, rhi, rdec] of NUMBER_RULES) {
    if (!re.test(k)) continue;
    // Use the rule's range only where it sits inside the schema's bounds.
    const nlo = Math.max(lo, rlo);
    const nhi = Math.min(hi, rhi);
    if (nlo <= nhi) [lo, hi] = [nlo, nhi];
    if (!integer) decimals = rdec;
    break;
  }
  if (lo === -Infinity && hi === Infinity) [lo, hi] = integer ? [1, 50] : [1, 500];
  else if (lo === -Infinity) lo = Math.min(hi, 0);
  else if (hi === Infinity) hi = lo + (integer ? 100 : 1000);
  if (integer) {
    lo = Math.ceil(lo);
    hi = Math.floor(hi);
  }
  if (decimals < 0) {
    const span = hi - lo;
    decimals = span >= 5000 ? 0 : span >= 50 ? 1 : 2;
  }
  // Large spans read better as round amounts (250000, not 251437).
  const span = hi - lo;
  const grain = integer && span >= 20000 ? 1000 : integer && span >= 2000 ? 50 : !integer && span >= 20000 ? 500 : 0;
  let v: number;
  if (grain > 0 && Math.ceil(lo / grain) <= Math.floor(hi / grain)) {
    v = grain * rng.int(Math.ceil(lo / grain), Math.floor(hi / grain));
  } else if (integer) {
    v = rng.int(lo, hi);
  } else {
    v = roundTo(lo + rng.next() * (hi - lo), decimals);
    if (v < lo) v = roundTo(v + 10 ** -decimals, decimals);
    if (v > hi) v = roundTo(v - 10 ** -decimals, decimals);
    if (v < lo || v > hi) v = lo;
  }
  if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) {
    const m = schema.multipleOf;
    v = m * Math.ceil(lo / m) + m * Math.floor(rng.next() * Math.max(1, Math.floor((hi - lo) / m) + 1));
    if (v > hi) v = m * Math.ceil(lo / m);
    v = roundTo(v, 6);
  }
  return Object.is(v, -0) ? 0 : v;
}

// ── dispatch ───────────────────────────────────────────────────────────────────────────
function typeOf(schema: Schema): string {
  const t = schema.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return (t.find((x) => x !== 'null') as string | undefined) ?? 'null';
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return 'string';
}

function keyOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? path : path.slice(dot + 1);
}

function hasDateTime(schema: Schema): boolean {
  if (schema.format === 'date-time') return true;
  const props = schema.properties as Record<string, Schema> | undefined;
  if (props) for (const k in props) if (props[k].format === 'date-time') return true;
  return false;
}

function genArray(schema: Schema, rng: Rng, path: string, anchor: number): unknown[] {
  const items = (schema.items && typeof schema.items === 'object' ? schema.items : {}) as Schema;
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : 1;
  const maxItems = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : minItems + 2, minItems + 3);
  const n = rng.int(minItems, Math.max(minItems, maxItems));
  if (Array.isArray(items.enum)) return rng.sample(items.enum, n);
  const out: unknown[] = [];
  const seen = new Set<string>();
  // Successive items are successive times: forecast days, free slots.
  const step = hasDateTime(items) ? 180 : MIN_PER_DAY;
  // Items are made distinct (a request never lists the same thing twice); give up after a few tries.
  for (let tries = 0; out.length < n && tries < n * 4; tries++) {
    const v = generateValue(items, rng, path, anchor + out.length * step);
    const k = typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  while (out.length < minItems) out.push(generateValue(items, rng, path, anchor));
  return out;
}

/**
 * A value valid against `schema`. `path` is the property path (`passengers.adults`), used to
 * pick realistic words; `anchor` (minutes since the epoch) anchors generated dates.
 */
export function generateValue(schema: Schema, rng: Rng, path = '', anchor = -1): unknown {
  if (anchor < 0) anchor = randomAnchor(rng);
  if ('const' in schema) return schema.const;
  // Combinators, simply: the first alternative of anyOf/oneOf, allOf merged shallowly.
  const alt = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(alt) && alt.length > 0 && !schema.type) return generateValue(alt[0], rng, path, anchor);
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    return generateValue(Object.assign({}, rest, ...(allOf as Schema[])) as Schema, rng, path, anchor);
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[Math.floor(rng.next() * schema.enum.length)];
  switch (typeOf(schema)) {
    case 'object':
      return generateObject(schema, rng, { optionalRate: 0.5 }, path, anchor);
    case 'array':
      return genArray(schema, rng, path, anchor);
    case 'integer':
      return genNumber(schema, rng, keyOf(path), true);
    case 'number':
      return genNumber(schema, rng, keyOf(path), false);
    case 'boolean':
      return rng.bool(0.5);
    case 'null':
      return null;
    default:
      return genString(schema, rng, path, anchor);
  }
}

interface Field {
  readonly key: string;
  readonly schema: Schema;
  readonly required: boolean;
}
const fieldCache = new WeakMap<Schema, readonly Field[]>();

/** The properties of an object schema, in order, with whether each is required (memoised). */
function fieldsOf(schema: Schema): readonly Field[] {
  let fields = fieldCache.get(schema);
  if (!fields) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    fields = Object.keys(props).map((key) => ({ key, schema: props[key], required: required.includes(key) }));
    fieldCache.set(schema, fields);
  }
  return fields;
}

/**
 * An object with every required property and each optional one with probability
 * `optionalRate`. Dates inside one object come out in property order (check_in before
 * check_out), and sibling strings are kept distinct (origin differs from destination).
 */
export function generateObject(
  schema: Schema,
  rng: Rng,
  opts: ObjectOptions = {},
  path = '',
  anchor = -1,
): Record<string, unknown> {
  const rate = opts.optionalRate ?? 0.5;
  const out: Record<string, unknown> = {};
  let t = anchor < 0 ? randomAnchor(rng) : anchor;
  let strings: string[] | undefined;
  const parent = path === '' ? '' : `${keyOf(path)}.`;
  for (const f of fieldsOf(schema)) {
    if (!f.required && !rng.bool(rate)) continue;
    const childPath = parent + f.key;
    let v = generateValue(f.schema, rng, childPath, t);
    if (typeof v === 'string') {
      strings ??= [];
      for (let tries = 0; tries < 4 && strings.includes(v as string); tries++) v = generateValue(f.schema, rng, childPath, t);
      strings.push(v as string);
    }
    if (f.schema.format === 'date') t += MIN_PER_DAY * rng.int(1, 9);
    else if (f.schema.format === 'date-time') t += 15 * rng.int(2, 8);
    out[f.key] = v;
  }
  return out;
}
