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
import { isIdLike, snake, tokens } from '../tool/names.js';
import { resultPlan } from '../tool/result-plan.js';
import { fact, type Fact, type FactScene } from './fact.js';
import { factsOf } from './facts.js';
import { keyInfo } from './keys.js';
import { isListAnswer, itemName, listReading, type ListReading } from './list-reading.js';
import { apiNounOf, apiObjectOf } from './nouns.js';
import { bareDate, isIsoDate, labelOf, pastOf, sayDate, sayLabelValue, sayNumber } from './words.js';

type Obj = Record<string, unknown>;

/** The call as the answer sees it. */
export interface ReadCall {
  readonly name: string;
  readonly args: Readonly<Obj>;
  readonly api?: ApiSpec;
  /** The call failed on purpose (a planned tool error) or by a mistake of the assistant. */
  readonly failed: boolean;
}

export interface Subject {
  /** As a noun phrase: "policy SHN56574582", "SAP", "Perth". */
  readonly np: string;
  /** A place: said "in Perth". */
  readonly place: boolean;
  /** Whether `np` starts with words of ours ("policy ..."), so may take a capital; a bare value never does. */
  readonly ours: boolean;
  /** The thing's own name from the result ("The Divine Comedy"), not the argument asked with. */
  readonly named: boolean;
}

/** Every field is always set (undefined when absent), so every reading has one object shape. */
export interface Reading {
  kind: 'list' | 'lookup' | 'done' | 'failed' | 'value';
  readonly effect: Effect;
  /** What the tool acts on, singular, from its name ("payment" of refund_payment, "quote"). */
  readonly noun: string;
  /** A change made: what it made, from the identifier it gave back ("refund" of refund_id); else `noun`. */
  made: string;
  /** The tool's verb ("refund", "create") and what it acts on as its name says it ("payment", "tracks"), for "I've refunded the payment". */
  readonly verb: string;
  readonly object: string;
  subject: Subject | undefined;
  /** The facts worth saying, most wanted first. */
  facts: readonly Fact[];
  /** A change made: the identifier the user keeps (booking reference, order id). */
  reference: Fact | undefined;
  list: ListReading | undefined;
  /** A failure: what was wrong, with the value at fault. */
  failure: { readonly why: string; readonly fix: string } | undefined;
  /** The one number compared across turns and parts (a price, a measure). */
  headline: Fact | undefined;
  /** A non-object result in words. */
  value: string | undefined;
  /** A batch call (one entry per request): how many of its requests went through, and the first error said. */
  batch: { readonly ok: number; readonly total: number; readonly error?: string; readonly failed?: string } | undefined;
  /** A change the service turned down (accepted: false, every request of a batch failed): said as such, never as done. */
  rejected: boolean;
}


const ROLE_PREFIX = /^(from|to|origin|destination|pickup|dropoff|return|departure|arrival|source|target|sender|recipient)_/;
const PLACE_ARG = /(^|_)(city|location|place|where|near|region|country|area|destination|address|town|airport|station)$/;
const NAME_ARG = /(^|_)(symbol|ticker|name|title|query|q|keyword|keywords|term|artist|team|flight|flight_number|vin|domain|isbn|sha256|hash|email|phone|phone_number|username|handle)$/;

