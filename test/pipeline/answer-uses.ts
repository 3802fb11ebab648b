/**
 * Whether an assistant's answers say something the tool results hold, read the way a person
 * writes it: numbers with thousands separators or rounded to cents ("1,547,000", "435.07"),
 * dates as days ("10 June", "June 10", "today"), enum values in words ("in progress"), a
 * failed call by the value or field at fault (a service down as not available), a yes/no field by its name, an empty result as
 * nothing found.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Every scalar of a result; a yes/no field by its name ("accepted"), which is how an answer says it. */
function leaves(v: unknown, out: (string | number)[] = [], key = ''): (string | number)[] {
  if (typeof v === 'string' || typeof v === 'number') out.push(v);
  else if (typeof v === 'boolean') out.push(key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^(is|has)_/, ''));
  else if (Array.isArray(v)) for (const x of v) leaves(x, out, key);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, out, k);
  return out;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The ways a value can be written in an answer. */
function forms(v: string | number): string[] {
  if (typeof v === 'number') {
    const out = new Set([String(v), v.toFixed(2), String(Number(v.toFixed(2))), String(Number(v.toFixed(4))), String(Math.abs(v)), Math.abs(v).toFixed(2)]);
    return [...out];
  }
  const s = v.toLowerCase();
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (date) {
    const month = MONTHS[Number(date[2]) - 1] ?? '';
    const day = String(Number(date[3]));
    const weekday = WEEKDAYS[new Date(`${date[1]}-${date[2]}-${date[3]}T12:00:00Z`).getUTCDay()] ?? '';
    const time = /t(\d{2}:\d{2})/.exec(s)?.[1];
    return [`${day} ${month}`, `${month} ${day}`, s, ...(time ? [`${weekday} at ${time}`, `today at ${time}`, `tomorrow at ${time}`, `yesterday at ${time}`] : [])];
  }
  // An error message names the value at fault: its codes and numbers are forms too.
  const codes = s.length > 30 ? (s.match(/\b[a-z0-9_.-]*\d[a-z0-9_.-]*\b/g) ?? []).filter((w) => w.length >= 4) : [];
  return [s, s.replace(/[_-]+/g, ' '), ...codes];
}

/** Whether `answers` (the assistant's text after the calls) says something from `results`. */
export function usesResults(answers: string, results: readonly unknown[]): boolean {
  // "1,547,000" reads as 1547000.
  let text = answers.toLowerCase();
  for (let i = 0; i < 3; i++) text = text.replace(/(\d),(\d{3})/g, '$1$2');
  const values = leaves(results).filter((v) => v !== '');
  const empty = values.length === 0 || results.some((r) => r && typeof r === 'object' && Object.values(r).some((x) => Array.isArray(x) && x.length === 0));
  if (empty && /\b(no|none|nothing|didn't find|not find|any)\b/.test(text)) return true;
  // A failed call is told by the field or the value at fault.
  for (const r of results) {
    const e = r && typeof r === 'object' ? (r as { error?: { param?: unknown } }).error : undefined;
    if (e && typeof e === 'object' && typeof e.param === 'string' && e.param.split(/[_-]/).some((w) => w.length >= 3 && text.includes(w.toLowerCase()))) return true;
    // A service that is down is told as down.
    if (e && typeof e === 'object' && (e as { code?: unknown }).code === 'UNAVAILABLE' && /\b(not available|unavailable)\b/.test(text)) return true;
  }
  return values.some((v) => forms(v).some((f) => f !== '' && text.includes(f)));
}
