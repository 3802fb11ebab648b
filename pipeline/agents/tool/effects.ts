/**
 * What a result says the call did: a delete or cancel reports it done (deleted: true, status
 * cancelled), a create or update went through (ok: true) and a new entity is not born already
 * final (no status cancelled, failed or expired on the booking just made).
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import { typeOf, type Schema } from '../../values/values.js';
import { argValue, ownLevel, pin, sent, type ArgLeaf, type Effect, type Rule } from './call-context.js';
import { doneWords } from './effect-of.js';
import { snake, tokens } from './names.js';

const STATUS = /^(status|state)$/;
/** A status of one part of what the call did (refund_status, payment_state): it may end, not fail. */
const PART_STATUS = /._(status|state)$/;
const WENT_THROUGH = /^(ok|success|succeeded|accepted_request|done|applied)$/;
/** Words of a state that says the call itself failed (payment_failed, rejected): no outcome of a call that went through. */
const FAILED_WORDS = new Set(['failed', 'failure', 'fail', 'rejected', 'declined', 'denied', 'error', 'errored', 'undeliverable', 'bounced', 'insufficient', 'invalid', 'duplicate']);
const failedState = (e: unknown): boolean => typeof e === 'string' && tokens(e).some((t) => FAILED_WORDS.has(t));
const FINAL = /^(cancell?ed|failed|failure|rejected|declined|deleted|expired|voided|void|revoked|withdrawn|refunded|error|errored|denied|closed|terminated|inactive|disabled|removed|archived|lost|returned_to_sender|undeliverable|paused|suspended|on_hold|blocked)$/;
/** What any removal says it did (an archive of a deleted rule still deleted it). */
const REMOVED = /^(deleted|removed|cancell?ed|voided|revoked|released|withdrawn|archived|terminated|unsubscribed|deactivated|erased|purged|dismissed|stopped|closed)$/;

/** The rule stating a call's effect in its result, or undefined for a read (or when the result says nothing of it). */
export function effectRule(api: ApiSpec, body: Schema, effect: Effect, leaves: readonly ArgLeaf[]): Rule | undefined {
  if (effect === 'read') return undefined;
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const keys = Object.keys(props);
  const flags = keys.filter((k) => typeOf(props[k]) === 'boolean');
  const status = keys.filter((k) => STATUS.test(snake(k)) && Array.isArray(props[k].enum));
  const sets: [string, unknown][] = [];
  const avoid: [string, unknown[], ArgLeaf[]][] = [];
  const replies: string[] = [];
  const reply = leaves.find((l) => Array.isArray(l.schema.enum) && l.schema.enum.some((e) => typeof e === 'string' && /^accept/i.test(e)) && l.schema.enum.some((e) => failedState(e) || (typeof e === 'string' && /^(no|decline|reject|deny|tentative|maybe)$/i.test(e))));
  // The call's own status argument (at the top or in its options), in any case style.
  const ownArg = (k: string): ArgLeaf[] => leaves.filter((l) => ownLevel(l) && snake(l.name) === snake(k));
  // A part of the action (the refund of a voided label, the payment of a gift) went through too.
  for (const k of keys) {
    if (!PART_STATUS.test(snake(k)) || !Array.isArray(props[k].enum)) continue;
    const ok = (props[k].enum as unknown[]).filter((e) => !failedState(e));
    if (ok.length > 0 && ok.length < (props[k].enum as unknown[]).length) avoid.push([k, ok, ownArg(k)]);
  }
  if (effect === 'delete') {
    const done = doneWords(api);
    for (const k of flags) if (WENT_THROUGH.test(snake(k)) || REMOVED.test(snake(k)) || tokens(k).some((t) => done.includes(t))) sets.push([k, true]);
    for (const k of status) {
      const v = (props[k].enum as unknown[]).find((e) => typeof e === 'string' && tokens(e).some((t) => done.includes(t)));
      if (v !== undefined) sets.push([k, v]);
    }
  } else {
    // A reply that may decline (response: declined) decides `accepted`: accepted when it accepts (a score
    // the service turned down, `accepted: false`, is an outcome the answer reports).
    for (const k of flags) {
      if (WENT_THROUGH.test(snake(k))) sets.push([k, true]);
      else if (reply && snake(k) === 'accepted') replies.push(k);
    }
    for (const k of status) {
      const ok = (props[k].enum as unknown[]).filter((e) => !(typeof e === 'string' && (FINAL.test(snake(e)) || failedState(e))));
      if (ok.length > 0 && ok.length < (props[k].enum as unknown[]).length) avoid.push([k, ok, ownArg(k)]);
    }
  }
  if (sets.length === 0 && avoid.length === 0 && replies.length === 0) return undefined;
  return (b, c) => {
    for (const k of replies) {
      const v = reply ? argValue(c.args, reply) : undefined;
      if (b[k] === undefined || typeof v !== 'string') continue;
      b[k] = /^accept/i.test(v);
      pin(c, b, k);
    }
    for (const [k, v] of sets) {
      if (b[k] === undefined) continue;
      b[k] = v;
      pin(c, b, k);
    }
    // A status the call sent stands (a rule filed as closed is created closed): the echo wins.
    for (const [k, ok, own] of avoid) if (b[k] !== undefined && !ok.includes(b[k]) && !own.some((l) => sent(c.args, l))) b[k] = ok[Math.floor(c.rng.next() * ok.length)];
  };
}
