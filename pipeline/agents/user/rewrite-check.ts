/**
 * Whether the user model's rewrite of a turn keeps the request (issue 15): every value the turn
 * states (an argument of the plan said as it is, or the words the plan implies one by) is still
 * there, character for character up to case and spacing, and the rewrite still asks the same
 * thing (it shares a content word with the turn it rewrites). "Keep" or "Sure" for a request
 * with values is no rewrite of it.
 */
import { normalise } from '../../../core/derive/normalise.js';
import type { Derivation, PlannedCall } from '../../../core/plan.js';

const STOP = new Set(['this', 'that', 'with', 'from', 'have', 'what', 'when', 'will', 'would', 'could', 'please', 'thanks', 'there', 'about', 'your', 'just', 'need', 'want', 'like', 'some', 'them', 'then', 'also']);

/** Every scalar of a value (strings and numbers, in objects and lists). */
function scalars(v: unknown, out: string[]): void {
  if (typeof v === 'string' || typeof v === 'number') out.push(String(v));
  else if (Array.isArray(v)) for (const x of v) scalars(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) scalars(x, out);
}

/** The words of a derivation the user says (its parts' too). */
function saidOf(d: Derivation, out: string[]): void {
  if (d.said) out.push(d.said);
  for (const p of Object.values(d.parts ?? {})) saidOf(p, out);
}

/** The values and implied words of `calls` that the turn's text states (normalised), to be kept by a rewrite. */
export function statedIn(text: string, calls: readonly PlannedCall[]): string[] {
  const said = ` ${normalise(text)} `;
  const out = new Set<string>();
  for (const c of calls) {
    const all: string[] = [];
    scalars(c.arguments, all);
    for (const d of Object.values(c.derivations ?? {})) saidOf(d, all);
    for (const v of all) {
      const n = normalise(v);
      if ((n.length >= 2 || /^\d$/.test(n)) && said.includes(` ${n} `)) out.add(n);
    }
  }
  return [...out];
}

const contentWords = (s: string): Set<string> => new Set(normalise(s).split(' ').filter((w) => w.length >= 4 && !STOP.has(w)));

/** Why `rewrite` does not keep the turn `original` (with the values `keep` it states), or undefined when it does. */
export function rewriteFault(original: string, rewrite: string, keep: readonly string[]): string | undefined {
  const n = ` ${normalise(rewrite)} `;
  const lost = keep.filter((v) => !n.includes(` ${v} `));
  if (lost.length > 0) return `the rewrite drops ${lost.slice(0, 3).map((v) => JSON.stringify(v)).join(', ')}${lost.length > 3 ? ` and ${lost.length - 3} more` : ''}`;
  const mine = contentWords(original);
  if (mine.size > 0 && ![...contentWords(rewrite)].some((w) => mine.has(w))) return `the rewrite shares no word with the request it rewrites (${JSON.stringify(rewrite.slice(0, 60))})`;
  return undefined;
}
