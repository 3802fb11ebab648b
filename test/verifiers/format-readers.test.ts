/**
 * The readers on the shapes third-party tool-use datasets are published in: Hermes/ShareGPT with
 * NousResearch's function-calling prompt (Python literals inside the tags), Salesforce's xLAM
 * (APIGen) rows, OpenAI fine-tuning rows and Hugging Face `messages` + `tools` rows; and bad input,
 * reported with the file, the line and the problem.
 */
import { describe, expect, it } from 'vitest';
import { verifyCommand } from '../../cli/commands/verify.js';
import type { CanonicalRecord } from '../../core/record.js';
import { readDataset } from '../../verifiers/formats.js';
import { parsePythonLiteral } from '../../verifiers/formats/python-literal.js';
import { verifyRecordWith } from '../../verifiers/rules.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli.js';

const NOUS_SYSTEM =
  "You are a function calling AI model. You are provided with function signatures within <tools> </tools> XML tags. You may call one or more functions to assist with the user query. Don't make assumptions about what values to plug into functions.\n<tools>\n" +
  "[{'type': 'function', 'function': {'name': 'get_stock_price', 'description': 'Get the current stock price of a company', 'parameters': {'type': 'object', 'properties': {'symbol': {'type': 'string', 'description': 'The stock symbol, e.g. AAPL'}}, 'required': ['symbol']}}}]\n</tools>\n" +
  "For each function call return a json object with function name and arguments within <tool_call> </tool_call> tags with the following schema:\n<tool_call>\n{'arguments': <args-dict>, 'name': <function-name>}\n</tool_call>\n";

const nous = {
  id: 'nous-1',
  conversations: [
    { from: 'system', value: NOUS_SYSTEM },
    { from: 'human', value: 'What are Apple (AAPL) and Microsoft (MSFT) trading at right now?' },
    { from: 'gpt', value: "<tool_call>\n{'arguments': {'symbol': 'AAPL'}, 'name': 'get_stock_price'}\n</tool_call>\n<tool_call>\n{'arguments': {'symbol': 'MSFT'}, 'name': 'get_stock_price'}\n</tool_call>\n" },
    {
      from: 'tool',
      value:
        '<tool_response>\n{"name": "get_stock_price", "content": {\'symbol\': \'MSFT\', \'price\': 411.2, \'halted\': False}}\n</tool_response>\n<tool_response>\n{"name": "get_stock_price", "content": {\'symbol\': \'AAPL\', \'price\': 190.5, \'halted\': False}}\n</tool_response>\n',
    },
    { from: 'gpt', value: 'Apple (AAPL) is at $190.50 and Microsoft (MSFT) at $411.20.' },
  ],
};

const xlam = {
  id: 7,
  query: 'Where can I find live giveaways for beta access and games?',
  answers: '[{"name": "live_giveaways_by_type", "arguments": {"type": "beta"}}, {"name": "live_giveaways_by_type", "arguments": {"type": "game"}}]',
  tools: '[{"name": "live_giveaways_by_type", "description": "Retrieve live giveaways from the GamerPower API based on the specified type.", "parameters": {"type": {"description": "The type of giveaways to retrieve (e.g., game, loot, beta).", "type": "str", "default": "game"}}}]',
};

const openai = {
  messages: [
    { role: 'system', content: 'You are a travel assistant.' },
    { role: 'user', content: 'What is the weather in Lisbon in celsius?' },
    { role: 'assistant', content: null, tool_calls: [{ id: 'call_a1', type: 'function', function: { name: 'get_weather', arguments: '{"city": "Lisbon", "unit": "celsius"}' } }] },
    { role: 'tool', tool_call_id: 'call_a1', content: '{"city": "Lisbon", "temp_c": 21, "sky": "clear"}' },
    { role: 'assistant', content: 'It is 21 °C and clear in Lisbon.', weight: 1 },
  ],
  tools: [
    {
      type: 'function',
      function: { name: 'get_weather', description: 'Current weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } }, required: ['city'] } },
    },
  ],
  parallel_tool_calls: false,
};

const hf = {
  messages: [
    { role: 'user', content: [{ type: 'text', text: 'Convert 100 US dollars to euros.' }] },
    { role: 'assistant', content: '', reasoning_content: 'The user names both currencies and the amount, so convert_currency fits.', tool_calls: [{ type: 'function', function: { name: 'convert_currency', arguments: { amount: 100, from: 'USD', to: 'EUR' } } }] },
    { role: 'tool', name: 'convert_currency', content: '{"amount": 100, "from": "USD", "to": "EUR", "result": 92.4}' },
    { role: 'assistant', content: '100 US dollars are 92.40 euros.' },
  ],
  tools: JSON.stringify([
    {
      type: 'function',
      function: { name: 'convert_currency', description: 'Convert an amount between currencies', parameters: { type: 'object', properties: { amount: { type: 'number' }, from: { type: 'string' }, to: { type: 'string' } }, required: ['amount', 'from', 'to'] } },
    },
  ]),
};

const calls = (r: CanonicalRecord): { name: string; args: unknown }[] =>
  r.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []).map((c) => ({ name: c.function.name, args: JSON.parse(c.function.arguments) as unknown })) : []));

