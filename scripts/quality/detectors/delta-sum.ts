/**
 * Class 27: a change that does not add up: an inventory of 6 adjusted by -4 reported at 5.
 * Judged on calls with a signed change (delta, change, adjustment, quantity_change) whose result
 * holds a previous value (previous_X, old_X, prior_X) and the value after (X, new_X,
 * available_X, current_X, updated_X).
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

const CHANGE = new Set(['delta', 'change', 'adjustment', 'quantity_change', 'quantity_delta', 'adjust_by']);

export function deltaSumFinding(call: CallView): Finding | undefined {
  if (call.failed || !isObject(call.result)) return undefined;
  const r = isObject(call.result.data) ? { ...call.result.data, ...call.result } : call.result;
  const d = Object.entries(call.args).find(([k, v]) => CHANGE.has(words(k).join('_')) && typeof v === 'number');
  if (!d) return undefined;
  const pairs = Object.keys(r).flatMap((k) => {
    const w = words(k);
    if (!['previous', 'old', 'prior'].includes(w[0]) || typeof r[k] !== 'number') return [];
    const stem = w.slice(1).join('_');
    const after = Object.keys(r).find((a) => a !== k && typeof r[a] === 'number' && new RegExp(`^((new|current|available|updated|resulting)_)?${stem}$`).test(words(a).join('_')));
    return after ? [[k, after] as const] : [];
  });
  return judgeAll(pairs, ([before, after]) => {
    const want = Math.round(((r[before] as number) + (d[1] as number)) * 100) / 100;
    return finding(Math.abs((r[after] as number) - want) < 0.005 ? undefined : `${call.name}: ${before} ${String(r[before])} ${d[0]} ${String(d[1])} but ${after} ${String(r[after])}`);
  });
}

export const deltaSum: Detector = {
  key: 'delta-sum',
  title: 'a change by an amount that does not add up (6 - 4 = 5)',
  check: (view) => judgeAll(view.calls, deltaSumFinding),
};
