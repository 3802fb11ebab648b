/**
 * Corruptions of a value's magnitude or a date's digits that only grounding can see (the value
 * is no longer what the request says, yet every digit of it is said somewhere): a number
 * multiplied by 100, a number replaced by 1, a date whose month and day trade places ("4 people
 * on 2024-05-12" read as 2024-12-04). The plan is changed with the call, as if the planner had
 * made the mistake, so plan agreement does not catch them for grounding.
 *
 * Measured by scripts/verify-bfcl.ts. They are not in the corpus's CORRUPTIONS yet: the rule
 * meant for them is grounding.value, whose derivation library (a number with its magnitude, a
 * date stated or derived from a stated anchor) another change builds; when it is in, they join
 * CORRUPTIONS and the corpus test holds them to it.
 */
import { callMessages, withMessages, type Assistant, type Corruption } from '../corruption.js';
import type { CorpusEntry, Obj } from '../entry.js';

/** The entry with the first call's arguments as `f` makes them, in the record and in the plan's call that matches it. */
function changeWithPlan(e: CorpusEntry, f: (args: Obj) => Obj | undefined): CorpusEntry | undefined {
  let before: Obj | undefined;
  let after: Obj | undefined;
  const changed = withMessages(e, (m) => {
    const at = callMessages(m)[0];
    if (at === undefined) return undefined;
    const a = m[at] as Assistant;
    const c = a.tool_calls![0];
    before = JSON.parse(c.function.arguments) as Obj;
    after = f(before);
    if (!after) return undefined;
    m[at] = { ...a, tool_calls: [{ ...c, function: { ...c.function, arguments: JSON.stringify(after) } }, ...a.tool_calls!.slice(1)] };
    return m;
  });
  if (!changed || !before || !after) return undefined;
  const same = JSON.stringify(before);
  let done = false;
  const calls = e.plan.calls.map((pc) => {
    if (done || JSON.stringify(pc.arguments) !== same) return pc;
    done = true;
    return { ...pc, arguments: after! };
  });
  return { ...changed, plan: { ...e.plan, calls } };
}

/** The first top-level number of the arguments that `ok` accepts, with its key. */
function firstNumber(args: Obj, ok: (n: number) => boolean): string | undefined {
  return Object.keys(args).find((k) => typeof args[k] === 'number' && ok(args[k] as number));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(.*)$/;
const ALSO = ['plan.arguments', 'consistency.echo', 'consistency.date', 'consistency.filter', 'category.dependent-chain', 'category.parallel-coverage', 'args.schema', 'args.roles'] as const;

export const GROUNDING_BLIND_SPOTS: readonly Corruption[] = [
  {
    name: 'a number multiplied by 100',
    expected: 'grounding.value',
    also: ALSO,
    apply: (e) =>
      changeWithPlan(e, (args) => {
        const k = firstNumber(args, (n) => n !== 0);
        return k ? { ...args, [k]: Math.round((args[k] as number) * 100 * 1e6) / 1e6 } : undefined;
      }),
  },
  {
    name: 'a number replaced by 1',
    expected: 'grounding.value',
    also: ALSO,
    apply: (e) =>
      changeWithPlan(e, (args) => {
        const k = firstNumber(args, (n) => n !== 1);
        return k ? { ...args, [k]: 1 } : undefined;
      }),
  },
  {
    name: 'a date whose digits appear elsewhere in the text',
    expected: 'grounding.value',
    also: ALSO,
    apply: (e) =>
      changeWithPlan(e, (args) => {
        for (const [k, v] of Object.entries(args)) {
          const m = typeof v === 'string' ? ISO_DAY.exec(v) : null;
          // Month and day trade places: every digit is still said, the date is another.
          if (m && m[2] !== m[3] && Number(m[3]) <= 12) return { ...args, [k]: `${m[1]}-${m[3]}-${m[2]}${m[4]}` };
        }
        return undefined;
      }),
  },
];
