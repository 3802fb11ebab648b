/**
 * Text helpers shared by the offline agents: how a value is stated, how a tool's purpose is
 * phrased (from its phrase fragments or its description), how a number reads with its unit.
 * (How a result reads in the assistant's answer is assistant/facts.ts.)
 */
import type { ApiSpec } from '../../api-pool/types.js';
import type { ToolDefinition } from '../../core/record.js';
import { TOOL_PHRASES, type ParamPhrase } from './phrases.js';

export type Obj = Record<string, unknown>;
export type Pick = <T>(items: readonly T[]) => T;

export const cap = (s: string): string => (s === '' ? s : s[0].toUpperCase() + s.slice(1));
const labels = new Map<string, string>();
/** "departure_date" -> "departure date" (memoised: the same few hundred keys recur). */
export function humanize(key: string): string {
  let l = labels.get(key);
  if (l === undefined) {
    l = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().trim();
    if (labels.size < 10_000) labels.set(key, l);
  }
  return l;
}

export function listOf(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** A value as a person would state it; strings stay verbatim. */
export function say(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return listOf(v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? sayObjectInList(x as Obj) : say(x))));
  if (v && typeof v === 'object') return sayObject(v as Obj);
  return String(v);
}

function sayObject(o: Obj): string {
  const keys = Object.keys(o);
  const q = keys.find((k) => /quantity|count|qty/i.test(k));
  if (q && keys.length === 2) return `${say(o[q])} x ${say(o[keys[0] === q ? keys[1] : keys[0]])}`;
  return keys.map((k) => `${humanize(k)} ${say(o[k])}`).join(', ');
}

function sayObjectInList(o: Obj): string {
  const s = sayObject(o);
  return s.includes(',') ? `(${s})` : s;
}

// ── per-tool phrasing (cached per ApiSpec) ─────────────────────────────────────────────
export interface ToolText {
  readonly asks: readonly string[];
  /** What the tool does, from its description, as a verb phrase ("get the ..."). */
  readonly does: string;
  /** The same, cut before its first comma or parenthesis, to list beside others. */
  readonly short: string;
  readonly params: Readonly<Record<string, ParamPhrase>>;
  readonly def: ToolDefinition;
}
const toolText = new WeakMap<ApiSpec, ToolText>();

/** "Get the current weather for a city." -> "get the current weather for a city". */
function askFromDescription(description: string): string {
  let s = description.split(/(?<=[.!?])\s/)[0].replace(/[.!?]+$/, '').trim();
  s = s.replace(/^(\w+?)(e?s)\b/, (m, stem: string, suffix: string) =>
    /^(gets|returns|retrieves|fetches|finds|creates|sends|lists|searches|calculates|computes|checks|books|converts|updates|deletes|looks|cancels|removes|transfers|pays|purchases|voids|revokes|refunds|submits|schedules|records|logs|adds|sets|places|estimates|compares|generates|starts|stops|registers|initiates|requests|withdraws|posts|shares|tracks)$/i.test(m)
      ? stem + (suffix === 'es' && !/(ch|sh|x|ss)$/i.test(stem) ? 'e' : '')
      : m,
  );
  if (s.length > 1 && s[1] !== s[1].toUpperCase()) s = s[0].toLowerCase() + s.slice(1);
  // A sentence cut inside a parenthesis ("(CKAN-style, e.g. ...") is cut before it instead.
  while (s.split('(').length > s.split(')').length && s.includes('(')) s = s.slice(0, s.lastIndexOf('(')).replace(/[\s,;:-]+$/, '');
  while (s.split('[').length > s.split(']').length && s.includes('[')) s = s.slice(0, s.lastIndexOf('[')).replace(/[\s,;:-]+$/, '');
  return s || 'use a tool';
}

export function textOf(api: ApiSpec): ToolText {
  let t = toolText.get(api);
  if (t) return t;
  const phrases = TOOL_PHRASES[api.name];
  const does = askFromDescription(api.description);
  t = {
    asks: phrases?.asks ?? [does],
    does,
    short: does.split(/,| \(|:/)[0],
    params: phrases?.params ?? {},
    def: { type: 'function', function: { name: api.name, description: api.description, parameters: api.parameters } },
  };
  toolText.set(api, t);
  return t;
}

// ── results as facts ───────────────────────────────────────────────────────────────────
const UNIT_SUFFIXES: readonly (readonly [string, string])[] = [
  ['_pct', '%'],
  ['_usd', ' USD'],
  ['_kph', ' km/h'],
  ['_km', ' km'],
  ['_minutes', ' minutes'],
  ['_min', ' min'],
  ['_kg', ' kg'],
  ['_cm', ' cm'],
  ['_m', ' m'],
  ['_c', ' °C'],
];

export function fact(key: string, v: unknown): string {
  let label = key;
  let unit = '';
  for (const [suffix, u] of UNIT_SUFFIXES) {
    if (key.endsWith(suffix)) {
      label = key.slice(0, -suffix.length);
      unit = u;
      break;
    }
  }
  label = humanize(label);
  if (typeof v === 'boolean') return `${label}: ${v ? 'yes' : 'no'}`;
  if (typeof v === 'string') return `${label} ${/^[a-z]+(_[a-z0-9]+)+$/.test(v) ? v.replace(/_/g, ' ') : v}`;
  return `${label} ${say(v)}${unit}`;
}

/** "offers.0.offer_id" -> "the offer id of the first offer"; "booking_id" -> "the booking id". */
export function fieldPhrase(path: string): string {
  const parts = path.split('.');
  const key = humanize(parts[parts.length - 1]);
  const i = parts.findIndex((p) => /^\d+$/.test(p));
  if (i > 0) {
    const list = humanize(parts[i - 1]);
    const one = list.endsWith('ies') ? `${list.slice(0, -3)}y` : list.endsWith('s') ? list.slice(0, -1) : list;
    return `the ${key} of the first ${one}`;
  }
  return `the ${key}`;
}
