/**
 * How the user can imply one argument value, if at all: a date relative to the world's today, a
 * code by what it stands for, a count in words, an amount in another unit, an enum code by its
 * everyday words; a list item by item ("English and Arabic"); an object or a list of objects
 * field by field, each field the way it could be implied on its own ("a room for two adults,
 * from this Friday"), the other fields stated. implied.ts decides which of them the user does
 * imply; the grounding rule recomputes each (core/derive/derivation.ts).
 */
import type { ApiSpec } from '../../api-pool/types.js';
import { datePhrases } from '../../core/derive/date-phrases.js';
import { listPhrase } from '../../core/derive/derivation.js';
import type { Derivation, ItemWorld } from '../../core/plan.js';
import { cityAt, coordinateOf } from '../../core/derive/codes.js';
import { gameOfApp, isAppKey } from '../../core/derive/games.js';
import { kindOf, siblingsOf, snake } from '../values/kinds.js';
import { FLATTEN } from '../agents/user/fields.js';
import type { Schema } from '../values/values.js';
import { CODE_KINDS, codeDerivation, profileDerivation } from './implied-codes.js';
import { enumDerivation, flagDerivation } from './implied-said.js';
import { minorUnitPhrase, spelledNumber, unitPhrase } from './implied-words.js';

const YEAR_KEY = /(^|_)(year|season|fiscal_year|tax_year)$/i;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** How deep into objects and lists the user implies fields. */
const MAX_DEPTH = 3;

/** Where a field sits: under which parent key, beside which siblings (what kind of field it is depends on them). */
interface Place {
  readonly parent: string;
  readonly siblings: ReadonlySet<string>;
  readonly depth: number;
  /** The keys the item takes as the user's own things on file, with their one value. */
  readonly owned: ReadonlyMap<string, unknown>;
  /** A field of an object of options said as clauses of the request itself ("filters"): said as a top-level one is. */
  readonly flat?: boolean;
  /** The values beside the field (the call's arguments, or the object's fields). */
  readonly values: Args;
}

type Args = Readonly<Record<string, unknown>>;
type Implies = (d: Derivation) => boolean;

function pick(phrases: readonly string[], kind: Derivation['kind'], r: () => number): Derivation | undefined {
  return phrases.length === 0 ? undefined : { kind, said: phrases[Math.floor(r() * phrases.length)] };
}

/**
 * How the user can imply `value` of parameter `key` of `api` in a call with `args`, or undefined;
 * `implies` decides, part by part, whether the user implies a field of an object.
 */
export function derivationOf(api: ApiSpec, key: string, value: unknown, args: Args, world: ItemWorld, owned: ReadonlyMap<string, unknown>, r: () => number, implies: Implies): Derivation | undefined {
  const schema = api.parameters.properties[key] as Schema | undefined;
  if (!schema || value === null) return undefined;
  const top: Place = { parent: '', siblings: siblingsOf(api.parameters as Schema), depth: 0, owned, values: args };
  return valueDerivation(api, key, schema, value, args, world, r, implies, top);
}

function valueDerivation(api: ApiSpec, key: string, schema: Schema, value: unknown, args: Args, world: ItemWorld, r: () => number, implies: Implies, at: Place): Derivation | undefined {
  if (Array.isArray(value)) {
    return value.every((x) => x === null || typeof x !== 'object')
      ? listDerivation(api, key, schema, value, args, world, r, at)
      : nestedDerivation(api, key, schema, value, args, world, r, implies, at);
  }
  if (typeof value === 'object' && value !== null) return nestedDerivation(api, key, schema, value, args, world, r, implies, at);
  return scalarDerivation(api, key, schema, schema, value, args, world, r, at);
}

/**
 * How the user can imply one value (`schema`: its own schema, the field's or a list item's;
 * `top`: the field's, which names what the field is), or undefined.
 */
function scalarDerivation(api: ApiSpec, key: string, top: Schema, schema: Schema, value: unknown, args: Args, world: ItemWorld, r: () => number, at: Place): Derivation | undefined {
  // A yes/no field inside an object is said by the object's own words.
  if (typeof value === 'boolean') return top === schema && at.depth === 0 ? flagDerivation(key, value, r) : undefined;
  // An enum choice is said as its words ("turn on" for turn_on), or by the name a code stands for (a currency among the listed ones).
  const choice = Array.isArray(schema.enum);
  if (top === schema && !choice) {
    const centre = centreDerivation(key, value, at.values);
    if (centre) return centre;
  }
  if (typeof value === 'number') {
    if (choice || top !== schema) return undefined;
    // A store app id by its game ("the leaderboard in Dota 2").
    const game = isAppKey(key) ? gameOfApp(value) : undefined;
    if (game) return { kind: 'game-app', said: game.name };
    if (YEAR_KEY.test(key)) return pick(datePhrases(value, world.today, r, true), 'relative-date', r);
    // A month by its name ("for July"), when it is this year's or next.
    if (/^month$/i.test(key) && Number.isInteger(value) && value >= 1 && value <= 12) return { kind: 'relative-date', said: MONTH_NAMES[value - 1] };
    // Inside an object the field's unit is said after the value ("78 km"): no amount in another unit there.
    const top0 = at.depth === 0 || at.flat === true;
    const unit = top0 ? (minorUnitPhrase(schema.description, value) ?? unitPhrase(key, schema.description, value, r)) : undefined;
    const words = spelledNumber(key, value, r, !top0);
    // Another unit most of the time, words otherwise, whichever there is.
    if (unit !== undefined && (words === undefined || r() < 0.7)) return { kind: 'unit-conversion', said: unit };
    return words === undefined ? undefined : { kind: 'spelled-number', said: words };
  }
  if (typeof value !== 'string' || value.length > 80) return undefined;
  const fk = kindOf(key, at.parent, top, api, at.siblings);
  // The user's own email, name, city... by "my" (the system prompt states their profile), or half the time the other way there is.
  const own = (at.depth === 0 || at.flat) && top === schema ? profileDerivation(fk, key, value, world, at.owned, r) : undefined;
  const other = value.length > 40 ? undefined : otherStringDerivation(api, key, fk.kind, schema, top, value, args, world, r, at);
  return own && (other === undefined || r() < 0.5) ? own : other;
}

