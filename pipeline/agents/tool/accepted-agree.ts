/**
 * What was not accepted changed nothing: a leaderboard score "accepted": false does not also say
 * "score_changed": true or move the player from rank 19 to 40. What went through gives no reason
 * it failed: a discount code "applied": true has no rejection_reason, a light set with "success":
 * true no error, a text "delivered" no error code. Applied to results after they are drawn, only
 * where the schema admits the value (a reason it requires is null where it may be, else kept).
 */
import { forEachObject, requiredOf, type Schema } from '../../values/schema.js';
import { admits } from './admits.js';

const CHANGED = /^(score_changed|changed|updated|improved|is_new_best|new_best|personal_best)$/;

export function alignRefusals(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props) => {
    if (o.accepted !== false) return;
    for (const k of Object.keys(o)) if (CHANGED.test(k) && o[k] === true && admits(props[k], false)) o[k] = false;
    // A rank that did not move: the new one is the previous one, or is not given.
    for (const k of Object.keys(o)) {
      const m = /^(.*)rank_new$/.exec(k) ?? /^new_(.*)rank$/.exec(k);
      if (!m || typeof o[k] !== 'number') continue;
      const prev = [`${m[1]}rank_previous`, `previous_${m[1]}rank`, `${m[1]}rank_old`].find((p) => typeof o[p] === 'number');
      if (prev !== undefined) {
        if (admits(props[k], o[prev])) o[k] = o[prev];
      } else if (o === result && !(Array.isArray(returns?.required) && (returns.required as string[]).includes(k))) delete o[k];
    }
  });
}

/** A flag or a status saying the call's act went through. */
const SUCCEEDED_FLAG = /^(ok|success|succeeded|applied|accepted|approved|valid|delivered|sent|completed)$/;
const SUCCEEDED_STATUS = /^(ok|success|succeeded|applied|accepted|approved|active|sent|delivered|read|completed|complete|executed|paid|confirmed|done|processed|fulfilled)$/i;
/** A field telling why an act failed. */
const FAILURE = /^((rejection|failure|decline|declined|denial|error|fail)_(reason|code|message|detail|details|description)|error|errors|reject_reason)$/;

export function alignOutcomes(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props, _key, schema) => {
    const flags = Object.keys(o).filter((k) => typeof o[k] === 'boolean' && SUCCEEDED_FLAG.test(k));
    const status = typeof o.status === 'string' ? o.status : typeof o.state === 'string' ? o.state : undefined;
    const through = flags.length > 0 ? flags.every((k) => o[k] === true) : status !== undefined && SUCCEEDED_STATUS.test(status);
    if (!through) return;
    const required = requiredOf(schema);
    for (const k of Object.keys(o)) {
      if (!FAILURE.test(k) || o[k] === null || (Array.isArray(o[k]) && (o[k] as unknown[]).length === 0)) continue;
      if (!required.has(k)) delete o[k];
      else if (admits(props[k], null)) o[k] = null;
      else if (Array.isArray(o[k]) && admits(props[k], [])) o[k] = [];
    }
  });
}

/** A stamp of a state reached (delivered_at) and the state it is: a message delivered at 19:30 is "delivered", not "queued". */
const REACHED_AT = /^(delivered|completed|shipped|paid|resolved|closed|cancelled|canceled|refunded|returned)_at$/;
const EARLIER = /^(queued|pending|sent|scheduled|processing|in_transit|open|created|submitted|accepted|draft|new|in_progress)$/;

export function alignStamps(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props, _key, schema) => {
    const status = ['status', 'state'].find((k) => typeof o[k] === 'string');
    if (status === undefined || !EARLIER.test(o[status] as string)) return;
    const required = requiredOf(schema);
    for (const k of Object.keys(o)) {
      const m = REACHED_AT.exec(k);
      if (!m || o[k] === null || o[k] === undefined) continue;
      if (admits(props[status], m[1])) o[status] = m[1];
      else if (!required.has(k)) delete o[k];
    }
  });
}
