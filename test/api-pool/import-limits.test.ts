import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, importFile } from '../../api-pool/import/index.js';
import { tempDir } from '../helpers/cli.js';
import { bigEnum, deepSchemaText, fanOutSchemas, openApiDoc } from '../helpers/hostile.js';

const write = (name: string, text: string): string => {
  const file = join(tempDir('limits'), name);
  writeFileSync(file, text);
  return file;
};

/** Import `file`, timed. */
function timed(file: string, limits = IMPORT_LIMITS) {
  const t0 = performance.now();
  const r = importFile(file, limits);
  return { r, ms: performance.now() - t0 };
}

describe('pool import does bounded work on hostile files (issue 17)', () => {
  it.each([20, 30])('$refs fanning out to depth %i stop at the node budget in well under 10 s, naming file and schema', (depth) => {
    const file = write(`fan${depth}.json`, JSON.stringify(openApiDoc({ $ref: '#/components/schemas/S0' }, fanOutSchemas(depth))));
    const { r, ms } = timed(file);
    expect(ms).toBeLessThan(10_000);
    expect(r.apis).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0].file).toBe(file);
    expect(r.skipped[0].pointer).toBe('/paths/~1x0/post');
    expect(r.skipped[0].problem).toContain('schema at /paths/~1x0/post/requestBody/content/application~1json/schema expands to more than 100000 nodes');
    expect(r.skipped[0].problem).toContain('limit: 100000 expanded schema nodes');
  });

  it('a fan-out within the budget imports, expanded in full, each operation with its own copy', () => {
    const file = write('fan6.json', JSON.stringify(openApiDoc({ $ref: '#/components/schemas/S0' }, fanOutSchemas(6), 2)));
    const { r } = timed(file);
    expect(r.skipped).toEqual([]);
    expect(r.apis).toHaveLength(2);
    let s = r.apis[0].parameters as Record<string, any>;
    for (let i = 0; i < 5; i++) s = s.properties[i % 2 ? 'a' : 'b'];
    expect(s.properties.a).toEqual({ type: 'string' });
    // Memoised targets are not shared between the APIs handed out.
    expect(r.apis[0].parameters.properties).not.toBe(r.apis[1].parameters.properties);
    expect((r.apis[0].parameters.properties as any).a).not.toBe((r.apis[0].parameters.properties as any).b);
  });

  it('the budget is a limit, and a smaller one stops a smaller fan-out', () => {
    const file = write('fan6.json', JSON.stringify(openApiDoc({ $ref: '#/components/schemas/S0' }, fanOutSchemas(6))));
    const { r } = timed(file, { ...IMPORT_LIMITS, maxExpandedNodes: 50 });
    expect(r.skipped[0].problem).toContain('limit: 50 expanded schema nodes');
  });

  it.each([
    ['an OpenAPI parameter', (e: unknown) => JSON.stringify(openApiDoc(e)), '/paths/~1x0/post'],
    ['a tool file', (e: unknown) => JSON.stringify([{ type: 'function', function: { name: 'f', description: 'd', parameters: e } }]), '/0'],
  ])('a 100,000-value enum in %s is refused at once, naming the place and the limit', (_, text, pointer) => {
    const file = write('enum.json', text(bigEnum(100_000)));
    const { r, ms } = timed(file);
    expect(ms).toBeLessThan(10_000);
    expect(r.apis).toEqual([]);
    expect(r.skipped[0].pointer).toBe(pointer);
    expect(r.skipped[0].problem).toMatch(/enum of 100000 values at \S+\/enum \(limit: 2000 enum values\)/);
  });

  it.each([
    ['OpenAPI', (s: string) => `{"openapi":"3.0.3","info":{"title":"d","version":"1"},"paths":{"/x":{"post":{"operationId":"deep","summary":"d","requestBody":{"content":{"application/json":{"schema":${s}}}},"responses":{"200":{"description":"ok"}}}}}}`],
    ['a tool file', (s: string) => `[{"name":"deep","description":"d","parameters":${s}}]`],
  ])('a schema nested 5,000 levels in %s is refused by depth, not a stack overflow', (_, text) => {
    const file = write('deep.json', text(deepSchemaText(5000)));
    const { r, ms } = timed(file);
    expect(ms).toBeLessThan(10_000);
    expect(r.apis).toEqual([]);
    expect(r.skipped[0].problem).toMatch(/nested deeper than 128 levels .*limit: schema depth 128/);
    expect(r.skipped[0].problem).not.toMatch(/call stack/);
  });

  it('a schema deeper than the limit in JSON levels but not in schema levels is refused after conversion', () => {
    const file = write('deep80.json', JSON.stringify(openApiDoc(JSON.parse(deepSchemaText(80)))));
    const { r } = timed(file);
    expect(r.skipped[0].problem).toMatch(/\/parameters nested deeper than 128 levels/);
  });

  it.each([
    ['OpenAPI', JSON.stringify(openApiDoc({ type: 'object' }, {}, 4)), '/paths', '4 operations, more than 3 in one file (limit: operations per file)'],
    ['a tool file', JSON.stringify([1, 2, 3, 4].map((i) => ({ name: `t${i}`, description: `tool ${i}`, parameters: { type: 'object', properties: {} } }))), '', '4 tools, more than 3 in one file (limit: operations per file)'],
  ])('%s with more operations than the limit is refused whole', (_, text, pointer, problem) => {
    const file = write('ops.json', text);
    const { r } = timed(file, { ...IMPORT_LIMITS, maxOperations: 3 });
    expect(r.apis).toEqual([]);
    expect(r.skipped).toEqual([{ file, pointer, problem: expect.stringContaining(problem) }]);
  });

  it('a file over the size limit is refused before it is read', () => {
    const file = write('big.json', JSON.stringify(openApiDoc({ type: 'object' })));
    const { r } = timed(file, { ...IMPORT_LIMITS, maxFileBytes: 100 });
    expect(r.skipped).toEqual([{ file, pointer: '', problem: expect.stringMatching(/^file of \d+ bytes, larger than 100 \(limit: file size\)$/) }]);
  });

  it('a file that takes longer than its time budget is refused whole, naming where it stopped', () => {
    const file = write('slow.json', JSON.stringify(openApiDoc({ type: 'object' }, {}, 3)));
    let t = 0;
    const { r } = timed(file, { ...IMPORT_LIMITS, fileMs: 50, now: () => (t += 40) });
    expect(r.apis).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0].problem).toMatch(/^stopped at \/paths\/\S+: converting the file took longer than 50 ms \(limit: import time per file\)$/);
  });
});
