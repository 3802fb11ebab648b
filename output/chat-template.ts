/**
 * Chat templates for the export's check: loading them (a .jinja file, or a tokenizer_config.json
 * with a `chat_template`), compiling them to render as Python Jinja2 does (jinja-python.ts), and
 * tallying the checks of many records (template-check.ts judges one).
 *
 * The built-in templates, in output/templates (origin and licence in its README), are real
 * tool-use templates a toolforge export renders through whole: Qwen2.5-Instruct's, Qwen3's and
 * vLLM's Llama 3.1 JSON one (one call per step: a parallel step is "not expressible" there).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { packagePath } from '../core/package-root.js';
import type { CanonicalRecord } from '../core/record.js';
import type { RationaleMode } from './formats/index.js';
import { compilePythonTemplate } from './jinja-python.js';
import { TemplateBudgetError } from './template-budget.js';
import { checkRecord, type TemplateCheck } from './template-check.js';

export { checkRecord, type TemplateCheck };

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
  let compiled;
  try {
    compiled = compilePythonTemplate(source);
  } catch (err) {
    throw new TemplateLoadError(`${name}: not a template @huggingface/jinja can parse: ${(err as Error).message}`);
  }
  return {
    name,
    source,
    render: (context) => {
      try {
        return compiled.render(context);
      } catch (err) {
        if (err instanceof TemplateBudgetError) throw new TemplateBudgetError(`the chat template ${name} went over its budget: ${err.message}`);
        throw err;
      }
    },
  };
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

/** The templates of a folder, by file name without .jinja, in name order. */
export function templatesIn(dir: string): ChatTemplate[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.jinja')).sort();
  } catch (err) {
    throw new TemplateLoadError(`cannot read the chat templates in ${dir}: ${(err as Error).message}`);
  }
  return names.map((n) => ({ ...loadTemplateFile(join(dir, n)), name: n.replace(/\.jinja$/, '') }));
}

/** The built-in templates (Qwen2.5, Qwen3, Llama 3.1 JSON). */
export function builtinTemplates(): ChatTemplate[] {
  return templatesIn(builtinTemplateDir());
}

const EXAMPLES = 5;

/** The checks of many records against one template: counts by outcome, and the first few examples. */
export class TemplateTally {
  readonly template: ChatTemplate;
  checked = 0;
  kept = 0;
  /** Records the template refuses for their shape (several calls in one step). */
  notExpressible = 0;
  /** Records that do not render, or lose a text, a result or a call (errors). */
  failed = 0;
  /** Kept records whose arguments had to go in as JSON text (the OpenAI form). */
  keptAsText = 0;
  /** Records whose rationale the template leaves out, and records that have one. */
  rationaleLost = 0;
  withRationale = 0;
  /** Records whose rationale is rendered as the reply text before the calls (--rationale content). */
  rationaleAsText = 0;
  readonly examples: string[] = [];
  readonly refusals: string[] = [];
  constructor(template: ChatTemplate) {
    this.template = template;
  }
  add(record: CanonicalRecord, options: { rationale: RationaleMode }, where: string): TemplateCheck {
    const r = checkRecord(this.template, record, options);
    this.checked++;
    if (r.rationale !== 'none') this.withRationale++;
    if (r.rationale === 'lost') this.rationaleLost++;
    if (r.rationale === 'kept' && options.rationale === 'content') this.rationaleAsText++;
    if (r.status === 'kept') {
      this.kept++;
      if (r.form === 'string') this.keptAsText++;
    } else if (r.status === 'not-expressible') {
      this.notExpressible++;
      if (this.refusals.length === 0) this.refusals.push(`${where} (${record.id}): ${r.problems.join('; ')}`);
    } else {
      this.failed++;
      if (this.examples.length < EXAMPLES) this.examples.push(`${where} (${record.id}): ${r.problems.join('; ')}`);
    }
    return r;
  }
  summary(): string {
    const args = this.keptAsText === 0 ? 'arguments as objects' : this.keptAsText === this.kept ? 'arguments as JSON text (the OpenAI form), as the export file holds them' : `arguments as objects, or as JSON text in ${this.keptAsText}`;
    const lines = [`template ${this.template.name}: ${this.kept}/${this.checked} records render with all their texts, calls and results (${args})`];
    if (this.notExpressible > 0) lines.push(`  ${this.notExpressible} records cannot be expressed in this template (not an error of the records): ${this.refusals[0]}`);
    if (this.failed > 0) {
      lines.push(`  ${this.failed} records lose something or do not render:`, ...this.examples.map((e) => `    ${e}`));
      if (this.failed > this.examples.length) lines.push(`    ... and ${this.failed - this.examples.length} more`);
    }
    if (this.rationaleLost > 0) lines.push(`  note: this template leaves out the rationale of ${this.rationaleLost} of ${this.withRationale} records that have one`);
    if (this.rationaleAsText > 0) {
      lines.push(`  note: in ${this.rationaleAsText} records the rationale is rendered as the assistant's reply text before its calls (--rationale content): a model trained on it writes it too`);
    }
    return lines.join('\n');
  }
}
