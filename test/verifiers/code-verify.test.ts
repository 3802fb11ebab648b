import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalRecord, Message } from '../../core/record.js';
import { itemSeed } from '../../core/rng.js';
import { resolveConfig } from '../../pipeline/config.js';
import { CodeProcessor } from '../../pipeline/code/code-processor.js';
import { Sandbox } from '../../pipeline/code/sandbox.js';
import type { ClaimedItem } from '../../pipeline/engine/checkpoint.js';
import { outputShows, sameAnswer, verifyRecord } from '../../verifiers/index.js';

describe('sameAnswer: the final answer against the known one', () => {
  // [given, known, tolerance, unit, same?]
  const CASES: [string, string, number, string | undefined, boolean][] = [
    ['23', '23', 0, undefined, true],
    ['1,234,567', '1234567', 0, undefined, true],
    ['$2,033.50', '2033.5', 0, 'dollars', true],
    ['2033.50 dollars', '2033.5', 0, 'dollars', true],
    ['12.35', '12.34', 0.01, 'km', true],
    ['12.37', '12.34', 0.01, 'km', false],
    ['12.34 km', '12.34', 0.01, 'km', true],
    ['12.34 kilometres', '12.34', 0.01, 'km', true],
    ['12.34 miles', '12.34', 0.01, 'km', false],
    ['7/3', '7/3', 0, undefined, true],
    ['14/6', '7/3', 0, undefined, true],
    ['2.3333333333333335', '7/3', 0, undefined, true],
    ['2.33', '7/3', 0, undefined, false],
    ['x = -4', '-4', 0, undefined, true],
    ['123456789012345678', '123456789012345678', 0, undefined, true],
    ['123456789012345679', '123456789012345678', 0, undefined, false],
    ['-5, -2, 4', '-5, -2, 4', 0, undefined, true],
    ['-5, 4', '-5, -2, 4', 0, undefined, false],
    ['-2, -5, 4', '-5, -2, 4', 0, undefined, false],
    ['Tuesday', 'Tuesday', 0, undefined, true],
    ['tuesday.', 'Tuesday', 0, undefined, true],
    ['Monday', 'Tuesday', 0, undefined, false],
    ['2024-11-19', '2024-11-19', 0, undefined, true],
    ['2024-11-18', '2024-11-19', 0, undefined, false],
  ];
  it.each(CASES)('%s against %s (tolerance %s, unit %s): %s', (given, known, tol, unit, same) => {
    expect(sameAnswer(given, known, tol, unit)).toBe(same);
  });

  it('outputShows finds the answer among the numbers of an output, float noise aside only when asked', () => {
    expect(outputShows('check: [0, 0]\n[-3, 5]', '-3, 5', 0)).toBe(true);
    expect(outputShows('[5]', '-3, 5', 0)).toBe(false);
    expect(outputShows('0.30000000000000004', '0.3', 0)).toBe(true);
    expect(outputShows('0.30000000000000004', '0.3', 0, false)).toBe(false);
    expect(outputShows('2024-11-19', '2024-11-19', 0)).toBe(true);
  });
});

