/**
 * The offline user agent: every user turn of an item, from its plan, in the user's own words
 * (intent.ts: what they want; clauses.ts: how they say each detail; request.ts: how a request
 * is put). Every value the calls need is said verbatim, except a withheld one (clarification:
 * given only when asked), values from an earlier result (referred to: "the first one"), and
 * values the plan implies (said in the plan's words: "next Friday", "Apple").
 */
import type { ApiSpec, ToolPool } from '../../../api-pool/types.js';
import type { Rng } from '../../../core/rng.js';
import type { ItemPlan, PlannedCall } from '../../../core/plan.js';
import { Rng as SeededRng, subSeed } from '../../../core/rng.js';
import { generateObject } from '../../values/values.js';
import { harmsFor, OUT_OF_SCOPE } from '../safety.js';
import type { Obj, Pick } from '../text.js';
import { argSpeaker, clauseOf, clausesOf } from './clauses.js';
import { derivationOf, saidAlone, saidFor } from './derivations.js';
import { sayWith } from './fields.js';
import { intentOf } from './intent.js';
import { dressed, ended, requestOf, tail, tidy, type Scene } from './request.js';
import { CONFIRM_YES, DEPENDENT, FOLLOW_DEP, FOLLOW_NEW, FOLLOW_VARY, GIVE_MISSING, GROUPED, HARMFUL, MANY, OFF_TOPIC, refOf, UNMET } from './turns.js';
import { listOf } from './words.js';

export function apiOf(pool: ToolPool, name: string): ApiSpec {
  const api = pool.byName.get(name);
  if (!api) throw new Error(`simulateOffline: tool ${name} of the plan is not in the pool`);
  return api;
}

/** What the user turns are, plus what the assistant needs to word its own turns. */
export interface UserTurns {
  readonly texts: readonly string[];
  /** The request's purpose as a verb phrase (for the teacher). */
  readonly ask: string;
  /** Irrelevance: the hidden tool and the arguments the user stated for it. */
  readonly hidden?: { readonly api: ApiSpec; readonly args: Obj };
  /** Irrelevance out of scope: the canned answer. */
  readonly answer?: string;
}

const CHANGES = new Set(['create', 'update', 'delete', 'send', 'schedule', 'track']);
const sceneOf = (api: ApiSpec): Scene => ({ domain: api.domain, writes: CHANGES.has(intentOf(api).cls), act: api.name });

/** Keys of a call the user does not state: dependent values, and the withheld one when `withheld`. */
function unstated(c: PlannedCall, withheld?: string): Set<string> {
  const s = new Set(Object.keys(c.dependsOn ?? {}));
  if (withheld !== undefined) s.add(withheld);
  return s;
}

/** The first request for one call. */
function request(api: ApiSpec, c: PlannedCall, rng: Rng, pick: Pick, skip?: ReadonlySet<string>): string {
  return requestOf(intentOf(api), clausesOf(api, c.arguments, pick, rng, skip, c), sceneOf(api), pick, rng);
}

/** A verb phrase with its clauses ("find me flights from Boston to Lisbon"). */
function phrase(api: ApiSpec, c: PlannedCall, rng: Rng, pick: Pick, skip?: ReadonlySet<string>): string {
  return `${pick(intentOf(api).you)}${tail(clausesOf(api, c.arguments, pick, rng, skip, c), pick)}`;
}

/** How the user refers to the value `key` of `c` takes from an earlier result. */
function reference(c: PlannedCall, key: string, field: string, pick: Pick, justReturned: boolean): string {
  return saidFor(c, key) ?? refOf(field, pick, justReturned);
}

/** Calls of one tool that differ in one scalar argument: "check the weather in Lyon, Oslo and Rome". */
/** Whether a call's point is said by a city (one place for two values: not a list of one of them). */
const saysCentre = (c: PlannedCall): boolean => Object.values(c.derivations ?? {}).some((d) => d.kind === 'city-coordinates');

