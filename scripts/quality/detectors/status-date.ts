/**
 * Class 67: a state its own date denies: a patent `expired` that expires on the 1st of next
 * month, one `active` that expired last year, a parcel `delivered` whose estimated delivery is
 * next week, one `in_transit` expected last month, a transfer `executed` whose execution date is
 * next month. Judged on result objects holding a state (status, state, legal_status...) that names
 * one of these states beside a date named for expiry (expiry_date, expires_at, valid_until...),
 * for an expected delivery (estimated_delivery, eta...) or for an execution (execution_date,
 * payment_date...): the date must be on the state's side of the dialogue's today.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';

const EXPIRY = new Set(['expiry', 'expiration', 'expires', 'until']);
const ETA = new Set(['eta', 'estimated_delivery', 'expected_delivery', 'estimated_arrival']);
type Kind = 'expiry' | 'eta' | 'execution';
const BEFORE_TODAY: Readonly<Record<string, Kind>> = { expired: 'expiry', delivered: 'eta', returned: 'eta', executed: 'execution', paid: 'execution', settled: 'execution' };
const FROM_TODAY: Readonly<Record<string, Kind>> = { active: 'expiry', valid: 'expiry', in_force: 'expiry', granted: 'expiry', in_transit: 'eta', out_for_delivery: 'eta', scheduled: 'execution' };
const EXECUTION = new Set(['execution_date', 'payment_date', 'transfer_date', 'settlement_date', 'value_date']);

function kindOf(key: string): Kind | undefined {
  const w = words(key);
  if (EXECUTION.has(w.join('_'))) return 'execution';
  if (w.some((t) => EXPIRY.has(t))) return 'expiry';
  const j = w.join('_');
  return [...ETA].some((e) => j === e || j.startsWith(`${e}_`)) ? 'eta' : undefined;
}

export const statusDate: Detector = {
  key: 'status-date',
  title: 'a state its own date denies (a patent expired that expires next month)',
  check: (view) => {
    const today = view.world?.today;
    if (!today) return undefined;
    return judgeAll(resultObjects(view), ({ call, object, path }) => {
      const sk = Object.keys(object).find((k) => ['status', 'state'].includes(words(k).at(-1) ?? '') && typeof object[k] === 'string');
      if (sk === undefined) return undefined;
      const state = words(object[sk] as string).join('_');
      const before = BEFORE_TODAY[state];
      const after = FROM_TODAY[state];
      if (!before && !after) return undefined;
      let applies = false;
      for (const [k, v] of Object.entries(object)) {
        if (typeof v !== 'string' || !/^\d{4}-\d\d-\d\d/.test(v)) continue;
        const kind = kindOf(k);
        if (kind === undefined || (kind !== before && kind !== after)) continue;
        applies = true;
        const day = v.slice(0, 10);
        if (kind === before && day > today) return finding(`${fieldAt(call, path, sk)} ${object[sk] as string} but ${k} ${v}, after today ${today}`);
        if (kind === after && day < today) return finding(`${fieldAt(call, path, sk)} ${object[sk] as string} but ${k} ${v}, before today ${today}`);
      }
      return applies ? finding(undefined) : undefined;
    });
  },
};
