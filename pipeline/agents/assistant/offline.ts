/**
 * simulate, offline backend: turn a plan into a whole dialogue (user turns, assistant tool
 * calls with a rationale, tool answers, questions, confirmations, refusals, final answers)
 * with no model and no network. A pure function of the plan, the pool and the options.
 *
 * The user states every argument value of every planned call verbatim (a withheld one only
 * when asked; values from earlier results are referred to, not stated). With probability
 * `noiseRate` the assistant makes one realistic mistake; those records exist to exercise the
 * verifiers and must be rejected by them.
 */
import type { ApiSpec, ToolPool } from '../../../api-pool/types.js';
import type { CanonicalRecord, Message, ToolCall } from '../../../core/record.js';
import { Rng, subSeed } from '../../../core/rng.js';
import type { ItemPlan } from '../../../core/plan.js';
import { reasoningOf, type StepContext } from '../teacher/offline.js';
import {
  ASK_CONFIRM,
  ASK_MISSING,
  ASSISTANT_NAMES,
  DECLINE,
  FINAL,
  FINAL_ERROR,
  FINAL_MANY,
  REFUSE,
  SYSTEM,
  SYSTEM_EXTRAS,
} from '../templates.js';
import { cap, factsOf, fieldPhrase, humanize, listOf, say, textOf, type Obj, type Pick } from '../text.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import { echoKeys, offlineToolResult, type ToolError } from '../tool/offline.js';
import { apiOf, userTurns } from '../user/offline.js';
import { generateObject, type Schema } from '../../values/values.js';

export { offlineToolResult } from '../tool/offline.js';

