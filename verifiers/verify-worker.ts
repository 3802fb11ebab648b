/**
 * A worker thread of `toolforge verify` (verify-threads.ts): it verifies the batches of lines the
 * main thread sends and answers each with its rows' outcomes, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { verifyLines, type RowContext } from './verify-row.js';
import type { VerifyAnswer, VerifyRequest, VerifyWorkerData } from './verify-threads.js';

const data = workerData as VerifyWorkerData;
const port = parentPort!;
port.on('message', (m: VerifyRequest) => {
  let answer: VerifyAnswer;
  try {
    const ctx: RowContext = { ...data, format: m.format };
    answer = { batch: m.batch, outcomes: verifyLines(m.first, m.lines, ctx) };
  } catch (err) {
    answer = { batch: m.batch, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(answer);
});
