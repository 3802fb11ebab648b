/**
 * Class 18: a result reports, under another name, a state other than the one the call asked
 * for: arm_home_alarm `mode: armed_night` answered `state: armed_away`, set_smart_lock_state
 * `action: lock` answered `state: unlocked`. Judged where an argument has an enum, and a field of
 * the result's own (top level or its data envelope) named as a state (state, status, mode,
 * response, ...) holds one of the argument's enum values, as it is or as the state the action
 * leaves (lock -> locked): then it must be the asked one. A state outside the argument's
 * vocabulary ("arming", "pending") is not judged; nor are fields about another moment
 * (previous_state) or two names qualified differently (fan_mode against hvac_mode). A flag of the
 * result reports the state too: `action: pause` answered `is_playing: true` is flagged.
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { show, words } from '../fields.js';
import { isObject, paramSchema, type CallView } from '../record-view.js';

const STATE_WORDS = new Set(['state', 'status', 'mode', 'response', 'decision', 'outcome', 'action', 'position', 'setting', 'answer', 'rsvp']);
const OTHER_MOMENT = new Set(['previous', 'prev', 'old', 'from', 'prior', 'before', 'original', 'initial', 'last']);
const PLAIN = new Set([...STATE_WORDS, 'current', 'new', 'final', 'target', 'desired', 'requested', 'result']);

/** The value, and the state an action leaves: lock -> locked, approve -> approved, hide -> hidden. */
function states(v: string): string[] {
  const w = v.toLowerCase();
  const odd: Record<string, string> = { hide: 'hidden', stop: 'stopped', ship: 'shipped', pin: 'pinned', run: 'running' };
  return [w, odd[w] ?? (w.endsWith('e') ? `${w}d` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : `${w}ed`)];
}

function ownFields(result: unknown): Readonly<Record<string, unknown>> | undefined {
  if (!isObject(result)) return undefined;
  const inner = isObject(result.data) ? result.data : isObject(result.result) ? result.result : undefined;
  return inner ? { ...inner, ...result } : result;
}

const qualifiers = (w: readonly string[]): string[] => w.filter((x) => !PLAIN.has(x));

export function requestedStateFinding(call: CallView): Finding | undefined {
  const fields = ownFields(call.result);
  if (call.failed || !fields) return undefined;
  const checks: { arg: string; sent: string; field: string; got: string }[] = [];
  for (const [arg, sent] of Object.entries(call.args)) {
    const e = paramSchema(call.def, arg)?.enum;
    if (typeof sent !== 'string' || !Array.isArray(e) || e.length < 2) continue;
    const vocabulary = new Set(e.filter((x): x is string => typeof x === 'string').flatMap(states));
    const aq = qualifiers(words(arg));
    for (const [field, got] of Object.entries(fields)) {
      const fw = words(field);
      if (field === arg || typeof got !== 'string' || !STATE_WORDS.has(fw[fw.length - 1]) || fw.some((x) => OTHER_MOMENT.has(x))) continue;
      const fq = qualifiers(fw);
      if (aq.length > 0 && fq.length > 0 && !fq.some((x) => aq.includes(x))) continue;
      if (vocabulary.has(got.toLowerCase())) checks.push({ arg, sent, field, got });
    }
  }
  const flagChecks: { arg: string; sent: string; field: string; got: boolean; want: boolean }[] = [];
  for (const [arg, sent] of Object.entries(call.args)) {
    if (typeof sent !== 'string') continue;
    for (const [field, got] of Object.entries(fields)) {
      const want = typeof got === 'boolean' ? FLAGS[words(field).filter((w) => w !== 'is').join('_')]?.[sent.toLowerCase()] : undefined;
      if (want !== undefined) flagChecks.push({ arg, sent, field, got: got as boolean, want });
    }
  }
  return judgeAll<() => Finding | undefined>(
    [
      ...checks.map((c) => () => finding(states(c.sent).includes(c.got.toLowerCase()) ? undefined : `${call.name}: ${c.arg} ${show(c.sent)} asked, result ${c.field} says ${show(c.got)}`)),
      ...flagChecks.map((c) => () => finding(c.got === c.want ? undefined : `${call.name}: ${c.arg} ${show(c.sent)} asked, result ${c.field} says ${String(c.got)}`)),
    ],
    (f) => f(),
  );
}

/** What an action leaves a flag at: pause leaves playing false, lock leaves locked true. */
const FLAGS: Readonly<Record<string, Readonly<Record<string, boolean>>>> = {
  playing: { play: true, resume: true, pause: false, stop: false },
  paused: { pause: true, play: false, resume: false },
  locked: { lock: true, unlock: false },
  enabled: { enable: true, disable: false },
  muted: { mute: true, unmute: false },
  on: { turn_on: true, turn_off: false },
  armed: { arm: true, disarm: false },
  subscribed: { subscribe: true, unsubscribe: false },
};

export const requestedState: Detector = {
  key: 'requested-state',
  title: 'result state contradicts the state asked for under another name',
  check: (view) => judgeAll(view.calls, requestedStateFinding),
};
