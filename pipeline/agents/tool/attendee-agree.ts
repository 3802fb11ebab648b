/**
 * The people a result reports on are people the call named: a meeting's `unavailable_optional`
 * lists optional participants the call invited, not strangers (otto.rogahn@ for a meeting of four
 * others); `declined` and `unavailable` attendees are among those invited. Where the call names
 * nobody by email, nothing changes.
 */
import { admits } from './admits.js';
import { snake } from './names.js';
import type { Schema } from '../../values/values.js';

type Obj = Record<string, unknown>;

const REPORTED = /^(unavailable|unavailable_optional|unavailable_required|unavailable_attendees|unavailable_participants|declined|declined_attendees|busy_attendees|not_available|conflicting_attendees)$/;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isEmail = (v: unknown): v is string => typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v);

interface Invited {
  readonly email: string;
  readonly optional: boolean;
}

/** Every address the call names, with whether it was named as optional. */
function invitedIn(v: unknown, out: Invited[] = [], depth = 0): Invited[] {
  if (depth > 4) return out;
  if (Array.isArray(v)) for (const x of v) invitedIn(x, out, depth + 1);
  else if (isObj(v)) {
    const email = Object.keys(v).find((k) => isEmail(v[k]) && /email/.test(snake(k)));
    if (email !== undefined) out.push({ email: v[email] as string, optional: v.optional === true || v.required === false });
    for (const k in v) if (k !== email) invitedIn(v[k], out, depth + 1);
  } else if (isEmail(v)) out.push({ email: v, optional: false });
  return out;
}

export function alignAttendees(result: unknown, returns: Schema | undefined, args: Readonly<Obj>): void {
  if (!isObj(result)) return;
  let invited: Invited[] | undefined;
  const props = (returns?.properties ?? {}) as Record<string, Schema>;
  for (const k of Object.keys(result)) {
    const list = result[k];
    if (!REPORTED.test(snake(k)) || !Array.isArray(list) || list.length === 0 || !list.every(isEmail)) continue;
    invited ??= invitedIn(args);
    if (invited.length === 0) return;
    const pool = (/optional/.test(k) ? invited.filter((p) => p.optional) : /required/.test(k) ? invited.filter((p) => !p.optional) : invited).map((p) => p.email);
    const next: string[] = [];
    for (const [i, e] of (list as string[]).entries()) {
      const pick = pool.includes(e) ? e : pool[i % Math.max(pool.length, 1)];
      if (pick !== undefined && !next.includes(pick)) next.push(pick);
    }
    // Never everyone: a meeting found a slot, so at least one invited person could come.
    if (next.length >= invited.length) next.length = Math.max(0, invited.length - 1);
    if (admits(props[k], next)) result[k] = next;
  }
}
