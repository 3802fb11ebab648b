/**
 * consistency.echo: a field of a tool's result that names an argument of the call says
 * something else than the argument (asked for base currency USD, got CAD; asked for article
 * .../orbit, got .../beacon). An argument left out counts with its schema default.
 *
 * Which result field names which argument: the same name, or one of a small table of
 * aliases (aliasesOf below): url ↔ article_url/page_url/link; id ↔ <entity>_id and
 * name ↔ <entity>_name, where the entity is what the tool is about (get_order: order) and
 * the tool reads or changes that entity (a create call's id is the new thing's); <x> ↔
 * <x>_name (artist ↔ artist_name); currency ↔ base_currency when no other currency is
 * asked; date ↔ the one <x>_date of a lookup. An update's `changes` object counts as
 * arguments.
 *
 * What is not an echo is not judged: envelope and paging fields (status, type, limit...),
 * arguments that are hints ("model year hint") or wildcards ("auto", "all"), a result value
 * outside the argument's enum (a display name for a code), arrays except in a create or
 * set call (where each listed item is one that was sent). Values compare by meaning:
 * numbers as numbers (coordinates within half a degree: services snap them to a grid),
 * dates as dates, ids without case and separators, phone numbers by their digits, country
 * names as their codes, names loosely (containing, or initials: "ups" for "United Parcel
 * Service").
 */
import { atOf, type CallResult, type Consistency, type Obj, type Schema } from './consistency-site.js';
import { countryOf } from './consistency-geo.js';
import { cached, entityOf, snake, verbKind, verbOf, type VerbKind } from './consistency-names.js';
import { compareWhen, parseWhen } from './consistency-when.js';
import { normalise } from './normalise.js';

/** Result fields that are about the answer, not the request (an envelope's `function` names the tool that answered). */
const NOT_ECHO = new Set([
  'status', 'state', 'type', 'message', 'error', 'errors', 'success', 'ok', 'data', 'result', 'results', 'count', 'total', 'limit',
  'page_size', 'per_page', 'max_results', 'number', 'offset', 'cursor', 'next_cursor', 'format', 'fields', 'sort', 'sort_by',
  'order', 'order_by', 'mode', 'source', 'version', 'kind', 'object', 'function', 'tool', 'tool_name', 'method', 'endpoint', 'operation',
]);
const WILDCARD = /^(auto\w*|any|all|both|none|default|\*|detect\w*|primary|me|self|current|latest|now|today)$/i;
const HINT = /\bhint\b|used to (parse|interpret|resolve|disambiguate)|\bfallback\b|\bbias\b|\bapproximate\b/i;
const WRAPPERS = ['data', 'result', 'item', 'record'];
const UPDATE_ARGS = ['changes', 'updates', 'update', 'patch'];
const COORD = /^(lat|lon|lng|latitude|longitude)$/;

type Compare = 'id' | 'url' | 'phone' | 'country' | 'language' | 'text';

const compareOf = cached((key: string): Compare => {
  const k = snake(key);
  if (/(^|_)(phone|msisdn|mobile|fax)(_number)?$/.test(k)) return 'phone';
  if (/(^|_)(url|link|href|uri)$/.test(k)) return 'url';
  if (/^(country|country_code)$|_(country|country_code)$/.test(k)) return 'country';
  if (/^(language|lang|locale|language_code)$|_(language|locale)$/.test(k)) return 'language';
  if (/(^|_)(id|ids|code|sku|symbol|sid|key|ref|reference|number|uuid|isbn|doi|vin|iata|ticker|email|hash|sha256|handle|username|slug)$/.test(k)) return 'id';
  return 'text';
});

const alnum = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const urlForm = (s: string): string => s.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

function sameText(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y || x === '' || y === '') return true;
  if (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  const initials = (s: string): string => s.split(' ').map((w) => w[0]).join('');
  return (!x.includes(' ') && x === initials(y)) || (!y.includes(' ') && y === initials(x));
}

