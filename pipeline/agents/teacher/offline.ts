/**
 * The offline teacher: a short rationale on each assistant step with tool calls (AutoTool), one
 * to three sentences with the reason that decides: what in the request picks the tool and its
 * values (the user's own words quoted), which value comes from which earlier result, why calls
 * run in parallel, and a distractor only when it is a real near-miss, with the one difference
 * that rules it out. Its wording draws from a stream of its own, so leaving rationales out (the
 * `rationale` option) changes nothing else in a record.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { ItemPlan } from '../../../core/plan.js';
import { Rng, subSeed } from '../../../core/rng.js';
import { fieldPhrase, humanize, listOf, type Obj, type Pick } from '../text.js';
import { evidenceOf, findToken, trivialStep, type Derivation, type Evidence, type StepCall } from './evidence.js';
import type { RationaleMode } from './mode.js';
import { GENERIC, nameParts, nearMissOf, type NearMiss } from './near-miss.js';
import { nearSentence, pickSentence } from './pick-frames.js';
import { AGAIN, CLARIFIED, CLARIFIED_PLAIN, CONFIRMED, CONFIRMED_PLAIN, MIXED, READY, SAME_TOOL, SAME_TOOL_PLAIN } from './step-frames.js';
import { count, lexicon, sayEvidence, show, type Lexicon } from './wording.js';

export type StepContext = 'first' | 'clarified' | 'confirmed' | 'dependent' | 'follow-up';

/** A call as the dialogue holds it (its name and arguments may carry a planted mistake). */
export interface DialogueCall {
  readonly name: string;
  readonly args: Obj;
}

export interface OfflineTeacher {
  /**
   * The rationale of the step `step` (calls of `all`, the dialogue's calls in plan order) in user
   * turn `turn`, or undefined when the job's mode leaves this step without one.
   */
  explain(step: readonly DialogueCall[], all: readonly DialogueCall[], context: StepContext, turn: number): string | undefined;
}

