/**
 * How a tool's result follows from its call, worked out once per API (a WeakMap per ApiSpec)
 * and applied per call to a result drawn from the `returns` schema: the rules of the lists, the
 * fields asked for, the user's currency, the call's effect, today, the asked dates, the filters, the echoes, the
 * asked state under another name (requested-state.ts), the games (games.ts), the counts and the ranges' order, in that order (a later rule keeps what an earlier one pinned
 * from the call). A batch tool answers each request with its own sub-result.
 */
import { requiredOf } from '../../values/schema.js';
import type { ApiSpec } from '../../../api-pool/types.js';
import type { ItemWorld } from '../../../core/plan.js';
import type { Rng } from '../../../core/rng.js';
import { generateObject, generateValue, typeOf, type Schema } from '../../values/values.js';
import { argLeaves, type CallContext, type Effect, type Obj, type Rule } from './call-context.js';
import { countRule } from './counts.js';
import { deltaRule } from './delta.js';
import { deliveryRule } from './delivery.js';
import { dietRule } from './diet-agree.js';
import { standingsRule } from './standings.js';
import { gamesRule } from './games.js';
import { bookedTimeRule } from './booked-time.js';
import { deadlineRule } from './deadlines.js';
import { scheduledStatusRule } from './scheduled-status.js';
import { dateFilterRule } from './date-filters.js';
import { todayRule } from './date-kinds.js';
import { dayNumber } from './days.js';
import { echoPlan, localeCurrencyRule } from './echo.js';
import { effectOf } from './effect-of.js';
import { effectRule } from './effects.js';
import { fieldsRule } from './fields-asked.js';
import { filterRule, listPlans, sizeRule } from './lists.js';
import { singular, snake, tokens } from './names.js';
import { orderRule } from './pairs.js';
import { requestedStateRule } from './requested-state.js';

interface Batch {
  /** The argument listing the requests and the result list answering them. */
  readonly arg: string;
  readonly list: string;
  readonly entry: Schema;
  readonly maxItems: number;
  readonly sub: ResultPlan;
}

export interface ResultPlan {
  /** The result's keys down to the object the rules edit (the result, or its data wrapper). */
  readonly bodyPath: readonly string[];
  readonly rules: readonly Rule[];
  readonly echoKeys: readonly string[];
  readonly effect: Effect;
  readonly batch?: Batch;
}

/** What an envelope holds beside its data: metadata and paging (a paginated variant's page and total_pages). */
const WRAPPER_KEYS = /^(data|meta|status|ok|success|request_id|errors|links|pagination|next_cursor|prev_cursor|previous_cursor|next_page|next_page_token|cursor|has_more|page|page_size|per_page|total_pages|warnings)$/;

function bodyPathOf(returns: Schema): string[] {
  const props = (returns.properties ?? {}) as Record<string, Schema>;
  return props.data?.properties && Object.keys(props).every((k) => WRAPPER_KEYS.test(snake(k))) ? ['data'] : [];
}

