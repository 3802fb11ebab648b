/**
 * Class 63: a result that reports on people the call did not name: a meeting for four invitees
 * whose `unavailable_optional` lists otto.rogahn@ and two other strangers. Judged on results
 * holding a list of addresses under a name of people reported on (unavailable, declined, busy),
 * for calls that name people by address; every listed address must be one the call named.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, leaves, words } from '../fields.js';
import { isObject } from '../record-view.js';

const REPORTED = /^(unavailable|declined|busy|not_available|conflicting)(_(optional|required|attendees|participants))?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

export const reportedPeople: Detector = {
  key: 'reported-people',
  title: 'a result reporting on people the call did not name (unavailable: someone not invited)',
  check: (view) =>
    judgeAll(
      view.calls.filter((c) => !c.failed && isObject(c.result)),
      (call) => {
        const r = call.result as Record<string, unknown>;
        const key = Object.keys(r).find((k) => REPORTED.test(words(k).join('_')) && Array.isArray(r[k]) && (r[k] as unknown[]).length > 0 && (r[k] as unknown[]).every((x) => typeof x === 'string' && EMAIL.test(x)));
        if (!key) return undefined;
        const named = new Set([...leaves(call.args)].map((l) => l.value).filter((v): v is string => typeof v === 'string' && EMAIL.test(v)));
        if (named.size === 0) return undefined;
        const stranger = (r[key] as string[]).find((e) => !named.has(e));
        return finding(stranger === undefined ? undefined : `${fieldAt(call, '', key)} lists ${stranger}, whom the call did not name`);
      },
    ),
};
