/**
 * The checker as a user runs it: `node dist/scripts/quality.js FILE...` on shards of hand-made
 * records prints the table and exits 0 when the targets are met, 1 when a class misses them
 * (--json gives the same figures as data).
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hubRowJson } from '../../output/hub-row.js';
import type { CanonicalRecord } from '../../core/record.js';
import { tempDir } from '../helpers/cli.js';
import * as s from './scenarios.js';
import { DETECTORS } from '../../scripts/quality/detectors.js';

const SCRIPT = resolve(__dirname, '../../dist/scripts/quality.js');
const root = tempDir('quality-cli');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function shard(name: string, records: readonly CanonicalRecord[]): string {
  const file = join(root, `${name}.jsonl`);
  writeFileSync(file, records.map((r) => `${hubRowJson(r)}\n`).join(''));
  return file;
}

const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

describe('node dist/scripts/quality.js', () => {
  const good = s.GOOD.map((make) => make());

  it('prints one row per class and exits 0 on consistent records', () => {
    const r = run('--checks', 'consistency', shard('good', good));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^\| \d+ \|/gm)).toHaveLength(DETECTORS.length);
    expect(r.stdout).toContain(`| | **records with any defect** | ${good.length} | 0 | 0.0% | |`);
  });

  it('exits 1 when a class misses the target, and names the record in --json', () => {
    const r = run('--checks', 'consistency', '--json', shard('bad', [...good, s.rates({ sentBase: 'EUR', gotBase: 'KRW' })]));
    expect(r.status).toBe(1);
    const [report] = JSON.parse(r.stdout) as { meetsTargets: boolean; anyDefect: number; classes: { key: string; defects: number; examples: { id: string }[] }[] }[];
    expect(report.meetsTargets).toBe(false);
    expect(report.anyDefect).toBe(1);
    const echo = report.classes.find((c) => c.key === 'echo')!;
    expect(echo.defects).toBe(1);
    expect(echo.examples[0].id).toMatch(/^fixture-/);
  });

  it('refuses a path that is not a job or a shard', () => {
    const r = run(join(root, 'missing'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/quality: /);
  });
});
