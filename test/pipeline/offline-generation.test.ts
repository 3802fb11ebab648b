import { validator } from '../helpers/schema.js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS, builtinPool } from '../../api-pool/index.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { makePool, type ApiSpec, type ToolPool } from '../../api-pool/types.js';
import type { CanonicalRecord, Message } from '../../core/record.js';
import { hubRowJson, parseRecordLine } from '../../output/hub-row.js';
import { dialoguePlan, planItem, simulateOffline } from '../../pipeline/generate.js';
import { generateObject, generateValue } from '../../pipeline/values/values.js';
import { Rng, itemSeed } from '../../core/rng.js';
import { CATEGORIES, FIXED_WORLD, type Category, type ItemPlan } from '../../core/plan.js';
import { verifyRecord } from '../../verifiers/index.js';
import { usesResults } from './answer-uses.js';
import { inEnglish } from '../helpers/language.js';


const SEEDS = Array.from({ length: 300 }, (_, i) => itemSeed(20_240_601, i));
const NONE: ReadonlySet<string> = new Set();

/** The same tools under other names: no phrase fragments, so the generic phrasing is exercised. */
const renamedPool = makePool(BUILTIN_TOOLS.map((t): ApiSpec => ({ ...t, name: `svc_${t.name}`, origin: 'test' })));
const POOLS: [string, ToolPool][] = [
  ['builtin', builtinPool()],
  ['renamed (generic phrasing)', renamedPool],
  // The seed taxonomy: schemas written by others, with patterns, nesting and formats of their own.
  ['seed taxonomy', makePool(SEED_DOMAINS.flatMap((d) => d.apis))],
];

function generate(pool: ToolPool, category: Category, seed: number, idx: number, noiseRate = 0): { plan: ItemPlan; record: CanonicalRecord } {
  const plan = planItem(idx, seed, category, pool, { split: 'train', heldOut: NONE, distractors: 2 + (idx % 3) });
  return { plan, record: simulateOffline(plan, pool, { id: `t-${idx}`, split: 'train', noiseRate }) };
}

/** Every string and number inside a value (booleans are carried by wording, not stated). */
function leaves(v: unknown, out: (string | number)[] = []): (string | number)[] {
  if (typeof v === 'string' || typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) for (const x of v) leaves(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) leaves(x, out);
  return out;
}

function assistantCalls(record: CanonicalRecord) {
  return record.messages.flatMap((m) => (m.role === 'assistant' && m.tool_calls ? m.tool_calls : []));
}

