/**
 * What one call's result says to the person who asked, before any wording: a list (how many,
 * and the best few by what the request cares about: the cheapest when it asked for cheap or
 * capped a price, the nearest, the top rated, else the order the call asked for), a lookup (the
 * facts asked, about what was asked), a change made (what was done, the reference to keep), a
 * failure (what was wrong, what the user can do), or a bare value. The answer's sentences are
 * built from this (summary.ts), so they cannot say what the result does not.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { Effect } from '../tool/call-context.js';
import { isIdLike, tokens } from '../tool/names.js';
import { resultPlan } from '../tool/result-plan.js';
import { factOf, factsOf, type Fact, type FactScene } from './facts.js';
import { labelOf, pastOf, plural, sayLabelValue, sayNumber, singularOf } from './words.js';

type Obj = Record<string, unknown>;

/** The call as the answer sees it. */
export interface ReadCall {
  readonly name: string;
  readonly args: Readonly<Obj>;
  readonly api?: ApiSpec;
  /** The call failed on purpose (a planned tool error) or by a mistake of the assistant. */
  readonly failed: boolean;
}

export type Order = 'cheapest' | 'nearest' | 'top' | 'sorted' | 'listed';

export interface Item {
  /** What the item is called ("Station Lodge"), or '' when it has no name. */
  readonly name: string;
  readonly facts: readonly Fact[];
}

export interface ListReading {
  readonly one: string;
  readonly many: string;
  readonly shown: number;
  /** The total the result states beside the list, when above what is listed. */
  readonly total?: number;
  /** Items in the order worth telling (the best first). */
  readonly items: readonly Item[];
  readonly order: Order;
  /** The fact the order is by (the price for cheapest, the sort field for sorted). */
  readonly by?: string;
}

export interface Subject {
  /** As a noun phrase: "policy SHN56574582", "SAP", "Perth". */
  readonly np: string;
  /** A place: said "in Perth". */
  readonly place: boolean;
  /** Whether `np` starts with words of ours ("policy ..."), so may take a capital; a bare value never does. */
  readonly ours: boolean;
}

export interface Reading {
  readonly kind: 'list' | 'lookup' | 'done' | 'failed' | 'value';
  readonly effect: Effect;
  /** What the tool acts on, singular, from its name ("payment" of refund_payment, "quote"). */
  readonly noun: string;
  /** A change made: what it made, from the identifier it gave back ("refund" of refund_id); else `noun`. */
  readonly made: string;
  /** The tool's verb ("refund", "create") and what it acts on as its name says it ("payment", "tracks"), for "I've refunded the payment". */
  readonly verb: string;
  readonly object: string;
  readonly subject?: Subject;
  /** The facts worth saying, most wanted first. */
  readonly facts: readonly Fact[];
  /** A change made: the identifier the user keeps (booking reference, order id). */
  readonly reference?: Fact;
  readonly list?: ListReading;
  /** A failure: what was wrong, with the value at fault. */
  readonly failure?: { readonly why: string; readonly fix: string };
  /** The one number compared across turns and parts (a price, a measure). */
  readonly headline?: Fact;
  /** A non-object result in words. */
  readonly value?: string;
  /** A batch call (one entry per request): how many of its requests went through, and the first error said. */
  readonly batch?: { readonly ok: number; readonly total: number; readonly error?: string; readonly failed?: string };
  /** A change the service turned down (accepted: false, every request of a batch failed): said as such, never as done. */
  readonly rejected?: boolean;
}

