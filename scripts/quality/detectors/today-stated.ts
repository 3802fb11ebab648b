/**
 * Class 5: the item involves dates (a called tool takes a date, a date or a year is sent, or
 * the user speaks of days) and the system prompt does not state the dialogue's today, in ISO
 * form or written out ("June 2, 2025", "2 June 2025", "Monday, June 2").
 */
import { finding, type Detector, type Finding } from '../detector.js';
import { leaves, words } from '../fields.js';
import { isObject } from '../record-view.js';
import { dayOf } from '../dates.js';

const RELATIVE_DAYS = /\b(today|tonight|tomorrow|yesterday|this (week|month|year|weekend)|next (week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (week|month|year|night)|(mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The ways a prompt may write the day. */
export function todayForms(today: string): string[] {
  const [y, m, d] = today.split('-').map(Number);
  const month = MONTHS[m - 1];
  const nth = `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
  return [today, `${month} ${d}, ${y}`, `${d} ${month} ${y}`, `${month} ${d} ${y}`, `${month} ${nth}, ${y}`, `${nth} ${month} ${y}`, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, `${m}/${d}/${y}`];
}

function takesDates(schema: unknown): boolean {
  const props = isObject(schema) ? schema.properties : undefined;
  if (!isObject(props)) return false;
  return Object.entries(props).some(([k, p]) => {
    if (isObject(p) && (p.format === 'date' || p.format === 'date-time')) return true;
    return words(k).some((w) => w === 'date' || w === 'datetime' || w === 'timestamp');
  });
}

export const todayStated: Detector = {
  key: 'today-stated',
  title: 'today not stated where the item involves dates',
  check(view): Finding | undefined {
    const today = view.world?.today;
    if (!today) return undefined;
    // The user's words, without the values they dictate (a message "see you tomorrow" is not about today).
    const dictated = view.calls.flatMap((c) => [...leaves(c.args)].map((l) => l.value)).filter((v): v is string => typeof v === 'string' && v.length >= 8);
    const users = view.record.messages.filter((m) => m.role === 'user').map((m) => dictated.reduce((text, v) => text.split(v).join(' '), m.content));
    const dated =
      view.calls.some((c) => takesDates(c.def?.parameters)) ||
      view.calls.some((c) => [...leaves(c.args)].some((l) => dayOf(l.value) !== undefined || (typeof l.value === 'number' && words(l.key).some((w) => w === 'year' || w === 'month')))) ||
      users.some((u) => RELATIVE_DAYS.test(u) || /\b\d{4}-\d{2}-\d{2}\b/.test(u));
    if (!dated) return undefined;
    const stated = todayForms(today).some((f) => view.system.includes(f));
    return finding(stated ? undefined : `the item involves dates (${describe(view)}) and the system prompt does not state today (${today})`);
  },
};

function describe(view: Parameters<Detector['check']>[0]): string {
  const c = view.calls.find((x) => takesDates(x.def?.parameters));
  return c ? `${c.name} takes a date` : 'dates in the request';
}
