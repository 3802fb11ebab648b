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
