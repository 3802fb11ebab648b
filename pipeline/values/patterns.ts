/**
 * A small generator for the regular expressions tool schemas use: literals, classes (also
 * negated), \d \w \s, groups, alternation and quantifiers. Lookarounds and backreferences
 * are not generated; a result is always checked against the real RegExp before use.
 */
import { regexOf } from '../../core/regex-cache.js';
import type { Rng } from '../../core/rng.js';

type Node =
  | { readonly k: 'chars'; readonly chars: string }
  | { readonly k: 'seq'; readonly items: readonly Node[] }
  | { readonly k: 'alt'; readonly options: readonly Node[] }
  | { readonly k: 'rep'; readonly node: Node; readonly min: number; readonly max: number };

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** What a negated class or `.` may produce: plain characters a user can type in a sentence. */
const SAFE = UPPER + LOWER + DIGITS + '-_.:/@';
const patternAst = new Map<string, Node | null>();
export { regexOf };

function escapeChars(c: string): string | null {
  switch (c) {
    case 'd':
      return DIGITS;
    case 'w':
      return UPPER + LOWER + DIGITS + '_';
    case 's':
      return ' ';
    case 'D':
    case 'W':
      return UPPER + LOWER;
    case 'S':
      return UPPER + LOWER + DIGITS;
    case 'n':
    case 'r':
    case 't':
      return null; // a control character cannot be stated in a one-line request
    default:
      return /[a-zA-Z0-9]/.test(c) ? null : c;
  }
}

/** Parse a pattern into a Node, or null when it uses what we do not generate. */
function parsePattern(src: string): Node | null {
  let i = 0;
  const fail = (): never => {
    throw new Error('unsupported');
  };
  const parseClass = (): string => {
    // at '['
    i++;
    const negate = src[i] === '^';
    if (negate) i++;
    let set = '';
    let first = true;
    while (i < src.length && (src[i] !== ']' || first)) {
      first = false;
      let c = src[i];
      let chars: string;
      if (c === '\\') {
        chars = escapeChars(src[i + 1] ?? '') ?? fail();
        i += 2;
      } else {
        chars = c;
        i++;
      }
      if (chars.length === 1 && src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        let end = src[i + 1];
        i += 2;
        if (end === '\\') {
          end = src[i];
          i++;
        }
        chars = '';
        for (let k = c.charCodeAt(0); k <= end.charCodeAt(0); k++) chars += String.fromCharCode(k);
        c = '';
      }
      set += chars;
    }
    if (src[i] !== ']') fail();
    i++;
    if (negate) set = [...SAFE].filter((ch) => !set.includes(ch)).join('');
    const clean = [...set].filter((ch) => ch >= ' ' && ch !== '"' && ch !== "'" && ch !== '\\' && ch <= '~').join('');
    return clean === '' ? fail() : clean;
  };
  const parseAlt = (): Node => {
    const options: Node[] = [parseSeq()];
    while (src[i] === '|') {
      i++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0] : { k: 'alt', options };
  };
  const parseSeq = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const c = src[i];
      let atom: Node | undefined;
      if (c === '^' || c === '$') {
        i++;
        continue;
      } else if (c === '(') {
        i++;
        if (src[i] === '?') {
          if (src[i + 1] !== ':') fail(); // lookarounds, named groups
          i += 2;
        }
        atom = parseAlt();
        if (src[i] !== ')') fail();
        i++;
      } else if (c === '[') {
        atom = { k: 'chars', chars: parseClass() };
      } else if (c === '\\') {
        const e = src[i + 1] ?? '';
        i += 2;
        if (e === 'b' || e === 'B') continue;
        atom = { k: 'chars', chars: escapeChars(e) ?? fail() };
      } else if (c === '.') {
        i++;
        atom = { k: 'chars', chars: LOWER };
      } else if ('*+?{'.includes(c)) {
        return fail();
      } else {
        i++;
        atom = { k: 'chars', chars: c === '"' || c === "'" ? fail() : c };
      }
      let min = 1;
      let max = 1;
      const q = src[i];
      if (q === '?') [min, max, i] = [0, 1, i + 1];
      else if (q === '*') [min, max, i] = [0, 3, i + 1];
      else if (q === '+') [min, max, i] = [1, 4, i + 1];
      else if (q === '{') {
        const end = src.indexOf('}', i);
        const m = end < 0 ? null : /^(\d+)(,(\d*))?$/.exec(src.slice(i + 1, end));
        if (!m) fail();
        min = Number((m as RegExpExecArray)[1]);
        const hi = (m as RegExpExecArray)[3];
        max = (m as RegExpExecArray)[2] === undefined ? min : hi === '' ? min + 3 : Number(hi);
        i = end + 1;
      }
      if (src[i] === '?' && q !== undefined && '?*+}'.includes(src[i - 1])) i++; // lazy quantifier
      items.push(min === 1 && max === 1 ? atom : { k: 'rep', node: atom, min, max });
    }
    return items.length === 1 ? items[0] : { k: 'seq', items };
  };
  try {
    const node = parseAlt();
    return i === src.length ? node : null;
  } catch {
    return null;
  }
}

function emit(node: Node, rng: Rng): string {
  switch (node.k) {
    case 'chars':
      return node.chars.length === 1 ? node.chars : node.chars[Math.floor(rng.next() * node.chars.length)];
    case 'seq': {
      let s = '';
      for (const n of node.items) s += emit(n, rng);
      return s;
    }
    case 'alt':
      return emit(node.options[Math.floor(rng.next() * node.options.length)], rng);
    case 'rep': {
      const n = node.min === node.max ? node.min : rng.int(node.min, node.max);
      let s = '';
      for (let k = 0; k < n; k++) s += emit(node.node, rng);
      return s;
    }
  }
}

/** A string matching `pattern`, or null when the pattern is beyond this generator. */
export function fromPattern(pattern: string, rng: Rng): string | null {
  let ast = patternAst.get(pattern);
  if (ast === undefined) {
    ast = parsePattern(pattern);
    patternAst.set(pattern, ast);
  }
  const re = regexOf(pattern);
  if (ast === null || re === null) return null;
  for (let tries = 0; tries < 4; tries++) {
    const s = emit(ast, rng);
    if (re.test(s)) return s;
  }
  return null;
}