/** List keys that hold the tool's own things (said with the tool's noun); "entries" or "rows" are said as they are. */
const GENERIC_LIST = /^(items|results|data|records|hits|matches|list|objects|docs|response|output)$/;
const NOUN_STOP = /^(v\d+|advanced|checked|basic|simple|extended|detailed|lite|batch|bulk|plus|strict|safe|fast|quick|full|new|all|my|details|detail|info|information|data|summary|record|records|by|with|for|in|from|to|on|of|and|or|the|a|an)$/;
const SORT_ARG = /^(sort|sort_by|order_by|orderby|sort_field|sort_key|order|ranking|rank_by)$/;
const CAP_ARG = /(^|_)(max|maximum|under|below|budget|up_to|upto|cap|ceiling)(_|$)/;
const RADIUS_ARG = /(^|_)(radius|near|nearby|within|distance|max_distance)(_|$)/;
const PLACE_ARG = /(^|_)(city|location|place|where|near|region|country|area|destination|address|town|airport|station)$/;
const NAME_ARG = /(^|_)(symbol|ticker|name|title|query|q|keyword|keywords|term|artist|team|flight|flight_number|vin|domain|isbn|sha256|hash|email|phone|phone_number|username|handle)$/;

/** The singular noun of what a tool is about, from its name: "void_shipping_label_checked" -> "shipping label". */
export function apiNounOf(name: string): string {
  return singularOf(apiObjectOf(name));
}

const objects = new Map<string, string>();
/** The words a tool acts on, as its name says them: "remove_tracks_from_playlist" -> "tracks". */
export function apiObjectOf(name: string): string {
  let o = objects.get(name);
  if (o !== undefined) return o;
  const t = tokens(name);
  const words: string[] = [];
  for (const w of t.slice(1)) {
    if (/^(by|with|for|in|from|to|on|and|using|via|per|at)$/.test(w)) {
      if (words.length > 0) break;
      continue;
    }
    // "list_providers_ranked", "search_reviews_validated": a trailing participle says how, not what.
    if (!NOUN_STOP.test(w) && !(/[^e]ed$/.test(w) && w.length > 4)) words.push(w);
  }
  // "out of office" keeps its "of"; otherwise the last two words name the thing.
  const kept = words.includes('of') ? words.slice(-3) : words.slice(-2);
  while (kept[0] === 'of') kept.shift();
  while (kept[kept.length - 1] === 'of') kept.pop();
  o = kept.length === 0 ? 'request' : kept.map((w) => labelOf(w).words).join(' ');
  if (objects.size < 20_000) objects.set(name, o);
  return o;
}

/** The object the answer reads: a `data` wrapper's content, else the result. */
function bodyOf(result: Obj): Obj {
  const d = result.data;
  if (d && typeof d === 'object' && !Array.isArray(d) && Object.keys(result).every((k) => /^(data|meta|status|ok|success|request_id|links|pagination|page|per_page|total_pages|next_cursor|has_more)$/.test(k))) return d as Obj;
  return result;
}

/** The argument that says what was asked about, in words: a place, else an identifier, else a name; one the tool's name speaks of first. */
function subjectOf(call: ReadCall): Subject | undefined {
  const own = new Set(call.api ? tokens(call.api.name).slice(1) : []);
  let best: Subject | undefined;
  let score = 0;
  for (const k in call.args) {
    const v = call.args[k];
    if (typeof v !== 'string' || v.length > 40 || v === '') continue;
    const t = tokens(k);
    const snakeKey = t.join('_');
    const bonus = t.some((x) => own.has(x) && !/^(id|name|number|code)$/.test(x)) ? 2 : 0;
    let s: Subject | undefined;
    let sc = 0;
    if (PLACE_ARG.test(snakeKey)) {
      s = { np: v, place: true, ours: false };
      sc = 3;
    } else if (isIdLike(k) && !/(^|_)(url|uri|link)$/.test(snakeKey)) {
      const words = labelOf(k).words.replace(/ (ID|id|number|code|ref|reference|sid)$/, '');
      const bare = words === labelOf(k).words || words === '';
      s = { np: bare ? v : `${words} ${v}`, place: false, ours: !bare };
      sc = 2;
    } else if (NAME_ARG.test(snakeKey)) {
      s = { np: /^(query|q|keyword|keywords|term)$/.test(snakeKey) ? `“${v}”` : sayLabelValue(v), place: false, ours: false };
      sc = 1;
    }
    if (s && sc + bonus > score) {
      best = s;
      score = sc + bonus;
    }
  }
  return best;
}

