/**
 * `toolforge run`, `resume` and `status`: signals wired to a clean stop, the job engine's
 * outcome said in words and turned into an exit code.
 */
import type { ConfigFlags } from '../../pipeline/config.js';
import { resumeJob, startJob, type ExecuteOptions, type RunContext, type RunOutcome } from '../../pipeline/engine/run.js';
import { formatStatus, readStatus } from '../../pipeline/engine/status.js';
import { repairJob } from '../../pipeline/engine/repair.js';
import { pruneCache } from '../../pipeline/engine/cache-prune.js';
import { dryRun } from '../../pipeline/engine/dry-run.js';
import { importBatch } from '../../pipeline/engine/batch-import.js';
import { LlmBatchExportedError } from '../../llm/index.js';
import { loadJobPool } from '../../pipeline/engine/job-pool.js';
import { loadConfig } from '../../pipeline/config.js';
import { makePool } from '../../api-pool/types.js';
import { describeShardState } from '../../pipeline/engine/shard-integrity.js';
import { EXIT, type CommandContext } from '../context.js';
import { join } from 'node:path';
import { JobFailedError } from '../../core/errors.js';
import { ResourceError, resourceError, resourceKind } from '../../core/fs-errors.js';
import { CHECKPOINT_FILE } from '../../core/job-files.js';
import { Checkpoint } from '../../pipeline/engine/checkpoint.js';

/** `toolforge run --out DIR`: a new job, or the same job again (then it goes on where it was). */
export function runCommand(ctx: CommandContext, dir: string, configFile: string | undefined, flags: ConfigFlags, options: ExecuteOptions = {}): Promise<number> {
  return withSignals(ctx, dir, (run) => startJob(run, dir, configFile, flags, options));
}

/** `toolforge resume DIR`: go on from the checkpoint; operational settings may change, content may not. */
export function resumeCommand(
  ctx: CommandContext,
  dir: string,
  configFile: string | undefined,
  flags: Pick<ConfigFlags, 'concurrency'>,
  options: ExecuteOptions = {},
): Promise<number> {
  return withSignals(ctx, dir, (run) => resumeJob(run, dir, configFile, flags, options));
}

/** `toolforge status DIR [--json]`. */
export function statusCommand(ctx: CommandContext, dir: string, json: boolean): number {
  const report = readStatus(dir);
  ctx.out(json ? JSON.stringify(report) : formatStatus(report));
  const damaged = report.shards.filter((s) => !s.onDisk);
  if (damaged.length === 0) return EXIT.ok;
  // The report is printed whole; the exit code tells a script not to go on to export or publish.
  ctx.err(
    `toolforge status: ${damaged.length} shard(s) missing or changed on disk (${damaged[0].path}${damaged.length > 1 ? ', ...' : ''}); ` +
      `\`toolforge resume ${dir}\` rebuilds them from the checkpoint`,
  );
  return EXIT.failure;
}