const rulesOf = (r: CanonicalRecord, callOnly = false): string[] =>
  verifyRecordWith(r, {}, callOnly ? { skip: new Set(['structure.unanswered-call', 'structure.final-answer']) } : undefined).checks.map((c) => `${c.rule}: ${c.message}`);

describe('third-party shapes', () => {
  it('Hermes/ShareGPT with the Hermes function-calling prompt: tools, calls and results in Python literals; the prompt is not a system text', () => {
    const d = readDataset(`${JSON.stringify(nous)}\n`, 'hermes');
    expect(d.issues).toEqual([]);
    const r = d.rows[0].record;
    expect(r.id).toBe('nous-1');
    expect(r.tools.map((t) => t.function.name)).toEqual(['get_stock_price']);
    expect(r.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'tool', 'assistant']);
    expect(calls(r)).toEqual([
      { name: 'get_stock_price', args: { symbol: 'AAPL' } },
      { name: 'get_stock_price', args: { symbol: 'MSFT' } },
    ]);
    // The MSFT result comes first: it answers the MSFT call, whose value it repeats.
    const a = r.messages[1];
    const ids = a.role === 'assistant' ? a.tool_calls!.map((c) => c.id) : [];
    expect(r.messages[2]).toEqual({ role: 'tool', tool_call_id: ids[1], content: '{"symbol":"MSFT","price":411.2,"halted":false}' });
    expect(r.messages[3]).toMatchObject({ role: 'tool', tool_call_id: ids[0] });
    expect(rulesOf(r)).toEqual([]);
  });

  it('keeps a system prompt of its own beside the Hermes instructions, and reads <think> as the rationale', () => {
    const row = {
      conversations: [
        { from: 'system', value: `You are Stocky, a terse market assistant.\n\n${NOUS_SYSTEM}` },
        nous.conversations[1],
        { from: 'gpt', value: `<think>\nTwo symbols, one tool.\n</think>\n${nous.conversations[2].value}` },
        ...nous.conversations.slice(3),
      ],
    };
    const r = readDataset(`${JSON.stringify(row)}\n`).rows[0].record;
    expect(r.messages[0]).toEqual({ role: 'system', content: 'You are Stocky, a terse market assistant.' });
    expect(r.messages[2]).toMatchObject({ role: 'assistant', content: null, reasoning: 'Two symbols, one tool.' });
  });

  it('xLAM (APIGen): query, answers and tools as JSON text, parameters as {name: {type, description, default}}', () => {
    const d = readDataset(`${JSON.stringify(xlam)}\n`);
    expect(d.format).toBe('xlam');
    const r = d.rows[0].record;
    expect(r.id).toBe('7');
    expect(r.tools[0].function.parameters).toMatchObject({ type: 'object', properties: { type: { type: 'string', default: 'game' } } });
    expect(calls(r)).toEqual([
      { name: 'live_giveaways_by_type', args: { type: 'beta' } },
      { name: 'live_giveaways_by_type', args: { type: 'game' } },
    ]);
    expect(rulesOf(r, true)).toEqual([]);
  });

  it('OpenAI fine-tuning rows, and Hugging Face rows (object arguments, tools as JSON text, content parts, reasoning_content, results by tool name)', () => {
    const d = readDataset(`${JSON.stringify(openai)}\n${JSON.stringify(hf)}\n`);
    expect(d.issues).toEqual([]);
    const [o, h] = d.rows.map((x) => x.record);
    expect(calls(o)).toEqual([{ name: 'get_weather', args: { city: 'Lisbon', unit: 'celsius' } }]);
    expect(rulesOf(o)).toEqual([]);
    expect(h.messages[0]).toEqual({ role: 'user', content: 'Convert 100 US dollars to euros.' });
    expect(h.messages[1]).toMatchObject({ role: 'assistant', content: null, reasoning: 'The user names both currencies and the amount, so convert_currency fits.' });
    const id = h.messages[1].role === 'assistant' ? h.messages[1].tool_calls![0].id : '';
    expect(h.messages[2]).toMatchObject({ role: 'tool', tool_call_id: id });
    expect(rulesOf(h)).toEqual([]);
  });

  it('Python literals: quotes, escapes, True/False/None, tuples, nesting', () => {
    expect(parsePythonLiteral(`{'a': "it's", 'b': [1, 2.5, -3e2], 'c': (True, False, None), 'd': {'e': 'x\\ny'}}`)).toEqual({
      a: "it's",
      b: [1, 2.5, -300],
      c: [true, false, null],
      d: { e: 'x\ny' },
    });
    expect(() => parsePythonLiteral("{'a': 1")).toThrow(/ends early/);
  });
});

