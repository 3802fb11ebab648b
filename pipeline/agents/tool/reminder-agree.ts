/**
 * Reminders of one event fire their own lead time before it: beside "minutes_before": 32000 a
 * reminder does not fire three days before the event while its sibling at 28000 fires two weeks
 * before. The first reminder with both a lead time and a firing time fixes the event's start;
 * every other reminder's firing time is that start less its own lead time.
 */
import { forEachObject, type Schema } from '../../values/schema.js';
import { admits } from './admits.js';

type Obj = Record<string, unknown>;

const LEAD = /^(minutes_before|minutes|offset_minutes|lead_minutes|before_minutes)$/;
const FIRES = /^(fires_at|trigger_at|remind_at|fire_at|scheduled_for|send_at)$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/;

const stamp = (ms: number, like: string): string => {
  const iso = new Date(ms).toISOString();
  return like.length === 17 ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
};

export function alignReminders(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props) => {
    for (const k of Object.keys(o)) {
      const list = o[k];
      if (!Array.isArray(list) || list.length < 2) continue;
      const items = list.filter((x): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x));
      let start: number | undefined;
      for (const x of items) {
        const lead = Object.keys(x).find((f) => LEAD.test(f) && typeof x[f] === 'number');
        const fires = Object.keys(x).find((f) => FIRES.test(f) && typeof x[f] === 'string' && ISO.test(x[f] as string));
        if (!lead || !fires) continue;
        const at = Date.parse(x[fires] as string);
        if (start === undefined) {
          start = at + (x[lead] as number) * 60_000;
          continue;
        }
        const want = stamp(start - (x[lead] as number) * 60_000, x[fires] as string);
        const iprops = ((props[k]?.items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
        if (want !== x[fires] && admits(iprops[fires], want)) x[fires] = want;
      }
    }
  });
}
