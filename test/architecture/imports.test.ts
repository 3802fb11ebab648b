import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, ROOT, importCycles, importGraph, layerViolations } from '../helpers/import-graph.js';

describe('the layering: cli -> pipeline -> (api-pool, verifiers, output) -> llm -> core', () => {
  const graph = importGraph();

  it('reads every stage folder', () => {
    for (const folder of Object.keys(ALLOWED)) expect(existsSync(join(ROOT, folder)), folder).toBe(true);
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('cli/main.ts')?.length).toBeGreaterThan(3);
  });

  it('has no import from a lower stage into a higher one', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('every import points at a file that exists', () => {
    const missing = [...graph].flatMap(([from, to]) => to.filter((t) => !existsSync(join(ROOT, t))).map((t) => `${from} -> ${t}`));
    expect(missing).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('catch an upward import and a ground floor that imports a stage', () => {
    const graph = new Map([
      ['api-pool/a.ts', ['pipeline/engine/job.ts', 'core/rng.ts']],
      ['core/rng.ts', ['output/card.ts']],
      ['llm/client.ts', ['cli/main.ts']],
      ['pipeline/engine/job.ts', ['output/card.ts', 'verifiers/rules.ts']],
    ]);
    expect(layerViolations(graph)).toEqual(['api-pool/a.ts -> pipeline/engine/job.ts', 'core/rng.ts -> output/card.ts', 'llm/client.ts -> cli/main.ts']);
  });

  it('catch a circle of three files and a file importing itself', () => {
    const graph = new Map([
      ['api-pool/import/index.ts', ['api-pool/import/openapi.ts']],
      ['api-pool/import/openapi.ts', ['api-pool/import/tool-file.ts']],
      ['api-pool/import/tool-file.ts', ['api-pool/import/index.ts']],
      ['core/self.ts', ['core/self.ts']],
      ['core/rng.ts', []],
    ]);
    expect(importCycles(graph)).toEqual([['api-pool/import/index.ts', 'api-pool/import/openapi.ts', 'api-pool/import/tool-file.ts'], ['core/self.ts']]);
  });
});
