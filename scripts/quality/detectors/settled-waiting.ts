/**
 * Class 86: a settled case still waiting for something: a claim "approved" (closed, paid,
 * denied) whose outstanding requirements are a signed statement and photos. Judged on result
 * objects holding a stage or status beside a list of what is outstanding (outstanding or pending
 * requirements, missing documents): a settled state with a list that is not empty is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';

const SETTLED = new Set(['closed', 'paid', 'settled', 'denied', 'approved', 'rejected', 'completed', 'withdrawn']);
const WAITING = new Set(['outstanding_requirements', 'pending_requirements', 'missing_documents', 'outstanding_items']);

export const settledWaiting: Detector = {
  key: 'settled-waiting',
  title: 'a settled case still waiting for something (a claim approved with outstanding requirements)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const sk = ['stage', 'status', 'state'].find((k) => typeof object[k] === 'string');
      const wk = Object.keys(object).find((k) => WAITING.has(words(k).join('_')) && Array.isArray(object[k]));
      if (sk === undefined || wk === undefined) return undefined;
      const settled = SETTLED.has(words(object[sk] as string).join('_'));
      return finding(settled && (object[wk] as unknown[]).length > 0 ? `${fieldAt(call, path, wk)} ${(object[wk] as unknown[]).length} items with ${sk} ${object[sk] as string}` : undefined);
    }),
};
