/**
 * A booking is at the time asked: a service appointment asked for 2026-04-07 12:15 is confirmed
 * for that moment, not for 2026-03-21 08:15; a viewing asked at one of three preferred times is
 * confirmed at one of them; an email asked to go at 09:00 is scheduled for 09:00. Applied to
 * results of a call holding the moment it asks (one date-time argument, or one list of them)
 * whose result says when it was booked (confirmed_time, scheduled_for, booked_at...).
 */
import type { Schema } from '../../values/values.js';
import { admits } from './admits.js';
import { argValue, type ArgLeaf, type Obj, type Rule } from './call-context.js';
import { snake } from './names.js';

/** Result fields saying when the thing was booked for. */
const BOOKED = /^(confirmed|scheduled|booked|reserved)_(time|at|for|datetime|date_time|start|slot)$|^confirmed_start$/;
/** Arguments asking a moment: the appointment, the preferred times, when to send. */
const ASKED = /(^|_)(time|times|at|datetime|date_time|slot|slots)$/;

const isMoment = (s: Schema | undefined): boolean => s?.format === 'date-time' || (s?.type === 'array' && (s.items as Schema | undefined)?.format === 'date-time');

export function bookedTimeRule(body: Schema, leaves: readonly ArgLeaf[]): Rule | undefined {
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const booked = Object.keys(props).filter((k) => BOOKED.test(snake(k)) && props[k].format === 'date-time');
  const asked = leaves.filter((l) => isMoment(l.schema) && ASKED.test(snake(l.name)) && !/(^|_)(created|updated|deleted|until|before|after|end|from|to|since)(_|$)/.test(snake(l.name)));
  if (booked.length === 0 || asked.length !== 1) return undefined;
  const leaf = asked[0];
  return (out: Obj, c) => {
    const v = argValue(c.args, leaf);
    const options = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x)));
    if (options.length === 0) return;
    for (const k of booked) {
      if (typeof out[k] !== 'string' || options.includes(out[k] as string)) continue;
      const at = options.length === 1 ? options[0] : c.rng.pick(options);
      if (admits(props[k], at)) out[k] = at;
    }
  };
}
