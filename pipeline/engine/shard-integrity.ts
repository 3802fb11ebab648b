/**
 * Are the sealed shards on disk the bytes the job wrote? Each one's size and sha256 are checked
 * against the checkpoint's record. Hashing a large job takes seconds, so a file found right is
 * stamped (size, times, inode: core/file-hash.ts) in the checkpoint, and while its stamp stays
 * the same it is not read again: `status` stays a matter of a few stat calls.
 */
import { join } from 'node:path';
import { ShardIntegrityError } from '../../core/errors.js';
import { fileStamp, sha256File, stampSize } from '../../core/file-hash.js';
import { Checkpoint, type ShardRow, type ShardStamp } from './checkpoint.js';

export type ShardState = 'ok' | 'missing' | 'changed';

export interface CheckedShard {
  readonly shard: ShardRow;
  readonly state: ShardState;
}

/** Files hashed right in this process (full path -> stamp and sha256): a read-only job is hashed once per command. */
const verified = new Map<string, string>();

/** One shard file against its record; `stamp` is set when it was hashed and found right (to be stored). */
export function checkShardFile(dir: string, shard: Pick<ShardRow, 'path' | 'bytes' | 'sha256' | 'fileStamp'>): { state: ShardState; stamp?: string } {
  const full = join(dir, shard.path);
  const stamp = fileStamp(full);
  if (stamp === undefined) return { state: 'missing' };
  if (stampSize(stamp) !== shard.bytes) return { state: 'changed' };
  if (stamp === shard.fileStamp || verified.get(full) === `${stamp} ${shard.sha256}`) return { state: 'ok' };
  if (sha256File(full) !== shard.sha256) return { state: 'changed' };
  // A write while it was read leaves the file with another stamp: then nothing is remembered.
  if (fileStamp(full) !== stamp) return { state: 'ok' };
  verified.set(full, `${stamp} ${shard.sha256}`);
  return { state: 'ok', stamp };
}

/** Every sealed shard of the job, checked; the stamps of files hashed right are stored in the checkpoint when it can be written. */
export function checkShards(dir: string, ck: Checkpoint): CheckedShard[] {
  const stamps: ShardStamp[] = [];
  const out = ck.shards().map((shard) => {
    const { state, stamp } = checkShardFile(dir, shard);
    if (stamp !== undefined) stamps.push({ split: shard.split, seq: shard.seq, stamp });
    return { shard, state };
  });
  if (ck.readonly) Checkpoint.storeShardStamps(dir, stamps);
  else ck.setShardStamps(stamps);
  return out;
}

/** Stamp a shard the job has just sealed and renamed: its bytes are the ones hashed as they were written. */
export function stampSealedShard(dir: string, ck: Checkpoint, shard: Pick<ShardRow, 'split' | 'seq' | 'path'>): void {
  const stamp = fileStamp(join(dir, shard.path));
  if (stamp !== undefined) ck.setShardStamps([{ split: shard.split, seq: shard.seq, stamp }]);
}

/** What is wrong with a shard, in words. */
export function describeShardState(dir: string, c: CheckedShard): string {
  const full = join(dir, c.shard.path);
  return c.state === 'missing'
    ? `shard ${full} is recorded in the checkpoint but missing on disk`
    : `shard ${full} has changed since it was written (its size or sha256 differs from the checkpoint's record)`;
}

/** Throws a ShardIntegrityError naming the first shard that is not right, saying how to rebuild it. */
export function assertShardsIntact(dir: string, checked: readonly CheckedShard[]): void {
  const bad = checked.filter((c) => c.state !== 'ok');
  if (bad.length === 0) return;
  const more = bad.length > 1 ? ` (and ${bad.length - 1} more)` : '';
  throw new ShardIntegrityError(
    `${describeShardState(dir, bad[0])}${more}; nothing was read from it. \`toolforge resume ${dir}\` rebuilds it from the checkpoint's items`,
  );
}