/** Do two scalar values say the same (or can the check not tell)? */
function agrees(key: string, arg: unknown, res: unknown): boolean {
  if (typeof arg === 'number' || typeof res === 'number') {
    const a = typeof arg === 'number' ? arg : typeof arg === 'string' && arg.trim() !== '' ? Number(arg) : NaN;
    const r = typeof res === 'number' ? res : typeof res === 'string' && res.trim() !== '' ? Number(res) : NaN;
    if (Number.isNaN(a) || Number.isNaN(r)) return true;
    return Math.abs(a - r) <= (COORD.test(snake(key)) ? 0.5 : 1e-9 * Math.max(1, Math.abs(a)));
  }
  if (typeof arg === 'boolean' || typeof res === 'boolean') return String(arg) === String(res);
  if (typeof arg !== 'string' || typeof res !== 'string') return true;
  const wa = parseWhen(arg);
  const wr = wa && parseWhen(res);
  if (wa && wr) return compareWhen(wa, wr) === 0;
  if (wa || parseWhen(res)) return true;
  switch (compareOf(key)) {
    case 'id':
      return alnum(arg) === alnum(res);
    case 'url':
      return urlForm(arg) === urlForm(res);
    case 'phone': {
      const a = arg.replace(/\D/g, '').replace(/^0+/, '');
      const r = res.replace(/\D/g, '').replace(/^0+/, '');
      return a === '' || r === '' || a.endsWith(r) || r.endsWith(a);
    }
    case 'country': {
      const a = countryOf(arg);
      const r = countryOf(res);
      return a === undefined || r === undefined ? sameText(arg, res) : a === r;
    }
    case 'language': {
      const [la, ra] = arg.toLowerCase().split(/[-_]/);
      const [lr, rr] = res.toLowerCase().split(/[-_]/);
      if (la.length !== 2 || lr.length !== 2) return sameText(arg, res);
      return la === lr && (ra === undefined || rr === undefined || ra === rr);
    }
    default:
      return sameText(arg, res);
  }
}

const NONE: readonly string[] = [];

/** What a tool's name says for the aliases: what it does to which entity, and whether it lists exactly what it is sent. */
interface ToolInfo {
  readonly kind: VerbKind;
  readonly entity: string;
  /** Only a call that makes or sets a list lists exactly what it was sent (an add call may list what was there before). */
  readonly arrays: boolean;
}

const toolInfo = cached((tool: string): ToolInfo => ({ kind: verbKind(tool), entity: entityOf(tool), arrays: /^(create|new|make|set|replace)$/.test(verbOf(tool)) }));

/** The result fields an argument may be echoed in, besides its own name (the alias table above). */
function aliasesOf(arg: string, args: Obj, t: ToolInfo): readonly string[] {
  const s = snake(arg);
  if (s === 'article_url' || s === 'page_url' || s === 'link') return URL_ALIAS;
  const { kind, entity } = t;
  const own = entity !== '' && (kind === 'read' || kind === 'change');
  if (s === 'id') return own ? [`${entity}_id`] : NONE;
  if (own && s === `${entity}_id`) return ID_ALIAS;
  if (s.endsWith('_name') && s.length > 5) {
    const x = s.slice(0, -5);
    return x === entity ? [x, 'name'] : [x];
  }
  if (s === 'base_currency') {
    let n = 0;
    for (const k in args) if (/currency/i.test(k)) n++;
    return n === 1 ? CURRENCY_ALIAS : NONE;
  }
  if (kind === 'read' && s.endsWith('_date')) {
    let n = 0;
    for (const k in args) if (/(^|_)date$/.test(snake(k))) n++;
    return n === 1 ? DATE_ALIAS : NONE;
  }
  return NONE;
}

const URL_ALIAS = ['url'];
const ID_ALIAS = ['id'];
const CURRENCY_ALIAS = ['currency'];
const DATE_ALIAS = ['date'];

/** The scalar defaults of a tool's parameters, found once per parameters object. */
const defaultsCache = new WeakMap<object, readonly (readonly [string, unknown])[]>();
function defaultsOf(props: Record<string, Schema>): readonly (readonly [string, unknown])[] {
  let d = defaultsCache.get(props);
  if (d === undefined) {
    d = Object.entries(props).flatMap(([k, s]) => (s && s.default !== undefined && s.default !== null && typeof s.default !== 'object' && !NOT_ECHO.has(k) ? [[k, s.default] as const] : []));
    defaultsCache.set(props, d);
  }
  return d;
}

