/**
 * Schema-driven value generator for the offline backend: argument values for planned calls
 * and tool results. Everything comes from the caller's Rng, so values are a pure function of
 * the item's seed. Every string produced is a single line with no quotes, and every number has
 * at most 4 decimals, so `String(v)` is how a person would write it.
 *
 * Supported JSON Schema: type (incl. lists, the first non-null wins), enum, const, minimum /
 * maximum / exclusive*, multipleOf, minLength / maxLength, format (date, date-time, email,
 * uri, time, uuid), simple patterns (literals, classes, \d \w, quantifiers; no groups),
 * arrays (items, minItems, maxItems, uniqueItems), nested objects (properties, required).
 *
 * With a context (the item's world and the API), values agree with the world and with what
 * each field means: kinds by name, description and pattern (kinds.ts, generators.ts), places
 * of one object from one city (places.ts), dates on the right side of today (dates.ts), and
 * sibling constraints (siblings.ts). This file dispatches on the type and builds arrays and
 * objects; strings are in strings.ts, numbers in numbers.ts, patterns in patterns.ts.
 */
import type { ApiSpec } from '../../api-pool/types.js';
import type { ItemWorld } from '../../core/plan.js';
import type { Rng } from '../../core/rng.js';
import { Clock } from './dates.js';
import { kindOf, siblingsOf, snake, type Role } from './kinds.js';
import { isGuess } from './generators.js';
import { genNumber, inBounds } from './numbers.js';
import { Scene } from './places.js';
import { GAMES, isAppKey } from '../../core/derive/games.js';
import { coordinateOf } from '../../core/derive/codes.js';
import { keyOf, typeOf, type Schema } from './schema.js';
import { agreeCvss, agreeEngine, agreeUnit } from './units.js';
import { agreeEmail, agreeGameApp, agreeHorizon, agreeLicence, agreeLoss, agreeRecall, agreeMoneyCurrency, agreeMoneyScale, agreeRateBase, agreeSalaryCurrency, agreeSong, agreePhoneCountry, agreeMakeModel, agreeSpan, agreeSportLeague, agreeVenueCity, agreeYear, reconcile } from './siblings.js';
import type { StringContext, ValueContext } from './context.js';
import { genString } from './strings.js';

export { placeKeys } from './kinds.js';
export { reconcile as reconcileObject, agreeMakeModel, agreeSportLeague } from './siblings.js';
export { inBounds } from './numbers.js';
export { regexOf } from './patterns.js';
export { typeOf, type Schema } from './schema.js';

export type { ValueContext } from './context.js';

/** Options of object generation. */
export interface ObjectOptions extends ValueContext {
  /** Probability that an optional property is present (default 0.5). */
  readonly optionalRate?: number;
}

const isInner = (ctx: ValueContext): ctx is StringContext => 'clock' in ctx;
const ROLE_KEY = /^(origin|from|departure|pickup|start|source|sender)$|^(destination|dest|to|arrival|dropoff|end|target|recipient)$/;
function roleOfKey(key: string): Role {
  const m = ROLE_KEY.exec(snake(key));
  return !m ? '' : m[1] ? 'origin' : 'destination';
}

/** The context of one top-level value: its clock, its place, and whether it is the API's result. */
function fresh(ctx: ValueContext, schema: Schema, path: string, anchor: number): StringContext {
  return {
    world: ctx.world,
    api: ctx.api,
    clock: new Clock(ctx.world, anchor),
    scene: new Scene(roleOfKey(keyOf(path)), ctx.vary === true),
    inResult: ctx.inResult ?? (ctx.api !== undefined && (schema === ctx.api.returns || path === 'result')),
    siblings: undefined,
  };
}

const IDENTITY = /^(id|email|email_address|sku|username|handle)$/;
/**
 * The identities an object item carries ("email\u0000katelin@..."), to keep two items from being one
 * thing: its email or id, or the id named for the list (line_item_id in line_items), not what it
 * refers to (the account every transfer of a batch leaves from).
 */
function identitiesOf(o: Record<string, unknown>, listKey: string): string[] {
  const own = `${snake(listKey).replace(/ies$/, 'y').replace(/s$/, '')}_id`;
  const out: string[] = [];
  for (const k in o) if (typeof o[k] === 'string' && (IDENTITY.test(snake(k)) || snake(k) === own)) out.push(`${k}\u0000${o[k] as string}`);
  return out;
}

