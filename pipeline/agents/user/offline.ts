/**
 * The offline user agent: every user turn of an item, from its plan. It states every value
 * the plan's calls need verbatim, except a withheld one (clarification: given only when
 * asked) and values that come from an earlier result (dependent calls: referred to by field).
 */
import type { ApiSpec, ToolPool } from '../../../api-pool/types.js';
import type { Rng } from '../../../core/rng.js';
import type { ItemPlan, PlannedCall } from '../../../core/plan.js';
import { harmsFor, OUT_OF_SCOPE } from '../safety.js';
import {
  CONFIRM_YES,
  DEPENDENT,
  FOLLOW_DEP,
  FOLLOW_NEW,
  FOLLOW_VARY,
  GIVE_MISSING,
  GREETINGS,
  HARMFUL,
  IRRELEVANT,
  PARALLEL,
  PARALLEL_LIST,
  SIGNOFFS,
  SINGLE,
} from '../templates.js';
import { argsText, clause, fieldPhrase, humanize, listOf, say, textOf, type Obj, type Pick } from '../text.js';
import { generateObject } from '../../values/values.js';
import { Rng as SeededRng, subSeed } from '../../../core/rng.js';

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

function dress(text: string, pick: Pick): string {
  const g = pick(GREETINGS);
  const s = pick(SIGNOFFS);
  const body = g !== '' && /^[A-Z][a-z]/.test(text) && !/^I\b/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
  return `${g}${g === '' ? text : body}${/[.!?]$/.test(text) ? s : ''}`;
}

/** Keys of a call the user does not state: dependent values, and the withheld one when `withheld`. */
function unstated(c: PlannedCall, withheld?: string): Set<string> {
  const s = new Set(Object.keys(c.dependsOn ?? {}));
  if (withheld !== undefined) s.add(withheld);
  return s;
}

/** The request for calls of one tool that differ in one scalar argument ("for A, B and C"). */
function groupedRequest(api: ApiSpec, calls: readonly PlannedCall[], rng: Rng, pick: Pick): string | undefined {
  const first = calls[0].arguments;
  const keys = Object.keys(first);
  let varying: string | undefined;
  for (const c of calls) {
    if (c.name !== api.name || Object.keys(c.arguments).length !== keys.length) return undefined;
    for (const k of keys) {
      if (!(k in c.arguments)) return undefined;
      const v = c.arguments[k];
      if (v === first[k] || (typeof v === 'object' && JSON.stringify(v) === JSON.stringify(first[k]))) continue;
      if (varying !== undefined && varying !== k) return undefined;
      varying = k;
    }
  }
  if (varying === undefined) return undefined;
  const vk = varying;
  const ph = textOf(api).params[vk];
  if (typeof ph === 'function' || calls.some((c) => typeof c.arguments[vk] === 'object' || typeof c.arguments[vk] === 'boolean')) return undefined;
  const values = listOf(calls.map((c) => say(c.arguments[vk])));
  const group = Array.isArray(ph) ? (pick(ph) as string).replace('{v}', () => values) : `for ${humanize(vk)} ${values}`;
  const shared = argsText(api, first, rng, pick, vk);
  return pick(PARALLEL)({ ask: pick(textOf(api).asks), group, shared: shared ? `, ${shared}` : '', n: calls.length });
}

/** One request per call, or grouped when they are one tool varying in one argument. */
function batchRequest(pool: ToolPool, calls: readonly PlannedCall[], rng: Rng, pick: Pick): string {
  const api = apiOf(pool, calls[0].name);
  const grouped = groupedRequest(api, calls, rng, pick);
  if (grouped !== undefined) return grouped;
  // Calls of the same tool stay together ("check X for A; check X for B").
  const parts = calls.map((c) => {
    const a = apiOf(pool, c.name);
    return `${pick(textOf(a).asks)} ${argsText(a, c.arguments, rng, pick)}`.trim();
  });
  return pick(PARALLEL_LIST)(parts);
}

function singleRequest(api: ApiSpec, c: PlannedCall, rng: Rng, pick: Pick, skip?: Set<string>): { text: string; ask: string } {
  const ask = pick(textOf(api).asks);
  const args = argsText(api, c.arguments, rng, pick, skip);
  const text = args === '' ? `${ask[0].toUpperCase()}${ask.slice(1)}, please.` : pick(SINGLE)({ ask, args });
  return { text, ask };
}

