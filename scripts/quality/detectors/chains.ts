/**
 * Class 14: dependent chains across systems. A dependent step is a later call taking a value
 * that only an earlier call's result gave (not the user, not an earlier call's arguments). An
 * identifier means something only in the system that issued it: it must not flow between
 * tools of different domains (a legislative bill id paying a utility bill), nor from one kind
 * of entity into a parameter of another (an order id as a customer id; a light's device id
 * into a lock). Values that mean the same everywhere (a URL, an address, an email, a city, a
 * date) may cross systems.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { leaves, show, words } from '../fields.js';
import { isObject, type CallView, type RecordView } from '../record-view.js';

const NOT_IDS = new Set(['phone', 'mobile', 'fax', 'street', 'house', 'building', 'apartment', 'unit', 'serial', 'page', 'account']);
const GENERIC = new Set(['item', 'items', 'resource', 'object', 'record', 'entity', 'external', 'parent', 'target', 'source', 'reference', 'ref', 'related']);
const DEVICE_CLASSES: readonly [RegExp, string][] = [
  [/^(light|lights|lamp|lamps|bulb|bulbs|lighting)$/, 'light'],
  [/^(lock|locks|door|doors|deadbolt)$/, 'lock'],
  [/^(thermostat|thermostats|hvac|heating|climate)$/, 'thermostat'],
  [/^(camera|cameras|doorbell)$/, 'camera'],
  [/^(speaker|speakers|playback|player)$/, 'speaker'],
  [/^(plug|plugs|outlet|outlets|switch|switches)$/, 'plug'],
  [/^(alarm|alarms)$/, 'alarm'],
  [/^(vacuum|vacuums)$/, 'vacuum'],
  [/^(blind|blinds|shade|shades|curtain|curtains)$/, 'blind'],
  [/^(tv|television)$/, 'tv'],
];

const singular = (s: string): string => (s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s);

/** An identifier field: ..._id, ..._ids, ..._uuid, ..._number (not a phone or street number). */
export function isIdKey(key: string): boolean {
  const w = words(key);
  const last = w[w.length - 1];
  if (last === 'id' || last === 'ids' || last === 'uuid') return true;
  return last === 'number' && w.length > 1 && !NOT_IDS.has(w[w.length - 2]);
}

/** The entity an identifier names: its field without "id" ("event_id" -> event), or for a bare id what holds it. */
export function entityKind(key: string, path: string, tool: string): string[] {
  const w = words(key).filter((x) => !['id', 'ids', 'uuid', 'number'].includes(x));
  if (w.length > 0) return w.map(singular);
  const holder = path.split('.').slice(0, -1).reverse().find((p) => !/^\d+$/.test(p) && !['data', 'result', 'results', 'items'].includes(p));
  if (holder) return words(holder).map(singular);
  return words(tool).slice(1).map(singular);
}

function compatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.some((x) => GENERIC.has(x)) || b.some((x) => GENERIC.has(x))) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.every((x, i) => l[l.length - s.length + i] === x) || s.every((x) => l.includes(x));
}

function deviceClass(texts: readonly string[]): string | undefined {
  for (const t of texts) for (const w of words(t)) for (const [re, c] of DEVICE_CLASSES) if (re.test(w)) return c;
  return undefined;
}

const a = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

interface Source {
  readonly call: CallView;
  readonly key: string;
  readonly path: string;
  readonly holder: Readonly<Record<string, unknown>> | readonly unknown[];
}

/** Why the step from `src` into parameter `param` of `call` is wrong, or undefined. */
function badStep(src: Source, call: CallView, param: string, value: unknown): string | undefined {
  if (!isIdKey(src.key) && !isIdKey(param)) return undefined;
  const what = `${src.call.name} ${src.path} ${show(value)} -> ${call.name}.${param}`;
  if (src.call.domain && call.domain && src.call.domain !== call.domain) return `${what}: an id of ${src.call.domain} used in ${call.domain}`;
  const from = entityKind(src.key, src.path, src.call.name);
  const into = entityKind(param, param, call.name);
  if (!compatible(from, into)) return `${what}: ${a(from.join(' '))} id into ${a(into.join(' '))} parameter`;
  if (from.includes('device') || into.includes('device')) {
    const holder = isObject(src.holder) ? src.holder : {};
    const typed = ['type', 'device_type', 'category', 'kind'].map((k) => holder[k]).filter((v): v is string => typeof v === 'string');
    const sourceDevice = deviceClass([src.call.name]) ?? deviceClass(typed);
    const targetDevice = deviceClass([call.name]);
    if (sourceDevice && targetDevice && sourceDevice !== targetDevice) return `${what}: ${a(sourceDevice)}'s device id into ${a(targetDevice)} tool`;
  }
  return undefined;
}

interface Step {
  readonly src: Source;
  readonly call: CallView;
  readonly param: string;
  readonly value: unknown;
}

/** The record's dependent steps: a later call's argument whose value only an earlier result gave. */
export function* dependentSteps(view: RecordView): Generator<Step> {
  const users = view.record.messages.map((m) => (m.role === 'user' ? m.content : ''));
  for (const [j, call] of view.calls.entries()) {
    const said = users.slice(0, call.message).join('\n');
    const earlier = view.calls.slice(0, j);
    for (const leaf of leaves(call.args)) {
      const v = leaf.value;
      if (typeof v === 'boolean' || (typeof v === 'string' && v.length < 3) || (typeof v === 'number' && !(isIdKey(leaf.key) && v >= 1000))) continue;
      if (said.includes(String(v)) || earlier.some((c) => [...leaves(c.args)].some((l) => l.value === v))) continue;
      let src: Source | undefined;
      for (const c of earlier) {
        if (c.failed || c.message >= call.message) continue;
        for (const l of leaves(c.result)) if (l.value === v) src = { call: c, key: l.key, path: l.path, holder: l.parent };
      }
      if (src) yield { src, call, param: leaf.key, value: v };
    }
  }
}

export const chains: Detector = {
  key: 'chains',
  title: 'cross-system dependent chains',
  check: (view) => judgeAll(dependentSteps(view), (st) => finding(badStep(st.src, st.call, st.param, st.value))),
};
