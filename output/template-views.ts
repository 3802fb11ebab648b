/**
 * Variants of a record's chat view that the template check renders:
 * - each parallel step cut to its first call (does the template refuse only the parallel step?);
 * - the canary: every call's name, argument keys and string and number values replaced by
 *   markers found nowhere else (a string value keeps its text after its marker), so the
 *   rendering shows which of them the template wrote, and whether it wrote them unchanged (a
 *   marker mixes cases and digits, so a template that upper-cases, lower-cases, rounds, cuts or
 *   edits a value loses it).
 */
import type { ChatView } from './formats/index.js';

type Msg = Record<string, unknown>;
interface Call {
  readonly id?: unknown;
  readonly type?: unknown;
  readonly function: { readonly name: string; readonly arguments: unknown };
}

const callsOf = (m: Msg): readonly Call[] => (m.tool_calls as Call[] | undefined) ?? [];

function mapCalls(view: ChatView, f: (c: Call) => Call): ChatView {
  return {
    tools: view.tools,
    messages: view.messages.map((m) => (m.tool_calls === undefined ? m : { ...m, tool_calls: callsOf(m).map(f) })),
  };
}

/** The view with every step of several calls cut to its first one (and the other calls' results); undefined when no step has several. */
export function firstCallsOnly(view: ChatView): ChatView | undefined {
  const dropped = new Set<unknown>();
  for (const m of view.messages) for (const c of callsOf(m).slice(1)) dropped.add(c.id);
  if (dropped.size === 0) return undefined;
  return {
    tools: view.tools,
    messages: view.messages
      .filter((m) => !(m.role === 'tool' && dropped.has(m.tool_call_id)))
      .map((m) => (m.tool_calls === undefined ? m : { ...m, tool_calls: callsOf(m).slice(0, 1) })),
  };
}

/** One argument value the canary must show: its marker, or (true, false, null) its key's marker followed by the value. */
export interface CanaryLeaf {
  /** Where the value is in the real call, for messages: `city`, `filters.max_price`, `ids[2]`. */
  readonly path: string;
  readonly key?: string;
  readonly marker?: string;
  readonly literal?: boolean | null;
}

export interface CanaryCall {
  readonly name: string;
  readonly marker: string;
  /** Argument names; `top` for those of the arguments object itself (not of a nested value). */
  readonly keys: readonly { readonly path: string; readonly marker: string; readonly top: boolean }[];
  readonly leaves: readonly CanaryLeaf[];
}

export interface Canary {
  readonly view: ChatView;
  readonly calls: readonly CanaryCall[];
}

/** Markers: mixed case and digits, fixed width, so no marker is part of another. */
const marker = (kind: string, n: number): string => `Tf${kind}${String(n).padStart(4, '0')}qZ`;
/** Integers and fractions no real value is likely to hold; a fraction of sixteenths is exact in binary and in decimal. */
const intMarker = (n: number): number => 917300000 + n;
const floatMarker = (n: number): number => 9173 + (2 * n + 1) / 16;

/**
 * The canary view of `view`, its arguments as objects, or as compact JSON text when `form` is
 * 'string' (the OpenAI form the export files hold, which templates such as Functionary's join
 * as a string).
 */
export function canaryView(view: ChatView, form: 'object' | 'string'): Canary {
  let n = 0;
  const calls: CanaryCall[] = [];
  const names = new Map<unknown, string>();
  const canaryCall = (c: Call): Call => {
    const keys: { path: string; marker: string; top: boolean }[] = [];
    const leaves: CanaryLeaf[] = [];
    const walk = (v: unknown, path: string, key: string | undefined): unknown => {
      if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`, undefined));
      if (v !== null && typeof v === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
          const km = marker('K', n++);
          const p = path ? `${path}.${k}` : k;
          keys.push({ path: p, marker: km, top: path === '' });
          out[km] = walk(x, p, km);
        }
        return out;
      }
      if (typeof v === 'string') {
        // The value itself after the marker: a template that changes a character of it, or cuts it, loses the whole.
        const m = `${marker('V', n++)}${v}`;
        leaves.push({ path, marker: m });
        return m;
      }
      if (typeof v === 'number') {
        const m = Number.isInteger(v) ? intMarker(n++) : floatMarker(n++);
        leaves.push({ path, marker: String(m) });
        return m;
      }
      leaves.push({ path, ...(key !== undefined ? { key } : {}), literal: v as boolean | null });
      return v;
    };
    const args = walk(c.function.arguments, '', undefined);
    const nameMarker = marker('N', n++);
    names.set(c.id, nameMarker);
    calls.push({ name: c.function.name, marker: nameMarker, keys, leaves });
    return { ...c, function: { name: nameMarker, arguments: form === 'string' ? JSON.stringify(args) : args } };
  };
  const withCalls = mapCalls(view, canaryCall);
  return {
    calls,
    view: {
      tools: withCalls.tools,
      messages: withCalls.messages.map((m) => (m.role === 'tool' && names.has(m.tool_call_id) ? { ...m, name: names.get(m.tool_call_id) } : m)),
    },
  };
}
