/**
 * grounding.value: every argument value of a call is stated before the call, in the system
 * prompt, a user message or an earlier tool result (assistant text does not count: a value
 * the assistant said first is still its own invention), or is the parameter's default, or a
 * reader derives it from those words with the derivation library (core/derive/, the same one
 * the planner implies values with): case, spacing, word forms and one-letter slips; numbers in
 * words, with magnitudes and in other units; dates in any format, or relative to a stated
 * today; clock times; codes from names (countries, languages, currencies, US states, airports,
 * time zones, tickers, also in other languages and scripts); an enum code by its everyday
 * words (grounding-value.ts). Booleans and null are never checked: the wording carries them.
 *
 * Implied values the plan records ("next Friday", "Tokyo" for HND, "the first one") are
 * recomputed first (grounding-implied.ts): a recorded derivation whose words the user did not
 * say, or that gives another value, is a fault whatever else the text says. Without the item's
 * plan, the derivations in the plan a published record carries are read the same way.
 *
 * Every regular expression is compiled once, at load; a record's context is normalised once,
 * message by message, as the walk goes.
 */
import type { RuleContext } from './context.js';
import { textOf } from './context.js';
import { dateOrderOf } from '../../core/derive/date-formats.js';
import { normalise } from '../../core/derive/normalise.js';
import { Grounds } from './grounding-grounds.js';
import { ImpliedValues } from './grounding-implied.js';
import { numbersTakenByOthers, saysAnotherOf } from './grounding-mentions.js';
import { ungrounded } from './grounding-value.js';

type Schema = Record<string, unknown>;

export { normalise, Grounds, ungrounded };

const toolGroundsCache = new WeakMap<object, Map<string, Grounds>>();

/**
 * What a tool's documentation states for parameter `key`: the tool's description and every
 * description in that parameter's schema. Another parameter's description does not count: its
 * "Default is 1" is that parameter's default, no value of this one.
 */
function toolGrounds(tool: { description: string; parameters: Record<string, unknown> }, key: string): Grounds {
  let byKey = toolGroundsCache.get(tool);
  if (!byKey) toolGroundsCache.set(tool, (byKey = new Map()));
  let g = byKey.get(key);
  if (g) return g;
  g = new Grounds({ words: false });
  g.add(tool.description ?? '', undefined, false);
  const walk = (s: unknown, depth: number): void => {
    if (s === null || typeof s !== 'object' || depth > 6) return;
    const o = s as Record<string, unknown>;
    if (typeof o.description === 'string') g!.add(o.description, undefined, false);
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object') walk(v, depth + 1);
  };
  walk(propSchema(tool.parameters, key), 0);
  byKey.set(key, g);
  return g;
}

/**
 * A list of codes in a description: "1 represents cleaning, 2 represents ironing", "'1' for
 * Bangkok, '2' for Chiang Mai", "1 corresponds to Bangkok, 2 to Chiang Mai".
 */
