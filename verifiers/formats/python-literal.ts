/**
 * JSON, or a Python literal as Hermes datasets write tools, calls and results inside their tags
 * (`{'arguments': {'symbol': 'TSLA'}, 'name': 'get_stock_price'}`, `'dividend': None`): strings
 * in single or double quotes, True/False/None beside true/false/null, lists, tuples, dicts.
 */

export class LiteralError extends Error {}

/** The value of `text`, read as JSON first and as a Python literal when it is not JSON. */
export function parseJsonOrPython(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return parsePythonLiteral(text);
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '\\': '\\', "'": "'", '"': '"', '0': '\0', '/': '/' };
const WORDS = new Map<string, unknown>([
  ['True', true],
  ['False', false],
  ['None', null],
  ['true', true],
  ['false', false],
  ['null', null],
]);
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

export function parsePythonLiteral(text: string): unknown {
  let i = 0;
  const fail = (what: string): never => {
    throw new LiteralError(i >= text.length ? 'the text ends early' : `${what} at character ${i + 1}`);
  };
  const space = (): void => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const string = (): string => {
    const quote = text[i++];
    let out = '';
    while (i < text.length && text[i] !== quote) {
      if (text[i] === '\\') {
        const c = text[i + 1];
        if (c === 'u' || c === 'x') {
          const len = c === 'u' ? 4 : 2;
          const hex = text.slice(i + 2, i + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) fail('a bad escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 2 + len;
        } else {
          out += ESCAPES[c] ?? `\\${c}`;
          i += 2;
        }
      } else out += text[i++];
    }
    if (text[i] !== quote) fail('an unterminated string');
    i++;
    return out;
  };
  const value = (): unknown => {
    space();
    const c = text[i];
    if (c === '"' || c === "'") return string();
    if (c === '[' || c === '(') {
      const close = c === '[' ? ']' : ')';
      i++;
      const items: unknown[] = [];
      for (space(); text[i] !== close; space()) {
        items.push(value());
        space();
        if (text[i] === ',') i++;
        else if (text[i] !== close) fail(`"," or "${close}" expected`);
      }
      i++;
      return items;
    }
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      for (space(); text[i] !== '}'; space()) {
        const k = value();
        space();
        if (text[i++] !== ':') fail('":" expected');
        out[String(k)] = value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail('"," or "}" expected');
      }
      i++;
      return out;
    }
    const word = /^[A-Za-z]+/.exec(text.slice(i))?.[0];
    if (word !== undefined && WORDS.has(word)) {
      i += word.length;
      return WORDS.get(word);
    }
    const num = NUMBER.exec(text.slice(i))?.[0];
    if (num !== undefined) {
      i += num.length;
      return Number(num);
    }
    return fail(`unexpected ${JSON.stringify(c)}`);
  };
  const v = value();
  space();
  if (i < text.length) fail('text after the value');
  return v;
}