/** Why a call failed and what the user can do, from the error object (code, param) and the call. */
function failureOf(call: ReadCall, result: unknown, noun: string): { why: string; fix: string } {
  const e = result && typeof result === 'object' ? (result as Obj).error : undefined;
  const err = e && typeof e === 'object' ? (e as Obj) : undefined;
  const param = typeof err?.param === 'string' ? err.param : undefined;
  const label = param ? labelOf(param).words : undefined;
  const v = param !== undefined ? call.args[param] : undefined;
  const value = typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  const code = String(err?.code ?? '');
  if (/NOT_FOUND/i.test(code) || err?.status === 404) {
    return label && value
      ? { why: `there is no ${noun} with the ${label} ${value}`, fix: `check the ${label}` }
      : { why: `nothing matched that ${noun}`, fix: 'check the details' };
  }
  if (/INVALID|BAD_REQUEST/i.test(code) || err?.status === 400) {
    return label && value
      ? { why: `${value} is not accepted as the ${label}`, fix: `check the ${label}, or give me another one` }
      : { why: 'the request was not accepted', fix: 'check the details' };
  }
  const message = typeof err?.message === 'string' ? err.message : typeof e === 'string' ? e : 'the service returned an error';
  return { why: message.replace(/[.\s]+$/, ''), fix: 'try again with other details' };
}

const CHEAP = /\b(cheap|cheaper|cheapest|budget|inexpensive|affordable|lowest price|low-cost|under \S*\d|less than \S*\d|at most \S*\d|no more than)/i;
const NEAR = /\b(nearest|closest|near me|nearby|close to|around here|walking distance)\b/i;
const BEST = /\b(best|top[- ]rated|highest[- ]rated|well[- ]reviewed|good reviews|highly rated)\b/i;

/** How to order the items: what the request cares about, given what the items carry. */
function orderOf(call: ReadCall, ask: string, items: readonly Obj[]): { order: Order; key?: string; low: boolean } {
  const first = items[0] ?? {};
  const keys = Object.keys(first);
  const argKeys = Object.keys(call.args).map((k) => tokens(k).join('_'));
  const money = keys.find((k) => typeof first[k] === 'number' && factOf(k, first[k], SCENE_PROBE)?.role === 'money');
  const distance = keys.find((k) => typeof first[k] === 'number' && /(^|_)(distance|dist)(_|$)/.test(tokens(k).join('_')));
  const rating = keys.find((k) => typeof first[k] === 'number' && /(^|_)(rating|stars|score)$/.test(tokens(k).join('_')));
  const sortKey = Object.keys(call.args).find((k) => SORT_ARG.test(tokens(k).join('_')) && typeof call.args[k] === 'string');
  if (sortKey) return { order: 'sorted', key: sortKey, low: false };
  if (money && (CHEAP.test(ask) || argKeys.some((k) => CAP_ARG.test(k) && /(price|rate|fare|cost|budget|amount|fee|rent|salary)/.test(k)))) return { order: 'cheapest', key: money, low: true };
  if (distance && (NEAR.test(ask) || argKeys.some((k) => RADIUS_ARG.test(k)))) return { order: 'nearest', key: distance, low: true };
  if (rating && (BEST.test(ask) || argKeys.some((k) => /(^|_)min_(rating|stars|score)$/.test(k)))) return { order: 'top', key: rating, low: false };
  return { order: 'listed', low: false };
}

const SCENE_PROBE: FactScene = { today: { day: 0, year: 0, monthFirst: false } };

