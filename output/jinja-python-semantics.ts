/**
 * What Python Jinja2 (as transformers configures it) does for the constructs where
 * @huggingface/jinja does something else, as engine functions over the engine's own values
 * (jinja-values.ts): the `%` operator behind `|format`, transformers' `tojson` (json.dumps),
 * `|items`, `|trim`, `|string`, `|length`, `|safe`, `|round`, `|map`; the tests `iterable`,
 * `mapping`, `string`, `number`, `float`, `integer`; iteration in `for` (strings by character,
 * an undefined value as empty); `+ ~ % == != in`; `obj[key]`, `d.items`; and the output of
 * `{{ ... }}` (None, True, dicts and lists printed the Python way). jinja-python.ts rewrites a
 * parsed template to call them.
 */
import { pyFormat, pyJsonDumps, pyRepr, pyStr, type PyValue } from './python-text.js';
import { spend } from './template-budget.js';
import {
  bool,
  C,
  escapeHtml,
  fn,
  int,
  isList,
  isMap,
  isMarkup,
  isNumber,
  isUndefined,
  list,
  MarkupValue,
  NONE,
  PyTypeError,
  str,
  toPy,
  typeName,
  undefinedError,
  type RuntimeValue,
} from './jinja-values.js';

export { toRuntime, type RuntimeValue } from './jinja-values.js';

/** Python `==`, element by element for lists and dicts (the engine compares containers by identity). */
function pyEqual(a: RuntimeValue, b: RuntimeValue): boolean {
  if (isNumber(a) || a.type === 'BooleanValue') {
    return (isNumber(b) || b.type === 'BooleanValue') && Number(a.value) === Number(b.value);
  }
  if (a.type !== b.type && !(isList(a) && isList(b) && a.type === b.type) && !(isMap(a) && isMap(b))) return false;
  if (isList(a)) {
    const x = a.value as RuntimeValue[];
    const y = b.value as RuntimeValue[];
    return x.length === y.length && x.every((v, i) => pyEqual(v, y[i]));
  }
  if (isMap(a)) {
    const x = a.value as Map<string, RuntimeValue>;
    const y = b.value as Map<string, RuntimeValue>;
    if (x.size !== y.size) return false;
    for (const [k, v] of x) {
      const w = y.get(k);
      if (w === undefined || !pyEqual(v, w)) return false;
    }
    return true;
  }
  if (isUndefined(a)) return isUndefined(b);
  return a.value === b.value;
}

function pyIn(item: RuntimeValue, container: RuntimeValue): boolean {
  if (isUndefined(container)) return false;
  if (container.type === 'StringValue') {
    if (item.type !== 'StringValue') throw new PyTypeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return (container.value as string).includes(item.value as string);
  }
  if (isList(container)) return (container.value as RuntimeValue[]).some((x) => pyEqual(x, item));
  if (isMap(container)) return item.type === 'StringValue' && (container.value as Map<string, RuntimeValue>).has(item.value as string);
  throw new PyTypeError(`argument of type '${typeName(container)}' is not iterable`);
}

function pyAdd(a: RuntimeValue, b: RuntimeValue): RuntimeValue {
  if (isUndefined(a) || isUndefined(b)) throw undefinedError();
  if (isMarkup(a) || isMarkup(b)) {
    if (a.type !== 'StringValue' || b.type !== 'StringValue') {
      // Markup + x escapes str(x); x + Markup works only for a string x.
      if (!isMarkup(a)) throw new PyTypeError(`unsupported operand type(s) for +: '${typeName(a)}' and 'Markup'`);
      return new MarkupValue(`${a.value as string}${escapeHtml(pyStr(toPy(b)))}`);
    }
    const side = (v: RuntimeValue): string => (isMarkup(v) ? (v.value as string) : escapeHtml(v.value as string));
    return new MarkupValue(side(a) + side(b));
  }
  if (a.type === 'StringValue' && b.type === 'StringValue') return str((a.value as string) + (b.value as string));
  const numeric = (v: RuntimeValue): boolean => isNumber(v) || v.type === 'BooleanValue';
  if (numeric(a) && numeric(b)) {
    const sum = Number(a.value) + Number(b.value);
    return a.type === 'FloatValue' || b.type === 'FloatValue' ? new C.f(sum) : int(sum);
  }
  if (isList(a) && isList(b)) return list([...(a.value as RuntimeValue[]), ...(b.value as RuntimeValue[])]);
  if (a.type === 'StringValue') throw new PyTypeError(`can only concatenate str (not "${typeName(b)}") to str`);
  throw new PyTypeError(`unsupported operand type(s) for +: '${typeName(a)}' and '${typeName(b)}'`);
}

