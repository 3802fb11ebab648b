/**
 * The corruption functions of issue 14 (verifiers/corpus/corruptions/reference-free.ts and
 * grounding-blind-spots.ts) change what their names say and nothing else, on hand-made entries.
 */
import { describe, expect, it } from 'vitest';
import { CORRUPTIONS, GROUNDING_BLIND_SPOTS, validEntries, type CorpusEntry } from '../../verifiers/corpus.js';
import { swappable } from '../../verifiers/corpus/corruptions/reference-free.js';

const byName = (name: string) => [...CORRUPTIONS, ...GROUNDING_BLIND_SPOTS].find((c) => c.name === name)!;
const firstArgs = (e: CorpusEntry): Record<string, unknown> => {
  const m = e.record.messages.find((x) => x.role === 'assistant' && x.tool_calls);
  return JSON.parse(m!.role === 'assistant' ? m!.tool_calls![0].function.arguments : '{}') as Record<string, unknown>;
};
const entry = (name: string): CorpusEntry => validEntries().find((e) => e.name === name)!;

describe('reference-free corruptions', () => {
  it('swap two same-type values that fit each other\'s schema, never numbered twins', () => {
    expect(swappable({ num1: 4, num2: 5 }, { type: 'object', properties: { num1: { type: 'integer' }, num2: { type: 'integer' } } })).toBeUndefined();
    expect(swappable({ origin: 'LYS', destination: 'LIS', when: '2025-06-12' }, { type: 'object', properties: { origin: { type: 'string', pattern: '^[A-Z]{3}$' }, destination: { type: 'string', pattern: '^[A-Z]{3}$' }, when: { type: 'string' } } })).toEqual(['origin', 'destination']);
    const bad = byName('two same-type values swapped').apply(entry('single: flight search with a relative date'))!;
    expect(firstArgs(bad)).toMatchObject({ origin: 'LIS', destination: 'LYS' });
  });
  it('drop one call of three and its answer, and remove every call of a single item', () => {
    const e = entry('parallel: the weather in three cities');
    const bad = byName('one of three parallel calls dropped').apply(e)!;
    const calls = bad.record.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []) : []));
    expect(calls).toHaveLength(2);
    expect(bad.record.messages.filter((m) => m.role === 'tool')).toHaveLength(2);
    const none = byName('all calls removed from a single or multiple item').apply(entry('single: weather'))!;
    expect(none.record.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
  });
});

describe('grounding blind spots', () => {
  it('change a number\'s magnitude, or a date\'s month and day, in the call and in the plan alike', () => {
    const e = entry('multiple: currency conversion among several tools');
    const x100 = byName('a number multiplied by 100').apply(e)!;
    expect(firstArgs(x100).amount).toBe(25000);
    expect(x100.plan.calls[0].arguments.amount).toBe(25000);
    expect(firstArgs(byName('a number replaced by 1').apply(e)!).amount).toBe(1);
    const date = byName('a date whose digits appear elsewhere in the text');
    expect(firstArgs(date.apply(entry('single: flight search with a relative date'))!).departure_date).toBe('2025-12-06');
    // A day above 12 makes no month: nothing to trade.
    expect(date.apply(entry('nested: event with attendees'))).toBeUndefined();
  });
});
