/**
 * Starting and resuming a job in a directory: find or make the job directory, check the config
 * against the checkpoint, build the item processor for the backend, run the scheduler, and
 * write the dataset card when the job completes. The CLI wires signals to `signal` and turns
 * the outcome into words and an exit code.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makePool } from '../../api-pool/types.js';
import { JobMismatchError, UsageError } from '../../core/errors.js';
import { CACHE_FILE, CHECKPOINT_FILE, JOB_OWN_FILES, LOCK_FILE } from '../../core/job-files.js';
import type { Logger } from '../../core/logger.js';
import { LlmCache, LlmClient } from '../../llm/index.js';
import { writeCard } from '../../output/card.js';
import type { ItemProcessor } from '../backends/item-processor.js';
import { LlmProcessor } from '../backends/llm-processor.js';
import { OfflineProcessor } from '../backends/offline-processor.js';
import { WorkerProcessor, offlineThreads } from '../backends/worker-processor.js';
import { CodeProcessor } from '../code/code-processor.js';
import { RunCache } from '../code/run-cache.js';
import { readProblemFile, type FileProblem } from '../code/problem-file.js';
import { OPERATIONAL_FIELDS, changedContentFields, configHash, loadConfig, resolveConfig, type ConfigFlags, type JobConfig } from '../config.js';
import { Checkpoint } from './checkpoint.js';
import { RECORD_FORMAT } from './checkpoint-schema.js';
import { loadJobPool } from './job-pool.js';
import { convertShards } from './parquet-shards.js';
import { openJobView } from './job-view.js';
import { runJob, type ProgressSnapshot } from './job.js';
import { acquireLock } from './lock.js';
import { checkJobDir, makeJobDir } from './job-dir.js';
import { createProgress } from './progress.js';
import { repairShards } from './shard-rebuild.js';

/** What a run or resume is given beside its config. */
export interface RunContext {
  readonly logger: Logger;
  /** A terminal on stderr: progress as a bar instead of log lines. */
  readonly tty: boolean;
  /** Aborting stops the claims; running items finish and are saved. */
  readonly signal: AbortSignal;
}

/** How a run or resume goes, beside its config. */
export interface ExecuteOptions {
  /** Give failed items a fresh retry budget. */
  readonly retryFailed?: boolean;
  /** Do not read or write the LLM response cache. */
  readonly noCache?: boolean;
  /** `toolforge batch export`: batch mode, each round written to files for a batch run elsewhere. */
  readonly batchExport?: boolean;
}

/** How a run ended. `card` is the card's path, or the reason it could not be written. */
export type RunOutcome =
  | { readonly state: 'already-complete' }
  | { readonly state: 'interrupted'; readonly snapshot: ProgressSnapshot }
  | { readonly state: 'complete'; readonly snapshot: ProgressSnapshot; readonly card: { readonly path: string } | { readonly error: string } };

/** `toolforge run --out DIR`: a new job, or the same job again (then it goes on where it was). */
export async function startJob(
  ctx: RunContext,
  dir: string,
  configFile: string | undefined,
  flags: ConfigFlags,
  options: ExecuteOptions = {},
): Promise<RunOutcome> {
  const config = loadConfig(configFile, flags);
  const hash = configHash(config);
  checkJobDir(dir);
  if (!Checkpoint.exists(dir) && existsSync(dir) && readdirSync(dir).some((name) => !JOB_OWN_FILES.includes(name) && !name.startsWith(LOCK_FILE))) {
    throw new JobMismatchError(`${dir} is not empty and holds no toolforge job; choose an empty or new directory`);
  }
  // The pool first: a bad pool file must not leave an empty job directory behind.
  const pool = Checkpoint.exists(dir) ? undefined : loadJobPool(config.pool, ctx.logger);
  makeJobDir(dir);
  // The lock decides a race of two runs on one directory: the loser hears that another process runs the job.
  const release = acquireLock(dir);
  let effective = config;
  try {
    if (Checkpoint.exists(dir)) {
      const stored = storedConfig(dir);
      if (configHash(stored) !== hash) {
        throw new JobMismatchError(
          `${dir} already holds a different job (${changedContentFields(stored, config).join(', ')} differ). ` +
            `Continue it with \`toolforge resume ${dir}\`, or choose another --out.`,
        );
      }
      ctx.logger.info({ dir }, `${dir} already holds this job; going on from its checkpoint`);
      effective = withOperational(stored, config);
    } else {
      Checkpoint.create(dir, config, hash, pool ?? loadJobPool(config.pool, ctx.logger), Date.now()).close();
      ctx.logger.info({ dir, configHash: hash, count: config.count, seed: config.seed }, `started job ${config.name} in ${dir}`);
    }
  } catch (err) {
    release();
    throw err;
  }
  return execute(ctx, dir, effective, options, release);
}

