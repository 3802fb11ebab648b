import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, snapshotDir, tempDir } from '../helpers/cli.js';

describe('bad input gets a clear message, its exit code, and destroys nothing', () => {
  let job: string;

  beforeAll(async () => {
    job = join(tempDir('cli'), 'job');
    const r = await runCli(['run', '--out', job, '--count', '40', '--seed', '3']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('rejects a bad config with exit 2, naming file, path and value', async () => {
    const cfg = join(tempDir('cli'), 'bad.yaml');
    writeFileSync(cfg, 'count: 10\noutput:\n  shardRecords: -5\n');
    const out = join(tempDir('cli'), 'new');
    const r = await runCli(['run', '--out', out, '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(cfg);
    expect(r.stderr).toContain('/output/shardRecords (line 3)');
    expect(r.stderr).toContain('got -5');
    expect(readdirSync(join(out, '..'))).not.toContain('new');
  });

  it.each([
    [['run', '--out', 'x', '--bogus']],
    [['run', '--out', 'x', '--count', 'many']],
    [['run']],
    [['frobnicate']],
    [['status']],
  ])('exits 2 on bad usage: %j', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('refuses a DIR that holds a different job and points to resume', async () => {
    const before = snapshotDir(job);
    const r = await runCli(['run', '--out', job, '--count', '40', '--seed', '4']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already holds a different job (seed differ)');
    expect(r.stderr).toContain(`toolforge resume ${job}`);
    expect(snapshotDir(job)).toEqual(before);
  });

  it('says an already complete job is complete when run again', async () => {
    const r = await runCli(['run', '--out', job, '--count', '40', '--seed', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('already complete');
  });

  it('refuses a resume config that changes content, accepts operational changes', async () => {
    const before = snapshotDir(job);
    const cfg = join(tempDir('cli'), 'changed.yaml');
    writeFileSync(cfg, 'count: 40\nseed: 3\noutput:\n  gzip: true\n');
    const bad = await runCli(['resume', job, '--config', cfg]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('(output)');
    expect(snapshotDir(job)).toEqual(before);
    writeFileSync(cfg, 'count: 40\nseed: 3\nconcurrency: 3\n');
    const ok = await runCli(['resume', job, '--config', cfg]);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('refuses a non-empty DIR without a job', async () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = await runCli(['run', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds no toolforge job');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('reports a corrupt checkpoint with exit 1 and leaves it as it is', async () => {
    const dir = tempDir('cli');
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'checkpoint.sqlite'), 'this is not a database, just some bytes '.repeat(200));
    writeFileSync(join(dir, 'data', 'train-00000.jsonl'), '{"id":"x"}\n');
    const before = snapshotDir(dir);
    for (const args of [['resume', dir], ['status', dir], ['run', '--out', dir]]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('cannot read the checkpoint');
      expect(r.stderr).toContain(join(dir, 'checkpoint.sqlite'));
    }
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('reports a resume of a directory without a job', async () => {
    const r = await runCli(['resume', tempDir('cli')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no toolforge job in');
  });
});
