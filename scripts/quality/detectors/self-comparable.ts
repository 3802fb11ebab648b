/**
 * Class 72: a thing listed among its own comparables: the comparable sales of property VLXNNBVI
 * listing VLXNNBVI, its similar items holding itself. Judged on results holding a list of others
 * (comparables, similar..., related..., alternatives, recommendations, neighbors) beside an id
 * the call asked about (an argument ending in _id, or the result's subject_... id): no item may
 * carry that id.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

const OTHERS = /^(comparables|comps|similar(_[a-z_]+)?|related(_[a-z_]+)?|alternatives|recommendations|recommended(_[a-z_]+)?|neighbors|neighbours)$/;

function check(call: CallView) {
  const r = call.result;
  if (call.failed || !isObject(r)) return undefined;
  const asked = new Set<string>();
  for (const [k, v] of Object.entries(call.args)) if (typeof v === 'string' && words(k).at(-1) === 'id') asked.add(v);
  for (const [k, v] of Object.entries(r)) if (typeof v === 'string' && words(k)[0] === 'subject') asked.add(v);
  let applies = false;
  for (const [k, list] of Object.entries(r)) {
    if (!OTHERS.test(words(k).join('_')) || !Array.isArray(list) || asked.size === 0) continue;
    applies = true;
    for (const it of list) {
      if (!isObject(it)) continue;
      const own = Object.entries(it).find(([ik, iv]) => typeof iv === 'string' && words(ik).at(-1) === 'id' && asked.has(iv));
      if (own) return finding(`${call.name}: ${k} lists ${own[0]} ${own[1] as string}, the one asked about`);
    }
  }
  return applies ? finding(undefined) : undefined;
}

export const selfComparable: Detector = {
  key: 'self-comparable',
  title: 'a thing listed among its own comparables (the comparable sales of a property listing it)',
  check: (view) => judgeAll(view.calls, check),
};
