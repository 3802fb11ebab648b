/**
 * Runs a toolforge command in a child process as a user would and measures it: wall time and
 * peak RSS (VmHWM from /proc, sampled every 50 ms; the kernel keeps the high-water mark, so a
 * short peak between two samples is still seen).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../cli/main.js');

export function readHwmKb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

export interface ChildRun {
  readonly code: number | null;
  readonly wallSec: number;
  readonly peakKb: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `toolforge ARGS` to its end; `onSample` sees the peak so far every 50 ms. */
export async function runCli(args: readonly string[], onSample?: (peakKb: number) => void): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TOOLFORGE_LOG_LEVEL: 'warn' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peakKb = 0;
  const sampler = setInterval(() => {
    const kb = readHwmKb(child.pid!);
    if (kb !== undefined) peakKb = Math.max(peakKb, kb);
    onSample?.(peakKb);
  }, 50);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  clearInterval(sampler);
  return { code, wallSec: (performance.now() - started) / 1000, peakKb, stdout, stderr };
}
