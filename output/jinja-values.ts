/**
 * The engine's values as the Python-semantics functions (jinja-python-semantics.ts) read and
 * make them: the value classes (the package exports none: they are taken from values the
 * engine makes), Markup for `|safe`, the conversions of context data into values (each object
 * once) and of values into plain data for python-text.ts (each container once).
 */
import { Environment, Interpreter } from '@huggingface/jinja';
import type { PyValue } from './python-text.js';

/** The engine's value objects, as far as this module reads and makes them. */
export interface RuntimeValue {
  readonly type: string;
  readonly value: unknown;
}

type Make = new (value: unknown) => RuntimeValue;

/** The value classes, taken from values the engine makes (the package does not export them). */
function harvest(): Record<string, Make> {
  const probe = new Environment();
  const samples: Record<string, unknown> = { s: '', i: 1, f: 1.5, b: true, n: null, u: undefined, a: [], o: {}, fn: () => null };
  const out: Record<string, Make> = {};
  for (const [k, v] of Object.entries(samples)) out[k] = (probe.set(`probe_${k}`, v) as object).constructor as Make;
  // No context value becomes a tuple; a tuple literal does.
  out.t = (new Interpreter(probe).evaluate({ type: 'TupleLiteral', value: [] } as never, probe) as object).constructor as Make;
  return out;
}

export const C = harvest();
export const fn = (f: (args: RuntimeValue[]) => RuntimeValue): RuntimeValue => new C.fn(f);
export const str = (s: string): RuntimeValue => new C.s(s);

/**
 * Markup (what `|safe` returns): a string that escapes for HTML whatever plain text is joined to
 * it with `+`, as markupsafe does (Functionary's template joins tojson output to safe strings).
 */
export class MarkupValue extends C.s {}
export const isMarkup = (v: RuntimeValue): boolean => v instanceof MarkupValue;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
export const bool = (b: boolean): RuntimeValue => new C.b(b);
export const int = (n: number): RuntimeValue => new C.i(n);
export const NONE = (): RuntimeValue => new C.n(null);
export const list = (items: RuntimeValue[]): RuntimeValue => new C.a(items);

/** Python's error names, so a message reads like the traceback a trainer would show. */
export class PyTypeError extends Error {
  constructor(message: string) {
    super(`TypeError: ${message}`);
  }
}

export const isUndefined = (v: RuntimeValue): boolean => v.type === 'UndefinedValue';
export const isNumber = (v: RuntimeValue): boolean => v.type === 'IntegerValue' || v.type === 'FloatValue';
export const isMap = (v: RuntimeValue): boolean => v.type === 'ObjectValue' || v.type === 'KeywordArgumentsValue';
export const isList = (v: RuntimeValue): boolean => v.type === 'ArrayValue' || v.type === 'TupleValue';

/** Plain data of container values, made once per value (a record's tools are rendered many times). */
const plainCache = new WeakMap<RuntimeValue, PyValue>();

/** A value as plain data for the Python text functions: lists, dicts (Map), str, int, float, bool, None, Undefined. */
export function toPy(v: RuntimeValue): PyValue {
  switch (v.type) {
    case 'StringValue':
      return v.value as string;
    case 'IntegerValue':
      return { int: v.value as number };
    case 'FloatValue':
      return { float: v.value as number };
    case 'BooleanValue':
      return v.value as boolean;
    case 'NullValue':
      return null;
    case 'UndefinedValue':
      return undefined;
    case 'ArrayValue':
    case 'TupleValue':
    case 'ObjectValue':
    case 'KeywordArgumentsValue': {
      let plain = plainCache.get(v);
      if (plain === undefined) {
        const items = isList(v) ? (v.value as RuntimeValue[]).map(toPy) : undefined;
        plain = items ? (v.type === 'TupleValue' ? { tuple: items } : items) : new Map([...(v.value as Map<string, RuntimeValue>)].map(([k, x]) => [k, toPy(x)]));
        plainCache.set(v, plain);
      }
      return plain;
    }
    default:
      return { opaque: v.type };
  }
}

/** Context values as engine values, each JS object or array converted once (the check renders a record's tools many times). */
const runtimeCache = new WeakMap<object, RuntimeValue>();

export function toRuntime(value: unknown): RuntimeValue {
  switch (typeof value) {
    case 'string':
      return str(value);
    case 'number':
      return Number.isInteger(value) ? int(value) : new C.f(value);
    case 'boolean':
      return bool(value);
    case 'undefined':
      return new C.u(undefined);
    case 'object': {
      if (value === null) return NONE();
      let rv = runtimeCache.get(value);
      if (rv === undefined) {
        rv = Array.isArray(value) ? list(value.map(toRuntime)) : new C.o(new Map(Object.entries(value).map(([k, x]) => [k, toRuntime(x)])));
        runtimeCache.set(value, rv);
      }
      return rv;
    }
    default:
      throw new Error(`a chat template context holds a ${typeof value}, which a template cannot read`);
  }
}

export function typeName(v: RuntimeValue): string {
  const names: Record<string, string> = {
    StringValue: 'str', IntegerValue: 'int', FloatValue: 'float', BooleanValue: 'bool', NullValue: 'NoneType',
    UndefinedValue: 'Undefined', ArrayValue: 'list', TupleValue: 'tuple', ObjectValue: 'dict', NamespaceValue: 'Namespace',
  };
  return names[v.type] ?? v.type;
}

export function undefinedError(): Error {
  return new Error('UndefinedError: an undefined value was used in an operation');
}