function genArray(schema: Schema, rng: Rng, path: string, ctx: StringContext): unknown[] {
  const items = (schema.items && typeof schema.items === 'object' ? schema.items : {}) as Schema;
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : 1;
  const maxItems = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : minItems + 2, minItems + 3);
  const n = rng.int(minItems, Math.max(minItems, maxItems));
  if (Array.isArray(items.enum)) return rng.sample(items.enum, n);
  const out: unknown[] = [];
  const seen = new Set<string>();
  const itemCtx: StringContext = { ...ctx, listItem: true };
  // Items are made distinct (a request never lists the same thing twice); give up after a few tries.
  // They share the clock, so successive items are successive times (forecast days, free slots).
  // In a request, an object item is the same thing as another when they share an identity (an email,
  // an id): a meeting does not invite katelin@ twice, once optional. (A result may list one account's
  // transactions, each with its account_id.)
  for (let tries = 0; out.length < n && tries < n * 4; tries++) {
    const v = generateValue(items, rng, path, -1, itemCtx);
    const k = typeof v === 'object' ? JSON.stringify(v) : String(v);
    const ids = !ctx.inResult && v !== null && typeof v === 'object' && !Array.isArray(v) ? identitiesOf(v as Record<string, unknown>, keyOf(path)) : [];
    if (seen.has(k) || ids.some((id) => seen.has(id))) continue;
    seen.add(k);
    for (const id of ids) seen.add(id);
    out.push(v);
  }
  while (out.length < minItems) out.push(generateValue(items, rng, path, -1, itemCtx));
  return out;
}

const UNITS: Readonly<Record<string, readonly string[]>> = {
  metric: ['metric', 'celsius', 'c', 'km', 'kg', 'si', 'kph', 'kmh', 'km/h', 'cm', 'm'],
  imperial: ['imperial', 'fahrenheit', 'f', 'mi', 'lb', 'lbs', 'us', 'mph', 'in', 'ft'],
};
const WORLD_ENUM = /(^|_)(units?|unit_system|measurement|temperature_unit|currency|currency_code|language|lang|locale|country|country_code|market|region)$/;
/** In an enum of units, currencies, languages or countries, the member that is the user's own. */
function worldMember(values: readonly unknown[], key: string, world: ItemWorld): unknown {
  if (!keyFacts(key).worldEnum) return undefined;
  const k = snake(key);
  const own = /unit|measurement/.test(k)
    ? UNITS[world.locale.units]
    : /currenc/.test(k)
      ? [world.locale.currency.toLowerCase()]
      : /lang|locale/.test(k)
        ? [world.locale.language, `${world.locale.language}-${world.locale.country}`.toLowerCase(), `${world.locale.language}_${world.locale.country}`.toLowerCase()]
        : [world.locale.country.toLowerCase(), world.locale.countryName.toLowerCase()];
  return values.find((v) => typeof v === 'string' && own.includes(v.toLowerCase()));
}

interface KeyFacts {
  readonly coord: 'lat' | 'lon' | undefined;
  /** A store app id: a real game's (core/derive/games.ts). */
  readonly app: boolean;
  readonly worldEnum: boolean;
}
const keyFactsMemo = new Map<string, KeyFacts>();
/** What a property name says to numbers and enums (memoised: names recur across items). */
function keyFacts(key: string): KeyFacts {
  let f = keyFactsMemo.get(key);
  if (!f) {
    const s = snake(key);
    f = { coord: coordinateOf(s), app: isAppKey(s), worldEnum: WORLD_ENUM.test(s) };
    if (keyFactsMemo.size < 50_000) keyFactsMemo.set(key, f);
  }
  return f;
}

/**
 * A value valid against `schema`. `path` is the property path (`passengers.adults`), used to
 * read what the value means; `anchor` (minutes since the epoch) anchors dates when there is no world.
 */
