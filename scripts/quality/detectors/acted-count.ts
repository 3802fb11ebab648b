/**
 * Class 35: a count of what the call did that exceeds what it sent. Two tracks removed from a
 * playlist answered `removed_count: 4`; one interviewer invited answered `invitations_sent: 33`;
 * one film added to a watchlist answered `added: 11`. Judged on results of calls that sent one
 * list (tracks, interviewers, items, recipients...), on integer fields counting what was done to
 * its members (removed, added, deleted, sent, invited, imported, enrolled, notified, processed,
 * success_count, accepted, with or without _count): with the failures beside it (failure_count,
 * rejected, already_present, skipped...) the count is at most the list's length. A call that sent
 * several lists is judged on the one naming whom or what it acts on (an email's recipients, not
 * its template variables): 46 accepted for 4 recipients.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { words } from '../fields.js';
import { isObject } from '../record-view.js';

const DONE = /^(accepted|accepted_count|invitations_sent|invites_sent|sent|sent_count|recipients_count|recipient_count|delivered|delivered_count|added|added_count|tracks_added|items_added|members_added|removed|removed_count|tracks_removed|deleted|deleted_count|imported|imported_count|enrolled|enrolled_count|invited|invited_count|notified|notified_count|messages_sent|emails_sent|processed|processed_count|success_count|succeeded)$/;
const RECEIVERS = /(^|_)(recipients?|to|emails?|members?|users?|contacts?|invitees?|attendees?|participants?|device_tokens?|tokens?|phone_numbers?|tracks?|items?|track_ids|item_ids|user_ids)$/;
const NOT_DONE = /^(failure_count|failed|failed_count|failures|rejected|rejected_count|already_present|skipped|skipped_count|invalid|invalid_count|duplicates|errors|error_count)$/;

export const actedCount: Detector = {
  key: 'acted-count',
  title: 'a count of what the call did exceeds what it sent (4 of 2 tracks removed)',
  check(view) {
    return judgeAll(view.calls, (call) => {
      if (call.failed || !isObject(call.result)) return undefined;
      const all = Object.entries(call.args).filter(([, v]) => Array.isArray(v) && v.length > 0);
      // Several lists sent: the one naming whom or what the act is for (recipients beside template variables).
      const lists = all.length === 1 ? all : all.filter(([k]) => RECEIVERS.test(words(k).join('_')));
      if (lists.length !== 1) return undefined;
      const [listKey, list] = lists[0] as [string, unknown[]];
      const r = call.result;
      const done = Object.keys(r).filter((k) => DONE.test(words(k).join('_')) && Number.isInteger(r[k]));
      if (done.length === 0) return undefined;
      const failed = Object.keys(r).filter((k) => NOT_DONE.test(words(k).join('_')) && Number.isInteger(r[k])).reduce((n, k) => n + (r[k] as number), 0);
      const over = done.find((k) => (r[k] as number) + failed > list.length);
      return finding(over ? `${call.name}: ${over} ${String(r[over])}${failed ? ` (+${failed} not done)` : ''} for ${list.length} ${listKey} sent` : undefined);
    });
  },
};
