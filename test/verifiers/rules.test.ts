import { describe, expect, it } from 'vitest';
import type { CanonicalRecord, Message, ToolDefinition } from '../../core/record.js';
import type { ItemPlan } from '../../core/plan.js';
import { CORPUS_TOOLS, validEntries, type CorpusEntry } from '../../verifiers/corpus.js';
import { RULE_IDS, verifyRecord, verifyRecordWith } from '../../verifiers/index.js';

type Assistant = Extract<Message, { role: 'assistant' }>;
const entries = validEntries();
const byName = (prefix: string): CorpusEntry => {
  const e = entries.find((x) => x.name.startsWith(prefix));
  if (!e) throw new Error(prefix);
  return structuredClone(e);
};
const rules = (r: CanonicalRecord, plan?: ItemPlan): string[] => [...new Set(verifyRecord(r, plan ? { plan } : {}).checks.map((c) => c.rule))];

/** A one-call record on the corpus tools: user text, call arguments, optional system prompt. */
function oneCall(userText: string, name: string, args: unknown, opts: { system?: string; tools?: ToolDefinition[]; category?: string } = {}): CanonicalRecord {
  const messages: Message[] = [];
  if (opts.system) messages.push({ role: 'system', content: opts.system });
  messages.push(
    { role: 'user', content: userText },
    { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) } }] },
    { role: 'tool', tool_call_id: 'call_1', content: '{"ok": true}' },
    { role: 'assistant', content: 'Done, it went through.' },
  );
  return {
    id: 't',
    split: 'train',
    tools: opts.tools ?? Object.values(CORPUS_TOOLS),
    messages,
    meta: { category: opts.category ?? 'single', domains: [], difficulty: 1, seed: 1, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } },
  };
}

describe('verifyRecord: valid records', () => {
  it.each(entries.map((e) => [e.name, e] as const))('accepts %s with its plan, without it, and with no context', (_n, e) => {
    expect(verifyRecord(e.record, { plan: e.plan })).toEqual({ accepted: true, checks: [] });
    // Values the user only implies are grounded by the derivations the plan records: without
    // it, such a record may fail grounding.value (and nothing else).
    const implied = e.plan.calls.some((c) => c.derivations !== undefined);
    for (const verdict of [verifyRecord(e.record, {}), verifyRecord(e.record)]) {
      if (implied) expect(verdict.checks.filter((c) => c.rule !== 'grounding.value')).toEqual([]);
      else expect(verdict.accepted).toBe(true);
    }
  });

  it('skips category rules for an unknown category and plan rules without a plan', () => {
    const e = byName('parallel:');
    const one = structuredClone(e.record) as { messages: Message[] } & CanonicalRecord;
    const a = one.messages[2] as Assistant;
    one.messages[2] = { ...a, tool_calls: [a.tool_calls![0]] };
    one.messages.splice(4, 1);
    expect(rules(one)).toEqual(['category.parallel-count']);
    expect(rules({ ...one, meta: { ...one.meta, category: 'something-else' } })).toEqual([]);
    expect(rules({ ...one, meta: { ...one.meta, category: 'something-else' } }, e.plan)).toEqual(['plan.mismatch']);
  });
});

