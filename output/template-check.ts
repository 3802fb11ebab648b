/**
 * Does a chat template keep a record? The record's chat view (formats/messages.ts), with its
 * calls made into a canary (template-views.ts), is rendered as Python Jinja2 renders it
 * (jinja-python.ts), and the text must hold every system, user and assistant text and every
 * tool result (as written, trimmed, or escaped as JSON), every tool's name, and every call: its
 * name, each argument name and each value, unchanged, written as JSON (not as a JSON string, not
 * as a Python dict) or in the template's own call syntax.
 *
 * Arguments go in as objects (the Hugging Face convention); a template that only keeps them as
 * JSON text (the OpenAI form) keeps the record "with string arguments". A template that
 * raises on a step of several calls but renders the record with one call per step cannot
 * express the record: that is said apart from a loss. A rationale the template leaves out is
 * counted, not an error: the record itself is whole.
 */
import { toChatMessages, type ChatView, type RationaleMode } from './formats/index.js';
import type { CanonicalRecord } from '../core/record.js';
import { canaryView, firstCallsOnly, type Canary, type CanaryCall } from './template-views.js';
import { TemplateBudgetError } from './template-budget.js';

export interface RenderingTemplate {
  readonly name: string;
  render(context: Record<string, unknown>): string;
}

export type ArgumentForm = 'object' | 'string';

export interface TemplateCheck {
  /** kept: everything is in the rendering; not-expressible: the template refuses the record's shape; lost: something is missing or it does not render. */
  readonly status: 'kept' | 'not-expressible' | 'lost';
  readonly problems: readonly string[];
  /** How the arguments went in when the record was kept. */
  readonly form?: ArgumentForm;
  /** Whether the rationale (when the record has one and it is exported) is in the rendering. */
  readonly rationale: 'kept' | 'lost' | 'none';
}

/** The special tokens templates expect in the context, as a tokenizer would give them. */
const CONTEXT = { bos_token: '<s>', eos_token: '</s>', add_generation_prompt: false };

function count(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** How many times `text` is in the rendering, in the forms templates write text in. */
function found(rendered: string, text: string): number {
  let best = count(rendered, text);
  if (best > 0) return best;
  const trimmed = text.trim();
  const json = JSON.stringify(trimmed).slice(1, -1);
  for (const form of [trimmed, json, json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)]) {
    best = Math.max(best, count(rendered, form));
  }
  return best;
}

/** `needle` as a whole number in `text` (no digit or point right before or after). */
function hasNumber(text: string, needle: string): boolean {
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + needle.length] ?? ' ';
    if (!/[\d.]/.test(before) && !/\d/.test(after)) return true;
  }
  return false;
}

const LITERAL_FORMS = new Map<boolean | null, readonly string[]>([
  [true, ['true', 'True']],
  [false, ['false', 'False']],
  [null, ['null', 'None']],
]);

interface Attempt {
  readonly threw?: string;
  readonly problems: string[];
  readonly rationale: 'kept' | 'lost' | 'none';
}

function render(template: RenderingTemplate, view: ChatView): string {
  return template.render({ messages: view.messages, tools: view.tools, ...CONTEXT });
}

/** What the texts and results of the rendering miss. */
function textProblems(rendered: string, view: ChatView, rationales: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const wanted = new Map<string, { what: string; times: number }>();
  for (const m of view.messages) {
    const text = typeof m.content === 'string' ? m.content : '';
    if (text.trim() === '' || rationales.has(text)) continue;
    const what = m.role === 'tool' ? `the result of ${String(m.name)}` : `the ${String(m.role)} text`;
    const w = wanted.get(text) ?? { what, times: 0 };
    w.times++;
    wanted.set(text, w);
  }
  for (const [text, w] of wanted) {
    const n = found(rendered, text);
    if (n < w.times) problems.push(`${w.what} ${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)} is ${n === 0 ? 'not rendered' : `rendered ${n} of ${w.times} times`}`);
  }
  return problems;
}

/** Whether every occurrence of `marker` in `text` has `before` right before it and `after` right after it (and there is one). */
function alwaysWithin(text: string, marker: string, before: string, after: string): boolean {
  let seen = false;
  for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + 1)) {
    if (!text.startsWith(before, i - before.length) || !text.startsWith(after, i + marker.length)) return false;
    seen = true;
  }
  return seen;
}

/**
 * How a template wrote a call's arguments object, when not as an object: as a JSON string (every
 * name inside escaped quotes: `tojson` applied to JSON text, or twice), or as a Python dict
 * (`{{ arguments }}` of an object prints its repr, which no JSON parser reads).
 */
function argumentsForm(rendered: string, call: CanaryCall): string | undefined {
  const top = call.keys.filter((k) => k.top);
  if (top.length === 0) return undefined;
  if (top.every((k) => alwaysWithin(rendered, k.marker, '\\"', ''))) return `the arguments of ${call.name} are rendered as a JSON string (encoded twice), not as an object`;
  if (top.every((k) => alwaysWithin(rendered, k.marker, "'", "':"))) return `the arguments of ${call.name} are rendered as a Python dict, not as JSON`;
  return undefined;
}

