/**
 * The `toolforge pool ...` commands, as plain functions the CLI wires into commander.
 * Each returns its exit code and writes through the injected `log` / `out`, never to
 * process.stdout directly, so tests can call them as they are.
 *
 * Exit codes (all three commands):
 *   0  success (skipped inputs, if any, are reported as warnings);
 *   1  nothing usable: no API could be imported, a build fell short of the requested size
 *      (the pool is still written), or a pool file had malformed lines (stats cover the rest);
 *   2  bad invocation or input that cannot be read at all: a missing/unreadable file, a bad
 *      option value. Nothing is written in that case: a typo in a path should not silently
 *      produce a smaller pool.
 */
import Database from 'better-sqlite3';
import { loadConfig } from '../../pipeline/config.js';
import { ConfigError } from '../../core/errors.js';
import { LlmCache, LlmClient } from '../../llm/index.js';
import { dedupApis } from '../../api-pool/dedup.js';
import { evolvePoolLlm } from '../../api-pool/llm-evolve.js';
import { evolvePool } from '../../api-pool/evolve.js';
import { IMPORT_LIMITS, importFiles, type ImportIssue, type ImportLimits } from '../../api-pool/import/index.js';
import { readPoolFile, writePoolFile } from '../../api-pool/pool-file.js';
import { seedDomains } from '../../api-pool/seeds/load.js';
import { formatPoolStats, poolStats } from '../../api-pool/stats.js';
import { validatePool } from '../../api-pool/validate.js';
import { guardOutput } from '../../core/output-guard.js';

export interface PoolBuildOptions {
  /** Output JSONL path. */
  out: string;
  /** APIs wanted in the pool, seeds included. */
  size: number;
  /** Seed of every random choice of the evolution. */
  seed: number;
  /** Extra seed files (OpenAPI 3.x, tool JSON/JSONL); may be empty. */
  seedFiles: string[];
  log: (msg: string) => void;
}

/** How often the build logs progress, in APIs. */
const PROGRESS_EVERY = 1000;

function isUnreadable(issue: ImportIssue): boolean {
  return issue.pointer === '' && /^cannot read file/.test(issue.problem);
}