describe('calls and arguments', () => {
  const weather = (args: unknown): CanonicalRecord => oneCall('Weather in Lyon (FR), metric units please.', 'get_current_weather', args);
  it.each([
    ['not JSON', '{"city": "Lyon",', 'args.json', /not valid JSON/],
    ['single quotes', "{'city': 'Lyon'}", 'args.json', /not valid JSON/],
    ['a JSON array', '["Lyon"]', 'args.json', /not a JSON object/],
    ['a wrong type', { city: 42 }, 'args.schema', /\/city must be string/],
    ['a missing required argument', { units: 'metric' }, 'args.required', /must have required property 'city'/],
    ['an unknown parameter', { city: 'Lyon', lang: 'fr' }, 'args.unknown', /\(lang\)/],
    ['an enum violation', { city: 'Lyon', units: 'kelvin' }, 'args.schema', /\/units must be equal to one of the allowed values/],
    ['a pattern violation', { city: 'Lyon', country_code: 'fra' }, 'args.schema', /\/country_code must match pattern/],
  ])('%s → %s', (_label, args, rule, message) => {
    const v = verifyRecord(weather(args));
    const mine = v.checks.filter((c) => c.rule === rule);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0].message).toMatch(message);
    expect(mine[0]).toMatchObject({ layer: 'rules', at: { message: 1, call: 0 } });
  });

  it('flags an unknown parameter also when the schema leaves additionalProperties open', () => {
    const open: ToolDefinition = { type: 'function', function: { name: 'lookup', description: 'Look up a word.', parameters: { type: 'object', properties: { word: { type: 'string', description: 'Word.' } }, required: ['word'] } } };
    expect(rules(oneCall('Look up the word "apple".', 'lookup', { word: 'apple', lang: 'fr' }, { tools: [open] }))).toEqual(['args.unknown']);
    expect(rules(oneCall('Look up the word "apple".', 'lookup', { word: 'apple' }, { tools: [open] }))).toEqual([]);
  });

  it('names a call to a tool outside the toolset', () => {
    const v = verifyRecord(oneCall('Weather in Lyon.', 'get_weather', { city: 'Lyon' }));
    expect(v.checks.map((c) => c.rule)).toEqual(['calls.unknown-tool']);
    expect(v.checks[0].message).toMatch(/get_weather/);
  });

  it('validates against the parameters in the record, and caches by name + JSON without leaking', () => {
    const loose: ToolDefinition = { type: 'function', function: { name: 'get_current_weather', description: 'Weather.', parameters: { type: 'object', properties: { city: { type: 'string', description: 'City.' }, lang: { type: 'string', description: 'Language.' } }, required: ['city'] } } };
    const r = oneCall('Weather in Lyon, in fr.', 'get_current_weather', { city: 'Lyon', lang: 'fr' }, { tools: [loose] });
    expect(verifyRecord(r).accepted).toBe(true);
    expect(verifyRecord(oneCall('Weather in Lyon, in fr.', 'get_current_weather', { city: 'Lyon', lang: 'fr' })).accepted).toBe(false);
    expect(verifyRecord(JSON.parse(JSON.stringify(r)) as CanonicalRecord).accepted).toBe(true);
  });

  it('reports a tool schema that does not compile instead of throwing', () => {
    const broken: ToolDefinition = { type: 'function', function: { name: 'get_current_weather', description: 'Weather.', parameters: { type: 'object', properties: { city: { type: 'no-such-type' } } } } };
    expect(rules(oneCall('Weather in Lyon.', 'get_current_weather', { city: 'Lyon' }, { tools: [broken] }))).toEqual(['tools.schema']);
  });

  it('checks tool definitions: names, required, descriptions, duplicates', () => {
    const t = (name: string, params: Record<string, unknown>, description = 'A tool.'): ToolDefinition => ({ type: 'function', function: { name, description, parameters: params } });
    const ok = { type: 'object', properties: { q: { type: 'string', description: 'Query.' } }, required: ['q'] };
    const base = oneCall('Weather in Lyon.', 'get_current_weather', { city: 'Lyon' });
    const withTool = (extra: ToolDefinition): CanonicalRecord => ({ ...base, tools: [...base.tools, extra] });
    expect(rules(withTool(t('bad name!', ok)))).toEqual(['tools.name']);
    expect(rules(withTool(t('search', { ...ok, required: ['nope'] })))).toEqual(['tools.required']);
    expect(rules(withTool(t('search', ok, '')))).toEqual(['tools.description']);
    expect(rules(withTool(t('get_stock_quote', ok)))).toEqual(['tools.name']);
  });
});