/** `toolforge run --dry-run`: the expected calls, tokens and cost per role, before anything is paid. */
export async function dryRunCommand(ctx: CommandContext, configFile: string | undefined, flags: ConfigFlags, sample: number | undefined): Promise<number> {
  const config = loadConfig(configFile, flags);
  if (config.backend !== 'llm') {
    ctx.out(`dry run: backend "${config.backend}" makes no model calls; ${config.count} records cost nothing but CPU time`);
    return EXIT.ok;
  }
  const pool = makePool(loadJobPool(config.pool, ctx.logger));
  const e = await dryRun(config, pool, sample !== undefined ? { sample } : {});
  const num = (n: number): string => Math.round(n).toLocaleString('en-US');
  const usd = (n: number): string => `$${n < 10 ? n.toFixed(4) : n.toFixed(2)}`;
  const lines = [
    `dry run of ${config.count} records: ${e.sampled} items of this job rehearsed through the LLM item path with a plan-following stand-in model (nothing sent), ` +
      `${e.accepted} accepted (${(e.acceptRate * 100).toFixed(0)}%): about ${num(e.items[1])} items to plan (${num(e.items[0])} to ${num(e.items[2])})`,
    '| role | calls | prompt tokens | completion tokens | cost |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...[...e.byRole, e.total].map((r) => `| ${r.role} | ${num(r.calls)} | ${num(r.promptTokens)} | ${num(r.completionTokens)} | ${usd(r.costUsd)} |`),
    `expected cost ${usd(e.costUsd[1])} (${usd(e.costUsd[0])} to ${usd(e.costUsd[2])}: the accept rate's 90% interval, and at the top twice the rehearsal's answer lengths)` +
      (e.priceFactor !== 1 ? `, at the batch price (${e.priceFactor} of online)` : '') +
      (config.budget.maxUsd > 0 ? `; budget.maxUsd ${usd(config.budget.maxUsd)}${e.costUsd[1] > config.budget.maxUsd ? ' would stop this job before it ends' : ''}` : ''),
  ];
  ctx.out(lines.join('\n'));
  return EXIT.ok;
}

/**
 * `toolforge batch export DIR`: go on with the job in batch mode until its next round of calls is
 * written to OpenAI Batch files, and say how to run them elsewhere and bring the answers back.
 */
export function batchExportCommand(ctx: CommandContext, dir: string, configFile: string | undefined): Promise<number> {
  return withSignals(ctx, dir, (run) => resumeJob(run, dir, configFile, {}, { batchExport: true }));
}

/** A round written for a batch run elsewhere (run, resume or batch export): the files and what to do with them. */
function exportedReport(ctx: CommandContext, dir: string, err: unknown): number | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e instanceof Error && !(e instanceof LlmBatchExportedError); i++) e = e.cause;
  if (!(e instanceof LlmBatchExportedError)) return undefined;
  ctx.out(`${e.message.startsWith('batch round written') ? 'batch round written' : 'batch files waiting'} for a batch run elsewhere:`);
  for (const f of e.files) ctx.out(`  ${f}`);
  ctx.out('run each, e.g. with vLLM (one model per run; the files are per endpoint):');
  for (const f of e.files) ctx.out(`  vllm run-batch -i ${f} -o ${f.replace(/\.jsonl$/, '')}.output.jsonl --model MODEL`);
  ctx.out(`then \`toolforge batch import ${dir} OUTPUT.jsonl...\` and \`toolforge batch export ${dir}\` for the next round`);
  return EXIT.ok;
}

/** `toolforge batch import DIR FILE...`: batch output files read into the job's response cache. */
export function batchImportCommand(ctx: CommandContext, dir: string, files: readonly string[]): number {
  const o = importBatch(dir, files);
  ctx.out(
    `imported ${o.answered} answers into the response cache (${o.failed} failed lines, ${o.foreign} lines of no exported request of this job); ` +
      `${o.exported} exported file(s) done${o.missing > 0 ? `, ${o.missing} requests without a line go to the next round` : ''}. ` +
      `Go on with \`toolforge batch export ${dir}\` or \`toolforge resume ${dir}\``,
  );
  return EXIT.ok;
}

/** `toolforge cache prune DIR`: drop the cached calls of finished items. */
export function cachePruneCommand(ctx: CommandContext, dir: string): number {
  const o = pruneCache(dir);
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  ctx.out(`dropped ${o.dropped} cached calls of finished items; ${o.kept} kept for items not done; ${mb(o.bytesBefore)} MB -> ${mb(o.bytesAfter)} MB`);
  return EXIT.ok;
}

