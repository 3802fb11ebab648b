/**
 * The system turn of a Hermes/ShareGPT row: the tool list it carries inside <tools></tools>, and
 * the system prompt of the conversation once the function-calling instructions are taken out.
 *
 * The Hermes instructions (NousResearch's function-calling prompt, Qwen2.5's "# Tools" block,
 * toolforge's own export) mention the tags themselves ("within <tools></tools> XML tags"), so
 * the tool list is the <tools> element whose content is JSON, not the first pair of tags. What
 * is left is the row's own prompt: paragraphs with no instruction in them are kept as they are,
 * and instruction sentences are cut out of the others.
 */
import { parseJsonOrPython } from './python-literal.js';
import { isObj, RowError } from './read-row.js';

/** <tools>...</tools> elements, shortest first; the one holding JSON is the list. */
const TOOLS_ELEMENT = /<tools>([\s\S]*?)<\/tools>/g;
/** A call-format example: <tool_call> with a placeholder ({tool_call}, <function-name>...) inside. */
const CALL_EXAMPLE = /<tool_call>\s*(?:\{tool_call\}|\{[^{}]*<[a-z-]+>[^{}]*\})\s*<\/tool_call>/g;
/** "Use the following pydantic model json schema for each tool call you will make: {...}" with its schema. */
const PYDANTIC = /Use the following pydantic model json schema for each tool call you will make:\s*\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}\s*/g;

/** Sentences of the function-calling instructions (compared lower-case, spacing collapsed). */
const INSTRUCTIONS = [
  'you are a function calling ai model.',
  'you are provided with function signatures within <tools></tools> xml tags.',
  'you are provided with function signatures within <tools> </tools> xml tags.',
  'you are provided with function signatures within <tools></tools> xml tags:',
  'you may call one or more functions to assist with the user query.',
  "don't make assumptions about what values to plug into functions.",
  'here are the available tools:',
  'for each function call return a json object with function name and arguments within <tool_call></tool_call> xml tags as follows:',
  'for each function call return a json object with function name and arguments within <tool_call></tool_call> xml tags:',
  'for each function call, return a json object with function name and arguments within <tool_call></tool_call> xml tags:',
  'for each function call return a json object with function name and arguments within <tool_call> </tool_call> xml tags as follows:',
  '# tools',
];
const SENTENCE = /[^.:!?\n]+(?:[.:!?]+|$)|\n/g;

const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const INSTRUCTION_SET = new Set(INSTRUCTIONS.map(squash));
const MENTIONS_TAGS = /<\/?(?:tools|tool_call|tool_response)>|xml tags/i;

/** The tool docs inside a <tools> element: one list (JSON or a Python literal), or one document per line. */
function toolDocs(inner: string): unknown[] | undefined {
  const t = inner.trim();
  if (t === '') return undefined;
  try {
    const v = parseJsonOrPython(t);
    return Array.isArray(v) ? v : [v];
  } catch {
    // One document per line, as Hermes-2-Pro and Qwen write them.
  }
  const docs: unknown[] = [];
  for (const line of t.split('\n')) {
    if (line.trim() === '') continue;
    try {
      docs.push(parseJsonOrPython(line.trim()));
    } catch (err) {
      throw new RowError(`a tool in <tools> is neither JSON nor a Python literal: ${(err as Error).message}`);
    }
  }
  return docs.every(isObj) ? docs : undefined;
}

/** A paragraph with the instruction sentences, examples and tool list cut out. */
function withoutInstructions(paragraph: string): string {
  const rest = paragraph.replace(CALL_EXAMPLE, ' ').replace(PYDANTIC, ' ');
  return (rest.match(SENTENCE) ?? [])
    .filter((s) => !INSTRUCTION_SET.has(squash(s)) && !MENTIONS_TAGS.test(s))
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

export interface HermesSystem {
  /** The tool docs of the <tools> element, when there is one with JSON in it. */
  readonly tools?: unknown[];
  /** The system prompt without the function-calling instructions ('' when nothing else was there). */
  readonly prompt: string;
}

export function readHermesSystem(text: string): HermesSystem {
  let tools: unknown[] | undefined;
  let listAt: [number, number] | undefined;
  for (const m of text.matchAll(TOOLS_ELEMENT)) {
    const docs = toolDocs(m[1]);
    if (docs) {
      tools = docs;
      listAt = [m.index, m.index + m[0].length];
      break;
    }
  }
  const body = listAt ? `${text.slice(0, listAt[0])} ${text.slice(listAt[1])}` : text;
  const kept: string[] = [];
  for (const paragraph of body.split(/\n{2,}/)) {
    const p = paragraph.trim();
    if (p === '') continue;
    const instructive = MENTIONS_TAGS.test(p) || (p.match(SENTENCE) ?? []).some((s) => INSTRUCTION_SET.has(squash(s)));
    const rest = instructive ? withoutInstructions(p) : p;
    if (rest !== '') kept.push(rest);
  }
  return { ...(tools ? { tools } : {}), prompt: kept.join('\n\n') };
}
