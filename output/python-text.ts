/**
 * Python's text forms of plain data, as a chat template rendered by Python Jinja2 writes them:
 * `str()` and `repr()` (True, None, {'a': 1}, shortest float repr with Python's exponent rule),
 * the printf-style `%` operator, and `json.dumps` with transformers' `tojson` options.
 */

/** Plain data with Python's distinctions kept: ints and floats apart, Undefined apart from None. */
export type PyValue =
  | string
  | boolean
  | null
  | undefined
  | { readonly int: number }
  | { readonly float: number }
  | { readonly opaque: string }
  | { readonly tuple: readonly PyValue[] }
  | readonly PyValue[]
  | ReadonlyMap<string, PyValue>;

const isNum = (v: PyValue): v is { int: number } | { float: number } => v !== null && typeof v === 'object' && ('int' in v || 'float' in v);
const numOf = (v: { int: number } | { float: number }): number => ('int' in v ? v.int : v.float);

/** repr(float): the shortest digits that round-trip, fixed for exponents -4..15, else d.ddde+XX. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, e] = Math.abs(x).toExponential().split('e');
  const exp = Number(e);
  const digits = mantissa.replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp >= 0) return `${sign}${digits.slice(0, exp + 1).padEnd(exp + 1, '0')}.${digits.slice(exp + 1) || '0'}`;
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

function intText(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}

/** Characters repr() escapes: controls, and what Python does not count as printable. */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;

/** repr(str): single quotes unless the text has ' and no ", escapes as CPython writes them. */
function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp > 0x7f && NON_PRINTABLE.test(ch)) {
      out += cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return out + quote;
}

export function pyRepr(v: PyValue): string {
  if (typeof v === 'string') return strRepr(v);
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null) return 'None';
  if (v === undefined) return '';
  if (v instanceof Map) return `{${[...v].map(([k, x]) => `${strRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (isNum(v)) return 'int' in v ? intText(v.int) : pyFloat(v.float);
  if ('tuple' in v) return v.tuple.length === 1 ? `(${pyRepr(v.tuple[0])},)` : `(${v.tuple.map(pyRepr).join(', ')})`;
  return `<${(v as { opaque: string }).opaque}>`;
}

/** str(): the text itself for a string, '' for Undefined, repr() for the rest. */
export function pyStr(v: PyValue): string {
  return typeof v === 'string' ? v : pyRepr(v);
}

const SPEC = /%(?:\(([^)]*)\))?([#0\- +]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

function toNumber(v: PyValue, conv: string): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isNum(v)) return numOf(v);
  throw new Error(`TypeError: %${conv} format: a real number is required, not ${v === null ? 'NoneType' : typeof v === 'string' ? 'str' : 'object'}`);
}

