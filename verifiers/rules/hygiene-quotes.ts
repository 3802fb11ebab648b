/**
 * What a message quotes rather than says: code (fenced or inline), JSON it pastes, text in
 * quotation marks, and placeholders it defines itself ("the URL 'https://{ip}/api', where {ip}
 * is the IP address"). A user who pastes `{"a": {"b": 1}}` or asks to extract names from a
 * Chinese passage writes neither a leftover template marker nor in two languages: the hygiene
 * rules read the message without what it quotes (a `{name}` placeholder counts as quoted only
 * where the text defines it: a quoted "{city}" in an answer is still a leftover). They look
 * here only when the whole message already looks wrong, so a clean message costs nothing.
 */

const FENCED = /```[\s\S]*?(?:```|$)/g;
const INLINE_CODE = /`[^`\n]*`/g;
const QUOTED = /"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|『[^』\n]*』|«[^»\n]*»|(?<![\p{L}\p{N}])'[^'\n]*'(?![\p{L}\p{N}])/gu;
/**
 * A placeholder and the words that define it: after it ("{id} stands for", "{x} =") or before it
 * ("where {ip} is", "replace {x}"). "{city} is mild" defines nothing: it is a leftover.
 */
const PLACEHOLDER = /\{([a-zA-Z_][a-zA-Z0-9_]{0,30})\}/g;
const DEFINED_AFTER = /^\s*(?:stands for|means|represents|refers to|should be replaced|=)/i;
const DEFINED_BEFORE = /(?:where|replace|replacing|substitute|fill in)\s*$/i;
/** Characters that open quoted material: only a text holding one is read again without it. */
export const QUOTING = /[`"'“「『«{[]/;

/** The JSON values pasted in a text (balanced braces or brackets that parse), blanked out. */
function withoutJson(text: string): string {
  let out = text;
  for (let i = 0; i < out.length; i++) {
    const open = out[i];
    if (open !== '{' && open !== '[') continue;
    const close = open === '{' ? '}' : ']';
    let depth = 0;
    let inString = false;
    for (let j = i; j < out.length; j++) {
      const c = out[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) {
        const part = out.slice(i, j + 1);
        if (part.length > 2 && looksJson(part)) {
          out = `${out.slice(0, i)}${' '.repeat(part.length)}${out.slice(j + 1)}`;
          i = j;
        }
        break;
      }
    }
  }
  return out;
}

function looksJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/** The text without the code and JSON it pastes. */
export function withoutCode(text: string): string {
  let t = text;
  if (t.includes('`')) t = t.replace(FENCED, ' ').replace(INLINE_CODE, ' ');
  if (t.includes('{') || t.includes('[')) t = withoutJson(t);
  return t;
}

/** The text without what it quotes: code, pasted JSON, text in quotation marks. */
export function unquoted(text: string): string {
  return withoutCode(text).replace(QUOTED, ' ');
}

/** The text without the placeholders it defines itself (each one defined at one of its places). */
export function withoutDefinedPlaceholders(text: string): string {
  const defined = new Set<string>();
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m !== null; m = PLACEHOLDER.exec(text)) {
    if (DEFINED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)) || DEFINED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) defined.add(m[0]);
  }
  if (defined.size === 0) return text;
  return text.replace(PLACEHOLDER, (p) => (defined.has(p) ? ' ' : p));
}
