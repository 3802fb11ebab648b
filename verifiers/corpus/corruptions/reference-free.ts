/**
 * Corruptions a verifier must catch from the record alone, with no reference to compare with
 * (what `toolforge verify` has on a third-party dataset): a call made twice, a request that
 * needs a call answered without one, two values in each other's place, one of three parallel
 * calls dropped. With the item's plan, plan.* rules fire too; the rules meant for them read only
 * the record (rules/duplicate-calls.ts, category.ts, roles.ts, parallel-coverage.ts).
 */
import type { Message } from '../../../core/record.js';
import { argumentErrors } from '../../rules/calls.js';
import { callMessages, changeArgs, withFirstCallTwice, withMessages, type Assistant, type Corruption } from '../corruption.js';
import type { CorpusEntry, Obj } from '../entry.js';

/** Parameters that differ only by a number ("num1", "num2"): swapping them is a swap a request seldom tells apart. */
const TWIN = /\d+$/;
const twins = (a: string, b: string): boolean => TWIN.test(a) && TWIN.test(b) && a.replace(TWIN, '') === b.replace(TWIN, '');

/** The first two top-level values of one type (strings or numbers) that differ and fit each other's place in the schema. */
export function swappable(args: Obj, params: Obj): [string, string] | undefined {
  const keys = Object.keys(args);
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const [p, q] = [keys[i], keys[j]];
      const a = args[p];
      const b = args[q];
      if (typeof a !== typeof b || (typeof a !== 'string' && typeof a !== 'number') || a === b || twins(p, q)) continue;
      if (argumentErrors(params, { ...args, [p]: b, [q]: a }).length === 0) return [p, q];
    }
  }
  return undefined;
}

/** A number that says which call of `n` to drop: the same for the same record. */
const pick = (e: CorpusEntry, n: number): number => Math.abs(e.record.meta.seed) % n;

export const REFERENCE_FREE_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'a call duplicated',
    expected: 'calls.duplicate',
    also: ['plan.mismatch', 'category.parallel-count'],
    apply: withFirstCallTwice,
  },
  {
    name: 'all calls removed from a single or multiple item',
    expected: 'category.missing-call',
    also: ['plan.mismatch'],
    apply: (e) =>
      e.record.meta.category !== 'single' && e.record.meta.category !== 'multiple'
        ? undefined
        : withMessages(e, (m) => {
            const out = m.filter((x) => x.role !== 'tool' && !(x.role === 'assistant' && (x.tool_calls?.length ?? 0) > 0));
            return out.length < m.length ? out : undefined;
          }),
  },
  {
    name: 'two same-type values swapped',
    expected: 'args.roles',
    // The plan, results that echo the arguments, and a range's order say so too; a value the user implies is then implied for the other parameter.
    also: ['plan.arguments', 'consistency.echo', 'consistency.date', 'consistency.filter', 'consistency.place', 'grounding.value', 'category.dependent-chain', 'category.clarification-invented'],
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const pair = swappable(args, params);
        return pair ? { ...args, [pair[0]]: args[pair[1]], [pair[1]]: args[pair[0]] } : undefined;
      }),
  },
  {
    name: 'one of three parallel calls dropped',
    expected: 'category.parallel-coverage',
    also: ['plan.mismatch', 'hygiene.rationale-tool'],
    apply: (e) =>
      !e.record.meta.category.startsWith('parallel')
        ? undefined
        : withMessages(e, (m) => {
            const at = callMessages(m).find((i) => (m[i] as Assistant).tool_calls!.length === 3);
            if (at === undefined) return undefined;
            const a = m[at] as Assistant;
            const drop = a.tool_calls![pick(e, 3)].id;
            m[at] = { ...a, tool_calls: a.tool_calls!.filter((c) => c.id !== drop) };
            return m.filter((x: Message) => !(x.role === 'tool' && x.tool_call_id === drop));
          }),
  },
];