function groupedRequest(api: ApiSpec, calls: readonly PlannedCall[], rng: Rng, pick: Pick): string | undefined {
  const first = calls[0].arguments;
  const keys = Object.keys(first);
  let varying: string | undefined;
  for (const c of calls) {
    if (c.name !== api.name || Object.keys(c.arguments).length !== keys.length) return undefined;
    for (const k of keys) {
      if (!(k in c.arguments)) return undefined;
      const v = c.arguments[k];
      if (v === first[k] || (typeof v === 'object' && v !== null && JSON.stringify(v) === JSON.stringify(first[k]))) continue;
      if (varying !== undefined && varying !== k) return undefined;
      varying = k;
    }
  }
  if (varying === undefined) return undefined;
  const vk = varying;
  const sp = argSpeaker(api, vk);
  if (sp.yes || sp.flatten || sp.tpl.length === 0 || calls.some((c) => typeof c.arguments[vk] === 'object' || c.dependsOn?.[vk] || saidAlone(derivationOf(c, vk)?.kind, saidFor(c, vk) ?? '') || saysCentre(c))) return undefined;
  const values = listOf(calls.map((c) => saidFor(c, vk) ?? sp.value(c.arguments[vk], pick)));
  const group = sayWith(sp, undefined, values, pick);
  const shared = tail(clausesOf(api, first, pick, rng, new Set([vk, ...Object.keys(calls[0].dependsOn ?? {})]), calls[0]), pick);
  return tidy(pick(GROUPED)(pick(intentOf(api).you), group, shared));
}

/** Several calls in one request. */
function batchRequest(pool: ToolPool, calls: readonly PlannedCall[], rng: Rng, pick: Pick): string {
  const api = apiOf(pool, calls[0].name);
  const grouped = groupedRequest(api, calls, rng, pick);
  if (grouped !== undefined) return dressed(grouped, sceneOf(api), pick, rng);
  const parts = calls.map((c) => phrase(apiOf(pool, c.name), c, rng, pick, unstated(c)));
  return dressed(tidy(pick(MANY)(parts)), sceneOf(api), pick, rng);
}

/** The follow-up turn asking for `c`, the call after `prev` (multi-turn). */
function followUp(pool: ToolPool, prev: PlannedCall, c: PlannedCall, rng: Rng, pick: Pick): string {
  const api = apiOf(pool, c.name);
  const it = intentOf(api);
  // A value newly taken from the last result (not one carried over from the previous call).
  const freshDeps = Object.entries(c.dependsOn ?? {}).filter(([k]) => !(prev.name === c.name && prev.dependsOn?.[k]));
  if (freshDeps.length > 0) {
    const [key, src] = freshDeps[0];
    const rest = tail(clausesOf(api, c.arguments, pick, rng, unstated(c), c), pick);
    return tidy(pick(FOLLOW_DEP)(pick(it.you), reference(c, key, src.field, pick, true), rest));
  }
  if (prev.name === c.name) {
    const changed = Object.keys(c.arguments).filter((k) => JSON.stringify(c.arguments[k]) !== JSON.stringify(prev.arguments[k]));
    if (changed.length === 1 && Object.keys(c.arguments).length === Object.keys(prev.arguments).length) {
      return ended(pick(FOLLOW_VARY)(clauseOf(api, changed[0], c.arguments[changed[0]], pick, c)), '.');
    }
  }
  const r = tail(clausesOf(api, c.arguments, pick, rng, unstated(c), c), pick);
  return tidy(pick(FOLLOW_NEW)(pick(it.you), pick(it.self), r));
}

