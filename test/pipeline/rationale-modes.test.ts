/**
 * The `rationale` option end to end: over planner-made items of every category, `all` gives each
 * tool-calling step a short rationale that is not one template, `nontrivial` leaves some out and
 * `none` all of them, and nothing else in a record changes with the mode; the verifier accepts
 * the same records whatever the mode. The LLM backend asks its teacher model only for the steps
 * the mode keeps a rationale for.
 */
import { describe, expect, it } from 'vitest';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { makePool } from '../../api-pool/types.js';
import { CATEGORIES, type ItemPlan } from '../../core/plan.js';
import type { CanonicalRecord } from '../../core/record.js';
import { itemSeed } from '../../core/rng.js';
import type { LlmClient, LlmRequest, LlmResponse } from '../../llm/index.js';
import { LlmProcessor } from '../../pipeline/backends/llm-processor.js';
import { ItemPlanner } from '../../pipeline/backends/offline-processor.js';
import { resolveConfig } from '../../pipeline/config.js';
import type { ClaimedItem } from '../../pipeline/engine/checkpoint.js';
import { heldOutTools, planItem, simulateOffline } from '../../pipeline/generate.js';
import type { RationaleMode } from '../../pipeline/agents/teacher/mode.js';
import { verifyRecord } from '../../verifiers/index.js';

const pool = makePool(SEED_DOMAINS.flatMap((d) => d.apis));
const heldOut = heldOutTools(pool, 0.1, 1);
const plans: ItemPlan[] = Array.from({ length: 400 }, (_, i) => planItem(i, itemSeed(3, i), CATEGORIES[i % CATEGORIES.length], pool, { split: 'train', heldOut, distractors: 3 }));

function simulate(plan: ItemPlan, rationale: RationaleMode): CanonicalRecord {
  return simulateOffline(plan, pool, { id: `t-${plan.idx}`, split: 'train', noiseRate: 0.05, rationale });
}

/** Tool-calling steps of a record, and their rationales. */
const steps = (r: CanonicalRecord) => r.messages.filter((m) => m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0) as { reasoning?: string }[];
const withoutRationales = (r: CanonicalRecord): string => JSON.stringify(r, (k, v) => (k === 'reasoning' ? undefined : v));

/** Share of texts with a near twin: word 3-shingle Jaccard at or above 0.8 with another. */
function nearDuplicateRate(texts: readonly string[]): number {
  const sets = texts.map((t) => {
    const w = t.toLowerCase().split(/\s+/).filter(Boolean);
    return new Set(w.slice(0, Math.max(1, w.length - 2)).map((_, i) => w.slice(i, i + 3).join(' ')));
  });
  const twin = new Array<boolean>(texts.length).fill(false);
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      let shared = 0;
      for (const s of sets[i]) if (sets[j].has(s)) shared++;
      if (shared / (sets[i].size + sets[j].size - shared) >= 0.8) twin[i] = twin[j] = true;
    }
  }
  return twin.filter(Boolean).length / texts.length;
}

describe('the rationale option, offline', () => {
  const all = plans.map((p) => simulate(p, 'all'));

  it('all: every tool-calling step has a short rationale naming its tools, and they vary', () => {
    const texts: string[] = [];
    for (const r of all) {
      for (const m of r.messages) {
        if (m.role !== 'assistant' || !m.tool_calls?.length) continue;
        expect(typeof m.reasoning).toBe('string');
        const text = m.reasoning as string;
        for (const c of m.tool_calls) expect(text).toContain(c.function.name);
        expect(text.split(/\s+/).length).toBeLessThanOrEqual(50);
        texts.push(text);
      }
    }
    const mean = texts.reduce((s, t) => s + t.split(/\s+/).length, 0) / texts.length;
    expect(mean).toBeLessThan(40);
    expect(nearDuplicateRate(texts)).toBeLessThan(0.1);
  });

  it('none and nontrivial change nothing but the rationales, and the verifier accepts the same records', () => {
    let kept = 0;
    let total = 0;
    for (const [i, plan] of plans.entries()) {
      const none = simulate(plan, 'none');
      const some = simulate(plan, 'nontrivial');
      expect(steps(none).every((m) => m.reasoning === undefined)).toBe(true);
      expect(withoutRationales(none)).toBe(withoutRationales(all[i]));
      expect(withoutRationales(some)).toBe(withoutRationales(all[i]));
      kept += steps(some).filter((m) => m.reasoning !== undefined).length;
      total += steps(some).length;
      const accepted = verifyRecord(all[i], { pool, plan }).accepted;
      expect(verifyRecord(none, { pool, plan }).accepted).toBe(accepted);
      expect(verifyRecord(some, { pool, plan }).accepted).toBe(accepted);
    }
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(total);
  });

  it('is the same text for the same seed', () => {
    expect(JSON.stringify(simulate(plans[7], 'all'))).toBe(JSON.stringify(all[7]));
  });
});

