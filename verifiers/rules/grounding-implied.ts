/**
 * Implied values in a record checked with its plan: a derivation the plan records for a value
 * holds when the user said its words (`said`) before the call and it gives the value when
 * recomputed (core/derive/derivation.ts). A recorded derivation whose words no user message
 * says, or that gives another value, is a fault, whether or not the value is also stated or
 * derivable otherwise: the record and its plan then say two different things. Values without a
 * recorded derivation are judged as stated or derived by a reader (grounding-value.ts). A
 * record whose dialogue is in a second language (`meta.plan.language`) has its derivations' words
 * read in that language only (core/derive/lang/).
 *
 * The record's calls are paired with the plan's as the plan rules pair them (same step, same
 * tool, exact arguments first), so a derivation is only applied to the call it was made for.
 * A published record checked again without its item's plan is read with the plan its meta
 * carries; every other implication keeps the rule's reading for data without a plan.
 */
import type { Derivation, ItemPlan, PlannedCall } from '../../core/plan.js';
import type { ParsedCall, RuleContext } from './context.js';
import { NOT_JSON, textOf } from './context.js';
import { derivationFault, derivedPaths, saidDerivations } from '../../core/derive/derivation.js';
import { onFileIn, profileOf, type ProfileField } from '../../core/derive/profile.js';
import { datesIn } from '../../core/derive/date-formats.js';
import { normalise } from './normalise.js';
import { alignPlan } from './plan-agreement.js';

/**
 * What the check of one argument found: no derivation applies, it follows (only at `paths` for a
 * nested value, whose other parts are judged as stated), or why it does not.
 */
export type Judgement = { readonly follows: true; readonly paths?: ReadonlySet<string> } | { readonly fault: string } | undefined;

/** What the check reads of a plan: its calls, today and (when it has one) the user's world. */
type ImpliedPlan = Pick<ItemPlan, 'calls'> & { readonly world: Pick<ItemPlan['world'], 'today'> & Partial<ItemPlan['world']> };

/**
 * The plan a published record carries in `meta.plan` (a toolforge dataset checked again by
 * `toolforge verify`), when it records derivations and the world they are read in.
 */
function planInMeta(ctx: RuleContext): ImpliedPlan | undefined {
  const p = ctx.record.meta?.plan as { calls?: unknown; world?: { today?: unknown } } | undefined;
  if (!p || !Array.isArray(p.calls) || typeof p.world?.today !== 'string') return undefined;
  return { calls: p.calls as PlannedCall[], world: p.world as ImpliedPlan['world'] };
}

/** The normalised words of derivations: the same few thousand phrases recur from record to record. */
const SAID = new Map<string, string>();

export class ImpliedValues {
  readonly #ctx: RuleContext;
  readonly #plan: ImpliedPlan;
  /** Normalised user text so far, padded so ` phrase ` finds whole words. */
  #userText = ' ';
  /** Messages before the calls still to check; today and the results are read from them when a derivation needs them. */
  #seen = 0;
  #todayAt = 0;
  #todayStated = false;
  #resultsAt = 0;
  readonly #results: unknown[] = [];
  /** Earlier results that are no JSON (a cut-off one): a value taken from them cannot be judged here. */
  #unreadable = 0;

  /** The dialogue's language as the record states it (a second-language dialogue's words are read in it), or undefined for English. */
  readonly #lang: string | undefined;

  private constructor(ctx: RuleContext, plan: ImpliedPlan) {
    this.#ctx = ctx;
    this.#plan = plan;
    this.#lang = (ctx.record.meta?.plan as { language?: unknown } | undefined)?.language as string | undefined;
  }

  /**
   * The checker for a record: with the item's plan, or else the plan its meta carries; undefined
   * when that plan records no derivation (nothing to do).
   */
  static of(ctx: RuleContext): ImpliedValues | undefined {
    const plan = ctx.plan ?? planInMeta(ctx);
    return plan && plan.calls.some((c) => c.derivations !== undefined) ? new ImpliedValues(ctx, plan) : undefined;
  }

  /** Message `mi` comes before the calls still to check. */
  add(mi: number): void {
    if (this.#ctx.messages[mi].role === 'user') this.#userText += `${this.#ctx.normalised(mi)} `;
    this.#seen = mi + 1;
  }

  /** Whether the system prompt or a user message so far states the plan's today. */
  #today(): string | undefined {
    for (; !this.#todayStated && this.#todayAt < this.#seen; this.#todayAt++) {
      const m = this.#ctx.messages[this.#todayAt];
      // Written as the plan has it (the common case), or in any format the dates are read in.
      const text = m.role === 'user' || m.role === 'system' ? textOf(m) : '';
      this.#todayStated = text.includes(this.#plan.world.today) || (text !== '' && datesIn(text).includes(this.#plan.world.today));
    }
    return this.#todayStated ? this.#plan.world.today : undefined;
  }