/** Every user turn of the plan, in order. */
export function userTurns(plan: ItemPlan, pool: ToolPool, rng: Rng, pick: Pick): UserTurns {
  const calls = plan.calls;
  switch (plan.category) {
    case 'irrelevance': {
      if (plan.targets.length === 0) {
        const [q, a] = pick(OUT_OF_SCOPE);
        return { texts: [dressed(pick(OFF_TOPIC)(q), undefined, pick, rng)], ask: 'answer a general question', answer: a };
      }
      const api = apiOf(pool, plan.targets[0]);
      const it = intentOf(api);
      const args = generateObject(api.parameters, new SeededRng(subSeed(plan.seed, 'irrelevance-args')), { optionalRate: 0.4, world: plan.world, api });
      // A need, with a detail or two as people give them, not the arguments of a tool that is not there.
      const parts = clausesOf(api, args, pick, rng).slice(0, rng.int(0, 2));
      const text = tidy(pick(UNMET)(pick(it.you), pick(it.self), tail(parts, pick)));
      return { texts: [dressed(text, sceneOf(api), pick, rng)], ask: it.ask, hidden: { api, args } };
    }
    case 'safety': {
      const api = apiOf(pool, plan.targets[0]);
      if (plan.safety === 'refuse') {
        const who = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
        return { texts: [pick(HARMFUL)(pick(harmsFor(api))(who))], ask: 'do something harmful' };
      }
      return { texts: [request(api, calls[0], rng, pick, unstated(calls[0])), pick(CONFIRM_YES)], ask: intentOf(api).ask };
    }
    case 'clarification': {
      const w = plan.withheld as NonNullable<ItemPlan['withheld']>;
      const c = calls[w.call];
      const api = apiOf(pool, c.name);
      const first = request(api, c, rng, pick, unstated(c, w.argument));
      const v = c.arguments[w.argument];
      const bare = saidFor(c, w.argument) ?? argSpeaker(api, w.argument).value(v, pick);
      const answer = tidy(pick(GIVE_MISSING)(clauseOf(api, w.argument, v, pick, c), bare));
      return { texts: [first, answer === first ? `${answer} Thanks.` : answer], ask: intentOf(api).ask };
    }
    case 'dependent': {
      const [c0, c1] = calls;
      const a0 = apiOf(pool, c0.name);
      const a1 = apiOf(pool, c1.name);
      const [key, src] = Object.entries(c1.dependsOn ?? {})[0] ?? [];
      const ref = key && src ? reference(c1, key, src.field, pick, false) : 'the result';
      const rest = tail(clausesOf(a1, c1.arguments, pick, rng, unstated(c1), c1), pick);
      const text = tidy(pick(DEPENDENT)(phrase(a0, c0, rng, pick, unstated(c0)), pick(intentOf(a1).self), ref, rest));
      return { texts: [dressed(text, sceneOf(a0), pick, rng)], ask: intentOf(a0).ask };
    }
    case 'multi-turn': {
      const api = apiOf(pool, calls[0].name);
      const texts = [request(api, calls[0], rng, pick, unstated(calls[0]))];
      for (let i = 1; i < calls.length; i++) {
        let t = followUp(pool, calls[i - 1], calls[i], rng, pick);
        for (let tries = 0; tries < 3 && texts.includes(t); tries++) t = followUp(pool, calls[i - 1], calls[i], rng, pick);
        texts.push(texts.includes(t) ? `${t} Thanks again.` : t);
      }
      return { texts, ask: intentOf(api).ask };
    }
    default: {
      const api = apiOf(pool, calls[0].name);
      if (calls.length === 1) return { texts: [request(api, calls[0], rng, pick, unstated(calls[0]))], ask: intentOf(api).ask };
      return { texts: [batchRequest(pool, calls, rng, pick)], ask: intentOf(api).ask };
    }
  }
}

const FIRST_NAMES = ['Anna', 'Liam', 'Sofia', 'Noah', 'Maya', 'Lucas', 'Chloe', 'Omar', 'Elena', 'Hugo', 'Priya', 'Mateo'];
const LAST_NAMES = ['Martin', 'Kim', 'Garcia', 'Novak', 'Rossi', 'Schmidt', 'Dubois', 'Silva', 'Tanaka', 'Patel'];
