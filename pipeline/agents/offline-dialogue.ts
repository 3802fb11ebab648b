/**
 * The offline dialogue: turn a plan into a whole dialogue (user turns, assistant tool
 * calls with a rationale, tool answers, questions, confirmations, refusals, final answers)
 * with no model and no network. A pure function of the plan, the pool and the options.
 *
 * The user states every argument value of every planned call verbatim (a withheld one only
 * when asked; values from earlier results are referred to, not stated). With probability
 * `noiseRate` the assistant makes one realistic mistake; those records exist to exercise the
 * verifiers and must be rejected by them.
 */
import type { ToolPool } from '../../api-pool/types.js';
import { canonicalJson } from '../../core/canonical-json.js';
import type { ItemPlan, ItemWorld } from '../../core/plan.js';
import type { CanonicalRecord, Message, ToolCall } from '../../core/record.js';
import { Rng, subSeed } from '../../core/rng.js';
import { generateObject } from '../values/values.js';
import { applicableMistakes, corruptCall, type Call, type Mistake } from './assistant/mistakes.js';
import { AnswerWriter, type Outcome } from './assistant/answer.js';
import { textReply } from './assistant/offline.js';
import type { RationaleMode } from './teacher/mode.js';
import { offlineTeacher, type StepContext } from './teacher/offline.js';
import { ASSISTANT_NAMES, CLARIFY_RULES, CONFIRM_RULES, NO_TOOL_RULES, PROFILE, REFUSE_RULES, SYSTEM, SYSTEM_EXTRAS, TODAY } from './templates.js';
import { onFileLine, profileOf, profileOfCalls } from '../../core/derive/profile.js';
import { fieldPhrase, textOf, type Obj, type Pick } from './text.js';
import { callMoment } from './tool/clock.js';
import { offlineToolResult } from './tool/offline.js';
import { EntityMemory } from './tool/entity-memory.js';
import type { Schema } from '../values/values.js';
import { apiOf, userTurns } from './user/offline.js';
import { AnswerWriterIn } from './assistant/lang/answer.js';
import { dialogueIn } from './user/lang/dialogue.js';

export { MISTAKES, type Mistake } from './assistant/mistakes.js';