function batchOf(api: ApiSpec, params: Schema, body: Schema, depth: number): Batch | undefined {
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const list = Object.keys(props).find((k) => {
    const ip = ((props[k].items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
    return typeOf(props[k]) === 'array' && ip.index && ip.result?.properties;
  });
  const pp = (params.properties ?? {}) as Record<string, Schema>;
  const arrays = Object.keys(pp).filter((k) => typeOf(pp[k]) === 'array' && (pp[k].items as Schema | undefined)?.properties);
  if (!list || arrays.length !== 1 || depth > 2) return undefined;
  const entry = props[list].items as Schema;
  const sub = compile(api, pp[arrays[0]].items as Schema, (entry.properties as Record<string, Schema>).result, depth + 1);
  return { arg: arrays[0], list, entry, maxItems: typeof props[list].maxItems === 'number' ? (props[list].maxItems as number) : 50, sub };
}

function compile(api: ApiSpec, params: Schema, returns: Schema, depth: number): ResultPlan {
  const bodyPath = bodyPathOf(returns);
  const whole = bodyPath.length > 0 ? ((returns.properties as Record<string, Schema>).data as Schema) : returns;
  const batch = batchOf(api, params, whole, depth);
  // A batch's answers follow their own requests: the rules of the whole call leave them alone.
  const body = batch ? { ...whole, properties: Object.fromEntries(Object.entries(whole.properties as Record<string, Schema>).filter(([k]) => k !== batch.list)) } : whole;
  const leaves = argLeaves(params);
  const effect = effectOf(api);
  const nameTokens = tokens(api.name);
  const subject = new Set([...nameTokens, ...nameTokens.map(singular)]);
  const creates = effect === 'create';
  const lists = listPlans(body, leaves, subject, effect);
  const echo = echoPlan(body, leaves, subject, creates);
  const rules = [
    fieldsRule(params, body),
    lists.length > 0 ? sizeRule(lists) : undefined,
    localeCurrencyRule(body, leaves, api.name),
    effectRule(api, body, effect, leaves),
    todayRule(body, [...nameTokens, ...tenseOf(api)], effect),
    dateFilterRule(leaves, body, nameTokens),
    lists.length > 0 ? filterRule(lists) : undefined,
    echo.rule,
    bookedTimeRule(body, leaves),
    deadlineRule(body),
    requestedStateRule(body, leaves),
    scheduledStatusRule(body, leaves, nameTokens[0], effect),
    gamesRule(body),
    countRule(body, leaves),
    deltaRule(params, body),
    deliveryRule(api, body, effect),
    dietRule(api.name, leaves),
    standingsRule(body),
    orderRule(body, leaves),
  ].filter((r): r is Rule => r !== undefined);
  return { bodyPath, rules, echoKeys: echo.keys, effect, ...(batch ? { batch } : {}) };
}

/**
 * What the first sentence of a tool's description says of its time, as a name token: "List
 * upcoming concerts" lists what is ahead even when its name (find_artist_concerts) does not say.
 */
function tenseOf(api: ApiSpec): string[] {
  const purpose = (api.description ?? '').split(/(?<=[.!?])\s/)[0].toLowerCase();
  return /\b(upcoming|future)\b/.test(purpose) && !/\b(history|historical|past|previous)\b/.test(purpose) ? ['upcoming'] : [];
}

const plans = new WeakMap<ApiSpec, ResultPlan>();

/** The result plan of an API (compiled on first use). */
export function resultPlan(api: ApiSpec): ResultPlan {
  let p = plans.get(api);
  if (!p) plans.set(api, (p = compile(api, api.parameters as unknown as Schema, api.returns as Schema, 0)));
  return p;
}

/** Applies `plan` to `out` (a result drawn from the schema) for a call with `args`; returns `out`. */
export function applyPlan(plan: ResultPlan, api: ApiSpec, out: Obj, args: Readonly<Obj>, world: ItemWorld, rng: Rng, at?: string): Obj {
  let body: Obj = out;
  for (const k of plan.bodyPath) {
    const next = body[k];
    if (!next || typeof next !== 'object' || Array.isArray(next)) return out;
    body = next as Obj;
  }
  const today = dayNumber(world.today);
  // The moment of the call: a working hour of today.
  const now = at ?? `${world.today}T${String(rng.int(8, 19)).padStart(2, '0')}:${String(15 * rng.int(0, 3)).padStart(2, '0')}:00Z`;
  const c: CallContext = { args, world, rng, now, today, effect: plan.effect, pinned: new Map(), matched: new Map(), counters: new Map(), api };
  if (plan.batch) answerBatch(plan.batch, api, body, c);
  for (const r of plan.rules) r(body, c);
  return out;
}

/** Each request of a batch answered at its index by its own sub-result. */
function answerBatch(b: Batch, api: ApiSpec, body: Obj, c: CallContext): void {
  const reqs = c.args[b.arg];
  if (!Array.isArray(reqs)) return;
  const eprops = (b.entry.properties ?? {}) as Record<string, Schema>;
  const required = requiredOf(b.entry);
  body[b.list] = reqs.slice(0, b.maxItems).map((req, index) => {
    const e: Obj = {};
    for (const k in eprops) {
      if (k === 'index') e.index = index;
      else if (k === 'ok') e.ok = true;
      else if (k === 'result') {
        const r = generateObject(eprops.result, c.rng, { optionalRate: 0.7, world: c.world, api, inResult: true });
        e.result = req && typeof req === 'object' ? applyPlan(b.sub, api, r, req as Obj, c.world, c.rng, c.now) : r;
      } else if (required.has(k) && k !== 'error') e[k] = generateValue(eprops[k], c.rng, k, -1, { world: c.world, api, inResult: true });
    }
    return e;
  });
}