describe('grounding after normalisation', () => {
  const flights = (text: string, date: string, system?: string): string[] =>
    rules(oneCall(text, 'search_flights', { origin: 'LYS', destination: 'LIS', departure_date: date }, { system }));
  it.each([
    ['an ISO date', 'Flights LYS to LIS on 2025-06-12.'],
    ['a month-first date', 'Flights LYS to LIS on June 12th, 2025.'],
    ['a day-first date', 'Flights LYS to LIS on 12 June 2025.'],
    ['a slashed date', 'Flights LYS to LIS on 06/12/2025.'],
  ])('accepts %s', (_l, text) => expect(flights(text, '2025-06-12')).toEqual([]));

  it('accepts a relative date against a date in the context, and refuses the wrong day', () => {
    expect(flights('Flights LYS to LIS tomorrow.', '2025-06-12', 'Today is 2025-06-11.')).toEqual([]);
    expect(flights('Flights LYS to LIS tomorrow.', '2025-06-14', 'Today is 2025-06-11.')).toEqual(['grounding.value']);
  });

  it('refuses a date nobody stated', () => expect(flights('Flights LYS to LIS next month.', '2025-07-02')).toEqual(['grounding.value']));

  it.each([
    ['a number with separators', 'Convert 1,250 EUR to USD.', 1250],
    ['a percentage as a fraction', 'Convert 5% of my EUR into USD, I mean 0.05 units.', 0.05],
    ['a number in words', 'Convert twelve EUR to USD.', 12],
    ['a magnitude', 'Convert 1.2 million EUR to USD.', 1_200_000],
    ['an abbreviation of a currency said in full', 'Convert 30 euros to US dollars.', 30],
  ])('accepts %s', (_l, text, amount) => {
    const from = text.includes('euros') ? 'EUR' : 'EUR';
    expect(rules(oneCall(text, 'convert_currency', { amount, from_currency: from, to_currency: 'USD' }))).toEqual([]);
  });

  it('refuses an invented number and an invented place', () => {
    expect(rules(oneCall('Convert some EUR to USD.', 'convert_currency', { amount: 7919, from_currency: 'EUR', to_currency: 'USD' }))).toEqual(['grounding.value']);
    expect(rules(oneCall('What is the weather like?', 'get_current_weather', { city: 'Madrid' }))).toEqual(['grounding.value']);
  });

  it('accepts defaults, enum choices the request implies, and values from an earlier tool result', () => {
    expect(rules(oneCall('Weather in Lyon.', 'get_current_weather', { city: 'Lyon', units: 'metric' }))).toEqual([]);
    expect(rules(oneCall('Weather in Lyon, imperial please.', 'get_current_weather', { city: 'lyon', units: 'imperial' }))).toEqual([]);
    const dep = byName('dependent');
    expect(verifyRecord(dep.record).accepted).toBe(true);
  });

  it('does not count what the assistant said first', () => {
    const r = oneCall('What is the weather like?', 'get_current_weather', { city: 'Madrid' });
    const m = [...r.messages];
    m.splice(1, 0, { role: 'assistant', content: 'I will assume Madrid?' }, { role: 'user', content: 'Go on.' });
    expect(rules({ ...r, messages: m })).toEqual(['grounding.value']);
  });
});

describe('structure', () => {
  const single = (): CanonicalRecord => structuredClone(byName('single: weather').record);
  const edit = (f: (m: Message[]) => Message[]): CanonicalRecord => {
    const r = single();
    return { ...r, messages: f([...r.messages]) };
  };
  it.each([
    ['a dangling call', (m: Message[]) => (m.splice(3, 1), m), 'structure.unanswered-call'],
    ['a call answered twice', (m: Message[]) => (m.splice(3, 0, m[3]), m), 'structure.duplicate-answer'],
    ['a tool message for no call', (m: Message[]) => (m.splice(4, 0, { role: 'tool', tool_call_id: 'nope', content: '{}' }), m), 'structure.orphan-tool-message'],
    ['a system message after the user', (m: Message[]) => [m[1], m[0], ...m.slice(2)], 'structure.role-order'],
    ['two user messages in a row', (m: Message[]) => [m[0], m[1], { role: 'user', content: 'And hurry.' }, ...m.slice(2)] as Message[], 'structure.role-order'],
    ['a dialogue ending on a tool message', (m: Message[]) => m.slice(0, 4), 'structure.final-answer'],
    ['a dialogue ending on a user message', (m: Message[]) => [...m, { role: 'user', content: 'Thanks a lot!' }] as Message[], 'structure.final-answer'],
  ])('%s → %s', (_l, f, rule) => {
    expect(rules(edit(f))).toContain(rule);
  });

  it('points a check at the message and call', () => {
    const r = edit((m) => (m.splice(3, 1), m));
    expect(verifyRecord(r).checks[0]).toEqual({ rule: 'structure.unanswered-call', message: expect.stringContaining('call_w1'), at: { message: 2, call: 0 }, layer: 'rules' });
  });
});