export interface SimulateOptions {
  /** Record id, e.g. `job-000042`. */
  readonly id: string;
  /** Dataset split the record belongs to (the plan's split when omitted... kept required for compatibility). */
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

// ── mistakes ───────────────────────────────────────────────────────────────────────────
interface Call {
  id: string;
  name: string;
  args: Obj;
  json: string;
  /** The tool answers with an error instead of a result. */
  broken: boolean;
  api?: ApiSpec;
  turn: number;
  step: number;
  error?: ToolError;
  /** Arguments from an earlier result: key -> phrase of the field. */
  from?: Record<string, string>;
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
  if (calls.length === 0) return ['unknown-tool']; // a refused request: acting on it with a made-up tool
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

function systemPrompt(plan: ItemPlan, rng: Rng, pick: Pick): string {
  const date = new Date((20089 + (plan.seed % 600)) * 86_400_000).toISOString().slice(0, 10);
  let s = pick(SYSTEM)(date, pick(ASSISTANT_NAMES));
  const extras = rng.next() < 0.5 ? 0 : rng.int(1, 2);
  if (extras > 0) s += ` ${rng.sample(SYSTEM_EXTRAS, extras).join(' ')}`;
  return s;
}

/** What tells a call apart from its siblings: the value of the first argument that differs. */
function heading(c: Call, calls: readonly Call[]): string {
  if (calls.some((o) => o !== c && o.name !== c.name)) {
    const same = calls.filter((o) => o.name === c.name);
    const short = c.api ? textOf(c.api).short : c.name;
    return same.length > 1 ? `${short} (${headingByArgs(c, same)})` : short;
  }
  return headingByArgs(c, calls);
}

function headingByArgs(c: Call, calls: readonly Call[]): string {
  for (const k in c.args) {
    const v = c.args[k];
    if (calls.some((o) => o !== c && JSON.stringify(o.args[k]) !== JSON.stringify(v))) return `for ${say(v)}`;
  }
  return `${c.name} call ${calls.indexOf(c) + 1}`;
}

function resultOf(c: Call, shownNames: ReadonlySet<string>): unknown {
  const api = c.api;
  if (c.broken || !api || !shownNames.has(c.name)) return { error: api && shownNames.has(c.name) ? 'invalid arguments' : `unknown function ${c.name}` };
  return offlineToolResult(api, c.args, c.error);
}

function errorText(result: unknown): string | undefined {
  if (!result || typeof result !== 'object') return undefined;
  const e = (result as Obj).error;
  if (e && typeof e === 'object') return String((e as Obj).message ?? 'an error');
  return undefined;
}

/** The whole offline dialogue for a plan. Throws when the plan names tools not in the pool. */
export function simulateOffline(plan: ItemPlan, pool: ToolPool, opts: SimulateOptions): CanonicalRecord {
  const rng = new Rng(subSeed(plan.seed, 'simulate'));
  const pick: Pick = (items) => items[Math.floor(rng.next() * items.length)];
  const shown = plan.tools.map((n) => apiOf(pool, n));
  const shownNames = new Set(plan.tools);
  const tools = shown.map((t) => textOf(t).def);
  const messages: Message[] = [{ role: 'system', content: systemPrompt(plan, rng, pick) }];

  // The user agent writes every turn up front (the plan fixes them all).
  const user = userTurns(plan, pool, rng, pick);

  // The assistant's calls, then maybe its one mistake.
  const idRng = new Rng(subSeed(plan.seed, 'call-ids'));
  const newCall = (name: string, args: Readonly<Obj>, turn: number, step: number): Call => {
    const a = args as Obj;
    return { id: callId(idRng), name, args: a, json: JSON.stringify(a), broken: false, api: pool.byName.get(name), turn, step };
  };
  const calls: Call[] = plan.calls.map((c) => {
    const k = newCall(c.name, c.arguments, c.turn ?? 0, c.step ?? 0);
    if (c.error) k.error = c.error;
    if (c.dependsOn) k.from = Object.fromEntries(Object.entries(c.dependsOn).map(([key, src]) => [key, fieldPhrase(src.field)]));
    return k;
  });
  const noise = new Rng(subSeed(plan.seed, 'noise'));
  let mistake: Mistake | undefined;
  if (noise.next() < opts.noiseRate) {
    const options = applicableMistakes(plan, calls);
    mistake = options[Math.floor(noise.next() * options.length)];
    if (mistake === 'irrelevance-call') {
      const api = noise.pick(shown);
      calls.push(newCall(api.name, generateObject(api.parameters, noise, { optionalRate: 0.3 }), 0, 0));
    } else if (mistake === 'unknown-tool' && calls.length === 0) {
      // The classic irrelevance failure: calling the tool the user needs, which is not offered (or one made up).
      const c = user.hidden ? newCall(user.hidden.api.name, user.hidden.args, 0, 0) : newCall(noise.pick(['web_search', 'general_knowledge', 'ask_expert', 'execute_request']), { query: user.texts[0] }, 0, 0);
      c.broken = true;
      calls.push(c);
    } else if (mistake !== 'dangling-call') {
      corruptCall(mistake, calls, shownNames, noise);
    }
  }
  const dangling = mistake === 'dangling-call' ? calls[noise.int(0, calls.length - 1)] : undefined;

  for (let turn = 0; turn < user.texts.length; turn++) {
    messages.push({ role: 'user', content: user.texts[turn] });
    const turnCalls = calls.filter((c) => c.turn === turn);

    // Turns where the assistant answers in text only.
    if (turnCalls.length === 0) {
      if (plan.category === 'clarification' && plan.withheld && turn === 0) {
        const api = apiOf(pool, plan.calls[plan.withheld.call].name);
        messages.push({ role: 'assistant', content: pick(ASK_MISSING)(humanize(plan.withheld.argument), textOf(api).short) });
      } else if (plan.safety === 'confirm' && turn === 0) {
        const c = plan.calls[0];
        const api = apiOf(pool, c.name);
        const details = Object.keys(c.arguments)
          .slice(0, 4)
          .map((k) => `${humanize(k)} ${say(c.arguments[k])}`)
          .join(', ');
        messages.push({ role: 'assistant', content: pick(ASK_CONFIRM)(textOf(api).short, details || 'the details you gave') });
      } else if (plan.safety === 'refuse') {
        const can = listOf(shown.slice(0, 3).map((t) => textOf(t).short));
        messages.push({ role: 'assistant', content: pick(REFUSE)(can) });
      } else if (plan.category === 'irrelevance' && user.answer !== undefined) {
        messages.push({ role: 'assistant', content: user.answer });
      } else {
        const can = listOf(shown.map((t) => textOf(t).short));
        const ask = user.hidden ? textOf(user.hidden.api).short : 'do that';
        messages.push({ role: 'assistant', content: pick(DECLINE)({ ask, can }) });
      }
      continue;
    }

    // Tool-calling steps, then the answer of the turn.
    const context: StepContext =
      plan.category === 'clarification' ? 'clarified' : plan.safety === 'confirm' ? 'confirmed' : turn > 0 ? 'follow-up' : 'first';
    const steps = [...new Set(turnCalls.map((c) => c.step))].sort((a, b) => a - b);
    const lines: string[] = [];
    let errorLine: string | undefined;
    for (const step of steps) {
      const stepCalls = turnCalls.filter((c) => c.step === step);
      const toolCalls: ToolCall[] = stepCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.json } }));
      const reasoning = reasoningOf(stepCalls, shown, user.ask, step > 0 ? 'dependent' : context, pick);
      messages.push({ role: 'assistant', content: null, reasoning, tool_calls: toolCalls });
      for (const c of stepCalls) {
        const result = resultOf(c, shownNames);
        if (c !== dangling) messages.push({ role: 'tool', tool_call_id: c.id, content: canonicalJsonIfNeeded(result) });
        const err = errorText(result);
        if (err !== undefined && c.error) {
          errorLine ??= pick(FINAL_ERROR)(c.api ? textOf(c.api).short : c.name, err);
          lines.push(`${heading(c, turnCalls)}: ${err}`);
          continue;
        }
        const facts = factsOf(result, c.api ? echoKeys(c.api) : [], 4, turnCalls.length > 1 && !steps.includes(1)).join(', ');
        lines.push(turnCalls.length > 1 ? `${heading(c, turnCalls)}: ${facts}` : facts);
      }
    }
    const write = (): string => (turnCalls.length === 1 ? (errorLine ?? pick(FINAL)(lines[0], turnCalls[0].name)) : pick(FINAL_MANY)(lines));
    let content = write();
    // A later turn never repeats an earlier answer word for word (two empty searches).
    const said = (t: string): boolean => messages.some((m) => m.role === 'assistant' && m.content === t);
    for (let tries = 0; tries < 3 && said(content); tries++) content = write();
    if (said(content)) content = `This time too: ${content}`;
    messages.push({ role: 'assistant', content });
  }

  const meta = {
    category: plan.category,
    domains: plan.domains,
    difficulty: plan.difficulty,
    seed: plan.seed,
    verdict: { accepted: true, checks: [] },
    usage: { prompt_tokens: 0, completion_tokens: 0 },
    turns: user.texts.length,
    plan: {
      targets: plan.targets,
      calls: plan.calls.map((c) => ({ name: c.name, arguments: c.arguments })),
      ...(plan.withheld ? { withheld: plan.withheld } : {}),
      ...(plan.safety ? { safety: plan.safety } : {}),
    },
  };
  return { id: opts.id, split: opts.split, tools, messages, meta };
}

/** Tool results are stored as compact JSON in their generated key order. */
function canonicalJsonIfNeeded(result: unknown): string {
  return JSON.stringify(result) ?? canonicalJson(result);
}
