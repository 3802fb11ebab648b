/**
 * The checker's default jobs, made through the real CLI as a user would: the default config
 * (`toolforge run --count N`) and an evolved 2,000-API pool (`pool: {source: evolved, size: 2000}`).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../cli/main.js');

export const DEFAULT_JOBS: readonly { readonly name: string; readonly config?: string }[] = [
  { name: 'default' },
  { name: 'evolved-2000', config: 'pool:\n  source: evolved\n  size: 2000\n' },
];

/** Run one job of `count` records under `root`; its directory. */
export function runJob(root: string, job: (typeof DEFAULT_JOBS)[number], count: number): string {
  const dir = join(root, job.name);
  const args = ['run', '--out', dir, '--count', String(count)];
  if (job.config) {
    const file = join(root, `${job.name}.yaml`);
    writeFileSync(file, job.config);
    args.push('--config', file);
  }
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, TOOLFORGE_LOG_LEVEL: 'warn' }, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`toolforge ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  process.stderr.write(`${job.name}: ${count} records in ${((performance.now() - t0) / 1000).toFixed(1)} s (${dir})\n`);
  return dir;
}
