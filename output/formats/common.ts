/**
 * What the export formats share: the options, the result of converting one record, and
 * helpers over the canonical record (tool calls, arguments, rationale).
 */
import type { CanonicalRecord, Message, ToolCall } from '../../core/record.js';

/**
 * Where the teacher's rationale of a calling step goes: `reasoning` in the field reasoning
 * templates read (`reasoning_content` in messages, <think> in ShareGPT), `content` as the
 * assistant's text before its calls, or `drop`.
 */
export type RationaleMode = 'content' | 'reasoning' | 'drop';
export const RATIONALE_MODES: readonly RationaleMode[] = ['content', 'reasoning', 'drop'];
/**
 * The default: templates that read `reasoning_content` (Qwen3, DeepSeek) render it as reasoning,
 * the others leave it out (the template check says so) instead of rendering it as reply text,
 * as `content` does in Qwen2.5's template, or dropping it unsaid, as Llama 3.1's does.
 */
export const DEFAULT_RATIONALE: RationaleMode = 'reasoning';

export interface RationalePlace {
  readonly kept: boolean;
  readonly where: string;
}

export const kept = (where: string): RationalePlace => ({ kept: true, where });
export const dropped = (why: string): RationalePlace => ({ kept: false, where: why });

export interface FormatOptions {
  readonly rationale: RationaleMode;
  /**
   * Write tool parameter schemas (and, in `messages`, call arguments) as JSON objects instead of
   * JSON strings: what OpenAI's fine-tuning upload and a direct `apply_chat_template` take. Such
   * files do not load with Arrow (`datasets`, the Hub viewer), since the objects differ in shape
   * from tool to tool. Default false: every row has the same column types.
   */
  readonly jsonObjects?: boolean;
}

/** A JSON value as the file form wants it: itself with `jsonObjects`, else its JSON text. */
export function jsonField(value: unknown, options: FormatOptions): unknown {
  return options.jsonObjects ? value : JSON.stringify(value);
}

/** A converted row, or why the record has no row in this format (e.g. xLAM is single-turn only). */
export type Converted = { readonly row: Record<string, unknown> } | { readonly skip: string };

export interface Format {
  readonly name: string;
  readonly description: string;
  /** Where this format puts the rationale in each mode (in words, for the export's summary), or why it cannot. */
  readonly rationale: Readonly<Record<RationaleMode, RationalePlace>>;
  convert(record: CanonicalRecord, options: FormatOptions): Converted;
}

/** A record that cannot be exported as it is (a canonical record that breaks its own rules). */
export class RecordFormatError extends Error {}

/** The arguments of a call as an object; a call whose arguments are not a JSON object is an error. */
export function parseArguments(record: CanonicalRecord, call: ToolCall): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(call.function.arguments);
  } catch (err) {
    throw new RecordFormatError(
      `${record.id}: arguments of call ${call.id} (${call.function.name}) are not valid JSON: ${(err as Error).message}`,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordFormatError(`${record.id}: arguments of call ${call.id} (${call.function.name}) are not a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** A tool result as JSON when it is JSON, else the text itself. */
export function parseToolContent(content: string): unknown {
  const t = content.trim();
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      return JSON.parse(t);
    } catch {
      return content;
    }
  }
  return content;
}

/** Name of the tool each call id calls, over the whole record. */
export function callNames(record: CanonicalRecord): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of record.messages) {
    if (m.role === 'assistant') for (const c of m.tool_calls ?? []) names.set(c.id, c.function.name);
  }
  return names;
}

export function userTurns(record: CanonicalRecord): number {
  return record.messages.filter((m) => m.role === 'user').length;
}

export function assistantCallSteps(record: CanonicalRecord): number {
  return record.messages.filter((m) => m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0).length;
}

export function allCalls(record: CanonicalRecord): ToolCall[] {
  return record.messages.flatMap((m) => (m.role === 'assistant' ? [...(m.tool_calls ?? [])] : []));
}

/** The rationale of an assistant step, when it has one and it is to be kept. */
export function rationaleOf(m: Message, options: FormatOptions): string | undefined {
  if (options.rationale === 'drop' || m.role !== 'assistant') return undefined;
  const r = m.reasoning?.trim();
  return r ? r : undefined;
}

/**
 * Call ids for templates that need letters and digits only and keep the last 9 (Mistral):
 * exactly 9 alphanumerics, unique within the record, derived from the original id.
 */
export function shortCallIds(record: CanonicalRecord): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  let n = 0;
  for (const call of allCalls(record)) {
    let id = call.id.replace(/[^A-Za-z0-9]/g, '').slice(-9);
    if (id.length < 9 || used.has(id)) {
      // Deterministic fallback: a base-36 hash of the record id, the call id and its position.
      let h = 2166136261;
      for (const ch of `${record.id}\u0000${call.id}\u0000${n}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
      id = (h.toString(36) + n.toString(36) + 'abcdefghi').replace(/[^A-Za-z0-9]/g, '').slice(0, 9);
      while (used.has(id)) id = (id.slice(1) + 'x').slice(0, 9);
    }
    used.add(id);
    out.set(call.id, id);
    n++;
  }
  return out;
}
