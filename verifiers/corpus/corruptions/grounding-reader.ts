/**
 * Corruptions a reader's derivations must not let through (rules/grounding-value.ts): a number
 * sent with another magnitude (x100) or with one digit changed, a date whose day and month are
 * swapped (every digit of it is said, apart: "4 people on 2024-05-12" is no 2024-12-04), and a
 * relative date ("tomorrow", "next Monday") once the conversation no longer states today.
 */
import { datesIn } from '../../../core/derive/date-formats.js';
import type { Message } from '../../../core/record.js';
import { callMessages, changeArgs, withMessages, type Assistant, type Corruption } from '../corruption.js';
import type { CorpusEntry, Obj } from '../entry.js';

/** What else a changed value may trip: the plan's value, a result that echoes or filters by it, a chain or a withheld value built on it. */
const VALUE_FOLLOWS = ['args.schema', 'plan.arguments', 'consistency.echo', 'consistency.filter', 'consistency.date', 'category.dependent-chain', 'category.clarification-invented'] as const;

/** The first call's arguments with its first top-level number changed by `f` (undefined when it has none or `f` keeps it). */
function changeNumber(e: CorpusEntry, f: (v: number) => number): CorpusEntry | undefined {
  return changeArgs(e, (args) => {
    const k = Object.keys(args).find((x) => typeof args[x] === 'number' && f(args[x] as number) !== args[x]);
    return k === undefined ? undefined : { ...args, [k]: f(args[k] as number) };
  });
}

/** The last digit of a number's digits moved by three ("250" -> "253", "8.05" -> "8.08"). */
const digitChanged = (v: number): number => Number(String(v).replace(/\d(?=\D*$)/, (d) => String((Number(d) + 3) % 10)));

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(.*)$/;

/** A date value with day and month swapped, when that is another valid date. */
function swapped(v: unknown): string | undefined {
  const m = typeof v === 'string' ? ISO_DAY.exec(v) : null;
  if (!m || m[2] === m[3] || Number(m[3]) > 12) return undefined;
  return `${m[1]}-${m[3]}-${m[2]}${m[4]}`;
}

/** The text of the messages a call may be grounded in (system, user, tool). */
const groundText = (m: readonly Message[]): string => m.filter((x) => x.role !== 'assistant').map((x) => (typeof x.content === 'string' ? x.content : '')).join('\n');

/** Whether some call sends a date the conversation only gives relative to today (no message states it in full). */
function reliesOnToday(e: CorpusEntry): boolean {
  const stated = new Set(datesIn(groundText(e.record.messages)));
  return callMessages([...e.record.messages]).some((i) =>
    (e.record.messages[i] as Assistant).tool_calls!.some((c) => Object.values(JSON.parse(c.function.arguments) as Obj).some((v) => typeof v === 'string' && ISO_DAY.test(v) && !stated.has(v.slice(0, 10)))),
  );
}

/** The conversation with the sentences of its system prompt that state a date taken out. */
function withoutToday(e: CorpusEntry): CorpusEntry | undefined {
  if (!reliesOnToday(e)) return undefined;
  return withMessages(e, (m) => {
    const at = m.findIndex((x) => x.role === 'system');
    const s = m[at];
    if (at < 0 || s.role !== 'system' || typeof s.content !== 'string') return undefined;
    const kept = s.content.split(/(?<=\.)\s+/).filter((sentence) => datesIn(sentence).length === 0);
    if (kept.join(' ') === s.content) return undefined;
    m[at] = { ...s, content: kept.length > 0 ? kept.join(' ') : 'You help users by calling the provided tools.' };
    return m;
  });
}

export const READER_CORRUPTIONS: readonly Corruption[] = [
  { name: 'number sent with another magnitude (x100)', expected: 'grounding.value', also: VALUE_FOLLOWS, apply: (e) => changeNumber(e, (v) => Math.round(v * 100 * 1e6) / 1e6) },
  { name: 'number with one digit changed', expected: 'grounding.value', also: VALUE_FOLLOWS, apply: (e) => changeNumber(e, digitChanged) },
  {
    name: 'date whose day and month are swapped (its digits said apart)',
    expected: 'grounding.value',
    also: VALUE_FOLLOWS,
    apply: (e) =>
      changeArgs(e, (args) => {
        const k = Object.keys(args).find((x) => swapped(args[x]) !== undefined);
        return k === undefined ? undefined : { ...args, [k]: swapped(args[k]) };
      }),
  },
  { name: 'relative date without a stated today', expected: 'grounding.value', also: ['consistency.date'], apply: withoutToday },
];
