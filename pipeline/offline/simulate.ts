/**
 * simulate, offline backend: turn a plan into a whole dialogue (user request, assistant tool
 * calls with a rationale, tool answers, final answer) with no model and no network. A pure
 * function of the plan, the pool and the options.
 *
 * The user text states every argument value of every planned call verbatim, so a model
 * trained on the record never has to invent an argument. With probability `noiseRate` the
 * assistant makes one realistic mistake; those records exist to exercise the verifiers and
 * must be rejected by them.
 */
import type { ApiSpec, ToolPool } from '../../api-pool/types.js';
import type { CanonicalRecord, Message, ToolCall, ToolDefinition } from '../../output/record.js';
import { irrelevanceTarget } from '../planner.js';
import { Rng, subSeed } from '../rng.js';
import type { ItemPlan, PlannedCall } from '../types.js';
import { TOOL_PHRASES, type ParamPhrase } from './phrases.js';
import { generateObject, generateValue, type Schema } from './values.js';

export interface SimulateOptions {
  /** Record id, e.g. `job-000042`. */
  readonly id: string;
  /** Dataset split the record belongs to. */
  readonly split: string;
  /** Probability in [0, 1] that the assistant makes one verifiable mistake. */
  readonly noiseRate: number;
}

/** The mistakes the offline assistant can make, each one a verifier must catch. */
export const MISTAKES = [
  'wrong-type',
  'missing-required',
  'unknown-param',
  'enum-violation',
  'unknown-tool',
  'irrelevance-call',
  'dangling-call',
  'invalid-json',
] as const;
export type Mistake = (typeof MISTAKES)[number];

type Obj = Record<string, unknown>;
type Pick = <T>(items: readonly T[]) => T;

// ── small text helpers ─────────────────────────────────────────────────────────────────
const cap = (s: string): string => (s === '' ? s : s[0].toUpperCase() + s.slice(1));
const labels = new Map<string, string>();
/** "departure_date" -> "departure date" (memoised: the same few hundred keys recur). */
function humanize(key: string): string {
  let l = labels.get(key);
  if (l === undefined) {
    l = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().trim();
    if (labels.size < 10_000) labels.set(key, l);
  }
  return l;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A value as a person would state it; strings stay verbatim. */
function say(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return listOf(v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? sayObjectInList(x as Obj) : say(x))));
  if (v && typeof v === 'object') return sayObject(v as Obj);
  return String(v);
}

function sayObject(o: Obj): string {
  const keys = Object.keys(o);
  const q = keys.find((k) => /quantity|count|qty/i.test(k));
  if (q && keys.length === 2) return `${say(o[q])} x ${say(o[keys[0] === q ? keys[1] : keys[0]])}`;
  return keys.map((k) => `${humanize(k)} ${say(o[k])}`).join(', ');
}

function sayObjectInList(o: Obj): string {
  const s = sayObject(o);
  return s.includes(',') ? `(${s})` : s;
}

// ── per-tool phrasing (cached per ApiSpec) ─────────────────────────────────────────────
interface ToolText {
  readonly asks: readonly string[];
  /** What the tool does, from its description, as a verb phrase ("get the ..."). */
  readonly does: string;
  /** The same, cut before its first comma or parenthesis, to list beside others. */
  readonly short: string;
  readonly params: Readonly<Record<string, ParamPhrase>>;
  readonly def: ToolDefinition;
  /** Result keys copied from the call's arguments (city, symbol...): see resultOf. */
  readonly echo: readonly string[];
}
const toolText = new WeakMap<ApiSpec, ToolText>();

/** "Get the current weather for a city." -> "get the current weather for a city". */
function askFromDescription(description: string): string {
  let s = description.split(/(?<=[.!?])\s/)[0].replace(/[.!?]+$/, '').trim();
  s = s.replace(/^(\w+?)(e?s)\b/, (m, stem: string, suffix: string) =>
    /^(gets|returns|retrieves|fetches|finds|creates|sends|lists|searches|calculates|computes|checks|books|converts|updates|deletes|looks)$/i.test(m)
      ? stem + (suffix === 'es' && !/(ch|sh|x|ss)$/i.test(stem) ? 'e' : '')
      : m,
  );
  if (s.length > 1 && s[1] !== s[1].toUpperCase()) s = s[0].toLowerCase() + s.slice(1);
  return s || 'use a tool';
}

