/**
 * Class 80: a thing taken from a result used under another parent than the one it came from:
 * the first assignment of course 0MPPFNGC graded in course I0YT4P58, a docket from court A's
 * hearings looked up in court B. Judged on calls that take a value from an earlier call's list
 * (the value appears among the listed items' values) and share an identifier argument with that
 * earlier call (course_id, court_id, playlist_id...): the two must be the same.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { leaves } from '../fields.js';
import { isObject } from '../record-view.js';

const ID = /(^|_)(id|number|code)$|Id$/;

export const chainParent: Detector = {
  key: 'chain-parent',
  title: 'a thing taken from a result used under another parent (course A\'s assignment graded in course B)',
  check: (view) => {
    const calls = view.calls;
    return judgeAll(calls.entries(), ([i, call]) => {
      for (const earlier of calls.slice(0, i)) {
        if (earlier.failed || !isObject(earlier.result)) continue;
        const listed = new Set<string>();
        for (const l of leaves(earlier.result)) if (typeof l.value === 'string' && /\.\d+\./.test(`.${l.path}.`) && l.value.length >= 4) listed.add(l.value);
        // An identifier taken by another tool (a repeat of the same search for another student is no chain).
        const taken = earlier.name === call.name ? undefined : Object.entries(call.args).find(([k, v]) => ID.test(k) && typeof v === 'string' && listed.has(v));
        if (taken === undefined) continue;
        for (const [k, v] of Object.entries(earlier.args)) {
          if (k === taken[0] || !ID.test(k) || typeof v !== 'string' || !(k in call.args)) continue;
          if (call.args[k] !== v) return finding(`${call.name}: ${taken[0]} ${taken[1] as string} from ${earlier.name} for ${k} ${v}, sent with ${k} ${String(call.args[k])}`);
        }
        return finding(undefined);
      }
      return undefined;
    });
  },
};
