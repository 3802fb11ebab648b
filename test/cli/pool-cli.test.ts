import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShards, runCli, tempDir } from '../helpers/cli.js';

const FIXTURES = resolve(__dirname, '../fixtures');

function lines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('toolforge pool', () => {
  it('builds a pool from the built-in seeds and reports its stats', async () => {
    const out = join(tempDir('pool'), 'pool.jsonl');
    const r = await runCli(['pool', 'build', '--out', out, '--size', '400', '--seed', '3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('wrote 400 APIs over 30 domains');
    const apis = lines(out);
    expect(apis).toHaveLength(400);
    expect(Object.keys(apis[0]).sort()).toEqual(expect.arrayContaining(['description', 'domain', 'name', 'origin', 'parameters', 'returns']));
    const stats = await runCli(['pool', 'stats', out, '--json']);
    expect(stats.code, stats.stderr).toBe(0);
    const s = JSON.parse(stats.stdout) as { stats: { count: number; nearDuplicateRate: number; domains: { count: number } } };
    expect(s.stats.count).toBe(400);
    expect(s.stats.nearDuplicateRate).toBeLessThan(0.01);
  });

  it('imports OpenAPI and tool files, naming every skip with file and pointer', async () => {
    const out = join(tempDir('pool'), 'imported.jsonl');
    const files = [
      join(FIXTURES, 'openapi/petstore-3.0.yaml'),
      join(FIXTURES, 'openapi/cyclic.yaml'),
      join(FIXTURES, 'tools/openai-tools.json'),
    ];
    const r = await runCli(['pool', 'import', ...files, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/skipped: .*cyclic\.yaml#\/paths\/~1nodes\/post: cyclic schema: #\/components\/schemas\/Node -> #\/components\/schemas\/Node/);
    const origins = lines(out).map((a) => String(a.origin));
    expect(origins.some((o) => o.startsWith('openapi:petstore-3.0.yaml#/paths/'))).toBe(true);
    expect(origins.some((o) => o.startsWith('tools:openai-tools.json'))).toBe(true);
  });

  it('exits 2 on an unreadable file and writes nothing', async () => {
    const dir = tempDir('pool');
    const r = await runCli(['pool', 'import', join(dir, 'missing.yaml'), '--out', join(dir, 'out.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.yaml');
  });

  it('reports malformed lines of a pool file with their line number', async () => {
    const file = join(tempDir('pool'), 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify({ name: 'x' })}\n{not json\n`);
    const r = await runCli(['pool', 'stats', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/line 2/);
  });
});

describe('a job draws its tools from the pool its config names', () => {
  it('uses a pool file (paths relative to the config file)', async () => {
    const dir = tempDir('poolfile');
    const pool = join(dir, 'pool.jsonl');
    const built = await runCli(['pool', 'build', '--out', pool, '--size', '250', '--seed', '9']);
    expect(built.code, built.stderr).toBe(0);
    const names = new Set(lines(pool).map((a) => String(a.name)));
    writeFileSync(join(dir, 'job.yaml'), 'count: 60\npool:\n  source: file\n  file: pool.jsonl\n');
    const job = join(dir, 'job');
    const r = await runCli(['run', '--out', job, '--config', join(dir, 'job.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    const records = [...readShards(job).values()].flatMap((b) => b.toString('utf8').trim().split('\n').map((l) => JSON.parse(l)));
    expect(records).toHaveLength(60);
    const used = new Set(records.flatMap((rec: { tools: { function: { name: string } }[] }) => rec.tools.map((t) => t.function.name)));
    for (const n of used) expect(names.has(n), n).toBe(true);
    expect(used.size).toBeGreaterThan(40);
  });

  it('evolves a pool on the fly to the configured size and stores it in the checkpoint', async () => {
    const dir = tempDir('evolved');
    writeFileSync(join(dir, 'job.yaml'), 'count: 40\npool:\n  source: evolved\n  size: 300\n');
    const job = join(dir, 'job');
    const r = await runCli(['run', '--out', job, '--config', join(dir, 'job.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('evolved a pool of 300 APIs');
  });

  it.each([
    ['a missing pool file', 'pool:\n  source: file\n  file: nowhere.jsonl\n', 'cannot read the pool file'],
    ['source file without a file', 'pool:\n  source: file\n', 'no pool.file is given'],
    ['a pool file with a bad line', 'pool:\n  source: file\n  file: bad.jsonl\n', 'line 2'],
  ])('refuses %s with exit 2 and leaves no job directory', async (_label, yaml, message) => {
    const dir = tempDir('badpool');
    writeFileSync(join(dir, 'bad.jsonl'), '{}\n{oops\n');
    writeFileSync(join(dir, 'job.yaml'), yaml);
    const r = await runCli(['run', '--out', join(dir, 'job'), '--config', join(dir, 'job.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(() => readFileSync(join(dir, 'job', 'checkpoint.sqlite'))).toThrow();
  });
});