function bare(schema: unknown): string {
  if (!schema || typeof schema !== 'object') return '';
  const { description: _d, title: _t, ...rest } = schema as Obj;
  return JSON.stringify(rest);
}

function textOf(api: ApiSpec): ToolText {
  let t = toolText.get(api);
  if (t) return t;
  const phrases = TOOL_PHRASES[api.name];
  // Echo a result key only where the argument is certainly valid for it too.
  const retProps = ((api.returns as Obj).properties ?? {}) as Record<string, Schema>;
  const echo: string[] = [];
  for (const k in retProps) {
    const p = api.parameters.properties[k];
    if (!p) continue;
    const r = bare(retProps[k]);
    if (r === bare(p) || (r === '{"type":"string"}' && p.type === 'string')) echo.push(k);
  }
  t = {
    asks: phrases?.asks ?? [askFromDescription(api.description)],
    does: askFromDescription(api.description),
    short: askFromDescription(api.description).split(/,| \(/)[0],
    params: phrases?.params ?? {},
    def: { type: 'function', function: { name: api.name, description: api.description, parameters: api.parameters } },
    echo,
  };
  toolText.set(api, t);
  return t;
}

const STYLES = [0, 1, 2, 3] as const;

function clause(api: ApiSpec, key: string, v: unknown, pick: Pick): string {
  const ph = textOf(api).params[key];
  if (typeof ph === 'function') return ph(v);
  if (Array.isArray(ph)) {
    const s = say(v);
    return (pick(ph) as string).replace('{v}', () => s);
  }
  if (ph && typeof v === 'boolean') {
    const b = ph as { yes: readonly string[]; no: readonly string[] };
    return pick(v ? b.yes : b.no);
  }
  // Only the chosen wording is built: this runs for every argument of every item.
  const label = humanize(key);
  const style = pick(STYLES);
  if (typeof v === 'boolean') return style < 2 ? `${label}: ${v ? 'yes' : 'no'}` : `with ${label} turned ${v ? 'on' : 'off'}`;
  if (typeof v === 'number') {
    const f = fact(key, v); // "annual rate 6.5%", "radius 500 m"
    return style === 0 ? f : style === 1 ? `with ${f}` : `for ${f}`;
  }
  const s = say(v);
  return style === 0 ? `${label} ${s}` : style === 1 ? `${label}: ${s}` : style === 2 ? `with ${label} ${s}` : `${label} set to ${s}`;
}

/** Every argument as a clause: the first one stays first, the rest in a shuffled order. */
function argsText(api: ApiSpec, args: Readonly<Obj>, rng: Rng, pick: Pick, skip?: string): string {
  const keys = Object.keys(args).filter((k) => k !== skip);
  const rest = keys.length > 2 ? [keys[0], ...rng.shuffle(keys.slice(1))] : keys;
  return rest.map((k) => clause(api, k, args[k], pick)).join(', ');
}

// ── templates ──────────────────────────────────────────────────────────────────────────
interface Req {
  readonly ask: string;
  readonly args: string;
}

const SYSTEM: readonly ((date: string, name: string) => string)[] = [
  () => 'You are a helpful assistant with access to tools. Call a tool when it helps answer the user; if no tool fits, say so plainly.',
  () => 'You are an AI assistant that can call functions. Use only the functions provided, with arguments that match their schemas. If none applies, answer without calling any.',
  (_d, n) => `You are ${n}, a concise assistant. Use the available tools to act on requests, and never invent a tool or an argument.`,
  (d) => `Today is ${d}. You help users by calling the provided tools when appropriate and answering from their results.`,
  () => 'You are a function-calling assistant. Decide which tool fits the request, call it with precise arguments, and report the result briefly.',
  (d, n) => `${n} here, an assistant with tool access. Current date: ${d}. Prefer calling a tool over guessing; explain when a request is out of scope.`,
];
const ASSISTANT_NAMES = ['Atlas', 'Nova', 'Sage', 'Orbit', 'Juniper', 'Pilot'];

const SINGLE: readonly ((r: Req) => string)[] = [
  (r) => `Can you ${r.ask} ${r.args}?`,
  (r) => `I need to ${r.ask} ${r.args}.`,
  (r) => `Please ${r.ask} ${r.args}.`,
  (r) => `Hey, could you ${r.ask} ${r.args}? Thanks!`,
  (r) => `${cap(r.ask)} ${r.args}.`,
  (r) => `Quick one: ${r.ask} ${r.args}, please.`,
  (r) => `I'd like you to ${r.ask}. Details: ${r.args}.`,
  (r) => `Help me ${r.ask} ${r.args}, please.`,
  (r) => `Would you ${r.ask} for me? Here is what I have: ${r.args}.`,
  (r) => `I want to ${r.ask} ${r.args}. Can you handle that?`,
  (r) => `Hi there. I have to ${r.ask} ${r.args} and I'm short on time.`,
  (r) => `Could you please ${r.ask}, ${r.args}?`,
];

interface ParReq {
  readonly ask: string;
  /** The varying argument over all calls, e.g. "in Lyon, Oslo and Rome". */
  readonly group: string;
  /** Shared arguments, with a leading ", " when present. */
  readonly shared: string;
  readonly n: number;
}
const PARALLEL: readonly ((r: ParReq) => string)[] = [
  (r) => `Can you ${r.ask} ${r.group}${r.shared}?`,
  (r) => `I need to ${r.ask} for several at once: ${r.group}${r.shared}.`,
  (r) => `Please ${r.ask} ${r.group}, each one separately${r.shared}.`,
  (r) => `${cap(r.ask)} ${r.group}${r.shared}, please.`,
  (r) => `Could you ${r.ask} ${r.group}${r.shared}? I want to compare all ${r.n}.`,
  (r) => `I'm comparing options: ${r.ask} ${r.group}${r.shared}.`,
  (r) => `Do these ${r.n} in one go: ${r.ask} ${r.group}${r.shared}.`,
  (r) => `Hi! ${cap(r.ask)} ${r.group}${r.shared}. Thanks a lot.`,
  (r) => `For a side-by-side view, ${r.ask} ${r.group}${r.shared}.`,
];
const PARALLEL_LIST: readonly ((parts: readonly string[]) => string)[] = [
  (p) => `I have ${p.length} requests. ${p.map((x, i) => `${i + 1}) ${cap(x)}.`).join(' ')}`,
  (p) => `Please do all of these: ${p.join('; ')}.`,
  (p) => `First, ${p[0]}. ${p.slice(1).map((x) => `Also ${x}.`).join(' ')}`,
  (p) => `Can you handle a batch for me? ${p.map((x) => `${cap(x)}.`).join(' ')}`,
];

