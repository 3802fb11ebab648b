import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bfclCalls, detectFormat, readAnswers, readDataset } from '../../verifiers/formats.js';

const dir = join(__dirname, '../fixtures/verify');
const read = (f: string): string => readFileSync(join(dir, f), 'utf8');

describe('dataset readers', () => {
  it('reads OpenAI JSONL, with arguments as objects, and reports a malformed line by number', () => {
    const d = readDataset(read('openai.jsonl'));
    expect(d.format).toBe('openai');
    expect(d.rows.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    expect(d.issues).toEqual([{ line: 4, problem: expect.stringContaining('not valid JSON') }]);
    const dangling = d.rows[2].record;
    expect(dangling.messages[1]).toMatchObject({ role: 'assistant', tool_calls: [{ function: { name: 'get_weather', arguments: '{"city":"Rome"}' } }] });
  });

  it('reads Hermes/ShareGPT: tools from <tools> in the system turn, calls and responses from their tags', () => {
    const d = readDataset(read('sharegpt.jsonl'));
    expect(d.format).toBe('sharegpt');
    const r = d.rows[0].record;
    expect(r.tools.map((t) => t.function.name)).toEqual(['get_stock_price']);
    expect(r.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'tool', 'tool', 'assistant']);
    expect(r.messages[0].content).not.toContain('<tools>');
    const a = r.messages[2];
    expect(a.role === 'assistant' && a.tool_calls?.map((c) => c.function.arguments)).toEqual(['{"symbol":"AAPL"}', '{"symbol":"MSFT"}']);
    expect(r.messages[3]).toMatchObject({ role: 'tool', tool_call_id: a.role === 'assistant' ? a.tool_calls![0].id : '', content: '{"symbol": "AAPL", "price": 190.5}' });
    expect(d.rows[1].record.tools.map((t) => t.function.name)).toEqual(['get_stock_price']);
    expect(d.issues).toEqual([{ line: 3, problem: 'no "conversations" list' }]);
  });

  it('reads xLAM rows (JSON strings or values), maps dotted names and Python types', () => {
    const d = readDataset(read('xlam.json'));
    expect(d.format).toBe('xlam');
    const r = d.rows[0].record;
    expect(d.rows[0].callOnly).toBe(true);
    expect(r.tools[0].function.name).toBe('math_factorial');
    expect(r.tools[0].function.parameters).toMatchObject({ type: 'object', properties: { number: { type: 'integer' } }, required: ['number'] });
    expect(r.messages[1]).toMatchObject({ role: 'assistant', tool_calls: [{ function: { name: 'math_factorial', arguments: '{"number":5}' } }] });
  });

  it('reads BFCL questions with their possible answers (omitted when "" is acceptable and the question states none)', () => {
    const answers = readAnswers(read('possible_answer/bfcl.jsonl'));
    const d = readDataset(read('bfcl.jsonl'), 'bfcl', answers);
    expect(d.rows.map((r) => r.record.meta.category)).toEqual(['single', 'parallel', 'parallel']);
    const a = d.rows[0].record.messages[1];
    // "a base of 10 units": the question states the unit, so the call sends it (it was left out before, as BFCL allows).
    expect(a.role === 'assistant' && a.tool_calls?.[0].function.arguments).toBe('{"base":10,"height":5,"unit":"units"}');
    expect(bfclCalls([{ 'f.g': { a: [1, 2], b: ['', 3], c: [{ x: ['y'] }] } }])).toEqual([{ name: 'f.g', arguments: { a: 1, c: { x: 'y' } } }]);
  });

  it('detects formats from a row', () => {
    expect(detectFormat({ messages: [] })).toBe('openai');
    expect(detectFormat({ conversations: [] })).toBe('sharegpt');
    expect(detectFormat({ query: 'q', answers: '[]', tools: '[]' })).toBe('xlam');
    expect(detectFormat({ question: [], function: [] })).toBe('bfcl');
    expect(detectFormat({ foo: 1 })).toBeUndefined();
  });
});
