/**
 * Class 26: a part of the result the call left out comes back anyway: `include_payments: false`
 * answered with the claim's payments, `include_price: false` with a price, `add_video_conference:
 * false` with a conference URL. Judged on calls with an include_<part> (with_, show_, return_,
 * add_) flag set to false whose result holds a field of that part's name (singular or plural; for
 * what is added, a field named with its last word) that is not empty.
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

export function excludedFinding(call: CallView): Finding | undefined {
  if (call.failed || !isObject(call.result)) return undefined;
  const r = call.result;
  const body = isObject(r.data) ? { ...r.data, ...r } : r;
  const flags = Object.entries(call.args).flatMap(([k, v]) => {
    const w = words(k);
    return v === false && w.length >= 2 && ['include', 'with', 'show', 'return', 'add'].includes(w[0]) ? [[k, w.slice(1).join('_'), w[0] === 'add' ? w[w.length - 1] : undefined] as const] : [];
  });
  return judgeAll(flags, ([flag, part, added]) => {
    const key = Object.keys(body).find((k) => {
      const n = words(k).join('_');
      return n === part || n === part.replace(/s$/, '') || n === `${part}s` || (added !== undefined && words(k).includes(added));
    });
    if (key === undefined) return finding(undefined);
    const v = body[key];
    const empty = v === null || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
    return finding(empty ? undefined : `${call.name}: ${flag} false, result holds ${key}`);
  });
}

export const excluded: Detector = {
  key: 'excluded',
  title: 'a part the call left out (include_x: false) comes back',
  check: (view) => judgeAll(view.calls, excludedFinding),
};