/** The config the checkpoint in `dir` holds. */
function storedConfig(dir: string): JobConfig {
  const ck = Checkpoint.open(dir);
  try {
    return resolveConfig(ck.config(), {}, `the checkpoint in ${dir}`);
  } finally {
    ck.close();
  }
}

/** `toolforge resume DIR`: go on from the checkpoint; operational settings may change, content may not. */
export async function resumeJob(
  ctx: RunContext,
  dir: string,
  configFile: string | undefined,
  flags: Pick<ConfigFlags, 'concurrency'>,
  options: ExecuteOptions = {},
): Promise<RunOutcome> {
  if (!Checkpoint.exists(dir)) throw new UsageError(`no toolforge job in ${dir}: ${join(dir, CHECKPOINT_FILE)} does not exist`);
  const release = acquireLock(dir);
  let config: JobConfig;
  try {
    config = resumedConfig(dir, configFile, flags);
  } catch (err) {
    release();
    throw err;
  }
  return execute(ctx, dir, config, options, release);
}

/** The stored config, with the operational settings of the given config file or flags. */
function resumedConfig(dir: string, configFile: string | undefined, flags: Pick<ConfigFlags, 'concurrency'>): JobConfig {
  const stored = storedConfig(dir);
  let config: JobConfig = stored;
  if (configFile !== undefined) {
    const given = loadConfig(configFile, flags);
    const changed = changedContentFields(stored, given);
    if (changed.length > 0) {
      throw new JobMismatchError(
        `${configFile} changes what the job in ${dir} produces (${changed.join(', ')}); only operational ` +
          'settings (concurrency, progress) may change on resume. Start a new job in another directory instead.',
      );
    }
    config = withOperational(stored, given);
  } else if (flags.concurrency !== undefined) {
    config = resolveConfig({ ...stored, concurrency: flags.concurrency }, {}, 'the flags');
  }
  return config;
}

/** The stored job with the operational settings of `given`. */
function withOperational(stored: JobConfig, given: JobConfig): JobConfig {
  const merged: Record<string, unknown> = { ...stored };
  for (const key of OPERATIONAL_FIELDS) merged[key] = given[key];
  return merged as unknown as JobConfig;
}

/** Run the job in `dir`, whose lock the caller took: `release` is called when it stops. */
async function execute(ctx: RunContext, dir: string, given: JobConfig, options: ExecuteOptions, release: () => void): Promise<RunOutcome> {
  const config: JobConfig = options.batchExport ? { ...given, llm: { ...given.llm, mode: 'batch', batch: { ...given.llm.batch, submit: 'files' } } } : given;
  let ck: Checkpoint;
  try {
    ck = Checkpoint.open(dir);
  } catch (err) {
    release();
    throw err;
  }
  let made: Backend | undefined;
  // Built when first needed: a complete job whose shards are all right starts no thread.
  const backend = (): Backend => (made ??= makeProcessor(ctx, dir, ck, config, options));
  try {
    // Before anything else, even on a complete job: every sealed shard must be the bytes written.
    await repairShards(dir, ck, config, () => backend().processor, (line) => ctx.logger.warn(line));
    if (ck.isComplete()) return { state: 'already-complete' };
    checkRecordFormat(ck, dir);
    if (options.retryFailed) ctx.logger.info(`${ck.retryFailed()} failed items are pending again`);
    const { processor, client } = backend();
    // Batch mode: what an earlier run submitted is read back first (polled, never submitted again).
    if (client) await client.recoverBatches(ctx.signal);
    const result = await runJob({
      dir,
      checkpoint: ck,
      config,
      processor,
      progress: createProgress({ tty: ctx.tty, intervalMs: config.progress.intervalMs, logger: ctx.logger }),
      signal: ctx.signal,
      ...(client ? { llmUsage: () => client.usage.snapshot(), llmRecent: (window: number) => client.usage.recent(window) } : {}),
      ...(client && config.llm.mode === 'batch' ? { llmBatch: { onResults: (cb: () => void) => client.onBatchResults(cb), setGate: (g: () => Error | undefined) => client.setBatchGate(g) } } : {}),
    });
    await processor.close?.(); // worker threads are done: free their memory before the card
    if (result.backupFailure) ctx.logger.warn(`the last backup of the checkpoint failed (${result.backupFailure}); the checkpoint itself is sound`);
    if (result.extra > 0) ctx.logger.info({ extra: result.extra }, `${result.extra} records finished after the target was reached are kept in the extra split (${join(dir, 'data', 'extra-*')}; keepExtra)`);
    if (result.surplus > 0) {
      const why = config.keepExtra ? 'rejected, failed or unfinished' : 'not kept: keepExtra is false';
      ctx.logger.info({ started: result.started, surplus: result.surplus }, `${result.surplus} of ${result.started} items started finished after the target was reached (paid for, ${why})`);
    }
    if (result.interrupted) return { state: 'interrupted', snapshot: result.snapshot };
    if (config.output.format === 'parquet') await convertShards(dir, ck, (line) => ctx.logger.info(line));
    ck.checkpointWal();
    let card: { path: string } | { error: string };
    try {
      card = { path: await writeCard(openJobView(dir)) };
    } catch (err) {
      // The data is complete and safe; the card can be written again at any time.
      card = { error: (err as Error).message };
    }
    return { state: 'complete', snapshot: result.snapshot, card };
  } finally {
    made?.client?.close();
    made?.cache?.close();
    void made?.processor.close?.();
    ck.close();
    release();
  }
}

