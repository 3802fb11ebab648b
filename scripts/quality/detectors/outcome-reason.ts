/**
 * Class 77: an act that went through with a reason it failed: a discount code "applied": true
 * with "rejection_reason": "expired", a light set with "success": true and "error": "device
 * offline", a text "delivered" with error code 30007. Judged on result objects holding a
 * failure reason (rejection_reason, failure_reason, decline_reason, error, error_code,
 * error_message...) that is not empty, beside a success flag that is true (success, ok, applied,
 * accepted, approved) or a status of success (delivered, sent, completed, applied, succeeded...).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';

const FLAG = new Set(['ok', 'success', 'succeeded', 'applied', 'accepted', 'approved']);
const SUCCESS = new Set(['delivered', 'sent', 'completed', 'applied', 'succeeded', 'success', 'approved', 'accepted', 'executed', 'paid']);
const REASON_OF = new Set(['rejection', 'failure', 'decline', 'declined', 'denial', 'error', 'fail']);

const isReason = (key: string): boolean => {
  const w = words(key);
  return (w.length === 1 && (w[0] === 'error' || w[0] === 'errors')) || (w.length === 2 && REASON_OF.has(w[0]) && ['reason', 'code', 'message', 'detail', 'details'].includes(w[1]));
};
const empty = (v: unknown): boolean => v === null || v === undefined || v === '' || v === 0 || (Array.isArray(v) && v.length === 0);

export const outcomeReason: Detector = {
  key: 'outcome-reason',
  title: 'an act that went through with a reason it failed (a code applied, rejection reason "expired")',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const reason = Object.keys(object).find(isReason);
      if (reason === undefined) return undefined;
      const flag = Object.keys(object).find((k) => FLAG.has(words(k).join('_')) && typeof object[k] === 'boolean');
      const status = ['status', 'state'].map((k) => object[k]).find((v): v is string => typeof v === 'string');
      const through = flag !== undefined ? object[flag] === true : status !== undefined && SUCCESS.has(words(status).join('_'));
      if (!through || empty(object[reason])) return finding(undefined);
      return finding(`${fieldAt(call, path, reason)} ${JSON.stringify(object[reason])} beside ${flag !== undefined ? `${flag} true` : `status ${status}`}`);
    }),
};