export function generateValue(schema: Schema, rng: Rng, path = '', anchor = -1, ctx: ValueContext = {}): unknown {
  const c = isInner(ctx) ? ctx : fresh(ctx, schema, path, anchor);
  if ('const' in schema) return schema.const;
  // Combinators, simply: the first alternative of anyOf/oneOf, allOf merged shallowly.
  const alt = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(alt) && alt.length > 0 && !schema.type) return generateValue(alt[0], rng, path, anchor, c);
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    return generateValue(Object.assign({}, rest, ...(allOf as Schema[])) as Schema, rng, path, anchor, c);
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const own = c.world ? worldMember(schema.enum, keyOf(path), c.world) : undefined;
    if (own !== undefined && rng.next() < 0.8) return own;
    return schema.enum[Math.floor(rng.next() * schema.enum.length)];
  }
  const type = typeOf(schema);
  switch (type) {
    case 'object':
      return generateObject(schema, rng, { optionalRate: 0.5 }, path, anchor, c);
    case 'array':
      return genArray(schema, rng, path, c);
    case 'integer':
    case 'number': {
      const key = keyOf(path);
      const facts = keyFacts(key);
      // A store app id is a real game's.
      if (facts.app) {
        const g = GAMES[Math.floor(rng.next() * GAMES.length)];
        if ((typeof schema.minimum !== 'number' || g.appId >= schema.minimum) && (typeof schema.maximum !== 'number' || g.appId <= schema.maximum)) return g.appId;
      }
      const coord = facts.coord;
      if (coord) {
        // A coordinate is in the object's city (the other fields name it too).
        const v = c.scene.point(kindOf(key, '', schema, c.api).role, coord, rng, c.world);
        if (genNumberFits(schema, v)) return v;
      }
      // An insurance policy runs six months or a year (not 151 months).
      if (/^(term_months|policy_term_months|term_length_months)$/.test(snake(key)) && c.api?.domain === 'insurance') {
        const term = rng.bool(0.5) ? 6 : 12;
        if (inBounds(schema, term)) return term;
      }
      return genNumber(schema, rng, key, type === 'integer', c.world, path, c.api !== undefined && PLANS_AHEAD.test(c.api.name), c.api?.name);
    }
    case 'boolean':
      return rng.bool(0.5);
    case 'null':
      return null;
    default:
      return genString(schema, rng, path, c);
  }
}

function genNumberFits(schema: Schema, v: number): boolean {
  return (typeof schema.minimum !== 'number' || v >= schema.minimum) && (typeof schema.maximum !== 'number' || v <= schema.maximum) && schema.type !== 'integer';
}

interface Field {
  readonly key: string;
  readonly schema: Schema;
  readonly required: boolean;
}
/** What generation needs of an object schema, worked out once: its fields, their names, whether its places are US ones. */
interface ObjectFacts {
  readonly fields: readonly Field[];
  readonly siblings: ReadonlySet<string>;
  us?: boolean;
}
const factsCache = new WeakMap<Schema, ObjectFacts>();

function factsOf(schema: Schema): ObjectFacts {
  let facts = factsCache.get(schema);
  if (!facts) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const fields = Object.keys(props).map((key) => ({ key, schema: props[key], required: required.includes(key) }));
    factsCache.set(schema, (facts = { fields, siblings: siblingsOf(schema) }));
  }
  return facts;
}

/** Whether an object holds a US state code: its places are then US cities. */
function usOnly(facts: ObjectFacts, api: ApiSpec | undefined): boolean {
  facts.us ??= facts.fields.some((f) => /(^|_)(state|state_code|province)$/.test(snake(f.key)) && kindOf(f.key, '', f.schema, api, facts.siblings).kind === 'state-code');
  return facts.us;
}

/** An optional string field (or list of strings) whose value would be a guess (generators.ts isGuess), or, with `unknownOnly`, that no rule knows at all. */
/** Tools that set something up for time to come (a budget, a goal, a plan): their year is this one or the next. */
const PLANS_AHEAD = /^(create|set|plan|add|make|new|setup|set_up)_(.*_)?(budget|budgets|goal|goals|plan|target|targets|forecast|savings_plan)(_|$)/;

const PER_REQUEST = /^(idempotency_?key|client_?token|nonce|dedupe_?key|request_?nonce)$/i;

