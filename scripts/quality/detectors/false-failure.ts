/**
 * Class 32: an answer that reports a failure no result shows. Three contacts saved, one new and
 * two updated (`created: false` from a tool that adds or updates), answered "Only one of three
 * went through. For roberto.boehm@...: not accepted". Judged on records whose calls all came back
 * and whose results carry no sign of failure (an error, `success`/`ok` false, a failed, rejected
 * or declined status, `accepted`/`approved`/`sent`... false; for a tool that adds or updates, a
 * false `created` or `updated` only says which of the two it did), on the assistant's answers
 * (read in English): none may say the request failed, was not accepted, refused or declined, or that only
 * some went through.
 */
import { finding, type Detector } from '../detector.js';
import { leaves, words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

const FAILED_STATUS = /fail|reject|declin|denied|error|refus|block|invalid|undeliver|bounce|cancel|expired|insufficient/;
const TURNED_DOWN = new Set(['accepted', 'approved', 'confirmed', 'applied', 'processed', 'completed', 'created', 'updated', 'sent', 'delivered', 'success', 'successful', 'ok', 'valid', 'allowed', 'saved']);
const SAYS_FAILED = /\b(not accepted|did(?:n't| not) go through|went through for none|(?:has |have |had )?failed\b|was refused|were refused|was declined|were declined|unsuccessful|only (?:one|two|three|four|\d+) (?:of|out of) (?:two|three|four|five|six|\d+))/i;

/** Whether a tool adds or updates (an upsert): its false `created` or `updated` is no failure. */
function upserts(call: CallView): boolean {
  const first = words(call.name)[0];
  return first === 'upsert' || first === 'save' || /\b(?:add|create|insert) or update\b|\bcreate[- ]or[- ]update\b|\bupdates? (?:it )?if it exists\b/i.test(call.def?.description ?? '');
}

/** Whether a result shows a failure somewhere (depth 4). */
function showsFailure(call: CallView): boolean {
  if (call.failed) return true;
  const either = upserts(call);
  const walk = (v: unknown, depth: number): boolean => {
    if (depth > 4) return false;
    if (Array.isArray(v)) return v.some((x) => walk(x, depth + 1));
    if (!isObject(v)) return false;
    for (const [k, x] of Object.entries(v)) {
      const key = words(k).join('_');
      if (key === 'error' || key === 'errors' || key === 'failed' || key === 'failures') {
        if (x !== null && x !== false && !(Array.isArray(x) && x.length === 0) && x !== 0) return true;
      }
      if (x === false && TURNED_DOWN.has(key) && !(either && (key === 'created' || key === 'updated'))) return true;
      if (typeof x === 'string' && /(^|_)(status|state|result|outcome)$/.test(key) && FAILED_STATUS.test(x.toLowerCase())) return true;
      if (typeof x === 'number' && /^(failed|failures|errors|rejected)(_count)?$/.test(key) && x > 0) return true;
      if (walk(x, depth + 1)) return true;
    }
    return false;
  };
  return walk(call.result, 0);
}

export const falseFailure: Detector = {
  key: 'false-failure',
  title: 'an answer reports a failure no result shows',
  check(view) {
    if (view.calls.length === 0 || view.calls.some(showsFailure)) return undefined;
    const firstCall = Math.min(...view.calls.map((c) => c.message));
    // Text the answer quotes from a call ("3 tests failed" in a job's log lines) is the data's, not the answer's.
    const quoted = new Set<string>();
    for (const c of view.calls) for (const leaf of [...leaves(c.args), ...leaves(c.result)]) if (typeof leaf.value === 'string' && leaf.value.length >= 6) quoted.add(leaf.value.toLowerCase());
    for (const [i, m] of view.record.messages.entries()) {
      if (i <= firstCall || m.role !== 'assistant' || typeof m.content !== 'string' || (m.tool_calls?.length ?? 0) > 0) continue;
      let text = m.content.toLowerCase();
      for (const q of quoted) if (text.includes(q)) text = text.split(q).join(' ');
      const said = SAYS_FAILED.exec(text);
      if (said) return finding(`the answer says "${said[0]}" though every call came back without a failure (${view.calls.map((c) => c.name).join(', ')})`);
    }
    return finding(undefined);
  },
};
