/**
 * Result fields that state what the call sent: a field named like an argument (the same name in
 * any case style, or an alias: url for article_url, artist for artist_name, currency for
 * currency_code, start for start_time, a nested window's start for window_start) holds the
 * argument's value, or its default when the call left it out; a date-time field named by a date
 * argument is on that day. Money fields with no currency asked for are in the user's currency.
 */
import { typeOf, type Schema } from '../../values/values.js';
import { admits } from './admits.js';
import { floorOfThing, holdsMoneyIn, rescaleMoney } from '../../values/numbers.js';
import { argValue, isPinned, ownLevel, pin, sent, type ArgLeaf, type Obj, type Rule } from './call-context.js';
import { dateKind } from './date-kinds.js';
import { dayNumber, isIsoDate, onDay } from './days.js';
import { isMoney, namesArg, snake, tokens } from './names.js';

interface Echo {
  /** Keys from the body to the object holding the field. */
  readonly at: readonly string[];
  readonly key: string;
  readonly schema: Schema;
  readonly leaf: ArgLeaf;
}

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);
const GENERIC = /^(name|id|title|type|status|description|value|label|code|key|email|phone)$/;
/** Argument objects that hold the entity's own fields (an update's changes). */
const CONTAINER = /^(changes|updates|update|patch|fields|data|attributes|properties|payload|record|entry|item|values|body)$/;
const echoable = (s: Schema): boolean => SCALARS.has(typeOf(s)) || (typeOf(s) === 'array' && SCALARS.has(typeOf((s.items ?? {}) as Schema)));

/** The argument leaf a result field at `at`.`key` states, if any: by exact name first, then by alias. */
function leafFor(at: readonly string[], key: string, leaves: readonly ArgLeaf[], subject: ReadonlySet<string>, creates: boolean): ArgLeaf | undefined {
  const parent = at[at.length - 1];
  const names = parent === undefined ? [key] : [`${parent}_${key}`, `${tokens(parent).slice(-1)[0]}_${key}`, key];
  // A generic name (name, title, status) of a nested argument states only the same nested field of the
  // result, unless its object only groups the call's own arguments (options.status, preferences.status).
  const usable = leaves.filter(
    (l) =>
      l.type !== 'object' &&
      !(l.type === 'array' && !SCALARS.has(typeOf((l.schema.items ?? {}) as Schema))) &&
      !(GENERIC.test(snake(key)) && !ownLevel(l) && l.path[l.path.length - 2] !== parent && !CONTAINER.test(snake(l.path[l.path.length - 2]))),
  );
  for (const n of names) {
    const exact = usable.find((l) => snake(l.name) === snake(n)) ?? usable.find((l) => snake(l.path[l.path.length - 1]) === snake(n));
    if (exact) return exact;
  }
  for (const n of names) {
    const alias = usable.find((l) => namesArg(n, l.name, subject, creates));
    if (alias) return alias;
  }
  // date for the call's one date (as_of_date, report_date), and the other way round.
  const dates = usable.filter((l) => l.schema.format === 'date');
  const k = snake(key);
  if (dates.length === 1 && (k === 'date' ? snake(dates[0].name).endsWith('_date') : k.endsWith('_date') && snake(dates[0].name) === 'date') && !dateKind(k)) return dates[0];
  return undefined;
}

function collect(s: Schema, at: readonly string[], leaves: readonly ArgLeaf[], subject: ReadonlySet<string>, creates: boolean, out: Echo[]): void {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  for (const key in props) {
    const p = props[key];
    if (p.properties && at.length < 2) collect(p, [...at, key], leaves, subject, creates, out);
    else if (echoable(p)) {
      const leaf = leafFor(at, key, leaves, subject, creates);
      if (leaf) out.push({ at, key, schema: p, leaf });
    }
  }
}

/** The argument's value as the field holds it: a date-time on the asked day keeps its time. */
function asField(v: unknown, own: unknown, s: Schema): unknown {
  if (typeof v !== 'string' || !isIsoDate(v)) return v;
  if (s.format === 'date-time' && v.length === 10) return isIsoDate(own) && (own as string).length > 10 ? onDay(own as string, dayNumber(v)) : `${v}T09:00:00Z`;
  if (s.format === 'date' && v.length > 10) return v.slice(0, 10);
  return v;
}

function holder(b: Obj, at: readonly string[]): Obj | undefined {
  let o: unknown = b;
  for (const k of at) o = o && typeof o === 'object' ? (o as Obj)[k] : undefined;
  return o && typeof o === 'object' && !Array.isArray(o) ? (o as Obj) : undefined;
}

