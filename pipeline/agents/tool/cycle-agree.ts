/**
 * A billing cycle is a month: from its start to the day before the same date a month later
 * (2026-11-02 to 2026-12-01, not to 2026-11-22 or to 2027-02-14), and the days its usage lists
 * are days of that cycle up to today, one entry a day. A claim that is settled (closed, paid, denied, approved)
 * waits for nothing: its outstanding requirements are none. Applied to results after they are
 * drawn, where the schema lets the values be.
 */
import type { Rng } from '../../../core/rng.js';
import { forEachObject, requiredOf, type Schema } from '../../values/schema.js';
import type { Obj } from './call-context.js';
import { dayNumber, isIsoDate, isoDay, onDay } from './days.js';
import { snake } from './names.js';

const START = /^(cycle_start|billing_cycle_start|period_start|billing_period_start)$/;
const END = /^(cycle_end|billing_cycle_end|period_end|billing_period_end)$/;
const DAYS = /^(daily|days|daily_usage|daily_breakdown|usage_by_day)$/;
const SETTLED = /^(closed|paid|settled|denied|approved|rejected|completed|withdrawn)$/;
const WAITING_FOR = /^(outstanding_requirements|pending_requirements|missing_documents|required_documents|outstanding_items)$/;

/** The day before the same date a month after `start` (a month's cycle from 2026-01-31 ends 2026-02-27). */
function monthEnd(start: string): string {
  const [y, m, d] = [Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8, 10))];
  const next = new Date(Date.UTC(y, m, Math.min(d, 28)));
  return isoDay(dayNumber(next.toISOString().slice(0, 10)) - 1);
}

export function alignCycles(result: unknown, returns: Schema | undefined, today: string, rng: Rng): void {
  const now = dayNumber(today);
  forEachObject(result, returns, (o, _props, _key, schema) => {
    const keys = Object.keys(o);
    const status = ['stage', 'status', 'state'].map((k) => o[k]).find((v): v is string => typeof v === 'string');
    if (status !== undefined && SETTLED.test(snake(status))) {
      const required = requiredOf(schema);
      for (const k of keys) {
        if (!WAITING_FOR.test(snake(k)) || !Array.isArray(o[k]) || (o[k] as unknown[]).length === 0) continue;
        if (required.has(k)) o[k] = [];
        else delete o[k];
      }
    }
    const sk = keys.find((k) => START.test(snake(k)) && isIsoDate(o[k]));
    const ek = keys.find((k) => END.test(snake(k)) && isIsoDate(o[k]));
    if (sk === undefined || ek === undefined) return;
    const start = o[sk] as string;
    o[ek] = onDay(o[ek] as string, dayNumber(monthEnd(start)));
    const [lo, hi] = [dayNumber(start), Math.min(dayNumber(o[ek] as string), Math.max(now, dayNumber(start)))];
    for (const k of keys) {
      if (!DAYS.test(snake(k)) || !Array.isArray(o[k])) continue;
      const days = (o[k] as unknown[]).filter((it): it is Obj => it !== null && typeof it === 'object' && isIsoDate((it as Obj).date));
      if (!days.some((d) => dayNumber(d.date) < lo || dayNumber(d.date) > hi)) continue;
      // Outside its cycle: one entry a day, the last of them on the cycle's last day so far (at most one a day of the cycle).
      const fit = days.slice(0, hi - lo + 1);
      const first = Math.max(lo, hi - fit.length + 1 - Math.floor(rng.next() * Math.max(1, hi - lo + 2 - fit.length)));
      fit.forEach((d, i) => {
        d.date = onDay(d.date as string, first + i);
      });
      o[k] = fit;
    }
  });
}
