import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPoolFile, writePoolFile } from '../../api-pool/pool-file.js';
import type { ApiSpec } from '../../api-pool/types.js';

const APIS: ApiSpec[] = [
  {
    name: 'get_weather',
    domain: 'weather',
    subdomain: 'current',
    description: 'Current weather at a place.',
    parameters: { type: 'object', properties: { city: { type: 'string', description: 'City.' } }, required: ['city'] },
    returns: { type: 'object', properties: { temp_c: { type: 'number' } } },
    origin: 'seed',
  },
  {
    name: 'math_factorial',
    domain: 'math',
    description: 'n! — unicode and "quotes" survive.\nEven newlines.',
    parameters: { type: 'object', properties: { n: { type: 'integer', minimum: 0 } }, required: ['n'] },
    returns: { type: 'integer' },
    origin: 'tools:bfcl.json#/0',
    sourceName: 'math.factorial',
  },
];

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'pool-file-'));
}

describe('pool file', () => {
  it('round-trips APIs, one per line, keys in a fixed order, no temp file left', () => {
    const dir = tmp();
    const path = join(dir, 'pool.jsonl');
    writePoolFile(path, APIS);
    const text = readFileSync(path, 'utf8');
    expect(text.trimEnd().split('\n')).toHaveLength(2);
    expect(Object.keys(JSON.parse(text.split('\n')[1]))).toEqual(['name', 'domain', 'description', 'parameters', 'returns', 'origin', 'sourceName']);
    expect(readPoolFile(path)).toEqual({ apis: APIS, errors: [] });
    expect(readdirSync(dir)).toEqual(['pool.jsonl']);
  });

  it('reports malformed lines with their line number and keeps the rest', () => {
    const dir = tmp();
    const path = join(dir, 'pool.jsonl');
    writePoolFile(path, APIS);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, [lines[0], '{"name": "broken", ', '', '[1, 2]', JSON.stringify({ ...APIS[0], name: 'x', parameters: 'nope' }), lines[1]].join('\n') + '\n');
    const { apis, errors } = readPoolFile(path);
    expect(apis.map((a) => a.name)).toEqual(['get_weather', 'math_factorial']);
    expect(errors.map((e) => e.line)).toEqual([2, 4, 5]);
    expect(errors[0].problem).toMatch(/JSON/);
    expect(errors[2].problem).toMatch(/parameters/);
  });

  it('throws an error naming the file when it cannot be read', () => {
    const path = join(tmp(), 'missing.jsonl');
    expect(() => readPoolFile(path)).toThrow(path);
  });
});
