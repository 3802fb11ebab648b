/**
 * Do two values say the same thing? Lenient on form (case, punctuation, a date against a
 * date-time of that day, a country code against its name, "Paris" against "Paris, FR", 42
 * against "42") and strict on substance, so a detector built on it flags contradictions only.
 */
import { geoTables } from '../../core/geo.js';
import { dayOf } from './dates.js';

export const normText = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A country code or name as its ISO code, when the tables know it. */
export function countryCode(v: string): string | undefined {
  const g = geoTables();
  if (/^[A-Za-z]{2}$/.test(v) && g.countryByCode.has(v.toUpperCase())) return v.toUpperCase();
  return g.countryByName.get(v.trim().toLowerCase())?.code;
}

/** An ISO 639-1 code (or a tag: pt-BR) as its language's name, lower case. */
function languageName(v: string): string | undefined {
  const m = /^([a-z]{2})(?:[-_][A-Za-z]{2,4})*$/.exec(v);
  const name = m ? geoTables().languageByCode.get(m[1])?.name : undefined;
  return name === undefined ? undefined : normText(name);
}

function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  const da = dayOf(a);
  const db = dayOf(b);
  if (da && db) {
    // A date against a date-time (or two date-times) of the same day; one day of slack for zones.
    if (a.length === 10 || b.length === 10) return Math.abs(Date.parse(da.written) - Date.parse(db.written)) <= 86_400_000;
    return Date.parse(a) === Date.parse(b) || da.written === db.written;
  }
  const la = languageName(a);
  const lb = languageName(b);
  if ((la !== undefined || lb !== undefined) && (la ?? normText(a)) === (lb ?? normText(b))) return true;
  const ca = countryCode(a);
  if (ca !== undefined && ca === countryCode(b)) return true;
  const na = normText(a);
  const nb = normText(b);
  if (na === nb) return true;
  const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
  return short.length >= 3 && ` ${long} `.includes(` ${short} `);
}

/** Does the value a tool gave back agree with the value sent (or defaulted)? */
export function sameValue(sent: unknown, got: unknown): boolean {
  if (typeof sent === 'number' && typeof got === 'number') return Math.abs(sent - got) <= 1e-9 * Math.max(1, Math.abs(sent));
  if (typeof sent === 'boolean' || typeof got === 'boolean') return sent === got;
  if (typeof sent === 'number' && typeof got === 'string') return got.trim() === String(sent);
  if (typeof sent === 'string' && typeof got === 'number') return sent.trim() === String(got);
  if (typeof sent === 'string' && typeof got === 'string') return sameText(sent, got);
  return sent === got;
}
