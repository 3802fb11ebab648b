/**
 * Output that arrives: through a pipe whose reader is slow, the process exits only after its
 * stdout is drained, so `toolforge status --json | jq` gets the whole object (before, the
 * output was cut at the pipe's 64 KiB when the process exited).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli, tempDir } from '../helpers/cli.js';

/** Run `node CLI args | (sleep 1; cat)`: the reader takes nothing for a second, then all at once. */
function throughSlowReader(args: readonly string[]): Promise<{ code: number | null; stdout: string }> {
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const child = spawn('sh', ['-c', `${quoted} 2>/dev/null | (sleep 1; cat)`], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout })));
}

describe('stdout through a slow pipe', () => {
  let job: string;
  beforeAll(async () => {
    const base = tempDir('drain');
    // Many small shards: the status JSON lists each with its statistics, well over 64 KiB.
    writeFileSync(join(base, 'job.yaml'), 'output: { shardRecords: 3 }\n');
    job = join(base, 'job');
    const r = await runCli(['run', '--out', job, '--count', '300', '--config', join(base, 'job.yaml')]);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it('status --json arrives whole and parses', async () => {
    const r = await throughSlowReader(['status', job, '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(65_536 + 20_000);
    const report = JSON.parse(r.stdout) as { shards: { records: number }[]; written: number };
    expect(report.written).toBe(300);
    expect(report.shards.reduce((n, s) => n + s.records, 0)).toBe(300);
  });
});
