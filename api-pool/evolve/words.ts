/** English helpers for names and descriptions: plurals, identifiers as words, lists, sentences. */
import { identifierTokens } from '../dedup.js';

export function plural(w: string): string {
  if (/(s|x|ch|sh)$/.test(w)) return w.endsWith('ss') || w.endsWith('x') || /(ch|sh)$/.test(w) ? `${w}es` : w;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

export function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is|news|series)$/.test(w)) return w;
  if (/(sses|xes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

export function humanize(name: string): string {
  return identifierTokens(name).join(' ');
}

export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function lcFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export function stripPeriod(s: string): string {
  return s.trim().replace(/[.\s]+$/, '');
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