const IRRELEVANT: readonly ((r: Req) => string)[] = [
  (r) => `Can you ${r.ask} ${r.args}?`,
  (r) => `I was hoping you could ${r.ask} ${r.args}.`,
  (r) => `Please ${r.ask} ${r.args}.`,
  (r) => `${cap(r.ask)} ${r.args}, thanks.`,
  (r) => `Is it possible for you to ${r.ask} ${r.args}?`,
  (r) => `My friend said you can ${r.ask}. So: ${r.args}.`,
  (r) => `Hey, I need to ${r.ask} ${r.args}. Go ahead.`,
  (r) => `Could you ${r.ask}? The details are ${r.args}.`,
  (r) => `Before I forget, ${r.ask} ${r.args}.`,
];

interface Decline {
  readonly ask: string;
  readonly can: string;
}
const DECLINE: readonly ((d: Decline) => string)[] = [
  (d) => `I'm sorry, but I can't ${d.ask}: none of the tools I have covers that. I can ${d.can}.`,
  (d) => `Unfortunately that is outside what I can do here. My tools only let me ${d.can}, so I can't ${d.ask}. A dedicated service would be the best place for it.`,
  (d) => `None of the available tools can ${d.ask}. What I can do is ${d.can}. Would any of that help?`,
  (d) => `I don't have a tool for that request. I'm able to ${d.can}, but not to ${d.ask}.`,
  (d) => `That's not something I can do with the tools available in this conversation (I can ${d.can}). You'll need another app to ${d.ask}.`,
  (d) => `I can't help with that one: there is no tool here to ${d.ask}. If it's useful, I can ${d.can}.`,
];

