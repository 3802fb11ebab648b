#!/usr/bin/env node
/**
 * The toolforge command line. Exit codes: 0 done, 1 failure, 2 bad usage or bad config,
 * 130 interrupted (the message says how to resume).
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { poolBuild, poolBuildLlm, poolImport, poolStatsCommand } from './commands/pool.js';
import { cardCommand, DEFAULT_RATIONALE, exportCommand, publishCommand, RATIONALE_MODES, reportCommand } from './commands/output.js';
import { hubSchemaCommand, verifyCommand } from './commands/verify.js';
import { EXIT, type CommandContext } from './context.js';
import { writeErr, writeOut } from './io.js';
import { batchExportCommand, batchImportCommand, cachePruneCommand, dryRunCommand, repairCommand, resumeCommand, runCommand, statusCommand } from './commands/job.js';
import { ToolforgeError, UsageError } from '../core/errors.js';
import { resourceError } from '../core/fs-errors.js';
import { createLogger } from '../core/logger.js';
import { IMPORT_LIMITS } from '../api-pool/import/index.js';
import { packagePath } from '../core/package-root.js';
import { drainStdio } from '../core/stdio.js';
import { PRESETS } from '../pipeline/config.js';

const DEBUG_FLAG = '--debug';

function integer(name: string, min: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
      throw new InvalidArgumentError(`${name} must be an integer of at least ${min}, got "${value}"`);
    }
    return Number(value);
  };
}

export function buildProgram(ctx: CommandContext, setExit: (code: number) => void): Command {
  const version = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string })
    .version;
  const program = new Command('toolforge')
    .description('Generate verified synthetic tool-use (function-calling) datasets, resumable from a checkpoint.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut, writeErr })
    .option(DEBUG_FLAG, 'on an unexpected error, print its stack trace (anywhere on the line)')
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('run')
    .description('start a job in DIR (or go on with the same job already there)')
    .requiredOption('--out <dir>', 'job directory: checkpoint and data/ shards go here')
    .option('--config <file>', 'YAML or JSON config; the defaults are used where it is silent')
    .addOption(new Option('--count <n>', 'accepted trajectories wanted (default 1000)').argParser(integer('--count', 1)))
    .addOption(new Option('--seed <n>', 'job seed (default 42)').argParser(integer('--seed', 0)))
    .addOption(new Option('--concurrency <n>', 'items in flight (default 16)').argParser(integer('--concurrency', 1)))
    .addOption(new Option('--preset <name>', 'start from a preset config (the --config file is laid over it): code, code-inline, tools-and-code').choices(Object.keys(PRESETS)))
    .option('--no-cache', 'do not read or write the LLM response cache')
    .option('--dry-run', 'print the expected model calls, tokens and cost per role (a sample of items rehearsed, nothing sent) and stop', false)
    .addOption(new Option('--sample <n>', 'items rehearsed by --dry-run (default 60)').argParser(integer('--sample', 1)))
    .action(async (opts: { out: string; config?: string; count?: number; seed?: number; concurrency?: number; preset?: string; cache: boolean; dryRun: boolean; sample?: number }) => {
      if (opts.dryRun) {
        setExit(await dryRunCommand(ctx, opts.config, { count: opts.count, seed: opts.seed, concurrency: opts.concurrency, preset: opts.preset }, opts.sample));
        return;
      }
      setExit(
        await runCommand(ctx, opts.out, opts.config, { count: opts.count, seed: opts.seed, concurrency: opts.concurrency, preset: opts.preset }, { noCache: !opts.cache }),
      );
    });

  program
    .command('resume')
    .description('continue the job in DIR from its checkpoint')
    .argument('<dir>', 'job directory')
    .option('--config <file>', 'config with new operational settings; content-affecting fields must not change')
    .addOption(new Option('--concurrency <n>', 'items in flight').argParser(integer('--concurrency', 1)))
    .option('--retry-failed', 'give failed items a fresh retry budget', false)
    .option('--no-cache', 'do not read or write the LLM response cache')
    .action(async (dir: string, opts: { config?: string; concurrency?: number; retryFailed: boolean; cache: boolean }) => {
      setExit(await resumeCommand(ctx, dir, opts.config, { concurrency: opts.concurrency }, { retryFailed: opts.retryFailed, noCache: !opts.cache }));
    });

  program
    .command('status')
    .description('what the job in DIR has done: counts, categories, rejection reasons, shards, throughput')
    .argument('<dir>', 'job directory')
    .option('--json', 'print one JSON object', false)
    .action((dir: string, opts: { json: boolean }) => {
      setExit(statusCommand(ctx, dir, opts.json));
    });

  program
    .command('repair')
    .description('restore a damaged checkpoint of DIR from its backup (taken at each shard seal) and check the shards by sha256')
    .argument('<dir>', 'job directory')
    .action((dir: string) => {
      setExit(repairCommand(ctx, dir));
    });

  const batch = program.command('batch').description('batch mode with the batch run elsewhere (vllm run-batch, a provider console)');
  batch
    .command('export')
    .description("go on with the job in DIR until its next round of model calls is written as OpenAI Batch files (DIR/batches/), and stop")
    .argument('<dir>', 'job directory')
    .option('--config <file>', 'config with new operational settings (as for resume)')
    .action(async (dir: string, opts: { config?: string }) => {
      setExit(await batchExportCommand(ctx, dir, opts.config));
    });
  batch
    .command('import')
    .description("read batch output (and error) files into the job's response cache")
    .argument('<dir>', 'job directory')
    .argument('<files...>', 'output JSONL files of the exported batch files')
    .action((dir: string, files: string[]) => {
      setExit(batchImportCommand(ctx, dir, files));
    });

  program
    .command('cache')
    .description("the job's LLM response cache (llm-cache.sqlite beside the checkpoint)")
    .command('prune')
    .description('drop the cached calls of finished items (accepted, rejected, failed) and give the space back; not while the job runs')
    .argument('<dir>', 'job directory')
    .action((dir: string) => {
      setExit(cachePruneCommand(ctx, dir));
    });

  program
    .command('verify')
    .description('run the rule layer (and the judges, with --config) on any dataset; report, and keep what passes')
    .argument('<file>', 'JSONL dataset (or a BFCL question file); with --hub-schema, a file or a folder of .jsonl files')
    .addOption(
      new Option('--format <format>', 'input format (default: detected); hermes reads as sharegpt, messages as openai').choices(['openai', 'messages', 'sharegpt', 'hermes', 'xlam', 'bfcl']),
    )
    .option('--json', 'print the report as one JSON object', false)
    .option('--out <file>', 'write the records that pass (canonical JSONL)')
    .option('--config <file>', 'job config whose `judge` role and endpoints run the model layer')
    .addOption(new Option('--k <n>', 'samples per judge, majority vote').argParser(integer('--k', 1)))
    .addOption(new Option('--threads <n>', 'threads that verify the rows (default: one per core for a JSONL file of 64 MB or more, else one)').argParser(integer('--threads', 1)))
    .option('--hub-schema', 'instead of the rules: check that the rows load with Arrow (datasets, the Hub viewer): one type per column path', false)
    .action(async (file: string, opts: { format?: string; json: boolean; out?: string; config?: string; k?: number; threads?: number; hubSchema: boolean }) => {
      if (opts.hubSchema) {
        setExit(await hubSchemaCommand({ path: file, json: opts.json, log: ctx.err, stdout: writeOut }));
        return;
      }
      setExit(
        await verifyCommand({
          file,
          format: opts.format,
          json: opts.json,
          out: opts.out,
          configFile: opts.config,
          k: opts.k,
          threads: opts.threads,
          log: ctx.err,
          stdout: writeOut,
        }),
      );
    });

  program
    .command('export')
    .description('export the job in DIR to a training format, checking every record against tool-use chat templates')
    .argument('<dir>', 'job directory')
    .addOption(new Option('--format <format>', 'output format (rl: question and verified answer of code items)').choices(['openai', 'sharegpt', 'hermes', 'xlam', 'messages', 'rl']).makeOptionMandatory())
    .requiredOption('--out <path>', 'a .jsonl (or .jsonl.gz) file, or a directory for one file per split')
    .addOption(
      new Option(
        '--rationale <where>',
        "the teacher's rationale of a calling step: reasoning (reasoning_content in messages, <think> in sharegpt; the openai format has no place for it), content (the text before the calls) or drop",
      )
        .choices([...RATIONALE_MODES])
        .default(DEFAULT_RATIONALE),
    )
    .option('--keep-rationale', 'the same as --rationale reasoning (the default)')
    .option('--drop-rationale', 'the same as --rationale drop')
    .option('--check-template <file...>', "also render every record through these chat templates (.jinja or a model's tokenizer_config.json)")
    .option('--no-check-templates', 'skip the built-in template check (Qwen2.5, Qwen3, Llama 3.1 JSON)')
    .option(
      '--json-objects',
      'openai, messages: tool parameters (and messages arguments) as JSON objects, as OpenAI fine-tuning uploads need; the file then does not load with datasets/Arrow',
      false,
    )
    .action(
      async (
        dir: string,
        opts: { format: string; out: string; rationale: string; dropRationale?: boolean; checkTemplate?: string[]; checkTemplates: boolean; jsonObjects: boolean },
      ) => {
        setExit(
          await exportCommand(
            {
              dir,
              format: opts.format,
              out: opts.out,
              rationale: opts.dropRationale ? 'drop' : opts.rationale,
              checkTemplate: opts.checkTemplate,
              checkTemplates: opts.checkTemplates,
              jsonObjects: opts.jsonObjects,
            },
            ctx,
          ),
        );
      },
    );

  program
    .command('card')
    .description('(re)write the dataset card DIR/README.md')
    .argument('<dir>', 'job directory')
    .option('--repo <owner/name>', 'the Hub repo named in the loading example')
    .option('--out <file>', 'write the card here instead (a read-only job)')
    .action(async (dir: string, opts: { repo?: string; out?: string }) => {
      setExit(await cardCommand(dir, ctx, { repo: opts.repo, out: opts.out }));
    });

  program
    .command('publish')
    .description('upload the shards and the card to a Hugging Face dataset repo in one commit (token from HF_TOKEN)')
    .argument('<dir>', 'job directory')
    .requiredOption('--repo <owner/name>', 'dataset repo, created if needed')
    .option('--private', 'create the repo private', false)
    .option('--hub-url <url>', 'Hub endpoint (default https://huggingface.co)')
    .option('--partial', 'publish a job that is not complete', false)
    .option('--parquet', "upload Parquet shards (written from the JSONL ones where missing, compared row by row) instead of JSONL (default: the job's output.format)")
    .option('--connect-timeout <ms>', 'per request: time to connect to the Hub (default 10000)', integer('--connect-timeout', 1))
    .option('--first-byte-timeout <ms>', 'per request: time from the request sent to the first byte of the answer, and the longest silence (default 30000)', integer('--first-byte-timeout', 1))
    .option('--timeout <ms>', 'per request: time from the request sent to the last byte of the answer (default 120000)', integer('--timeout', 1))
    .option('--attempts <n>', 'attempts of each request in all, network failures and timeouts retried (default 4)', integer('--attempts', 1))
    .action(
      async (
        dir: string,
        opts: { repo: string; private: boolean; hubUrl?: string; partial: boolean; parquet?: boolean; connectTimeout?: number; firstByteTimeout?: number; timeout?: number; attempts?: number },
      ) => {
        const timeouts = {
          ...(opts.connectTimeout !== undefined ? { connectMs: opts.connectTimeout } : {}),
          ...(opts.firstByteTimeout !== undefined ? { firstByteMs: opts.firstByteTimeout } : {}),
          ...(opts.timeout !== undefined ? { totalMs: opts.timeout } : {}),
        };
        setExit(
          await publishCommand(
            {
              dir,
              repo: opts.repo,
              private: opts.private,
              hubUrl: opts.hubUrl,
              partial: opts.partial,
              ...(opts.parquet ? { parquet: true } : {}),
              timeouts,
              ...(opts.attempts !== undefined ? { attempts: opts.attempts } : {}),
              env: process.env,
            },
            ctx,
          ),
        );
      },
    );

  program
    .command('report')
    .description('write DIR/report.html: charts and sample records, one self-contained page')
    .argument('<dir>', 'job directory')
    .option('--out <file>', 'write the report here instead (a read-only job)')
    .action(async (dir: string, opts: { out?: string }) => {
      setExit(await reportCommand(dir, ctx, { out: opts.out }));
    });

  const pool = program.command('pool').description('build, import and inspect API pools (JSONL, one API per line)');
  pool
    .command('build')
    .description('evolve the built-in seeds (and any seed files) into a pool of distinct, valid APIs')
    .requiredOption('--out <file>', 'pool JSONL to write')
    .addOption(new Option('--size <n>', 'APIs in the pool, seeds included').default(5000).argParser(integer('--size', 1)))
    .addOption(new Option('--seed <n>', 'seed of the evolution').default(42).argParser(integer('--seed', 0)))
    .option('--seeds <file...>', 'extra seed files: OpenAPI 3.x (JSON/YAML), OpenAI tools or BFCL/xLAM function docs', [])
    .addOption(new Option('--backend <name>', 'offline (deterministic operators) or llm (the evolver role of --config)').choices(['offline', 'llm']).default('offline'))
    .option('--config <file>', 'job config with `endpoints` and `roles.evolver` (for --backend llm)')
    .option('--no-cache', 'llm: do not read or write the response cache (OUT.cache.sqlite)')
    .action(async (opts: { out: string; size: number; seed: number; seeds: string[]; backend: string; config?: string; cache: boolean }) => {
      const base = { out: opts.out, size: opts.size, seed: opts.seed, seedFiles: opts.seeds, log: ctx.err };
      if (opts.backend === 'llm') {
        if (opts.config === undefined) throw new UsageError('pool build --backend llm needs --config FILE with endpoints and roles.evolver');
        setExit(await poolBuildLlm({ ...base, configFile: opts.config, noCache: !opts.cache }));
      } else {
        setExit(await poolBuild(base));
      }
    });
  pool
    .command('import')
    .description('import OpenAPI 3.x documents and tool files into a validated, deduplicated pool')
    .argument('<files...>', 'OpenAPI 3.0/3.1 (JSON or YAML), OpenAI tools JSON/JSONL, BFCL/xLAM function docs')
    .requiredOption('--out <file>', 'pool JSONL to write')
    .option('--max-operations <n>', `operations (or tools) per file (default ${IMPORT_LIMITS.maxOperations})`, integer('--max-operations', 1))
    .option('--max-file-bytes <n>', `bytes per file (default ${IMPORT_LIMITS.maxFileBytes})`, integer('--max-file-bytes', 1))
    .option('--max-enum-values <n>', `values in one enum (default ${IMPORT_LIMITS.maxEnumValues})`, integer('--max-enum-values', 1))
    .option('--file-time <ms>', `time to convert one file (default ${IMPORT_LIMITS.fileMs})`, integer('--file-time', 1))
    .action((files: string[], opts: { out: string; maxOperations?: number; maxFileBytes?: number; maxEnumValues?: number; fileTime?: number }) => {
      const limits = {
        ...IMPORT_LIMITS,
        ...(opts.maxOperations !== undefined ? { maxOperations: opts.maxOperations } : {}),
        ...(opts.maxFileBytes !== undefined ? { maxFileBytes: opts.maxFileBytes } : {}),
        ...(opts.maxEnumValues !== undefined ? { maxEnumValues: opts.maxEnumValues } : {}),
        ...(opts.fileTime !== undefined ? { fileMs: opts.fileTime } : {}),
      };
      setExit(poolImport(files, opts.out, ctx.err, limits));
    });
  pool
    .command('stats')
    .description('count, domains, parameter types, nesting depth, required/optional mix, near-duplicate rate')
    .argument('<file>', 'pool JSONL')
    .option('--json', 'print one JSON object', false)
    .action((file: string, opts: { json: boolean }) => {
      setExit(poolStatsCommand(file, opts.json, ctx.out));
    });

  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  // A job allocates fast and keeps little (records pass through on their way to a shard), so
  // V8's default growth lets the old space fill with garbage to 4x the live heap. Growing it by
  // 50% at a time keeps peak RSS about a quarter lower at the same throughput (npm run bench).
  v8.setFlagsFromString('--heap-growing-percent=50');
  // Worker threads scavenge their small young generation very often; on 2 cores the parallel
  // scavenger's helper threads contend with the other generating threads. Scavenging on the
  // allocating thread itself measured 6-10% faster (npm run bench: seeds 2,688 -> 2,848/s,
  // evolved 2,257 -> 2,490/s at 200k) at the same peak RSS.
  v8.setFlagsFromString('--no-parallel-scavenge');
  // --debug goes anywhere on the line (before or after the command), so it is taken out here.
  const debug = argv.includes(DEBUG_FLAG);
  const logger = createLogger();
  const ctx: CommandContext = {
    logger,
    tty: Boolean(process.stderr.isTTY),
    out: (t) => writeOut(`${t}\n`),
    err: (t) => writeErr(`${t}\n`),
  };
  let code: number = EXIT.ok;
  const program = buildProgram(ctx, (c) => (code = c));
  try {
    await program.parseAsync(argv.filter((a) => a !== DEBUG_FLAG), { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other parse error is bad usage.
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version'
        ? EXIT.ok
        : EXIT.usage;
    }
    return sayFailure(err, debug);
  }
}

/** One line (a config error: one per issue) for what went wrong, and its exit code; the stack only with --debug. */
function sayFailure(err: unknown, debug: boolean): number {
  const known = err instanceof ToolforgeError ? err : resourceError(err);
  const stack = (e: unknown): string => (debug ? `${(e as Error)?.stack ?? String(e)}\n` : '');
  if (known) {
    writeErr(`toolforge: ${known.message}\n${stack(known.cause ?? known)}`);
    return known.exitCode;
  }
  const first = ((err as Error)?.message ?? String(err)).split('\n')[0];
  writeErr(`toolforge: unexpected error: ${first}${debug ? '' : ' (run again with --debug for the stack trace)'}\n${stack(err)}`);
  return EXIT.failure;
}

/**
 * Exit once stdout and stderr are drained (a pipe to a slow reader gets every byte), and exit
 * explicitly then: work still in flight after the target was reached must not hold the process.
 */
async function exitWhenDrained(code: number): Promise<void> {
  process.exitCode = code;
  await drainStdio();
  process.exit();
}

main(process.argv.slice(2)).then(exitWhenDrained, (err: unknown) => exitWhenDrained(sayFailure(err, process.argv.includes(DEBUG_FLAG))));
