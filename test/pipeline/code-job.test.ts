import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../../core/record.js';
import { parseRecordLine } from '../../output/hub-row.js';
import { Sandbox } from '../../pipeline/code/sandbox.js';
import { outputText } from '../../pipeline/code/trajectory.js';
import { codeRuns, sameAnswer, statedAnswer, verifyRecord } from '../../verifiers/index.js';
import { readShards, runCli, startCli, tempDir, type CliResult } from '../helpers/cli.js';

// The job's content: 2,000 code items, a tenth of them in the big-values test split, small
// shards so that kills land around shard writes. The reference run and the killed runs differ
// only in operational settings.
const JOB = ['name: code', 'seed: 11', 'count: 2000', 'mix: { code: 1 }', 'unseen: { itemShare: 0.1 }', 'code: { mistakeRate: 0.3 }', 'output: { shardRecords: 300 }'].join('\n');

function configFile(extra: string): string {
  const path = join(tempDir('code-cfg'), 'job.yaml');
  writeFileSync(path, `${JOB}\n${extra}\n`);
  return path;
}

function records(dir: string): CanonicalRecord[] {
  return [...readShards(dir).values()].flatMap((b) => b.toString('utf8').trim().split('\n').map(parseRecordLine));
}

let reference: string;
let sandbox: Sandbox;

beforeAll(async () => {
  reference = join(tempDir('code-ref'), 'job');
  const r = await runCli(['run', '--out', reference, '--config', configFile('concurrency: 64')]);
  expect(r.code, r.stderr).toBe(0);
  sandbox = new Sandbox({ workers: 1 });
  await sandbox.ready();
}, 120_000);
afterAll(() => sandbox.close());

describe('a 2,000-record code-only offline job', () => {
  it('writes 2,000 records, train and the big-values test split, every one accepted by the verifier', () => {
    const all = records(reference);
    expect(all).toHaveLength(2000);
    const splits = new Map<string, number>();
    for (const r of all) splits.set(r.split, (splits.get(r.split) ?? 0) + 1);
    expect(splits.get('test')).toBeGreaterThan(100);
    expect(splits.get('train')).toBeGreaterThan(1600);
    for (const r of all) {
      expect(r.meta.category).toBe('code');
      expect(r.meta.plan!.code!.variant).toBe(r.split === 'test' ? 'big' : 'standard');
      expect(verifyRecord(r).checks).toEqual([]);
    }
    // Every skill, and first attempts that go wrong and are fixed.
    expect(new Set(all.map((r) => r.meta.domains[0])).size).toBe(10);
    const fixed = all.filter((r) => r.meta.plan!.code!.runs.length === 2);
    expect(fixed.length).toBeGreaterThan(200);
    expect(new Set(fixed.map((r) => r.meta.plan!.code!.runs[0]))).toEqual(new Set(['error', 'wrong']));
  });

  it('big-values items carry 9-11 digit integers or long decimals, in the question or the answer', () => {
    for (const r of records(reference).filter((x) => x.split === 'test')) {
      const { question, answer } = r.meta.plan!.code!;
      const text = `${question} ${answer}`.replace(/,(?=\d{3})/g, '');
      expect(/\d{9,}|\.\d{6,}|\d+\^\d{2}/.test(text), text).toBe(true);
    }
  });

  it("re-executes every accepted record's code and gets the recorded outputs and the recorded answer", async () => {
    for (const r of records(reference)) {
      const truth = r.meta.plan!.code!;
      const { runs, final } = codeRuns(r);
      expect(runs).toHaveLength(truth.runs.length);
      for (const run of runs) {
        const again = await sandbox.run(run.code);
        expect(outputText(again), `${r.id}: ${run.code}`).toBe(run.output);
      }
      const stated = statedAnswer(final)!;
      expect(stated, r.id).toBe(truth.answer);
      expect(sameAnswer(stated, truth.answer, truth.tolerance, truth.unit)).toBe(true);
    }
  }, 300_000);
});

/** Run (or resume) and SIGKILL it once it has logged progress and `afterMs` more have passed. */
async function killMidway(args: string[], afterMs: number): Promise<CliResult> {
  let timer: NodeJS.Timeout | undefined;
  const { done } = startCli(args, (chunk, child) => {
    if (timer === undefined && chunk.includes('accepted')) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
  });
  const result = await done;
  clearTimeout(timer);
  return result;
}

describe('a code job killed with SIGKILL three times and resumed', () => {
  it('ends with shards byte-identical to the uninterrupted run', async () => {
    // About 32 items in flight with 40 ms each: at most ~800 items a second, so three runs cut
    // after at most 0.6 s cannot finish 2,000.
    const config = configFile('concurrency: 4\noffline' + 'LatencyMs: 40\nprogress: { intervalMs: 50 }');
    const dir = join(tempDir('code-killed'), 'job');
    let kills = 0;
    for (let i = 0; i < 3; i++) {
      const args = i === 0 ? ['run', '--out', dir, '--config', config] : ['resume', dir, '--config', config];
      const r = await killMidway(args, 100 + Math.floor(Math.random() * 500));
      if (r.signal === 'SIGKILL') kills++;
      else expect(r.code, r.stderr).toBe(0);
    }
    expect(kills).toBe(3);
    const final = await runCli(['resume', dir]);
    expect(final.code, final.stderr).toBe(0);
    const want = readShards(reference);
    const got = readShards(dir);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [name, bytes] of want) expect(got.get(name)!.equals(bytes), name).toBe(true);
  }, 300_000);
});
