/**
 * Class 29: one thing under two names in one dialogue: the course a search listed as "Linear
 * Algebra Fundamentals" (course_id AHGAVWKI) comes back from the next call as "Principles of
 * Microeconomics", a job posting "Accountant" as "Forward Interactions Assistant", the movie a
 * search listed as "Sci-Fi Series" (2022) as "The Yellow Wallpaper" (2026). Judged on objects of
 * results holding an identifier (<stem>_id or id, a string of 4+ characters or an integer of 4+
 * digits) and their own name (name, title, display_name, <stem>_name, <stem>_title) or a fact that
 * does not change (release date, address, author...; a meeting's or a booking's start and end,
 * unless the later call says anything about its time) when an earlier result of another call gave
 * the same identifier one: they must agree, unless the later call sets the new value (an update's
 * title). A meeting scheduled for 12 November at 15:30 is not updated as one of 11 October.
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { objects, show, words } from '../fields.js';
import type { RecordView } from '../record-view.js';

/** Facts of a thing a later call cannot change without saying so (a movie's release date, a restaurant's address). */
const FIXED = new Set(['release_date', 'original_language', 'author', 'artist', 'director', 'address', 'cuisine', 'date_of_birth', 'birth_date']);

/** When a meeting, event, appointment or booking takes place: the same unless a later call says anything about its time. */
const WHEN = new Set(['start', 'end', 'start_time', 'end_time', 'starts_at', 'ends_at']);
const SCHEDULED = /(^|_)(event|meeting|appointment|booking|reservation|interview|session)$/;
const TIMING = /^(start|starts|end|ends|time|times|date|dates|datetime|duration|when|reschedule|rescheduled|slot|window|from|until)$/;

/** Whether the arguments say anything about when (a key of theirs, two levels down, names a time). */
function timed(args: Readonly<Record<string, unknown>>, depth = 0): boolean {
  return Object.entries(args).some(([k, v]) => words(k).some((w) => TIMING.test(w)) || (depth < 2 && v !== null && typeof v === 'object' && !Array.isArray(v) && timed(v as Record<string, unknown>, depth + 1)));
}

/** An identifier value worth following: a string of 4+ characters, or an integer id of 4+ digits. */
function idValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v.length >= 4 ? v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1000 ? `#${v}` : undefined;
}

/** The things an object names: its identifier, and each of its name and fixed facts (key "name" for the name). */
function own(o: Readonly<Record<string, unknown>>): { id: string; facts: [string, string][] }[] {
  const out: { id: string; facts: [string, string][] }[] = [];
  const keys = Object.keys(o);
  for (const k of keys) {
    const w = words(k);
    const id = idValue(o[k]);
    if (w[w.length - 1] !== 'id' || id === undefined) continue;
    const stem = w.slice(0, -1).join('_');
    const facts: [string, string][] = [];
    const nk = ['name', 'title', 'display_name', ...(stem ? [`${stem}_name`, `${stem}_title`] : [])].find((n) => keys.some((x) => words(x).join('_') === n && typeof o[x] === 'string'));
    const key = nk && keys.find((x) => words(x).join('_') === nk);
    if (key) facts.push(['name', o[key] as string]);
    for (const x of keys) {
      const k = words(x).join('_');
      if ((FIXED.has(k) || (SCHEDULED.test(stem) && WHEN.has(k))) && (typeof o[x] === 'string' || typeof o[x] === 'number')) facts.push([k, String(o[x])]);
    }
    if (facts.length > 0) out.push({ id, facts });
  }
  return out;
}

function sentStrings(args: Readonly<Record<string, unknown>>): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string' || typeof v === 'number') out.add(String(v));
    else if (v && typeof v === 'object' && depth < 3) for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(args, 0);
  return out;
}

export function renamedFinding(view: RecordView): Finding | undefined {
  const named = new Map<string, { value: string; call: string; at: number }>();
  const checks: Finding[] = [];
  view.calls.forEach((call, i) => {
    if (call.failed) return;
    const sent = sentStrings(call.args);
    const moves = timed(call.args);
    const seen: { id: string; facts: [string, string][] }[] = [];
    for (const { object } of objects(call.result)) seen.push(...own(object));
    for (const { id, facts } of seen) {
      for (const [key, value] of facts) {
        const before = named.get(`${id}\u0000${key}`);
        if (before && before.at !== i && !(moves && WHEN.has(key))) {
          const same = before.value.toLowerCase() === value.toLowerCase() || sent.has(value);
          checks.push(finding(same ? undefined : `${id.replace(/^#/, '')}: ${before.call} gives its ${key} as ${show(before.value)}, ${call.name} ${show(value)}`));
        }
      }
    }
    for (const { id, facts } of seen) for (const [key, value] of facts) if (!named.has(`${id}\u0000${key}`)) named.set(`${id}\u0000${key}`, { value, call: call.name, at: i });
  });
  return judgeAll(checks, (f) => f);
}

export const renamed: Detector = {
  key: 'renamed',
  title: 'one thing under two names in one dialogue (same id, another name, release date, address, or a meeting at another time)',
  check: (view) => renamedFinding(view),
};
