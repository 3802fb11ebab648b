/**
 * What kind of entity a value names, read off a result field or a parameter (its name, its path
 * in the result, its schema and description) and the API it belongs to: "event id", "claim
 * number", "postal code", "url of a course", "device id of a light". A value may flow from one
 * call's result into another call's argument only when both name the same kind in the same
 * system (the API's domain): an event id into an event tool, never a legislative bill id into a
 * utility payment, nor a light's device id into a door lock.
 *
 * A kind is its noun ("event id") plus, for nouns that do not say what they are of by
 * themselves ("device id", "url", "code", a bare "id"), what the value is of: the collection the
 * field sits in ("courses.0.url": a course's url) or the API's subject (`set_smart_light_state`:
 * a light). A tool about the noun itself (`list_smart_home_devices`, `scan_url_for_threats`)
 * gives or takes any.
 */
import type { ApiSpec } from './types.js';

type Schema = Record<string, unknown>;

export interface EntityKind {
  /** What the value is: "event id", "claim number", "postal code", "device id", "url". */
  readonly noun: string;
  /** The noun's head: "event", "claim", "postal code", "device", "url"; "id" for a bare id. */
  readonly head: string;
  /** The head needs an owner to say what it is (device, account, url, a bare code...). */
  readonly generic: boolean;
  /** What a generic value is of ("light", "course"); empty when the API gives or takes any. */
  readonly of: readonly string[];
  /** The system the value lives in: the API's domain. */
  readonly system: string;
  /** How the kind reads: "event id", "light device id", "course url". */
  readonly label: string;
}

/** Result fields whose value can name an entity another tool takes (by the field's last word). */
const LINKABLE = /(^|_)(id|code|number|no|ref|reference|symbol|ticker|sku|slug|handle|username|token|iata|isbn|vin|uuid|email|city|postal_code|zip|address|url|iban|ip|key)$/i;

/** Words closing an identifier: what comes before them says what it identifies. */
const ID_SUFFIXES = new Set(['id', 'number', 'code', 'ref', 'reference', 'key', 'token', 'slug', 'sku', 'handle']);

/** Values of the real world, named the same way in every system: one kind each, whatever the modifiers ("origin_city"). */
const WORLD_VALUES: readonly (readonly [RegExp, string])[] = [
  [/(^| )(postal code|zip code|zip|postcode)$/, 'postal code'],
  [/(^| )country( code)?$/, 'country code'],
  [/(^| )(currency|currency code)$/, 'currency code'],
  [/(^| )(language|language code|locale)$/, 'language code'],
  [/(^| )city$/, 'city'],
  [/(^| )(email|email address)$/, 'email address'],
  [/(^| )(phone|phone number|msisdn)$/, 'phone number'],
  [/(^| )(ip|ip address)$/, 'ip address'],
  [/(^| )(iata|iata code|airport code|airport)$/, 'airport code'],
  [/(^| )(symbol|ticker|ticker symbol)$/, 'ticker symbol'],
  [/(^| )isbn$/, 'isbn'],
  [/(^| )vin$/, 'vin'],
  [/(^| )iban$/, 'iban'],
  [/(^| )username$/, 'username'],
];

/**
 * Heads that do not say what they identify without an owner: a device may be a light or a lock,
 * an offer a flight or a room. (The user's account or profile in one system is one thing.)
 */
const GENERIC_HEADS = new Set([
  'id', 'number', 'code', 'ref', 'reference', 'key', 'token', 'slug', 'handle', 'url', 'device', 'item', 'entry', 'record',
  'resource', 'object', 'rule', 'entity', 'node', 'instance', 'asset', 'file', 'document', 'external', 'station', 'unit',
  'site', 'offer', 'quote', 'target', 'element',
]);

/** Collections that hold anything: the field's owner is then the API's subject. */
const CONTAINERS = new Set(['result', 'item', 'data', 'record', 'entry', 'hit', 'value', 'node', 'object', 'match', 'response', 'payload', 'output', 'content', 'edge', 'row', 'element']);

