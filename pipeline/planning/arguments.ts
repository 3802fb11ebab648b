/** Drawing a call's arguments: from the schema, shared between calls, with an occasional planned tool error. */
import type { ApiSpec } from '../../api-pool/types.js';
import type { PlannedCall } from '../../core/plan.js';
import { errorSubject, opaqueId } from '../agents/tool/offline.js';
import { agreeMakeModel, agreeSportLeague, generateObject, inBounds, placeKeys, type Schema } from '../values/values.js';
import { rescaleMoney } from '../values/numbers.js';
import type { Planning } from './item-plan.js';
import { fits } from './schema-facts.js';

/** Probability that a single / multiple / parallel item has a planned tool error. */
export const ERROR_RATE = 0.06;

/** Share of the drawn optional arguments with a schema default that the user leaves to it (not sent). */
export const DEFAULT_LEFT_RATE = 0.5;

/** Arguments for `api`: the required ones and each optional one with probability `rate` (by default drawn per call). */
export function argsFor(p: Planning, api: ApiSpec, rate?: number): Record<string, unknown> {
  const args = generateObject(api.parameters, p.values, { optionalRate: rate ?? 0.2 + 0.5 * p.rng.next(), world: p.world, api });
  leaveDefaults(p, api, args);
  withinResultBounds(api, args);
  return args;
}

/**
 * Optional arguments with a schema default the user does not mention: left out of the call,
 * so the tool applies its default. Drawn on a stream of their own, so no other draw shifts.
 */
function leaveDefaults(p: Planning, api: ApiSpec, args: Record<string, unknown>): void {
  const props = api.parameters.properties as Record<string, Schema>;
  const required = api.parameters.required ?? [];
  for (const k of Object.keys(args)) {
    if (props[k] && 'default' in props[k] && !required.includes(k) && p.leave.next() < DEFAULT_LEFT_RATE) delete args[k];
  }
}

/**
 * A number sent where the result reports the same field (a grade's `score`) lies inside the
 * result's bounds too: a result can then echo it (a score of 290 points out of a result's 0-100
 * could never come back as sent).
 */
export function withinResultBounds(api: ApiSpec, args: Record<string, unknown>): void {
  const out = ((api.returns as Schema).properties ?? {}) as Record<string, Schema>;
  const params = api.parameters.properties as Record<string, Schema>;
  for (const k in args) {
    const v = args[k];
    const r = out[k];
    if (typeof v !== 'number' || !r || inBounds(r, v)) continue;
    const lo = Math.max(typeof r.minimum === 'number' ? r.minimum : -Infinity, typeof params[k]?.minimum === 'number' ? (params[k].minimum as number) : -Infinity);
    const hi = Math.min(typeof r.maximum === 'number' ? r.maximum : Infinity, typeof params[k]?.maximum === 'number' ? (params[k].maximum as number) : Infinity);
    if (!(lo <= hi) || !Number.isFinite(lo) || !Number.isFinite(hi)) continue;
    // The same relative place in the narrower range, rounded as the value was.
    const decimals = Number.isInteger(v) ? 0 : 1;
    const scaled = lo + ((v % (hi - lo + 1)) + (hi - lo + 1)) % (hi - lo + 1);
    const next = Math.round(Math.min(hi, scaled) * 10 ** decimals) / 10 ** decimals;
    if (inBounds(params[k] ?? {}, next) && inBounds(r, next)) args[k] = next;
  }
}

/** Re-order `args` in the order of the schema's properties (after adding a key). */
export function inSchemaOrder(api: ApiSpec, args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in api.parameters.properties) if (k in args) out[k] = args[k];
  return out;
}

/**
 * Share values between the calls of one request where a key and its schema allow (the same city
 * for weather and air quality). A call's place (city, country, zone, coordinates) is shared whole
 * or not at all, so no call ends up with one place's city and another's country.
 */
export function shareValues(api: ApiSpec, args: Record<string, unknown>, from: Readonly<Record<string, unknown>>, userCurrency?: string): void {
  const props = api.parameters.properties as Record<string, Schema>;
  const currency = typeof args.currency === 'string' ? args.currency : userCurrency;
  const places = placeKeys(api.parameters, api);
  const fitsHere = (k: string): boolean => k in from && typeof from[k] !== 'object' && fits(props[k], from[k]);
  const placeWhole = [...places].filter((k) => k in args).every(fitsHere);
  for (const k in args) if (fitsHere(k) && (placeWhole || !places.has(k))) args[k] = from[k];
  // What was shared takes its partners along (LIGUE1 shared from the standings: the scores are soccer's).
  agreeMakeModel(args, api.parameters as Schema);
  agreeSportLeague(args, api.parameters as Schema);
  // A currency taken over ("in the same currency") counts the call's money in it: 2.41 becomes 59,000 in dong.
  if (typeof args.currency === 'string' && args.currency !== currency) rescaleMoney(args, props, currency, args.currency);
}

/** Now and then (ERROR_RATE) a planned tool error, for a call with an argument the error can be about. */
export function maybeError(p: Planning, api: ApiSpec, args: Readonly<Record<string, unknown>>): PlannedCall['error'] {
  const subject = errorSubject(api, args);
  if (p.rng.next() >= ERROR_RATE || subject === undefined) return undefined;
  return errorAbout(api, subject, p.rng.bool(0.5));
}

/**
 * The error a call about `subject` can meet: only a thing looked up by an opaque identifier can
 * be missing or malformed ("no order ORD-1"); a weight, a query, the zone GB or the units "metric"
 * cannot be "not found" or "not valid", only not served right now.
 */
export function errorAbout(api: ApiSpec, subject: string | undefined, missing: boolean): NonNullable<PlannedCall['error']> {
  if (!opaqueId(api, subject)) return 'unavailable';
  return missing ? 'not-found' : 'invalid-input';
}

/** A planned call. */
export function call(name: string, args: Readonly<Record<string, unknown>>, extra: Partial<PlannedCall> = {}): PlannedCall {
  return { name, arguments: args, ...extra };
}