const echoSets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The echo keys of an API as a set (one per API: its plan's array is the key). */
function echoSet(keys: readonly string[] | undefined): ReadonlySet<string> {
  if (!keys) return NONE;
  let s = echoSets.get(keys);
  if (!s) echoSets.set(keys, (s = new Set(keys)));
  return s;
}

const NONE: ReadonlySet<string> = new Set();

/** The object the answer reads: a `data` wrapper's content, else the result. */
function bodyOf(result: Obj): Obj {
  const d = result.data;
  if (d && typeof d === 'object' && !Array.isArray(d) && Object.keys(result).every((k) => /^(data|meta|status|ok|success|request_id|links|pagination|page|per_page|total_pages|next_cursor|has_more)$/.test(k))) return d as Obj;
  return result;
}

/** What an argument's name makes it as a subject (worked out once per name). */
interface ArgKey {
  /** 3 a place, 2 an identifier, 1 a name or search, 0 none. */
  readonly score: number;
  /** Its words before the value ("policy" of policy_number), or '' when the value is said alone. */
  readonly words: string;
  readonly query: boolean;
  readonly tokens: readonly string[];
}
const argKeys = new Map<string, ArgKey>();
function argKey(k: string): ArgKey {
  let a = argKeys.get(k);
  if (a !== undefined) return a;
  const t = tokens(k);
  const sk = t.join('_');
  let score = 0;
  let words = '';
  // A trip's two ends are not what it is about: from_country is where a parcel leaves.
  if (ROLE_PREFIX.test(sk)) score = 0;
  else if (PLACE_ARG.test(sk) && !/(^|_)(ip|email|mac|wallet|web|billing)_address$/.test(sk)) score = 3;
  else if (isIdLike(k) && !/(^|_)(url|uri|link)$/.test(sk)) {
    score = 2;
    const w = labelOf(k).words.replace(/ (ID|id|number|code|ref|reference|sid)$/, '');
    words = w === labelOf(k).words ? '' : w;
  } else if (NAME_ARG.test(sk)) score = 1;
  a = { score, words, query: /^(query|q|keyword|keywords|term)$/.test(sk), tokens: t };
  if (argKeys.size < 20_000) argKeys.set(k, a);
  return a;
}

const ownTokens = new WeakMap<ApiSpec, ReadonlySet<string>>();
/** The words of a tool's name after its verb, without the generic ones. */
function ownOf(api: ApiSpec | undefined): ReadonlySet<string> {
  if (!api) return NONE;
  let o = ownTokens.get(api);
  if (!o) ownTokens.set(api, (o = new Set(tokens(api.name).slice(1).filter((x) => !/^(id|name|number|code)$/.test(x)))));
  return o;
}

/** Whether the tool's parameter `key` takes one of a listed set of values. */
export function isEnum(api: ApiSpec | undefined, key: string): boolean {
  const p = api?.parameters.properties[key];
  return p !== undefined && Array.isArray(p.enum);
}

/** The argument that says what was asked about, in words: a place, else an identifier, else a name; one the tool's name speaks of first. */
function subjectOf(call: ReadCall): Subject | undefined {
  const own = ownOf(call.api);
  let bestKey: string | undefined;
  let best = 0;
  for (const k in call.args) {
    const v = call.args[k];
    if (typeof v !== 'string' || v.length > 40 || v === '') continue;
    const a = argKey(k);
    if (a.score === 0) continue;
    // The tool's own thing first: flight_number for get_flight_status, not carrier_code.
    const score = a.score + (a.score >= 2 && a.tokens.some((x) => own.has(x)) ? 2 : 0);
    if (score > best) {
      best = score;
      bestKey = k;
    }
  }
  if (bestKey === undefined) return undefined;
  const a = argKey(bestKey);
  const raw = call.args[bestKey] as string;
  // A value from the schema's list (service_code "noise_complaint") is a word, not an identifier.
  const v = isEnum(call.api, bestKey) ? sayLabelValue(raw) : raw;
  if (a.score === 3) return { np: v, place: true, ours: false, named: false };
  if (a.score === 2) return { np: a.words ? `${a.words} ${v}` : v, place: false, ours: a.words !== '', named: false };
  return { np: a.query ? `“${v}”` : sayLabelValue(v), place: false, ours: false, named: false };
}

/** Why a call failed and what the user can do, from the error object (code, param) and the call. */
function failureOf(call: ReadCall, result: unknown, noun: string, scene: FactScene): { why: string; fix: string } {
  const e = result && typeof result === 'object' ? (result as Obj).error : undefined;
  const err = e && typeof e === 'object' ? (e as Obj) : undefined;
  const param = typeof err?.param === 'string' ? err.param : undefined;
  const label = param ? labelOf(param).words : undefined;
  const v = param !== undefined ? call.args[param] : undefined;
  // A date at fault is said as a date ("30 September at 14:45 UTC").
  const value = typeof v === 'string' ? (isIsoDate(v) ? bareDate(sayDate(v, scene.today, /T\d/.test(v)) ?? v) : v) : typeof v === 'number' ? String(v) : undefined;
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
  if (/UNAVAILABLE/i.test(code) || err?.status === 503) return { why: `the ${noun} service is not available right now`, fix: 'try again in a few minutes' };
  const message = typeof err?.message === 'string' ? err.message : typeof e === 'string' ? e : 'the service returned an error';
  return { why: message.replace(/[.\s]+$/, ''), fix: 'try again with other details' };
}

/** Reads one call's result. `ask` is the user's request, for what they care about (cheap, near, best). */
export function readResult(call: ReadCall, result: unknown, scene: FactScene, ask: string): Reading {
  const plan = call.api ? resultPlan(call.api) : undefined;
  const effect: Effect = plan?.effect ?? 'read';
  const noun = call.api ? apiNounOf(call.api.name) : 'request';
  const subject = subjectOf(call);
  const verb = call.api ? (tokens(call.api.name)[0] ?? 'do') : 'do';
  const object = call.api ? apiObjectOf(call.api.name) : 'request';
  const r: Reading = {
    kind: 'lookup', effect, noun, made: noun, verb, object, subject, facts: [], reference: undefined, list: undefined,
    failure: undefined, headline: undefined, value: undefined, batch: undefined, rejected: false,
  };
  if (call.failed) {
    r.kind = 'failed';
    r.failure = failureOf(call, result, noun, scene);
    return r;
  }
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    r.kind = 'value';
    r.value = Array.isArray(result) ? `${sayNumber(result.length, 0)} entries` : typeof result === 'number' ? sayNumber(result) : String(result);
    return r;
  }
  const body = bodyOf(result as Obj);
  const echo = echoSet(plan?.echoKeys);
  let listKey: string | undefined;
  let emptyKey: string | undefined;
  for (const k in body) {
    const v = body[k];
    if (!Array.isArray(v)) continue;
    if (v.length > 0 && v[0] !== null && typeof v[0] === 'object') {
      listKey = k;
      break;
    }
    if (v.length === 0 && emptyKey === undefined && /s$/.test(k)) emptyKey = k;
  }
  r.kind = effect === 'read' ? 'lookup' : 'done';
  const batch = listKey ? batchOf(body[listKey] as Obj[]) : undefined;
  if (batch && listKey) {
    const first = (body[listKey] as Obj[]).find((e) => e.result && typeof e.result === 'object' && e.ok !== false && e.success !== false);
    const inner = first ? bodyOf(first.result as Obj) : undefined;
    r.facts = inner ? factsOf(inner, withCurrency(scene, inner), undefined, 4).filter((f) => f.role !== 'id' && f.role !== 'stamp') : [];
    r.batch = batch;
    r.rejected = batch.ok === 0;
    return r;
  }
  const key = listKey ?? emptyKey;
  const listScene = withCurrency(scene, body);
  // The body's facts once, for the list's side facts or the lookup's facts.
  const bodyFacts = factsOf(body, listScene, echo, 8);
  if (effect === 'read' && key !== undefined && isListAnswer(call, bodyFacts.filter((f) => f.key !== key))) {
    const arr = (body[key] as Obj[]) ?? [];
    r.kind = 'list';
    r.list = listReading(call, key, arr, body, listScene, ask);
    r.headline = r.list.items[0]?.facts.find((f) => f.role === 'money' || f.role === 'measure' || f.role === 'rating');
    r.facts = bodyFacts.filter((f) => f.key !== key && f.role !== 'count' && f.role !== 'id' && f.role !== 'stamp').slice(0, 2);
    return r;
  }
  const owned = ownIdOf(body, echo, effect);
  let facts = owned ? bodyFacts.filter((f) => f.key !== owned.key) : bodyFacts;
  if (effect !== 'read') {
    // "revoked" after "I've revoked the key" says nothing new.
    const pp = pastOf(verb);
    facts = facts.filter((f) => f.role !== 'stamp' && f.role !== 'id' && !(f.value === pp || (f.role === 'bool' && f.label === pp) || (f.role === 'date' && f.label.startsWith(`${pp} `))));
    // A tool that adds or updates says with `created: false` that it updated: no refusal.
    const either = upserts(call.api);
    r.rejected = Object.keys(body).some((k) => body[k] === false && TURNED_DOWN.test(snake(k)) && !(either && EITHER.test(snake(k))));
    r.reference = owned;
    if (owned && effect === 'create') r.made = nounFromId(owned.key, noun);
  } else {
    // Nothing but echoes and ids: say those, unless they only repeat what was asked about.
    if (facts.length === 0) facts = factsOf(body, listScene, undefined, 4).filter((f) => !subject?.np.endsWith(f.value)).slice(0, 3);
    // A thing looked up is called by its own name: "The Call of the Wild: runtime 181 minutes".
    const own = facts.findIndex((f) => f.role === 'name' && /^(name|title|display_name|full_name)$/.test(snake(f.key)));
    if (own >= 0) {
      r.subject = { np: facts[own].value, place: false, ours: false, named: true };
      facts = facts.filter((_, i) => i !== own);
    }
  }
  r.facts = facts;
  r.headline = facts.find((f) => f.role === 'money' || f.role === 'measure' || f.role === 'rating' || f.role === 'change');
  return r;
}

