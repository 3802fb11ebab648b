/**
 * Class 19: the moments the tools stamp as when they acted run backwards through a dialogue, or
 * are not on its today. A stamp is a top-level date-time field of a call that changes the world
 * named for the act (created_at, deleted_at, sent_at, graded_at, responded_at...): deleting three
 * posts one after the other cannot give deleted_at 18:45, 18:45, 12:45. Calls of one assistant
 * message (parallel calls) are not ordered among themselves; each must be at or after every stamp
 * of the messages before. Calls that read (get, list, search...) report when things happened
 * before, and are not judged.
 */
import { finding, type Detector } from '../detector.js';
import { show, words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';
import { dayOf } from '../dates.js';

/** Verbs of calls that only read: their dates are of things done before. */
const READ_VERBS = new Set([
  'get', 'list', 'search', 'find', 'lookup', 'look', 'fetch', 'check', 'view', 'read', 'show', 'query', 'describe', 'retrieve',
  'count', 'track', 'monitor', 'compare', 'browse', 'estimate', 'calculate', 'compute', 'convert', 'predict', 'forecast',
  'preview', 'validate', 'verify', 'analyze', 'analyse', 'explain', 'summarize', 'recommend', 'suggest', 'detect', 'resolve',
  'translate', 'geocode', 'reverse', 'load', 'discover', 'scan', 'inspect', 'audit', 'quote', 'price', 'match', 'identify',
]);

/** Acts a result stamps with the moment it happened (the word before "at"). */
const ACTS = new Set([
  'created', 'updated', 'modified', 'deleted', 'removed', 'cancelled', 'canceled', 'archived', 'submitted', 'sent', 'posted',
  'published', 'processed', 'requested', 'responded', 'graded', 'approved', 'rejected', 'confirmed', 'uploaded', 'logged',
  'recorded', 'filed', 'registered', 'booked', 'reserved', 'placed', 'issued', 'revoked', 'refunded', 'acknowledged',
  'applied', 'changed', 'armed', 'locked', 'unlocked', 'enrolled', 'withdrawn', 'accepted', 'declined', 'shared', 'generated',
  'executed', 'triggered', 'added', 'saved', 'moved', 'transferred', 'renewed', 'activated', 'deactivated', 'suspended',
  'closed', 'resolved', 'assigned', 'reported', 'flagged', 'muted', 'blocked', 'unblocked', 'paused', 'resumed', 'stopped',
  'rotated', 'invited', 'joined', 'left', 'marked', 'set', 'claimed', 'redeemed', 'signed', 'voided', 'reverted', 'merged',
]);

/** The field is the act's stamp: `<act>_at` (createdAt, deleted_at), or `<act>_timestamp`. */
function isStamp(key: string): boolean {
  const w = words(key);
  return w.length === 2 && ACTS.has(w[0]) && (w[1] === 'at' || w[1] === 'timestamp');
}

function stampsOf(call: CallView): { key: string; value: string; minute: number }[] {
  if (call.failed || !isObject(call.result) || READ_VERBS.has(words(call.name)[0])) return [];
  const r = call.result;
  const own = isObject(r.data) ? { ...r.data, ...r } : r;
  const out: { key: string; value: string; minute: number }[] = [];
  for (const [key, value] of Object.entries(own)) {
    if (!isStamp(key) || typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) continue;
    const t = Date.parse(/([zZ]|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`);
    if (Number.isFinite(t)) out.push({ key, value, minute: t / 60_000 });
  }
  return out;
}

export const timeOrder: Detector = {
  key: 'time-order',
  title: 'stamps of acts run backwards or off today',
  check(view) {
    const world = view.world;
    let applies = false;
    let latest: { call: string; key: string; value: string; minute: number } | undefined;
    let message = -1;
    let before = latest;
    for (const call of view.calls) {
      // A new assistant message: what came before it is every stamp so far.
      if (call.message !== message) {
        message = call.message;
        before = latest;
      }
      for (const s of stampsOf(call)) {
        applies = true;
        if (world) {
          const day = dayOf(s.value, world.locale.timeZone);
          if (day && day.written !== world.today && day.local !== world.today) return finding(`${call.name}: ${s.key} ${show(s.value)}, today is ${world.today}`);
        }
        if (before && s.minute < before.minute) return finding(`${call.name}: ${s.key} ${show(s.value)} before ${before.call}'s ${before.key} ${show(before.value)} earlier in the dialogue`);
        if (!latest || s.minute > latest.minute) latest = { call: call.name, ...s };
      }
    }
    return applies ? finding(undefined) : undefined;
  },
};
