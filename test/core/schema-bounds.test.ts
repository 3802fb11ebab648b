import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOpenApiText } from '../../api-pool/import/openapi.js';
import { ConfigError } from '../../core/errors.js';
import { cyclePointer, schemaBoundsProblem } from '../../core/schema-bounds.js';
import { loadConfig } from '../../pipeline/config.js';
import { tempDir } from '../helpers/cli.js';

describe('bounds on values read from files (core/schema-bounds.ts)', () => {
  it('finds a value that refers to itself, and passes a tree or a DAG', () => {
    const a: unknown[] = [];
    a.push(a);
    expect(cyclePointer({ x: { y: a } })).toBe('/x/y/0');
    const shared = { k: 1 };
    expect(cyclePointer({ a: shared, b: [shared, shared] })).toBeUndefined();
  });

  it('names the broken bound with its place and limit', () => {
    expect(schemaBoundsProblem({ properties: { v: { enum: [1, 2, 3] } } }, { maxDepth: 10, maxEnumValues: 2, maxNodes: 100 })).toBe('enum of 3 values at /properties/v/enum (limit: 2 enum values)');
    expect(schemaBoundsProblem({ a: { b: { c: {} } } }, { maxDepth: 2, maxEnumValues: 2, maxNodes: 100 })).toBe('nested deeper than 2 levels at /a/b (limit: schema depth 2)');
  });

  it('a YAML alias inside its own anchor is a config error (exit 2) or an invalid OpenAPI file, not a stack overflow (found by the fuzz suite)', () => {
    const file = join(tempDir('cycle'), 'job.yaml');
    writeFileSync(file, 'count: 5\nrationale: &a [*a]\n');
    expect(() => loadConfig(file)).toThrow(ConfigError);
    expect(() => loadConfig(file)).toThrow(/at \/rationale\/0.*a YAML alias refers to the value it is part of/);
    expect(parseOpenApiText('openapi: 3.0.0\npaths: &p { /x: *p }\n')).toEqual({ error: 'invalid YAML: an alias refers to the value it is part of (a cycle) at /paths/~1x' });
  });
});
