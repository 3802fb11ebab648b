/**
 * What one accepted record costs on the LLM backend (issue 15): a job with every role on the
 * loopback stub (`scripts/lib/openai-stub-server.ts`) run by the built CLI, then the requests and
 * tokens per role divided by the records accepted. The stub plays a model that follows the plan
 * (assistant and teacher: `openai-stub-planned.ts`), rewrites the user's turn as it is, answers the
 * tool in its response schema and passes every judge.
 *   node dist/scripts/bench-llm-cost.js [items=1000] [--cli PATH]   # PATH: another build's dist/cli/main.js
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_TOOLS } from '../api-pool/builtin-tools.js';
import { makePool } from '../api-pool/types.js';
import { allRolesConfig, allRolesModel, plannedCalls } from './lib/openai-stub-planned.js';
import { start } from './lib/openai-stub-server.js';

const args = process.argv.slice(2);
const cliAt = args.indexOf('--cli');
const cli = cliAt >= 0 ? resolve(args.splice(cliAt, 2)[1]) : resolve(dirname(fileURLToPath(import.meta.url)), '../cli/main.js');
const items = Number(args[0] ?? 1000);
/** The single-turn categories: the stand-in answers them from the first request alone. */
const MIX = { single: 1, multiple: 1, parallel: 1, 'parallel-multiple': 1, nested: 1, irrelevance: 1 };
const SEED = 5;

/** The CLI as a child process, awaited without blocking this one (the stub answers from here). */
function runCli(argv: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const script = allRolesModel(plannedCalls(makePool(BUILTIN_TOOLS), SEED, items * 3, MIX));

const stub = await start({ script, keepBodies: false });
const dir = mkdtempSync(join(tmpdir(), 'toolforge-cost-'));
try {
  const config = join(dir, 'job.yaml');
  writeFileSync(config, allRolesConfig({ seed: SEED, count: items, mix: MIX, url: stub.url }));
  const job = join(dir, 'job');
  const t0 = Date.now();
  const run = await runCli(['run', '--out', job, '--config', config]);
  if (run.code !== 0) throw new Error(`job failed (exit ${run.code}):\n${run.stderr.slice(-2000)}`);
  const status = JSON.parse((await runCli(['status', job, '--json'])).stdout) as {
    accepted: number;
    rejected: number;
    failed: number;
    cache?: { calls: number; bytes: number };
    llm?: { totals: { calls: number; promptTokens: number; completionTokens: number; costUsd: number }; byRole: Record<string, { calls: number; promptTokens: number; completionTokens: number }> };
  };
  const per = (n: number): string => (status.accepted > 0 ? (n / status.accepted).toFixed(2) : '-');
  console.log(`${cli}: ${items} records wanted; ${status.accepted} accepted, ${status.rejected} rejected, ${status.failed} failed, ${stub.requestCount()} HTTP requests, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log('| role | calls per accepted record | prompt tokens per record | completion tokens per record |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [role, u] of Object.entries(status.llm?.byRole ?? {})) console.log(`| ${role} | ${per(u.calls)} | ${per(u.promptTokens)} | ${per(u.completionTokens)} |`);
  const size = (p: string): number => [p, `${p}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0);
  const ckBytes = size(join(job, 'checkpoint.sqlite'));
  if (status.cache) {
    console.log(
      `response cache: ${status.cache.calls} calls in ${(status.cache.bytes / 1e6).toFixed(1)} MB, ${Math.round(status.cache.bytes / Math.max(1, status.cache.calls))} bytes a call; ` +
        `checkpoint ${(ckBytes / 1e6).toFixed(1)} MB for ${status.accepted + status.rejected + status.failed} items\n`,
    );
  }
  const t = status.llm?.totals;
  if (t) console.log(`| all | ${per(t.calls)} | ${per(t.promptTokens)} | ${per(t.completionTokens)} |\n\ncost per accepted record at $0.15/$0.60 per M tokens: $${status.accepted > 0 ? (t.costUsd / status.accepted).toFixed(6) : '-'}`);
} finally {
  await stub.close();
  rmSync(dir, { recursive: true, force: true });
}
