/**
 * `toolforge batch import DIR OUTPUT...`: the output (and error) files of a batch run elsewhere
 * (`vllm run-batch`, a provider's console) read into the job's response cache, so a resumed or
 * re-exported job takes its next round from there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { CACHE_FILE, CHECKPOINT_FILE } from '../../core/job-files.js';
import { LlmCache, importBatchOutputs } from '../../llm/index.js';
import { Checkpoint } from './checkpoint.js';
import { acquireLock } from './lock.js';

export interface ImportOutcome {
  readonly answered: number;
  readonly failed: number;
  readonly foreign: number;
  readonly exported: number;
  readonly missing: number;
}

export function importBatch(dir: string, files: readonly string[]): ImportOutcome {
  if (!Checkpoint.exists(dir)) throw new UsageError(`no toolforge job in ${dir}: ${join(dir, CHECKPOINT_FILE)} does not exist`);
  const texts = files.map((name) => {
    try {
      return { name, text: readFileSync(name, 'utf8') };
    } catch (err) {
      throw new UsageError(`${name}: cannot read the batch output file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  });
  const release = acquireLock(dir);
  try {
    const ck = Checkpoint.open(dir);
    try {
      const cache = LlmCache.open(join(dir, CACHE_FILE), { legacy: ck.database });
      try {
        return importBatchOutputs(ck.database, cache, dir, texts);
      } catch (err) {
        throw new UsageError((err as Error).message);
      } finally {
        cache.close();
      }
    } finally {
      ck.close();
    }
  } finally {
    release();
  }
}