/** Words of an API name that say nothing about what it acts on (qualifiers of evolved variants too). */
const NOT_SUBJECT = new Set([
  'smart', 'home', 'state', 'status', 'detail', 'details', 'info', 'data', 'setting', 'settings', 'summary', 'overview',
  'snapshot', 'history', 'timeline', 'report', 'lite', 'core', 'basic', 'simple', 'strict', 'checked', 'structured',
  'validated', 'bounded', 'quick', 'minimal', 'advanced', 'filtered', 'ordered', 'ranked', 'refined', 'narrowed', 'grouped',
  'draft', 'metric', 'imperial', 'stream', 'scroll', 'cursor', 'paged', 'paginated', 'sorted', 'batch', 'bulk', 'many',
  'export', 'trend', 'metrics', 'insight', 'for', 'of', 'the', 'and', 'to', 'a', 'an', 'on', 'from', 'at', 'all', 'my',
  'new', 'current', 'live', 'api', 'one', 'by', 'id', 'list', 'level', 'filters',
]);
/** Words that start a qualifier of a name ("_with_due_date", "_in_eur", "_by_page"): the subject ends there. */
const QUALIFIER_START = new Set(['with', 'in', 'by', 'for', 'per', 'via', 'using', 'without']);

/** Plurals in "-ies" of words in "-ie" (movies, cookies), not "-y" (categories). */
const IE_WORDS = new Set(['movie', 'cookie', 'calorie', 'rookie', 'selfie', 'zombie', 'genie', 'goalie', 'sortie', 'veggie', 'pie', 'tie', 'lie']);

/** The singular of a (plural) English word, enough for collection names: "events", "categories", "movies", "addresses". */
export function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return IE_WORDS.has(w.slice(0, -1)) ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|us)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3 ? w.slice(0, -1) : w;
}

/** Lower-case words of an identifier (snake, kebab, dotted or camel case). */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

const subjects = new WeakMap<object, readonly string[]>();

/** What an API acts on: its name's nouns after the verb and before any qualifier (`set_smart_light_state`: light). */
export function subjectOf(api: Pick<ApiSpec, 'name'>): readonly string[] {
  const cached = subjects.get(api);
  if (cached) return cached;
  const out: string[] = [];
  for (const w of words(api.name).slice(1)) {
    if (QUALIFIER_START.has(w)) {
      if (out.length > 0) break;
      continue;
    }
    if (!NOT_SUBJECT.has(w) && !/^v\d+$/.test(w) && !/^\d+$/.test(w)) out.push(singular(w));
  }
  subjects.set(api, out);
  return out;
}

/** A count or a size ("number": "Number of recipes to return") names no entity. */
function isCount(key: string[], schema: Schema): boolean {
  const desc = typeof schema.description === 'string' ? schema.description : '';
  if (/^\s*(the )?(number|count|amount|quantity|total) of\b|\bhow many\b|\bmaximum number\b/i.test(desc)) return true;
  const last = key[key.length - 1];
  return (schema.type === 'integer' || schema.type === 'number') && key.length === 1 && ['number', 'count', 'total', 'limit', 'quantity'].includes(last);
}

/** A street address, or a server's or wallet's address (by format, pattern, description or owner). */
function addressNoun(schema: Schema, owner: readonly string[]): string {
  const desc = `${typeof schema.description === 'string' ? schema.description : ''} ${owner.join(' ')}`.toLowerCase();
  if (schema.format === 'ipv4' || schema.format === 'ipv6' || schema.format === 'hostname' || /\b(ip|host|server|port|network|endpoint|mac)\b/.test(desc)) return 'network address';
  if (/\b(wallet|blockchain|crypto)\b/.test(desc)) return 'wallet address';
  if (schema.format === 'email' || /\bemail\b/.test(desc)) return 'email address';
  return 'street address';
}

/**
 * The kind of the value at `key` of `api`: a result field (`owner` = the words of the
 * collection it sits in, e.g. ["course"] for "courses.0.url"), or a parameter (no owner).
 * Undefined when the value names no entity (a count, a free word).
 */