/**
 * A latitude or longitude said by the city whose centre it is ("weather in Lyon"), when the
 * point beside it (its other coordinate) is that centre too: both are said by the one name.
 */
function centreDerivation(key: string, value: unknown, values: Args): Derivation | undefined {
  const own = coordinateOf(key);
  if (own === undefined) return undefined;
  const otherKey = Object.keys(values).find((k) => coordinateOf(k) === (own === 'lat' ? 'lon' : 'lat'));
  const city = otherKey === undefined ? undefined : cityAt(own === 'lat' ? value : values[otherKey], own === 'lat' ? values[otherKey] : value);
  return city ? { kind: 'city-coordinates', said: city.name } : undefined;
}

function otherStringDerivation(api: ApiSpec, key: string, kind: string, schema: Schema, top: Schema, value: string, args: Args, world: ItemWorld, r: () => number, at: Place): Derivation | undefined {
  if (Array.isArray(schema.enum)) {
    // In a list or an object, an enum's words take the value's place (no clause that stands alone).
    return (CODE_KINDS.has(kind) ? codeDerivation(kind, value, args) : undefined) ?? enumDerivation(schema.enum as readonly unknown[], value, r, top === schema && (at.depth === 0 || at.flat === true), key);
  }
  if (/^\d{4}-\d{2}/.test(value)) return pick(datePhrases(value, world.today, r), 'relative-date', r);
  if (YEAR_KEY.test(key) && /^\d{4}$/.test(value)) return pick(datePhrases(Number(value), world.today, r, true), 'relative-date', r);
  return CODE_KINDS.has(kind) ? codeDerivation(kind, value, args) : undefined;
}

/**
 * A list said item by item ("English and Arabic" for ["en", "ar"], "sci-fi and horror" for
 * ["science_fiction", "horror"]): every item implied one way, or an enum code said as its own
 * words beside implied ones; undefined when no item is implied.
 */
function listDerivation(api: ApiSpec, key: string, top: Schema, value: readonly unknown[], args: Args, world: ItemWorld, r: () => number, at: Place): Derivation | undefined {
  const itemSchema = top.items;
  if (value.length === 0 || value.length > 5 || !itemSchema || typeof itemSchema !== 'object' || Array.isArray(itemSchema)) return undefined;
  const choices = (itemSchema as Schema).enum;
  let kind: Derivation['kind'] | undefined;
  const items: string[] = [];
  for (const v of value) {
    const d = scalarDerivation(api, key, top, itemSchema as Schema, v, args, world, r, at);
    if (d && (kind === undefined || d.kind === kind) && !d.said.includes(',')) {
      kind = d.kind;
      items.push(d.said);
    } else if (typeof v === 'string' && Array.isArray(choices) && choices.includes(v) && !d) items.push(v.replace(/_/g, ' '));
    else return undefined;
  }
  return kind === undefined ? undefined : { kind, said: listPhrase(items), items };
}

/** An object (field by field) or a list of objects (item by item) with the parts the user implies, or undefined when none. */
function nestedDerivation(api: ApiSpec, key: string, schema: Schema, value: object, args: Args, world: ItemWorld, r: () => number, implies: Implies, at: Place): Derivation | undefined {
  if (at.depth >= MAX_DEPTH) return undefined;
  const parts: Record<string, Derivation> = {};
  if (Array.isArray(value)) {
    const items = schema.items;
    if (!items || typeof items !== 'object' || Array.isArray(items)) return undefined;
    value.forEach((x, i) => {
      if (x === null || typeof x !== 'object' || Array.isArray(x)) return;
      const d = nestedDerivation(api, key, items as Schema, x, args, world, r, implies, at);
      if (d) parts[String(i)] = d;
    });
  } else {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const flat = at.depth === 0 && FLATTEN.test(snake(key));
    const inner: Place = { parent: key, siblings: siblingsOf(schema), depth: at.depth + 1, owned: at.owned, flat, values: value as Args };
    for (const [f, v] of Object.entries(value as Record<string, unknown>)) {
      if (!props[f] || v === null || typeof v === 'boolean') continue;
      const d = valueDerivation(api, f, props[f], v, args, world, r, implies, inner);
      if (d && (d.kind === 'nested' || implies(d))) parts[f] = d;
    }
  }
  return Object.keys(parts).length > 0 ? { kind: 'nested', said: '', parts } : undefined;
}