/** The binary operators rewritten to `__py_binop(op, a, b)`. */
export const PY_BINOPS: ReadonlySet<string> = new Set(['+', '~', '%', '==', '!=', 'in', 'not in']);

/** `a % b`: printf formatting when a is a string (a tuple or list of values, a dict for %(name)s), else the engine's modulo. */
function modulo(a: RuntimeValue, b: RuntimeValue): RuntimeValue {
  if (a.type !== 'StringValue') {
    if (!(isNumber(a) && isNumber(b))) throw new PyTypeError(`unsupported operand type(s) for %: '${typeName(a)}' and '${typeName(b)}'`);
    const x = a.value as number;
    const y = b.value as number;
    if (y === 0) throw new Error('ZeroDivisionError: integer modulo by zero');
    const r = x - Math.floor(x / y) * y;
    return a.type === 'FloatValue' || b.type === 'FloatValue' ? new C.f(r) : int(r);
  }
  const args = b.type === 'TupleValue' ? (b.value as RuntimeValue[]).map(toPy) : isMap(b) ? (toPy(b) as ReadonlyMap<string, PyValue>) : [toPy(b)];
  return str(pyFormat(a.value as string, args));
}

function binop(op: RuntimeValue, a: RuntimeValue, b: RuntimeValue): RuntimeValue {
  const out = binopValue(op, a, b);
  if (out.type === 'StringValue') spend(0, (out.value as string).length);
  return out;
}

function binopValue(op: RuntimeValue, a: RuntimeValue, b: RuntimeValue): RuntimeValue {
  switch (op.value) {
    case '+':
      return pyAdd(a, b);
    case '~':
      return str(pyStr(toPy(a)) + pyStr(toPy(b)));
    case '%':
      return modulo(a, b);
    case '==':
      return bool(pyEqual(a, b));
    case '!=':
      return bool(!pyEqual(a, b));
    case 'in':
      return bool(pyIn(a, b));
    default:
      return bool(!pyIn(a, b));
  }
}

/** Positional and keyword arguments of a call (the engine passes keywords as one last value). */
function splitArgs(args: RuntimeValue[]): { positional: RuntimeValue[]; keywords: Map<string, RuntimeValue> } {
  const last = args.at(-1);
  if (last && last.type === 'KeywordArgumentsValue') return { positional: args.slice(0, -1), keywords: last.value as Map<string, RuntimeValue> };
  return { positional: args, keywords: new Map() };
}

/** tojson's text of a container value, by its options, made once (templates write every tool through it). */
const jsonCache = new WeakMap<RuntimeValue, Map<string, string>>();

