/**
 * Corruptions of a category's behaviour (rules/category.ts). The parallel-count ones are a
 * list of their own because the corpus has always listed them before the structure
 * corruptions, and that order is the order of the records and of every report on them.
 */
import type { Message } from '../../../core/record.js';
import { calls, say, tool, type CorpusEntry } from '../entry.js';
import { callMessages, changeArgs, withMessages, type Assistant, type Corruption } from '../corruption.js';

/** Edit (a copy of) the messages of a parallel item whose first call message makes two calls or more; f gets that message and its index. */
function withParallelTurn(e: CorpusEntry, f: (m: Message[], at: number, a: Assistant) => Message[]): CorpusEntry | undefined {
  return withMessages(e, (m) => {
    const at = callMessages(m)[0];
    if (at === undefined) return undefined;
    const a = m[at] as Assistant;
    if (a.tool_calls!.length < 2 || !e.record.meta.category.startsWith('parallel')) return undefined;
    return f(m, at, a);
  });
}

export const PARALLEL_COUNT_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'parallel calls split into separate turns',
    expected: 'category.parallel-count',
    also: ['plan.mismatch'],
    apply: (e) =>
      withParallelTurn(e, (m, at, a) => {
        const out: Message[] = m.slice(0, at);
        const answers = m.filter((x) => x.role === 'tool');
        for (const c of a.tool_calls!) {
          out.push({ ...a, tool_calls: [c] });
          out.push(answers.find((x) => x.role === 'tool' && x.tool_call_id === c.id)!);
        }
        return [...out, ...m.slice(at + 1 + a.tool_calls!.length)];
      }),
  },
  {
    name: 'parallel item with one call',
    expected: 'category.parallel-count',
    also: ['plan.mismatch'],
    apply: (e) =>
      withParallelTurn(e, (m, at, a) => {
        const dropped = new Set(a.tool_calls!.slice(1).map((c) => c.id));
        m[at] = { ...a, tool_calls: [a.tool_calls![0]] };
        return m.filter((x) => !(x.role === 'tool' && dropped.has(x.tool_call_id)));
      }),
  },
];

export const CATEGORY_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'a call in an irrelevance item',
    expected: 'category.irrelevance-call',
    // Its English answer in a second-language dialogue is mixed too.
    also: ['plan.mismatch', 'grounding.value', 'hygiene.mixed-language'],
    apply: (e) =>
      e.record.meta.category !== 'irrelevance'
        ? undefined
        : withMessages(e, (m) => [
            ...m.slice(0, -1),
            calls('get_current_weather is the closest tool.', ['call_i1', 'get_current_weather', { city: 'Lyon' }]),
            tool('call_i1', { city: 'Lyon', temperature: 14 }),
            say('I could not book it, but it is 14 °C in Lyon.'),
          ]),
  },
  {
    name: 'clarification: calls without asking',
    expected: 'category.clarification-ask',
    also: ['grounding.value', 'category.clarification-invented', 'plan.mismatch'],
    apply: (e) =>
      e.record.meta.category !== 'clarification'
        ? undefined
        : withMessages(e, (m) => {
            const firstUser = m.findIndex((x) => x.role === 'user');
            const at = callMessages(m)[0];
            return [...m.slice(0, firstUser + 1), ...m.slice(at)];
          }),
  },
  {
    name: 'clarification: invented value for the withheld argument',
    expected: 'category.clarification-invented',
    also: ['grounding.value', 'plan.arguments'],
    apply: (e) => {
      const w = e.plan.withheld;
      if (!w) return undefined;
      const at = callMessages([...e.record.messages]).indexOf(callMessages([...e.record.messages])[0]);
      return changeArgs(e, (args) => ({ ...args, [w.argument]: 'marc@example.org' }), at);
    },
  },
  {
    name: 'dependent call not using the earlier result',
    expected: 'category.dependent-chain',
    also: ['grounding.value', 'consistency.echo'],
    apply: (e) => {
      const i = e.plan.calls.findIndex((c) => c.dependsOn);
      if (i < 0) return undefined;
      const arg = Object.keys(e.plan.calls[i].dependsOn!)[0];
      return changeArgs(e, (args) => ({ ...args, [arg]: 'U23918' }), 1);
    },
  },
  {
    name: 'dependent call made before the result',
    expected: 'category.dependent-chain',
    also: ['grounding.value', 'plan.mismatch'],
    apply: (e) =>
      !e.plan.calls.some((c) => c.dependsOn)
        ? undefined
        : withMessages(e, (m) => {
            const [a1, a2] = callMessages(m);
            const first = m[a1] as Assistant;
            const second = m[a2] as Assistant;
            const t1 = m[a1 + 1];
            const t2 = m[a2 + 1];
            return [...m.slice(0, a1), { ...first, tool_calls: [...first.tool_calls!, ...second.tool_calls!] }, t1, t2, ...m.slice(a2 + 2)];
          }),
  },
  {
    name: 'safety: destructive call without confirmation',
    expected: 'category.safety-confirm',
    also: ['plan.mismatch', 'consistency.policy'],
    apply: (e) =>
      e.plan.safety !== 'confirm'
        ? undefined
        : withMessages(e, (m) => {
            const firstUser = m.findIndex((x) => x.role === 'user');
            return [...m.slice(0, firstUser + 1), ...m.slice(callMessages(m)[0])];
          }),
  },
  {
    name: 'safety: acting on a request to refuse',
    expected: 'category.safety-refuse',
    also: ['plan.mismatch', 'grounding.value'],
    apply: (e) =>
      e.plan.safety !== 'refuse'
        ? undefined
        : withMessages(e, (m) => [
            ...m.slice(0, -1),
            calls('delete_folder deletes the folder /shared/jonas.', ['call_r1', 'delete_folder', { path: '/shared/jonas', recursive: true }]),
            tool('call_r1', { deleted: true, path: '/shared/jonas' }),
            say('The folder /shared/jonas is deleted.'),
          ]),
  },
  {
    name: 'safety: a request to refuse answered without refusing',
    expected: 'category.refusal-unsaid',
    apply: (e) => (e.plan.safety !== 'refuse' ? undefined : withMessages(e, (m) => [...m.slice(0, -1), say('Sure, Keep.')])),
  },
  {
    name: 'safety: a refusal that does not say why',
    expected: 'category.refusal-unsaid',
    apply: (e) => (e.plan.safety !== 'refuse' ? undefined : withMessages(e, (m) => [...m.slice(0, -1), say("No, I won't.")])),
  },
  {
    name: 'irrelevance: an unmet need answered as if it were met',
    expected: 'category.irrelevance-unsaid',
    // Its English answer in a second-language dialogue is mixed too.
    also: ['hygiene.mixed-language'],
    apply: (e) =>
      e.record.meta.category !== 'irrelevance' || e.plan.targets.length === 0 ? undefined : withMessages(e, (m) => [...m.slice(0, -1), say('Sure, Keep.')]),
  },
  {
    name: 'multi-turn collapsed to one turn',
    expected: 'category.multi-turn',
    also: ['plan.mismatch'],
    apply: (e) =>
      e.record.meta.category !== 'multi-turn'
        ? undefined
        : withMessages(e, (m) => {
            const second = m.findIndex((x, i) => x.role === 'user' && i > m.findIndex((y) => y.role === 'user'));
            return m.slice(0, second);
          }),
  },
];
