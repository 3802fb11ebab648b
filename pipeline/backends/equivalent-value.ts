/**
 * When a model's argument value means the planned one though the plan rule's comparison
 * (BFCL standardisation) tells them apart: a number written as text or the reverse, a day in
 * another date format (core/derive/date-formats.ts), or a value the plan's derivation gives from
 * the user's words just as well (recomputed by the grounding rule's ImpliedValues: a unit
 * conversion at another precision, a relative date read another way). The step is read in the
 * conversation as it stands, with the step's calls appended, as the verifier will read it.
 */
import type { ToolPool } from '../../api-pool/types.js';
import type { ItemPlan } from '../../core/plan.js';
import type { CanonicalRecord, Message } from '../../core/record.js';
import { datesOfValue, monthOf } from '../../core/derive/date-formats.js';
import type { LlmToolCall } from '../../llm/index.js';
import { analyse } from '../../verifiers/rules/context.js';
import { ImpliedValues } from '../../verifiers/rules/grounding-implied.js';
import { sameValue } from '../../verifiers/rules/plan-agreement.js';
import type { SameMeaning } from './step-deviation.js';

const WHOLE_DAY = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER_TEXT = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** The same number, one side written as text. */
function sameNumber(a: unknown, p: unknown): boolean {
  if (typeof p === 'number' && typeof a === 'string' && NUMBER_TEXT.test(a)) return sameValue(Number(a), p);
  if (typeof a === 'number' && typeof p === 'string' && NUMBER_TEXT.test(p)) return sameValue(a, Number(p));
  return false;
}

/** A word a date may be written with: a number (an ordinal too) or a month's name. */
const dateWord = (w: string): boolean => w === '' || /^\d+(?:st|nd|rd|th)?$/i.test(w) || monthOf(w) !== undefined;

/** A planned day (YYYY-MM-DD) written in another format, of date words only, that reads as that day only. */
function sameDay(a: unknown, p: unknown): boolean {
  if (typeof p !== 'string' || !WHOLE_DAY.test(p) || typeof a !== 'string' || !a.split(/[\s,./-]+/).every(dateWord)) return false;
  const days = new Set(datesOfValue(a));
  return days.size === 1 && days.has(p);
}

/** The judge of values for the step `calls` after `messages` of the record `base`. */
export function sameMeaningIn(base: CanonicalRecord, messages: readonly Message[], calls: readonly LlmToolCall[], pool: ToolPool, plan: ItemPlan): SameMeaning {
  let derived: ((call: number, key: string, value: unknown) => boolean) | undefined;
  // Built on first need: most values agree, or differ as no reader would accept.
  const derives = (): NonNullable<typeof derived> => {
    const tool_calls = calls.map((c) => ({ id: c.id, type: 'function' as const, function: { name: c.name, arguments: JSON.stringify(c.arguments) } }));
    const trial = { ...base, messages: [...messages, { role: 'assistant' as const, content: null, tool_calls }] };
    const ctx = analyse(trial, pool, plan);
    const implied = ImpliedValues.of(ctx);
    if (!implied) return () => false;
    for (let mi = 0; mi < messages.length; mi++) implied.add(mi);
    const step = ctx.steps[ctx.steps.length - 1];
    return (call, key, value) => {
      const c = step[call];
      const props = (c.tool?.parameters as { properties?: Record<string, Record<string, unknown>> } | undefined)?.properties;
      const j = implied.judge(c, key, value, props?.[key]);
      return j !== undefined && 'follows' in j;
    };
  };
  return (call, key, a, p) => sameNumber(a, p) || sameDay(a, p) || (derived ??= derives())(call, key, a);
}
