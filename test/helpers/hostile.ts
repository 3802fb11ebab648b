/**
 * Hostile shapes of issue 17, as OpenAPI documents, tool files and dataset rows: `$ref`s that
 * fan out, huge enums, deep nesting, many operations. Built as text where a JS object that deep
 * could not be serialised.
 */

/** One POST operation whose JSON body is `schema`, with `components.schemas`. */
export function openApiDoc(schema: unknown, schemas: Record<string, unknown> = {}, paths = 1): Record<string, unknown> {
  const p: Record<string, unknown> = {};
  for (let i = 0; i < paths; i++) {
    p[`/x${i}`] = {
      post: {
        operationId: `op_${i}`,
        summary: `operation ${i}`,
        requestBody: { content: { 'application/json': { schema } } },
        responses: { '200': { description: 'ok' } },
      },
    };
  }
  return { openapi: '3.0.3', info: { title: 'hostile', version: '1' }, paths: p, components: { schemas } };
}

/** `S0 .. S{depth-1}`, each an object whose `a` and `b` both refer to the next: 2^depth copies expanded. */
export function fanOutSchemas(depth: number, prefix = '#/components/schemas/'): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) {
    const next = { $ref: `${prefix}S${i + 1}` };
    schemas[`S${i}`] = { type: 'object', properties: { a: next, b: next } };
  }
  schemas[`S${depth}`] = { type: 'string' };
  return schemas;
}

/** A schema `levels` objects deep (`{properties: {x: ...}}`), as JSON text. */
export function deepSchemaText(levels: number): string {
  return '{"type":"object","properties":{"x":'.repeat(levels) + '{"type":"string"}' + '}}'.repeat(levels);
}

/** An enum parameter of `n` values. */
export function bigEnum(n: number): Record<string, unknown> {
  return { type: 'object', properties: { v: { type: 'string', enum: Array.from({ length: n }, (_, i) => `v${i}`) } } };
}

/** One OpenAI-format dataset row calling `do_it` whose parameters are the JSON text `paramsText`. */
export function datasetRow(paramsText: string): string {
  const row = {
    id: 'hostile',
    tools: [{ type: 'function', function: { name: 'do_it', description: 'Do it.', parameters: '__PARAMS__' } }],
    messages: [
      { role: 'user', content: 'Please do it with aaa.' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'do_it', arguments: '{"v":"aaa"}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: '{"ok":true}' },
      { role: 'assistant', content: 'Done.' },
    ],
  };
  return JSON.stringify(row).replace('"__PARAMS__"', paramsText);
}
