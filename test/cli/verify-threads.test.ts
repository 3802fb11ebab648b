/**
 * `toolforge verify` on several threads (verifiers/verify-threads.ts): the same report, the same
 * examples in the same order and the same records written as on one thread, line numbers of the
 * file kept; a worker that dies ends the run with an error instead of a short report.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadedOutcomes } from '../../verifiers/verify-threads.js';
import type { RowOutcome } from '../../verifiers/verify-row.js';
import { runCli, tempDir } from '../helpers/cli.js';

const DYING = new URL('../fixtures/dying-worker.mjs', import.meta.url);

describe('toolforge verify --threads', () => {
  it('gives on two threads the report and the records that one thread gives', async () => {
    const dir = tempDir('verify-threads');
    const job = join(dir, 'job');
    const run = await runCli(['run', '--out', job, '--count', '400', '--seed', '3']);
    expect(run.code, run.stderr).toBe(0);
    const rows: string[] = [];
    for (const name of readdirSync(join(job, 'data')).filter((n) => n.endsWith('.jsonl')).sort()) {
      rows.push(...readFileSync(join(job, 'data', name), 'utf8').split('\n').filter((l) => l !== ''));
    }
    // Every seventh row loses its final answer (rejected, spread over the batches); a malformed and a blank line in the middle.
    const lines = rows.map((l, i) => {
      if (i % 7 !== 3) return l;
      const r = JSON.parse(l) as { messages: unknown[] };
      r.messages.pop();
      return JSON.stringify(r);
    });
    lines.splice(150, 0, '{"messages": [', '');
    const file = join(dir, 'rows.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const verify = (threads: number) => runCli(['verify', file, '--json', '--threads', String(threads), '--out', join(dir, `passed-${threads}.jsonl`)]);
    const [one, two] = [await verify(1), await verify(2)];
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout) as { rows: number; rejected: number; malformed: { line: number }[]; failures: { rule: string; examples: { line: number }[] }[] };
    expect(report.rows).toBe(rows.length);
    expect(report.malformed.map((m) => m.line)).toEqual([151]);
    expect(report.rejected).toBeGreaterThanOrEqual(Math.floor(rows.length / 7));
    expect(report.failures.find((f) => f.rule === 'structure.final-answer')?.examples.map((e) => e.line)).toEqual([4, 11, 18]);
    expect(readFileSync(join(dir, 'passed-2.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'passed-1.jsonl'), 'utf8'));
    // The worker did its share.
    const split = /verified on 2 threads: (\d+) row\(s\) on the main thread, (\d+) on 1 worker/.exec(two.stderr);
    expect(split, two.stderr).not.toBeNull();
    expect(Number(split![2])).toBeGreaterThan(0);
    expect(Number(split![1]) + Number(split![2])).toBe(rows.length + 1);
    expect(one.stderr).not.toMatch(/verified on/);
  }, 120_000);

  it('refuses more threads than it can use', async () => {
    const r = await runCli(['verify', join(__dirname, '../fixtures/verify/openai.jsonl'), '--threads', '65']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--threads must be at most 64, got 65/);
  });

  it('stops with an error when a worker thread dies, not with a short report', async () => {
    const good = readFileSync(join(__dirname, '../fixtures/verify/openai.jsonl'), 'utf8').split('\n')[0];
    const lines = Array.from({ length: 300 }, () => good);
    const seen: RowOutcome[] = [];
    const counts = { main: 0, workers: 0 };
    const read = async (): Promise<void> => {
      for await (const o of threadedOutcomes(lines, { judges: false, keepPassed: false }, 1, counts, DYING)) seen.push(o);
    };
    await expect(read()).rejects.toThrow(/a verify worker thread exited with code 3/);
    // What came before the lost batch was given in order; nothing after it.
    expect(seen.map((o) => o.line)).toEqual(seen.map((_, i) => i + 1));
    expect(seen.length).toBeLessThan(lines.length);
  });
});