interface Why {
  readonly tool: string;
  readonly ask: string;
  readonly desc: string;
  readonly req: string;
  readonly others: string;
}
const REASONING: readonly ((w: Why) => string)[] = [
  (w) => `The user wants to ${w.ask}. ${w.tool} does exactly that (${w.desc}) and the request gives ${w.req}. ${w.others}`,
  (w) => `${w.tool} matches the request: ${w.desc}. ${w.others} The user stated ${w.req}, so nothing has to be guessed.`,
  (w) => `This is a request to ${w.ask}, which is what ${w.tool} is for. ${w.others}`,
  (w) => `Only ${w.tool} can ${w.ask}; its arguments come straight from the message (${w.req}). ${w.others}`,
];

const FINAL: readonly ((facts: string, tool: string) => string)[] = [
  (f) => `Here's what I found: ${f}.`,
  (f) => `Done. ${cap(f)}.`,
  (f, t) => `According to ${t}, ${f}.`,
  (f) => `All set: ${f}.`,
  (f) => `The result is in: ${f}.`,
  (f) => `Okay, ${f}. Let me know if you need anything else.`,
];
const FINAL_MANY: readonly ((lines: readonly string[]) => string)[] = [
  (l) => `Here are the results:\n${l.map((x) => `- ${x}`).join('\n')}`,
  (l) => `Done, one by one:\n${l.map((x) => `- ${x}`).join('\n')}`,
  (l) => `${l.map((x) => `${cap(x)}.`).join(' ')}`,
  (l) => `I ran ${l.length === 2 ? 'both' : `all ${l.length}`} requests. ${l.map((x) => `${cap(x)}.`).join(' ')}`,
];

// ── results and the final answer ───────────────────────────────────────────────────────
const UNIT_SUFFIXES: readonly (readonly [string, string])[] = [
  ['_pct', '%'],
  ['_usd', ' USD'],
  ['_kph', ' km/h'],
  ['_km', ' km'],
  ['_minutes', ' minutes'],
  ['_min', ' min'],
  ['_kg', ' kg'],
  ['_cm', ' cm'],
  ['_m', ' m'],
  ['_c', ' °C'],
];

function fact(key: string, v: unknown): string {
  let label = key;
  let unit = '';
  for (const [suffix, u] of UNIT_SUFFIXES) {
    if (key.endsWith(suffix)) {
      label = key.slice(0, -suffix.length);
      unit = u;
      break;
    }
  }
  label = humanize(label);
  if (typeof v === 'boolean') return `${label}: ${v ? 'yes' : 'no'}`;
  if (typeof v === 'string') return `${label} ${/^[a-z]+(_[a-z0-9]+)+$/.test(v) ? v.replace(/_/g, ' ') : v}`;
  return `${label} ${say(v)}${unit}`;
}

/**
 * Up to `max` facts from a tool result. Keys in `later` (those that merely echo the request)
 * come only after the others, and not at all when `dropLater` (a heading already says them).
 */