/** `toolforge repair DIR`: restore a damaged checkpoint from its backup; check the shards. */
export function repairCommand(ctx: CommandContext, dir: string): number {
  const outcome = repairJob(dir);
  if (outcome.state === 'sound') ctx.out(`the checkpoint of ${dir} is sound; nothing was restored`);
  else {
    ctx.out(
      `restored ${join(dir, CHECKPOINT_FILE)} from its backup (taken at a shard seal)` +
        `${outcome.keptAs ? `; the damaged file is kept as ${join(dir, outcome.keptAs)}` : ''}`,
    );
  }
  const bad = outcome.shards.filter((c) => c.state !== 'ok');
  ctx.out(`${outcome.shards.length - bad.length} of ${outcome.shards.length} sealed shards match their sha256`);
  for (const c of bad) ctx.out(describeShardState(dir, c));
  if (outcome.state === 'restored' || bad.length > 0) {
    ctx.out(`go on with \`toolforge resume ${dir}\`: it ${bad.length > 0 ? 'rebuilds the shards above and ' : ''}does again what was done after the backup, to the same bytes`);
  }
  return EXIT.ok;
}

/**
 * Ctrl-C (SIGINT) or SIGTERM stops claiming items, lets running ones finish and saves; a second
 * one stops at once, which is also safe: the checkpoint is consistent at every transaction.
 */
async function withSignals(ctx: CommandContext, dir: string, go: (run: RunContext) => Promise<RunOutcome>): Promise<number> {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    if (signals > 1) {
      process.stderr.write(`\n${signal} again: stopping now. Resume with: toolforge resume ${dir}\n`);
      process.exit(EXIT.interrupted);
    }
    ctx.logger.warn(`${signal}: finishing running items and saving; press Ctrl-C again to stop at once`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const outcome = await go({ logger: ctx.logger, tty: ctx.tty, signal: controller.signal });
    return report(ctx, dir, outcome);
  } catch (err) {
    const exported = exportedReport(ctx, dir, err);
    if (exported !== undefined) return exported;
    throw jobResourceError(err, dir) ?? err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * A file-system or resource error of a run, said with the job's words: a read-only job is
 * still readable; a full disk loses nothing and the job goes on with `resume`.
 */
function jobResourceError(err: unknown, dir: string): ResourceError | undefined {
  // The scheduler says "the job stopped" around the cause; the cause is what the user can fix.
  const cause = err instanceof JobFailedError && err.cause !== undefined ? err.cause : err;
  const found = resourceKind(cause);
  if (!found) return undefined;
  if (Checkpoint.exists(dir) && ['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM'].includes(found.code)) {
    return new ResourceError(
      `the job in ${dir} ${found.kind.what} [${found.code}]; ` +
        `status, export, card --out and report --out read it as it is. To go on, make it writable (or copy it to a writable place) and run \`toolforge resume ${dir}\``,
      EXIT.usage,
      found.code,
      { cause },
    );
  }
  return resourceError(cause, { path: found.code.startsWith('SQLITE_') ? join(dir, CHECKPOINT_FILE) : `the job directory ${dir}`, then: `toolforge resume ${dir}` });
}

function report(ctx: CommandContext, dir: string, outcome: RunOutcome): number {
  switch (outcome.state) {
    case 'already-complete':
      ctx.out(`the job in ${dir} is already complete; see \`toolforge status ${dir}\``);
      return EXIT.ok;
    case 'interrupted': {
      const s = outcome.snapshot;
      ctx.out(`interrupted: ${s.accepted}/${s.target} accepted, ${s.written} written; nothing is lost. Resume with: toolforge resume ${dir}`);
      return EXIT.interrupted;
    }
    case 'complete': {
      const s = outcome.snapshot;
      ctx.out(`done: ${s.written} records in ${s.shards} shards under ${dir}/data (${s.rejected} rejected, ${s.failed} failed)`);
      if ('path' in outcome.card) ctx.out(`dataset card: ${outcome.card.path}`);
      // The data is complete and safe; the card can be written again at any time.
      else ctx.logger.warn(`could not write the dataset card (${outcome.card.error}); run \`toolforge card ${dir}\``);
      return EXIT.ok;
    }
  }
}
