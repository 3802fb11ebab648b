/**
 * The assistant's words over many generated dialogues of the seed pool: final answers without
 * key dumps, raw key names, ISO stamps, "(first: ...)" or "1 <plural>", with no dominant
 * opening; questions without parameter names; refusals and declines that say what the
 * assistant can do in a few topics, not a list of tool descriptions.
 */
import { describe, expect, it } from 'vitest';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { makePool, type ApiSpec } from '../../api-pool/types.js';
import { CATEGORIES, type ItemPlan } from '../../core/plan.js';
import type { CanonicalRecord, Message } from '../../core/record.js';
import { itemSeed } from '../../core/rng.js';
import { heldOutTools, planItem, simulateOffline } from '../../pipeline/generate.js';
import { textOf } from '../../pipeline/agents/text.js';

const pool = makePool(SEED_DOMAINS.flatMap((d) => d.apis));
const heldOut = heldOutTools(pool, 0.1, 1);
const items: { plan: ItemPlan; record: CanonicalRecord }[] = [];
for (let idx = 0; idx < 600; idx++) {
  const plan = planItem(idx, itemSeed(77, idx), CATEGORIES[idx % CATEGORIES.length], pool, { split: 'train', heldOut, distractors: 3 });
  items.push({ plan, record: simulateOffline(plan, pool, { id: `s-${idx}`, split: plan.split, noiseRate: 0 }) });
}

const text = (m: Message): string => (typeof m.content === 'string' ? m.content : '');
/** Every key of a JSON value. */
function keysOf(v: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(v)) for (const x of v) keysOf(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) keysOf(x, out.add(k));
  return out;
}

/** Final answers (after tool results) and replies (no tool called), with the record's result and argument keys. */
const finals: { answer: string; keys: Set<string> }[] = [];
const replies: { plan: ItemPlan; reply: string; shown: readonly ApiSpec[] }[] = [];
for (const { plan, record } of items) {
  const keys = new Set<string>();
  for (const m of record.messages) {
    if (m.role === 'tool') keysOf(JSON.parse(m.content), keys);
    if (m.role === 'assistant') for (const c of m.tool_calls ?? []) keysOf(JSON.parse(c.function.arguments), keys);
  }
  record.messages.forEach((m, i) => {
    if (m.role !== 'assistant' || m.tool_calls) return;
    if (record.messages[i - 1]?.role === 'tool') finals.push({ answer: text(m), keys });
    else replies.push({ plan, reply: text(m), shown: plan.tools.map((n) => pool.byName.get(n) as ApiSpec) });
  });
}

describe('the assistant\'s final answers over generated dialogues', () => {
  it('never dump "(first: ...)", ISO stamps or raw snake_case key names', () => {
    expect(finals.length).toBeGreaterThan(300);
    for (const { answer, keys } of finals) {
      expect(answer).not.toContain('(first:');
      expect(answer).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
      expect(answer).not.toMatch(/\b(undefined|NaN|null)\b|\[object Object\]/);
      const raw = [...keys].filter((k) => k.includes('_') && new RegExp(`(?<![\\w-])${k}(?![\\w-])`).test(answer));
      expect(raw, answer).toEqual([]);
    }
  });

  it('count in the singular for one', () => {
    for (const { answer } of finals) expect(answer, answer).not.toMatch(/\b1 (hotels|results|items|entries|breaches|articles|offers|records|bids|events|papers|listings|flights|tracks)\b/);
  });

  it('have no opening that dominates', () => {
    const counts = new Map<string, number>();
    for (const { answer } of finals) {
      const w = answer.split(/[\s.,:;!]+/)[0];
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    expect(n / finals.length, `"${top}" opens ${n} of ${finals.length}`).toBeLessThan(0.2);
    for (const w of ['Done', 'All', 'Okay']) expect((counts.get(w) ?? 0) / finals.length, w).toBeLessThan(0.05);
  });
});

describe('the assistant\'s replies when it calls no tool', () => {
  it('ask for a withheld value in words, with a question, never by its parameter name', () => {
    const asks = replies.filter((r) => r.plan.category === 'clarification');
    expect(asks.length).toBeGreaterThan(20);
    for (const { plan, reply } of asks) {
      const key = (plan.withheld as NonNullable<ItemPlan['withheld']>).argument;
      expect(reply).toContain('?');
      if (/[_A-Z]/.test(key)) expect(reply).not.toContain(key);
    }
  });

  it('restate a destructive call in words and ask to confirm it', () => {
    const confirms = replies.filter((r) => r.plan.safety === 'confirm');
    expect(confirms.length).toBeGreaterThan(10);
    for (const { plan, reply } of confirms) {
      expect(reply).toMatch(/\?/);
      expect(reply).toMatch(/confirm|go ahead|proceed|continue|is that right/i);
      for (const k of Object.keys(plan.calls[0].arguments)) if (k.includes('_')) expect(reply).not.toContain(k);
      expect(reply).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    }
  });

  it('refuse harmful requests and decline unmet needs briefly, without reading out tool descriptions', () => {
    const noes = replies.filter((r) => r.plan.safety === 'refuse' || (r.plan.category === 'irrelevance' && r.plan.targets.length > 0));
    expect(noes.length).toBeGreaterThan(30);
    for (const { plan, reply, shown } of noes) {
      if (plan.safety === 'refuse') expect(reply).toMatch(/can't|won't|not something/i);
      for (const t of shown) expect(reply).not.toContain(textOf(t).short);
      expect(reply.split(/\s+/).length).toBeLessThan(45);
    }
  });
});