interface Backend {
  readonly processor: ItemProcessor;
  readonly client: LlmClient | undefined;
  readonly cache: LlmCache | undefined;
}

/** The item processor of the job's backend (and its model client and response cache, for the LLM backend). */
function makeProcessor(ctx: RunContext, dir: string, ck: Checkpoint, config: JobConfig, options: ExecuteOptions): Backend {
  const specs = ck.pool();
  const pool = makePool(specs);
  // Its own file beside the checkpoint; an earlier build's cache table in the checkpoint moves there.
  const cache = config.backend === 'llm' && !options.noCache ? LlmCache.open(join(dir, CACHE_FILE), { legacy: ck.database }) : undefined;
  const client =
    config.backend === 'llm'
      ? new LlmClient({
          endpoints: config.endpoints,
          roles: config.roles,
          cache: cache ?? false,
          ...(config.llm.mode === 'batch' ? { batch: { db: ck.database, dir, options: config.llm.batch } } : {}),
          logger: ctx.logger,
          // An endpoint that is down is reported as often as the job's progress.
          downLogIntervalMs: config.progress.intervalMs,
        })
      : undefined;
  const threads = offlineThreads(config);
  const codeOnly = Object.entries(config.mix).every(([c, w]) => c === 'code' || (w ?? 0) <= 0);
  const tools: ItemProcessor | undefined = client
    ? new LlmProcessor(config, pool, client)
    : codeOnly
      ? undefined // no tool item to make: no worker thread started for them
      : threads > 1
        ? new WorkerProcessor(config, specs, { workers: threads - 1, inline: new OfflineProcessor(config, pool) })
        : new OfflineProcessor(config, pool);
  const processor: ItemProcessor =
    (config.mix.code ?? 0) > 0
      ? new CodeProcessor(config, { ...(tools ? { other: tools } : {}), cache: new RunCache(ck.database), ...(client ? { client, ...codeProblems(ck, config) } : {}) })
      : tools!;
  return { processor, client, cache };
}

/**
 * The problems of `code.problems`, read now and held to the file the job started with: a resumed
 * job whose file changed would mix two sets of problems, so it is refused.
 */
function codeProblems(ck: Checkpoint, config: JobConfig): { problems?: FileProblem[] } {
  const path = config.code?.problems;
  if (path === undefined) return {};
  const { problems, sha256 } = readProblemFile(path);
  const stored = ck.getMeta('code_problems_sha256');
  if (stored !== undefined && stored !== sha256) {
    throw new JobMismatchError(`the problems file ${path} changed since the job started (sha256 ${stored.slice(0, 12)}… then, ${sha256.slice(0, 12)}… now); put the original back, or start a new job`);
  }
  if (stored === undefined) ck.setMeta('code_problems_sha256', sha256);
  return { problems };
}

/**
 * An earlier build wrote records whose column types vary from row to row; appending rows of the
 * published schema to its shards would mix two forms in one dataset. A job that has written
 * nothing yet simply takes the current form.
 */
function checkRecordFormat(ck: Checkpoint, dir: string): void {
  if (ck.recordFormat() >= RECORD_FORMAT) return;
  const written = ck.shards().length > 0 || Object.values(ck.openShards()).some((s) => (s?.records ?? 0) > 0);
  if (written) {
    throw new JobMismatchError(
      `the job in ${dir} was written by an earlier toolforge, whose records do not have the published schema (one type per column); ` +
        'finishing it would mix the two in one dataset. Its shards can still be exported and read; start a new job in another directory to make more.',
    );
  }
  ck.setMeta('record_format', String(RECORD_FORMAT));
}
