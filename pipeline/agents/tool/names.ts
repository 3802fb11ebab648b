/**
 * How the tool agent reads names: an argument and a result field "name the same thing" when a
 * reader would take them so (the same name in any case style, or a known alias), and what role a
 * name plays in a filter (a bound, a range end, a limit, a sort). Everything here is memoised per
 * name: the same few thousand names recur across a pool.
 */

const tokenCache = new Map<string, readonly string[]>();

/** "maxNightlyRate" / "max_nightly_rate" -> ["max", "nightly", "rate"]. */
export function tokens(name: string): readonly string[] {
  let t = tokenCache.get(name);
  if (t === undefined) {
    t = name
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((x) => x !== '');
    if (tokenCache.size < 50_000) tokenCache.set(name, t);
  }
  return t;
}

const snakeCache = new Map<string, string>();

/** snake_case of any name (numberSid -> number_sid), memoised. */
export function snake(name: string): string {
  let s = snakeCache.get(name);
  if (s === undefined) {
    s = tokens(name).join('_');
    if (snakeCache.size < 50_000) snakeCache.set(name, s);
  }
  return s;
}

/** Words ending in -us that are singular (status, bonus), unlike skus or menus. */
const LATIN_US = /^(status|bus|campus|virus|corpus|focus|bonus|census|radius|genus|nexus|consensus|surplus|stimulus|syllabus|apparatus|cactus|plus|minus|thus|us|onus|opus|prospectus|sinus|fungus|circus|chorus|walrus|hippopotamus|abacus|lotus|citrus|emeritus|exodus|impetus|terminus)$/;

export function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|shes|ches|xes|zes|statuses|buses|viruses|campuses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|is|as)$/.test(word) && !LATIN_US.test(word) && word.length > 2) return word.slice(0, -1);
  return word;
}

const singularCache = new Map<string, string>();

/** The singular of a snake name's last word (device_types -> device_type), memoised. */
export function singularName(name: string): string {
  let s = singularCache.get(name);
  if (s === undefined) {
    const t = tokens(name);
    s = [...t.slice(0, -1), singular(t[t.length - 1] ?? '')].join('_');
    if (singularCache.size < 50_000) singularCache.set(name, s);
  }
  return s;
}

/** The key of `props` that is `name` in any case style (productId -> product_id), if any. */
export function keyNamed(props: object, name: string): string | undefined {
  if (name in props) return name;
  const s = snake(name);
  for (const k in props) if (snake(k) === s) return k;
  return undefined;
}

/** Whether `props` has a key that is `name` in any case style. */
export const hasKey = (props: object, name: string): boolean => keyNamed(props, name) !== undefined;

/** Names of identifiers: each item of a list has its own, so they never filter a list. */
export const isIdLike = (name: string): boolean => /(^|_)(id|ids|sid|uuid|key|number|code|sku|token|hash|sha256|isbn|isrc|doi|vin|msisdn|iban|accession|citation|url|uri|link)$/.test(snake(name));

/** Arguments that are free text (what the user wants said or found), never an exact value of a listed item. */
export const isTextArg = (name: string): boolean =>
  /(^|_)(query|q|keywords?|search|term|text|body|message|description|comment|notes?|title|summary|content|instructions?|reason|caption|details|justification|prompt|subject|topic|grep|contains)$/.test(snake(name));

/** The tokens of a bound or range end, and which end it is. */
const LOWER = new Set(['min', 'from', 'start', 'after', 'since', 'earliest', 'begin', 'low', 'lowest', 'minimum', 'starting', 'newer']);
const UPPER = new Set(['max', 'to', 'end', 'before', 'until', 'latest', 'high', 'highest', 'maximum', 'ending', 'older', 'budget', 'within']);
export type End = 'lower' | 'upper' | undefined;

/** Which end of a range a name is (min_price, released_from, before), if any. */
export function endOf(name: string): End {
  const t = tokens(name);
  if (t.some((x) => LOWER.has(x))) return 'lower';
  if (t.some((x) => UPPER.has(x))) return 'upper';
  return undefined;
}

