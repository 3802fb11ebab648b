import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtinToolsFile, loadBuiltinTools } from '../../api-pool/builtin-tools.js';
import { BUILTIN_TOOLS, builtinPool } from '../../api-pool/index.js';
import { validateApi } from '../../api-pool/validate.js';
import { TOOL_PHRASES } from '../../pipeline/agents/phrases.js';
import { tempDir } from '../helpers/cli.js';
import { expectDataFileError } from '../helpers/data-file.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
// strict: true so a misspelt keyword (minimun, requried) fails here instead of being ignored.
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);

type Schema = Record<string, unknown>;

/** Every sub-schema of a schema, with its path. */
function walk(schema: Schema, path: string, out: [string, Schema][] = []): [string, Schema][] {
  out.push([path, schema]);
  const props = schema.properties as Record<string, Schema> | undefined;
  if (props) for (const [k, v] of Object.entries(props)) walk(v, `${path}.${k}`, out);
  if (schema.items) walk(schema.items as Schema, `${path}[]`, out);
  return out;
}

const all = BUILTIN_TOOLS.flatMap((t) => [...walk(t.parameters, `${t.name}.parameters`), ...walk(t.returns, `${t.name}.returns`)]);

describe('BUILTIN_TOOLS', () => {
  it('has at least 14 tools over at least 6 domains, each domain with 2 or more tools', () => {
    expect(BUILTIN_TOOLS.length).toBeGreaterThanOrEqual(14);
    const perDomain = new Map<string, number>();
    for (const t of BUILTIN_TOOLS) perDomain.set(t.domain, (perDomain.get(t.domain) ?? 0) + 1);
    expect(perDomain.size).toBeGreaterThanOrEqual(6);
    for (const [domain, n] of perDomain) expect(n, domain).toBeGreaterThanOrEqual(2);
  });

  it('builtinPool() indexes every tool by a unique name', () => {
    const pool = builtinPool();
    expect(pool.list).toBe(BUILTIN_TOOLS);
    expect(pool.byName.size).toBe(BUILTIN_TOOLS.length);
    for (const t of BUILTIN_TOOLS) expect(pool.byName.get(t.name)).toBe(t);
  });

  describe.each(BUILTIN_TOOLS.map((t) => [t.name, t] as const))('%s', (name, tool) => {
    it('has a valid name, a description and origin builtin', () => {
      expect(name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      expect(tool.description.length).toBeGreaterThan(20);
      expect(tool.origin).toBe('builtin');
    });

    it('passes validateApi', () => {
      expect(validateApi(tool)).toEqual([]);
    });

    it('has closed object parameters whose required keys exist and that ajv compiles in strict mode', () => {
      const p = tool.parameters;
      expect(p.type).toBe('object');
      expect(p.additionalProperties).toBe(false);
      expect(Object.keys(p.properties).length).toBeGreaterThan(0);
      expect((p.required ?? []).length).toBeGreaterThan(0);
      for (const r of p.required ?? []) expect(Object.keys(p.properties)).toContain(r);
      for (const [k, sub] of Object.entries(p.properties)) expect(typeof sub.description, `${name}.${k}`).toBe('string');
      expect(() => ajv.compile(p)).not.toThrow();
    });

    it('has an object returns schema with required keys that exist, compiled by ajv', () => {
      const r = tool.returns;
      expect(r.type).toBe('object');
      const props = r.properties as Record<string, unknown>;
      expect(Object.keys(props).length).toBeGreaterThan(0);
      expect(Array.isArray(r.required)).toBe(true);
      for (const k of r.required as string[]) expect(Object.keys(props)).toContain(k);
      expect(() => ajv.compile(r)).not.toThrow();
    });

    it('closes every nested object and gives every array its items', () => {
      for (const [path, s] of walk(tool.parameters, 'parameters')) {
        if (s.type === 'object') {
          expect(s.additionalProperties, path).toBe(false);
          for (const k of (s.required as string[] | undefined) ?? []) expect(Object.keys(s.properties as object), path).toContain(k);
        }
        if (s.type === 'array') expect(s.items, path).toBeTypeOf('object');
      }
    });

    it('has phrase fragments only for parameters it really has', () => {
      const phrases = TOOL_PHRASES[name];
      expect(phrases, 'every builtin tool has phrases').toBeDefined();
      expect(phrases.asks.length).toBeGreaterThanOrEqual(2);
      for (const k of Object.keys(phrases.params ?? {})) expect(Object.keys(tool.parameters.properties)).toContain(k);
    });
  });

  // The feature table the generator and verifiers must cope with.
  const features: [string, (s: Schema) => boolean, number][] = [
    ['enum', (s) => Array.isArray(s.enum), 5],
    ['integer enum', (s) => Array.isArray(s.enum) && typeof (s.enum as unknown[])[0] === 'number', 1],
    ['integer with bounds', (s) => s.type === 'integer' && typeof s.minimum === 'number' && typeof s.maximum === 'number', 5],
    ['number with bounds', (s) => s.type === 'number' && typeof s.minimum === 'number' && typeof s.maximum === 'number', 5],
    ['format date', (s) => s.format === 'date', 3],
    ['format date-time', (s) => s.format === 'date-time', 2],
    ['format email', (s) => s.format === 'email', 3],
    ['pattern', (s) => typeof s.pattern === 'string', 5],
    ['boolean', (s) => s.type === 'boolean', 5],
    ['array of strings', (s) => s.type === 'array' && (s.items as Schema).type === 'string', 5],
    ['array of objects', (s) => s.type === 'array' && (s.items as Schema).type === 'object', 3],
  ];
  it.each(features)('uses %s at least the expected number of times', (_label, test, min) => {
    expect(all.filter(([, s]) => test(s)).length).toBeGreaterThanOrEqual(min);
  });

  it('has at least two tools with nested objects in their parameters', () => {
    const nested = BUILTIN_TOOLS.filter((t) => walk(t.parameters, '').some(([path, s]) => path !== '' && s.type === 'object'));
    expect(nested.length).toBeGreaterThanOrEqual(2);
  });

  it('has patterns that are valid unicode regular expressions', () => {
    for (const [path, s] of all) if (typeof s.pattern === 'string') expect(() => new RegExp(s.pattern as string, 'u'), path).not.toThrow();
  });
});

describe('the built-in tools file', () => {
  const shipped = JSON.parse(readFileSync(builtinToolsFile(), 'utf8')) as Record<string, unknown>[];

  it('is what BUILTIN_TOOLS holds, in its order, and passes the checks any other tools file gets', () => {
    expect(BUILTIN_TOOLS).toEqual(shipped);
    expect(loadBuiltinTools({ checkShipped: true })).toEqual(BUILTIN_TOOLS);
  });

  const withTool = (i: number, change: Record<string, unknown>): unknown => shipped.map((t, j) => (j === i ? { ...t, ...change } : t));
  // [case, file content, pointer, words of the problem]
  const broken: [string, unknown, string, string][] = [
    ['not JSON', '[\n  {"name": "x"},\n', '/', 'not valid JSON'],
    ['an object instead of an array', { tools: shipped }, '/', 'must be an array of APIs'],
    ['another origin', withTool(2, { origin: 'seed' }), '/2/origin', 'must be "builtin", got "seed"'],
    ['a name used twice', withTool(5, { name: shipped[1].name }), '/5/name', `the API name "${String(shipped[1].name)}" is already used at`],
    ['parameters that are not an object schema', withTool(3, { parameters: { type: 'array' } }), '/3/parameters/type', 'parameters must have type "object"'],
    ['no description', withTool(0, { description: '' }), '/0/description', 'description must be a non-empty string'],
  ];
  it.each(broken)('rejects a file with %s, naming the file, the place and the problem', (_label, content, pointer, problem) => {
    const file = join(tempDir('builtin'), 'tools.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    expectDataFileError(() => loadBuiltinTools({ file }), file, pointer, problem);
  });
});
