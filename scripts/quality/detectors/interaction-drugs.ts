/**
 * Class 93: an interaction check naming drugs it was not sent: losartan and albuterol in a check
 * of hydrochlorothiazide, lamotrigine and levetiracetam. Judged on calls sending two or more drug
 * names (medications[].name, drugs[]) whose result lists interactions with the drugs involved: a
 * drug not sent is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { isObject } from '../record-view.js';

function sentNames(args: Readonly<Record<string, unknown>>): Set<string> | undefined {
  for (const k of ['medications', 'drugs', 'medicines']) {
    const v = args[k];
    if (!Array.isArray(v)) continue;
    const names = v.map((x) => (typeof x === 'string' ? x : isObject(x) && typeof x.name === 'string' ? x.name : undefined)).filter((x): x is string => x !== undefined);
    if (names.length >= 2) return new Set(names.map((n) => n.toLowerCase()));
  }
  return undefined;
}

export const interactionDrugs: Detector = {
  key: 'interaction-drugs',
  title: 'an interaction check naming drugs it was not sent (losartan in a check of three others)',
  check: (view) =>
    judgeAll(view.calls, (call) => {
      const sent = sentNames(call.args);
      if (call.failed || sent === undefined || !isObject(call.result) || !Array.isArray(call.result.interactions)) return undefined;
      for (const [i, it] of call.result.interactions.entries()) {
        if (!isObject(it) || !Array.isArray(it.drugs)) continue;
        const other = it.drugs.find((d) => typeof d === 'string' && !sent.has(d.toLowerCase()));
        if (other !== undefined) return finding(`${call.name}: interactions.${i}.drugs names ${String(other)}, not sent`);
      }
      return finding(undefined);
    }),
};
