/**
 * The offline tool agent: a result following the API's `returns` schema that a reader finds
 * consistent with the call (result-plan.ts: echoes, filters, effects, today, counts), a pure
 * function of the tool, the canonical JSON of the arguments (keys sorted at every depth), the
 * dialogue's today and the user's city, so the same call always gets the same answer, whatever
 * the key order the caller used. The planner relies on this to compute, ahead of time, the
 * value a dependent call takes from an earlier result (see `valueAt`).
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import { Rng, subSeed } from '../../../core/rng.js';
import { generateObject, generateValue, type Schema } from '../../values/values.js';
import { kindOf } from '../../values/kinds.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { ItemWorld } from '../../../core/plan.js';
import { alignPlaces, alignPointPlaces, alignTextPlaces } from './place-agree.js';
import { alignVehicle, alignVin } from './vehicle-agree.js';
import { alignSeries } from './series-agree.js';
import { alignRecords } from './cve-agree.js';
import { alignDeviceStates } from './device-agree.js';
import { alignThingPrices } from '../../values/numbers.js';
import { agreeRecall, agreeStockFlags } from '../../values/siblings.js';
import { forEachObject } from '../../values/schema.js';
import { alignGame, gameOfCall } from './game-agree.js';
import { applyPlan, resultPlan } from './result-plan.js';
import { alignSpans } from './span-agree.js';
import { alignStops, alignCarrierCodes, alignFlights } from './flight-agree.js';
import { alignAlerts } from './alert-agree.js';
import { alignWeather } from './weather-agree.js';
import { alignClimate } from './climate-agree.js';
import { alignTerms } from './terms-agree.js';
import { alignTracking } from './tracking-agree.js';
import { alignQuiet } from './quiet-agree.js';
import { alignJobText } from './job-agree.js';
import { alignComparables } from './comparables-agree.js';
import { alignUsage } from './usage-agree.js';
import { alignSquads } from './squad-agree.js';
import { alignCitations } from './citation-agree.js';
import { alignPhones } from './phone-agree.js';
import { alignTextCounts } from './text-counts.js';
import { alignGrades } from './grade-agree.js';
import { alignReminders } from './reminder-agree.js';
import { alignOutcomes, alignRefusals, alignStamps } from './accepted-agree.js';
import { alignCycles } from './cycle-agree.js';
import { alignBars } from './bars-agree.js';
import { alignInteractions, alignVitalFlags } from './vitals-agree.js';
import { agreeBasis, alignCvss, alignUnits } from '../../values/units.js';
import { alignRates } from './rates-agree.js';
import { alignStatusDates } from './status-dates.js';
import { alignAttendees } from './attendee-agree.js';

type Obj = Record<string, unknown>;

/** A planned tool error (PlannedCall.error). */
export type ToolError = 'invalid-input' | 'not-found' | 'unavailable';

/** Top-level result keys that repeat the call's arguments (a final answer need not state them). */
export function echoKeys(api: ApiSpec): readonly string[] {
  return resultPlan(api).echoKeys;
}

/** Names of arguments that identify a thing: an id, a code, a number, a reference, a symbol, a SKU. */
const ID_LIKE = /(^|_)(id|code|number|ref|reference|symbol|sku)$/i;

/** The argument an error message is about: an id-like one first, else the first one. */
export function errorSubject(api: ApiSpec, args: Readonly<Obj>): string | undefined {
  const keys = Object.keys(args).filter((k) => typeof args[k] === 'string' || typeof args[k] === 'number');
  return keys.find((k) => ID_LIKE.test(k)) ?? keys[0];
}

/** Kinds of values from real tables: a service cannot call GB, USD, Europe/Paris or AAPL unknown or malformed. */
const REAL_KINDS = new Set(['ticker', 'currency', 'language', 'locale', 'country-code', 'country', 'state-code', 'state', 'airport', 'time-zone', 'exchange', 'unit', 'postal', 'city', 'region']);
/** Codes a service hands out itself (a discount code, a booking's), which can be unknown or expired. */
const OPAQUE_CODE = /(^|_)(discount|promo|promotion|coupon|voucher|gift|confirmation|booking|reservation|access|verification|auth|invite|invitation|referral|redeem|redemption|activation|pickup|tracking|order|product|item|course|class|room|event|ticket)_code$/;

/**
 * Whether the argument `key` names an opaque identifier a service may not know or may reject (an
 * order id, a SKU, a tracking number), rather than a value of a real table or one of the schema's
 * choices (a ticker, the zone GB, the units "metric"), which it can only fail to serve.
 */
export function opaqueId(api: ApiSpec, key: string | undefined): boolean {
  if (key === undefined || !ID_LIKE.test(key)) return false;
  // Codes of real tables (an airline's, an area's, an ICD code) and phone numbers are not made up by the service.
  const k = key.toLowerCase();
  if (/_code$/.test(k) && !OPAQUE_CODE.test(k)) return false;
  if (/(^|_)(phone|mobile|fax|telephone|tel)_number$/.test(k)) return false;
  const s = api.parameters.properties[key] as Schema | undefined;
  if (!s || Array.isArray(s.enum)) return false;
  return s.type !== 'string' || !REAL_KINDS.has(kindOf(key, '', s, api).kind);
}

