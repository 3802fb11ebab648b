import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../dist/cli/main.js');

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `toolforge-${label}-`));
}

/** Start the built CLI; `onStderr` sees stderr as it comes. */
export function startCli(args: readonly string[], onStderr?: (chunk: string, child: ChildProcess) => void) {
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TOOLFORGE_LOG_LEVEL: 'info' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    onStderr?.(d.toString(), child);
  });
  const done = new Promise<CliResult>((resolvePromise) => {
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: readonly string[]): Promise<CliResult> {
  return startCli(args).done;
}

/** Every file under `dir` (relative path -> sha256), for "nothing was touched" checks. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, rel);
      else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/**
 * Shard files of the target's splits under DIR/data: name -> contents. The extra split's files
 * (records finished past the target, keepExtra) depend on timing, so they are left out unless
 * asked for.
 */
export function readShards(dir: string, options: { readonly extra?: boolean } = {}): Map<string, Buffer> {
  const data = join(dir, 'data');
  const names = readdirSync(data)
    .sort()
    .filter((name) => (options.extra ?? false) || !name.startsWith('extra-'));
  return new Map(names.map((name) => [name, readFileSync(join(data, name))] as const));
}

/** The extra split's shard files under DIR/data: name -> contents. */
export function readExtraShards(dir: string): Map<string, Buffer> {
  const data = join(dir, 'data');
  return new Map(readdirSync(data).sort().filter((name) => name.startsWith('extra-')).map((name) => [name, readFileSync(join(data, name))] as const));
}