/** The longest rationale kept as built; a longer one is built again with less in it. */
const MAX_WORDS = 50;
function words(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

export function offlineTeacher(plan: ItemPlan, shown: readonly ApiSpec[], userTexts: readonly string[], mode: RationaleMode): OfflineTeacher {
  const rng = new Rng(subSeed(plan.seed, 'teacher'));
  const pick: Pick = (items) => items[Math.floor(rng.next() * items.length)];
  const byName = new Map(shown.map((a) => [a.name, a]));
  // What the user has said up to a turn, and lower-cased: every step of the turn reads it.
  let saidTurn = -1;
  let said = '';
  let lower = '';

  /** The plan's knowledge of call `i`: which values come from which result, which are implied. */
  const stepCall = (c: DialogueCall, i: number): StepCall => {
    const planned = plan.calls[i] as (ItemPlan['calls'][number] & { readonly derivations?: Readonly<Record<string, Derivation>> }) | undefined;
    if (!planned) return { name: c.name, args: c.args };
    const deps = planned.dependsOn;
    const from = deps && Object.fromEntries(Object.entries(deps).map(([k, s]) => [k, { tool: plan.calls[s.call]?.name ?? 'the earlier call', field: fieldPhrase(s.field) }]));
    const derived = planned.derivations;
    return { name: c.name, args: c.args, ...(from ? { from } : {}), ...(derived ? { derived } : {}) };
  };

  return {
    explain(step, all, context, turn) {
      if (mode === 'none' || step.length === 0) return undefined;
      if (saidTurn !== turn) {
        said = userTexts.slice(0, turn + 1).join('\n');
        lower = said.toLowerCase();
        saidTurn = turn;
      }
      const at = step.map((c) => all.indexOf(c));
      const calls = step.map((c, k) => stepCall(c, at[k]));
      const called = calls.flatMap((c) => {
        const api = byName.get(c.name);
        return api ? [{ api, args: c.args }] : [];
      });
      // A tool the dialogue calls at some point is no wrong choice to rule out.
      const near = nearMissOf(called, shown, new Set(all.map((c) => c.name)));
      if (mode === 'nontrivial' && trivialStep(calls, near !== undefined, lower)) return undefined;
      const ev = calls.map((c) => evidenceOf(c, said, lower));
      const last = userTexts[Math.min(turn, userTexts.length - 1)] ?? '';
      // Two values as a rule, now and then a third; less when the rationale would run long.
      const most = rng.next() < 0.3 ? 3 : 2;
      for (let budget = 2; budget >= 0; budget--) {
        const maxValues = budget === 2 ? most : Math.max(1, budget);
        const text = compose({ calls, at, ev, near: budget > 0 ? near : undefined, maxValues, context, last, lower, turn }, lexicon(pick));
        if (words(text) <= MAX_WORDS || budget === 0) return text;
      }
      return undefined;
    },
  };

  function compose(s: Step, l: Lexicon): string {
    const p = pick;
    const tools = [...new Set(s.calls.map((c) => c.name))];
    const out: string[] = [];
    const nearText = s.near ? nearSentence(s.near, l, p) : undefined;
    const results = s.ev.flat().filter((e) => e.kind === 'result');
    if (s.calls.length > 1) {
      if (results.length > 0) out.push(p(READY)(tools[0], listOf(results.slice(0, 2).map((e) => sayEvidence(e, p) ?? e.key)), l));
      out.push(tools.length === 1 ? sameTool(s, l) : mixed(s, tools, l));
      if (nearText) out.push(nearText);
      return out.join(' ');
    }
    const c = s.calls[0];
    const api = byName.get(c.name);
    const ranked = deciding(s.ev[0], s.near, api, s.context === 'clarified' ? plan.withheld?.argument : undefined);
    // Values a reader cannot see the source of (implied, from a result) earn one more place.
    const hidden = ranked.filter((e) => e.kind === 'derived' || e.kind === 'result').length;
    const chosen = ranked.slice(0, s.maxValues + (hidden > s.maxValues ? 1 : 0));
    const values = listOf(chosen.map((e) => sayEvidence(e, p)).filter((x): x is string => x !== undefined));
    const prefix = prefixOf(s, c, l);
    let main: string;
    if (results.length > 0) main = p(READY)(c.name, values || listOf(results.map((e) => e.key)), l);
    else if (prefix.again) main = prefix.again;
    else main = pickSentence({ tool: c.name, does: api ? nameParts(api).does : `use ${c.name}`, values, cue: api ? cueOf(api, s.lower) : undefined }, l, p);
    if (prefix.before) out.push(prefix.before);
    // The near-miss comes first now and then ("Not X: ...; Y fits").
    if (nearText && !prefix.before && rng.next() < 0.3) out.push(nearText, main);
    else out.push(main, ...(nearText ? [nearText] : []));
    return out.join(' ');
  }

  /** What the context says before the pick: the clarification, the confirmation, or the follow-up that only changes a value. */
  function prefixOf(s: Step, c: StepCall, l: Lexicon): { before?: string; again?: string } {
    const p = pick;
    const short = s.context === 'clarified' || s.context === 'confirmed' ? quotableTurn(s.last) : undefined;
    if (s.context === 'clarified' && plan.withheld) {
      const key = humanize(plan.withheld.argument);
      const v = show(c.args[plan.withheld.argument]);
      return { before: short && v ? p(CLARIFIED)(key, short, v, l) : p(CLARIFIED_PLAIN)(key, l) };
    }
    if (s.context === 'confirmed') return { before: short ? p(CONFIRMED)(short, l) : p(CONFIRMED_PLAIN)(l) };
    if (s.context === 'follow-up') {
      const prev = plan.calls.slice(0, Math.max(0, s.at[0])).reverse().find((x) => (x.turn ?? 0) < s.turn);
      if (prev && prev.name === c.name) {
        const same = (k: string): boolean => JSON.stringify(c.args[k]) === JSON.stringify(prev.arguments[k]);
        const changed = Object.keys(c.args).filter((k) => !same(k));
        const shown = changed.map((k) => [k, show(c.args[k])] as const).filter(([, v]) => v !== undefined);
        if (changed.length > 0 && changed.length <= 2 && shown.length === changed.length) {
          // The change in the user's words when they frame it, and one value that stays, so repeats of one tool differ.
          const quotes = new Map(s.ev[0].flatMap((e) => (e.kind === 'stated' && e.quote ? [[e.key, e.quote] as const] : [])));
          const change = listOf(shown.map(([k, v]) => (quotes.has(k) && rng.next() < 0.5 ? `${k} ${v} ("${quotes.get(k)}")` : `${k} ${v}`)));
          const kept = Object.keys(c.args).find((k) => same(k) && show(c.args[k]) !== undefined);
          return { again: p(AGAIN)(c.name, change, kept ? `${kept} ${show(c.args[kept])}` : '', l) };
        }
      }
    }
    return {};
  }

  /** One tool several times: the argument that tells the calls apart. */
  function sameTool(s: Step, l: Lexicon): string {
    const p = pick;
    const t = s.calls[0].name;
    const n = count(s.calls.length);
    const keys = Object.keys(s.calls[0].args).filter((k) => new Set(s.calls.map((c) => JSON.stringify(c.args[k]))).size > 1);
    const key = keys.find((k) => s.calls.every((c) => show(c.args[k]) !== undefined));
    if (key === undefined || s.calls.length > 4) return p(SAME_TOOL_PLAIN)(t, n, humanize(keys[0] ?? 'request'), l);
    return p(SAME_TOOL)(t, n, key, listOf(s.calls.map((c) => show(c.args[key]) as string)), l);
  }

  /** Several tools at once: each with the value (or the purpose) it is there for. */
  function mixed(s: Step, tools: readonly string[], l: Lexicon): string {
    const p = pick;
    const parts = tools.map((t) => {
      const i = s.calls.findIndex((c) => c.name === t);
      const api = byName.get(t);
      const e = deciding(s.ev[i], undefined, api)[0];
      const v = e ? sayEvidence(e, p) : undefined;
      return v && rng.next() < 0.6 ? `${t} for ${v}` : `${t} to ${api ? nameParts(api).does : 'handle its part'}`;
    });
    return p(MIXED)(listOf(parts), count(tools.length), l);
  }
}

interface Step {
  readonly calls: readonly StepCall[];
  /** Each call's index in the plan. */
  readonly at: readonly number[];
  readonly ev: readonly (readonly Evidence[])[];
  readonly near?: NearMiss;
  readonly maxValues: number;
  readonly context: StepContext;
  /** The user's last message (the reply or confirmation in those contexts). */
  readonly last: string;
  readonly lower: string;
  readonly turn: number;
}

/** A user message short enough to quote whole ("Yes, go ahead."), without its end punctuation. */
function quotableTurn(text: string): string | undefined {
  const t = text.trim().replace(/[.!?]+$/, '');
  return t !== '' && t.split(/\s+/).length <= 8 && !/["()[\]{}\n]/.test(t) ? t : undefined;
}

/**
 * The values worth saying, best first: implied ones and those from earlier results (a reader
 * cannot see where they come from), the one a near-miss lacks or the reply supplied, then those
 * with the user's words around them, then required ones. Values only phrased are left out.
 */
function deciding(ev: readonly Evidence[], near: NearMiss | undefined, api: ApiSpec | undefined, extra?: string): Evidence[] {
  const required = new Set(api?.parameters.required ?? []);
  const key = near?.diff.kind === 'param' ? near.diff.key : undefined;
  const rank = (e: Evidence): number =>
    e.kind === 'derived' ? 0 : e.kind === 'result' ? 1 : e.key === key || e.key === extra ? 2 : e.kind === 'stated' && e.quote ? 3 : required.has(e.key) ? 4 : 5;
  return ev
    .filter((e) => e.kind !== 'phrased' && (e.kind !== 'stated' || show(e.value) !== undefined))
    .map((e, i) => ({ e, r: rank(e) * 100 + i }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.e);
}

/** The forms of a tool's object words a request may use, longest first (cached per tool). */
const cueForms = new WeakMap<ApiSpec, readonly string[]>();

/** A word of the request naming what the tool acts on ("weather", "flights"), as the user wrote it. */
function cueOf(api: ApiSpec, lower: string): string | undefined {
  let forms = cueForms.get(api);
  if (!forms) {
    const object = nameParts(api).object;
    // The whole object, then its head (the last words: "phone numbers", "numbers"), then the other words.
    const parts = object === '' ? [] : object.split(' ');
    const tail = parts.length > 2 ? [parts.slice(-2).join(' ')] : [];
    const single = [...parts].reverse().filter((w) => w.length >= 4 && !GENERIC.has(w.replace(/s$/, '')));
    const words = object === '' ? [] : [object, ...tail, ...single];
    forms = [...new Set(words.flatMap((w) => [w, `${w}s`, w.endsWith('s') ? w.slice(0, -1) : `${w}es`]))];
    cueForms.set(api, forms);
  }
  for (const form of forms) if (findToken(lower, form) >= 0) return form;
  return undefined;
}
