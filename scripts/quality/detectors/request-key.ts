/**
 * Class 76: one idempotency key on two different requests: four bill payments sent with the same
 * key (the service would apply the first and drop the others as retries), an invite to a second
 * person under the first one's key. Judged on records with two or more calls carrying a
 * request-unique key (idempotency_key, client_token, nonce, dedupe key): the same value on calls
 * whose other arguments differ is a defect.
 */
import { finding, type Detector } from '../detector.js';
import { words } from '../fields.js';

const KEY = new Set(['idempotency_key', 'client_token', 'nonce', 'dedupe_key', 'dedup_key', 'request_nonce']);

export const requestKey: Detector = {
  key: 'request-key',
  title: 'one idempotency key on two different requests',
  check: (view) => {
    const seen = new Map<string, string>();
    let applies = 0;
    for (const call of view.calls) {
      const k = Object.keys(call.args).find((x) => KEY.has(words(x).join('_')) && typeof call.args[x] === 'string');
      if (k === undefined) continue;
      applies++;
      const value = call.args[k] as string;
      const rest = JSON.stringify({ name: call.name, ...call.args, [k]: undefined });
      const before = seen.get(value);
      if (before !== undefined && before !== rest) return finding(`${call.name}: ${k} ${value} already sent with another request`);
      seen.set(value, rest);
    }
    return applies >= 2 ? finding(undefined) : undefined;
  },
};
