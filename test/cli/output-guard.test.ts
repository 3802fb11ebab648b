/**
 * Outputs never overlap inputs: every writing command refuses (exit 2, one line, nothing
 * touched) a target that is the job's checkpoint, a shard, anything in `data/`, or its own
 * input; and an export stopped by Ctrl-C or a failed write leaves no partial file behind.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, snapshotDir, startCli, tempDir } from '../helpers/cli.js';

let job: string;
let work: string;
let dataset: string;

beforeAll(async () => {
  work = tempDir('guard');
  job = join(work, 'job');
  const r = await runCli(['run', '--out', job, '--count', '40', '--seed', '9']);
  expect(r.code, r.stderr).toBe(0);
  dataset = join(work, 'set.jsonl');
  const e = await runCli(['export', job, '--format', 'openai', '--out', dataset, '--no-check-templates']);
  expect(e.code, e.stderr).toBe(0);
  writeFileSync(join(work, 'tools.json'), JSON.stringify([{ type: 'function', function: { name: 'get_time', description: 'Current time in a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }]));
  symlinkSync(join(job, 'checkpoint.sqlite'), join(work, 'innocent.jsonl'));
}, 120_000);

const shard = (): string => join(job, 'data', 'train-00000.jsonl');

describe('a writing command refuses a target that is the job or its own input', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['export onto a shard', () => ['export', job, '--format', 'openai', '--out', shard()], /is in the data\/ directory \(the shards\) of the toolforge job/],
    ['export onto the checkpoint', () => ['export', job, '--format', 'openai', '--out', join(job, 'checkpoint.sqlite')], /is checkpoint\.sqlite, a file of the toolforge job/],
    ['export onto the checkpoint through a symlink', () => ['export', job, '--format', 'openai', '--out', join(work, 'innocent.jsonl')], /is checkpoint\.sqlite, a file of the toolforge job/],
    ['export into data/ as a directory', () => ['export', job, '--format', 'sharegpt', '--out', `${join(job, 'data')}/`], /is in the data\/ directory/],
    ['export onto the lock', () => ['export', job, '--format', 'xlam', '--out', join(job, 'job.lock')], /is job\.lock, a file of the toolforge job/],
    ['verify onto its input', () => ['verify', dataset, '--out', dataset], /is an input of this command/],
    ['verify onto a shard', () => ['verify', dataset, '--out', shard()], /is in the data\/ directory/],
    ['pool import onto its input', () => ['pool', 'import', join(work, 'tools.json'), '--out', join(work, 'tools.json')], /is an input of this command/],
    ['pool build onto a seed file', () => ['pool', 'build', '--size', '30', '--seeds', join(work, 'tools.json'), '--out', join(work, 'tools.json')], /is an input of this command/],
    ['pool import into a job', () => ['pool', 'import', join(work, 'tools.json'), '--out', join(job, 'checkpoint.sqlite-wal')], /a file of the toolforge job/],
  ];
  it.each(cases)('%s: exit 2, one line, nothing touched', async (_name, args, message) => {
    const before = { job: snapshotDir(job), work: readdirSync(work).sort(), dataset: snapshotDir(work)['set.jsonl'] };
    const r = await runCli(args());
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshotDir(job)).toEqual(before.job);
    expect(readdirSync(work).sort()).toEqual(before.work);
    expect(snapshotDir(work)['set.jsonl']).toBe(before.dataset);
  });

  it('still writes beside the job: the job directory itself, per split', async () => {
    const r = await runCli(['export', job, '--format', 'openai', '--out', `${job}/`, '--no-check-templates']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(job, 'train.jsonl'))).toBe(true);
  });
});

describe('an export that does not finish leaves no partial file', () => {
  it('is stopped by SIGINT: exit 130, the temp file removed', async () => {
    const base = tempDir('guard-sigint');
    const big = join(base, 'job');
    expect((await runCli(['run', '--out', big, '--count', '1500'])).code).toBe(0);
    const out = join(base, 'out', 'all.jsonl');
    const { child, done } = startCli(['export', big, '--format', 'openai', '--out', out]);
    // Stop it as soon as the temp file is there (it is written for seconds: 1,500 records through three templates).
    const poll = setInterval(() => {
      if (existsSync(`${out}.partial`)) {
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 5);
    const r = await done;
    clearInterval(poll);
    expect(r.code, r.stderr).toBe(130);
    expect(readdirSync(join(base, 'out'))).toEqual([]);
  });

  it('fails to write (its directory is a file): exit 2 or 1, one line, no temp file, no stack trace', async () => {
    const base = tempDir('guard-enotdir');
    writeFileSync(join(base, 'file'), 'x');
    const r = await runCli(['export', job, '--format', 'openai', '--out', join(base, 'file', 'x.jsonl'), '--no-check-templates']);
    expect([1, 2]).toContain(r.code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at |Unhandled/);
    expect(readdirSync(base)).toEqual(['file']);
  });

  it('cannot open its temp file (a directory stands in its way), gzipped: exit 1, one line, nothing left', async () => {
    const base = tempDir('guard-eisdir');
    mkdirSync(join(base, 'x.jsonl.gz.partial'));
    copyFileSync(dataset, join(base, 'keep.jsonl'));
    const r = await runCli(['export', job, '--format', 'openai', '--out', join(base, 'x.jsonl.gz'), '--no-check-templates']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at |Unhandled/);
    expect(readdirSync(base).sort()).toEqual(['keep.jsonl', 'x.jsonl.gz.partial']);
  });
});