function factsOf(result: unknown, later: readonly string[], max: number, dropLater = false): string[] {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return [`the result is ${say(result)}`];
  const o = result as Obj;
  if (typeof o.error === 'string') return [`the tool reported an error (${o.error})`];
  const out: string[] = [];
  const add = (k: string): void => {
    const v = o[k];
    if (Array.isArray(v)) {
      const label = humanize(k);
      if (v.length === 0) out.push(`no ${label}`);
      else if (v[0] && typeof v[0] === 'object') {
        const n = v.length === 1 && label.endsWith('s') ? `1 ${label.slice(0, -1)}` : `${v.length} ${label}`;
        out.push(`${n} (${v.length === 1 ? '' : 'first: '}${factsOf(v[0], [], 3).join(', ')})`);
      }
      else out.push(`${label}: ${listOf(v.map(say))}`);
    } else if (v && typeof v === 'object') {
      out.push(`${humanize(k)}: ${factsOf(v, [], 2).join(', ')}`);
    } else out.push(fact(k, v));
  };
  for (const k in o) {
    if (out.length >= max) break;
    if (!later.includes(k)) add(k);
  }
  if (!dropLater) {
    for (const k of later) {
      if (out.length >= max) break;
      if (k in o) add(k);
    }
  }
  return out.length > 0 ? out : ['the request went through'];
}

/** The tool's answer: generated from its `returns` schema, seeded by the call itself. */
/** The offline tool agent: a result following the API's response schema, the same for the same call. */
export function offlineToolResult(api: ApiSpec, args: Readonly<Obj>): unknown {
  return resultOf(api, args, JSON.stringify(args));
}

function resultOf(api: ApiSpec, args: Readonly<Obj>, argsJson: string): unknown {
  const rng = new Rng(subSeed(0x70_01_f0, `${api.name}\u0000${argsJson}`));
  const returns = api.returns as Schema;
  if (returns.type !== 'object' && !returns.properties) return generateValue(returns, rng, 'result');
  const out = generateObject(returns, rng, { optionalRate: 0.7 });
  for (const k of textOf(api).echo) if (k in args) out[k] = args[k];
  return out;
}

// ── mistakes ───────────────────────────────────────────────────────────────────────────
interface Call {
  id: string;
  name: string;
  args: Obj;
  json: string;
  /** The tool answers with an error instead of a result. */
  broken: boolean;
  api?: ApiSpec;
}

const EXTRA_PARAMS: readonly (readonly [string, unknown])[] = [
  ['limit', 10],
  ['verbose', true],
  ['language', 'en'],
  ['timezone', 'UTC'],
  ['user_id', 'me'],
  ['format', 'json'],
];

function wrongTypeOf(schema: Schema | undefined, v: unknown): unknown {
  switch (schema?.type) {
    case 'string':
      // Models send "12345" as 12345, or wrap a single value in a list.
      return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : [v];
    case 'integer':
    case 'number':
    case 'boolean':
      return String(v);
    case 'array':
      return Array.isArray(v) ? v.map(say).join(', ') : undefined;
    case 'object':
      return JSON.stringify(v);
    default:
      return undefined;
  }
}

function enumViolationOf(schema: Schema | undefined, v: unknown): unknown {
  const values = schema?.enum;
  if (!Array.isArray(values)) return undefined;
  const candidates: unknown[] =
    typeof v === 'string' ? [cap(v), v.toUpperCase(), v.replace(/_/g, ' '), `${v}s`, 'other'] : typeof v === 'number' ? [v + 1, v * 2 + 3] : [];
  return candidates.find((c) => c !== v && !values.includes(c));
}

/** The mistakes that make sense for this item, in a fixed order. */
function applicableMistakes(plan: ItemPlan, calls: readonly Call[]): Mistake[] {
  if (plan.category === 'irrelevance') return ['irrelevance-call', 'unknown-tool'];
  const out: Mistake[] = ['unknown-tool', 'dangling-call'];
  const has = (test: (api: ApiSpec, k: string, v: unknown) => boolean): boolean =>
    calls.some((c) => c.api !== undefined && Object.keys(c.args).some((k) => test(c.api as ApiSpec, k, c.args[k])));
  if (has((api, k, v) => wrongTypeOf(api.parameters.properties[k], v) !== undefined)) out.push('wrong-type');
  if (has((api, k) => (api.parameters.required ?? []).includes(k))) out.push('missing-required');
  if (calls.some((c) => c.api?.parameters.additionalProperties === false)) out.push('unknown-param');
  if (has((api, k, v) => enumViolationOf(api.parameters.properties[k], v) !== undefined)) out.push('enum-violation');
  if (calls.some((c) => Object.keys(c.args).length > 0)) out.push('invalid-json');
  return out;
}