function reportIssues(kind: string, issues: readonly ImportIssue[], log: (msg: string) => void): void {
  for (const i of issues) log(`${kind}: ${i.file}${i.pointer ? `#${i.pointer}` : ''}: ${i.problem}`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** `toolforge pool build`: built-in seeds (+ imported seed files) evolved to `size` APIs. */
export async function poolBuild(opts: PoolBuildOptions): Promise<number> {
  const { out, size, seed, seedFiles, log } = opts;
  guardOutput(out, '--out', seedFiles);
  if (!Number.isInteger(size) || size < 1) {
    log(`error: --size must be a positive integer, got ${JSON.stringify(size)}`);
    return 2;
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    log(`error: --seed must be an integer in [0, 4294967295], got ${JSON.stringify(seed)}`);
    return 2;
  }
  const t0 = performance.now();
  let extraSeeds: ReturnType<typeof importFiles>['apis'] = [];
  if (seedFiles.length > 0) {
    const imported = importFiles(seedFiles);
    reportIssues('skipped', imported.skipped, log);
    reportIssues('warning', imported.warnings, log);
    const unreadable = imported.skipped.filter(isUnreadable);
    if (unreadable.length > 0) {
      log(`error: ${unreadable.length} seed file(s) could not be read; nothing written`);
      return 2;
    }
    extraSeeds = imported.apis;
    log(`imported ${extraSeeds.length} seed API(s) from ${seedFiles.length} file(s), ${imported.skipped.length} skipped`);
  }
  const seedTaxonomy = seedDomains();
  const builtin = seedTaxonomy.reduce((n, d) => n + d.apis.length, 0);
  log(`evolving from ${builtin} built-in seed APIs over ${seedTaxonomy.length} domains${extraSeeds.length ? ` + ${extraSeeds.length} imported` : ''} to ${size} APIs (seed ${seed})`);
  let nextLog = PROGRESS_EVERY;
  const tEvolve = performance.now();
  const { apis, report } = evolvePool({
    domains: seedTaxonomy,
    extraSeeds,
    size,
    seed,
    onProgress: (done, total) => {
      if (done >= nextLog) {
        log(`  ${done}/${total} APIs (${seconds(performance.now() - tEvolve)})`);
        nextLog += PROGRESS_EVERY;
      }
    },
  });
  const evolveMs = performance.now() - tEvolve;
  try {
    writePoolFile(out, apis);
  } catch (err) {
    log(`error: cannot write ${out}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const domains = new Set(apis.map((a) => a.domain)).size;
  const ops = Object.entries(report.byOperator)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  log(`wrote ${apis.length} APIs over ${domains} domains to ${out}`);
  log(`  seeds ${report.seeds}; evolved: ${ops}`);
  log(`  candidates ${report.generated}, discarded invalid ${report.invalid}, duplicate ${report.duplicates}`);
  log(`  evolve ${seconds(evolveMs)}, total ${seconds(performance.now() - t0)}`);
  if (report.shortfall > 0) {
    log(`warning: ${report.shortfall} APIs short of --size ${size}: ${report.note ?? ''}`);
    return 1;
  }
  return 0;
}

/** `toolforge pool stats FILE [--json]`. */
export function poolStatsCommand(file: string, json: boolean, out: (s: string) => void): number {
  let read: ReturnType<typeof readPoolFile>;
  try {
    read = readPoolFile(file);
  } catch (err) {
    out(`error: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  if (read.apis.length === 0) {
    // Statistics of nothing would read as a valid, empty pool.
    out(`error: ${file} holds no API${read.errors.length > 0 ? `: its ${read.errors.length} non-blank line(s) are all malformed` : ' (it is empty)'}`);
    for (const e of read.errors) out(`malformed line ${e.line}: ${e.problem}`);
    return read.errors.length > 0 ? 1 : 2;
  }
  const stats = poolStats(read.apis);
  if (json) {
    out(JSON.stringify({ file, stats, malformedLines: read.errors }, null, 2));
  } else {
    out(formatPoolStats(stats));
    for (const e of read.errors) out(`malformed line ${e.line}: ${e.problem}`);
  }
  return read.errors.length > 0 ? 1 : 0;
}

/**
 * `toolforge pool import FILES... --out POOL`: import, validate, deduplicate (exact and near),
 * write. Every skip is reported with file, pointer and problem.
 */
export function poolImport(files: string[], out: string, log: (msg: string) => void, limits: ImportLimits = IMPORT_LIMITS): number {
  if (files.length === 0) {
    log('error: no input files');
    return 2;
  }
  guardOutput(out, '--out', files);
  const imported = importFiles(files, limits);
  reportIssues('skipped', imported.skipped, log);
  reportIssues('warning', imported.warnings, log);
  const unreadable = imported.skipped.filter(isUnreadable);
  if (unreadable.length > 0) {
    log(`error: ${unreadable.length} file(s) could not be read; nothing written`);
    return 2;
  }
  // importFiles already validates; validatePool again guards the pool invariant (unique names).
  const { valid, invalid } = validatePool(imported.apis);
  for (const { api, issues } of invalid) for (const i of issues) log(`skipped: ${api.origin} (${api.name})#${i.pointer}: ${i.problem}`);
  const { kept, removed } = dedupApis(valid);
  for (const r of removed) log(`skipped: ${r.api.origin} (${r.api.name}): ${r.kind} duplicate of ${r.duplicateOf} (similarity ${r.similarity.toFixed(2)})`);
  if (kept.length === 0) {
    log('error: nothing could be imported; nothing written');
    return 1;
  }
  try {
    writePoolFile(out, kept);
  } catch (err) {
    log(`error: cannot write ${out}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const skippedCount = imported.skipped.length + invalid.length + removed.length;
  log(`imported ${kept.length} API(s) from ${files.length} file(s) into ${out}; ${skippedCount} skipped`);
  return 0;
}

export interface PoolBuildLlmOptions extends PoolBuildOptions {
  /** Job config holding `endpoints` and `roles.evolver`. */
  readonly configFile: string;
  /** Do not read or write the response cache (`OUT.cache.sqlite`). */
  readonly noCache?: boolean;
}

/**
 * `toolforge pool build --backend llm --config FILE`: the seeds evolved by the `evolver` model.
 * Answers are cached beside the pool (`OUT.cache.sqlite`), so a build run again after a crash
 * or a change of size repeats no call.
 */
export async function poolBuildLlm(opts: PoolBuildLlmOptions): Promise<number> {
  const { out, size, seed, log } = opts;
  guardOutput(out, '--out', [opts.configFile]);
  guardOutput(`${out}.cache.sqlite`, '--out', [opts.configFile]);
  const config = loadConfig(opts.configFile);
  if (!config.roles.evolver) {
    throw new ConfigError(opts.configFile, [{ pointer: '/roles/evolver', problem: 'pool build --backend llm needs a model for the evolver role' }]);
  }
  const db = opts.noCache ? undefined : new Database(`${out}.cache.sqlite`);
  db?.pragma('journal_mode = WAL');
  const client = new LlmClient({ endpoints: config.endpoints, roles: config.roles, cache: db ? new LlmCache(db) : false });
  const t0 = performance.now();
  let nextLog = PROGRESS_EVERY;
  try {
    const { apis, report } = await evolvePoolLlm({
      domains: seedDomains(),
      size,
      seed,
      client,
      concurrency: Math.min(config.concurrency, 64),
      onProgress: (done, total) => {
        if (done >= nextLog) {
          log(`  ${done}/${total} APIs (${seconds(performance.now() - t0)})`);
          nextLog += PROGRESS_EVERY;
        }
      },
      onSkip: (s) => log(`skipped: request ${s.request}: ${s.name}: ${s.problem}`),
    });
    writePoolFile(out, apis);
    const t = client.usage.totals();
    log(`wrote ${apis.length} APIs to ${out}: ${report.seeds} seeds, ${report.added} from the model (${report.offered} offered, ${report.invalid} invalid, ${report.duplicates} duplicates)`);
    log(`  ${report.requests} requests (${t.cachedCalls} from cache, ${report.failedRequests} failed), ${t.promptTokens}+${t.completionTokens} tokens, $${t.costUsd.toFixed(4)}, ${seconds(performance.now() - t0)}`);
    if (report.shortfall > 0) {
      log(`warning: ${report.shortfall} APIs short of --size ${size}`);
      return 1;
    }
    return 0;
  } finally {
    client.close();
    db?.close();
  }
}
