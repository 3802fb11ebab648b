/**
 * A raw answer (fresh from the endpoint or from the cache) made into the response: tool calls
 * parsed from the native `tool_calls` or from the prompted JSON envelope and checked against the
 * tools offered, JSON checked against the requested schema (an answer to its strict form brought
 * back first, strict-schema.ts), or text; an unusable answer is the
 * LlmOutputError it deserves. A cached answer goes through here again on every hit, so it fails
 * the same way on resume.
 */
import type { CachedCompletion } from './cache.js';
import { LlmOutputError, type LlmOutputIssue } from './errors.js';
import { TOOL_ENVELOPE_SCHEMA, extractFirstJson, type SchemaValidator, type ToolDef } from './output.js';
import { strictFormOf } from './strict-schema.js';
import type { LlmRequest, LlmResponse } from './types.js';

/** Turn a raw answer (fresh or cached) into the response, or the LlmOutputError it deserves. */
export function interpretCompletion(
  raw: CachedCompletion,
  req: LlmRequest,
  tools: readonly ToolDef[] | undefined,
  cost: number,
  cached: boolean,
  validator: SchemaValidator,
): LlmResponse {
  const base = {
    usage: { promptTokens: raw.promptTokens, completionTokens: raw.completionTokens, costUsd: cost },
    finishReason: raw.finishReason,
    endpoint: raw.endpoint,
    model: raw.model,
    cached,
  };
  const rawText = raw.content ?? (raw.toolCalls ? JSON.stringify(raw.toolCalls) : '');
  const fail = (reason: ConstructorParameters<typeof LlmOutputError>[0], issues: LlmOutputIssue[]): never => {
    throw new LlmOutputError(reason, { issues, raw: rawText, endpoint: raw.endpoint, model: raw.model, finishReason: raw.finishReason });
  };
  if (raw.finishReason === 'length') fail('length', [{ pointer: '', problem: 'answer cut off at max_tokens (finish_reason "length")' }]);
  if (raw.finishReason === 'content_filter') fail('content-filter', [{ pointer: '', problem: 'answer withheld by the content filter' }]);

  if (tools) {
    let calls: { id: string; name: string; arguments: unknown }[] = [];
    let text: string | undefined;
    if (raw.mode === 'native') {
      if (raw.toolCalls && raw.toolCalls.length > 0) {
        calls = raw.toolCalls.map((t, i) => {
          const parsed = extractFirstJson(t.arguments === '' ? '{}' : t.arguments);
          if (!parsed) fail('bad-tool-call', [{ pointer: `/tool_calls/${i}/arguments`, problem: 'arguments are not JSON' }]);
          return { id: t.id, name: t.name, arguments: parsed!.value };
        });
      } else text = raw.content ?? '';
    } else {
      const parsed = extractFirstJson(raw.content ?? '');
      if (!parsed) fail('not-json', [{ pointer: '', problem: 'no JSON value in the answer' }]);
      const issues = validator.issues(TOOL_ENVELOPE_SCHEMA, parsed!.value);
      if (issues.length > 0) fail('bad-tool-call', issues);
      const env = parsed!.value as { tool_calls?: { name: string; arguments?: unknown }[]; content?: string };
      if (env.tool_calls) calls = env.tool_calls.map((t, i) => ({ id: `call_${i + 1}`, name: t.name, arguments: t.arguments ?? {} }));
      else text = env.content ?? '';
    }
    if (calls.length === 0) {
      if (text === undefined || text.trim() === '') fail('empty', [{ pointer: '', problem: 'neither tool calls nor text' }]);
      return { ...base, text };
    }
    const issues: LlmOutputIssue[] = [];
    calls.forEach((c, i) => {
      const tool = tools.find((t) => t.function.name === c.name);
      if (!tool) issues.push({ pointer: `/tool_calls/${i}/name`, problem: `no tool named ${JSON.stringify(c.name)}` });
      else if (c.arguments === null || typeof c.arguments !== 'object' || Array.isArray(c.arguments)) {
        issues.push({ pointer: `/tool_calls/${i}/arguments`, problem: 'arguments must be a JSON object' });
      } else if (req.validateToolArguments !== false && tool.function.parameters) {
        for (const is of validator.issues(tool.function.parameters, c.arguments)) {
          issues.push({ pointer: `/tool_calls/${i}/arguments${is.pointer}`, problem: is.problem });
        }
      }
    });
    if (issues.length > 0) fail('bad-tool-call', issues);
    return { ...base, toolCalls: calls.map((c) => ({ id: c.id, name: c.name, arguments: c.arguments as Record<string, unknown> })) };
  }

  if (req.jsonSchema) {
    const parsed = extractFirstJson(raw.content ?? '');
    if (!parsed) fail('not-json', [{ pointer: '', problem: 'no JSON value in the answer' }]);
    // An answer to the strict form is brought back to the original (nulls of optional fields
    // dropped, entries folded into maps), then checked against the original.
    const strict = raw.mode === 'native' && req.jsonSchema.strict !== false ? strictFormOf(req.jsonSchema.schema) : undefined;
    const value = strict?.ok ? strict.restore(parsed!.value) : parsed!.value;
    const issues = validator.issues(req.jsonSchema.schema, value);
    if (issues.length > 0) fail('schema', issues);
    return { ...base, json: value };
  }

  if (raw.content === null || raw.content.trim() === '') fail('empty', [{ pointer: '', problem: 'empty answer' }]);
  return { ...base, text: raw.content! };
}