export interface SimulateOptions {
  /** Record id, e.g. `job-000042`. */
  readonly id: string;
  /** Dataset split the record belongs to (the plan's split when omitted... kept required for compatibility). */
  readonly split: string;
  /** Probability in [0, 1] that the assistant makes one verifiable mistake. */
  readonly noiseRate: number;
  /** Which tool-calling steps get the teacher's rationale (the job's `rationale` option). Default 'all'. */
  readonly rationale?: RationaleMode;
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function callId(rng: Rng): string {
  let s = 'call_';
  for (let i = 0; i < 12; i++) s += ID_CHARS[Math.floor(rng.next() * ID_CHARS.length)];
  return s;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The system prompt, derived from the plan: it always states today (the world's date), states
 * the confirmation rule exactly when the user is to confirm a destructive call (safety
 * 'confirm'), the user's profile exactly when the request speaks of their own things, and may
 * carry extras that hold in any dialogue.
 */
function systemPrompt(plan: ItemPlan, rng: Rng, pick: Pick): string {
  const today = plan.world.today;
  const weekday = WEEKDAYS[new Date(`${today}T12:00:00Z`).getUTCDay()];
  let s = pick(SYSTEM)(pick(TODAY)(today, weekday), pick(ASSISTANT_NAMES));
  const extras = rng.next() < 0.5 ? [] : rng.sample(SYSTEM_EXTRAS, rng.int(1, 2));
  if (plan.safety === 'confirm') extras.splice(rng.int(0, extras.length), 0, pick(CONFIRM_RULES));
  // What the category asks of the assistant is in its instructions, where the plan needs it (and only then is it sure to be).
  const needs = plan.category === 'clarification' ? CLARIFY_RULES : plan.safety === 'refuse' ? REFUSE_RULES : plan.category === 'irrelevance' && plan.targets.length > 0 ? NO_TOOL_RULES : undefined;
  if (needs && !needs.some((r) => extras.includes(r) || s.includes(r))) extras.splice(rng.int(0, extras.length), 0, pick(needs));
  if (extras.length > 0) s += ` ${extras.join(' ')}`;
  // The user's profile, where the request speaks of their own things ("to me", "in my city", "my usual card").
  const own = profileOfCalls(plan.calls);
  if (own.world) s += ` ${pick(PROFILE)(profileOf(plan.world))}`;
  if (own.onFile.length > 0) s += `\n${onFileLine(own.onFile)}`;
  return s;
}

function resultOf(c: Call, shownNames: ReadonlySet<string>, world: ItemWorld): unknown {
  const api = c.api;
  if (c.broken || !api || !shownNames.has(c.name)) return { error: api && shownNames.has(c.name) ? 'invalid arguments' : `unknown function ${c.name}` };
  return offlineToolResult(api, c.args, world, c.error, callMoment(world, c));
}

/** The whole offline dialogue for a plan. Throws when the plan names tools not in the pool. */
export function simulateOffline(plan: ItemPlan, pool: ToolPool, opts: SimulateOptions): CanonicalRecord {
  const rng = new Rng(subSeed(plan.seed, 'simulate'));
  const pick: Pick = (items) => items[Math.floor(rng.next() * items.length)];
  const shown = plan.tools.map((n) => apiOf(pool, n));
  const shownNames = new Set(plan.tools);
  const tools = shown.map((t) => textOf(t).def);
  const messages: Message[] = [{ role: 'system', content: systemPrompt(plan, rng, pick) }];

  // The user agent writes every turn up front (the plan fixes them all), in the dialogue's
  // language: English, or the world's own language for a share of items (user/lang/choice.ts).
  const foreign = dialogueIn(plan, pool);
  const user = foreign?.user ?? userTurns(plan, pool, rng, pick);
  // The plan as the dialogue says it: a second-language dialogue states some values the plan implies.
  const said = foreign?.plan ?? plan;
  // The rationale stays English: it is the trainer's annotation, not part of the conversation.
  const teacher = offlineTeacher(said, shown, user.texts, opts.rationale ?? 'all');

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
      calls.push(newCall(api.name, generateObject(api.parameters, noise, { optionalRate: 0.3, world: plan.world, api }), 0, 0));
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

  const answers = new AnswerWriter(plan);
  const entities = new EntityMemory();
  const answersIn = foreign ? new AnswerWriterIn(plan, foreign.lang) : undefined;
  for (let turn = 0; turn < user.texts.length; turn++) {
    messages.push({ role: 'user', content: user.texts[turn] });
    const turnCalls = calls.filter((c) => c.turn === turn);

    // Turns where the assistant answers in text only.
    if (turnCalls.length === 0) {
      messages.push({ role: 'assistant', content: textReply(plan, pool, shown, user, turn, pick, foreign?.lang) });
      continue;
    }

    // Tool-calling steps, then the answer of the turn.
    const context: StepContext =
      plan.category === 'clarification' ? 'clarified' : plan.safety === 'confirm' ? 'confirmed' : turn > 0 ? 'follow-up' : 'first';
    const steps = [...new Set(turnCalls.map((c) => c.step))].sort((a, b) => a - b);
    const outcomes: Outcome[] = [];
    for (const step of steps) {
      const stepCalls = turnCalls.filter((c) => c.step === step);
      const toolCalls: ToolCall[] = stepCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.json } }));
      const reasoning = teacher.explain(stepCalls, calls, step > 0 ? 'dependent' : context, turn);
      messages.push({ role: 'assistant', content: null, ...(reasoning !== undefined ? { reasoning } : {}), tool_calls: toolCalls });
      for (const c of stepCalls) {
        const result = entities.agree(resultOf(c, shownNames, plan.world), c.api?.returns as Schema | undefined, c.args);
        if (c !== dangling) messages.push({ role: 'tool', tool_call_id: c.id, content: canonicalJsonIfNeeded(result) });
        outcomes.push({ call: c, result });
        // What a result named is what later results call the same things.
        entities.remember(result);
      }
    }
    messages.push({ role: 'assistant', content: answersIn ? answersIn.turn(outcomes, messages) : answers.turn(outcomes, user.texts.slice(0, turn + 1).join(' '), messages) });
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
      calls: said.calls.map((c) => ({
        name: c.name,
        arguments: c.arguments,
        ...(c.dependsOn ? { dependsOn: c.dependsOn } : {}),
        ...(c.turn ? { turn: c.turn } : {}),
        // What the user implies is ground truth too: a published record checked again reads it.
        ...(c.derivations ? { derivations: c.derivations } : {}),
      })),
      ...(plan.withheld ? { withheld: plan.withheld } : {}),
      ...(plan.safety ? { safety: plan.safety } : {}),
      world: plan.world,
      ...(foreign ? { language: foreign.lang } : {}),
    },
  };
  return { id: opts.id, split: opts.split, tools, messages, meta };
}

/**
 * The plan as `record`'s dialogue says it, for verifying the record: a second-language dialogue
 * states some values the plan implies (their English words would not be in it), so its calls
 * carry the derivations the dialogue kept (user/lang/plan-words.ts), as the record's meta does.
 * An English dialogue says the plan as it is.
 */
export function dialoguePlan(plan: ItemPlan, record: CanonicalRecord): ItemPlan {
  const truth = record.meta.plan;
  if (truth?.language === undefined) return plan;
  const calls = plan.calls.map((c, i) => {
    const { derivations: _omit, ...rest } = c;
    const d = truth.calls[i]?.derivations;
    return d ? { ...rest, derivations: d } : rest;
  });
  return { ...plan, calls };
}

/** Tool results are stored as compact JSON in their generated key order. */
function canonicalJsonIfNeeded(result: unknown): string {
  return JSON.stringify(result) ?? canonicalJson(result);
}
