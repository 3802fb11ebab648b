/**
 * Strings by what a property means, read off its name: people, companies, places, codes,
 * messages. Every string produced here is a single line with no quotes, so `String(v)` is how
 * a person would write it.
 */
import type { Rng } from '../../core/rng.js';
import { clockTime } from './dates.js';
import type { Schema } from './schema.js';
import {
  AIRLINES,
  AIRPORTS,
  CARRIERS,
  CITIES,
  COMPANIES,
  COUNTRIES,
  COUNTRY_CODES,
  CURRENCIES,
  DEPARTMENTS,
  EVENT_TITLES,
  FAKE_FIRST,
  FAKE_LAST,
  FAKE_PRODUCTS,
  FAKE_STREETS,
  GENRES,
  HOTELS,
  INSURERS,
  JOB_TITLES,
  LANGUAGES,
  MAIL_DOMAINS,
  NOUNS,
  PLACE_NAMES,
  PRODUCT_QUERIES,
  REASONS,
  SENTENCES,
  STEPS,
  SUBJECTS,
  TICKERS,
  pick,
} from './words.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const person = (rng: Rng): string => `${pick(rng, FAKE_FIRST)} ${pick(rng, FAKE_LAST)}`;
export const email = (rng: Rng): string =>
  `${pick(rng, FAKE_FIRST).toLowerCase()}.${pick(rng, FAKE_LAST).toLowerCase().replace(/[^a-z]/g, '')}@${pick(rng, MAIL_DOMAINS)}`;
export const webUrl = (rng: Rng): string => `https://www.example.com/${pick(rng, NOUNS)}`;
const street = (rng: Rng): string => `${rng.int(1, 240)} ${pick(rng, FAKE_STREETS)}`;
const address = (rng: Rng): string => `${street(rng)}, ${pick(rng, CITIES)}`;
const code = (rng: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM[Math.floor(rng.next() * ALNUM.length)];
  return s;
};

/** A generator may decline (null), e.g. airport codes only where a code pattern is asked for. */
type StringGen = (rng: Rng, schema: Schema) => string | null;
type StringRule = readonly [RegExp, StringGen];

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
  [/address/, address],
  [/(origin|destination|start_location|end_location)$/, (r) => (r.bool(0.5) ? pick(r, CITIES) : address(r))],
  [/(city|town|where|last_location)$/, (r) => pick(r, CITIES)],
  [/(location|place)$/, (r) => (r.bool(0.6) ? pick(r, CITIES) : address(r))],
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
  [/(url|link|website)$/, webUrl],
  [/(^|_)time$/, clockTime],
  [/(^|[._])(id|code|ref|reference|number)$|_id$/, (r) => code(r, 8)],
  [/name$/, (r) => `${pick(r, NOUNS)} ${pick(r, NOUNS)}`.replace(/^./, (c) => c.toUpperCase())],
];

/** The generators whose rule matches a key, memoised: property names recur across items. */
const rulesByKey = new Map<string, readonly StringGen[]>();

/** The generators whose rule matches `key`, in rule order. */
export function rulesFor(key: string): readonly StringGen[] {
  let rules = rulesByKey.get(key);
  if (rules === undefined) {
    const lower = key.toLowerCase();
    rules = STRING_RULES.filter(([re]) => re.test(lower)).map(([, gen]) => gen);
    if (rulesByKey.size < 50_000) rulesByKey.set(key, rules);
  }
  return rules;
}
