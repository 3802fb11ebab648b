/**
 * Ends of ranges in order, in the result's objects and listed items: a start before its end, a
 * departure before its arrival, a minimum below its maximum, created before updated. An end the
 * call fixed stays; the other end moves, keeping the gap. A duration asked for sets the end.
 */
import { typeOf, type Schema } from '../../values/values.js';
import { admits, drawnLike, fitNumber } from './admits.js';
import { argValue, isPinned, ownLevel, pin, type ArgLeaf, type CallContext, type Obj, type Rule } from './call-context.js';
import { atMinute, isIsoDate, minuteOf } from './days.js';
import { snake, tokens } from './names.js';

const ORDERED: readonly (readonly [string, string])[] = [
  ['start', 'end'], ['starts', 'ends'], ['from', 'to'], ['min', 'max'], ['minimum', 'maximum'], ['low', 'high'], ['lower', 'upper'],
  ['in', 'out'], ['departure', 'arrival'], ['departs', 'arrives'], ['pickup', 'dropoff'], ['open', 'close'], ['opened', 'closed'],
  ['effective', 'expiration'], ['effective', 'expiry'], ['created', 'updated'], ['sent', 'delivered'], ['earliest', 'latest'], ['begin', 'end'], ['issued', 'expires'],
];

interface ObjPairs {
  readonly pairs: readonly (readonly [string, string])[];
  /** Values inside a pair's range: a bar's open and close between its low and high, a mean between min and max. */
  readonly between: readonly (readonly [string, string, string, Schema])[];
  readonly objects: readonly (readonly [string, ObjPairs])[];
  readonly lists: readonly (readonly [string, ObjPairs])[];
}

const INSIDE = /^(open|close|mean|avg|average|median|current|typical|estimate|value)$/;
const kindOf = (s: Schema): string => (s.format === 'date' || s.format === 'date-time' ? 'date' : /^(number|integer)$/.test(typeOf(s)) && !s.enum ? 'number' : '');

function pairsIn(s: Schema, depth: number): ObjPairs {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const keys = Object.keys(props);
  const pairs: [string, string][] = [];
  for (const a of keys) {
    const ta = tokens(a);
    for (const b of keys) {
      const tb = tokens(b);
      if (a === b || ta.length !== tb.length || kindOf(props[a]) === '' || kindOf(props[a]) !== kindOf(props[b])) continue;
      const diff = ta.map((t, i) => (t === tb[i] ? -1 : i)).filter((i) => i >= 0);
      if (diff.length === 1 && ORDERED.some(([x, y]) => ta[diff[0]] === x && tb[diff[0]] === y)) pairs.push([a, b]);
    }
  }
  const between: [string, string, string, Schema][] = [];
  for (const [a, b] of pairs) {
    if (kindOf(props[a]) !== 'number' || !/^(low|min|minimum|lower)$/.test(tokens(a).find((t, i) => t !== tokens(b)[i]) ?? '')) continue;
    const i = tokens(a).findIndex((t, j) => t !== tokens(b)[j]);
    for (const k of keys) {
      const tk = tokens(k);
      if (kindOf(props[k]) === 'number' && tk.length === tokens(a).length && tk.every((t, j) => (j === i ? INSIDE.test(t) : t === tokens(a)[j]))) between.push([k, a, b, props[k]]);
    }
  }
  const objects: [string, ObjPairs][] = [];
  const lists: [string, ObjPairs][] = [];
  if (depth < 3) {
    for (const k of keys) {
      const p = props[k];
      const sub = p.properties ? pairsIn(p, depth + 1) : (p.items as Schema | undefined)?.properties ? pairsIn(p.items as Schema, depth + 1) : undefined;
      if (!sub || (sub.pairs.length === 0 && sub.between.length === 0 && sub.objects.length === 0 && sub.lists.length === 0)) continue;
      (p.properties ? objects : lists).push([k, sub]);
    }
  }
  return { pairs, between, objects, lists };
}

function order(o: Obj, a: string, b: string, c: CallContext): void {
  const x = o[a];
  const y = o[b];
  if (typeof x === 'number' && typeof y === 'number') {
    if (x <= y) return;
    const pa = isPinned(c, o, a);
    const pb = isPinned(c, o, b);
    if (!pa && !pb) [o[a], o[b]] = [y, x];
    else if (!pb) o[b] = x;
    else if (!pa) o[a] = y;
    return;
  }
  if (!isIsoDate(x) || !isIsoDate(y)) return;
  const mx = minuteOf(x);
  const my = minuteOf(y);
  if (mx <= my) return;
  const gap = mx - my;
  if (!isPinned(c, o, b)) o[b] = atMinute(y, mx + (y.length === 10 ? Math.max(1440, Math.round(gap / 1440) * 1440) : gap));
  else if (!isPinned(c, o, a)) o[a] = atMinute(x, my - (x.length === 10 ? Math.max(1440, Math.round(gap / 1440) * 1440) : gap));
}

