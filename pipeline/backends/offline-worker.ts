/**
 * A worker thread of the offline backend: it builds the same OfflineProcessor as the main
 * thread would, from the job's config and pool, and answers batches of claimed items with
 * their outcomes. An item's outcome depends only on the item, so which thread made it never
 * changes a byte of the output.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { makePool, type ApiSpec } from '../../api-pool/types.js';
import type { ClaimedItem } from '../engine/checkpoint.js';
import type { JobConfig } from '../config.js';
import { OfflineProcessor } from './offline-processor.js';
import { packOutcomes } from './outcome-bytes.js';
import type { WorkerRequest } from './worker-processor.js';

const { config, pool } = workerData as { config: JobConfig; pool: ApiSpec[] };
// Latency is simulated on the main thread: here items are only computed.
const processor = new OfflineProcessor({ ...config, offlineLatencyMs: 0 }, makePool(pool));

parentPort!.on('message', (request: WorkerRequest) => {
  const answers = request.items.map((item: ClaimedItem) => {
    try {
      return { outcome: processor.processNow(item) };
    } catch (err) {
      return { idx: item.idx, error: err instanceof Error ? err.message : String(err) };
    }
  });
  const { answers: packed, bytes } = packOutcomes(answers);
  parentPort!.postMessage({ batch: request.batch, answers: packed, bytes }, [bytes.buffer]);
});