/** What a bound or range end is about: its tokens without the end words (max_nightly_rate -> nightly, rate). */
export function stemOf(name: string): readonly string[] {
  return tokens(name).filter((x) => !LOWER.has(x) && !UPPER.has(x) && !/^(date|time|datetime|at|on|only|value|amount_limit)$/.test(x));
}

/** Tokens of a parent object that say nothing about what its fields are about. */
export const GENERIC_PARENT = /^(filter|filters|options|criteria|preferences|params|parameters|settings|config|query|search|constraints|limits|range|window|request|spec|details)$/;

/** Whether the tokens of `stem` all appear (a prefix of 4+ letters is enough) among `field`'s tokens. */
export function covers(field: readonly string[], stem: readonly string[]): boolean {
  if (stem.length === 0) return false;
  return stem.every((s) => field.some((f) => f === s || singular(f) === singular(s) || (s.length >= 5 && f.length >= 5 && f.slice(0, 5) === s.slice(0, 5))));
}

/** Money, read off a field name (a price, a total, a fee). */
export const isMoney = (name: string): boolean =>
  /(^|_)(price|prices|cost|costs|amount|total|subtotal|fee|fees|fare|premium|payment|charge|charged|salary|rent|budget|spend|spent|balance|tip|tax|shipping|value|estimate)(_|$)/.test(snake(name)) &&
  !/(^|_)(percent|pct|ratio|count|score|level|rank|index|id|rate_percent)(_|$)/.test(snake(name));

/**
 * Whether a result field named `field` holds what the argument `arg` gave: the same name in any
 * case style, or an alias a reader takes as the same (url for article_url, id for product_id on
 * a product's tool, artist for artist_name, currency for currency_code, start for start_time...).
 * `subject` is the tool's name tokens; `creates` says the tool makes a new entity (whose id is
 * its own, never an argument's).
 */
export function namesArg(field: string, arg: string, subject: ReadonlySet<string>, creates: boolean): boolean {
  const r = snake(field);
  const a = snake(arg);
  if (r === a) return true;
  const ownEntity = (x: string): boolean => tokens(x).every((t) => subject.has(t) || subject.has(singular(t)));
  if (/^(url|link|href|permalink)$/.test(r) && /_(url|link|uri)$/.test(a)) return ownEntity(a.replace(/_(url|link|uri)$/, ''));
  if (r === 'id' && a.endsWith('_id')) return !creates && ownEntity(a.slice(0, -3));
  if (a === 'id' && r.endsWith('_id')) return !creates && ownEntity(r.slice(0, -3));
  if (r === `${a}_name` || a === `${r}_name`) return true;
  if (r === 'name' && a.endsWith('_name')) return !creates && ownEntity(a.slice(0, -5));
  if (r === 'currency') return /^(currency_code|base_currency|currency_iso)$/.test(a);
  if (r === 'base_currency' || r === 'currency_code') return a === 'currency' || a === 'base';
  if (r === 'origin' || r === 'destination') return a === (r === 'origin' ? 'from' : 'to');
  if (r === 'from' || r === 'to') return a === (r === 'from' ? 'origin' : 'destination');
  const se = /^(start|end)(_time|_at|s_at|_datetime)?$/;
  if (se.test(r) && se.test(a)) return r.startsWith('start') === a.startsWith('start') && r.startsWith('end') === a.startsWith('end');
  const q = /^(formatted|normalized|normalised|standardized|standardised|resolved|canonical|subject|requested|target|input|selected|queried)_(.+)$/.exec(r);
  if (q && q[2] === a) return true;
  return (r === 'query' && a === 'q') || (r === 'q' && a === 'query');
}

/** "wireless headphones" -> "Wireless Headphones". */
export const titleCase = (s: string): string => s.replace(/(^|[\s-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