/** Apply an argument-level mistake to one call that allows it. */
function corruptCall(mistake: Mistake, calls: Call[], shown: ReadonlySet<string>, rng: Rng): void {
  const order = rng.shuffle(calls.map((_, i) => i));
  for (const i of order) {
    const c = calls[i];
    const api = c.api;
    const keys = rng.shuffle(Object.keys(c.args));
    const props = api?.parameters.properties ?? {};
    if (mistake === 'unknown-tool') {
      const candidates = [`${c.name}_v2`, c.name.replace(/_(\w)/g, (_m, ch: string) => ch.toUpperCase()), `${c.name}s`, `my_${c.name}`];
      const fresh = candidates.filter((n) => n !== c.name && !shown.has(n) && /^[a-zA-Z0-9_-]{1,64}$/.test(n));
      c.name = fresh.length > 0 ? rng.pick(fresh) : 'unknown_tool';
      c.broken = true;
      return;
    }
    if (mistake === 'invalid-json' && keys.length > 0) {
      const variants = [c.json.replace(/"/g, "'"), `${c.json.slice(0, -1)},}`, c.json.slice(0, -1)];
      c.json = rng.pick(variants);
      c.broken = true;
      return;
    }
    for (const k of keys) {
      let next: Obj | undefined;
      if (mistake === 'wrong-type') {
        const w = wrongTypeOf(props[k], c.args[k]);
        if (w !== undefined) next = { ...c.args, [k]: w };
      } else if (mistake === 'enum-violation') {
        const w = enumViolationOf(props[k], c.args[k]);
        if (w !== undefined) next = { ...c.args, [k]: w };
      } else if (mistake === 'missing-required' && (api?.parameters.required ?? []).includes(k)) {
        next = { ...c.args };
        delete next[k];
      }
      if (next) {
        c.args = next;
        c.json = JSON.stringify(next);
        c.broken = true;
        return;
      }
    }
    if (mistake === 'unknown-param' && api?.parameters.additionalProperties === false) {
      const extra = EXTRA_PARAMS.find(([k]) => !(k in props)) as readonly [string, unknown];
      c.args = { ...c.args, [extra[0]]: extra[1] };
      c.json = JSON.stringify(c.args);
      c.broken = true;
      return;
    }
  }
  throw new Error(`simulateOffline: mistake ${mistake} does not apply`); // applicableMistakes guards this
}

// ── the dialogue ───────────────────────────────────────────────────────────────────────
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function callId(rng: Rng): string {
  let s = 'call_';
  for (let i = 0; i < 12; i++) s += ID_CHARS[Math.floor(rng.next() * ID_CHARS.length)];
  return s;
}

function apiOf(pool: ToolPool, name: string): ApiSpec {
  const api = pool.byName.get(name);
  if (!api) throw new Error(`simulateOffline: tool ${name} of the plan is not in the pool`);
  return api;
}

/** The request for calls of one tool that differ in one scalar argument ("for A, B and C"). */
function groupedRequest(api: ApiSpec, calls: readonly PlannedCall[], rng: Rng, pick: Pick): string | undefined {
  const first = calls[0].arguments;
  const keys = Object.keys(first);
  let varying: string | undefined;
  for (const c of calls) {
    if (c.name !== api.name || Object.keys(c.arguments).length !== keys.length) return undefined;
    for (const k of keys) {
      const v = c.arguments[k];
      if (!(k in c.arguments)) return undefined;
      if (v === first[k] || (typeof v === 'object' && JSON.stringify(v) === JSON.stringify(first[k]))) continue;
      if (varying !== undefined && varying !== k) return undefined;
      varying = k;
    }
  }
  if (varying === undefined) return undefined;
  const vk = varying;
  const ph = textOf(api).params[vk];
  if (typeof ph === 'function' || calls.some((c) => typeof c.arguments[vk] === 'object' || typeof c.arguments[vk] === 'boolean')) {
    return undefined;
  }
  const values = listOf(calls.map((c) => say(c.arguments[vk])));
  const group = Array.isArray(ph) ? (pick(ph) as string).replace('{v}', () => values) : `for ${humanize(vk)} ${values}`;
  const shared = argsText(api, first, rng, pick, vk);
  return pick(PARALLEL)({ ask: pick(textOf(api).asks), group, shared: shared ? `, ${shared}` : '', n: calls.length });
}

function userRequest(plan: ItemPlan, pool: ToolPool, rng: Rng, pick: Pick): { text: string; ask: string } {
  if (plan.calls.length === 1) {
    const api = apiOf(pool, plan.calls[0].name);
    const ask = pick(textOf(api).asks);
    return { text: pick(SINGLE)({ ask, args: argsText(api, plan.calls[0].arguments, rng, pick) }), ask };
  }
  const api = apiOf(pool, plan.calls[0].name);
  const grouped = groupedRequest(api, plan.calls, rng, pick);
  if (grouped !== undefined) return { text: grouped, ask: textOf(api).asks[0] };
  const parts = plan.calls.map((c) => {
    const a = apiOf(pool, c.name);
    return `${pick(textOf(a).asks)} ${argsText(a, c.arguments, rng, pick)}`;
  });
  return { text: pick(PARALLEL_LIST)(parts), ask: textOf(api).asks[0] };
}

function reasoningOf(calls: readonly Call[], shown: readonly ApiSpec[], ask: string, pick: Pick): string {
  const name = calls[0].name;
  const api = shown.find((t) => t.name === name);
  const called = new Set(calls.map((c) => c.name));
  const others = shown.filter((t) => !called.has(t.name)).slice(0, 3);
  const othersText =
    others.length === 0
      ? ''
      : pick([
          `The other tools do not fit: ${others.map((t) => `${t.name} would ${textOf(t).short}`).join(', ')}.`,
          `${listOf(others.map((t) => t.name))} ${others.length > 1 ? 'are' : 'is'} for other tasks (${others.map((t) => textOf(t).short).join('; ')}), not this one.`,
        ]);
  const keys = Object.keys(calls[0].args);
  const why = pick(REASONING)({
    tool: name,
    ask,
    desc: api ? textOf(api).does : ask,
    req: keys.length > 0 ? `the ${listOf(keys.map(humanize))}` : 'everything it needs',
    others: othersText,
  });
  if (calls.length === 1) return why;
  if (called.size === 1) return `${why} There are ${calls.length} separate requests, so I make ${calls.length} calls in parallel.`;
  const parts = [...called].map((n) => {
    const t = shown.find((x) => x.name === n);
    return `${n} to ${t ? textOf(t).short : 'handle its part'}`;
  });
  return `The request has ${calls.length} independent parts, so I call ${listOf(parts)} in parallel. ${othersText}`.trim();
}

/** The whole offline dialogue for a plan. Throws when the plan names tools not in the pool. */
export function simulateOffline(plan: ItemPlan, pool: ToolPool, opts: SimulateOptions): CanonicalRecord {
  const rng = new Rng(subSeed(plan.seed, 'simulate'));
  const pick: Pick = (items) => items[Math.floor(rng.next() * items.length)];
  const shown = plan.tools.map((n) => apiOf(pool, n));
  const shownNames = new Set(plan.tools);
  const tools = shown.map((t) => textOf(t).def);

  const date = new Date((20089 + (plan.seed % 600)) * 86_400_000).toISOString().slice(0, 10);
  const messages: Message[] = [{ role: 'system', content: pick(SYSTEM)(date, pick(ASSISTANT_NAMES)) }];

  // The user.
  let target: ApiSpec | undefined;
  let targetArgs: Obj | undefined;
  let ask: string;
  if (plan.category === 'irrelevance') {
    target = irrelevanceTarget(plan, pool);
    targetArgs = generateObject(target.parameters, new Rng(subSeed(plan.seed, 'args')), { optionalRate: 0.4 });
    ask = pick(textOf(target).asks);
    messages.push({ role: 'user', content: pick(IRRELEVANT)({ ask, args: argsText(target, targetArgs, rng, pick) }) });
  } else {
    const req = userRequest(plan, pool, rng, pick);
    ask = req.ask;
    messages.push({ role: 'user', content: req.text });
  }

  // The assistant's calls, then maybe its one mistake.
  const idRng = new Rng(subSeed(plan.seed, 'call-ids'));
  const newCall = (name: string, args: Readonly<Obj>): Call => {
    const a = args as Obj;
    return { id: callId(idRng), name, args: a, json: JSON.stringify(a), broken: false, api: pool.byName.get(name) };
  };
  const calls: Call[] = plan.calls.map((c) => newCall(c.name, c.arguments));
  const noise = new Rng(subSeed(plan.seed, 'noise'));
  let mistake: Mistake | undefined;
  if (noise.next() < opts.noiseRate) {
    const options = applicableMistakes(plan, calls);
    mistake = options[Math.floor(noise.next() * options.length)];
    if (mistake === 'irrelevance-call') {
      const api = noise.pick(shown);
      calls.push(newCall(api.name, generateObject(api.parameters, noise, { optionalRate: 0.3 })));
    } else if (mistake === 'unknown-tool' && target && targetArgs) {
      // The classic irrelevance failure: calling the tool the user needs, which is not offered.
      const c = newCall(target.name, targetArgs);
      c.broken = true;
      calls.push(c);
    } else if (mistake !== 'dangling-call') {
      corruptCall(mistake, calls, shownNames, noise);
    }
  }

  if (calls.length === 0) {
    // The assistant speaks of the request neutrally: "send an email", not the user's "email someone for me".
    const can = listOf(shown.map((t) => textOf(t).short));
    messages.push({ role: 'assistant', content: pick(DECLINE)({ ask: textOf(target as ApiSpec).short, can }) });
  } else {
    const toolCalls: ToolCall[] = calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.json } }));
    messages.push({ role: 'assistant', content: null, reasoning: reasoningOf(calls, shown, ask, pick), tool_calls: toolCalls });
    const dangling = mistake === 'dangling-call' ? noise.int(0, calls.length - 1) : -1;
    const lines: string[] = [];
    for (let i = 0; i < calls.length; i++) {
      const c = calls[i];
      const api = c.api;
      const result =
        c.broken || !api
          ? { error: api && shownNames.has(c.name) ? 'invalid arguments' : `unknown function ${c.name}` }
          : resultOf(api, c.args, c.json);
      if (i !== dangling) messages.push({ role: 'tool', tool_call_id: c.id, content: JSON.stringify(result) });
      const facts = factsOf(result, api ? textOf(api).echo : [], 4, calls.length > 1).join(', ');
      lines.push(calls.length > 1 ? `${heading(c, calls)}: ${facts}` : facts);
    }
    messages.push({
      role: 'assistant',
      content: calls.length > 1 ? pick(FINAL_MANY)(lines) : pick(FINAL)(lines[0], calls[0].name),
    });
  }

  return {
    id: opts.id,
    split: opts.split,
    tools,
    messages,
    meta: {
      category: plan.category,
      domains: plan.domains,
      difficulty: plan.difficulty,
      seed: plan.seed,
      verdict: { accepted: true, checks: [] },
      usage: { prompt_tokens: 0, completion_tokens: 0 },
    },
  };
}

/** What tells a call apart from its siblings: the value of the first argument that differs. */
function heading(c: Call, calls: readonly Call[]): string {
  for (const k in c.args) {
    const v = c.args[k];
    if (calls.some((o) => o !== c && JSON.stringify(o.args[k]) !== JSON.stringify(v))) return `for ${say(v)}`;
  }
  return `${c.name} call ${calls.indexOf(c) + 1}`;
}
