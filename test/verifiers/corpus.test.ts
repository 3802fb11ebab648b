import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../core/plan.js';
import { CORRUPTIONS, labeledCorpus, measureAccuracy, validEntries } from '../../verifiers/corpus.js';
import { RULE_LAYER_IDS, verifyRecord } from '../../verifiers/index.js';

const corpus = labeledCorpus();

describe('labeled corpus', () => {
  it('has a valid trajectory of every category', () => {
    const cats = new Set(validEntries().map((e) => e.record.meta.category));
    for (const c of CATEGORIES) expect(cats).toContain(c);
  });

  it('has a corruption for every rule of the rule layer', () => {
    expect(new Set(CORRUPTIONS.map((c) => c.expected))).toEqual(new Set(RULE_LAYER_IDS));
  });

  it('applies every corruption to at least one record', () => {
    for (const c of CORRUPTIONS) expect(corpus.some((l) => l.label === c.name), c.name).toBe(true);
  });

  it.each(corpus.filter((l) => l.expected).map((l) => [l.entry.name, l] as const))('%s is caught by the rule meant for it', (_n, l) => {
    const fired = new Set(verifyRecord(l.entry.record, { plan: l.entry.plan }).checks.map((c) => c.rule));
    expect(fired).toContain(l.expected);
    // Nothing fires that the corruption does not explain.
    for (const r of fired) expect([l.expected, ...l.also]).toContain(r);
  });

  it('rejects no valid record and scores every rule at precision and recall 1', () => {
    const acc = measureAccuracy(corpus);
    expect(acc.validRejected).toEqual([]);
    expect(acc.missed).toEqual([]);
    expect(acc.falseAlarms).toEqual([]);
    for (const r of acc.rules) {
      expect(r.positives, r.rule).toBeGreaterThan(0);
      expect(r.recall, r.rule).toBe(1);
      expect(r.precision, r.rule).toBe(1);
    }
  });
});

describe('words that name object properties', () => {
  // The grounding rule's word tables were plain objects: "constructor" found a function there
  // and the rule threw. Every valid record, with such words in its texts and values, must still
  // verify (and verify the same).
  const words = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
  it.each(validEntries().map((e) => [e.name, e] as const))('%s verifies the same with them in every user text', (_n, entry) => {
    const before = verifyRecord(entry.record, { plan: entry.plan });
    const messages = entry.record.messages.map((m) =>
      m.role === 'user' || m.role === 'system' ? { ...m, content: `${m.content} (${words.join(' ')}) ${words.map((w) => w.toLowerCase()).join(', ')}` } : m,
    );
    const after = verifyRecord({ ...entry.record, messages }, { plan: entry.plan });
    expect(after.checks.filter((c) => c.rule !== 'hygiene.length')).toEqual(before.checks);
  });

  it('grounds an argument value that is such a word when the user said it', async () => {
    const { Grounds, ungrounded } = await import('../../verifiers/rules/grounding.js');
    const g = new Grounds();
    g.add('Please look up the constructor and toString of valueOf, 5 items');
    for (const w of ['constructor', 'toString', 'valueOf']) expect(ungrounded(w, { type: 'string' }, [g], 'x', 'x')).toBeUndefined();
    expect(ungrounded('hasOwnProperty', { type: 'string' }, [g], 'x', 'x')).toBe('x = "hasOwnProperty" is stated nowhere before the call');
    expect(ungrounded(5, { type: 'integer' }, [g], 'x', 'x')).toBeUndefined();
  });
});