/** An item's name: its name or title, else its first short label, else ''. */
function itemName(o: Obj): { name: string; key?: string } {
  for (const k in o) if (/^(name|title|display_name|headline|full_name|label)$/.test(tokens(k).join('_')) && typeof o[k] === 'string' && (o[k] as string).length <= 80) return { name: o[k] as string, key: k };
  for (const k in o) if (/(^|_)(name|title|display_name|headline|full_name|label)$/.test(tokens(k).join('_')) && typeof o[k] === 'string' && (o[k] as string).length <= 80) return { name: o[k] as string, key: k };
  for (const k in o) {
    const v = o[k];
    if (typeof v === 'string' && v.length <= 40 && !isIdLike(k) && /[a-z]/i.test(v) && !/^\d{4}-\d\d-\d\d/.test(v)) return { name: sayLabelValue(v), key: k };
  }
  // Nothing but an identifier names it: "player 7LI8YPP3".
  for (const k in o) {
    const v = o[k];
    if (typeof v !== 'string' || !isIdLike(k) || v.length > 24 || /(^|_)(url|uri|link|hash)$/.test(tokens(k).join('_'))) continue;
    const words = labelOf(k).words.replace(/ (ID|number|code)$/, '');
    if (words !== labelOf(k).words) return { name: `${words} ${v}`, key: k };
  }
  return { name: '' };
}

function listReading(call: ReadCall, key: string, arr: readonly Obj[], body: Obj, scene: FactScene, ask: string): ListReading {
  const label = labelOf(key).words;
  const last = label.split(' ').pop() ?? '';
  let many: string;
  if (GENERIC_LIST.test(tokens(key).join('_'))) many = plural(call.api ? apiNounOf(call.api.name) : 'result');
  else if (!/s$/.test(last) || singularOf(last) === last) {
    // "by_fuel" lists fuel types: the items' own name field says what they are.
    const named = arr[0] ? itemName(arr[0]).key : undefined;
    many = named && !/^(name|title|label)$/.test(named) ? plural(labelOf(named).words.replace(/ name$/, '')) : 'entries';
  } else many = label.replace(/^(by|top|recent|matching|all|list of) /, '');
  const one = singularOf(many);
  let total: number | undefined;
  for (const k in body) {
    const v = body[k];
    if (k !== key && typeof v === 'number' && Number.isInteger(v) && v > arr.length && /(^|_)(total|count|results|hits|matches|found|entries|records)(_|$)/.test(tokens(k).join('_'))) total = v;
  }
  const { order, key: by, low } = orderOf(call, ask, arr);
  let ordered = arr;
  if (by && order !== 'sorted') {
    ordered = [...arr].sort((a, b) => {
      const x = typeof a[by] === 'number' ? (a[by] as number) : low ? Infinity : -Infinity;
      const y = typeof b[by] === 'number' ? (b[by] as number) : low ? Infinity : -Infinity;
      return low ? x - y : y - x;
    });
  }
  const items = ordered.slice(0, 3).map((o): Item => {
    const n = itemName(o);
    const skip = new Set(n.key ? [n.key] : []);
    const facts = factsOf(o, scene, skip).filter((f) => f.role !== 'id' && f.role !== 'stamp' && f.role !== 'text');
    if (by && order !== 'sorted') {
      const i = facts.findIndex((f) => f.key === by);
      if (i > 0) facts.unshift(...facts.splice(i, 1));
    }
    return { name: n.name, facts };
  });
  const sortWords = order === 'sorted' && by ? sortWordsOf(String(call.args[by])) : undefined;
  const byWords = order === 'sorted' ? sortWords : by ? labelOf(by).words : undefined;
  return { one, many, shown: arr.length, ...(total !== undefined ? { total } : {}), items, order, ...(byWords ? { by: byWords } : {}) };
}

/** "price_asc" -> "price, lowest first"; "-created_at" -> "created at, newest first"; "popularity" -> "popularity". */
function sortWordsOf(v: string): string {
  const t = tokens(v);
  const asc = t.some((x) => /^(asc|ascending|lowest|cheapest|oldest|earliest|nearest|closest)$/.test(x));
  const desc = v.startsWith('-') || t.some((x) => /^(desc|descending|highest|newest|latest|most|top)$/.test(x));
  const words = t.filter((x) => !/^(asc|ascending|desc|descending|by|sort|order)$/.test(x)).map((x) => labelOf(x).words).join(' ');
  return `${words || 'your order'}${asc ? ', lowest first' : desc ? ', highest first' : ''}`;
}

