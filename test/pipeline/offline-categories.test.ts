/**
 * The ten call categories of the offline generator, table-driven: every category over many
 * seeds gives valid records showing its defining behaviour; the unseen split; hard distractors.
 */
import { inEnglish } from '../helpers/language.js';
import { validator } from '../helpers/schema.js';
import type { CanonicalRecord, Message, ToolCall } from '../../core/record.js';
import { describe, expect, it } from 'vitest';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { builtinPool } from '../../api-pool/index.js';
import { makePool, type ApiSpec, type ToolPool } from '../../api-pool/types.js';
import { heldOutTools, offlineToolResult, planItem, simulateOffline, valueAt, type PlanOptions } from '../../pipeline/generate.js';
import { callMoment } from '../../pipeline/agents/tool/clock.js';
import { itemSeed } from '../../core/rng.js';
import { CATEGORIES, type Category, type ItemPlan } from '../../core/plan.js';
import { usesResults } from './answer-uses.js';
// ── structural checks of offline records ──


type AssistantMessage = Extract<Message, { role: 'assistant' }>;

/** Every string and number inside a value (booleans are carried by wording, not stated). */
function leaves(v: unknown, out: (string | number)[] = []): (string | number)[] {
  if (typeof v === 'string' || typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) for (const x of v) leaves(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) leaves(x, out);
  return out;
}

function assistantCalls(record: CanonicalRecord): ToolCall[] {
  return record.messages.flatMap((m) => (m.role === 'assistant' && m.tool_calls ? [...m.tool_calls] : []));
}

/**
 * Whether `text` states `v` verbatim: strings case-insensitively (a snake_case code, as enums
 * have, by its words: "premium economy" for `premium_economy`), numbers as whole numbers.
 */
function states(text: string, v: string | number): boolean {
  // A string is stated as a whole word or phrase: "ES" (a country code) is not said by "yes".
  if (typeof v === 'string') {
    const forms = /^[A-Za-z0-9]+(_[A-Za-z0-9]+)+$/.test(v) ? [v, v.replace(/_/g, ' ')] : [v];
    return forms.some((f) => new RegExp(`(?<![a-z0-9])${f.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`).test(text.toLowerCase()));
  }
  return new RegExp(`(?<![\\d.])${String(v).replace('.', '\\.')}(?!\\d|\\.\\d)`).test(text);
}

/** Problems with the record's shape: role order, answered calls, final assistant text. */
function structureProblems(record: CanonicalRecord): string[] {
  const out: string[] = [];
  const m = record.messages;
  if (m[0]?.role !== 'system') out.push('no system message first');
  if (m[1]?.role !== 'user') out.push('no user message second');
  const pending = new Set<string>();
  const answered = new Set<string>();
  for (let i = 1; i < m.length; i++) {
    const x = m[i];
    const prev = m[i - 1];
    if (x.role === 'system') out.push(`system message at ${i}`);
    if (x.role === 'user' && (prev.role === 'user' || prev.role === 'tool' || pending.size > 0)) out.push(`user message at ${i} after ${prev.role}`);
    if (x.role === 'assistant' && pending.size > 0) out.push(`assistant message at ${i} before every call is answered`);
    if (x.role === 'tool') {
      if (!pending.has(x.tool_call_id)) out.push(`tool message at ${i} answers no pending call`);
      pending.delete(x.tool_call_id);
      answered.add(x.tool_call_id);
    }
    if (x.role === 'assistant') {
      if (x.tool_calls && x.tool_calls.length > 0) {
        if (x.content !== null) out.push(`assistant call message at ${i} has content`);
        for (const c of x.tool_calls) {
          if (answered.has(c.id) || pending.has(c.id)) out.push(`duplicate call id ${c.id}`);
          pending.add(c.id);
        }
      } else if (typeof x.content !== 'string' || x.content.length < 5) out.push(`assistant message at ${i} has no text`);
    }
  }
  if (pending.size > 0) out.push(`unanswered calls ${[...pending].join(', ')}`);
  const last = m[m.length - 1];
  if (last.role !== 'assistant' || last.tool_calls) out.push('does not end with an assistant text');
  return out;
}


const seedsPool = makePool(SEED_DOMAINS.flatMap((d) => d.apis));
const POOLS: [string, ToolPool][] = [
  ['seeds', seedsPool],
  ['builtin', builtinPool()],
];
const N = 150;

