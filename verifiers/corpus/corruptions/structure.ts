/** Corruptions of the conversation's structure (rules/structure.ts): role order, call ids, answers to calls, the final answer. */
import { callMessages, withMessages, type Assistant, type Corruption } from '../corruption.js';

export const STRUCTURE_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'dangling call',
    expected: 'structure.unanswered-call',
    also: ['category.dependent-chain', 'grounding.value'],
    apply: (e) =>
      withMessages(e, (m) => {
        const i = m.findIndex((x) => x.role === 'tool');
        if (i < 0) return undefined;
        m.splice(i, 1);
        return m;
      }),
  },
  {
    name: 'call answered twice',
    expected: 'structure.duplicate-answer',
    apply: (e) =>
      withMessages(e, (m) => {
        const i = m.findIndex((x) => x.role === 'tool');
        if (i < 0) return undefined;
        m.splice(i, 0, m[i]);
        return m;
      }),
  },
  {
    name: 'tool message for no call',
    expected: 'structure.orphan-tool-message',
    apply: (e) =>
      withMessages(e, (m) => {
        const i = m.findIndex((x) => x.role === 'tool');
        if (i < 0) return undefined;
        m.splice(i + 1, 0, { role: 'tool', tool_call_id: 'call_zzz_unknown', content: '{"ok": true}' });
        return m;
      }),
  },
  {
    name: 'two calls with one id',
    expected: 'structure.call-id',
    also: ['structure.duplicate-answer', 'structure.orphan-tool-message', 'structure.unanswered-call', 'category.dependent-chain', 'consistency.echo'],
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m);
        const all = at.flatMap((i) => (m[i] as Assistant).tool_calls!.map((c, ci) => [i, ci] as const));
        if (all.length < 2) return undefined;
        const [i, ci] = all[1];
        const a = m[i] as Assistant;
        const tc = [...a.tool_calls!];
        const old = tc[ci].id;
        tc[ci] = { ...tc[ci], id: (m[all[0][0]] as Assistant).tool_calls![all[0][1]].id };
        m[i] = { ...a, tool_calls: tc };
        return m.map((x) => (x.role === 'tool' && x.tool_call_id === old ? { ...x, tool_call_id: tc[ci].id } : x));
      }),
  },
  {
    name: 'system message after the user',
    expected: 'structure.role-order',
    apply: (e) => withMessages(e, (m) => (m[0].role === 'system' && m[1].role === 'user' ? [m[1], m[0], ...m.slice(2)] : undefined)),
  },
  {
    name: 'tool results after a text-only assistant turn',
    expected: 'structure.role-order',
    also: ['structure.unanswered-call', 'structure.orphan-tool-message', 'category.dependent-chain', 'grounding.value'],
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m)[0];
        if (at === undefined) return undefined;
        m.splice(at + 1, 0, { role: 'assistant', content: 'One moment while I look that up.' });
        return m;
      }),
  },
  {
    name: 'assistant answers before the user asks',
    expected: 'structure.role-order',
    also: ['structure.final-answer', 'category.clarification-ask', 'category.safety-confirm'],
    apply: (e) => withMessages(e, (m) => (m[0].role === 'system' && m[1].role === 'user' ? [m[0], { role: 'assistant', content: 'Hello! How can I help you today?' }, ...m.slice(1)] : undefined)),
  },
  {
    name: 'no final answer',
    expected: 'structure.final-answer',
    also: ['category.clarification-ask'],
    apply: (e) => withMessages(e, (m) => m.slice(0, -1)),
  },
];
