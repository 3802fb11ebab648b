/**
 * A call's arguments as the clauses of a request: each said by its speaker (fields.ts), implied
 * ones in the words the plan gives (derivations.ts), in a natural order (what, where, when, how
 * many, options, text, flags) with some variation, pairs said together (fields.ts: "at 48.85,
 * 2.35", "for Anna Martin"), and joined as a sentence joins them.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { PlannedCall } from '../../../core/plan.js';
import type { Rng } from '../../../core/rng.js';
import { siblingsOf } from '../../values/kinds.js';
import type { Schema } from '../../values/schema.js';
import type { Pick } from '../text.js';
import { derivationOf, saidFor, shownValue } from './derivations.js';
import { centreClause, fieldClauses, pairClause, pairsIn, pointSaid, sayWith, speakerOf } from './fields.js';
import { RANK, type Speaker } from './speaker.js';

type Obj = Record<string, unknown>;

/** The speaker of a top-level argument. */
export function argSpeaker(api: ApiSpec, key: string): Speaker {
  return speakerOf(api, key, api.parameters.properties[key] as Schema | undefined, '', siblingsOf(api.parameters as Schema));
}

/** One argument as a clause ("leaving from Boston"), or its implied words when the plan has them. */
export function clauseOf(api: ApiSpec, key: string, v: unknown, pick: Pick, call?: PlannedCall): string {
  const whole = derivationOf(call, key);
  // A nested derivation is said through the value: its implied fields' words stand in for them.
  const d = whole?.kind === 'nested' ? undefined : whole;
  const shown = whole?.kind === 'nested' ? shownValue(v, whole) : v;
  // A coordinate of a city's centre: the city, as for the pair (its partner said already or not sent).
  if (d?.kind === 'city-coordinates') return centreClause(d.said, pick);
  const sp = argSpeaker(api, key);
  if (sp.flatten && d === undefined && v && typeof v === 'object' && !Array.isArray(v)) {
    return joinClauses(fieldClauses(api, v as Obj, (api.parameters.properties[key] ?? {}) as Schema, key, pick, whole?.parts), pick);
  }
  return sayWith(sp, shown, d?.said, pick, d?.kind);
}

/**
 * The clauses of `args` (but `skip`), ordered by rank with some variation. `call` carries the
 * plan's derivations; without it every value is stated.
 */
export function clausesOf(api: ApiSpec, args: Readonly<Obj>, pick: Pick, rng: Rng, skip?: ReadonlySet<string>, call?: PlannedCall): string[] {
  const keys = Object.keys(args).filter((k) => !skip?.has(k));
  const parts: { rank: number; text: string }[] = [];
  const pairs = pairsIn(api.parameters as Schema);
  const done = pairs.length > 0 ? new Set<string>() : undefined;
  for (const [a, b, tpl] of pairs) {
    if (!(a in args) || !(b in args) || skip?.has(a) || skip?.has(b)) continue;
    const one = pointSaid(derivationOf(call, a), derivationOf(call, b), pick);
    if (one !== undefined) {
      // A latitude and longitude said by one name (a city whose centre they are, "the same spot"): one place, once.
      parts.push({ rank: RANK.place, text: one });
      done?.add(a).add(b);
      continue;
    }
    if (call && (saidFor(call, a) !== undefined || saidFor(call, b) !== undefined)) continue;
    parts.push({ rank: argSpeaker(api, a).rank, text: pairClause(tpl, args[a], args[b], pick) });
    done?.add(a).add(b);
  }
  for (const k of keys) {
    if (done?.has(k)) continue;
    const sp = argSpeaker(api, k);
    const v = args[k];
    if (sp.flatten && v && typeof v === 'object' && !Array.isArray(v) && !(call && saidFor(call, k) !== undefined)) {
      // Options grouped in an object are said as details of the request itself (in the plan's words where it has some).
      for (const text of fieldClauses(api, v as Obj, (api.parameters.properties[k] ?? {}) as Schema, k, pick, derivationOf(call, k)?.parts)) parts.push({ rank: RANK.option, text });
      continue;
    }
    parts.push({ rank: sp.rank, text: clauseOf(api, k, args[k], pick, call) });
  }
  const out = parts.sort((x, y) => x.rank - y.rank).map((p) => p.text).filter((t) => t !== '');
  // People do not always say things in the same order.
  if (out.length >= 2 && rng.next() < 0.3) {
    const i = rng.int(0, out.length - 2);
    [out[i], out[i + 1]] = [out[i + 1], out[i]];
  }
  return out;
}

/** Clauses that continue a phrase without a comma: "from Boston to Lisbon on 2026-12-04". */
export const FLOWS = /^(from|to|in|on|at|for|with|under|over|near|around|by|within|leaving|departing|returning|coming|starting|until|through|since|after|before|into|out|going|rated|sorted|ordered|about|matching|covering|tagged|inviting|assigned|landing|back|due|born|as|via|up to|no more|no further|just|only|of|worth|weighing|picking|dropping|ending|beginning|below|above|once|saying|that|called|titled|named|reading|asking|answering|described|changing|updating|shipped|delivered|billed|including|without|and|not|skipping|aged|tipping|borrowing|earning|scoring|reminding|holding|listed|made|flying|published|using|having|seeing|reviewed|sent|copying|reachable|effective|dated|taken|measured|proposing|suggesting|it happened|which|offset|waiting|lasting|over|plus|times)\b/;

const firstWord = (s: string): string => {
  const i = s.indexOf(' ');
  return i < 0 ? s : s.slice(0, i);
};

/** Clauses joined as a sentence joins them. */
export function joinClauses(parts: readonly string[], pick: Pick): string {
  if (parts.length === 0) return '';
  let s = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    const prev = parts[i - 1];
    const flows = prev.length < 48 && !prev.includes(',') && !/["']$/.test(prev) && firstWord(p) !== firstWord(prev) && FLOWS.test(p);
    if (flows && i < 3) s += ` ${p}`;
    // A clause that brings its own "and" ("and let everyone know") takes no second one.
    else if (i === parts.length - 1 && parts.length >= 3) s += (/^and /.test(p) ? ', ' : pick([', and ', ' and ', ', '])) + p;
    else s += `, ${p}`;
  }
  return s;
}