export interface EchoPlan {
  readonly rule: Rule | undefined;
  /** Top-level fields that repeat the call (a final answer need not state them). */
  readonly keys: readonly string[];
}

/** The echoes of a body schema for a tool with these argument leaves. */
export function echoPlan(body: Schema, leaves: readonly ArgLeaf[], subject: ReadonlySet<string>, creates: boolean): EchoPlan {
  const echoes: Echo[] = [];
  collect(body, [], leaves, subject, creates, echoes);
  const keys = echoes.filter((e) => e.at.length === 0).map((e) => e.key);
  if (echoes.length === 0) return { rule: undefined, keys };
  return {
    keys,
    rule: (b, c) => {
      for (const e of echoes) {
        const o = holder(b, e.at);
        // The result restates what was asked at its top even where it would have left the field out.
        if (!o || (o[e.key] === undefined && e.at.length > 0)) continue;
        const v = asField(argValue(c.args, e.leaf), o[e.key], e.schema);
        // A default that asks the tool to choose (carrier: auto_detect) is answered by the choice, not repeated.
        if (v === undefined || !admits(e.schema, v) || (typeof v === 'string' && CHOOSE.test(v) && !sent(c.args, e.leaf))) continue;
        const was = o[e.key];
        o[e.key] = v;
        pin(c, o, e.key);
        // Money drawn in another currency is counted in the one the call asked for (a price in rand, not 28.78 ZAR).
        if (CURRENCY.test(snake(e.key)) && typeof was === 'string' && typeof v === 'string' && was !== v) rescaleMoney(o, propsAt(body, e.at), was, v, '', (k) => isPinned(c, o, k));
      }
    },
  };
}

/** The properties of the object at keys `at` of a body schema. */
function propsAt(body: Schema, at: readonly string[]): Readonly<Record<string, Schema>> {
  let s: Schema | undefined = body;
  for (const k of at) s = (s?.properties as Record<string, Schema> | undefined)?.[k];
  return (s?.properties ?? {}) as Record<string, Schema>;
}

const CURRENCY = /^(currency|currency_code)$/;
const CHOOSE = /^(auto|auto_detect|autodetect|detect|any|all|best)$/i;
/** Calls about a traded instrument: its prices are in its own currency, not the user's. */
const INSTRUMENT = /^(symbol|ticker|exchange|isin|cusip|instrument|pair)$/;

/** Money in the user's currency where the call names none: the body's currency fields and those of listed items priced in it. */
export function localeCurrencyRule(body: Schema, leaves: readonly ArgLeaf[], apiName?: string): Rule | undefined {
  const floor = floorOfThing(apiName);
  if (leaves.some((l) => tokens(l.name).includes('currency') || tokens(l.name).includes('currencies') || INSTRUMENT.test(snake(l.name)))) return undefined;
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const top = Object.keys(props).filter((k) => CURRENCY.test(snake(k)) && typeOf(props[k]) === 'string');
  const lists = Object.keys(props).filter((k) => {
    const ip = ((props[k].items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
    return typeOf(props[k]) === 'array' && 'currency' in ip && Object.keys(ip).some(isMoney);
  });
  if (top.length === 0 && lists.length === 0) return undefined;
  return (b, c) => {
    const cur = c.world.locale.currency;
    // Money drawn in another currency is counted in the user's as its currency changes (31.25 EUR is not 31.25 TRY).
    const toUser = (o: Obj, k: string, p: Readonly<Record<string, Schema>>): void => {
      const was = o[k];
      o[k] = cur;
      if (typeof was === 'string' && was !== cur) rescaleMoney(o, p, was, cur, '', (f) => isPinned(c, o, f));
    };
    // Not where the money fields cannot hold amounts in it (a total capped at 350 is no total in yen).
    if (holdsMoneyIn(body, cur, 0, false, floor)) for (const k of top) if (typeof b[k] === 'string' && admits(props[k], cur)) toUser(b, k, props);
    for (const l of lists) {
      const ip = (props[l].items as Schema).properties as Record<string, Schema>;
      if (Array.isArray(b[l]) && admits(ip.currency, cur) && holdsMoneyIn(props[l].items as Schema, cur, 0, false, floor)) for (const it of b[l] as Obj[]) if (it && typeof it.currency === 'string') toUser(it, 'currency', ip);
    }
  };
}
