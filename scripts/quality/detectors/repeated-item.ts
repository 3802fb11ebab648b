/**
 * Class 70: a request listing one thing twice: a meeting with katelin@ as a participant and again
 * as an optional one, an interview panel with the same interviewer twice. Judged on the calls'
 * arguments holding a list of two or more objects with an identity of their own (an email, an id,
 * a sku, the list's own <item>_id): no two of them may share it. What items refer to may repeat
 * (two calendars shared with one grantee_email, two transfers from one account).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

const IDENTITY = new Set(['email', 'email_address', 'id', 'sku', 'username']);

function check(call: CallView) {
  let applies = false;
  const walk = (v: unknown, key: string): string | undefined => {
    if (Array.isArray(v)) {
      if (v.length > 1 && v.every(isObject)) {
        const own = `${words(key).join('_').replace(/ies$/, 'y').replace(/s$/, '')}_id`;
        for (const k of Object.keys(v[0] as object)) {
          const name = words(k).join('_');
          if (!IDENTITY.has(name) && name !== own) continue;
          const vals = (v as Record<string, unknown>[]).map((x) => x[k]).filter((x): x is string => typeof x === 'string');
          if (vals.length < 2) continue;
          applies = true;
          const twice = vals.find((x, i) => vals.indexOf(x) !== i);
          if (twice !== undefined) return `${call.name}: ${key} lists ${k} ${twice} twice`;
        }
      }
      for (const x of v) {
        const d = walk(x, key);
        if (d) return d;
      }
    } else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        const d = walk(x, k);
        if (d) return d;
      }
    }
    return undefined;
  };
  const defect = walk(call.args, '');
  return defect ? finding(defect) : applies ? finding(undefined) : undefined;
}

export const repeatedItem: Detector = {
  key: 'repeated-item',
  title: 'a request listing one thing twice (a participant invited twice, once as optional)',
  check: (view) => judgeAll(view.calls, check),
};
