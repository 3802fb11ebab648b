/**
 * Class 98: an act still waiting reported as done: "Good news. Booked for practitioner 42B2D99M:
 * your reference is YHFUQ2VT, currently waitlisted", "The email is sent ...; it is queued".
 * Judged on records with one successful call, not a read, whose result states a status of an act not carried
 * out yet (waitlisted, queued, pending, processing, requested, on hold): an English answer
 * claiming it done (booked, reserved, sent, paid, "It's done", "All set", "Success") is a defect.
 */
import { finding, type Detector } from '../detector.js';
import { assistantTexts } from '../fields.js';
import { isObject } from '../record-view.js';

const WAITING = /^(waitlisted|queued|pending|pending_review|processing|requested|on_hold|under_review|in_review)$/;
/** Calls that read: a report of a message still queued is no act. */
const READ = /^(get|list|search|find|check|fetch|lookup|look_up|track|view|show|query|retrieve)_/;
const DONE_WORDS = /\b(booked|reserved|sent|paid|transferred|It's done|All set|Success|That went through|Finished|Sorted|Taken care of)\b/i;

export const waitingDone: Detector = {
  key: 'waiting-done',
  title: 'an act still waiting reported as done ("Booked ... currently waitlisted", "sent ... queued")',
  check: (view) => {
    const ok = view.calls.filter((c) => !c.failed);
    if (view.calls.length !== 1 || ok.length !== 1 || !isObject(ok[0].result)) return undefined;
    const status = ok[0].result.status;
    if (typeof status !== 'string' || !WAITING.test(status) || READ.test(ok[0].name)) return undefined;
    // A request that is requested is done.
    if (status === 'requested' && /^(request|submit)_/.test(ok[0].name)) return undefined;
    const text = [...assistantTexts(view, 'content')].pop() ?? '';
    if (/[àâçéèêëîïôûùüÿñæœäöüßãõáíóú¿¡]/i.test(text) || !/\b(the|is|and)\b/.test(text)) return undefined;
    const claim = DONE_WORDS.exec(text);
    return finding(claim ? `${ok[0].name}: status ${status}, answered "${claim[0]}"` : undefined);
  },
};