describe.each(POOLS)('offline generation over the %s pool', (_label, pool) => {
  describe.each(CATEGORIES.map((c) => [c]))('%s', (category) => {
    const items = SEEDS.map((seed, idx) => ({ seed, idx, ...generate(pool, category, seed, idx) }));

    it('is deterministic: the same seed gives a byte-identical record', () => {
      for (const { seed, idx, plan, record } of items.slice(0, 200)) {
        const again = generate(pool, category, seed, idx);
        expect(JSON.stringify(again.plan)).toBe(JSON.stringify(plan));
        expect(JSON.stringify(again.record)).toBe(JSON.stringify(record));
      }
    });

    it('serialises each record as a published row that reads back to the same record', () => {
      for (const { record } of items.slice(0, 100)) {
        const row = JSON.parse(hubRowJson(record)) as { tools: { function: { parameters: unknown } }[]; meta: Record<string, unknown> };
        expect(row.tools.every((t) => typeof t.function.parameters === 'string')).toBe(true);
        expect(typeof row.meta.verdict).toBe('string');
        expect(row.meta.accepted).toBe(record.meta.verdict.accepted);
        // Tool definitions are serialised once per definition object: a second record gets the same text.
        expect(hubRowJson(record)).toBe(hubRowJson({ ...record }));
        expect(parseRecordLine(hubRowJson(record))).toEqual(record);
      }
    });

    it('varies with the seed', () => {
      const users = new Set(items.map(({ record }) => (record.messages[1] as { content: string }).content));
      expect(users.size).toBeGreaterThan(items.length * (category === 'safety' || category === 'irrelevance' ? 0.5 : 0.9));
    });

    it('passes the rule verifier on every seed when noise is 0', () => {
      for (const { seed, plan, record } of items) {
        const verdict = verifyRecord(record, { pool, plan: dialoguePlan(plan, record) });
        expect(verdict.checks, `seed ${seed}`).toEqual([]);
        expect(verdict.accepted).toBe(true);
      }
    });

    it('shows the plan tools in plan order, as function definitions from the pool', () => {
      for (const { plan, record } of items) {
        expect(record.tools.map((t) => t.function.name)).toEqual(plan.tools);
        for (const t of record.tools) {
          const api = pool.byName.get(t.function.name) as ApiSpec;
          expect(t).toEqual({ type: 'function', function: { name: api.name, description: api.description, parameters: api.parameters } });
        }
        expect(record.meta).toMatchObject({ category: plan.category, domains: plan.domains, difficulty: plan.difficulty, seed: plan.seed, turns: plan.turns });
        expect(plan.difficulty).toBeGreaterThanOrEqual(1);
        expect(plan.difficulty).toBeLessThanOrEqual(3);
        expect(new Set(plan.tools).size).toBe(plan.tools.length);
      }
    });

    it('states every argument value of every call in the user text, or the words the plan derives it from', () => {
      for (const { seed, plan, record } of items) {
        const user = record.messages.filter((m) => m.role === 'user').map((m) => m.content as string).join('\n');
        expect(user).not.toMatch(/\{v\}|undefined|\[object Object\]|NaN/);
        if (!inEnglish(record)) continue;
        const lower = user.toLowerCase();
        for (const call of plan.calls) {
          // Implied values are said in their derivation's words (a follow-up carries an earlier turn's value over unsaid).
          for (const d of Object.values(call.derivations ?? {})) if (d.kind !== 'previous-turn') expect(lower, `seed ${seed}: "${d.said}" (${d.kind})`).toContain(d.said.toLowerCase());
          const carried = (k: string): boolean => plan.calls.some((e) => (e.turn ?? 0) < (call.turn ?? 0) && JSON.stringify(e.arguments[k]) === JSON.stringify(call.arguments[k]));
          const stated = Object.entries(call.arguments)
            .filter(([k]) => !call.dependsOn?.[k] && !call.derivations?.[k] && !carried(k))
            .map(([, v]) => v);
          for (const v of leaves(stated)) {
            // An enum's snake_case code is said by its words ("premium economy"), which the grounding rule reads as the code.
            if (typeof v === 'string') expect(lower.includes(v.toLowerCase()) || lower.includes(v.toLowerCase().replace(/_/g, ' ')), `seed ${seed}: ${JSON.stringify(v)} in ${user}`).toBe(true);
            // As a whole number: 5 must not be found only inside 15 or 2025-05-01's digits.
            else expect(user, `seed ${seed}: ${v} in ${user}`).toMatch(new RegExp(`(?<![\\d.])${String(v).replace('.', '\\.')}(?!\\d|\\.\\d)`));
          }
        }
      }
    });

    it('makes only arguments valid against the tool parameters, and answers with results valid against its returns', () => {
      for (const { plan, record } of items) {
        const calls = assistantCalls(record);
        expect(calls.map((c) => ({ name: c.function.name, arguments: JSON.parse(c.function.arguments) }))).toEqual(
          plan.calls.map((c) => ({ name: c.name, arguments: c.arguments })),
        );
        for (const [i, call] of calls.entries()) {
          const api = pool.byName.get(call.function.name) as ApiSpec;
          expect(validator(api.parameters)(JSON.parse(call.function.arguments))).toBe(true);
          const answer = record.messages.find((m) => m.role === 'tool' && m.tool_call_id === call.id) as { content: string };
          if (plan.calls[i].error) continue; // a planned tool error
          const validate = validator(api.returns);
          expect(validate(JSON.parse(answer.content)), JSON.stringify(validate.errors)).toBe(true);
        }
      }
    });

    it('gives calls unique call_ ids and ends with an assistant text that uses the results', () => {
      for (const { seed, record } of items) {
        const calls = assistantCalls(record);
        const ids = calls.map((c) => c.id);
        for (const id of ids) expect(id).toMatch(/^call_[A-Za-z0-9]{9,}$/);
        expect(new Set(ids).size).toBe(ids.length);
        const last = record.messages[record.messages.length - 1] as Extract<Message, { role: 'assistant' }>;
        expect(last.role).toBe('assistant');
        expect(typeof last.content).toBe('string');
        expect((last.content as string).length).toBeGreaterThan(10);
        if (calls.length > 0) {
          const withCalls = record.messages.find((m) => m.role === 'assistant' && m.tool_calls) as Extract<Message, { role: 'assistant' }>;
          expect(withCalls.content).toBeNull();
          expect(withCalls.reasoning).toContain(calls[0].function.name);
          const results = record.messages.filter((m) => m.role === 'tool').map((m) => JSON.parse(m.content) as unknown);
          const text = record.messages
            .filter((m) => m.role === 'assistant' && !m.tool_calls)
            .map((m) => m.content as string)
            .join('\n');
          // Numbers and dates are said as people write them; an empty result or a failure is said as such.
          const used = !inEnglish(record) || usesResults(text, results);
          expect(used, `seed ${seed}: final answer uses a result value: ${last.content}`).toBe(true);
        }
      }
    });

    if (category === 'irrelevance') {
      it('calls nothing, shows no tool that could serve the request, and declines', () => {
        for (const { plan, record } of items) {
          expect(plan.calls).toEqual([]);
          expect(assistantCalls(record)).toEqual([]);
          expect(record.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
          const target = plan.targets.length > 0 ? pool.byName.get(plan.targets[0]) : undefined;
          if (target) for (const name of plan.tools) expect(pool.byName.get(name)?.subdomain === target.subdomain && pool.byName.get(name)?.domain === target.domain).toBe(false);
        }
      });
    } else if (category === 'single' || category === 'multiple' || category === 'nested' || category === 'parallel') {
      it(category === 'parallel' ? 'makes 2 to 4 calls of one tool in one turn, with distinct arguments' : 'makes one call to the target tool', () => {
        for (const { plan, record } of items) {
          const turns = record.messages.filter((m) => m.role === 'assistant' && m.tool_calls);
          expect(turns).toHaveLength(1);
          const calls = assistantCalls(record);
          if (category === 'parallel') {
            expect(calls.length).toBeGreaterThanOrEqual(2);
            expect(calls.length).toBeLessThanOrEqual(4);
            expect(new Set(calls.map((c) => c.function.name)).size).toBe(1);
            expect(new Set(calls.map((c) => c.function.arguments)).size).toBe(calls.length);
          } else expect(calls).toHaveLength(1);
          expect(plan.tools).toContain(calls[0].function.name);
          expect(plan.tools.length).toBeGreaterThanOrEqual(3);
          expect(plan.domains[0]).toBe(pool.byName.get(calls[0].function.name)?.domain);
        }
      });

      it('prefers distractors from the target domain', () => {
        const withSameDomain = items.filter(({ plan }) => {
          const target = pool.byName.get(plan.calls[0].name) as ApiSpec;
          return plan.tools.some((n) => n !== target.name && pool.byName.get(n)?.domain === target.domain);
        });
        expect(withSameDomain.length).toBe(items.length); // every domain of these pools has 2+ tools
      });
    }
  });
});

describe('plans from elsewhere (an LLM planner, a later category)', () => {
  const pool = builtinPool();
  const plans: [string, ItemPlan][] = [
    [
      'parallel calls that differ in several arguments',
      {
        world: FIXED_WORLD,
        idx: 0,
        seed: 99,
        category: 'parallel',
        difficulty: 2,
        split: 'train',
        turns: 1,
        targets: ['get_current_weather'],
        tools: ['send_sms', 'get_current_weather', 'get_stock_quote'],
        calls: [
          { name: 'get_current_weather', arguments: { city: 'Oslo', units: 'metric' } },
          { name: 'get_current_weather', arguments: { city: 'Denver', units: 'imperial' } },
        ],
        domains: ['weather', 'messaging', 'finance'],
      },
    ],
    [
      'parallel calls to two different tools',
      {
        world: FIXED_WORLD,
        idx: 1,
        seed: 100,
        category: 'parallel',
        difficulty: 3,
        split: 'train',
        turns: 1,
        targets: ['get_stock_quote', 'get_current_weather'],
        tools: ['get_current_weather', 'get_stock_quote'],
        calls: [
          { name: 'get_stock_quote', arguments: { symbol: 'NVDA' } },
          { name: 'get_current_weather', arguments: { city: 'Lisbon' } },
        ],
        domains: ['finance', 'weather'],
      },
    ],
  ];
  it.each(plans)('%s: states every value, and passes the verifier', (_label, plan) => {
    const record = simulateOffline(plan, pool, { id: 'p', split: 'train', noiseRate: 0 });
    expect(verifyRecord(record, { pool, plan: dialoguePlan(plan, record) })).toEqual({ accepted: true, checks: [] });
    const user = (record.messages[1] as { content: string }).content;
    for (const c of plan.calls) for (const v of leaves(c.arguments)) expect(user).toContain(String(v));
    expect(assistantCalls(record).map((c) => c.function.name)).toEqual(plan.calls.map((c) => c.name));
  });

  it('throws when the plan names a tool the pool does not have', () => {
    const plan = { ...plans[0][1], tools: ['no_such_tool'] };
    expect(() => simulateOffline(plan, pool, { id: 'p', split: 'train', noiseRate: 0 })).toThrow(/no_such_tool/);
  });
});

describe('schema-driven values', () => {
  const schemas = BUILTIN_TOOLS.flatMap((t) => [
    [`${t.name} parameters`, t.parameters],
    [`${t.name} returns`, t.returns],
  ]) as [string, Record<string, unknown>][];

  it.each(schemas)('%s: 200 generated objects validate', (_label, schema) => {
    const validate = validator(schema);
    for (let s = 0; s < 200; s++) {
      const v = generateObject(schema, new Rng(s), { optionalRate: s % 2 ? 1 : 0.3 });
      expect(validate(v), `${JSON.stringify(v)} ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  const cases: [string, Record<string, unknown>, (v: unknown) => boolean][] = [
    ['enum', { type: 'string', enum: ['a', 'b'] }, (v) => v === 'a' || v === 'b'],
    ['integer bounds', { type: 'integer', minimum: 3, maximum: 5 }, (v) => Number.isInteger(v) && (v as number) >= 3 && (v as number) <= 5],
    ['exclusive bounds', { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }, (v) => (v as number) > 0 && (v as number) < 1],
    ['multipleOf', { type: 'integer', minimum: 0, maximum: 100, multipleOf: 5 }, (v) => (v as number) % 5 === 0],
    ['date', { type: 'string', format: 'date' }, (v) => /^\d{4}-\d{2}-\d{2}$/.test(v as string)],
    ['date-time', { type: 'string', format: 'date-time' }, (v) => !Number.isNaN(Date.parse(v as string))],
    ['email', { type: 'string', format: 'email' }, (v) => /^[a-z.]+@[a-z.]+$/.test(v as string)],
    ['pattern', { type: 'string', pattern: '^[A-Z]{2}-\\d{3}[a-z]?$' }, (v) => /^[A-Z]{2}-\d{3}[a-z]?$/.test(v as string)],
    ['maxLength', { type: 'string', maxLength: 4 }, (v) => (v as string).length <= 4],
    ['unique array', { type: 'array', items: { type: 'string', enum: ['x', 'y', 'z'] }, minItems: 2, maxItems: 3, uniqueItems: true }, (v) => new Set(v as string[]).size === (v as string[]).length && (v as string[]).length >= 2],
    ['const', { const: 7 }, (v) => v === 7],
    ['nullable type list', { type: ['null', 'integer'], minimum: 1, maximum: 2 }, (v) => v === 1 || v === 2],
  ];
  it.each(cases)('%s', (_label, schema, ok) => {
    for (let s = 0; s < 100; s++) {
      const v = generateValue(schema, new Rng(s), 'x');
      expect(ok(v), JSON.stringify(v)).toBe(true);
      expect(validator(schema)(v)).toBe(true);
    }
  });

  it('never produces quotes or line breaks in strings', () => {
    for (const t of BUILTIN_TOOLS) {
      for (let s = 0; s < 50; s++) {
        for (const v of leaves(generateObject(t.parameters, new Rng(s), { optionalRate: 1 }))) {
          if (typeof v === 'string') expect(v).not.toMatch(/["'\n\r]/);
        }
      }
    }
  });
});