/** Reads one call's result. `ask` is the user's request, for what they care about (cheap, near, best). */
export function readResult(call: ReadCall, result: unknown, scene: FactScene, ask: string): Reading {
  const plan = call.api ? resultPlan(call.api) : undefined;
  const effect: Effect = plan?.effect ?? 'read';
  const noun = call.api ? apiNounOf(call.api.name) : 'request';
  const subject = subjectOf(call);
  const verb = call.api ? (tokens(call.api.name)[0] ?? 'do') : 'do';
  const object = call.api ? apiObjectOf(call.api.name) : 'request';
  const base = { effect, noun, made: noun, verb, object, ...(subject ? { subject } : {}) };
  if (call.failed) return { ...base, kind: 'failed', facts: [], failure: failureOf(call, result, noun) };
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    const value = Array.isArray(result) ? `${sayNumber(result.length, 0)} entries` : typeof result === 'number' ? sayNumber(result) : String(result);
    return { ...base, kind: 'value', facts: [], value };
  }
  const body = bodyOf(result as Obj);
  const echo = new Set(plan?.echoKeys ?? []);
  const listKey = Object.keys(body).find((k) => Array.isArray(body[k]) && (body[k] as unknown[]).length >= 0 && typeof (body[k] as unknown[])[0] === 'object' && (body[k] as unknown[])[0] !== null);
  const batch = listKey ? batchOf(body[listKey] as Obj[]) : undefined;
  if (batch && listKey) {
    const first = (body[listKey] as Obj[]).find((e) => e.result && typeof e.result === 'object' && e.ok !== false && e.success !== false);
    const inner = first ? bodyOf(first.result as Obj) : undefined;
    const facts = inner ? factsOf(inner, withCurrency(scene, inner)).filter((f) => f.role !== 'id' && f.role !== 'stamp') : [];
    return { ...base, kind: effect === 'read' ? 'lookup' : 'done', facts, batch, ...(batch.ok === 0 ? { rejected: true } : {}) };
  }
  const emptyKey = listKey ?? Object.keys(body).find((k) => Array.isArray(body[k]) && (body[k] as unknown[]).length === 0 && /s$/.test(k));
  const listScene = withCurrency(scene, body);
  if (effect === 'read' && emptyKey !== undefined && isListAnswer(call, body, emptyKey, echo, listScene)) {
    const arr = (body[emptyKey] as Obj[]) ?? [];
    const list = listReading(call, emptyKey, arr, body, listScene, ask);
    const best = list.items[0]?.facts.find((f) => f.role === 'money' || f.role === 'measure' || f.role === 'rating');
    const others = factsOf(body, listScene, new Set([...echo, emptyKey])).filter((f) => f.role !== 'count' && f.role !== 'id' && f.role !== 'stamp');
    return { ...base, kind: 'list', facts: others.slice(0, 2), list, ...(best ? { headline: best } : {}) };
  }
  const owned = ownIdOf(body, echo, effect);
  const skip = new Set<string>(echo);
  if (owned) skip.add(owned.key);
  let facts = factsOf(body, listScene, skip);
  if (effect !== 'read') {
    // "revoked" after "I've revoked the key" says nothing new.
    const pp = pastOf(verb);
    facts = facts.filter((f) => f.role !== 'stamp' && !(f.value === pp || (f.role === 'bool' && f.label === pp) || (f.role === 'date' && f.label.startsWith(`${pp} `))));
  }
  facts = facts.filter((f) => f.role !== 'id' || effect === 'read');
  // Nothing but echoes and ids: say those, unless they only repeat what was asked about.
  if (facts.length === 0 && effect === 'read') facts = factsOf(body, listScene).filter((f) => !subject?.np.endsWith(f.value)).slice(0, 3);
  const headline = facts.find((f) => f.role === 'money' || f.role === 'measure' || f.role === 'rating' || f.role === 'change');
  const turnedDown = effect !== 'read' && Object.keys(body).some((k) => body[k] === false && /^(accepted|approved|confirmed|applied|processed|completed|created|updated|sent|delivered)$/.test(tokens(k).join('_')));
  return {
    ...base,
    ...(turnedDown ? { rejected: true } : {}),
    made: owned && effect === 'create' ? nounFromId(owned.key, noun) : noun,
    kind: effect === 'read' ? 'lookup' : 'done',
    facts,
    ...(owned ? { reference: owned } : {}),
    ...(headline ? { headline } : {}),
  };
}