describe('bad input', () => {
  it('is reported with the line and the problem, and the rest is read', () => {
    const cases: [string, string[], RegExp[]][] = [
      [
        'sharegpt',
        [JSON.stringify(nous), '{"conversations": [{"from": "gpt", "value": "<tool_call>\\n{not json\\n</tool_call>"}]}', '{"conversations": "none"}', 'not json at all'],
        [/the tool call in turn 0 is neither JSON nor a Python literal/, /no "conversations" list/, /not valid JSON/],
      ],
      ['xlam', [JSON.stringify(xlam), '{"query": "x", "answers": "[{]", "tools": "[]"}', '{"query": 3, "answers": "[]"}'], [/answers is a string that is not JSON/, /"query" is not a string/]],
      [
        'openai',
        [JSON.stringify(openai), '{"messages": [{"role": "narrator", "content": "x"}]}', '{"messages": [{"role": "assistant", "tool_calls": [{"function": {"arguments": "{}"}}]}]}'],
        [/message 0 has role "narrator"/, /message 0, tool call 0 has no function name/],
      ],
    ];
    for (const [format, lines, problems] of cases) {
      const d = readDataset(lines.join('\n'));
      expect(d.format).toBe(format);
      expect(d.rows.map((r) => r.line)).toEqual([1]);
      expect(d.issues.map((i) => i.line)).toEqual(problems.map((_, k) => k + 2));
      d.issues.forEach((issue, k) => expect(issue.problem).toMatch(problems[k]));
    }
  });

  it('toolforge verify names the file, the line and the problem', async () => {
    const file = join(tempDir('bad-input'), 'data.jsonl');
    writeFileSync(file, `${JSON.stringify(openai)}\n{"messages": [{"role": "narrator", "content": "x"}]}\n`);
    const log: string[] = [];
    expect(await verifyCommand({ file, json: false, log: (l) => log.push(l), stdout: () => {} })).toBe(0);
    expect(log).toContain(`${file}:2: skipped: message 0 has role "narrator"`);
  });
});

describe('tool definitions read once per distinct tool', () => {
  // The rules cache their per-tool work by the definition object; a file of 10,000 rows over
  // 2,000 tools must hand them 2,000 objects, not 40,000 copies (npm run bench:verify).
  const tool = (name: string, type = 'string') => ({ type: 'function', function: { name, description: `Looks up ${name}.`, parameters: { type: 'object', properties: { q: { type, description: 'What to look up.' } }, required: ['q'] } } });
  const row = (tools: unknown[], q: unknown) =>
    JSON.stringify({ messages: [{ role: 'user', content: `Look up ${String(q)}.` }, { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: (tools[0] as { function: { name: string } }).function.name, arguments: JSON.stringify({ q }) } }] }], tools });

  it('gives rows with the same tool one definition object, and different tools their own', () => {
    const text = [row([tool('find_a')], 'x'), row([tool('find_a')], 'y'), row([tool('find_a', 'integer')], 3), row([tool('find_b')], 'z')].join('\n');
    const { rows } = readDataset(text, 'openai');
    const defs = rows.map((r) => r.record.tools[0]);
    expect(defs[0]).toBe(defs[1]);
    expect(defs[2]).not.toBe(defs[0]);
    expect(defs[3]).not.toBe(defs[0]);
    expect((defs[2].function.parameters as { properties: { q: { type: string } } }).properties.q.type).toBe('integer');
  });
});
