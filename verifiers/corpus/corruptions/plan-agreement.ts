/** Corruptions of the agreement between the calls and the plan (rules/plan-agreement.ts). */
import type { Message } from '../../../core/record.js';
import { callMessages, changeArgs, withMessages, type Assistant, type Corruption } from '../corruption.js';

export const PLAN_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'grounded value that is not the planned one',
    expected: 'plan.arguments',
    also: ['consistency.echo'],
    apply: (e) => (e.decoy ? changeArgs(e, (args) => ({ ...args, [e.decoy!.argument]: e.decoy!.value }), e.decoy.call) : undefined),
  },
  {
    name: 'extra call not in the plan',
    expected: 'plan.mismatch',
    also: ['category.parallel-count'],
    apply: (e) => {
      if (e.record.meta.category === 'parallel' || e.record.meta.category === 'parallel-multiple') return undefined;
      return withMessages(e, (m) => {
        const at = callMessages(m)[0];
        if (at === undefined) return undefined;
        const a = m[at] as Assistant;
        const c = a.tool_calls![0];
        const copy = { ...c, id: `${c.id}_again` };
        const answer = m.find((x) => x.role === 'tool' && x.tool_call_id === c.id) as Extract<Message, { role: 'tool' }>;
        m[at] = { ...a, tool_calls: [...a.tool_calls!, copy] };
        const lastTool = m.findIndex((x, i) => i > at && x.role !== 'tool' && i > at);
        m.splice(lastTool, 0, { ...answer, tool_call_id: copy.id });
        return m;
      });
    },
  },
];
