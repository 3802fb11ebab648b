/**
 * Prompt/answer rows for reward-based training (GRPO and the like): the question a policy is
 * asked and the answer its final \boxed{} is rewarded against, verified by execution when the
 * item was made. Only code items carry a verified answer; other records are skipped and counted.
 * `tools` holds the python tool (tool-format items) so the environment can offer it.
 */
import type { CanonicalRecord } from '../../core/record.js';
import { dropped, type Converted, type Format } from './common.js';

export const rlFormat: Format = {
  name: 'rl',
  description: 'prompt/answer pairs of code items for RL (question, verified answer, tolerance, unit); other categories are skipped and counted',
  rationale: { reasoning: dropped('dropped: an RL prompt has no answer text'), content: dropped('dropped: an RL prompt has no answer text'), drop: dropped('dropped') },
  convert(record: CanonicalRecord): Converted {
    const truth = record.meta.plan?.code;
    if (record.meta.category !== 'code' || truth === undefined) return { skip: 'not a code item (no verified answer)' };
    const system = record.messages.find((m) => m.role === 'system');
    const prompt = [...(system ? [{ role: 'system', content: system.content }] : []), { role: 'user', content: truth.question }];
    return {
      row: {
        id: record.id,
        split: record.split,
        prompt,
        question: truth.question,
        answer: truth.answer,
        unit: truth.unit ?? null,
        tolerance: truth.tolerance,
        skill: truth.skill,
        variant: truth.variant,
        tools: JSON.stringify(record.tools.map((t) => ({ type: 'function', function: { name: t.function.name, description: t.function.description, parameters: t.function.parameters } }))),
      },
    };
  },
};