/** A change a field says did not happen (accepted: false). */
const TURNED_DOWN = /^(accepted|approved|confirmed|applied|processed|completed|created|updated|sent|delivered)$/;
const EITHER = /^(created|updated)$/;
/** Whether a tool adds or updates (upsert_contact, "Add or update a contact"). */
const upserts = (api: ApiSpec | undefined): boolean =>
  !!api && (/^(upsert|save)$/.test(tokens(api.name)[0] ?? '') || /\b(?:add|create|insert) or update\b|\bcreate[- ]or[- ]update\b/i.test(api.description));

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
  for (const k in body) if (typeof body[k] === 'string' && keyInfo(k).currency) return { today: scene.today, currency: body[k] as string, priced: scene.priced };
  return scene;
}

/** The identifier a change gives back (refund_id, confirmation_number), not one the call sent. */
function ownIdOf(body: Obj, echo: ReadonlySet<string>, effect: Effect): Fact | undefined {
  if (effect === 'read') return undefined;
  for (const k in body) {
    if (echo.has(k) || (typeof body[k] !== 'string' && !(typeof body[k] === 'number' && /^(number|id)$/.test(k)))) continue;
    const t = snake(k);
    if ((isIdLike(k) || /(^|_)(reference|confirmation|locator|pnr|booking_ref)$/.test(t)) && !/(url|uri|link|hash|token|secret|snapshot|etag|sha)/.test(t)) {
      const v = String(body[k]);
      if (v.length <= 40) return fact(k, 'id', labelOf(k).words, v, 5);
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