describe('agreement with the plan, BFCL-style', () => {
  it('accepts parallel calls in any order', () => {
    const e = byName('parallel:');
    const r = structuredClone(e.record) as CanonicalRecord & { messages: Message[] };
    const a = r.messages[2] as Assistant;
    r.messages[2] = { ...a, tool_calls: [...a.tool_calls!].reverse() };
    expect(verifyRecord(r, { plan: e.plan }).accepted).toBe(true);
  });

  it('accepts an integer for a number, case and spacing in strings, and an omitted default', () => {
    const e = byName('single: weather');
    const plan: ItemPlan = { ...e.plan, calls: [{ name: 'get_current_weather', arguments: { city: ' LYON ', units: 'metric' } }] };
    const r = oneCall('Weather in Lyon.', 'get_current_weather', { city: 'Lyon' });
    expect(verifyRecord(r, { plan }).accepted).toBe(true);
    const m = byName('multiple');
    const plan2: ItemPlan = { ...m.plan, calls: [{ ...m.plan.calls[0], arguments: { amount: 250.0, from_currency: 'EUR', to_currency: 'USD' } }] };
    expect(verifyRecord(m.record, { plan: plan2 }).accepted).toBe(true);
  });

  it('flags a different value, a missing call and an extra call', () => {
    const e = byName('single: weather');
    const other: ItemPlan = { ...e.plan, calls: [{ name: 'get_current_weather', arguments: { city: 'Paris', units: 'metric' } }] };
    expect(rules(e.record, other)).toEqual(['plan.arguments']);
    const two: ItemPlan = { ...e.plan, calls: [...e.plan.calls, { name: 'get_stock_quote', arguments: { symbol: 'AAPL' } }] };
    expect(rules(e.record, two)).toEqual(['plan.mismatch']);
    const none: ItemPlan = { ...e.plan, calls: [] };
    expect(rules(e.record, none)).toEqual(['plan.mismatch']);
  });
});

describe('rule ids', () => {
  it('are stable, grouped by family, and every check carries one of them', () => {
    expect(RULE_IDS).toMatchSnapshot();
    for (const id of RULE_IDS) expect(id).toMatch(/^(tools|calls|args|grounding|structure|category|plan|hygiene|consistency|judge)\.[a-z-]+$/);
  });

  it('skips the rules it is told to (call-only formats)', () => {
    const r = byName('single: weather').record;
    const callOnly = { ...r, messages: r.messages.slice(0, 3) };
    expect(verifyRecordWith(callOnly, {}, { skip: new Set(['structure.unanswered-call', 'structure.final-answer']) }).accepted).toBe(true);
  });
});

describe('hygiene.truncated and codes', () => {
  it('does not read a final country code that spells a connector word (AT, IN, IS) as a cut-off sentence', async () => {
    const { verifyRecord } = await import('../../verifiers/index.js');
    const base = {
      id: 'code-end',
      split: 'train',
      tools: [],
      meta: { category: 'irrelevance', domains: [], difficulty: 1, seed: 1, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } },
    } as const;
    for (const code of ['AT', 'IN', 'IS', 'BY']) {
      const ok = verifyRecord({ ...base, messages: [{ role: 'user', content: 'Which country code is Austria?' }, { role: 'assistant', content: `Austria's country code is ${code}` }] });
      expect(ok.checks.filter((c) => c.rule === 'hygiene.truncated')).toEqual([]);
    }
    const cut = verifyRecord({ ...base, messages: [{ role: 'user', content: 'Which country code is Austria?' }, { role: 'assistant', content: "Austria's country code is at" }] });
    expect(cut.checks.some((c) => c.rule === 'hygiene.truncated')).toBe(true);
  });
});

describe('hygiene.mixed-language and addresses', () => {
  it('reads no language in links and e-mail addresses ("com", "per"), and still the language of prose', () => {
    const base = {
      id: 'links',
      split: 'train',
      tools: [],
      meta: { category: 'irrelevance', domains: [], difficulty: 1, seed: 1, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } },
    } as const;
    const user = { role: 'user' as const, content: 'Where can I read about the new parks and the transit plan?' };
    const links = 'You can read them at https://www.example.com/per/com/da, https://www.example.com/com/per/do and https://www.example.com/per/de/com, or write to per.com@example.com.';
    const ok = verifyRecord({ ...base, messages: [user, { role: 'assistant', content: links }] });
    expect(ok.checks.filter((c) => c.rule === 'hygiene.mixed-language')).toEqual([]);
    const pt = verifyRecord({ ...base, messages: [user, { role: 'assistant', content: 'Você pode ler sobre os parques e o plano de transporte na página da cidade, com todos os detalhes que não estão aqui.' }] });
    expect(pt.checks.some((c) => c.rule === 'hygiene.mixed-language')).toBe(true);
  });
});
