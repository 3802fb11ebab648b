/**
 * What the CLI's job commands do: find or make the job directory, check the config against
 * the checkpoint, run the job with signals wired to a clean stop, and say how it ended.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { makePool } from '../api-pool/types.js';
import { writeCard } from '../output/card.js';
import { Checkpoint } from './checkpoint.js';
import { OPERATIONAL_FIELDS, changedContentFields, configHash, loadConfig, resolveConfig, type ConfigFlags, type JobConfig } from './config.js';
import { JobMismatchError } from './errors.js';
import { loadJobPool } from './job-pool.js';
import { runJob } from './job.js';
import { acquireLock } from './lock.js';
import type { Logger } from './logger.js';
import { LlmCache, LlmClient } from './llm/index.js';
import { LlmProcessor } from './llm-processor.js';
import { OfflineProcessor } from './offline-processor.js';
import { WorkerProcessor, offlineThreads } from './worker-processor.js';
import type { ItemProcessor } from './item-processor.js';
import { createProgress } from './progress.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

export interface CommandContext {
  readonly logger: Logger;
  readonly tty: boolean;
  /** Where human-readable command output goes (stdout). */
  readonly out: (text: string) => void;
  /** Where human-readable diagnostics go (stderr). */
  readonly err: (text: string) => void;
}

/** `toolforge run --out DIR`: a new job, or the same job again (then it goes on where it was). */
export async function runCommand(
  ctx: CommandContext,
  dir: string,
  configFile: string | undefined,
  flags: ConfigFlags,
  options: ExecuteOptions = {},
): Promise<number> {
  const config = loadConfig(configFile, flags);
  const hash = configHash(config);
  if (Checkpoint.exists(dir)) {
    const ck = Checkpoint.open(dir);
    const stored = resolveConfig(ck.config(), {}, `the checkpoint in ${dir}`);
    ck.close();
    if (configHash(stored) !== hash) {
      throw new JobMismatchError(
        `${dir} already holds a different job (${changedContentFields(stored, config).join(', ')} differ). ` +
          `Continue it with \`toolforge resume ${dir}\`, or choose another --out.`,
      );
    }
    ctx.logger.info({ dir }, `${dir} already holds this job; going on from its checkpoint`);
    return execute(ctx, dir, withOperational(stored, config), options);
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new JobMismatchError(`${dir} is not empty and holds no toolforge job; choose an empty or new directory`);
  }
  // The pool first: a bad pool file must not leave an empty job directory behind.
  const pool = loadJobPool(config.pool, ctx.logger);
  mkdirSync(dir, { recursive: true });
  const release = acquireLock(dir);
  try {
    Checkpoint.create(dir, config, hash, pool, Date.now()).close();
  } finally {
    release();
  }
  ctx.logger.info({ dir, configHash: hash, count: config.count, seed: config.seed }, `started job ${config.name} in ${dir}`);
  return execute(ctx, dir, config, options);
}

/** `toolforge resume DIR`: go on from the checkpoint; operational settings may change, content may not. */
export async function resumeCommand(
  ctx: CommandContext,
  dir: string,
  configFile: string | undefined,
  flags: Pick<ConfigFlags, 'concurrency'>,
  options: ExecuteOptions = {},
): Promise<number> {
  const ck = Checkpoint.open(dir);
  const stored = resolveConfig(ck.config(), {}, `the checkpoint in ${dir}`);
  ck.close();
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
  return execute(ctx, dir, config, options);
}

/** The stored job with the operational settings of `given`. */
function withOperational(stored: JobConfig, given: JobConfig): JobConfig {
  const merged: Record<string, unknown> = { ...stored };
  for (const key of OPERATIONAL_FIELDS) merged[key] = given[key];
  return merged as unknown as JobConfig;
}

/** How a run or resume goes, beside its config. */
export interface ExecuteOptions {
  /** Give failed items a fresh retry budget. */
  readonly retryFailed?: boolean;
  /** Do not read or write the LLM response cache. */
  readonly noCache?: boolean;
}

async function execute(ctx: CommandContext, dir: string, config: JobConfig, options: ExecuteOptions): Promise<number> {
  const release = acquireLock(dir);
  const ck = Checkpoint.open(dir);
  const controller = new AbortController();
  let signals = 0;
  let closeClient = (): void => {};
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    if (signals > 1) {
      // A second Ctrl-C: stop now. The checkpoint is consistent at every transaction.
      process.stderr.write(`\n${signal} again: stopping now. Resume with: toolforge resume ${dir}\n`);
      process.exit(EXIT.interrupted);
    }
    ctx.logger.warn(`${signal}: finishing running items and saving; press Ctrl-C again to stop at once`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    if (ck.isComplete()) {
      ctx.out(`the job in ${dir} is already complete; see \`toolforge status ${dir}\``);
      return EXIT.ok;
    }
    if (options.retryFailed) ctx.logger.info(`${ck.retryFailed()} failed items are pending again`);
    const specs = ck.pool();
    const pool = makePool(specs);
    const client =
      config.backend === 'llm'
        ? new LlmClient({
            endpoints: config.endpoints,
            roles: config.roles,
            cache: options.noCache ? false : new LlmCache(ck.database),
            logger: ctx.logger,
          })
        : undefined;
    const threads = offlineThreads(config);
    const processor: ItemProcessor = client
      ? new LlmProcessor(config, pool, client)
      : threads > 1
        ? new WorkerProcessor(config, specs, { workers: threads - 1, inline: new OfflineProcessor(config, pool) })
        : new OfflineProcessor(config, pool);
    closeClient = () => {
      client?.close();
      void processor.close?.();
    };
    const result = await runJob({
      dir,
      checkpoint: ck,
      config,
      processor,
      progress: createProgress({ tty: ctx.tty, intervalMs: config.progress.intervalMs, logger: ctx.logger }),
      signal: controller.signal,
      ...(client ? { llmUsage: () => client.usage.snapshot() } : {}),
    });
    await processor.close?.(); // worker threads are done: free their memory before the card
    if (result.interrupted) {
      ctx.out(
        `interrupted: ${result.snapshot.accepted}/${result.snapshot.target} accepted, ${result.snapshot.written} written; ` +
          `nothing is lost. Resume with: toolforge resume ${dir}`,
      );
      return EXIT.interrupted;
    }
    ctx.out(
      `done: ${result.snapshot.written} records in ${result.snapshot.shards} shards under ${dir}/data ` +
        `(${result.snapshot.rejected} rejected, ${result.snapshot.failed} failed)`,
    );
    ck.checkpointWal();
    try {
      ctx.out(`dataset card: ${await writeCard(dir)}`);
    } catch (err) {
      // The data is complete and safe; the card can be written again at any time.
      ctx.logger.warn(`could not write the dataset card (${(err as Error).message}); run \`toolforge card ${dir}\``);
    }
    return EXIT.ok;
  } finally {
    closeClient();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    ck.close();
    release();
  }
}