/** A model that calls the planned tools of the first turn, answers in text after results, and explains when asked. */
function scriptedClient(plansByIdx: Map<number, ItemPlan>, teacherAsked: number[]): LlmClient {
  const usage = { item: () => undefined, takeItem: () => undefined };
  const answer = (a: Partial<LlmResponse>): LlmResponse => ({ usage: { promptTokens: 1, completionTokens: 1, costUsd: 0 }, finishReason: 'stop', endpoint: 'e', model: 'm', cached: false, ...a });
  return {
    usage,
    async complete(req: LlmRequest): Promise<LlmResponse> {
      const idx = req.itemIdx as number;
      if (req.role === 'teacher') {
        teacherAsked.push(idx);
        return answer({ json: { reasoning: 'The request names what this tool does, with its values.' } });
      }
      const last = req.messages[req.messages.length - 1];
      if (last.role !== 'user') return answer({ text: 'Here is what I found.' });
      const calls = (plansByIdx.get(idx)?.calls ?? []).filter((c) => (c.turn ?? 0) === 0 && (c.step ?? 0) === 0);
      return answer({ toolCalls: calls.map((c, i) => ({ id: `call_${idx}_${i}`, name: c.name, arguments: { ...c.arguments } })) });
    },
  } as unknown as LlmClient;
}

describe('the rationale option, LLM backend', () => {
  async function run(rationale: RationaleMode): Promise<{ asked: number; steps: number; withRationale: number }> {
    const config = resolveConfig({
      backend: 'llm',
      rationale,
      mix: { single: 1, multiple: 1, parallel: 1 },
      endpoints: [{ name: 'e', baseURL: 'http://127.0.0.1:9/v1' }],
      roles: { assistant: { endpoint: 'e', model: 'm' }, teacher: { endpoint: 'e', model: 't' } },
    });
    const items: ClaimedItem[] = Array.from({ length: 30 }, (_, idx) => ({ idx, seed: itemSeed(9, idx), category: (['single', 'multiple', 'parallel'] as const)[idx % 3], split: 'train', attempts: 1, retryBase: 0 }));
    const planner = new ItemPlanner(config, pool);
    const asked: number[] = [];
    const processor = new LlmProcessor(config, pool, scriptedClient(new Map(items.map((it) => [it.idx, planner.plan(it)])), asked));
    let stepCount = 0;
    let withRationale = 0;
    for (const item of items) {
      const out = await processor.process(item);
      const record = JSON.parse((out.record ?? out.rejectedRecord) as string) as CanonicalRecord;
      stepCount += steps(record).length;
      withRationale += steps(record).filter((m) => m.reasoning !== undefined).length;
    }
    return { asked: asked.length, steps: stepCount, withRationale };
  }

  it('asks the teacher for every step, for nontrivial ones only, or never', async () => {
    const all = await run('all');
    const some = await run('nontrivial');
    const none = await run('none');
    expect(all.asked).toBe(all.steps);
    expect(all.withRationale).toBe(all.steps);
    expect(some.asked).toBeGreaterThan(0);
    expect(some.asked).toBeLessThan(all.asked);
    expect(some.withRationale).toBe(some.asked);
    expect(none.asked).toBe(0);
    expect(none.withRationale).toBe(0);
  });
});
