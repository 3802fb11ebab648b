/**
 * Class 64: an action that went through (no error) whose own result says it failed: a game gift
 * bought with `status: payment_failed` (and an amount charged), a voided label whose
 * `refund_status` is `rejected` beside a refund amount; the answer then reads "Good news, I
 * bought the gift" over a failed payment. Judged on calls of tools that act (not
 * get/list/search/check...), that came back without an error and whose result (top level or one
 * object down) holds a state field (status, state, refund_status...): a state naming a failure
 * (failed, rejected, declined, denied, error...) is a defect, unless the call itself said no (a
 * reply declining an invitation). A service turning a call down by a flag (`accepted: false` on a
 * score) is an outcome the answer reports, not this class.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { objects, words } from '../fields.js';
import type { CallView } from '../record-view.js';

const READS = new Set(['get', 'load', 'obtain', 'pull', 'list', 'search', 'find', 'check', 'query', 'lookup', 'look', 'fetch', 'track', 'compare', 'calculate', 'estimate', 'verify', 'validate', 'convert', 'translate', 'analyze', 'analyse', 'detect', 'recommend', 'predict', 'forecast', 'count', 'describe', 'read', 'view', 'show', 'monitor', 'scan', 'inspect', 'resolve', 'geocode', 'summarize', 'summarise', 'classify', 'extract', 'parse', 'test', 'preview', 'browse', 'retrieve', 'discover', 'explore', 'match', 'rank', 'score', 'evaluate', 'assess', 'audit', 'diagnose', 'identify', 'locate']);
const FAILED = new Set(['failed', 'failure', 'fail', 'rejected', 'declined', 'denied', 'error', 'errored', 'undeliverable', 'bounced', 'insufficient', 'invalid', 'duplicate']);
const STATE = new Set(['status', 'state']);
const SAYS_NO = /^(no|decline|declined|reject|rejected|deny|denied|tentative|maybe)$/i;

const acts = (call: CallView): boolean => !READS.has(words(call.name)[0] ?? '');

function check(call: CallView) {
  if (call.failed || !acts(call)) return undefined;
  if (Object.values(call.args).some((v) => typeof v === 'string' && SAYS_NO.test(v))) return undefined;
  let applies = false;
  for (const { object, path } of objects(call.result)) {
    if (path.split('.').length > 2) continue;
    for (const [k, v] of Object.entries(object)) {
      const w = words(k);
      if (typeof v === 'string' && STATE.has(w[w.length - 1])) {
        applies = true;
        if (words(v).some((t) => FAILED.has(t))) return finding(`${call.name}: ${path ? `${path}.` : ''}${k} ${v} on a call that went through`);
      }
    }
  }
  return applies ? finding(undefined) : undefined;
}

export const failedAction: Detector = {
  key: 'failed-action',
  title: 'an action that went through whose result says it failed (a gift bought with payment_failed)',
  check: (view) => judgeAll(view.calls, check),
};
