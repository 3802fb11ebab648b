/**
 * A paper is cited after it appeared: in a result about a paper's citations, every citing work's
 * year is between the paper's year (its own `year`, or the year its DOI carries, as
 * "10.1073/pnas.2025.86224" does) and today's.
 */
import { forEachObject, type Schema } from '../../values/schema.js';
import { admits } from './admits.js';

type Obj = Record<string, unknown>;

const CITING = /^(works|citations|cited_by|citing_works|citing_papers)$/;
const DOI_YEAR = /\.((?:19|20)\d\d)\./;

/** The year a paper appeared, from the result or the call. */
function paperYear(result: Obj, args: Readonly<Obj>): number | undefined {
  if (typeof result.year === 'number' && Number.isInteger(result.year)) return result.year;
  for (const v of [result.doi, args.doi, args.paper_id]) {
    const m = typeof v === 'string' ? DOI_YEAR.exec(v) : null;
    if (m) return Number(m[1]);
  }
  return undefined;
}

export function alignCitations(result: unknown, returns: Schema | undefined, args: Readonly<Obj>, today: string): void {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return;
  const o = result as Obj;
  const from = paperYear(o, args);
  const to = Number(today.slice(0, 4));
  if (from === undefined || from > to) return;
  const props = (returns?.properties ?? {}) as Record<string, Schema>;
  for (const k of Object.keys(o)) {
    if (!CITING.test(k) || !Array.isArray(o[k])) continue;
    forEachObject(o[k], props[k], (w, wprops) => {
      const y = w.year;
      if (typeof y !== 'number' || (y >= from && y <= to)) return;
      const next = from + (Math.abs(Math.round(y)) % (to - from + 1));
      if (admits(wprops.year, next)) w.year = next;
    });
  }
}
