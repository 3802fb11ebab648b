/**
 * Class 29: one thing under two names in one dialogue: the course a search listed as "Linear
 * Algebra Fundamentals" (course_id AHGAVWKI) comes back from the next call as "Principles of
 * Microeconomics", a job posting "Accountant" as "Forward Interactions Assistant". Judged on
 * objects of results holding an identifier (<stem>_id or id, a string of 4+ characters) and their
 * own name (name, title, display_name, <stem>_name, <stem>_title) when an earlier result of
 * another call named the same identifier: the names must agree, unless the later call sets the
 * new name (an update's title).
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { objects, show, words } from '../fields.js';
import type { RecordView } from '../record-view.js';

function own(o: Readonly<Record<string, unknown>>): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  for (const k of Object.keys(o)) {
    const w = words(k);
    if (w[w.length - 1] !== 'id' || typeof o[k] !== 'string' || (o[k] as string).length < 4) continue;
    const stem = w.slice(0, -1).join('_');
    const nk = ['name', 'title', 'display_name', ...(stem ? [`${stem}_name`, `${stem}_title`] : [])].find((n) => Object.keys(o).some((x) => words(x).join('_') === n && typeof o[x] === 'string'));
    const key = nk && Object.keys(o).find((x) => words(x).join('_') === nk);
    if (key) out.push({ id: o[k] as string, name: o[key] as string });
  }
  return out;
}

function sentStrings(args: Readonly<Record<string, unknown>>): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') out.add(v);
    else if (v && typeof v === 'object' && depth < 3) for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(args, 0);
  return out;
}

export function renamedFinding(view: RecordView): Finding | undefined {
  const named = new Map<string, { name: string; call: string; at: number }>();
  const checks: Finding[] = [];
  view.calls.forEach((call, i) => {
    if (call.failed) return;
    const sent = sentStrings(call.args);
    const seen: { id: string; name: string }[] = [];
    for (const { object } of objects(call.result)) seen.push(...own(object));
    for (const { id, name } of seen) {
      const before = named.get(id);
      if (before && before.at !== i) checks.push(finding(before.name.toLowerCase() === name.toLowerCase() || sent.has(name) ? undefined : `${id}: ${before.call} names it ${show(before.name)}, ${call.name} ${show(name)}`));
    }
    for (const { id, name } of seen) if (!named.has(id)) named.set(id, { name, call: call.name, at: i });
  });
  return judgeAll(checks, (f) => f);
}

export const renamed: Detector = {
  key: 'renamed',
  title: 'one thing under two names in one dialogue (same id, another name)',
  check: (view) => renamedFinding(view),
};
