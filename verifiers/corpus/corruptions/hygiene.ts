/** Corruptions of the texts (rules/hygiene.ts): empty, cut off, repeated, in another language, too long, a rationale naming another tool. */
import type { Message } from '../../../core/record.js';
import { callMessages, finalIdx, withMessages, type Assistant, type Corruption } from '../corruption.js';

/** A final answer replaced or cut short no longer says what a refusal or an unmet need must (rules/category-words.ts). */
const ANSWER_WORDS = ['category.refusal-unsaid', 'category.irrelevance-unsaid'] as const;

export const HYGIENE_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'empty assistant turn',
    expected: 'hygiene.empty-turn',
    apply: (e) => withMessages(e, (m) => [...m.slice(0, -1), { role: 'assistant', content: '' }, m[finalIdx(m)]]),
  },
  {
    name: 'final answer cut off mid-sentence',
    expected: 'hygiene.truncated',
    also: ANSWER_WORDS,
    apply: (e) =>
      withMessages(e, (m) => {
        const last = m[finalIdx(m)] as Assistant;
        const text = last.content ?? '';
        const cut = Math.max(text.lastIndexOf(', '), text.lastIndexOf(' and '), text.lastIndexOf(' for '), text.lastIndexOf(' the '));
        if (cut <= 0) return undefined;
        const end = text[cut] === ',' ? cut + 1 : text.indexOf(' ', cut + 1);
        m[finalIdx(m)] = { ...last, content: text.slice(0, end) };
        return m;
      }),
  },
  {
    name: 'tool result cut off',
    expected: 'hygiene.truncated',
    also: ['category.dependent-chain'],
    apply: (e) =>
      withMessages(e, (m) => {
        const i = m.findIndex((x) => x.role === 'tool');
        if (i < 0) return undefined;
        const t = m[i] as Extract<Message, { role: 'tool' }>;
        m[i] = { ...t, content: t.content.slice(0, Math.floor(t.content.length * 0.6)) };
        return m;
      }),
  },
  {
    name: 'leftover template marker',
    expected: 'hygiene.template-marker',
    apply: (e) =>
      withMessages(e, (m) => {
        const last = m[finalIdx(m)] as Assistant;
        m[finalIdx(m)] = { ...last, content: `${last.content ?? ''} Anything else about {city}?` };
        return m;
      }),
  },
  {
    name: 'repeated turn',
    expected: 'hygiene.repeated-turn',
    apply: (e) => withMessages(e, (m) => [...m, m[finalIdx(m)]]),
  },
  {
    name: 'answer in another language',
    expected: 'hygiene.mixed-language',
    also: ANSWER_WORDS,
    apply: (e) =>
      withMessages(e, (m) => {
        m[finalIdx(m)] = { role: 'assistant', content: 'Voilà, c\'est fait : je vous ai donné le résultat et les détails sont dans la réponse de l\'outil. Est-ce que je peux faire autre chose pour vous ?' };
        return m;
      }),
  },
  {
    name: 'answer in English to a second-language dialogue',
    expected: 'hygiene.mixed-language',
    also: ANSWER_WORDS,
    apply: (e) =>
      /\((es|fr|de|pt|it)\)/.test(e.name)
        ? withMessages(e, (m) => {
            m[finalIdx(m)] = { role: 'assistant', content: 'Here is what I found: the details are in the result of the tool. Is there anything else I can do for you?' };
            return m;
          })
        : undefined,
  },
  {
    name: 'answer in another script',
    expected: 'hygiene.mixed-language',
    also: ANSWER_WORDS,
    apply: (e) =>
      withMessages(e, (m) => {
        m[finalIdx(m)] = { role: 'assistant', content: '已经完成了。结果在工具的回答里，还有什么需要我帮忙的吗？' };
        return m;
      }),
  },
  {
    name: 'answer far too long',
    expected: 'hygiene.length',
    apply: (e) =>
      withMessages(e, (m) => {
        const last = m[finalIdx(m)] as Assistant;
        let long = '';
        for (let i = 1; long.length <= 9000; i++) long += `Point ${i}: ${last.content ?? ''} `;
        m[finalIdx(m)] = { ...last, content: long.trim() };
        return m;
      }),
  },
  {
    name: 'rationale names another tool',
    expected: 'hygiene.rationale-tool',
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m)[0];
        if (at === undefined) return undefined;
        const a = m[at] as Assistant;
        const other = e.record.tools.map((t) => t.function.name).find((n) => !a.tool_calls!.some((c) => c.function.name === n));
        if (!other) return undefined;
        m[at] = { ...a, reasoning: `${other} is the right tool for this request.` };
        return m;
      }),
  },
];
