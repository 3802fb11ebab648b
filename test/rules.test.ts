import { describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS, builtinPool } from '../api-pool/index.js';
import type { CanonicalRecord, Message, ToolDefinition } from '../output/record.js';
import { planItem, simulateOffline } from '../pipeline/generate.js';
import { itemSeed } from '../pipeline/rng.js';
import { CATEGORIES } from '../pipeline/types.js';
import { RULE_IDS, verifyRecord } from '../verifiers/index.js';

const pool = builtinPool();

function def(name: string): ToolDefinition {
  const api = pool.byName.get(name);
  if (!api) throw new Error(name);
  return { type: 'function', function: { name, description: api.description, parameters: api.parameters } };
}

type Msgs = Message[];
const SYSTEM: Message = { role: 'system', content: 'You are a helpful assistant with tools.' };
const call = (id: string, name: string, args: string) => ({ id, type: 'function' as const, function: { name, arguments: args } });

function record(category: string, messages: Msgs): CanonicalRecord {
  return {
    id: 'r-1',
    split: 'train',
    tools: [def('get_current_weather'), def('get_stock_quote'), def('send_email')],
    messages,
    meta: {
      category,
      domains: ['weather'],
      difficulty: 1,
      seed: 1,
      verdict: { accepted: true, checks: [] },
      usage: { prompt_tokens: 0, completion_tokens: 0 },
    },
  };
}

const single = (): CanonicalRecord =>
  record('single', [
    SYSTEM,
    { role: 'user', content: 'What is the weather in Lyon, in metric units?' },
    { role: 'assistant', content: null, reasoning: 'get_current_weather fits.', tool_calls: [call('call_aaaaaaaaa1', 'get_current_weather', '{"city":"Lyon","units":"metric"}')] },
    { role: 'tool', tool_call_id: 'call_aaaaaaaaa1', content: '{"city":"Lyon","temperature":14,"condition":"cloudy","humidity_pct":60}' },
    { role: 'assistant', content: 'It is 14 degrees and cloudy in Lyon.' },
  ]);

const parallel = (): CanonicalRecord =>
  record('parallel', [
    { role: 'user', content: 'Quotes for AAPL and MSFT please.' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [call('call_bbbbbbbbb1', 'get_stock_quote', '{"symbol":"AAPL"}'), call('call_bbbbbbbbb2', 'get_stock_quote', '{"symbol":"MSFT"}')],
    },
    { role: 'tool', tool_call_id: 'call_bbbbbbbbb1', content: '{"symbol":"AAPL","price":190.5,"change_pct":1.2,"currency":"USD"}' },
    { role: 'tool', tool_call_id: 'call_bbbbbbbbb2', content: '{"symbol":"MSFT","price":410.1,"change_pct":-0.3,"currency":"USD"}' },
    { role: 'assistant', content: 'AAPL is at 190.5 USD and MSFT at 410.1 USD.' },
  ]);

const irrelevance = (): CanonicalRecord =>
  record('irrelevance', [
    SYSTEM,
    { role: 'user', content: 'Book me a table for two at Casa Lucia tonight.' },
    { role: 'assistant', content: 'Sorry, none of my tools can book restaurants.' },
  ]);

/** A copy with its messages replaced. */
const withMessages = (r: CanonicalRecord, f: (m: Msgs) => Msgs): CanonicalRecord => ({ ...r, messages: f([...r.messages]) });
/** A copy whose first call's arguments (or name) are replaced. */
const withCall = (r: CanonicalRecord, args: string, name = 'get_current_weather'): CanonicalRecord =>
  withMessages(r, (m) => {
    const a = m[2] as Extract<Message, { role: 'assistant' }>;
    m[2] = { ...a, tool_calls: [call('call_aaaaaaaaa1', name, args)] };
    return m;
  });