/** %g as C formats it: %e or %f by the exponent, trailing zeros dropped unless #. */
function generalFormat(x: number, precision: number, alt: boolean): string {
  const p = precision === 0 ? 1 : precision;
  const e = x.toExponential(p - 1);
  const exp = Number(e.slice(e.indexOf('e') + 1));
  let s = exp < -4 || exp >= p ? e : x.toFixed(p - 1 - exp);
  if (!alt) {
    const [m, ex] = s.split('e');
    const trimmed = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    s = ex === undefined ? trimmed : `${trimmed}e${ex}`;
  }
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

function convert(v: PyValue, conv: string, flags: string, precision: number | undefined): string {
  switch (conv) {
    case 's':
      return precision === undefined ? pyStr(v) : [...pyStr(v)].slice(0, precision).join('');
    case 'r':
    case 'a':
      return pyRepr(v);
    case 'c':
      return typeof v === 'string' ? v : String.fromCodePoint(toNumber(v, conv));
    case 'd':
    case 'i':
    case 'u':
      return intText(Math.trunc(toNumber(v, conv)));
    case 'o':
      return Math.trunc(toNumber(v, conv)).toString(8);
    case 'x':
    case 'X': {
      const h = Math.trunc(toNumber(v, conv)).toString(16);
      return conv === 'X' ? h.toUpperCase() : h;
    }
    case 'e':
    case 'E': {
      const s = toNumber(v, conv).toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return conv === 'E' ? s.toUpperCase() : s;
    }
    case 'f':
    case 'F':
      return toNumber(v, conv).toFixed(precision ?? 6);
    default: {
      const s = generalFormat(toNumber(v, conv), precision ?? 6, flags.includes('#'));
      return conv === 'G' ? s.toUpperCase() : s;
    }
  }
}

/** `fmt % args` (a tuple of values, or a mapping for %(name)s). */
export function pyFormat(fmt: string, args: readonly PyValue[] | ReadonlyMap<string, PyValue>): string {
  let i = 0;
  const positional = Array.isArray(args) ? (args as readonly PyValue[]) : undefined;
  const next = (): PyValue => {
    if (!positional || i >= positional.length) throw new Error('TypeError: not enough arguments for format string');
    return positional[i++];
  };
  const out = fmt.replace(SPEC, (_all, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const w = width === '*' ? toNumber(next(), conv) : width === undefined ? 0 : Number(width);
    const p = prec === '*' ? toNumber(next(), conv) : prec === undefined ? undefined : Number(prec);
    let value: PyValue;
    if (key !== undefined) {
      if (positional) throw new Error('TypeError: format requires a mapping');
      value = (args as ReadonlyMap<string, PyValue>).get(key);
      if (value === undefined && !(args as ReadonlyMap<string, PyValue>).has(key)) throw new Error(`KeyError: ${strRepr(key)}`);
    } else value = next();
    let s = convert(value, conv, flags, p);
    if ('dieEfFgGxXo'.includes(conv) && !s.startsWith('-')) {
      if (flags.includes('+')) s = `+${s}`;
      else if (flags.includes(' ')) s = ` ${s}`;
    }
    if (s.length < w) {
      if (flags.includes('-')) s = s.padEnd(w);
      else if (flags.includes('0') && 'dieEfFgGxXo'.includes(conv)) {
        const sign = /^[+ -]/.test(s) ? s[0] : '';
        s = sign + s.slice(sign.length).padStart(w - sign.length, '0');
      } else s = s.padStart(w);
    }
    return s;
  });
  if (positional && i < positional.length) throw new Error('TypeError: not all arguments converted during string formatting');
  return out;
}

export interface JsonOptions {
  readonly ensureAscii?: boolean;
  readonly indent?: number | string;
  readonly separators?: readonly [string, string];
  readonly sortKeys?: boolean;
}

function jsonString(s: string, ensureAscii: boolean): string {
  const j = JSON.stringify(s);
  return ensureAscii ? j.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : j;
}

/** json.dumps(value, ensure_ascii, indent, separators, sort_keys) as transformers' tojson calls it. */
export function pyJsonDumps(value: PyValue, options: JsonOptions = {}, depth = 0): string {
  const indent = options.indent === undefined ? undefined : typeof options.indent === 'number' ? ' '.repeat(options.indent) : options.indent;
  const [itemSep, keySep] = options.separators ?? (indent !== undefined ? [',', ': '] : [', ', ': ']);
  const open = (items: string[], l: string, r: string): string => {
    if (items.length === 0) return `${l}${r}`;
    if (indent === undefined) return `${l}${items.join(itemSep)}${r}`;
    const inner = `\n${indent.repeat(depth + 1)}`;
    return `${l}${inner}${items.join(`${itemSep}${inner}`)}\n${indent.repeat(depth)}${r}`;
  };
  if (typeof value === 'string') return jsonString(value, options.ensureAscii ?? false);
  if (value === true || value === false) return String(value);
  if (value === null) return 'null';
  if (value === undefined) throw new Error('TypeError: Object of type Undefined is not JSON serializable');
  if (value instanceof Map) {
    let entries = [...value];
    if (options.sortKeys) entries = entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return open(entries.map(([k, v]) => `${jsonString(k, options.ensureAscii ?? false)}${keySep}${pyJsonDumps(v, options, depth + 1)}`), '{', '}');
  }
  if (Array.isArray(value)) return open(value.map((v) => pyJsonDumps(v, options, depth + 1)), '[', ']');
  if ('tuple' in value) return pyJsonDumps(value.tuple, options, depth);
  if (isNum(value)) {
    if ('int' in value) return intText(value.int);
    const f = value.float;
    return Number.isNaN(f) ? 'NaN' : !Number.isFinite(f) ? (f > 0 ? 'Infinity' : '-Infinity') : pyFloat(f);
  }
  throw new Error(`TypeError: Object of type ${(value as { opaque: string }).opaque} is not JSON serializable`);
}