const LIST_VERB = /^(search|list|find|discover|browse|enumerate|collect|query|explore|get_all|top|compare|recommend|suggest|rank|scan)$/;

/** Whether the list is what was asked for (a search, or a result that is little else) or a part of one thing looked up (a policy's coverages). */
function isListAnswer(call: ReadCall, body: Obj, key: string, echo: ReadonlySet<string>, scene: FactScene): boolean {
  if (call.api && LIST_VERB.test(tokens(call.api.name)[0] ?? '')) return true;
  const others = factsOf(body, scene, new Set([...echo, key])).filter((f) => f.role !== 'count' && f.role !== 'id' && f.role !== 'stamp' && f.role !== 'items' && f.role !== 'list');
  return others.length <= 1;
}

/** A batch's answer: entries with an index or an ok/success flag, one per request. */
function batchOf(entries: readonly Obj[]): { ok: number; total: number } | undefined {
  const head = entries[0];
  if (!head || !('index' in head || typeof head.ok === 'boolean' || typeof head.success === 'boolean')) return undefined;
  if (!('index' in head) && !entries.every((x) => typeof x.ok === 'boolean' || typeof x.success === 'boolean')) return undefined;
  const ok = entries.filter((x) => x.ok !== false && x.success !== false && (x.error === undefined || x.error === null)).length;
  const bad = entries.find((x) => typeof x.error === 'string' || (x.error && typeof x.error === 'object'));
  const e = bad?.error;
  const error = typeof e === 'string' ? e : e && typeof e === 'object' && typeof (e as Obj).message === 'string' ? ((e as Obj).message as string) : undefined;
  // The first request that failed, by what it names ("device PMUA4VNW").
  const first = entries.find((x) => x.ok === false || x.success === false || (x.error !== undefined && x.error !== null));
  const named = first ? itemName(first) : undefined;
  const failed = named?.key && isIdLike(named.key) ? named.name : undefined;
  return { ok, total: entries.length, ...(error && error.length <= 80 ? { error } : {}), ...(failed ? { failed } : {}) };
}

function withCurrency(scene: FactScene, body: Obj): FactScene {
  for (const k in body) if (/^(currency|currency_code)$/.test(tokens(k).join('_')) && typeof body[k] === 'string') return { ...scene, currency: body[k] as string };
  return scene;
}

/** The identifier a change gives back (refund_id, confirmation_number), not one the call sent. */
function ownIdOf(body: Obj, echo: ReadonlySet<string>, effect: Effect): Fact | undefined {
  if (effect === 'read') return undefined;
  for (const k in body) {
    if (echo.has(k) || typeof body[k] !== 'string') continue;
    const t = tokens(k).join('_');
    if ((isIdLike(k) || /(^|_)(reference|confirmation|locator|pnr|booking_ref)$/.test(t)) && !/(url|uri|link|hash|token|secret|snapshot|etag|sha)/.test(t)) {
      const v = body[k] as string;
      if (v.length <= 40) return { key: k, role: 'id', label: labelOf(k).words, value: v, rank: 5 };
    }
  }
  return undefined;
}

/** "refund_id" -> "refund"; "permit_application_id" -> "permit application"; a bare "id" keeps the tool's noun. */
function nounFromId(key: string, fallback: string): string {
  const t = tokens(key).filter((x) => !/^(id|number|code|ref|reference|sid|uuid|key|no)$/.test(x));
  if (t.length === 0) return fallback;
  const words = t.map((x) => labelOf(x).words).join(' ');
  // "triage" of submit_triage_report reads better as the tool's "triage report".
  return fallback.startsWith(`${words} `) || fallback.endsWith(` ${words}`) ? fallback : words;
}