function kindOf(api: Pick<ApiSpec, 'name' | 'domain'>, key: string, schema: Schema, owner: readonly string[] | undefined): EntityKind | undefined {
  let w = words(key).map((x) => (x === 'uuid' || x === 'guid' ? 'id' : x === 'no' || x === 'num' ? 'number' : x === 'uri' || x === 'link' || x === 'href' ? 'url' : x));
  if (w.length === 0 || isCount(w, schema)) return undefined;
  // A bare "id" in a collection names the collection's entity ("movies.0.id": a movie id;
  // "results.0.id" says no more than "id").
  if (w.length === 1 && w[0] === 'id' && owner && owner.length > 0 && !owner.every((x) => CONTAINERS.has(x))) w = [...owner, 'id'];
  const phrase = w.join(' ');
  const system = api.domain;
  for (const [re, noun] of WORLD_VALUES) if (re.test(phrase)) return { noun, head: noun, generic: false, of: [], system, label: noun };
  const last = w[w.length - 1];
  let head: string;
  let noun: string;
  let modifiers: string[];
  if (last === 'address' || last === 'url') {
    head = last === 'address' ? addressNoun(schema, [...(owner ?? []), ...subjectOf(api)]) : 'url';
    noun = head;
    modifiers = w.slice(0, -1);
  } else if (ID_SUFFIXES.has(last)) {
    const entity = w.slice(0, -1);
    head = entity.length > 0 ? entity[entity.length - 1] : last;
    modifiers = entity.slice(0, -1);
    noun = entity.length > 0 ? `${head} ${last}` : last;
  } else {
    return undefined;
  }
  const generic = GENERIC_HEADS.has(head) || head === 'network address' || head === 'wallet address';
  if (!generic) {
    const full = [...modifiers, noun].join(' ');
    return { noun: full, head, generic, of: [], system, label: full };
  }
  // What a generic value is of: its own modifiers ("lock_device_id"), else the collection it sits
  // in and the API's subject; nothing (any) when the API is about the noun alone
  // (`list_smart_home_devices`, `scan_url_for_threats`).
  const headWords = new Set(head.split(' ').concat(last));
  const own = (owner ?? []).filter((x) => !CONTAINERS.has(x) && !headWords.has(x));
  const subject = subjectOf(api).filter((x) => !headWords.has(x));
  const of = modifiers.length > 0 ? modifiers : [...new Set([...own, ...subject])];
  const label = [...(modifiers.length > 0 ? modifiers : own.length > 0 ? own : subject), noun].join(' ');
  return { noun, head, generic, of, system, label };
}

/** The kind of the result field at dotted `path` ("events.0.event_id"), or undefined when it names no entity. */
export function resultFieldKind(api: Pick<ApiSpec, 'name' | 'domain'>, path: string, schema: Schema): EntityKind | undefined {
  const parts = path.split('.').filter((x) => !/^\d+$/.test(x));
  const key = parts[parts.length - 1];
  // A bare top-level "id" does not say what it identifies.
  if (!LINKABLE.test(key) || (key === 'id' && parts.length < 2)) return undefined;
  const parent = parts.length > 1 ? words(parts[parts.length - 2]).map(singular) : undefined;
  return kindOf(api, key, schema, parent);
}

/** The kind of parameter `key` of `api`, or undefined when it names no entity. */
export function parameterKind(api: Pick<ApiSpec, 'name' | 'domain'>, key: string, schema: Schema): EntityKind | undefined {
  return kindOf(api, key, schema, undefined);
}

/**
 * The kind of a chain from a value of kind `src` into a parameter of kind `dst` ("event id",
 * "course url"), or undefined when they are not the same kind of entity in the same system.
 */
export function chainKind(src: EntityKind, dst: EntityKind): string | undefined {
  if (src.system !== dst.system) return undefined;
  const label = src.label;
  // A bare "id" of a tool about the source's entity (`get_movie(id)` takes a movie id).
  if (dst.noun === 'id' && src.noun !== 'id' && src.noun.endsWith(' id')) return dst.of.includes(src.head) ? label : undefined;
  if (src.noun !== dst.noun) return undefined;
  if (!src.generic) return label;
  if (dst.of.length === 0) return label;
  return src.of.some((x) => dst.of.includes(x)) ? label : undefined;
}

/**
 * Whether the value `a` takes at `key` can be given to `b` at the same key: both name the same
 * kind of entity in the same system (a thermostat's device id is not a lock's), or neither names
 * an entity (a date, a unit).
 */
export function sameParameterKind(a: Pick<ApiSpec, 'name' | 'domain' | 'parameters'>, b: Pick<ApiSpec, 'name' | 'domain' | 'parameters'>, key: string): boolean {
  const sa = a.parameters.properties[key];
  const sb = b.parameters.properties[key];
  if (!sa || !sb) return false;
  const ka = parameterKind(a, key, sa);
  const kb = parameterKind(b, key, sb);
  if (!ka || !kb) return !ka && !kb;
  return chainKind(ka, kb) !== undefined;
}
