/**
 * The classifier of an assistant step against the plan's step, one case per class, and the
 * handling of samples (kept, resampled, discarded, rejected) with a scripted step.
 */
import { describe, expect, it } from 'vitest';
import type { PlannedCall } from '../../core/plan.js';
import type { LlmToolCall } from '../../llm/index.js';
import type { AssistantStep } from '../../pipeline/agents/assistant/llm.js';
import { emptyTally } from '../../pipeline/backends/deviation-tally.js';
import { plannedSteps, readStep, type SameMeaning } from '../../pipeline/backends/step-deviation.js';
import { sampleStep } from '../../pipeline/backends/step-samples.js';
import { sameMeaningIn } from '../../pipeline/backends/equivalent-value.js';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import { resolveConfig } from '../../pipeline/config.js';
import { heldOutTools, planItem, simulateOffline } from '../../pipeline/generate.js';
import { describeItem } from '../../pipeline/planning/category-mix.js';

const schema = { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer' }, units: { type: 'string', default: 'metric' } } };
const plan: PlannedCall[] = [
  { name: 'weather', arguments: { city: 'Lyon', days: 3 } },
  { name: 'weather', arguments: { city: 'Oslo', days: 3 } },
];
const call = (name: string, args: Record<string, unknown>, id = `c_${name}_${JSON.stringify(args).length}`): LlmToolCall => ({ id, name, arguments: args });
const lyon = call('weather', { city: 'Lyon', days: 3 }, 'a');
const oslo = call('weather', { city: 'Oslo', days: 3 }, 'b');
// "three" means 3 here, as a derivation would say; nothing else means anything else.
const sameMeaning: SameMeaning = (_call, _key, actual, planned) => actual === 'three' && planned === 3;

describe('an assistant step read against the plan', () => {
  it.each([
    ['as planned', [lyon, oslo], []],
    ['as planned, with a default stated', [call('weather', { city: 'Lyon', days: 3, units: 'metric' }), oslo], []],
    ['as planned, strings BFCL-equal', [call('weather', { city: 'lyon', days: 3 }), oslo], []],
    ['reordered', [oslo, lyon], ['reordered']],
    ['an equivalent value', [call('weather', { city: 'Lyon', days: 'three' }), oslo], ['equivalent-value']],
    ['a wrong value', [call('weather', { city: 'Paris', days: 3 }), oslo], ['wrong-value']],
    ['a wrong tool', [call('forecast', { city: 'Lyon', days: 3 }), oslo], ['wrong-tool']],
    ['a missing call', [lyon], ['missing-call']],
    ['no call at all', [], ['missing-call', 'missing-call']],
    ['an extra call', [lyon, oslo, call('weather', { city: 'Rome', days: 3 })], ['extra-call']],
  ] as const)('%s', (_label, actual, classes) => {
    const r = readStep(actual, plan, () => schema, sameMeaning);
    expect(r.deviations.map((d) => d.class)).toEqual(classes);
  });

  it('writes an equivalent value as planned, and keeps the model call otherwise', () => {
    const r = readStep([call('weather', { city: 'Lyon', days: 'three' }, 'x'), oslo], plan, () => schema, sameMeaning);
    expect(r.calls).toEqual([{ id: 'x', name: 'weather', arguments: { city: 'Lyon', days: 3 } }, oslo]);
  });

  it('finds any call extra where the plan has none for the step', () => {
    expect(readStep([lyon], [], () => schema, sameMeaning).deviations.map((d) => d.class)).toEqual(['extra-call']);
    expect(readStep([], [], () => schema, sameMeaning).deviations).toEqual([]);
  });

  it('orders planned steps by turn, then step', () => {
    const steps = plannedSteps([
      { name: 'b', arguments: {}, turn: 1 },
      { name: 'a2', arguments: {}, step: 1 },
      { name: 'a1', arguments: {} },
      { name: 'a1b', arguments: {}, step: 0 },
    ]);
    expect(steps.map((g) => g.map((c) => c.name))).toEqual([['a1', 'a1b'], ['a2'], ['b']]);
  });
});

describe('an equivalent value in a planned conversation', () => {
  // Item 14 of a `single` job seeded 5 on the built-in tools: log_workout, the user says "153 miles" for distance_km 246 and "September 14" for 2026-09-14.
  const pool = makePool(BUILTIN_TOOLS);
  const mix = { single: 1 };
  const config = resolveConfig({ seed: 5, mix });
  const d = describeItem(5, 14, mix, config.unseen.itemShare);
  const plan = planItem(14, d.seed, d.category, pool, { split: d.split, heldOut: heldOutTools(pool, config.unseen.toolShare, 5), distractors: config.toolset.distractors });
  const base = simulateOffline(plan, pool, { id: 'x', split: d.split, noiseRate: 0 });
  const planned = plan.calls[0];

  it('is the planned call of this item', () => {
    expect(planned.name).toBe('log_workout');
    expect(planned.derivations?.distance_km).toMatchObject({ kind: 'unit-conversion', said: '153 miles' });
    expect(planned.arguments).toMatchObject({ distance_km: 246, date: '2026-09-14' });
  });

  it.each([
    ['the conversion at another precision', 'distance_km', 246.2, true],
    ['another distance', 'distance_km', 300, false],
    ['the day in words', 'date', 'September 14, 2026', true],
    ['the day in words with another word', 'date', 'September 14, 2026 maybe', false],
    ['another day', 'date', 'September 15, 2026', false],
    ['an ambiguous day', 'date', '09/10/2026', false],
  ] as const)('%s: %s', (_label, key, value, same) => {
    const calls = [{ id: 'c1', name: planned.name, arguments: { ...planned.arguments, [key]: value } }];
    const r = readStep(calls, [planned], (n) => base.tools.find((t) => t.function.name === n)?.function.parameters, sameMeaningIn(base, base.messages.slice(0, 2), calls, pool, plan));
    expect(r.deviations.map((x) => x.class)).toEqual([same ? 'equivalent-value' : 'wrong-value']);
    if (same) expect(r.calls[0].arguments).toEqual(planned.arguments);
  });
});

describe('the samples of a step', () => {
  const step = (calls: LlmToolCall[]): AssistantStep => ({ text: undefined, toolCalls: calls });
  const read = (s: AssistantStep) => readStep(s.toolCalls, plan, () => schema, sameMeaning);
  const wrong = step([call('weather', { city: 'Paris', days: 3 }), oslo]);
  const right = step([lyon, oslo]);

  it.each([
    ['kept at once', { samples: 1, resamples: 2 }, [right], true, 1, {}],
    ['an equivalent one kept, counted as accepted', { samples: 1, resamples: 2 }, [step([oslo, lyon])], true, 1, { reordered: { accepted: 1 } }],
    ['resampled, then kept', { samples: 1, resamples: 2 }, [wrong, right], true, 2, { 'wrong-value': { resampled: 1 } }],
    ['rejected after the budget', { samples: 1, resamples: 2 }, [wrong, wrong, wrong, right], false, 3, { 'wrong-value': { resampled: 2, rejected: 1 } }],
    ['no budget: rejected at once', { samples: 1, resamples: 0 }, [wrong, right], false, 1, { 'wrong-value': { rejected: 1 } }],
    ['three at once, the agreeing one kept', { samples: 3, resamples: 0 }, [wrong, right, wrong], true, 3, { 'wrong-value': { discarded: 2 } }],
    ['three at once, an exact one preferred to an equivalent one', { samples: 3, resamples: 0 }, [step([oslo, lyon]), right, wrong], true, 3, { reordered: { discarded: 1 }, 'wrong-value': { discarded: 1 } }],
    ['two at once, both off, then one more', { samples: 2, resamples: 1 }, [wrong, wrong, right], true, 3, { 'wrong-value': { resampled: 2 } }],
  ] as const)('%s', async (_label, policy, answers, kept, asked, byClass) => {
    const seen: number[] = [];
    const tally = emptyTally();
    const got = await sampleStep(async (n) => (seen.push(n), answers[n]), read, policy, tally);
    expect(got.kept).toBe(kept);
    expect(seen).toEqual(Array.from({ length: asked }, (_, i) => i));
    expect(tally).toEqual({ steps: 1, samples: asked, byClass });
  });
});
