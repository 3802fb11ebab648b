/**
 * `toolforge cache prune DIR`: drop from the job's response cache the calls of items that are
 * done (accepted, rejected or failed), which a resumed job never asks for again, and give the
 * space back. Calls of items still pending or running stay, so a resume still pays nothing twice.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { CACHE_FILE } from '../../core/job-files.js';
import { LlmCache } from '../../llm/index.js';
import { Checkpoint } from './checkpoint.js';
import { acquireLock } from './lock.js';

export interface PruneOutcome {
  readonly dropped: number;
  readonly kept: number;
  readonly bytesBefore: number;
  readonly bytesAfter: number;
}

export function pruneCache(dir: string): PruneOutcome {
  if (!Checkpoint.exists(dir)) throw new UsageError(`no toolforge job in ${dir}: ${join(dir, 'checkpoint.sqlite')} does not exist`);
  const path = join(dir, CACHE_FILE);
  // One process per job: a running job writes the cache, so it must not be pruned under it.
  const release = acquireLock(dir);
  try {
    const ck = Checkpoint.open(dir);
    try {
      const hadLegacy = ck.database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'llm_cache'").get() !== undefined;
      if (!existsSync(path) && !hadLegacy) return { dropped: 0, kept: 0, bytesBefore: 0, bytesAfter: 0 };
      const bytesBefore = LlmCache.stats(path)?.bytes ?? 0;
      const done = new Set(ck.database.prepare("SELECT idx FROM items WHERE status IN ('accepted', 'rejected', 'failed')").pluck().all() as number[]);
      const cache = LlmCache.open(path, { legacy: ck.database });
      let dropped: number;
      let kept: number;
      try {
        dropped = cache.prune((idx) => done.has(idx));
        kept = cache.size;
      } finally {
        cache.close();
      }
      return { dropped, kept, bytesBefore, bytesAfter: LlmCache.stats(path)?.bytes ?? 0 };
    } finally {
      ck.close();
    }
  } finally {
    release();
  }
}
