/**
 * Deviation handling for one assistant step, at the step (the DFSDT / self-consistency idea):
 * `samples` samples are asked at once and the first that agrees with the plan is kept (else the
 * first whose only deviations are equivalent); while none does, the step is asked again, one
 * sample at a time, up to `resamples` more. A step that still deviates then is given back
 * unkept: its item is rejected. Each sample's deviations are counted by class and by what became
 * of the sample (deviation-tally.ts).
 */
import type { AssistantStep } from '../agents/assistant/llm.js';
import { EQUIVALENT_CLASSES, countDeviations, type DeviationTally } from './deviation-tally.js';
import type { StepReading } from './step-deviation.js';

export interface StepPolicy {
  /** Samples asked for each step at once (config `assistant.samples`, default 1). */
  readonly samples: number;
  /** Samples asked after those, one at a time, while none agrees (config `deviation.resamples`, default 2). */
  readonly resamples: number;
}

export const DEFAULT_STEP_POLICY: StepPolicy = { samples: 1, resamples: 2 };

export interface SampledStep {
  readonly step: AssistantStep;
  readonly reading: StepReading;
  /** False when every sample the budget allows deviates: the item is to be rejected. */
  readonly kept: boolean;
}

interface Sample {
  readonly step: AssistantStep;
  readonly reading: StepReading;
}

/** 0: as planned, 1: only equivalent deviations, 2: a real one. */
function rank(r: StepReading): number {
  if (r.deviations.length === 0) return 0;
  return r.deviations.every((d) => EQUIVALENT_CLASSES.has(d.class)) ? 1 : 2;
}

/** Ask for the step (`ask(sample)`, sample 0 first) and keep a sample that agrees with the plan, as the policy allows. */
export async function sampleStep(ask: (sample: number) => Promise<AssistantStep>, read: (step: AssistantStep) => StepReading, policy: StepPolicy, tally: DeviationTally): Promise<SampledStep> {
  const take = async (samples: readonly number[]): Promise<Sample[]> => {
    tally.samples += samples.length;
    const steps = await Promise.all(samples.map(ask));
    return steps.map((step) => ({ step, reading: read(step) }));
  };
  tally.steps++;
  let batch = await take(Array.from({ length: policy.samples }, (_, i) => i));
  for (let r = 0; ; r++) {
    const best = [0, 1].map((n) => batch.findIndex((s) => rank(s.reading) === n)).find((i) => i >= 0);
    if (best !== undefined) {
      batch.forEach((s, i) => countDeviations(tally, s.reading.deviations, i === best ? 'accepted' : 'discarded'));
      return { ...batch[best], kept: true };
    }
    if (r >= policy.resamples) {
      batch.forEach((s, i) => countDeviations(tally, s.reading.deviations, i === batch.length - 1 ? 'rejected' : 'discarded'));
      return { ...batch[batch.length - 1], kept: false };
    }
    for (const s of batch) countDeviations(tally, s.reading.deviations, 'resampled');
    batch = await take([policy.samples + r]);
  }
}