describe('verification by execution rejects what is wrong with a code record', () => {
  let sandbox: Sandbox;
  let good: CanonicalRecord;
  let inline: CanonicalRecord;
  let twoStep: CanonicalRecord;

  beforeAll(async () => {
    sandbox = new Sandbox({ workers: 1 });
    const item = (idx: number): ClaimedItem => ({ idx, seed: itemSeed(3, idx), category: 'code', split: 'train', attempts: 1, retryBase: 0 });
    const tool = new CodeProcessor(resolveConfig({ mix: { code: 1 }, code: { mistakeRate: 0 } }), { sandbox });
    good = await tool.makeRecord(item(0));
    const withMistakes = new CodeProcessor(resolveConfig({ mix: { code: 1 }, code: { mistakeRate: 1, skills: ['arithmetic', 'units', 'counting'] } }), { sandbox });
    for (let i = 0; !twoStep; i++) {
      const r = await withMistakes.makeRecord(item(i));
      if (r.meta.plan!.code!.runs.length === 2) twoStep = r;
    }
    inline = await new CodeProcessor(resolveConfig({ mix: { code: 1 }, code: { format: 'inline', mistakeRate: 0 } }), { sandbox }).makeRecord(item(1));
  }, 60_000);
  afterAll(() => sandbox.close());

  const edit = (r: CanonicalRecord, i: number, m: (msg: Message) => Message): CanonicalRecord => ({ ...r, messages: r.messages.map((x, k) => (k === i ? m(x) : x)) });
  const last = (r: CanonicalRecord): number => r.messages.length - 1;
  const rules = (r: CanonicalRecord): string[] => [...new Set(verifyRecord(r).checks.map((c) => c.rule))].sort();

  it('accepts the records as made', () => {
    for (const r of [good, inline, twoStep]) expect(verifyRecord(r).checks).toEqual([]);
  });

  it('a wrong final answer: code.answer', () => {
    const truth = good.meta.plan!.code!;
    const bad = edit(good, last(good), (m) => ({ ...m, content: (m.content as string).replace(`\\boxed{${truth.answer}}`, '\\boxed{999999}') }) as Message);
    expect(rules(bad)).toEqual(['code.answer']);
  });

  it('no final answer: code.answer', () => {
    const bad = edit(good, last(good), (m) => ({ ...m, content: (m.content as string).replace(/\\boxed\{[^}]*\}/, 'done') }) as Message);
    expect(rules(bad)).toEqual(['code.answer']);
  });

  it('an output the text quotes but the program did not give: code.output-claim', () => {
    const bad = edit(good, last(good), (m) => ({ ...m, content: (m.content as string).replace(/`[^`]+`/, '`424242`') }) as Message);
    expect(rules(bad)).toEqual(['code.output-claim']);
  });

  it('a tool result that is not the real output: the answer is unsupported', () => {
    const toolAt = good.messages.findIndex((m) => m.role === 'tool');
    const bad = edit(good, toolAt, (m) => ({ ...m, content: JSON.stringify({ stdout: '17\n', result: null, error: null }) }) as Message);
    expect(rules(bad)).toContain('code.unsupported');
  });

  it('a program that stopped with an error nobody planned: code.ran', () => {
    const toolAt = good.messages.findIndex((m) => m.role === 'tool');
    const bad = edit(good, toolAt, (m) => ({ ...m, content: JSON.stringify({ stdout: '', result: null, error: 'NameError: name \'x\' is not defined' }) }) as Message);
    expect(rules(bad)).toContain('code.ran');
  });

  it('a planned mistake that is never fixed: code.ran and code.runs', () => {
    const firstTool = twoStep.messages.findIndex((m) => m.role === 'tool');
    const cut: CanonicalRecord = { ...twoStep, messages: [...twoStep.messages.slice(0, firstTool + 1), twoStep.messages[last(twoStep)]] };
    expect(rules(cut)).toEqual(expect.arrayContaining(['code.ran', 'code.runs']));
  });

  it('a "mistake" whose output was right all along: code.mistake-exposed', () => {
    const truth = twoStep.meta.plan!.code!;
    const firstTool = twoStep.messages.findIndex((m) => m.role === 'tool');
    const right = twoStep.messages.filter((m) => m.role === 'tool')[1];
    const bad = edit(twoStep, firstTool, () => ({ ...right, tool_call_id: 'call_1' }));
    expect(rules(bad)).toContain('code.mistake-exposed');
    expect(truth.runs[0]).not.toBe('ok');
  });

  it('inline: a python block without its output, and a changed output', () => {
    const noOutput = edit(inline, last(inline), (m) => ({ ...m, content: (m.content as string).replace(/```output\n[\s\S]*?```/, '') }) as Message);
    expect(rules(noOutput)).toEqual(['code.structure']);
    const changed = edit(inline, last(inline), (m) => ({ ...m, content: (m.content as string).replace(/```output\n[\s\S]*?```/, '```output\n31337\n```') }) as Message);
    expect(rules(changed)).toEqual(expect.arrayContaining(['code.unsupported']));
  });

  it('a row read from an export (no meta): recognised by its shape and checked the same', () => {
    const exported = (r: CanonicalRecord): CanonicalRecord => ({ ...r, meta: { ...r.meta, category: 'unknown', plan: undefined } });
    for (const r of [good, inline, twoStep]) expect(verifyRecord(exported(r)).checks).toEqual([]);
    const bad = edit(exported(good), last(good), (m) => ({ ...m, content: (m.content as string).replace(/`[^`]+`/, '`424242`') }) as Message);
    expect(rules(bad)).toEqual(['code.output-claim']);
    const otherTool = { ...exported(good), tools: [{ ...good.tools[0], function: { ...good.tools[0].function, name: 'run_python' } }] };
    expect(rules(otherTool).some((r) => r.startsWith('code.'))).toBe(false);
  });

  it('a call to another tool: code.structure', () => {
    const callAt = good.messages.findIndex((m) => m.role === 'assistant' && m.tool_calls);
    const bad = edit(good, callAt, (m) => {
      const a = m as Extract<Message, { role: 'assistant' }>;
      return { ...a, tool_calls: a.tool_calls!.map((c) => ({ ...c, function: { ...c.function, name: 'shell' } })) };
    });
    expect(rules(bad)).toEqual(['code.structure']);
  });
});