/** Why result field `rk` = `rv` contradicts argument `ak` = `av`, or undefined. */
function contradiction(ak: string, av: unknown, schema: Schema | undefined, rv: unknown, isDefault: boolean, arrays: boolean): string | undefined {
  if (av === null || av === undefined || rv === null || rv === undefined || rv === '') return undefined;
  const desc = typeof schema?.description === 'string' ? schema.description : '';
  if ((typeof av === 'string' && WILDCARD.test(av)) || HINT.test(desc)) return undefined;
  if (Array.isArray(av) || Array.isArray(rv)) {
    if (!arrays || isDefault || !Array.isArray(av) || !Array.isArray(rv)) return undefined;
    const item = foreignItem(av, rv);
    return item ? `lists ${item}, which is not among the ${ak} sent` : undefined;
  }
  if (typeof rv === 'object' || typeof av === 'object') return undefined;
  const en = schema?.enum;
  if (Array.isArray(en) && typeof rv === 'string' && !en.some((e) => typeof e === 'string' && e.toLowerCase() === rv.toLowerCase())) return undefined;
  return agrees(ak, av, rv) ? undefined : `= ${JSON.stringify(rv)}, but the argument ${ak} = ${JSON.stringify(av)}${isDefault ? ' (its default, not sent)' : ''}`;
}

/** For a create or set call: a listed item that was not among those sent, as "key value". */
function foreignItem(sent: unknown[], got: unknown[]): string | undefined {
  const sentScalars = new Set(sent.filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => normalise(String(x))));
  for (const g of got) {
    if (typeof g === 'string' || typeof g === 'number') {
      if (sentScalars.size > 0 && !sentScalars.has(normalise(String(g)))) return JSON.stringify(g);
    } else if (g && typeof g === 'object' && !Array.isArray(g)) {
      for (const [k, v] of Object.entries(g as Obj)) {
        if (typeof v !== 'string' || compareOf(k) === 'url') continue;
        const values = sent.flatMap((x) => (x && typeof x === 'object' && typeof (x as Obj)[k] === 'string' ? [(x as Obj)[k] as string] : []));
        if (values.length > 0 && !values.some((x) => agrees(k, x, v))) return `${k} ${JSON.stringify(v)}`;
      }
    }
  }
  return undefined;
}

const NO_PROPS: Record<string, Schema> = {};

function schemaProps(call: CallResult['call']): Record<string, Schema> {
  const p = call.tool?.parameters as Schema | undefined;
  return p && typeof p.properties === 'object' && p.properties !== null ? (p.properties as Record<string, Schema>) : NO_PROPS;
}

/** The first contradiction between a result object and the arguments (and defaults), as [result field, why]. */
function firstContradiction(r: Obj, args: Obj, props: Record<string, Schema>, t: ToolInfo): [string, string] | undefined {
  for (const ak in args) {
    let rk: string | undefined = ak in r ? ak : undefined;
    if (rk === undefined) for (const a of aliasesOf(ak, args, t)) if (a in r) rk = a;
    if (rk === undefined || NOT_ECHO.has(rk)) continue;
    const why = contradiction(ak, args[ak], props[ak], r[rk], false, t.arrays);
    if (why) return [rk, why];
  }
  // Arguments left out: their default.
  for (const [pk, d] of defaultsOf(props)) {
    if (pk in args || !(pk in r)) continue;
    const why = contradiction(pk, d, props[pk], r[pk], true, t.arrays);
    if (why) return [pk, why];
  }
  return undefined;
}

export function checkEchoes(cc: Consistency, pair: CallResult): void {
  const { call, result } = pair;
  if (!result || !call.args) return;
  const props = schemaProps(call);
  let args: Obj = call.args;
  for (const u of UPDATE_ARGS) {
    const c = args[u];
    if (c && typeof c === 'object' && !Array.isArray(c)) args = { ...(c as Obj), ...args };
  }
  const t = toolInfo(call.name);
  let found = firstContradiction(result, args, props, t);
  for (let i = 0; !found && i < WRAPPERS.length; i++) {
    const inner = result[WRAPPERS[i]];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) found = firstContradiction(inner as Obj, args, props, t);
  }
  if (found) cc.ctx.add('consistency.echo', `${call.name}: result ${found[0]} ${found[1]}`, atOf({ pair, inResult: true }));
}
