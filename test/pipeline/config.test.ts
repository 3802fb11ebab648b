import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedContentFields, configHash, loadConfig, resolveConfig } from '../../pipeline/config.js';
import { ConfigError } from '../../core/errors.js';
import { tempDir } from '../helpers/cli.js';

function file(name: string, text: string): string {
  const path = join(tempDir('config'), name);
  writeFileSync(path, text);
  return path;
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('fills every default from the schema', () => {
    const c = loadConfig(undefined);
    expect(c).toMatchObject({
      name: 'toolforge',
      seed: 42,
      count: 1000,
      concurrency: 16,
      threads: 0,
      backend: 'offline',
      output: { shardRecords: 10000, gzip: false },
      offline: { noiseRate: 0.05 },
      rationale: 'all',
      progress: { intervalMs: 5000 },
    });
  });

  it('reads YAML and JSON, and flags override the file', () => {
    const yaml = file('job.yaml', 'seed: 7\ncount: 50\noutput:\n  shardRecords: 20\n');
    expect(loadConfig(yaml, { count: 60 })).toMatchObject({ seed: 7, count: 60, output: { shardRecords: 20, gzip: false } });
    const json = file('job.json', JSON.stringify({ mix: { single: 1 } }));
    expect(loadConfig(json).mix).toEqual({ single: 1 });
  });

  it.each([
    ['count: -3\n', '/count', 'must be >= 1', '-3'],
    ['count: 5\nsede: 3\n', '/sede', 'unknown option', '3'],
    ['output:\n  gzip: "yes"\n', '/output/gzip', 'must be boolean', '"yes"'],
    ['backend: gpt\n', '/backend', 'must be one of "offline"', '"gpt"'],
    ['mix:\n  single: 0\n', '/mix', 'at least one category', '{"single":0}'],
    ['mix:\n  chitchat: 1\n', '/mix/chitchat', 'unknown option', '1'],
    ['rationale: short\n', '/rationale', 'must be one of "all", "nontrivial", "none"', '"short"'],
  ])('names the file, the place and the value for %j', (text, pointer, problem, value) => {
    const path = file('bad.yaml', text);
    const err = configError(() => loadConfig(path));
    expect(err.message).toContain(path);
    expect(err.message).toContain(`at ${pointer}`);
    expect(err.message).toContain(problem);
    expect(err.message).toContain(`got ${value}`);
    expect(err.exitCode).toBe(2);
  });

  it('gives the line of a bad value in YAML', () => {
    const path = file('lines.yaml', 'seed: 1\n\ncount: zero\n');
    expect(configError(() => loadConfig(path)).message).toMatch(/\/count \(line 3\)/);
  });

  it('reports YAML syntax errors with line and column', () => {
    const path = file('syntax.yaml', 'seed: 1\ncount: [1, 2\n');
    expect(configError(() => loadConfig(path)).message).toMatch(/not valid YAML or JSON at line \d+, column \d+/);
  });

  it('says which flag a bad value came from', () => {
    expect(configError(() => loadConfig(undefined, { count: 0 })).message).toContain('(from the flag --count)');
  });

  it('reports a missing file', () => {
    expect(configError(() => loadConfig('/nonexistent/job.yaml')).message).toContain('cannot read the file');
  });

  it('hashes only content-affecting fields', () => {
    const base = resolveConfig({ seed: 1 });
    expect(configHash(resolveConfig({ seed: 1, concurrency: 99, threads: 3, progress: { intervalMs: 50 } }))).toBe(configHash(base));
    expect(configHash(resolveConfig({ seed: 2 }))).not.toBe(configHash(base));
    expect(changedContentFields(base, resolveConfig({ seed: 2, output: { gzip: true } }))).toEqual(['output', 'seed']);
  });

  it('takes the rationale setting as content: another setting is another job', () => {
    const base = resolveConfig({ seed: 1 });
    expect(resolveConfig({ seed: 1, rationale: 'nontrivial' }).rationale).toBe('nontrivial');
    expect(configHash(resolveConfig({ seed: 1, rationale: 'all' }))).toBe(configHash(base));
    expect(changedContentFields(base, resolveConfig({ seed: 1, rationale: 'none' }))).toEqual(['rationale']);
  });
});