  /** The tool results so far, parsed. */
  #resultsSoFar(): readonly unknown[] {
    for (; this.#resultsAt < this.#seen; this.#resultsAt++) {
      const m = this.#ctx.messages[this.#resultsAt];
      if (m.role !== 'tool') continue;
      const v = this.#ctx.json(this.#resultsAt);
      if (v === NOT_JSON) this.#unreadable++;
      else this.#results.push(v);
    }
    return this.#results;
  }

  /** The judgement of argument `key` = `value` of call `c`. */
  judge(c: ParsedCall, key: string, value: unknown, schema: Record<string, unknown> | undefined): Judgement {
    let fault: string | undefined;
    for (const d of this.#derivationsOf(c, key)) {
      // A nested value's parts each have their words; a follow-up carries the earlier turn's values
      // over without saying so ("how about product X?" keeps the page asked before): a
      // previous-turn value holds by the earlier call alone.
      const parts = saidDerivations(d);
      const unheard = parts.find((p) => p.kind !== 'previous-turn' && !this.#heard(p.said));
      if (unheard) {
        // The plan says the user said it; the conversation does not: the two disagree.
        fault ??= `the plan has the user say "${unheard.said}" for it, and no user message before the call does (${unheard.kind})`;
        continue;
      }
      const needs = new Set(parts.map((p) => p.kind));
      const results = needs.has('previous-result') ? this.#resultsSoFar() : [];
      // Hygiene rules judge a cut-off result; the value is then grounded as stated, or not.
      if (needs.has('previous-result') && this.#unreadable > 0) continue;
      const today = needs.has('relative-date') ? this.#today() : undefined;
      const earlier = needs.has('previous-turn') ? this.#earlierTurns(c) : [];
      const profile = needs.has('user-profile') ? this.#profile() : undefined;
      const why = derivationFault(d, value, { today, results, earlier, key, schema, profile, lang: this.#lang });
      if (why === undefined) return d.kind === 'nested' ? { follows: true, paths: new Set(derivedPaths(d, key)) } : { follows: true };
      // Unsaid, a carry-over that does not hold is no claim of the user's: the value is judged as stated or not.
      if (d.kind !== 'previous-turn' || this.#heard(d.said)) fault ??= `${why} (${d.kind})`;
    }
    return fault === undefined ? undefined : { fault };
  }

  /** The fields of the user's profile the system prompt states: their world's values written there, and the things on file. */
  #profile(): Partial<Record<ProfileField, string>> {
    const system = this.#ctx.messages.findIndex((m) => m.role === 'system');
    if (system < 0 || system >= this.#seen) return {};
    const out: Partial<Record<ProfileField, string>> = onFileIn(textOf(this.#ctx.messages[system]));
    const w = this.#plan.world;
    if (w.user && w.locale) {
      const text = ` ${this.#ctx.normalised(system)} `;
      for (const [f, v] of Object.entries(profileOf(w as ItemPlan['world']))) if (text.includes(` ${normalise(v)} `)) out[f as ProfileField] = v;
    }
    return out;
  }

  /** Whether the user said `words` before the call. */
  #heard(words: string): boolean {
    let said = SAID.get(words);
    if (said === undefined) {
      said = normalise(words);
      if (SAID.size >= 5000) SAID.clear();
      SAID.set(words, said);
    }
    return said !== '' && this.#userText.includes(` ${said} `);
  }

  /**
   * Whether `key` = `value` of call `c` is what an earlier turn's call asked: a follow-up keeps it
   * unless it says otherwise ("and from Manila?" keeps the day).
   */
  carriedOver(c: ParsedCall, key: string, value: unknown): boolean {
    const json = JSON.stringify(value);
    return this.#earlierTurns(c).some((a) => key in a && JSON.stringify(a[key]) === json);
  }

  /**
   * The arguments of the calls of earlier turns (before the user's last message before `c`):
   * the record's, and the plan's (what those turns asked for, when the record's call is broken).
   */
  #earlierTurns(c: ParsedCall): Readonly<Record<string, unknown>>[] {
    let lastUser = -1;
    let turn = -1;
    for (const u of this.#ctx.users) {
      if (u >= c.message) break;
      lastUser = u;
      turn++;
    }
    const made = this.#ctx.calls.filter((x) => x.message < lastUser && x.args !== undefined).map((x) => x.args as Record<string, unknown>);
    // Plan calls count only with their turn written (a plan read from a record may leave it out).
    return [...made, ...this.#plan.calls.filter((pc) => pc.turn !== undefined && pc.turn < turn).map((pc) => pc.arguments)];
  }

  /**
   * The derivations the plan records for `key` of the planned call paired with `c`; for a call
   * the plan does not have (plan.mismatch says so), those of every planned call of its tool.
   */
  #derivationsOf(c: ParsedCall, key: string): Derivation[] {
    const pairs = alignPlan(this.#ctx, this.#plan.calls).pairs;
    const paired = pairs.includes(c);
    const out: Derivation[] = [];
    this.#plan.calls.forEach((pc, i) => {
      const d = pc.derivations?.[key];
      if (d && (paired ? pairs[i] === c : pc.name === c.name)) out.push(d);
    });
    return out;
  }
}
