/**
 * Walking the values of a record's calls: every leaf of the arguments and of the results, with
 * its key (an array's elements carry the array's key), the object holding it and its path, and
 * a field name split into lower-case words, so detectors judge a value by what its field means.
 */
import { isObject, type CallView, type RecordView } from './record-view.js';

export interface Leaf {
  /** The field's name; an array element carries the array's name. */
  readonly key: string;
  readonly value: string | number | boolean;
  /** The object (or array) the value sits in. */
  readonly parent: Readonly<Record<string, unknown>> | readonly unknown[];
  /** Dotted path from the arguments' or result's root, e.g. "offers.0.departure_time". */
  readonly path: string;
}

export interface CallLeaf extends Leaf {
  readonly call: CallView;
  readonly side: 'args' | 'result';
}

/** snake_case, camelCase and kebab-case names alike, as lower-case words: "departureTime" -> [departure, time]. */
export function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every leaf under `value`. */
export function* leaves(value: unknown, path = '', key = '', parent: Leaf['parent'] = []): Generator<Leaf> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* leaves(v, path ? `${path}.${i}` : String(i), key, value);
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, path ? `${path}.${k}` : k, k, value);
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    yield { key, value, parent, path };
  }
}

/** Every object under `value`, `value` included, with its path. */
export function* objects(value: unknown, path = ''): Generator<{ readonly object: Readonly<Record<string, unknown>>; readonly path: string }> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* objects(v, path ? `${path}.${i}` : String(i));
  else if (isObject(value)) {
    yield { object: value, path };
    for (const [k, v] of Object.entries(value)) yield* objects(v, path ? `${path}.${k}` : k);
  }
}

/** Every leaf of every call's arguments and (successful) result. */
export function* callLeaves(view: RecordView): Generator<CallLeaf> {
  for (const call of view.calls) {
    for (const leaf of leaves(call.args)) yield { ...leaf, call, side: 'args' };
    if (!call.failed) for (const leaf of leaves(call.result)) yield { ...leaf, call, side: 'result' };
  }
}

export interface CallObject {
  readonly object: Readonly<Record<string, unknown>>;
  /** Dotted path from the arguments' or result's root ("" for the root itself). */
  readonly path: string;
  readonly call: CallView;
  readonly side: 'args' | 'result';
}

/** Every object of every call's arguments and (successful) result, roots included. */
export function* callObjects(view: RecordView): Generator<CallObject> {
  for (const call of view.calls) {
    for (const o of objects(call.args)) yield { ...o, call, side: 'args' };
    if (!call.failed) for (const o of objects(call.result)) yield { ...o, call, side: 'result' };
  }
}

/** Every object of every successful call's result, roots included, with its call. */
export function* resultObjects(view: RecordView): Generator<Omit<CallObject, 'side'>> {
  for (const call of view.calls) if (!call.failed) for (const o of objects(call.result)) yield { ...o, call };
}

/** The assistant's non-empty texts of a record: its answers (`content`) or its rationales (`reasoning`). */
export function* assistantTexts(view: RecordView, part: 'content' | 'reasoning'): Generator<string> {
  for (const m of view.record.messages) {
    const text = m.role === 'assistant' ? m[part] : undefined;
    if (typeof text === 'string' && text !== '') yield text;
  }
}

/** Where a field sits, for an explanation: "get_recalls: vehicles.0.make". */
export const fieldAt = (call: CallView, path: string, key: string): string => `${call.name}: ${path ? `${path}.` : ''}${key}`;

/** A short rendering of a value for an explanation. */
export function show(v: unknown): string {
  const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