export function errorResult(api: ApiSpec, args: Readonly<Obj>, error: ToolError): Obj {
  if (error === 'unavailable') return { error: { code: 'UNAVAILABLE', status: 503, message: 'The service is temporarily unavailable. Try again in a few minutes.' } };
  const k = errorSubject(api, args);
  const label = k === undefined ? 'request' : k.replace(/[_-]+/g, ' ');
  const v = k === undefined ? '' : ` ${String(args[k])}`;
  return error === 'not-found'
    ? { error: { code: 'NOT_FOUND', status: 404, message: `No record matches ${label}${v}`, ...(k ? { param: k } : {}) } }
    : { error: { code: 'INVALID_ARGUMENT', status: 400, message: `The ${label}${v} is not valid for ${api.name}`, ...(k ? { param: k } : {}) } };
}

/**
 * The offline tool agent: a result following the API's response schema and the call, the same
 * for the same call (name + canonical arguments + today + city) at the same moment (`at`, the
 * call's moment on the item's clock, clock.ts; a working hour drawn from the call when absent).
 * With `error`, the planned error object instead.
 */
export function offlineToolResult(api: ApiSpec, args: Readonly<Obj>, world: ItemWorld, error?: ToolError, at?: string): unknown {
  if (error) return errorResult(api, args, error);
  // The same call on the same day in the same place gets the same answer.
  const key = `${api.name}\u0000${canonicalJson(args)}\u0000${world.today}\u0000${world.locale.city}`;
  // The planner computes the results dependent calls read; the simulator then asks again.
  const hit = recent.get(`${key}\u0000${at ?? ''}`);
  if (hit !== undefined && hit.api === api) return hit.result;
  const rng = new Rng(subSeed(0x70_01_f0, key));
  const returns = api.returns as Schema;
  let result: unknown;
  if (returns.type !== 'object' && !returns.properties) result = generateValue(returns, rng, 'result', -1, { world, api });
  else {
    result = alignResult(api, generateObject(returns, rng, { optionalRate: 0.7, world, api }), args, world, rng, at);
  }
  if (recent.size >= 64) recent.clear();
  recent.set(`${key}\u0000${at ?? ''}`, { api, result });
  return result;
}

/**
 * A result object made to follow from its call: the API's result rules (echoes, filters, dates,
 * counts, the user's currency), places that agree, the asked game. Edits and returns `result`.
 * The offline tool agent applies it to what it draws; the LLM tool agent to the model's answer.
 */
export function alignResult(api: ApiSpec, result: Obj, args: Readonly<Obj>, world: ItemWorld, rng: Rng, at?: string): Obj {
  const returns = api.returns as Schema;
  // The call's own working hour is still drawn when the item's clock gives the moment, so every value drawn after it stays as it was.
  if (at !== undefined) rng.int(8, 19) + rng.int(0, 3);
  // Before the date rules (a filter's window takes a series as a whole), and after them for the entries they add.
  alignSeries(result, returns, world.today);
  applyPlan(resultPlan(api), api, result, args, world, rng, at);
  alignSeries(result, returns, world.today, false);
  agreeStockFlags(result, args);
  alignComparables(result, world);
  alignPlaces(result, returns);
  alignPointPlaces(result, returns, api.name, args, rng);
  alignTextPlaces(result, returns, args);
  alignVehicle(result, returns, args);
  alignVin(result, returns, args);
  alignSpans(result, returns, api.name, args);
  alignFlights(result, returns, args, world);
  alignStops(result, returns);
  alignCarrierCodes(result, returns, args);
  alignTracking(result, returns, world);
  alignAlerts(result, api.name, args, world);
  alignClimate(result, returns, api.name, args, world, world.today);
  alignWeather(result, returns, typeof args.units === 'string' ? args.units : typeof args.unit === 'string' ? args.unit : undefined);
  alignSquads(result, returns, args);
  alignCitations(result, returns, args, world.today);
  alignPhones(result, returns);
  alignTextCounts(result, returns);
  alignGrades(result, returns);
  alignReminders(result, returns);
  alignRefusals(result, returns);
  alignStamps(result, returns);
  alignOutcomes(result, returns);
  // A component the call asked for is set by the rules after the recall's text was drawn.
  forEachObject(result, returns, (o, props) => agreeRecall(o, { properties: props }));
  alignUnits(result, returns);
  alignCvss(result, returns);
  alignRecords(result, returns);
  alignDeviceStates(result, returns);
  alignThingPrices(result, api.name);
  alignStatusDates(result, world.today, rng);
  alignCycles(result, returns, world.today, rng);
  alignUsage(result, returns, args, api.parameters as Schema, world.today, rng);
  alignBars(result, returns, rng, args);
  alignVitalFlags(result, returns, args);
  alignInteractions(result, args);
  agreeBasis(result);
  alignRates(result, returns, args, rng);
  alignTerms(result, returns, args);
  alignQuiet(result, returns, args);
  alignJobText(result, returns);
  alignAttendees(result, returns, args);
  const game = gameOfCall(args);
  if (game) alignGame(result, returns, game);
  return result;
}

/** The last few results (callers must not mutate them). */
const recent = new Map<string, { api: ApiSpec; result: unknown }>();

/** The value at a dotted path ("offers.0.offer_id") of a result, or undefined. */
export function valueAt(result: unknown, path: string): unknown {
  let cur: unknown = result;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[Number(part)] : (cur as Obj)[part];
  }
  return cur;
}
