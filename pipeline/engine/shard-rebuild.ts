/**
 * A sealed shard that is missing or changed on disk, made again from the checkpoint: its
 * records are the accepted items of its split from its first to its last index, and an item's
 * record is a function of the item (its seed; for the LLM backend, the model's answers in the
 * response cache). The items go through the job's processor again, the records are written the
 * way the job wrote them (output/shard-writer.ts), and the file takes the shard's name only
 * when its sha256 is the one the checkpoint recorded: a rebuilt shard is the same bytes, or
 * the job stops and says so.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ShardIntegrityError } from '../../core/errors.js';
import { OpenShard, finishSealedShards, publishShard } from '../../output/shard-writer.js';
import { EXTRA_SPLIT, tokenStride } from '../../output/shard-stats.js';
import type { ItemProcessor } from '../backends/item-processor.js';
import type { JobConfig } from '../config.js';
import type { Checkpoint, ItemOutcome, ShardRow } from './checkpoint.js';
import { checkShards, describeShardState, stampSealedShard } from './shard-integrity.js';

/** Items in flight at once while a shard is rebuilt (a worker processor is given more: its batches). */
const WINDOW = 64;

/**
 * Check every sealed shard (stat calls only, for files whose stamp is unchanged) and rebuild the
 * ones that are missing or changed. Returns how many were rebuilt; throws a ShardIntegrityError
 * naming the shard that cannot be made again byte for byte.
 */
export async function repairShards(
  dir: string,
  ck: Checkpoint,
  config: JobConfig,
  processor: () => ItemProcessor,
  log: (line: string) => void,
): Promise<number> {
  // A crash between recording a shard and renaming it is finished first: that shard is not damaged.
  finishSealedShards(dir, ck.shards());
  const bad = checkShards(dir, ck).filter((c) => c.state !== 'ok');
  for (const c of bad) {
    if (c.shard.split === EXTRA_SPLIT) {
      // Records finished past the target: the checkpoint keeps no items to make them again from.
      ck.dropShard(c.shard.split, c.shard.seq);
      rmSync(join(dir, c.shard.path), { force: true });
      log(`${describeShardState(dir, c)}; it held records kept past the target, which cannot be made again, so it is dropped from the job`);
      continue;
    }
    log(`${describeShardState(dir, c)}; rebuilding it from the checkpoint's ${c.shard.records} items`);
    await rebuildShard(dir, ck, config, processor(), c.shard, describeShardState(dir, c));
    log(`rebuilt ${join(dir, c.shard.path)}: ${c.shard.records} records, the sha256 the checkpoint recorded`);
  }
  return bad.length;
}

async function rebuildShard(dir: string, ck: Checkpoint, config: JobConfig, processor: ItemProcessor, row: ShardRow, problem: string): Promise<void> {
  const cannot = (why: string): ShardIntegrityError =>
    new ShardIntegrityError(`${problem}, and it cannot be rebuilt: ${why}. Restore it from a copy, or start the job again in a new directory`);
  const items = ck.acceptedItems(row.split, row.firstIdx, row.lastIdx);
  if (items.length !== row.records) throw cannot(`the checkpoint holds ${items.length} accepted items for it, the shard held ${row.records}`);
  const shard = OpenShard.create(dir, row.split, row.seq, config.output.gzip, tokenStride(config.count));
  const drop = (): void => {
    shard.discard();
    rmSync(`${join(dir, row.path)}.partial`, { force: true });
  };
  try {
    const window = Math.max(WINDOW, 2 * (processor.minInFlight ?? 0));
    for (let from = 0; from < items.length; from += window) {
      const outcomes: ItemOutcome[] = await Promise.all(items.slice(from, from + window).map((item) => processor.process(item)));
      for (const o of outcomes) {
        if (o.status !== 'accepted' || o.record === undefined) {
          throw cannot(`item ${o.idx} came out ${o.status} this time${o.error ? ` (${o.error})` : ''}`);
        }
        shard.append(o.idx, o.record, o.facts ?? null);
      }
    }
    const sealed = shard.seal();
    if (sealed.sha256 !== row.sha256 || sealed.bytes !== row.bytes) {
      throw cannot('its records made again differ from the ones written (as when the model answers are not all in the response cache)');
    }
  } catch (err) {
    drop();
    throw err;
  }
  publishShard(dir, row.path, row.split, row.seq);
  stampSealedShard(dir, ck, row);
}