/** What the canary rendering misses of each tool and each call (there the calls' names are markers, so a tool's name comes from the tool list). */
function callProblems(rendered: string, canary: Canary): string[] {
  const problems: string[] = [];
  for (const t of canary.view.tools) {
    const name = (t.function as { name: string }).name;
    if (!rendered.includes(name)) problems.push(`the tool ${name} is not rendered`);
  }
  for (const c of canary.calls) {
    if (!rendered.includes(c.marker)) {
      problems.push(`the call to ${c.name} is not rendered`);
      continue;
    }
    const lost = [
      ...c.keys.filter((k) => !rendered.includes(k.marker)).map((k) => `the name of argument ${k.path}`),
      ...c.leaves
        .filter((l) => {
          if (l.marker !== undefined) return /^\d/.test(l.marker) ? !hasNumber(rendered, l.marker) : found(rendered, l.marker) === 0;
          if (l.key === undefined) return false;
          const at = rendered.indexOf(l.key);
          const after = at === -1 ? '' : rendered.slice(at + l.key.length, at + l.key.length + 12);
          return !LITERAL_FORMS.get(l.literal ?? null)!.some((f) => after.includes(f));
        })
        .map((l) => `the value of ${l.path}`),
    ];
    if (lost.length > 0) problems.push(`the call to ${c.name} is rendered without ${lost.join(', ')} (left out or changed)`);
    const form = argumentsForm(rendered, c);
    if (form !== undefined) problems.push(form);
  }
  return problems;
}

/**
 * A record's views, made once and shared by every template the record is checked against (so
 * the engine converts each view's objects once, not once per template).
 */
class Views {
  readonly view: ChatView;
  readonly rationales: ReadonlySet<string>;
  readonly #canaries = new Map<string, Canary>();
  readonly #single = new Map<ChatView, ChatView | undefined>();
  constructor(record: CanonicalRecord, mode: RationaleMode) {
    this.view = toChatMessages(record, { rationale: mode });
    this.rationales = rationalesOf(record, mode);
  }
  canary(view: ChatView, form: ArgumentForm): Canary {
    const key = `${view === this.view ? 'full' : 'single'}:${form}`;
    let c = this.#canaries.get(key);
    if (c === undefined) this.#canaries.set(key, (c = canaryView(view, form)));
    return c;
  }
  single(): ChatView | undefined {
    if (!this.#single.has(this.view)) this.#single.set(this.view, firstCallsOnly(this.view));
    return this.#single.get(this.view);
  }
}

const viewsCache = new WeakMap<CanonicalRecord, Map<RationaleMode, Views>>();

function viewsOf(record: CanonicalRecord, mode: RationaleMode): Views {
  let byMode = viewsCache.get(record);
  if (byMode === undefined) viewsCache.set(record, (byMode = new Map()));
  let v = byMode.get(mode);
  if (v === undefined) byMode.set(mode, (v = new Views(record, mode)));
  return v;
}

/**
 * Render the canary of `view` with its arguments in `form`. One rendering serves every check:
 * the canary changes nothing but the calls' names, argument names and values, whose markers
 * carry a string value's own text, so a template that changes a value loses its marker.
 */
function attempt(template: RenderingTemplate, views: Views, view: ChatView, form: ArgumentForm): Attempt {
  const canary = views.canary(view, form);
  let rendered: string;
  try {
    rendered = render(template, canary.view);
  } catch (err) {
    if (err instanceof TemplateBudgetError) throw err; // the template is at fault, for every record: stop the check
    return { threw: (err as Error).message, problems: [], rationale: 'none' };
  }
  const problems = [...textProblems(rendered, view, views.rationales), ...callProblems(rendered, canary)];
  let rationale: Attempt['rationale'] = 'none';
  if (views.rationales.size > 0) rationale = [...views.rationales].every((r) => found(rendered, r) > 0) ? 'kept' : 'lost';
  return { problems: [...new Set(problems)], rationale };
}

const ok = (a: Attempt): boolean => a.threw === undefined && a.problems.length === 0;

/** The rationales the view carries (in content or in reasoning_content), to be looked for apart. */
function rationalesOf(record: CanonicalRecord, mode: RationaleMode): Set<string> {
  const out = new Set<string>();
  if (mode === 'drop') return out;
  for (const m of record.messages) if (m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0 && m.reasoning?.trim()) out.add(m.reasoning.trim());
  return out;
}

/** Render one record through one template and judge what the rendering keeps. */
export function checkRecord(template: RenderingTemplate, record: CanonicalRecord, options: { rationale: RationaleMode }): TemplateCheck {
  const views = viewsOf(record, options.rationale);
  const asObjects = attempt(template, views, views.view, 'object');
  if (ok(asObjects)) return { status: 'kept', problems: [], form: 'object', rationale: asObjects.rationale };
  const asText = attempt(template, views, views.view, 'string');
  if (ok(asText)) return { status: 'kept', problems: [], form: 'string', rationale: asText.rationale };
  if (asObjects.threw !== undefined) {
    const single = views.single();
    if (single) {
      const cut = attempt(template, views, single, 'object');
      const cutText = ok(cut) ? cut : attempt(template, views, single, 'string');
      if (ok(cutText)) return { status: 'not-expressible', problems: [`several calls in one step: ${asObjects.threw}`], rationale: cutText.rationale };
      if (cutText.threw === undefined) return { status: 'lost', problems: cutText.problems, rationale: cutText.rationale };
    }
    return { status: 'lost', problems: [`does not render: ${asObjects.threw}`], rationale: 'none' };
  }
  return { status: 'lost', problems: asObjects.problems, rationale: asObjects.rationale };
}
