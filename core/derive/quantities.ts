/**
 * Amounts a text states with their unit: "5 miles", "two hours", "68°F", a compound "5ft 10in",
 * "5'10\"", "3 hours and 17 minutes", "1h30" (one amount in the smaller unit), and electrical and
 * other SI amounts with a prefix ("100µF" is 0.0001 farad, "50mH" 0.05 henry, "5 kHz" 5000 hertz).
 * The grounding rule converts them into the unit a parameter is in (units.ts), the planner says
 * an amount as a compound ("3 hours and 17 minutes" for 197 minutes).
 */
import { round } from './numbers.js';
import { quantityOf, unitById, unitWords, type Quantity } from './units.js';

const NUMBER_WORD = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half';
let quantityRe: RegExp | undefined;

/** "<number> <unit>" anywhere in a text, compiled once from the unit table. */
function quantityPattern(): RegExp {
  if (quantityRe) return quantityRe;
  const words = unitWords()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  // Digits may touch their unit ("5ft"); a number in words is a word of its own ("five feet", not "and").
  return (quantityRe = new RegExp(`(?:(?<![\\w.])(\\d+(?:\\.\\d+)?)[\\s-]*|\\b(${NUMBER_WORD})[\\s-]+)(?:degrees?\\s+)?(${words.join('|')})(?![\\p{L}])`, 'giu'));
}

/** Quantities stated one after the other in descending units of one dimension ("5 ft 10 in") as one. */
function compounds(list: readonly { q: Quantity; end: number; start: number }[], raw: string): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i + 1 < list.length; i++) {
    const [a, b] = [list[i], list[i + 1]];
    const gap = raw.slice(a.end, b.start);
    if (a.q.unit.dimension !== b.q.unit.dimension || a.q.unit.factor <= b.q.unit.factor || !/^\s*(?:,|and)?\s*$/i.test(gap)) continue;
    out.push({ value: (a.q.value * a.q.unit.factor) / b.q.unit.factor + b.q.value, unit: b.q.unit });
  }
  return out;
}

const FEET_INCHES = /(\d+)\s*(?:'|′|ft)\s*(\d+(?:\.\d+)?)\s*(?:"|″|in\b)/g;
const HOURS_MINUTES = /\b(\d+)\s*h\s*(\d{2})\b(?!\s*(?:am|pm))/g;

function simpleIn(raw: string): { q: Quantity; start: number; end: number }[] {
  const found: { q: Quantity; start: number; end: number }[] = [];
  for (const m of raw.matchAll(quantityPattern())) {
    const q = quantityOf(`${m[1] ?? m[2]} ${m[3]}`);
    if (q) found.push({ q, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Every quantity a text states, compounds included. */
export function quantitiesIn(raw: string): Quantity[] {
  const found = simpleIn(raw);
  const out = found.map((f) => f.q);
  out.push(...compounds(found, raw));
  const inch = unitById('in');
  const minute = unitById('min');
  for (const m of raw.matchAll(FEET_INCHES)) out.push({ value: Number(m[1]) * 12 + Number(m[2]), unit: inch });
  for (const m of raw.matchAll(HOURS_MINUTES)) out.push({ value: Number(m[1]) * 60 + Number(m[2]), unit: minute });
  return out;
}

/** A compound amount said whole ("3 hours and 17 minutes", "5 ft 10 in"), or a simple one. */
export function compoundOf(said: string): Quantity | undefined {
  const simple = quantityOf(said);
  if (simple) return simple;
  const found = simpleIn(said);
  const whole = found.length === 2 && found[0].start === 0 && found[1].end === said.trim().length ? compounds(found, said) : [];
  return whole[0];
}

const SI_PREFIX: Readonly<Record<string, number>> = { p: 1e-12, n: 1e-9, µ: 1e-6, μ: 1e-6, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9 };
/** Units written after an SI prefix that no unit of the table reads (electrical and the like). */
const SI = /(\d+(?:\.\d+)?)\s?(p|n|µ|μ|u|m|k|M|G)(F|H|Hz|V|A|W|Ω|ohms?|J|Pa|mol|Wh)\b/g;

/** The amounts of SI-prefixed quantities in their base unit ("100µF" gives 0.0001). */
export function prefixedAmountsIn(raw: string): number[] {
  const out: number[] = [];
  for (const m of raw.matchAll(SI)) out.push(round(Number(m[1]) * SI_PREFIX[m[2]]));
  return out;
}
