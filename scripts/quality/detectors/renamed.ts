/**
 * Class 29: one thing under two names in one dialogue: the course a search listed as "Linear
 * Algebra Fundamentals" (course_id AHGAVWKI) comes back from the next call as "Principles of
 * Microeconomics", a job posting "Accountant" as "Forward Interactions Assistant", the movie a
 * search listed as "Sci-Fi Series" (2022) as "The Yellow Wallpaper" (2026). Judged on objects of
 * results holding an identifier (<stem>_id or id, a string of 4+ characters or an integer of 4+
 * digits) and their own name (name, title, display_name, <stem>_name, <stem>_title) or a fact that
 * does not change (release date, address, author...) when an earlier result of another call gave
 * the same identifier one: they must agree, unless the later call sets the new value (an update's
 * title).
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { objects, show, words } from '../fields.js';
import type { RecordView } from '../record-view.js';

/** Facts of a thing a later call cannot change without saying so (a movie's release date, a restaurant's address). */
const FIXED = new Set(['release_date', 'original_language', 'author', 'artist', 'director', 'address', 'cuisine', 'date_of_birth', 'birth_date']);

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
    for (const x of keys) if (FIXED.has(words(x).join('_')) && (typeof o[x] === 'string' || typeof o[x] === 'number')) facts.push([words(x).join('_'), String(o[x])]);
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
    const seen: { id: string; facts: [string, string][] }[] = [];
    for (const { object } of objects(call.result)) seen.push(...own(object));
    for (const { id, facts } of seen) {
      for (const [key, value] of facts) {
        const before = named.get(`${id}\u0000${key}`);
        if (before && before.at !== i) {
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
  title: 'one thing under two names in one dialogue (same id, another name, release date or address)',
  check: (view) => renamedFinding(view),
};
