/**
 * An LLM endpoint that stays down (refuses connections): the job says so while it waits, then
 * stops with exit 1 and the resume command once it has been down past `maxDownMs` (issue 17).
 */
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

/** A loopback port nothing listens on: connections to it are refused. */
async function refusingPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('an LLM endpoint that stays down (issue 17)', () => {
  it('logs while it waits, then stops the job with exit 1 and the resume command', async () => {
    const dir = tempDir('down');
    const port = await refusingPort();
    const config = join(dir, 'job.yaml');
    writeFileSync(
      config,
      [
        'seed: 5',
        'count: 10',
        'backend: llm',
        'pool: { source: builtin }',
        'concurrency: 2',
        'progress: { intervalMs: 200 }',
        'endpoints:',
        '  - name: local',
        `    baseURL: http://127.0.0.1:${port}/v1`,
        '    maxRetries: 0',
        '    cooldownAfterFailures: 1',
        '    cooldownMs: 300',
        '    maxDownMs: 1500',
        'roles:',
        '  assistant: { endpoint: local, model: m }',
      ].join('\n'),
    );
    const job = join(dir, 'job');
    const t0 = Date.now();
    const r = await runCli(['run', '--out', job, '--config', config]);
    const ms = Date.now() - t0;
    expect(r.code, r.stderr).toBe(1);
    expect(ms).toBeLessThan(15_000);
    // Progress while it waits: how long it has been down, and when the job will stop.
    expect(r.stderr).toMatch(/llm endpoint local down for \d+\.\d s \(\d+ failed calls in a row\); next try in .*; the job stops if it is still down in \d+\.\d s \(maxDownMs\)/);
    expect(r.stderr).toMatch(/the job stopped: endpoint local \(last: connection: .*\) failed every call for \d+\.\d s, longer than maxDownMs \(1\.5 s\): is the server up\. Nothing is lost/);
    expect(r.stderr).toContain(`toolforge resume ${job}`);
    expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });
});