function guessed(f: Field, parentKey: string, ctx: StringContext, unknownOnly: boolean): boolean {
  const s = typeOf(f.schema) === 'array' && f.schema.items && typeof f.schema.items === 'object' ? (f.schema.items as Schema) : f.schema;
  if (typeOf(s) !== 'string' || s.enum !== undefined || s.format !== undefined || s.pattern !== undefined || 'const' in s) return false;
  const fk = kindOf(f.key, parentKey, s, ctx.api, ctx.siblings);
  return unknownOnly ? fk.weak === true : isGuess(fk);
}

/**
 * An object with every required property and each optional one with probability
 * `optionalRate`. Its places come from one city per role, its dates from the value's clock in
 * property order (check_in before check_out), its sibling strings are kept distinct (origin
 * differs from destination), and its fields are brought into agreement (siblings.ts).
 */
export function generateObject(
  schema: Schema,
  rng: Rng,
  opts: ObjectOptions = {},
  path = '',
  anchor = -1,
  outer?: StringContext,
): Record<string, unknown> {
  const rate = opts.optionalRate ?? 0.5;
  const base = outer ?? fresh({ ...(opts.world ? { world: opts.world } : {}), ...(opts.api ? { api: opts.api } : {}), ...(opts.inResult !== undefined ? { inResult: opts.inResult } : {}) }, schema, path, anchor);
  // A nested object is where its parent is (a search's `near: {lat, lon}` beside its `city`),
  // unless it is a list's item (each result its own place) or names a side (origin, destination).
  const role = roleOfKey(keyOf(path));
  const scene = outer && (outer.listItem || role !== '') ? new Scene(role, base.scene.vary) : base.scene;
  const facts = factsOf(schema);
  scene.usOnly = usOnly(facts, base.api);
  const ctx: StringContext = { world: base.world, api: base.api, clock: base.clock, scene, inResult: base.inResult, siblings: facts.siblings, listItem: false };
  const out: Record<string, unknown> = {};
  let strings: string[] | undefined;
  const parent = path === '' ? '' : `${keyOf(path)}.`;
  const parentKey = path === '' ? '' : keyOf(path);
  for (const f of facts.fields) {
    if (!f.required && !rng.bool(rate)) continue;
    // A tool's answer leaves out what it may rather than fill it with a guess (a topic word as an
    // ISRC); a request leaves out an optional field no rule knows the meaning of at all.
    if (!f.required && guessed(f, parentKey, ctx, !ctx.inResult)) continue;
    // A key that makes one request unique (an idempotency key, a nonce) is the client's to make,
    // a new one each time: no user states one, so a request leaves an optional one out.
    if (!f.required && !ctx.inResult && PER_REQUEST.test(f.key)) continue;
    const childPath = parent + f.key;
    let v = generateValue(f.schema, rng, childPath, anchor, ctx);
    // An optional object that came out empty is left out: nobody sends "cvss_v3": {} or reads "attributes": {}.
    if (!f.required && v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    if (typeof v === 'string') {
      strings ??= [];
      for (let tries = 0; tries < 4 && strings.includes(v as string); tries++) v = generateValue(f.schema, rng, childPath, anchor, ctx);
      strings.push(v as string);
    }
    out[f.key] = v;
  }
  reconcile(out, schema, rng);
  agreeEmail(out, schema);
  agreeMakeModel(out, schema);
  agreeSportLeague(out, schema);
  agreeVenueCity(out, schema);
  agreeGameApp(out, schema);
  agreeSong(out, schema);
  agreeLoss(out, schema);
  agreeRecall(out, schema);
  agreeHorizon(out, schema);
  agreeLicence(out, schema, base.world?.today);
  agreeUnit(out, schema, parentKey);
  agreeEngine(out, schema);
  agreeCvss(out, schema, parentKey);
  agreeSalaryCurrency(out, schema, base.world?.locale.currency, path);
  agreeMoneyCurrency(out, schema, base.inResult ? undefined : (base.api?.returns as Schema | undefined), base.api?.name);
  agreeMoneyScale(out, schema, base.world?.locale.currency, path);
  if (!base.inResult) agreeRateBase(out, schema, base.api?.returns as Schema | undefined);
  if (!base.inResult) agreePhoneCountry(out, schema);
  agreeSpan(out, schema, `${base.api?.name ?? ''} ${snake(parentKey)}`, base.inResult === true);
  // A call's year filter agrees with its date range (siblings.ts).
  if (outer === undefined && !base.inResult) agreeYear(out, schema);
  return out;
}