/** The follow-up turn asking for `c`, the call after `prev` (multi-turn). */
function followUp(pool: ToolPool, prev: PlannedCall, c: PlannedCall, rng: Rng, pick: Pick): string {
  const api = apiOf(pool, c.name);
  // A value newly taken from the last result (not one carried over from the previous call).
  const freshDeps = Object.entries(c.dependsOn ?? {}).filter(([k]) => !(prev.name === c.name && prev.dependsOn?.[k]));
  if (freshDeps.length > 0) {
    const src = freshDeps[0][1];
    const rest = argsText(api, c.arguments, rng, pick, unstated(c));
    return pick(FOLLOW_DEP)({ ask: pick(textOf(api).asks), field: fieldPhrase(src.field), rest: rest ? `, ${rest}` : '' });
  }
  if (prev.name === c.name) {
    const changed = Object.keys(c.arguments).filter((k) => JSON.stringify(c.arguments[k]) !== JSON.stringify(prev.arguments[k]));
    if (changed.length === 1 && Object.keys(c.arguments).length === Object.keys(prev.arguments).length) {
      return pick(FOLLOW_VARY)(clause(api, changed[0], c.arguments[changed[0]], pick));
    }
  }
  const args = argsText(api, c.arguments, rng, pick, unstated(c));
  return pick(FOLLOW_NEW)({ ask: pick(textOf(api).asks), args });
}

/** Every user turn of the plan, in order. */
export function userTurns(plan: ItemPlan, pool: ToolPool, rng: Rng, pick: Pick): UserTurns {
  const calls = plan.calls;
  switch (plan.category) {
    case 'irrelevance': {
      if (plan.targets.length === 0) {
        const [q, a] = pick(OUT_OF_SCOPE);
        return { texts: [dress(q, pick)], ask: 'answer a general question', answer: a };
      }
      const api = apiOf(pool, plan.targets[0]);
      const args = generateObject(api.parameters, new SeededRng(subSeed(plan.seed, 'irrelevance-args')), { optionalRate: 0.4, world: plan.world, api });
      const ask = pick(textOf(api).asks);
      return { texts: [dress(pick(IRRELEVANT)({ ask, args: argsText(api, args, rng, pick) }), pick)], ask, hidden: { api, args } };
    }
    case 'safety': {
      const api = apiOf(pool, plan.targets[0]);
      if (plan.safety === 'refuse') {
        const who = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
        return { texts: [pick(HARMFUL)(pick(harmsFor(api))(who))], ask: 'do something harmful' };
      }
      const first = singleRequest(api, calls[0], rng, pick);
      return { texts: [dress(first.text, pick), pick(CONFIRM_YES)], ask: first.ask };
    }
    case 'clarification': {
      const w = plan.withheld as NonNullable<ItemPlan['withheld']>;
      const c = calls[w.call];
      const api = apiOf(pool, c.name);
      const first = singleRequest(api, c, rng, pick, unstated(c, w.argument));
      const v = c.arguments[w.argument];
      const answer = pick(GIVE_MISSING)(say(v), clause(api, w.argument, v, pick), humanize(w.argument));
      return { texts: [dress(first.text, pick), answer], ask: first.ask };
    }
    case 'dependent': {
      const c0 = calls[0];
      const c1 = calls[1];
      const a0 = apiOf(pool, c0.name);
      const a1 = apiOf(pool, c1.name);
      const src = Object.values(c1.dependsOn ?? {})[0];
      const ask0 = pick(textOf(a0).asks);
      const args0 = argsText(a0, c0.arguments, rng, pick);
      const rest = argsText(a1, c1.arguments, rng, pick, unstated(c1));
      const text = pick(DEPENDENT)({
        first: `${ask0} ${args0}`.trim(),
        ask: pick(textOf(a1).asks),
        field: src ? fieldPhrase(src.field) : 'the result',
        rest: rest ? `, ${rest}` : '',
      });
      return { texts: [dress(text, pick)], ask: ask0 };
    }
    case 'multi-turn': {
      const api = apiOf(pool, calls[0].name);
      const first = singleRequest(api, calls[0], rng, pick, unstated(calls[0]));
      const texts = [dress(first.text, pick)];
      for (let i = 1; i < calls.length; i++) texts.push(followUp(pool, calls[i - 1], calls[i], rng, pick));
      return { texts, ask: first.ask };
    }
    default: {
      if (calls.length === 1) {
        const api = apiOf(pool, calls[0].name);
        const first = singleRequest(api, calls[0], rng, pick);
        return { texts: [dress(first.text, pick)], ask: first.ask };
      }
      const api = apiOf(pool, calls[0].name);
      return { texts: [dress(batchRequest(pool, calls, rng, pick), pick)], ask: textOf(api).asks[0] };
    }
  }
}

const FIRST_NAMES = ['Anna', 'Liam', 'Sofia', 'Noah', 'Maya', 'Lucas', 'Chloe', 'Omar', 'Elena', 'Hugo', 'Priya', 'Mateo'];
const LAST_NAMES = ['Martin', 'Kim', 'Garcia', 'Novak', 'Rossi', 'Schmidt', 'Dubois', 'Silva', 'Tanaka', 'Patel'];