describe('verifyRecord', () => {
  it.each([
    ['single', single()],
    ['parallel', parallel()],
    ['irrelevance', irrelevance()],
  ])('accepts a valid %s record', (_label, r) => {
    expect(verifyRecord(r, pool)).toEqual({ accepted: true, checks: [] });
  });

  // Each corruption must be caught by exactly one rule id (possibly several checks of it).
  const corruptions: [string, () => CanonicalRecord, string, RegExp?][] = [
    ['arguments that are not JSON', () => withCall(single(), '{"city": "Lyon",'), 'args.json'],
    ['arguments with single quotes', () => withCall(single(), "{'city': 'Lyon'}"), 'args.json'],
    ['arguments that are a JSON array', () => withCall(single(), '["Lyon"]'), 'args.json'],
    ['arguments that are null', () => withCall(single(), 'null'), 'args.json'],
    ['a wrong argument type', () => withCall(single(), '{"city":42}'), 'args.schema', /\/city must be string/],
    ['a missing required argument', () => withCall(single(), '{"units":"metric"}'), 'args.schema', /must have required property 'city'/],
    ['an unknown parameter', () => withCall(single(), '{"city":"Lyon","lang":"fr"}'), 'args.schema', /additional properties \(lang\)/],
    ['an enum violation', () => withCall(single(), '{"city":"Lyon","units":"kelvin"}'), 'args.schema', /\/units must be equal to one of the allowed values/],
    ['a pattern violation', () => withCall(single(), '{"city":"Lyon","country_code":"fra"}'), 'args.schema', /\/country_code must match pattern/],
    ['a call to a tool not in the toolset', () => withCall(single(), '{"city":"Lyon"}', 'get_weather'), 'call.unknown-tool', /get_weather/],
    ['a call with no tool answer', () => withMessages(single(), (m) => (m.splice(3, 1), m)), 'structure.unanswered-call'],
    ['a call answered twice', () => withMessages(single(), (m) => (m.splice(3, 0, m[3]), m)), 'structure.duplicate-answer'],
    [
      'a tool message for no call',
      () => withMessages(single(), (m) => (m.splice(4, 0, { role: 'tool', tool_call_id: 'call_zzzzzzzzz9', content: '{}' }), m)),
      'structure.orphan-tool-message',
    ],
    ['a system message after the user', () => withMessages(single(), (m) => [m[1], m[0], ...m.slice(2)]), 'structure.role-order'],
    ['a dialogue ending on a user message', () => withMessages(single(), (m) => [...m, { role: 'user', content: 'Thanks!' }]), 'structure.role-order'],
    ['a dialogue ending on a tool message', () => withMessages(single(), (m) => m.slice(0, 4)), 'structure.role-order'],
    ['two user messages in a row', () => withMessages(single(), (m) => [m[0], m[1], { role: 'user', content: 'And hurry.' }, ...m.slice(2)]), 'structure.role-order'],
    ['an assistant before any user', () => withMessages(single(), (m) => [m[0], ...m.slice(2)]), 'structure.role-order'],
    [
      'a tool message after a text-only assistant turn',
      () => withMessages(single(), (m) => [m[0], m[1], m[2], { role: 'assistant', content: 'One moment.' }, m[3], m[4]]),
      'structure.role-order',
    ],
    [
      'a call in an irrelevance item',
      () =>
        withMessages(irrelevance(), (m) => [
          m[0],
          m[1],
          { role: 'assistant', content: null, tool_calls: [call('call_ccccccccc1', 'get_current_weather', '{"city":"Lyon"}')] },
          { role: 'tool', tool_call_id: 'call_ccccccccc1', content: '{"city":"Lyon","temperature":14,"condition":"cloudy","humidity_pct":60}' },
          { role: 'assistant', content: 'It is 14 degrees in Lyon.' },
        ]),
      'category.irrelevance-call',
    ],
    ['a parallel item with one call', () => ({ ...single(), meta: { ...single().meta, category: 'parallel' } }), 'category.parallel-count'],
    [
      'a parallel item whose calls are in separate turns',
      () =>
        withMessages(parallel(), (m) => {
          const a = m[1] as Extract<Message, { role: 'assistant' }>;
          const [c1, c2] = a.tool_calls ?? [];
          return [m[0], { ...a, tool_calls: [c1] }, m[2], { role: 'assistant', content: null, tool_calls: [c2] }, m[3], m[4]];
        }),
      'category.parallel-count',
    ],
  ];

  it.each(corruptions)('catches %s with exactly %s', (_label, make, rule, message) => {
    const verdict = verifyRecord(make(), pool);
    expect(verdict.accepted).toBe(false);
    expect([...new Set(verdict.checks.map((c) => c.rule))]).toEqual([rule]);
    if (message) expect(verdict.checks[0].message).toMatch(message);
    for (const c of verdict.checks) expect(c.at).toBeTypeOf('object');
  });

  it('covers every rule id with a corruption, and exports only those ids', () => {
    expect(new Set(corruptions.map(([, , rule]) => rule))).toEqual(new Set(RULE_IDS));
  });

  it('points a failed call at its message and call index', () => {
    const r = withMessages(parallel(), (m) => {
      const a = m[1] as Extract<Message, { role: 'assistant' }>;
      return [m[0], { ...a, tool_calls: [a.tool_calls?.[0], call('call_bbbbbbbbb2', 'get_stock_quote', '{"symbol":"msft"}')] as never }, ...m.slice(2)];
    });
    expect(verifyRecord(r, pool).checks).toEqual([
      { rule: 'args.schema', message: expect.stringContaining('/symbol must match pattern'), at: { message: 1, call: 1 } },
    ]);
  });

  it('validates against the parameters in the record, not in the pool', () => {
    const r = single();
    const loose: ToolDefinition = {
      type: 'function',
      function: { ...r.tools[0].function, parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
    };
    const changed = { ...withCall(r, '{"city":"Lyon","lang":"fr"}'), tools: [loose, ...r.tools.slice(1)] };
    expect(verifyRecord(changed, pool).accepted).toBe(true);
    // ... and the cache keyed by name + parameters does not leak the looser schema back.
    expect(verifyRecord(withCall(r, '{"city":"Lyon","lang":"fr"}'), pool).accepted).toBe(false);
    // A record read back from JSON (fresh objects) is judged the same.
    expect(verifyRecord(JSON.parse(JSON.stringify(changed)) as CanonicalRecord, pool).accepted).toBe(true);
  });

  it('reports a tool schema ajv cannot compile instead of throwing', () => {
    const r = single();
    const broken: ToolDefinition = {
      type: 'function',
      function: { ...r.tools[0].function, parameters: { type: 'object', properties: { city: { type: 'no-such-type' } } } },
    };
    const verdict = verifyRecord({ ...r, tools: [broken, ...r.tools.slice(1)] }, pool);
    expect(verdict.checks.map((c) => c.rule)).toEqual(['args.schema']);
  });
});

describe('noise from the offline assistant', () => {
  const seeds = Array.from({ length: 500 }, (_, i) => itemSeed(77, i));

  it.each(CATEGORIES.map((c) => [c]))('%s: every noisy record is rejected by the rules', (category) => {
    const rules = new Set<string>();
    let rejected = 0;
    for (const [idx, seed] of seeds.entries()) {
      const plan = planItem(idx, seed, category, pool);
      const r = simulateOffline(plan, pool, { id: `n-${idx}`, split: 'train', noiseRate: 1 });
      const verdict = verifyRecord(r, pool);
      if (!verdict.accepted) rejected++;
      for (const c of verdict.checks) rules.add(c.rule);
    }
    expect(rejected / seeds.length).toBeGreaterThanOrEqual(0.95);
    expect(rejected).toBe(seeds.length); // the aim is every one
    const expected =
      category === 'irrelevance'
        ? ['category.irrelevance-call', 'call.unknown-tool']
        : ['args.json', 'args.schema', 'call.unknown-tool', 'structure.unanswered-call'];
    for (const rule of expected) expect(rules).toContain(rule);
  });

  it('makes noise at about the configured rate, decided by the seed', () => {
    let noisy = 0;
    for (const [idx, seed] of seeds.entries()) {
      const plan = planItem(idx, seed, 'single', pool);
      const a = simulateOffline(plan, pool, { id: 'x', split: 'train', noiseRate: 0.2 });
      const b = simulateOffline(plan, pool, { id: 'x', split: 'train', noiseRate: 0.2 });
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      if (!verifyRecord(a, pool).accepted) noisy++;
    }
    expect(noisy / seeds.length).toBeGreaterThan(0.12);
    expect(noisy / seeds.length).toBeLessThan(0.28);
  });

  it('keeps the builtin tools all reachable by the planner', () => {
    const used = new Set<string>();
    for (const [idx, seed] of seeds.entries()) for (const c of CATEGORIES) for (const t of planItem(idx, seed, c, pool).tools) used.add(t);
    expect(used.size).toBe(BUILTIN_TOOLS.length);
  });
});
