/**
 * Class 22: a thing that lasts minutes or hours drawn over days: a clinic appointment from
 * 09:15 on the 2nd to 13:00 on the 5th, a calendar event from 9 April to 7 May. Judged on
 * objects holding a start and an end date-time (start/end, start_time/end_time, begins_at/
 * ends_at) of an appointment, meeting, event, lesson or reservation (by the tool's name and
 * the object's key): the end must come after the start, within 12 hours (an all-day event may
 * run to 7 days). A search's window (the arguments of a list or search tool) and things that
 * last days (an out-of-office, a stay, a rental, a conference) are not judged.
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { show, words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

const SHORT = /\b(appointment|appointments|meeting|meetings|consultation|interview|call|calls|lesson|lessons|session|sessions|slot|slots|visit|visits|event|events|reservation|reservations|webinar|standup|exam|shift|shifts|class|classes)\b/;
const LONG = /\b(out|office|vacation|leave|trip|stay|rental|absence|campaign|sprint|maintenance|window|holiday|conference|festival|course|project|subscription|contract|lease|policy|season|tournament|retreat|travel|hotel)\b/;
const READ = new Set(['list', 'search', 'find', 'get', 'query', 'browse', 'lookup', 'fetch', 'check', 'show', 'view', 'retrieve', 'locate', 'discover', 'filter']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const HOUR = 3_600_000;

function spans(o: Readonly<Record<string, unknown>>): [string, string][] {
  const keys = Object.keys(o);
  const out: [string, string][] = [];
  for (const k of keys) {
    const w = words(k);
    const at = w.findIndex((x) => x === 'start' || x === 'starts' || x === 'begin' || x === 'begins');
    if (at < 0 || typeof o[k] !== 'string' || !DATE_TIME.test(o[k] as string)) continue;
    const prefix = w.slice(0, at).join('_');
    const end = keys.find((e) => {
      const ew = words(e);
      const i = ew.findIndex((x) => x === 'end' || x === 'ends' || x === 'finish' || x === 'finishes');
      return e !== k && i >= 0 && ew.slice(0, i).join('_') === prefix && typeof o[e] === 'string' && DATE_TIME.test(o[e] as string);
    });
    if (end) out.push([k, end]);
  }
  return out;
}

function objectsWithKeys(v: unknown, key: string, depth = 0): { o: Readonly<Record<string, unknown>>; key: string }[] {
  if (depth > 5) return [];
  if (Array.isArray(v)) return v.flatMap((x) => objectsWithKeys(x, key, depth + 1));
  if (!isObject(v)) return [];
  return [{ o: v, key }, ...Object.entries(v).flatMap(([k, x]) => objectsWithKeys(x, k, depth + 1))];
}

export function spanFinding(call: CallView): Finding | undefined {
  const name = words(call.name);
  const sides = [...(READ.has(name[0]) ? [] : [['args', call.args] as const]), ...(call.failed ? [] : [['result', call.result] as const])];
  const judged = sides.flatMap(([side, v]) => objectsWithKeys(v, '').map((x) => ({ side, ...x })));
  return judgeAll(judged, ({ side, o, key }) => {
    const about = `${name.join(' ')} ${words(key).join(' ')}`;
    if (!SHORT.test(about) || LONG.test(about)) return undefined;
    return judgeAll(spans(o), ([s, e]) => {
      const a = Date.parse(o[s] as string);
      const b = Date.parse(o[e] as string);
      if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
      const allDay = /T00:00/.test(o[s] as string) && /T00:00/.test(o[e] as string);
      const bad = b < a || b - a > (allDay ? 7 * 24 : 12) * HOUR;
      return finding(bad ? `${call.name} ${side}: ${s} ${show(o[s])} to ${e} ${show(o[e])} (${Math.round((b - a) / HOUR)} h)` : undefined);
    });
  });
}

export const span: Detector = {
  key: 'span',
  title: 'an appointment, meeting or event that runs for days or ends before it starts',
  check: (view) => judgeAll(view.calls, spanFinding),
};
