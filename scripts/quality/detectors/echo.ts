/**
 * Class 2: a result field that names an argument (the same name, or url/<thing>_url and
 * id/<thing>_id when the tool is about that thing) and says something else; a parameter left
 * to its default that comes back with another value; a created or updated record whose fields
 * differ from what was sent (arrays of objects: every value given back for a sub-field must be
 * one of the values sent for it).
 */
import { CLEAN, finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { show, words } from '../fields.js';
import { isObject, paramSchema, type CallView } from '../record-view.js';
import { sameValue } from '../same-value.js';

/** Arguments that hold the new values of an update. */
const CHANGE_HOLDERS = new Set(['changes', 'updates', 'update', 'fields', 'patch', 'attributes', 'set', 'values']);
/** Tools whose result holds a transformed amount, text or unit under the argument's name. */
const TRANSFORMS = new Set(['convert', 'translate', 'transform', 'exchange', 'calculate', 'compute', 'estimate', 'format', 'normalize', 'round']);
const TRANSFORMED = new Set(['amount', 'value', 'text', 'unit', 'units', 'quantity']);
/** Values that stand for another the tool resolves ("primary" calendar, "auto_detect" carrier). */
const SYMBOLIC = new Set(['primary', 'me', 'self', 'default', 'auto', 'auto_detect', 'autodetect', 'detect', 'latest', 'current', 'now', 'today', 'all', 'any', 'main']);
/** A parameter that only helps read another (a region to parse national phone numbers): the result may differ. */
const HINT = /\b(used to (parse|interpret|resolve|detect)|to parse|hint|fallback|national-format)\b/i;

/** The result's own fields: its top level, or the object a data/result envelope holds. */
function resultFields(result: unknown): Readonly<Record<string, unknown>> | undefined {
  if (!isObject(result)) return undefined;
  for (const wrap of ['data', 'result']) {
    const inner = result[wrap];
    if (isObject(inner)) return { ...inner, ...result };
  }
  return result;
}

/** What the call set: its arguments, and the fields inside an update's changes. */
function sentFields(call: CallView): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(call.args)) if (CHANGE_HOLDERS.has(k) && isObject(v)) for (const [ck, cv] of Object.entries(v)) out.set(ck, cv);
  for (const [k, v] of Object.entries(call.args)) out.set(k, v);
  return out;
}

/** The result field that names argument `key`: the same name, or an alias about the tool's own thing. */
function echoKey(key: string, fields: Readonly<Record<string, unknown>>, callWords: readonly string[]): string | undefined {
  if (key in fields) return key;
  const w = words(key);
  const last = w[w.length - 1];
  if ((last === 'id' || last === 'url') && w.length > 1 && last in fields) {
    const thing = w.slice(0, -1);
    if (thing.every((t) => callWords.includes(t) || callWords.includes(`${t}s`))) return last;
  }
  return undefined;
}

/** Where a value given back disagrees with the one sent, or undefined. */
function contradiction(sent: unknown, got: unknown, at: string): string | undefined {
  if (Array.isArray(sent) && Array.isArray(got)) {
    if (sent.every((s) => isObject(s))) {
      for (const sub of new Set(sent.flatMap((s) => Object.keys(s as object)))) {
        if (!sent.every((s) => sub in (s as object))) continue;
        const allowed = sent.map((s) => (s as Record<string, unknown>)[sub]);
        for (const g of got) {
          if (!isObject(g) || !(sub in g) || isObject(g[sub]) || Array.isArray(g[sub])) continue;
          if (!allowed.some((a) => sameValue(a, g[sub]))) return `${at}[].${sub} ${show(g[sub])} not among those sent`;
        }
      }
      return undefined;
    }
    const extra = got.find((g) => !isObject(g) && !Array.isArray(g) && !sent.some((s) => sameValue(s, g)));
    return extra === undefined ? undefined : `${at} gives back ${show(extra)}, not sent (${show(sent)})`;
  }
  if (isObject(sent) && isObject(got)) {
    for (const [k, v] of Object.entries(sent)) {
      const bad = k in got ? contradiction(v, got[k], `${at}.${k}`) : undefined;
      if (bad) return bad;
    }
    return undefined;
  }
  if (isObject(sent) || isObject(got) || Array.isArray(sent) || Array.isArray(got)) return undefined;
  return sameValue(sent, got) ? undefined : `${at} sent ${show(sent)}, result says ${show(got)}`;
}

/** The call's result against what it was sent; undefined when no result field names an argument. */
export function echoFinding(call: CallView): Finding | undefined {
  const fields = resultFields(call.result);
  if (call.failed || !fields) return undefined;
  const callWords = words(call.name);
  const transforms = TRANSFORMS.has(callWords[0]);
  let compared = false;
  const sent = sentFields(call);
  const props = call.def?.parameters?.properties;
  if (isObject(props)) {
    for (const p of Object.keys(props)) {
      const d = paramSchema(call.def, p)?.default;
      if (!sent.has(p) && d !== undefined && !isObject(d) && !Array.isArray(d) && p in fields) sent.set(`${p} (default)`, d);
    }
  }
  for (const [label, value] of sent) {
    const key = label.replace(/ \(default\)$/, '');
    if (transforms && TRANSFORMED.has(key)) continue;
    if (typeof value === 'string' && SYMBOLIC.has(value.toLowerCase())) continue;
    const about = paramSchema(call.def, key)?.description;
    if (typeof about === 'string' && HINT.test(about)) continue;
    const r = echoKey(key, fields, callWords);
    if (r === undefined) continue;
    compared = true;
    const bad = contradiction(value, fields[r], label === key ? key : label);
    if (bad) return finding(`${call.name}: ${bad}`);
  }
  return compared ? CLEAN : undefined;
}

export const echo: Detector = {
  key: 'echo',
  title: 'result echo contradicts an argument',
  check: (view) => judgeAll(view.calls, echoFinding),
};
