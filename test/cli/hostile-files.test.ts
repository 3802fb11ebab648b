import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { bigEnum, datasetRow, deepSchemaText, fanOutSchemas, openApiDoc } from '../helpers/hostile.js';

/** Many operations, each a small GET. */
function manyOperations(n: number): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) paths[`/p${i}`] = { get: { operationId: `op${i}`, summary: `operation ${i}`, responses: { '200': { description: 'ok' } } } };
  return JSON.stringify({ openapi: '3.0.3', info: { title: 'ops', version: '1' }, paths });
}

const NO_CRASH = /unexpected error|call stack|\n\s+at /;

describe('hostile files end quickly with a clear message (issue 17)', () => {
  it.each([
    ['$refs fanning out, depth 20', () => JSON.stringify(openApiDoc({ $ref: '#/components/schemas/S0' }, fanOutSchemas(20))), 'limit: 100000 expanded schema nodes'],
    ['$refs fanning out, depth 30', () => JSON.stringify(openApiDoc({ $ref: '#/components/schemas/S0' }, fanOutSchemas(30))), 'limit: 100000 expanded schema nodes'],
    ['a 100,000-value enum', () => JSON.stringify(openApiDoc(bigEnum(100_000))), 'limit: 2000 enum values'],
    ['a schema nested 5,000 levels', () => JSON.stringify(openApiDoc('__S__')).replace('"__S__"', deepSchemaText(5000)), 'limit: schema depth 128'],
    ['20,000 operations', () => manyOperations(20_000), 'limit: operations per file'],
  ])('pool import of %s: exit 1 in under 10 s, naming the file and the limit', async (_, text, limit) => {
    const dir = tempDir('hostile');
    const file = join(dir, 'api.json');
    writeFileSync(file, text());
    const t0 = Date.now();
    const r = await runCli(['pool', 'import', file, '--out', join(dir, 'pool.jsonl')]);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`skipped: ${file}#/paths`);
    expect(r.stderr).toContain(limit);
    expect(r.stderr).toContain('nothing written');
    expect(r.stderr).not.toMatch(NO_CRASH);
  });

  it('a limit is raised by its pool import flag', async () => {
    const dir = tempDir('hostile');
    const file = join(dir, 'api.json');
    writeFileSync(file, JSON.stringify(openApiDoc(bigEnum(3000))));
    const refused = await runCli(['pool', 'import', file, '--out', join(dir, 'a.jsonl')]);
    expect(refused.stderr).toContain('enum of 3000 values');
    const raised = await runCli(['pool', 'import', file, '--out', join(dir, 'b.jsonl'), '--max-enum-values', '5000']);
    expect(raised.code, raised.stderr).toBe(0);
    const bad = await runCli(['pool', 'import', file, '--out', join(dir, 'c.jsonl'), '--max-operations', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-operations must be an integer of at least 1, got "many"');
  });

  it.each([
    // A row skipped for a limit leaves the file with no record: exit 1; a row read and rejected: exit 0.
    ['a 100,000-value enum', () => JSON.stringify(bigEnum(100_000)), 'enum of 100000 values at /tools/0/function/parameters/properties/v/enum (limit: 2000 enum values)', 1],
    ['a schema nested 5,000 levels', () => deepSchemaText(5000), 'limit: row depth 144', 1],
    ['a schema nested 5,000 levels as a JSON string', () => JSON.stringify(deepSchemaText(5000)), 'limit: schema depth 128', 1],
    ['$defs fanning out, depth 30', () => JSON.stringify({ type: 'object', properties: { v: { $ref: '#/$defs/S0' } }, $defs: fanOutSchemas(30, '#/$defs/') }), 'tools.schema', 0],
  ] as const)('verify of a tool with %s ends in under 10 s with a clear message', async (_, params, message, code) => {
    const file = join(tempDir('hostile'), 'data.jsonl');
    writeFileSync(file, `${datasetRow(params())}\n`);
    const t0 = Date.now();
    const r = await runCli(['verify', file]);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(code);
    expect(r.stderr + r.stdout).toContain(message);
    expect(r.stderr).not.toMatch(NO_CRASH);
  });
});
