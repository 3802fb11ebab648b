/**
 * Checks that know what the values mean: a test split with no held-out tool, infinities, YAML
 * alias bombs, bytes that are not UTF-8, an empty pool file, a card's repo name, a Hub URL.
 * Each: its exit code, a message naming the field or the place, no stack trace, nothing made.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../pipeline/config.js';
import { runCli, snapshotDir, tempDir } from '../helpers/cli.js';

/** No stack frame ("at fn (file:line:col)") and no "unexpected error". */
const noStack = (stderr: string): void => {
  expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?$|unexpected error/m);
};

const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');

describe('a config whose values do not make sense together', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['toolShare 0 with a test split', 'unseen: { toolShare: 0 }\n', /\/unseen\/toolShare \(line 1\): is 0, so no tool is held out for the test split, yet \/unseen\/itemShare is 0\.05/],
    ['an infinite count', 'count: .inf\n', /\/count \(line 1\): must be integer \(got Infinity\)/],
    ['a negative infinity', 'offline: { noiseRate: -.inf }\n', /\/offline\/noiseRate \(line 1\): must be number \(got -Infinity\)/],
    ['a YAML alias bomb', `${bomb}\n`, /its YAML aliases expand too far/],
    ['bytes that are not UTF-8', Buffer.concat([Buffer.from('name: caf'), Buffer.from([0xe9]), Buffer.from('\ncount: 10\n')]), /not UTF-8 text \(the byte at offset 9 does not decode\)/],
  ];
  it.each(cases)('%s: exit 2, the fields named, nothing made', async (_name, text, message) => {
    const base = tempDir('config-check');
    writeFileSync(join(base, 'job.yaml'), text);
    const started = Date.now();
    const r = await runCli(['run', '--out', join(base, 'job'), '--config', join(base, 'job.yaml')]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
    expect(existsSync(join(base, 'job'))).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('accepts toolShare 0 without a test split', () => {
    expect(resolveConfig({ unseen: { toolShare: 0, itemShare: 0 } }).unseen).toEqual({ toolShare: 0, itemShare: 0 });
  });
});

describe('command inputs', () => {
  let job: string;
  beforeAll(async () => {
    job = join(tempDir('config-check-job'), 'job');
    expect((await runCli(['run', '--out', job, '--count', '20'])).code).toBe(0);
  }, 120_000);

  it('pool stats on an empty file: exit 2, says it is empty', async () => {
    const file = join(tempDir('empty-pool'), 'pool.jsonl');
    writeFileSync(file, '\n\n');
    for (const args of [['pool', 'stats', file], ['pool', 'stats', file, '--json']]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain(`${file} holds no API (it is empty)`);
    }
  });

  it('card --repo that is not OWNER/NAME: exit 2, the card untouched', async () => {
    const card = readFileSync(join(job, 'README.md'));
    const before = snapshotDir(job);
    const r = await runCli(['card', job, '--repo', 'me/x")\nimport os; os.system("rm -rf ~']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--repo must be OWNER\/NAME/);
    expect(readFileSync(join(job, 'README.md')).equals(card)).toBe(true);
    expect(snapshotDir(job)).toEqual(before);
  });

  it('publish --hub-url that is not a URL: exit 2, a clear message, no request', async () => {
    const r = await runCli(['publish', job, '--repo', 'me/x', '--hub-url', 'notaurl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--hub-url must be an http\(s\) URL such as https:\/\/huggingface\.co, got "notaurl"/);
    expect(r.stderr).not.toMatch(/fetch failed/);
  });
});
