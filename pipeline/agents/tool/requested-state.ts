/**
 * A result field that reports the state a call asked for under another name: arm_home_alarm's
 * `mode: armed_night` comes back as `state`, set_smart_lock_state's `action: lock` as `state:
 * locked`, a reply's `response: declined` as `status`. The field is found by meaning, not by tool:
 * its enum speaks the argument's vocabulary (it holds at least two of the argument's enum values,
 * as they are or as the state each action leaves: lock -> locked, approve -> approved), so it
 * holds the value the call asked for. Fields about another moment (previous_state, from_status)
 * keep theirs; a field an echo already fixed is left alone. A flag reports it too: `action:
 * pause` leaves `is_playing: false`, `action: lock` leaves `locked: true`.
 */
import { typeOf, type Schema } from '../../values/values.js';
import { argValue, isPinned, ownLevel, pin, type ArgLeaf, type Obj, type Rule } from './call-context.js';
import { snake } from './names.js';

/** Fields about another moment than the one the call leaves. */
const OTHER_MOMENT = /(^|_)(previous|prev|old|from|prior|before|original|initial|last)(_|$)/;

/** The states an action leaves (lock -> locked, approve -> approved, hide -> hidden), the value itself first. */
export function statesOf(v: string): readonly string[] {
  const w = v.toLowerCase();
  const irregular: Record<string, string> = { hide: 'hidden', begin: 'begun', set: 'set', shut: 'shut', put: 'put', stop: 'stopped', ship: 'shipped', pin: 'pinned', mute: 'muted', run: 'running' };
  const done = irregular[w] ?? (w.endsWith('e') ? `${w}d` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : `${w}ed`);
  return [v, done];
}

interface Target {
  readonly leaf: ArgLeaf;
  /** Keys from the body to the object holding the field. */
  readonly at: readonly string[];
  readonly key: string;
  readonly values: readonly string[];
}

/** The state a field holds for the argument's value `v`, or undefined. */
function stateFor(v: unknown, values: readonly string[]): string | undefined {
  if (typeof v !== 'string') return undefined;
  return statesOf(v).find((s) => values.includes(s));
}

/** Each field of the body and of its objects two levels down, with the keys leading to its object. */
function eachField(s: Schema, at: readonly string[], visit: (key: string, p: Schema, at: readonly string[]) => void): void {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  for (const key in props) {
    const p = props[key];
    if (p.properties && at.length < 2) eachField(p, [...at, key], visit);
    else visit(key, p, at);
  }
}

/** The object at keys `at` of the body, when it is one. */
function objectAt(b: Obj, at: readonly string[]): Obj | undefined {
  let o: unknown = b;
  for (const k of at) o = o && typeof o === 'object' ? (o as Obj)[k] : undefined;
  return o && typeof o === 'object' && !Array.isArray(o) ? (o as Obj) : undefined;
}

function targetsOf(s: Schema, leaves: readonly ArgLeaf[], out: Target[]): void {
  eachField(s, [], (key, p, at) => {
    if (typeOf(p) !== 'string' || !Array.isArray(p.enum) || OTHER_MOMENT.test(snake(key))) return;
    const values = (p.enum as unknown[]).filter((e): e is string => typeof e === 'string');
    for (const leaf of leaves) {
      const asked = Array.isArray(leaf.schema.enum) ? (leaf.schema.enum as unknown[]).filter((e): e is string => typeof e === 'string') : [];
      // The same key is an echo's (echo.ts); an argument nested in a thing of its own is about that thing.
      if (asked.length < 2 || !ownLevel(leaf) || snake(leaf.name) === snake(key)) continue;
      const shared = asked.filter((a) => stateFor(a, values) !== undefined).length;
      if (shared >= 2 && shared * 2 >= asked.length) {
        out.push({ leaf, at, key, values });
        break;
      }
    }
  });
}

/**
 * A flag a result reports for an action asked (`action: pause` leaves `is_playing: false`): the
 * flag's word (is_ taken off) and, for each action, the value it leaves.
 */
const FLAG_ACTIONS: Readonly<Record<string, Readonly<Record<string, boolean>>>> = {
  playing: { play: true, resume: true, pause: false, stop: false },
  paused: { pause: true, play: false, resume: false },
  locked: { lock: true, unlock: false },
  enabled: { enable: true, disable: false },
  active: { activate: true, enable: true, start: true, deactivate: false, disable: false, stop: false },
  muted: { mute: true, unmute: false },
  on: { on: true, turn_on: true, off: false, turn_off: false },
  open: { open: true, close: false },
  armed: { arm: true, disarm: false, disarmed: false, armed_away: true, armed_home: true, armed_night: true, armed_vacation: true, armed_stay: true },
  subscribed: { subscribe: true, unsubscribe: false },
  running: { start: true, run: true, resume: true, stop: false, pause: false },
};

interface FlagTarget {
  readonly leaf: ArgLeaf;
  readonly at: readonly string[];
  readonly key: string;
  readonly leaves: Readonly<Record<string, boolean>>;
}

function flagTargetsOf(s: Schema, leaves: readonly ArgLeaf[], out: FlagTarget[]): void {
  eachField(s, [], (key, p, at) => {
    const actions = typeOf(p) === 'boolean' ? FLAG_ACTIONS[snake(key).replace(/^is_/, '')] : undefined;
    if (!actions) return;
    const leaf = leaves.find((l) => ownLevel(l) && Array.isArray(l.schema.enum) && (l.schema.enum as unknown[]).some((e) => typeof e === 'string' && e.toLowerCase() in actions));
    if (leaf) out.push({ leaf, at, key, leaves: actions });
  });
}

/** The rule setting the fields that report the asked state; undefined when the result has none. */
export function requestedStateRule(body: Schema, leaves: readonly ArgLeaf[]): Rule | undefined {
  const targets: Target[] = [];
  targetsOf(body, leaves, targets);
  const flags: FlagTarget[] = [];
  flagTargetsOf(body, leaves, flags);
  if (targets.length === 0 && flags.length === 0) return undefined;
  return (b, c) => {
    for (const t of flags) {
      const o = objectAt(b, t.at);
      if (!o || typeof o[t.key] !== 'boolean' || isPinned(c, o, t.key)) continue;
      const asked = argValue(c.args, t.leaf);
      const left = typeof asked === 'string' ? t.leaves[asked.toLowerCase()] : undefined;
      if (left === undefined) continue;
      o[t.key] = left;
      pin(c, o, t.key);
    }
    for (const t of targets) {
      const o = objectAt(b, t.at);
      if (!o || o[t.key] === undefined || isPinned(c, o, t.key)) continue;
      const state = stateFor(argValue(c.args, t.leaf), t.values);
      if (state === undefined) continue;
      o[t.key] = state;
      pin(c, o, t.key);
    }
  };
}
