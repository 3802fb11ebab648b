/**
 * The pool a job draws its tools from, as its config names it: the built-in tools, the seed
 * taxonomy, a pool evolved on the fly to a size, or a pool file. It is read once, when the job
 * starts, and stored in the checkpoint, so a resumed job uses exactly the same APIs.
 */
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { dataFileError } from '../../api-pool/data-file.js';
import { evolvePool } from '../../api-pool/evolve.js';
import { importFiles } from '../../api-pool/import/index.js';
import { readPoolFile } from '../../api-pool/pool-file.js';
import { seedDomains } from '../../api-pool/seeds/load.js';
import type { ApiSpec } from '../../api-pool/types.js';
import { validatePool } from '../../api-pool/validate.js';
import type { PoolConfig } from '../config.js';
import { ConfigError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';

export function loadJobPool(pool: PoolConfig, logger: Logger): ApiSpec[] {
  switch (pool.source) {
    case 'builtin':
      return [...BUILTIN_TOOLS];
    case 'seeds':
      return seedDomains().flatMap((d) => d.apis);
    case 'evolved': {
      const extraSeeds = pool.seedFiles.length > 0 ? importSeeds(pool.seedFiles, logger) : [];
      const started = performance.now();
      const { apis, report } = evolvePool({ domains: seedDomains(), extraSeeds, size: pool.size, seed: pool.seed });
      logger.info(
        { size: apis.length, byOperator: report.byOperator, ms: Math.round(performance.now() - started) },
        `evolved a pool of ${apis.length} APIs from ${report.seeds} seeds`,
      );
      if (report.shortfall > 0) logger.warn(`the pool is ${report.shortfall} APIs short of ${pool.size}: ${report.note ?? ''}`);
      return apis;
    }
    case 'file':
      return readJobPoolFile(pool.file!);
  }
}

function importSeeds(files: readonly string[], logger: Logger): ApiSpec[] {
  const imported = importFiles(files);
  const unreadable = imported.skipped.filter((s) => s.pointer === '');
  if (unreadable.length > 0) {
    throw new ConfigError(
      'the config (/pool/seedFiles)',
      unreadable.map((s) => ({ pointer: '/pool/seedFiles', problem: `${s.file}: ${s.problem}` })),
    );
  }
  for (const s of imported.skipped) logger.warn(`seed skipped: ${s.file}#${s.pointer}: ${s.problem}`);
  return imported.apis;
}

function readJobPoolFile(file: string): ApiSpec[] {
  let read: ReturnType<typeof readPoolFile>;
  try {
    read = readPoolFile(file);
  } catch (err) {
    throw new ConfigError(file, [{ pointer: '', problem: `cannot read the pool file: ${(err as Error).message}` }]);
  }
  const { invalid } = validatePool(read.apis);
  const problems = [
    ...read.errors.map((e) => ({ pointer: `line ${e.line}`, problem: e.problem })),
    ...invalid.flatMap(({ api, issues }) => issues.map((i) => ({ pointer: `${api.name}${i.pointer}`, problem: i.problem }))),
  ];
  if (problems.length > 0) throw dataFileError(file, problems, 'pool file');
  if (read.apis.length === 0) throw new ConfigError(file, [{ pointer: '', problem: 'the pool file holds no API' }]);
  return read.apis;
}
