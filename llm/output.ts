/**
 * Reading a model's answer: the first JSON value in a text (models wrap JSON in prose or
 * ```json fences when it is asked for in the prompt), ajv validation with issues as JSON
 * pointers, and the instructions used when an endpoint takes neither response_format nor tools.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { LlmOutputIssue } from './errors.js';
import { safeRegExp } from '../core/regex-cache.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** The first JSON value (object or array; or the whole text if it is any JSON) in `text`. */
export function extractFirstJson(text: string): { value: unknown } | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  try {
    return { value: JSON.parse(trimmed) };
  } catch {
    // fall through to the scan
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x7b /* { */ && c !== 0x5b /* [ */) continue;
    const end = matchingEnd(text, i);
    if (end < 0) continue;
    try {
      return { value: JSON.parse(text.slice(i, end + 1)) };
    } catch {
      // not JSON after all (e.g. "[see below]"): keep scanning
    }
  }
  return undefined;
}

/** Index of the bracket closing the one at `start`, strings and escapes respected; -1 if none. */
function matchingEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function ajvIssues(errors: readonly ErrorObject[] | null | undefined): LlmOutputIssue[] {
  return (errors ?? []).map((e) => {
    let problem = e.message ?? e.keyword;
    if (e.keyword === 'additionalProperties') problem += `: ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}`;
    else if (e.keyword === 'enum') problem += `: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
    return { pointer: e.instancePath, problem };
  });
}

/** Compiles each distinct schema once (keyed by object identity, then by text). */
export class SchemaValidator {
  readonly #ajv: Ajv;
  readonly #byObject = new WeakMap<object, ValidateFunction>();
  readonly #byText = new Map<string, ValidateFunction>();

  constructor() {
    // strict: false because schemas come from API pools and models, not from us.
    this.#ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, code: { regExp: safeRegExp } });
    addFormats(this.#ajv);
  }

  compile(schema: object): ValidateFunction {
    let v = this.#byObject.get(schema);
    if (v) return v;
    const text = JSON.stringify(schema);
    v = this.#byText.get(text);
    if (!v) {
      v = this.#ajv.compile(schema);
      // Bound the text cache: schemas are few per job, but a bug must not leak memory.
      if (this.#byText.size > 10_000) this.#byText.clear();
      this.#byText.set(text, v);
    }
    this.#byObject.set(schema, v);
    return v;
  }

  /** Issues of `value` against `schema`, empty when valid. */
  issues(schema: object, value: unknown): LlmOutputIssue[] {
    let validate: ValidateFunction;
    try {
      validate = this.compile(schema);
    } catch (err) {
      return [{ pointer: '', problem: `schema does not compile: ${(err as Error).message}` }];
    }
    return validate(value) ? [] : ajvIssues(validate.errors);
  }
}

export function jsonInstructions(name: string, schema: object): string {
  return (
    `Answer with a single JSON value named "${name}" that follows this JSON Schema, and nothing else ` +
    `(no prose, no code fences):\n${JSON.stringify(schema)}`
  );
}

export interface ToolDef {
  readonly type: 'function';
  readonly function: { readonly name: string; readonly description?: string; readonly parameters?: object; readonly strict?: boolean };
}

export function toolInstructions(tools: readonly ToolDef[]): string {
  const list = tools.map((t) => ({ name: t.function.name, description: t.function.description ?? '', parameters: t.function.parameters ?? { type: 'object', properties: {} } }));
  return (
    'You can call these tools:\n' +
    JSON.stringify(list) +
    '\nTo call one or more tools, answer with only this JSON: {"tool_calls":[{"name":"<tool name>","arguments":{...}}]}.' +
    '\nTo answer without calling a tool, answer with only this JSON: {"content":"<your answer>"}.' +
    '\nNo prose or code fences around the JSON.'
  );
}

/** The shape of a prompted tool answer. */
export const TOOL_ENVELOPE_SCHEMA = {
  oneOf: [
    {
      type: 'object',
      required: ['tool_calls'],
      properties: {
        tool_calls: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', minLength: 1 }, arguments: { type: 'object' } },
          },
        },
      },
    },
    { type: 'object', required: ['content'], not: { required: ['tool_calls'] }, properties: { content: { type: 'string' } } },
  ],
} as const;
