/**
 * Class 81: an act asked for now reported as scheduled for a later day: a post published with no
 * publish time "scheduled" for next Thursday, a templated email sent with no send time
 * "scheduled" for the 29th. Judged on calls of tools that send, publish, post, buy or pay whose
 * arguments give no day or time to act on: a result status "scheduled" is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { leaves, words } from '../fields.js';
import { isObject } from '../record-view.js';

const NOW = new Set(['send', 'publish', 'post', 'purchase', 'buy', 'pay', 'transfer', 'submit', 'share']);
const WHEN = new Set(['schedule', 'scheduled', 'send', 'publish', 'execution', 'execute', 'deliver', 'delivery', 'date', 'at', 'on', 'time', 'when']);

export const unaskedSchedule: Detector = {
  key: 'unasked-schedule',
  title: 'an act asked for now reported as scheduled for a later day (a post published with no time, "scheduled")',
  check: (view) =>
    judgeAll(view.calls, (call) => {
      if (call.failed || !isObject(call.result) || !NOW.has(words(call.name)[0])) return undefined;
      const asksDay = [...leaves(call.args)].some((l) => words(l.key).some((w) => WHEN.has(w)) && typeof l.value === 'string' && /^\d{4}-\d\d-\d\d/.test(l.value));
      const status = call.result.status;
      if (asksDay || typeof status !== 'string') return undefined;
      return finding(status === 'scheduled' ? `${call.name}: status scheduled with no day asked` : undefined);
    }),
};
