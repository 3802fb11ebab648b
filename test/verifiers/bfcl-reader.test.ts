/**
 * The BFCL reader on the shapes BFCL v4's live and irrelevance categories use (issue 14):
 * history turns keep their roles, an empty list of acceptable values for an array is the empty
 * array, the category comes from the file's name when the id does not name it, a question that
 * states an acceptable value sends it, and `toolforge verify` refuses a file whose answers are
 * missing (exit 2, naming the file) instead of judging calls that are not there.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCommand } from '../../cli/commands/verify.js';
import { bfclCategory, bfclFileCategory, readDataset } from '../../verifiers/formats.js';
import { verifyRecordWith } from '../../verifiers/index.js';

const doc = { name: 'record', description: 'Log queries by kind.', parameters: { type: 'dict', required: ['atm', 'hours'], properties: { atm: { type: 'array', items: { type: 'string' }, description: 'ATM queries.' }, hours: { type: 'array', items: { type: 'string' }, description: 'Opening hours queries.' } } } };

describe('BFCL reader', () => {
  it('keeps an assistant history turn as assistant text (no two user turns in a row)', () => {
    const question = [[{ role: 'system', content: 'You are a bank assistant.' }, { role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello! How can I help?' }, { role: 'user', content: 'Find an ATM' }]];
    const line = JSON.stringify({ id: 'live_simple_9-1-0', question, function: [doc], ground_truth: [{ record: { atm: [['Find an ATM']], hours: [] } }] });
    const r = readDataset(line, 'bfcl').rows[0].record;
    expect(r.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user', 'assistant']);
    // `"hours": []`: nothing of that kind was asked, the required array is empty.
    const call = r.messages[4];
    expect(call.role === 'assistant' && JSON.parse(call.tool_calls![0].function.arguments)).toEqual({ atm: ['Find an ATM'], hours: [] });
    expect(verifyRecordWith(r, {}, { skip: new Set(['structure.unanswered-call', 'structure.final-answer']) }).checks.filter((c) => c.rule.startsWith('structure') || c.rule.startsWith('args'))).toEqual([]);
  });

  it('names the category from the id, else from the file name', () => {
    expect(bfclCategory('live_relevance_3-3-0')).toBe('relevance');
    expect(bfclCategory('live_irrelevance_3-3-0')).toBe('irrelevance');
    expect(bfclCategory('java_12')).toBe('single');
    expect(bfclFileCategory('/x/BFCL_v4_live_parallel_multiple.json')).toBe('parallel-multiple');
    const line = JSON.stringify({ id: '17', question: [[{ role: 'user', content: 'Weather in Oslo?' }]], function: [] });
    expect(readDataset(line, 'bfcl', undefined, bfclFileCategory('BFCL_v4_simple_python.json')).rows[0].record.meta.category).toBe('single');
  });

  it('sends an optional value the question states, and leaves out one it does not', () => {
    const f = { name: 'area', description: 'Area.', parameters: { type: 'dict', required: ['base'], properties: { base: { type: 'integer', description: 'Base.' }, unit: { type: 'string', description: 'Unit.' }, scale: { type: 'float', description: 'Scale.' } } } };
    const line = JSON.stringify({ id: 'simple_python_1', question: [[{ role: 'user', content: 'Area with a base of 10 units, scaled by 8.854 x 10^-12?' }]], function: [f], ground_truth: [{ area: { base: [10], unit: ['units', ''], scale: [8.854e-12, ''] } }] });
    const call = readDataset(line, 'bfcl').rows[0].record.messages[1];
    expect(call.role === 'assistant' && JSON.parse(call.tool_calls![0].function.arguments)).toEqual({ base: 10, unit: 'units', scale: 8.854e-12 });
    const line2 = JSON.stringify({ id: 'simple_python_2', question: [[{ role: 'user', content: 'Area with a base of 10?' }]], function: [f], ground_truth: [{ area: { base: [10], unit: ['units', ''] } }] });
    const call2 = readDataset(line2, 'bfcl').rows[0].record.messages[1];
    expect(call2.role === 'assistant' && JSON.parse(call2.tool_calls![0].function.arguments)).toEqual({ base: 10 });
  });
});

describe('toolforge verify on BFCL files without their answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toolforge-bfcl-'));
  const question = (id: string): string => JSON.stringify({ id, question: [[{ role: 'user', content: 'What is the weather in Oslo?' }]], function: [{ name: 'get_weather', description: 'Weather.', parameters: { type: 'dict', properties: { city: { type: 'string', description: 'City.' } }, required: ['city'] } }] });
  const run = async (file: string): Promise<{ code: number; log: string[] }> => {
    const log: string[] = [];
    const code = await verifyCommand({ file, json: true, format: 'bfcl', log: (l) => log.push(l), stdout: () => undefined });
    return { code, log };
  };

  it('refuses a category whose answer is a definite call (exit 2, naming the answer file)', async () => {
    const file = join(dir, 'BFCL_v4_simple_python.json');
    writeFileSync(file, `${question('simple_python_0')}\n`);
    const r = await run(file);
    expect(r.code).toBe(2);
    expect(r.log.join('\n')).toContain(join(dir, 'possible_answer', 'BFCL_v4_simple_python.json'));
  });

  it('verifies irrelevance questions, whose right answer is no call, without one', async () => {
    const file = join(dir, 'BFCL_v4_irrelevance.json');
    writeFileSync(file, `${question('irrelevance_0')}\n`);
    expect((await run(file)).code).toBe(0);
  });
});