function generate(pool: ToolPool, category: Category, idx: number, opts: PlanOptions, noiseRate = 0): { plan: ItemPlan; record: CanonicalRecord } {
  const plan = planItem(idx, itemSeed(4242, idx), category, pool, opts);
  return { plan, record: simulateOffline(plan, pool, { id: `c-${idx}`, split: plan.split, noiseRate }) };
}

function userTexts(record: CanonicalRecord): string[] {
  return record.messages.filter((m) => m.role === 'user').map((m) => m.content as string);
}

/** Index (in messages) of the n-th user message. */
function userAt(record: CanonicalRecord, n: number): number {
  let k = -1;
  return record.messages.findIndex((m) => m.role === 'user' && ++k === n);
}

describe.each(POOLS)('offline categories over the %s pool', (_label, pool) => {
  const heldOut = heldOutTools(pool, 0.1, 9);
  const train: PlanOptions = { split: 'train', heldOut, distractors: 3 };

  describe.each(CATEGORIES.map((c) => [c]))('%s', (category) => {
    const items = Array.from({ length: N }, (_, idx) => generate(pool, category, idx, train));

    it('plans the category itself when the pool allows, with a well-formed plan', () => {
      for (const { plan } of items) {
        if (pool === seedsPool) expect(plan.category).toBe(category);
        expect(plan.split).toBe('train');
        expect(plan.difficulty).toBeGreaterThanOrEqual(1);
        expect(plan.difficulty).toBeLessThanOrEqual(3);
        expect(new Set(plan.tools).size).toBe(plan.tools.length);
        for (const t of plan.tools) expect(heldOut.has(t)).toBe(false);
        for (const t of plan.targets) expect(heldOut.has(t)).toBe(false);
        for (const c of plan.calls) expect(plan.tools).toContain(c.name);
      }
    });

    it('produces structurally valid records whose calls are the plan and validate against the tools', () => {
      for (const { plan, record } of items) {
        expect(structureProblems(record), JSON.stringify(record.messages)).toEqual([]);
        expect(record.tools.map((t) => t.function.name)).toEqual(plan.tools);
        const calls = assistantCalls(record);
        expect(calls.map((c) => ({ name: c.function.name, arguments: JSON.parse(c.function.arguments) as unknown }))).toEqual(
          plan.calls.map((c) => ({ name: c.name, arguments: c.arguments })),
        );
        for (const [i, call] of calls.entries()) {
          const api = pool.byName.get(call.function.name) as ApiSpec;
          const v = validator(api.parameters);
          expect(v(JSON.parse(call.function.arguments)), JSON.stringify(v.errors)).toBe(true);
          const answer = record.messages.find((m) => m.role === 'tool' && m.tool_call_id === call.id) as { content: string };
          const result = JSON.parse(answer.content) as Record<string, unknown>;
          if (plan.calls[i].error) expect(result.error).toBeTypeOf('object');
          else expect(validator(api.returns)(result), JSON.stringify(validator(api.returns).errors)).toBe(true);
        }
        expect(record.meta.turns).toBe(plan.turns);
        expect(userTexts(record)).toHaveLength(plan.turns);
        // A second-language dialogue records its language and the derivations its own words give.
        const said = inEnglish(record) ? undefined : record.meta.plan?.calls;
        expect(record.meta.plan).toEqual({
          targets: plan.targets,
          calls: plan.calls.map((c, i) => {
            const derivations = said ? said[i]?.derivations : c.derivations;
            return {
              name: c.name,
              arguments: c.arguments,
              ...(c.dependsOn ? { dependsOn: c.dependsOn } : {}),
              ...(c.turn ? { turn: c.turn } : {}),
              ...(derivations ? { derivations } : {}),
            };
          }),
          ...(plan.withheld ? { withheld: plan.withheld } : {}),
          ...(plan.safety ? { safety: plan.safety } : {}),
          world: plan.world,
          ...(said ? { language: plan.world.locale.language } : {}),
        });
      }
    });

    it('states every user-given argument value in the user turns, or the words the plan derives it from (values from results are not stated)', () => {
      for (const { plan, record } of items) {
        const users = userTexts(record).join('\n');
        expect(users).not.toMatch(/\{v\}|undefined|\[object Object\]|NaN/);
        if (!inEnglish(record)) continue;
        for (const c of plan.calls) {
          for (const [k, v] of Object.entries(c.arguments)) {
            if (c.dependsOn?.[k]) continue;
            // A follow-up keeps an earlier turn's value unsaid ("and from Manila?" keeps the day).
            if (plan.calls.some((e) => (e.turn ?? 0) < (c.turn ?? 0) && JSON.stringify(e.arguments[k]) === JSON.stringify(v))) continue;
            const d = c.derivations?.[k];
            // An implied value: its words are said (a follow-up carries an earlier turn's value over unsaid).
            if (d) {
              if (d.kind !== 'previous-turn') expect(users.toLowerCase(), `${c.name}.${k}: "${d.said}" (${d.kind})`).toContain(d.said.toLowerCase());
              continue;
            }
            for (const leaf of leaves(v)) expect(states(users, leaf), `${c.name}.${k} = ${leaf} in ${users}`).toBe(true);
          }
        }
      }
    });

    it('gives every tool-calling message a rationale naming its tools and answers with the results', () => {
      for (const { record } of items) {
        for (const m of record.messages) {
          if (m.role !== 'assistant' || !m.tool_calls) continue;
          for (const c of m.tool_calls) expect(m.reasoning).toContain(c.function.name);
        }
        const results = record.messages.filter((m) => m.role === 'tool').map((m) => JSON.parse(m.content) as unknown);
        if (results.length === 0 || !inEnglish(record)) continue;
        const text = record.messages.filter((m): m is AssistantMessage => m.role === 'assistant' && !m.tool_calls).map((m) => m.content as string).join('\n');
        const used = usesResults(text, results);
        expect(used, `${text} ${JSON.stringify(results)}`).toBe(true);
      }
    });

    it('is deterministic: the same seed gives byte-identical plans and records', () => {
      for (let idx = 0; idx < 40; idx++) {
        const again = generate(pool, category, idx, train);
        expect(JSON.stringify(again.plan)).toBe(JSON.stringify(items[idx].plan));
        expect(JSON.stringify(again.record)).toBe(JSON.stringify(items[idx].record));
      }
    });

    it('varies the first user request with the seed', () => {
      const firsts = new Set(items.map(({ record }) => userTexts(record)[0]));
      expect(firsts.size).toBeGreaterThan(category === 'safety' || category === 'irrelevance' ? N * 0.5 : N * 0.9);
    });

    it('keeps noisy records generable for the category', () => {
      for (let idx = 0; idx < 60; idx++) {
        const { record } = generate(pool, category, idx, train, 1);
        expect(record.messages[record.messages.length - 1].role).toBe('assistant');
      }
    });

    it('shows the behaviour that defines the category', () => {
      for (const { plan, record } of items) {
        if (plan.category !== category) continue; // a fallback on a small pool
        const msgs = record.messages;
        const callMsgs = msgs.map((m, i) => [m, i] as const).filter(([m]) => m.role === 'assistant' && m.tool_calls);
        const calls = assistantCalls(record);
        const firstUser2 = userAt(record, 1);
        switch (category) {
          case 'single':
          case 'multiple':
          case 'nested':
            expect(calls).toHaveLength(1);
            expect(plan.turns).toBe(1);
            if (category === 'multiple') {
              const t = pool.byName.get(plan.targets[0]) as ApiSpec;
              expect(plan.tools.length).toBeGreaterThanOrEqual(3);
              expect(plan.tools.some((n) => n !== t.name && pool.byName.get(n)?.domain === t.domain)).toBe(true);
            }
            if (category === 'nested') {
              const api = pool.byName.get(calls[0].function.name) as ApiSpec;
              const args = JSON.parse(calls[0].function.arguments) as Record<string, unknown>;
              expect(Object.keys(args).some((k) => args[k] !== null && typeof args[k] === 'object' && ['object', 'array'].includes(api.parameters.properties[k].type as string))).toBe(true);
            }
            break;
          case 'parallel':
            expect(callMsgs).toHaveLength(1);
            expect(calls.length).toBeGreaterThanOrEqual(2);
            expect(calls.length).toBeLessThanOrEqual(4);
            expect(new Set(calls.map((c) => c.function.name)).size).toBe(1);
            expect(new Set(calls.map((c) => c.function.arguments)).size).toBe(calls.length);
            break;
          case 'parallel-multiple':
            expect(callMsgs).toHaveLength(1);
            expect(calls.length).toBeGreaterThanOrEqual(2);
            expect(new Set(calls.map((c) => c.function.name)).size).toBeGreaterThanOrEqual(2);
            break;
          case 'dependent': {
            expect(callMsgs).toHaveLength(2);
            const [dep] = Object.entries(plan.calls[1].dependsOn ?? {});
            expect(dep).toBeDefined();
            const [key, src] = dep;
            const first = callMsgs[0][0] as AssistantMessage;
            const answer = msgs.find((m) => m.role === 'tool' && m.tool_call_id === first.tool_calls?.[0].id) as { content: string };
            const v = valueAt(JSON.parse(answer.content), src.field);
            expect(v).toBeDefined();
            expect(JSON.parse(calls[1].function.arguments)[key]).toEqual(v);
            // The tool agent is the planner's source of truth.
            expect(valueAt(offlineToolResult(pool.byName.get(plan.calls[0].name) as ApiSpec, plan.calls[0].arguments, plan.world, undefined, callMoment(plan.world, plan.calls[0])), src.field)).toEqual(v);
            expect(states(userTexts(record)[0], v as string | number)).toBe(false);
            expect(callMsgs[1][1]).toBeGreaterThan(msgs.findIndex((m) => m.role === 'tool'));
            break;
          }
          case 'irrelevance':
            expect(calls).toEqual([]);
            expect(msgs.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
            for (const t of plan.targets) expect(plan.tools).not.toContain(t);
            if (plan.targets.length > 0) {
              const target = pool.byName.get(plan.targets[0]) as ApiSpec;
              for (const n of plan.tools) {
                const s = pool.byName.get(n) as ApiSpec;
                expect(s.domain === target.domain && s.subdomain === target.subdomain, `${n} could serve ${target.name}`).toBe(false);
              }
            }
            break;
          case 'clarification': {
            const w = plan.withheld as NonNullable<ItemPlan['withheld']>;
            expect(w).toBeDefined();
            expect(plan.turns).toBe(2);
            const v = plan.calls[w.call].arguments[w.argument] as string | number;
            const before = msgs.slice(1, firstUser2).filter((m) => m.role !== 'system').map((m) => (m.role === 'tool' ? '' : String((m as { content: string | null }).content ?? ''))).join('\n');
            expect(states(before, v), `${w.argument}=${v} before asked: ${before}`).toBe(false);
            expect(callMsgs.every(([, i]) => i > firstUser2)).toBe(true);
            const ask = msgs[firstUser2 - 1] as AssistantMessage;
            expect(ask.role).toBe('assistant');
            expect(ask.tool_calls).toBeUndefined();
            expect(ask.content).toMatch(/\?/);
            expect(states(userTexts(record)[1], v)).toBe(true);
            expect(JSON.parse(calls[0].function.arguments)[w.argument]).toEqual(v);
            break;
          }
          case 'multi-turn':
            expect(plan.turns).toBeGreaterThanOrEqual(2);
            expect(plan.turns).toBeLessThanOrEqual(4);
            expect(userTexts(record)).toHaveLength(plan.turns);
            for (const c of plan.calls) expect(c.turn).toBeDefined();
            // Each user turn t is followed by the calls planned for it, before the next user turn.
            for (let t = 0; t < plan.turns; t++) {
              const from = userAt(record, t);
              const to = t + 1 < plan.turns ? userAt(record, t + 1) : msgs.length;
              const inTurn = msgs.slice(from, to).flatMap((m) => (m.role === 'assistant' && m.tool_calls ? m.tool_calls : []));
              expect(inTurn.map((c) => c.function.name)).toEqual(plan.calls.filter((c) => (c.turn ?? 0) === t).map((c) => c.name));
            }
            for (const c of plan.calls) {
              for (const [k, src] of Object.entries(c.dependsOn ?? {})) {
                const source = plan.calls[src.call];
                expect(c.arguments[k]).toEqual(valueAt(offlineToolResult(pool.byName.get(source.name) as ApiSpec, source.arguments, plan.world, undefined, callMoment(plan.world, source)), src.field));
              }
            }
            break;
          case 'safety':
            expect(plan.safety === 'refuse' || plan.safety === 'confirm').toBe(true);
            if (plan.safety === 'refuse') {
              expect(calls).toEqual([]);
              expect(msgs.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
              expect((msgs[2] as AssistantMessage).content).toMatch(/can't|won't|not able|decline|not something/i);
            } else {
              expect(plan.turns).toBe(2);
              expect(calls).toHaveLength(1);
              expect(callMsgs[0][1]).toBeGreaterThan(firstUser2);
              const ask = msgs[firstUser2 - 1] as AssistantMessage;
              expect(ask.tool_calls).toBeUndefined();
              expect(ask.content).toMatch(/confirm|go ahead|proceed|continue/i);
              expect(userTexts(record)[1]).toMatch(/yes|yep|confirm|sure|ok|correct/i);
            }
            break;
        }
      }
    });
  });

  it('prefers distractors from the target domain when the pool allows', () => {
    let withSame = 0;
    let possible = 0;
    for (let idx = 0; idx < 300; idx++) {
      const { plan } = generate(pool, 'single', idx, train);
      const t = pool.byName.get(plan.targets[0]) as ApiSpec;
      const siblings = pool.list.filter((x) => x !== t && x.domain === t.domain && !heldOut.has(x.name)).length;
      if (siblings === 0) continue;
      possible++;
      if (plan.tools.some((n) => n !== t.name && pool.byName.get(n)?.domain === t.domain)) withSame++;
    }
    expect(withSame).toBe(possible);
  });

  it('shows exactly the requested number of distractors', () => {
    for (const distractors of [0, 1, 5]) {
      for (let idx = 0; idx < 50; idx++) {
        const { plan } = generate(pool, 'single', idx, { ...train, distractors });
        expect(plan.tools.length).toBe(1 + Math.min(distractors, pool.list.length - heldOut.size - 1));
      }
    }
  });
});

describe('the unseen split', () => {
  const pool = seedsPool;
  const heldOut = heldOutTools(pool, 0.15, 3);

  it('holds out exactly round(share x size) tools, deterministically by job seed', () => {
    expect(heldOut.size).toBe(Math.round(0.15 * pool.list.length));
    expect([...heldOutTools(pool, 0.15, 3)]).toEqual([...heldOut]);
    expect([...heldOutTools(pool, 0.15, 4)]).not.toEqual([...heldOut]);
    expect(heldOutTools(pool, 0, 3).size).toBe(0);
  });

  it.each(CATEGORIES.map((c) => [c]))('%s: test items use only held-out tools, train items none', (category) => {
    for (let idx = 0; idx < 60; idx++) {
      const test = generate(pool, category, idx, { split: 'test', heldOut, distractors: 3 });
      expect(test.plan.split).toBe('test');
      expect(test.record.split).toBe('test');
      for (const n of [...test.plan.tools, ...test.plan.targets]) expect(heldOut.has(n), n).toBe(true);
      expect(structureProblems(test.record)).toEqual([]);
      const tr = generate(pool, category, idx, { split: 'train', heldOut, distractors: 3 });
      for (const n of [...tr.plan.tools, ...tr.plan.targets]) expect(heldOut.has(n), n).toBe(false);
    }
  });

  it('falls back to a simpler category when the held-out tools cannot support one', () => {
    const tiny = new Set(pool.list.slice(0, 2).map((t) => t.name));
    for (let idx = 0; idx < 30; idx++) {
      const { plan, record } = generate(pool, 'dependent', idx, { split: 'test', heldOut: tiny, distractors: 3 });
      expect(plan.split).toBe('test');
      for (const n of plan.tools) expect(tiny.has(n)).toBe(true);
      expect(structureProblems(record)).toEqual([]);
    }
  });
});

describe('a 2000-item run over the default mix', () => {
  it('produces every category with valid records', () => {
    const pool = seedsPool;
    const heldOut = heldOutTools(pool, 0.1, 1);
    const seen = new Map<string, number>();
    for (let idx = 0; idx < 2000; idx++) {
      const category = CATEGORIES[itemSeed(1, idx) % CATEGORIES.length];
      const split = idx % 10 === 0 ? 'test' : 'train';
      const { plan, record } = generate(pool, category, idx, { split, heldOut, distractors: 3 });
      expect(structureProblems(record)).toEqual([]);
      seen.set(plan.category, (seen.get(plan.category) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([...CATEGORIES].sort());
    for (const n of seen.values()) expect(n).toBeGreaterThan(100);
  });
});
