/**
 * What is set for a later day has not happened yet: an email to go on the 18th is not "sent" on
 * the 27th before, a transfer to execute on 2026-10-16 is not "executed" on the 11th, a gift to
 * arrive on the 20th is not "delivered". Applied to results with a status, of calls that ask a
 * day to act on (send_at, execution_date, deliver_on, scheduled_at, publish_at...): when that day
 * is after today, a status saying it is done becomes one saying it is planned (scheduled,
 * pending, queued...), the first the schema admits, and the stamps of the act done (processed_at,
 * sent_at) are left out where the schema lets them be.
 */
import { requiredOf } from '../../values/schema.js';
import type { Schema } from '../../values/values.js';
import { admits } from './admits.js';
import { argValue, isPinned, type ArgLeaf, type Obj, type Rule } from './call-context.js';
import { dayNumber } from './days.js';
import { snake } from './names.js';

const ON_DAY =
  /(^|_)(execution_date|execute_on|execute_at|deliver_on|delivery_date|deliver_at|send_at|send_on|send_date|schedules?d?_(for|at|date|on)|effective_date|publish_at|publish_on|publish_date|pay_on|pay_date|payment_date|transfer_date|ship_date|ship_on)$/;
/** Stamps of the act done, which a planned act has not: a scheduled payment is not processed today. */
const DONE_AT = /^(processed|paid|executed|completed|sent|delivered|settled|charged|published|shipped|fulfilled)_(at|on|date)$/;
const DONE = /^(executed|delivered|completed|complete|shipped|fulfilled|paid|sent|done|settled|processed|published|charged|succeeded)$/i;
const PLANNED = ['scheduled', 'pending', 'queued', 'accepted', 'processing', 'created', 'submitted', 'initiated'];

/** Acts done when asked, unless a day is given for them: a post published, a gift bought, a bill paid. */
const NOW_VERBS = /^(send|publish|post|purchase|buy|pay|transfer|submit|share)$/;
const DONE_NOW = ['sent', 'published', 'posted', 'completed', 'paid', 'purchased', 'processed', 'succeeded', 'submitted', 'delivered'];
const PLANNED_AT = /^(scheduled_for|scheduled_at|scheduled_time|send_at|publish_at)$/;

/** When what a call books or plans starts: a session reserved for the 15th has not been held on the 14th. */
const STARTS = /(^|_)(start_time|start|starts_at|start_at|start_date|start_datetime|begins_at|begin_at)$/;

export function scheduledStatusRule(body: Schema, leaves: readonly ArgLeaf[], verb = '', effect = 'read'): Rule | undefined {
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const statusKey = Object.keys(props).find((k) => snake(k) === 'status');
  const days = leaves.filter((l) => l.parentTokens.length === 0 && (ON_DAY.test(snake(l.name)) || (effect !== 'read' && STARTS.test(snake(l.name)))));
  const now = statusKey && NOW_VERBS.test(verb) ? nowRule(body, statusKey) : undefined;
  if (!statusKey || days.length === 0) return now;
  const planned = PLANNED.filter((p) => admits(props[statusKey], p));
  const upper = Array.isArray(props[statusKey].enum) ? [] : PLANNED;
  const choices = planned.length > 0 ? planned : upper;
  if (choices.length === 0) return now;
  const required = requiredOf(body);
  return (out: Obj, c) => {
    const status = out[statusKey];
    if (typeof status !== 'string' || isPinned(c, out, statusKey)) return;
    // Asked with no day for it (the schedule_date left out): done now.
    if (now && !days.some((l) => argValue(c.args, l) !== undefined)) return now(out, c);
    const later = days.some((l) => {
      const v = argValue(c.args, l);
      return typeof v === 'string' && dayNumber(v) > c.today;
    });
    if (!later) return;
    if (DONE.test(status)) out[statusKey] = choices[0];
    if (!DONE.test(out[statusKey] as string)) for (const k of Object.keys(out)) if (DONE_AT.test(snake(k)) && !required.has(k)) delete out[k];
  };
}

/**
 * An act asked with no day to act on is done now: a post published without a publish time is
 * "published", not "scheduled" for a later day nobody asked (and its scheduled_for is left out).
 */
function nowRule(body: Schema, statusKey: string): Rule | undefined {
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const done = DONE_NOW.find((d) => admits(props[statusKey], d));
  if (done === undefined || !admits(props[statusKey], 'scheduled')) return undefined;
  const required = requiredOf(body);
  return (out: Obj, c) => {
    if (isPinned(c, out, statusKey)) return;
    if (out[statusKey] === 'scheduled') out[statusKey] = done;
    if (out[statusKey] !== 'scheduled') for (const k of Object.keys(out)) if (PLANNED_AT.test(snake(k)) && !required.has(k)) delete out[k];
  };
}