function tojson(args: RuntimeValue[]): RuntimeValue {
  const { positional, keywords } = splitArgs(args);
  const [value, ...rest] = positional;
  const opt = (name: string, i: number): RuntimeValue | undefined => keywords.get(name) ?? rest[i];
  const indent = opt('indent', 1);
  const separators = opt('separators', 2);
  const seps = separators && isList(separators) ? (separators.value as RuntimeValue[]).map((s) => String(s.value)) : undefined;
  const options = {
    ensureAscii: opt('ensure_ascii', 0)?.value === true,
    indent: indent === undefined || indent.type === 'NullValue' ? undefined : (indent.value as number | string),
    separators: seps && seps.length === 2 ? ([seps[0], seps[1]] as const) : undefined,
    sortKeys: opt('sort_keys', 3)?.value === true,
  };
  if (!isList(value) && !isMap(value)) return str(pyJsonDumps(toPy(value), options));
  const key = JSON.stringify(options);
  let byOptions = jsonCache.get(value);
  if (byOptions === undefined) jsonCache.set(value, (byOptions = new Map()));
  let text = byOptions.get(key);
  if (text === undefined) byOptions.set(key, (text = pyJsonDumps(toPy(value), options)));
  return str(text);
}

/** Python's str.strip(chars) (whitespace when chars is None). */
function strip(s: string, chars: string | undefined): string {
  if (chars === undefined) return s.replace(/^\s+|\s+$/gu, '');
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function length(v: RuntimeValue): number {
  if (v.type === 'StringValue') return [...(v.value as string)].length;
  if (isList(v)) return (v.value as RuntimeValue[]).length;
  if (isMap(v)) return (v.value as Map<string, unknown>).size;
  if (isUndefined(v)) return 0;
  throw new PyTypeError(`object of type '${typeName(v)}' has no len()`);
}

/** Filters rewritten to `__py_filter_NAME(operand, ...args)`. */
const FILTERS: Record<string, (args: RuntimeValue[]) => RuntimeValue> = {
  format: (args) => {
    const { positional, keywords } = splitArgs(args);
    const [fmt, ...rest] = positional;
    if (rest.length > 0 && keywords.size > 0) throw new Error("FilterArgumentError: can't handle positional and keyword arguments at the same time");
    const mapping = keywords.size > 0 ? new Map([...keywords].map(([k, v]) => [k, toPy(v)])) : undefined;
    return str(pyFormat(pyStr(toPy(fmt)), mapping ?? rest.map(toPy)));
  },
  items: ([v]) => {
    if (isUndefined(v)) return list([]);
    if (!isMap(v)) throw new PyTypeError('Can only get item pairs from a mapping.');
    return list([...(v.value as Map<string, RuntimeValue>)].map(([k, x]) => new C.t([str(k), x])));
  },
  trim: ([v, chars]) => str(strip(pyStr(toPy(v)), chars && chars.type === 'StringValue' ? (chars.value as string) : undefined)),
  string: ([v]) => (v.type === 'StringValue' ? v : str(pyStr(toPy(v)))),
  length: ([v]) => int(length(v)),
  count: ([v]) => int(length(v)),
  tojson,
  safe: ([v]) => (isMarkup(v) ? v : new MarkupValue(pyStr(toPy(v)))),
  round: (args) => {
    const { positional, keywords } = splitArgs(args);
    const [v, p, m] = positional;
    if (!isNumber(v) && v.type !== 'BooleanValue') throw new PyTypeError(`type ${typeName(v)} doesn't define __round__ method`);
    const precision = Number((keywords.get('precision') ?? p)?.value ?? 0);
    const method = String((keywords.get('method') ?? m)?.value ?? 'common');
    const scale = 10 ** precision;
    const x = Number(v.value) * scale;
    if (method === 'common') {
      // Python's round(): half to even, and an int stays an int.
      if (v.type !== 'FloatValue') return v;
      const f = Math.floor(x);
      const r = x - f > 0.5 ? f + 1 : x - f < 0.5 ? f : f % 2 === 0 ? f : f + 1;
      return new C.f(r / scale);
    }
    return new C.f((method === 'ceil' ? Math.ceil(x) : Math.floor(x)) / scale);
  },
  map: (args) => {
    const { positional, keywords } = splitArgs(args);
    const [seq, name, ...rest] = positional;
    const items = iterate(seq).value as RuntimeValue[] | Map<string, RuntimeValue>;
    const list_ = items instanceof Map ? [...items.keys()].map(str) : items;
    const attribute = keywords.get('attribute');
    if (attribute) return list(list_.map((x) => (isMap(x) ? ((x.value as Map<string, RuntimeValue>).get(String(attribute.value)) ?? keywords.get('default') ?? new C.u(undefined)) : new C.u(undefined))));
    const f = name && name.type === 'StringValue' ? (FILTERS[name.value as string] ?? STRING_FILTERS[name.value as string]) : undefined;
    if (!f) throw new Error(`FilterArgumentError: map of an unknown filter ${name ? pyRepr(toPy(name)) : ''}`);
    return list(list_.map((x) => f([x, ...rest])));
  },
};

/** String filters `map` may name that the engine has but this table does not. */
const STRING_FILTERS: Record<string, (args: RuntimeValue[]) => RuntimeValue> = {
  upper: ([v]) => str(pyStr(toPy(v)).toUpperCase()),
  lower: ([v]) => str(pyStr(toPy(v)).toLowerCase()),
};

/** Tests rewritten to `__py_test_NAME(operand)`. */
const TESTS: Record<string, (v: RuntimeValue) => boolean> = {
  iterable: (v) => v.type === 'StringValue' || isList(v) || isMap(v) || isUndefined(v),
  mapping: (v) => isMap(v),
  string: (v) => v.type === 'StringValue',
  number: (v) => isNumber(v) || v.type === 'BooleanValue',
  float: (v) => v.type === 'FloatValue',
  integer: (v) => v.type === 'IntegerValue',
};

export const PY_FILTERS: ReadonlySet<string> = new Set(Object.keys(FILTERS));
export const PY_TESTS: ReadonlySet<string> = new Set(Object.keys(TESTS));

/** `for x in v`: what Python iterates (a string by character, an undefined value as nothing). */
/** What a `for` iterates, its length charged to the rendering's budget before the loop runs. */
function iterate(v: RuntimeValue): RuntimeValue {
  const items = iterable(v);
  spend(isList(items) ? (items.value as RuntimeValue[]).length : (items.value as Map<string, RuntimeValue>).size);
  return items;
}

function iterable(v: RuntimeValue): RuntimeValue {
  if (isList(v) || isMap(v)) return v;
  if (v.type === 'StringValue') return list([...(v.value as string)].map(str));
  if (isUndefined(v)) return list([]);
  throw new PyTypeError(`'${typeName(v)}' object is not iterable`);
}

const STR_METHODS = new Set(['upper', 'lower', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'startswith', 'endswith', 'replace', 'title', 'capitalize', 'join', 'count', 'find', 'format', 'splitlines']);

/**
 * `obj[key]`: Python Jinja2's getitem. A key that is missing or of the wrong type gives an
 * undefined value (the engine throws for a non-string key of a dict); only an undefined
 * object raises.
 */
function getitem(obj: RuntimeValue, key: RuntimeValue): RuntimeValue {
  if (isUndefined(obj)) throw undefinedError();
  if (isMap(obj)) {
    if (key.type !== 'StringValue') return new C.u(undefined);
    const k = key.value as string;
    return (obj.value as Map<string, RuntimeValue>).get(k) ?? (obj as unknown as { builtins: Map<string, RuntimeValue> }).builtins.get(k) ?? new C.u(undefined);
  }
  if ((isList(obj) || obj.type === 'StringValue') && key.type === 'IntegerValue') {
    const items = obj.type === 'StringValue' ? [...(obj.value as string)].map(str) : (obj.value as RuntimeValue[]);
    return items.at(key.value as number) ?? new C.u(undefined);
  }
  // A failed lookup by name is an attribute lookup in Jinja2: only a method has one (and asking the engine for a string's methods builds them all).
  if (key.type === 'StringValue' && (obj.type !== 'StringValue' || STR_METHODS.has(key.value as string))) {
    return (obj as unknown as { builtins?: Map<string, RuntimeValue> }).builtins?.get(key.value as string) ?? new C.u(undefined);
  }
  return new C.u(undefined);
}

/** `{{ v }}`: Python prints str(v); the engine prints JSON for containers and skips None. */
function output(v: RuntimeValue): RuntimeValue {
  const out = v.type === 'StringValue' ? v : str(pyStr(toPy(v)));
  spend(1, (out.value as string).length);
  return out;
}

/** A fixed moment for strftime_now, so a check does not depend on the day it runs (the Python side uses the same). */
export const FIXED_NOW = new Date(Date.UTC(2024, 6, 26, 12, 0, 0));

/** Python's strftime for the directives chat templates use. */
function strftime(format: string): string {
  const d = FIXED_NOW;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const map: Record<string, string> = {
    d: pad(d.getUTCDate()), m: pad(d.getUTCMonth() + 1), Y: String(d.getUTCFullYear()), y: pad(d.getUTCFullYear() % 100),
    b: months[d.getUTCMonth()].slice(0, 3), B: months[d.getUTCMonth()], a: days[d.getUTCDay()].slice(0, 3), A: days[d.getUTCDay()],
    H: pad(d.getUTCHours()), M: pad(d.getUTCMinutes()), S: pad(d.getUTCSeconds()), '%': '%',
  };
  return format.replace(/%(.)/g, (all, c: string) => map[c] ?? all);
}

function range(args: RuntimeValue[]): RuntimeValue {
  const n = args.map((a) => a.value as number);
  const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
  if (step === 0) throw new Error('ValueError: range() arg 3 must not be zero');
  spend(Math.max(0, Math.ceil((stop - start) / step))); // before the list is built: range(10**8) is refused, not allocated
  const out: RuntimeValue[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(int(i));
  return list(out);
}

/** The globals of a render: transformers' own, and the functions the rewritten template calls. */
export const PY_GLOBALS: ReadonlyMap<string, RuntimeValue> = new Map<string, RuntimeValue>([
  ['true', bool(true)],
  ['false', bool(false)],
  ['none', NONE()],
  ['True', bool(true)],
  ['False', bool(false)],
  ['None', NONE()],
  ['range', fn(range)],
  ['raise_exception', fn(([m]) => {
    throw new Error(`TemplateError: ${pyStr(toPy(m))}`);
  })],
  ['strftime_now', fn(([f]) => str(strftime(String(f.value))))],
  ['__py_binop', fn(([op, a, b]) => binop(op, a, b))],
  ['__py_iter', fn(([v]) => iterate(v))],
  ['__py_iter_unpack', fn(([v]) => {
    const items = iterate(v);
    return isList(items) ? list((items.value as RuntimeValue[]).map((x) => (x.type === 'TupleValue' ? list(x.value as RuntimeValue[]) : x))) : items;
  })],
  ['__py_getitem', fn(([o, k]) => getitem(o, k))],
  ['__py_getattr', fn(([o, k]) => {
    if (isUndefined(o)) throw undefinedError();
    const builtins = (o as unknown as { builtins: Map<string, RuntimeValue> }).builtins;
    if (isMap(o)) return builtins.get(k.value as string) ?? new C.u(undefined);
    return (o.type === 'NamespaceValue' ? (o.value as Map<string, RuntimeValue>).get(k.value as string) : undefined) ?? builtins.get(k.value as string) ?? new C.u(undefined);
  })],
  ['__py_output', fn(([v]) => output(v))],
  ...Object.entries(FILTERS).map(([name, f]): [string, RuntimeValue] => [`__py_filter_${name}`, fn(f)]),
  ...Object.entries(TESTS).map(([name, t]): [string, RuntimeValue] => [`__py_test_${name}`, fn(([v]) => bool(t(v)))]),
]);