const CODE_ITEM = /(?:^|[\s,;(])['"]?(\d+)['"]?\s*(?:represents|stands for|corresponds to|means|for|to|=|:)\s+(?:an?\s+|the\s+)?(\p{L}[\p{L}\s'-]{1,40}?)(?=\s*(?:[,;.)]|\band\b|\bor\b|$))/gu;
const CODE_STOP = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in']);

/**
 * Whether `description` lists codes with their meanings, `v` among them, and the conversation says
 * the meaning of another code but not that of `v`: the user asked for another one. Nothing is
 * said of a meaning the conversation does not name (in another language, say): the code stands.
 */
function otherCodeMeant(v: number, description: string, g: Grounds): boolean {
  if (!/\d/.test(description)) return false;
  const codes = new Map<number, string[]>();
  CODE_ITEM.lastIndex = 0;
  for (const m of description.matchAll(CODE_ITEM)) {
    const code = Number(m[1]);
    if (!codes.has(code)) codes.set(code, normalise(m[2]).split(' ').filter((w) => w.length >= 3 && !CODE_STOP.has(w)));
  }
  if (codes.size < 2 || !codes.has(v)) return false;
  // The words every meaning shares ("service") tell none apart.
  const lists = [...codes.values()];
  const common = new Set(lists[0].filter((w) => lists.every((l) => l.includes(w))));
  const said = (words: readonly string[]): boolean => words.some((w) => !common.has(w) && (g.hasToken(w) || g.hasWordForm(w)));
  if (said(codes.get(v)!)) return false;
  for (const [code, words] of codes) if (code !== v && said(words)) return true;
  return false;
}

const sameJson = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** A schema's subschema for a top-level property. */
function propSchema(params: unknown, key: string): Schema | undefined {
  if (params === null || typeof params !== 'object') return undefined;
  const props = (params as Schema).properties;
  return props && typeof props === 'object' ? ((props as Record<string, Schema>)[key] ?? undefined) : undefined;
}

export function checkGrounding(ctx: RuleContext): void {
  if (ctx.calls.length === 0) return;
  const g = new Grounds({ order: ctx.plan ? dateOrderOf(ctx.plan.world.locale.country) : 'both' });
  const implied = ImpliedValues.of(ctx);
  let next = 0; // next message to add to the grounds
  for (const c of ctx.calls) {
    for (; next < c.message; next++) {
      const m = ctx.messages[next];
      if (m.role === 'system' || m.role === 'user' || m.role === 'tool') g.add(textOf(m), ctx.normalised(next), m.role !== 'tool');
      implied?.add(next);
    }
    if (!c.args || !c.tool) continue;
    // A number every saying of which is another argument's ("a=1" sent as a = 1 and b = 1).
    const taken = new Set(numbersTakenByOthers(ctx, c));
    for (const [k, v] of Object.entries(c.args)) {
      const schema = propSchema(c.tool.parameters, k);
      if (!schema) continue; // unknown parameter: args.unknown says so
      const j = implied?.judge(c, k, v, schema);
      if (j && 'fault' in j) ctx.add('grounding.value', `${c.name}: ${k} = ${JSON.stringify(v)} does not follow from what the user said: ${j.fault}`, { message: c.message, call: c.call });
      if (j && !('paths' in j && j.paths)) continue;
      // Said in the conversation, or in the tool's own documentation ("default is 9.81", "'all' for every region"), leaf by leaf
      // (but the parts of a nested value its derivation gives).
      // The tool's documentation is read (and its grounds built, per tool) only for a value the conversation does not ground.
      const derived = j && 'paths' in j ? j.paths : undefined;
      let why = ungrounded(v, schema, [g], k, k, 0, derived);
      if (why) {
        const first = why;
        why = ungrounded(v, schema, [g, toolGrounds(c.tool, k)], k, k, 0, derived);
        // A default or an example the documentation gives, where the user says a number of the parameter ("two tickets" sent as the default 1).
        if (!why && typeof v === 'number' && saysAnotherOf(ctx, c, k, v, schema.description)) why = `${first} (the user says another number of it; the documentation's ${v} is no answer to that)`;
      }
      // The parameter's default where the user says another number of it ("set the starting level to 5" sent as the default 1), and
      // not the default itself, in a turn of one call (a parallel turn's other calls may take the other numbers).
      if (!why && typeof v === 'number' && sameJson(schema.default, v) && ctx.steps[c.step]?.length === 1 && !g.hasNumber(v) && saysAnotherOf(ctx, c, k, v, schema.description)) {
        why = `${k} = ${v} is stated nowhere before the call (the user says another number of it; the default ${v} is no answer to that)`;
      }
      // A code its documentation lists ("1 represents cleaning, 2 represents ironing") whose meaning is not what the user asks for
      // (also when a choice of two needs no saying), unless the user says the code itself.
      if (!why && typeof v === 'number' && typeof schema.description === 'string' && otherCodeMeant(v, schema.description, g) && !g.hasNumber(v)) {
        why = `${k} = ${v} is stated nowhere before the call (the documentation's ${v} means something the user did not ask for)`;
      }
      // With a plan, a follow-up's value kept from an earlier turn needs no saying again.
      if (why && implied?.carriedOver(c, k, v)) why = undefined;
      if (!why && taken.has(k) && !derived) why = `${k} = ${JSON.stringify(v)} is stated nowhere before the call (each time the request says ${JSON.stringify(v)}, it is of another argument)`;
      if (why) ctx.add('grounding.value', `${c.name}: ${why}`, { message: c.message, call: c.call });
    }
  }
}