function walk(o: Obj, p: ObjPairs, c: CallContext): void {
  for (const [a, b] of p.pairs) order(o, a, b, c);
  for (const [k, a, b, s] of p.between) {
    const [v, lo, hi] = [o[k], o[a], o[b]];
    if (typeof v !== 'number' || typeof lo !== 'number' || typeof hi !== 'number' || (v >= lo && v <= hi)) continue;
    const inside = isPinned(c, o, k) ? undefined : fitNumber(s, drawnLike(lo + (hi - lo) * c.rng.next(), v), v);
    if (inside !== undefined && inside >= lo && inside <= hi) o[k] = inside;
    else if (v < lo && !isPinned(c, o, a)) o[a] = v;
    else if (v > hi && !isPinned(c, o, b)) o[b] = v;
  }
  for (const [k, sub] of p.objects) if (o[k] && typeof o[k] === 'object') walk(o[k] as Obj, sub, c);
  for (const [k, sub] of p.lists) if (Array.isArray(o[k])) for (const it of o[k] as unknown[]) if (it && typeof it === 'object') walk(it as Obj, sub, c);
}

const MINUTES: Record<string, number> = { minutes: 1, minute: 1, min: 1, mins: 1, hours: 60, hour: 60, h: 60, hrs: 60, seconds: 1 / 60, s: 1 / 60, secs: 1 / 60, days: 1440 };

/** The rule putting a body's range ends in order, after setting an end from a duration the call asks for. */
export function orderRule(body: Schema, leaves: readonly ArgLeaf[]): Rule | undefined {
  const p = pairsIn(body, 0);
  const props = (body.properties ?? {}) as Record<string, Schema>;
  const dur = leaves.find((l) => ownLevel(l) && /^(number|integer)$/.test(l.type) && tokens(l.name).some((t) => /^(duration|length)$/.test(t)) && tokens(l.name).some((t) => t in MINUTES));
  const unit = dur ? MINUTES[tokens(dur.name).find((t) => t in MINUTES) as string] : 0;
  const start = Object.keys(props).find((k) => props[k].format === 'date-time' && /^(start|starts_at|start_time|start_at|begins_at)$/.test(snake(k)));
  const end = start && Object.keys(props).find((k) => props[k].format === 'date-time' && /^(end|ends_at|end_time|end_at)$/.test(snake(k)));
  // expires_in_days: 3 -> expires_at three days from now.
  const within = leaves
    .filter((l) => ownLevel(l) && /^(number|integer)$/.test(l.type) && tokens(l.name).includes('in') && tokens(l.name).some((t) => t in MINUTES))
    .map((l) => [l, Object.keys(props).find((k) => (props[k].format === 'date-time' || props[k].format === 'date') && tokens(k)[0] === tokens(l.name)[0])] as const)
    .filter((x): x is readonly [ArgLeaf, string] => x[1] !== undefined);
  if (p.pairs.length === 0 && p.between.length === 0 && p.objects.length === 0 && p.lists.length === 0 && !(dur && end) && within.length === 0) return undefined;
  return (b, c) => {
    for (const [l, k] of within) {
      const n = argValue(c.args, l);
      const u = MINUTES[tokens(l.name).find((t) => t in MINUTES) as string];
      if (typeof n !== 'number' || !isIsoDate(b[k]) || isPinned(c, b, k)) continue;
      const next = atMinute(b[k] as string, minuteOf(c.now) + Math.round(n * u));
      if (admits(props[k], next)) b[k] = next;
      pin(c, b, k);
    }
    if (dur && start && end && isIsoDate(b[start]) && isIsoDate(b[end]) && !isPinned(c, b, end)) {
      const d = argValue(c.args, dur);
      const next = typeof d === 'number' && d > 0 ? atMinute(b[end] as string, minuteOf(b[start]) + Math.round(d * unit)) : undefined;
      if (next && admits(props[end], next)) {
        b[end] = next;
        pin(c, b, end);
      }
    }
    walk(b, p, c);
  };
}
