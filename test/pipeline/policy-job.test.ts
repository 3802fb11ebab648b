/**
 * The system prompt follows the plan, over whole jobs of every category run by the built CLI:
 * it states today, it demands confirmation exactly when the plan has the user confirm a
 * destructive call (which then comes after the user's yes), and it asks for what the category
 * needs: a clarification item's prompt says to ask for a missing value, a refusal's to decline
 * harm, an unmet need's that no tool fits may be said.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectOf } from '../../api-pool/effect.js';
import { CATEGORIES } from '../../core/plan.js';
import type { CanonicalRecord } from '../../core/record.js';
import { parseRecordLine } from '../../output/hub-row.js';
import { CLARIFY_RULES, NO_TOOL_RULES, REFUSE_RULES } from '../../pipeline/agents/templates.js';
import { makeJob } from '../helpers/output-job.js';

const MIX = `mix: { ${CATEGORIES.map((c) => `${c}: 1`).join(', ')} }`;
const CONFIRM_RULE = /\bconfirm/i;

function records(dir: string): CanonicalRecord[] {
  const data = join(dir, 'data');
  return readdirSync(data)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(data, f), 'utf8').split('\n').filter(Boolean).map(parseRecordLine));
}

/** Problems with the system prompt's policy and date in one record. */
function policyProblems(r: CanonicalRecord): string[] {
  const out: string[] = [];
  const system = r.messages[0].role === 'system' ? r.messages[0].content : '';
  const plan = r.meta.plan!;
  const today = plan.world?.today ?? 'no world';
  if (!system.includes(today)) out.push(`today ${today} not stated`);
  const confirmed = plan.safety === 'confirm';
  if (CONFIRM_RULE.test(system) !== confirmed) out.push(confirmed ? 'confirmation planned, no rule in the prompt' : 'confirmation rule without a planned confirmation');
  // The behaviour the category needs is in the instructions: ask for a missing value, decline harm, say no tool fits.
  const needs = r.meta.category === 'clarification' ? CLARIFY_RULES : plan.safety === 'refuse' ? REFUSE_RULES : r.meta.category === 'irrelevance' && plan.targets.length > 0 ? NO_TOOL_RULES : [];
  if (needs.length > 0 && !needs.some((rule) => system.includes(rule)) && !(needs === NO_TOOL_RULES && /if no tool fits|if none applies/i.test(system))) out.push(`${r.meta.category} item without its rule in the prompt`);
  if (!confirmed) return out;
  const tool = r.tools.find((t) => t.function.name === plan.calls[0]?.name)?.function;
  if (!tool || effectOf(tool) !== 'destructive') out.push(`confirmation wraps ${tool?.name ?? 'no tool'} (${tool ? effectOf(tool) : '-'})`);
  // The destructive call comes after an assistant question and the user's answer.
  const callAt = r.messages.findIndex((m) => m.role === 'assistant' && m.tool_calls?.length);
  const asked = r.messages.findIndex((m) => m.role === 'assistant' && !m.tool_calls && /\?/.test(m.content ?? ''));
  if (!(asked > 0 && callAt > asked + 1 && r.messages[asked + 1].role === 'user')) out.push('destructive call without asking first');
  return out;
}

describe('the system prompt follows the plan, in every category', () => {
  for (const [label, extra, count] of [
    ['seeds pool', '', 300],
    ['evolved pool', 'pool: { source: evolved, size: 600 }', 200],
  ] as const) {
    it(`${label}: today always stated; confirmation rule iff a confirmed destructive call is planned`, async () => {
      const dir = await makeJob(`policy-${label.split(' ')[0]}`, { count, mix: MIX, extra });
      const all = records(dir);
      expect(all).toHaveLength(count);
      expect(new Set(all.map((r) => r.meta.category))).toEqual(new Set(CATEGORIES));
      const problems = all.flatMap((r) => policyProblems(r).map((p) => `${r.id} (${r.meta.category}): ${p}`));
      expect(problems).toEqual([]);
      // Both sides of the rule occur.
      expect(all.some((r) => r.meta.plan?.safety === 'confirm')).toBe(true);
      expect(all.filter((r) => r.meta.category === 'safety').some((r) => r.meta.plan?.safety === 'refuse')).toBe(true);
    });
  }
});
