/**
 * The chat-template check: render records, in the `messages` shape that `apply_chat_template`
 * receives (formats/messages.ts), through tool-use chat templates with @huggingface/jinja.
 * A record that fails to render, or renders without one of its calls (name and arguments as a
 * JSON object, not a string encoded twice) or without a tool result, has a problem.
 *
 * The built-in templates are the families in wide use, kept as data in output/templates:
 * Hermes-2-Pro/Qwen2.5 (<tool_call>), Llama 3.1 (JSON calls, ipython results) and Mistral v0.3
 * ([TOOL_CALLS], 9-character call ids). A user's own template is a .jinja file or a
 * tokenizer_config.json with a `chat_template`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Template } from '@huggingface/jinja';
import { packagePath } from '../core/package-root.js';
import { pyJson, toChatMessages } from './formats/index.js';
import type { CanonicalRecord } from '../core/record.js';

/** output/templates in the package (the same from the source tree and from the build). */
export function builtinTemplateDir(): string {
  return packagePath('output', 'templates');
}

export interface ChatTemplate {
  readonly name: string;
  readonly source: string;
  render(context: Record<string, unknown>): string;
}

export class TemplateLoadError extends Error {}

/** Compile a template; `name` says where it came from in messages. */
export function compileTemplate(name: string, source: string): ChatTemplate {
  let compiled: Template;
  try {
    compiled = new Template(source);
  } catch (err) {
    throw new TemplateLoadError(`${name}: not a template @huggingface/jinja can parse: ${(err as Error).message}`);
  }
  return { name, source, render: (context) => compiled.render(context) };
}

/**
 * Read a chat template from FILE: a Jinja file, or a tokenizer_config.json (or any JSON) with
 * `chat_template` as a string or as a list of {name, template} (the `tool_use` one is taken
 * when present, else `default`).
 */
export function loadTemplateFile(file: string): ChatTemplate {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new TemplateLoadError(`cannot read the chat template ${file}: ${(err as Error).message}`);
  }
  let source = text;
  if (extname(file).toLowerCase() === '.json' || /^\s*\{\s*"/.test(text)) {
    let json: { chat_template?: unknown };
    try {
      json = JSON.parse(text) as { chat_template?: unknown };
    } catch (err) {
      throw new TemplateLoadError(`${file} is not valid JSON: ${(err as Error).message}`);
    }
    const ct = json.chat_template;
    if (typeof ct === 'string') source = ct;
    else if (Array.isArray(ct)) {
      const named = ct as { name?: string; template?: string }[];
      const pick = named.find((t) => t.name === 'tool_use') ?? named.find((t) => t.name === 'default') ?? named[0];
      if (typeof pick?.template !== 'string') throw new TemplateLoadError(`${file}: chat_template list has no template`);
      source = pick.template;
    } else throw new TemplateLoadError(`${file} has no "chat_template" string`);
  }
  return compileTemplate(file, source);
}

/** The three built-in templates (Hermes/Qwen2.5, Llama 3.1, Mistral v0.3). */
export function builtinTemplates(): ChatTemplate[] {
  const dir = builtinTemplateDir();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.jinja')).sort();
  } catch (err) {
    throw new TemplateLoadError(`the built-in chat templates are missing (${dir}): ${(err as Error).message}`);
  }
  return names.map((n) => {
    const t = loadTemplateFile(join(dir, n));
    return { ...t, name: n.replace(/\.jinja$/, '') };
  });
}

export interface TemplateCheck {
  /** Problems that make the record unusable with this template (errors). */
  readonly problems: string[];
  /** The rationale was kept but the template does not render it (a warning). */
  readonly rationaleDropped: boolean;
}

function count(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Render one record through one template and say what is wrong with the result. */
export function checkRecord(template: ChatTemplate, record: CanonicalRecord, options: { keepRationale: boolean }): TemplateCheck {
  const { messages, tools } = toChatMessages(record, options);
  let text: string;
  try {
    text = template.render({ messages, tools, bos_token: '<s>', eos_token: '</s>', add_generation_prompt: false });
  } catch (err) {
    return { problems: [`does not render: ${(err as Error).message}`], rationaleDropped: false };
  }
  const problems: string[] = [];
  // Each call: its name, and its arguments as an object (tojson's or compact JSON), as many times as it is made.
  const wanted = new Map<string, { name: string; forms: string[]; times: number }>();
  for (const m of messages) {
    for (const c of (m.tool_calls as { function: { name: string; arguments: Record<string, unknown> } }[] | undefined) ?? []) {
      const forms = [pyJson(c.function.arguments), JSON.stringify(c.function.arguments)];
      const key = `${c.function.name}\u0000${forms[0]}`;
      const w = wanted.get(key) ?? { name: c.function.name, forms, times: 0 };
      w.times++;
      wanted.set(key, w);
    }
  }
  for (const w of wanted.values()) {
    const found = Math.max(...[...new Set(w.forms)].map((f) => count(text, f)));
    if (!text.includes(w.name)) problems.push(`the call to ${w.name} is missing from the rendering`);
    else if (found < w.times) {
      const encodedTwice = w.forms.some((f) => text.includes(JSON.stringify(f).slice(1, -1)) && f.includes('"'));
      problems.push(
        encodedTwice
          ? `the arguments of ${w.name} are rendered as a JSON string (encoded twice), not an object`
          : `the call to ${w.name} ${w.forms[1]} is rendered ${found} of ${w.times} times`,
      );
    }
  }
  for (const m of messages) {
    if (m.role !== 'tool') continue;
    const content = String(m.content);
    const probe = content.length > 200 ? content.slice(0, 200) : content;
    if (!text.includes(probe) && !text.includes(JSON.stringify(probe).slice(1, -1))) {
      problems.push(`the result of ${String(m.name)} (${String(m.tool_call_id)}) is missing from the rendering`);
    }
  }
  let rationaleDropped = false;
  if (options.keepRationale) {
    for (const m of record.messages) {
      if (m.role === 'assistant' && m.reasoning && (m.tool_calls?.length ?? 0) > 0) {
        const probe = m.reasoning.trim().slice(0, 120);
        if (!text.includes(probe) && !text.includes(JSON.stringify(probe).slice(1, -1))) rationaleDropped = true;
      }
    }
  }
  return { problems, rationaleDropped };
}

/** Problems gathered over many records for one template: counts, and the first few examples. */
export class TemplateTally {
  readonly template: ChatTemplate;
  checked = 0;
  failed = 0;
  rationaleDropped = 0;
  readonly examples: string[] = [];
  constructor(template: ChatTemplate) {
    this.template = template;
  }
  add(record: CanonicalRecord, options: { keepRationale: boolean }, where: string): void {
    const r = checkRecord(this.template, record, options);
    this.checked++;
    if (r.rationaleDropped) this.rationaleDropped++;
    if (r.problems.length > 0) {
      this.failed++;
      if (this.examples.length < 5) this.examples.push(`${where} (${record.id}): ${r.problems.join('; ')}`);
    }
  }
  summary(): string {
    const head = `template ${this.template.name}: ${this.checked - this.failed}/${this.checked} records render with all their calls and results`;
    const lines = [head, ...this.examples.map((e) => `  ${e}`)];
    if (this.failed > this.examples.length) lines.push(`  ... and ${this.failed - this.examples.length} more`);
    if (this.rationaleDropped > 0) {
      lines.push(`  note: in ${this.rationaleDropped} records this template drops the assistant content beside calls, so the kept rationale is not rendered`);
    }
    return lines.join('\n');
  }
}
